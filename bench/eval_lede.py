"""The lede against a hand-written sample (issue 12, item 4).

The sample (bench/data/lede_sample.json) holds, for 18 development reports, the span(s) an editor would take as the
lede — written by hand by reading each report (the year's 总体要求 core, else the 主题, else the named 首要任务) — and
the lede the code gave when the sample was drawn, with a hand verdict (good / acceptable / wrong, and why).

A current lede is ``good`` when it covers at least half of one hand span (by offsets in ``hzd.read(file).text``);
else it takes the hand verdict of the sample's lede when it is the same text (``wrong`` / ``acceptable``), or of a
``checked`` lede (one a later code gave, labelled by hand when it first appeared); else it is ``unlabelled`` (printed:
label it by hand and add it to ``checked``). Counts per report type, for the sample's lede and the current one.

    PYTHONPATH=src python bench/eval_lede.py [--show]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

import huazhongdian as hzd
from huazhongdian.render.lede import lede_spans

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import held_out_files  # noqa: E402  (bench/heldout.py, beside this script)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "bench" / "data" / "lede_sample.json"
CORPUS = Path(os.environ.get("HZD_SHARED", ROOT.parent / "shared")) / "corpus"
VERDICTS = ("good", "acceptable", "wrong", "unlabelled")


def _covers(text: str, spans: list[tuple[int, int]], hand: list[str]) -> bool:
    """Whether the lede spans cover at least half of one occurrence of one hand span."""
    for h in hand:
        at = text.find(h)
        while at >= 0:
            got = sum(max(0, min(e, at + len(h)) - max(s, at)) for s, e in spans)
            if got * 2 >= len(h):
                return True
            at = text.find(h, at + 1)
    return False


def _positions(text: str, ledes: list[str]) -> list[tuple[int, int]]:
    out = []
    for lede in ledes:
        at = text.find(lede)
        if at >= 0:
            out.append((at, at + len(lede)))
    return out


def score(row: dict, text: str, spans: list[tuple[int, int]]) -> str:
    """The verdict of a lede (its spans in ``text``) against one sample row."""
    if _covers(text, spans, row["hand"]):
        return "good"
    ledes = [text[s:e] for s, e in spans]
    for label in [row["before"], *row.get("checked", ())]:
        if ledes == label["lede"] and label["verdict"] != "good":
            return label["verdict"]
    return "unlabelled"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every current lede with its verdict")
    args = ap.parse_args()
    rows = json.loads(SAMPLE.read_text("utf-8"))["reports"]
    held = held_out_files()
    table: dict[str, dict[str, Counter]] = defaultdict(lambda: {"before": Counter(), "now": Counter()})
    for row in rows:
        if row["file"] in held:
            continue
        doc = hzd.read(CORPUS / row["file"])
        text = doc.text
        before = score(row, text, _positions(text, row["before"]["lede"]))
        spans = list(lede_spans(hzd.digest(doc, lens="general")))
        now = score(row, text, spans)
        for key in (row["type"], "all"):
            table[key]["before"][before] += 1
            table[key]["now"][now] += 1
        if args.show or now not in ("good",):
            lede = " / ".join(text[s:e] for s, e in spans)
            print(f"{now:10} {row['file']}: {lede} ({len(lede)} chars)")
    print(f"\n{'type':11}{'n':>3}  " + "  ".join(f"{v:>15}" for v in VERDICTS))
    for key in sorted(table, key=lambda k: (k == "all", k)):
        b, n = table[key]["before"], table[key]["now"]
        print(f"{key:11}{sum(n.values()):>3}  " + "  ".join(f"{b[v]:>6} → {n[v]:<6}" for v in VERDICTS))


if __name__ == "__main__":
    main()
