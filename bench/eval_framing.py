"""Framing in the first 3 bullets of every theme, counted on a hand-labelled sample (issue #12).

The sample (bench/data/framing_sample.json) holds, for a dozen development reports, the lede and
the first 3 shown bullets of every theme as the digest gave them when the sample was drawn, each
labelled BY HAND (read, not matched by the code's cues): fact, framing (a political line or slogan
without a fact), heading (a heading or list lead), problem, praise (or a closing), fragment (no
subject, or no fact). Reports are split into a ``tune`` half (cues were written looking at it) and
a ``check`` half (never tuned on).

For the current code it reports, per half: how many of the first-3 bullets and lede spans are
labelled non-fact (a current bullet is matched to a labelled one by its exact span, else by the
labelled span it overlaps most), and the current first-3 bullets that the sample has no label for
(new entrants, listed for a hand check: add them to the sample).

    PYTHONPATH=src python bench/eval_framing.py [--draw FILE...] [--show]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

import huazhongdian as hzd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import held_out_files  # noqa: E402  (bench/heldout.py, beside this script)

HELD_OUT = held_out_files()

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "bench" / "data" / "framing_sample.json"
CORPUS = Path(os.environ.get("HZD_SHARED", ROOT.parent / "shared")) / "corpus"
NOT_FACT = ("framing", "heading", "problem", "praise", "fragment")


def first3(file: str) -> list[dict]:
    """The lede and the first 3 shown bullets of every (mode, theme) of ``file``'s digest."""
    from huazhongdian.render.json import digest_to_dict

    data = digest_to_dict(hzd.digest(hzd.read(CORPUS / file)))
    out = [{"where": "lede", "rank": i, "text": b["text"], "start": b["start"], "end": b["end"]}
           for i, b in enumerate(data["view"]["lede"]) if "start" in b]
    seen: Counter = Counter()
    for b in data["view"]["bullets"]:
        key = (b["mode"], b["theme"])
        if b["shown"] and seen[key] < 3:
            out.append({"where": f"{b['mode']}/{b['theme']}", "rank": seen[key], "text": b["text"],
                        "start": b["start"], "end": b["end"]})
        seen[key] += 1
    return out


def _match(b: dict, labelled: list[dict]) -> dict | None:
    exact = [x for x in labelled if (x["start"], x["end"]) == (b["start"], b["end"])]
    if exact:
        return exact[0]
    best, most = None, 0
    for x in labelled:
        overlap = min(x["end"], b["end"]) - max(x["start"], b["start"])
        if overlap > most:
            best, most = x, overlap
    # a recut bullet keeps its label when most of it is the labelled span
    return best if best is not None and most >= 0.5 * (b["end"] - b["start"]) else None


def evaluate(sample: dict, show: bool) -> dict:
    res: dict = {}
    for half in ("tune", "check"):
        labels, now, unlabelled, gone = Counter(), Counter(), [], []
        for rep in sample["reports"]:
            if rep["half"] != half or rep["file"] in HELD_OUT:
                continue    # a report of a held-out set (bench/heldout.py) is neither counted nor printed
            labels.update(x["label"] for x in rep["bullets"])
            current = first3(rep["file"])
            # a labelled fact of the first draw that no current lede/first-3 bullet matches
            matched = {id(_match(b, rep["bullets"])) for b in current}
            gone += [(rep["file"], x) for x in rep["bullets"]
                     if x["label"] == "fact" and x.get("drawn") is None and id(x) not in matched]
            for b in current:
                x = _match(b, rep["bullets"])
                if x is None:
                    unlabelled.append((rep["file"], b))
                    continue
                now[x["label"]] += 1
                if show and x["label"] in NOT_FACT:
                    print(f"  [{half}] {x['label']:9} {rep['file'][:24]} {b['where']}: {b['text'][:60]}")
        res[half] = {"labels": dict(labels), "now": dict(now), "unlabelled": unlabelled, "gone": gone}
    return res


def draw(files: list[str]) -> None:
    """Print the current first-3 bullets of ``files`` as sample entries to label by hand."""
    for f in files:
        print(json.dumps({"file": f, "half": "?", "bullets": [dict(b, label="?") for b in first3(f)]},
                         ensure_ascii=False, indent=1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--draw", nargs="+", help="print entries to label for these corpus files")
    ap.add_argument("--show", action="store_true", help="list the labelled non-facts still in a first 3")
    args = ap.parse_args(argv)
    if args.draw:
        if any(f in HELD_OUT for f in args.draw):
            ap.error("a held-out report is not drawn (bench/heldout.py)")
        draw(args.draw)
        return 0
    res = evaluate(json.loads(SAMPLE.read_text("utf-8")), args.show)
    for half, r in res.items():
        bad = sum(v for k, v in r["now"].items() if k in NOT_FACT)
        print(f"{half}: sample labels {r['labels']}")
        print(f"{half}: now in lede/first 3: {r['now']} — non-fact {bad}, framing {r['now'].get('framing', 0)}; "
              f"unlabelled entrants {len(r['unlabelled'])}")
        print(f"{half}: labelled facts of the first draw no longer in a lede/first 3: {len(r['gone'])}")
        for f, x in r["gone"]:
            print(f"    gone {f[:24]} {x['where']}: {x['text']}")
        for f, b in r["unlabelled"]:
            print(f"    new {f[:24]} {b['where']} {b['start']}-{b['end']}: {b['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
