"""Score the 数说 cards against hand labels (bench/data/cards_sample.json), per split.

* precision: of the cards shown (``build_view(d, cards=10)``; the poster prints the first 6) that a
  label covers, how many stand for a figure that should be a card, with a label carrying the right
  subject and the right period. A card no label covers is listed as "unlabelled" for a hand check.
* recall: of the cards an editor expects (the labelled right ones plus the missing ones), how many
  are shown with the right subject and period.

With ``--poster``: the poster's own cards (up to nine; rows marked poster9 label those it adds).

Run: ``PYTHONPATH=src python bench/cards_sample.py [--split tune|check|all] [--poster] [--show]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("HZD_SHARED", "/work/shared")) / "corpus"
LABELS = ROOT / "bench" / "data" / "cards_sample.json"
sys.path.insert(0, str(ROOT / "bench"))
from heldout import held_out_files  # noqa: E402


def _right(card: dict, want: dict) -> bool:
    """Right subject and period, and (where the label says so) the figure in the report's own words."""
    return (any(s in card["label"] for s in want["subject"]) and card["tag"] == want["period"]
            and card["figure"] == want.get("words", card["figure"]))


def score(report: dict, cards: list[dict]) -> dict:
    """Precision and recall of ``cards`` (dicts: start, figure, label, tag) against one report's labels."""
    by_start = {c["start"]: c for c in report["cards"]}
    expected = [c for c in report["cards"] if c["exists"]] + report["missing"]
    seen, unique = set(), []
    for e in expected:
        key = (e["figure"], e["period"], e["subject"][0])
        if key not in seen:
            seen.add(key)
            unique.append(e)
    right = wrong = 0
    unlabelled, wrongs = [], []
    for c in cards:
        lab = by_start.get(c["start"])
        if lab is None:
            lab = next((e for e in report["missing"] if e["figure"] == c["figure"] and _right(c, e)), None)
        if lab is None:
            unlabelled.append(c)
        elif lab.get("exists", True) and _right(c, lab):
            right += 1
        else:
            wrong += 1
            wrongs.append(c)
    hit = [e for e in unique if any((c["start"] == e.get("start") or c["figure"] == e["figure"]) and _right(c, e)
                                    for c in cards)]
    return {"right": right, "wrong": wrong, "wrongs": wrongs, "unlabelled": unlabelled,
            "expected": len(unique), "hit": len(hit),
            "missed": [e for e in unique if e not in hit]}


def shown_cards(path: Path, k: int = 10) -> list[dict]:
    import huazhongdian as hzd
    from huazhongdian.render.view import build_view
    d = hzd.digest(hzd.read(path))
    return [{"start": c.start, "figure": c.prefix + c.number + c.unit, "label": c.label, "tag": c.tag}
            for c in build_view(d, cards=k).cards]


def poster_cards(path: Path) -> list[dict]:
    """The cards the poster prints (up to nine: the view's six and the headline results it adds)."""
    import huazhongdian as hzd
    from huazhongdian.render.poster import _fitting, _with_cards, STEPS
    from huazhongdian.render.view import build_view
    d = hzd.digest(hzd.read(path))
    view = build_view(d, poster=True)
    step, lay = _fitting(view, d.lens, list(STEPS), None)
    view, _, _ = _with_cards(view, d.lens, step, lay, view.poster_cards, None)
    return [{"start": c.start, "figure": c.prefix + c.number + c.unit, "label": c.label, "tag": c.tag}
            for c in view.cards]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="tune", choices=("tune", "check", "all"))
    ap.add_argument("--poster", action="store_true", help="score the poster's nine cards, not build_view(cards=10)")
    ap.add_argument("--show", action="store_true", help="list wrong, unlabelled cards and missed ones")
    args = ap.parse_args()
    reports = json.loads(LABELS.read_text("utf-8"))["reports"]
    held = held_out_files()
    for split in (("tune", "check") if args.split == "all" else (args.split,)):
        tot = {"right": 0, "wrong": 0, "unl": 0, "expected": 0, "hit": 0}
        for r in (r for r in reports if r["split"] == split):
            if r["file"] in held:
                continue
            s = score(r, (poster_cards if args.poster else shown_cards)(CORPUS / r["file"]))
            tot["right"] += s["right"]; tot["wrong"] += s["wrong"]; tot["unl"] += len(s["unlabelled"])
            tot["expected"] += s["expected"]; tot["hit"] += s["hit"]
            print(f"{split:5} {r['file'][:48]:48} precision {s['right']}/{s['right'] + s['wrong']} "
                  f"recall {s['hit']}/{s['expected']} unlabelled {len(s['unlabelled'])}")
            if args.show:
                for c in s["wrongs"]:
                    print("    wrong     ", c)
                for c in s["unlabelled"]:
                    print("    unlabelled", c)
                for e in s["missed"]:
                    print("    missed    ", e["figure"], e["subject"], e["period"])
        n = tot["right"] + tot["wrong"]
        print(f"{split}: card precision {tot['right']}/{n} = {tot['right'] / max(1, n):.0%}, "
              f"expected-card recall {tot['hit']}/{tot['expected']} = {tot['hit'] / max(1, tot['expected']):.0%}, "
              f"unlabelled cards {tot['unl']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
