"""Issue 12 cut audit: a sample of shown bullets, labelled by hand, and a re-count of the bad ones.

``--draw`` prints (as JSON lines) a seeded sample of the shown bullets (view top bullets) of the
reports in TUNE and CHECK, each with its sentence, for labelling by hand. The labelled sample is
bench/data/cut_sample.json (report, half, mode, start, end, text, label, note); labels:
ok, predicate (predicate or complement lost), object (object lost), subject (subject lost),
figure (figure lost), lead (list lead), false_figure (a bolded figure that is not one).
``drawn`` says how a row was chosen: random (17 a report, seed 12), random2 (25 a check report, seed 7),
random3 (10 a tune report, seed 99), or cue / cue2 (every shown bullet a cue search flagged: the next
clause opening on 在/为/以…, a bullet ending on a bare verb, a list lead, a lone prepositional phrase, N大+
place). All drawn from main at 8252549, before any change here, and judged by hand (2026-12-04, wt-cuts4).
TUNE reports were tuned on; CHECK reports were only labelled and re-counted.

Without ``--draw`` it re-digests the sampled reports and counts, per half, how many of the bullets
labelled bad are still shown as the same span (start, end) — fewer is better.

    PYTHONPATH=src python bench/cut_sample.py
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

import huazhongdian as hzd
from huazhongdian.render.view import build_view

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("HZD_SHARED", ROOT.parent / "shared")) / "corpus"
SAMPLE = ROOT / "bench" / "data" / "cut_sample.json"
TUNE = ("tianjin-2026-gov-work-report", "shanghai-2026-gov-work-report", "anhui-2026-gov-work-report",
        "hebei-2026-gov-work-report", "hunan-2026-gov-work-report", "national-2026-gov-work-report")
CHECK = ("ningxia-2026-gov-work-report", "sichuan-2026-gov-work-report",
         "neimenggu-hulunbuir-hailar-district-2016-gov-work-report")


def shown(stem: str):
    doc = hzd.read(CORPUS / f"{stem}.txt")
    view = build_view(hzd.digest(doc))
    text = doc.text
    for g in view.groups:
        for t in g.themes:
            for b in t.top:
                end = b.sentence_start
                while end < len(text) and text[end] not in "。！？\n":
                    end += 1
                yield {"report": stem, "mode": g.mode, "theme": t.theme,
                       "start": b.start, "end": b.end, "text": b.text,
                       "sentence": text[b.sentence_start:end + 1]}


def draw(per_report: int, seed: int) -> None:
    rng = random.Random(seed)
    for stem in TUNE + CHECK:
        rows = list(shown(stem))
        for r in sorted(rng.sample(rows, min(per_report, len(rows))), key=lambda r: r["start"]):
            r["half"] = "tune" if stem in TUNE else "check"
            print(json.dumps(r, ensure_ascii=False))


def recount() -> int:
    sample = json.loads(SAMPLE.read_text("utf-8"))
    spans = {stem: {(r["start"], r["end"]) for r in shown(stem)} for stem in {r["report"] for r in sample}}
    for half in ("tune", "check"):
        rows = [r for r in sample if r["half"] == half]
        bad = [r for r in rows if r["label"] != "ok"]
        still = [r for r in bad if (r["start"], r["end"]) in spans[r["report"]]]
        by = Counter(r["label"] for r in still)
        print(f"{half}: {len(rows)} labelled, {len(bad)} bad, still shown as the same span: {len(still)} "
              + " ".join(f"{k}={v}" for k, v in sorted(by.items())))
        gone_ok = [r for r in rows if r["label"] == "ok" and (r["start"], r["end"]) not in spans[r["report"]]]
        print(f"{half}: ok bullets no longer shown as the same span: {len(gone_ok)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--draw", type=int, default=0, help="bullets per report to draw")
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args(argv)
    if args.draw:
        draw(args.draw, args.seed)
        return 0
    return recount()


if __name__ == "__main__":
    sys.exit(main())
