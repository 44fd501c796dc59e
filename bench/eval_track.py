"""Accuracy of ``hzd track`` against hand labels (tests/gold/track/*.tsv).

Run: ``.venv/bin/python bench/eval_track.py [--units sentences|tasks] [--misses]`` (uses
tests/fixtures/across/ copies of the reports, and the 2025 national report kept once in examples/).

Each gold row is a plan unit of the year-N report (its text, re-found in the text so a
change in offsets does not silently break the gold), a status, and quotes from the
year-N+1 report that prove it. Reported:

- status accuracy over all rows, and a confusion table;
- evidence accuracy: among rows labelled done/progress that the tracker also found, the
  share whose evidence sentence overlaps one of the gold quotes.

``--units sentences`` (the default, and what ``hzd track`` tracks by default: plan
sentences) scores each gold sentence as it is. ``--units tasks`` tracks the pipeline's
tasks instead (``hzd track --units tasks``) and folds them back onto the gold sentence that
holds them: the sentence takes the status and evidence of its best-scoring task, and a
sentence holding no task is ``not_mentioned``. ``--misses`` lists every row whose status or
evidence is wrong; ``--pair NAME`` limits the run to some gold files.
"""

from __future__ import annotations

import argparse
import csv
import sys
from decimal import Decimal
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "track"
FIXTURES = ROOT / "tests" / "fixtures" / "across"
SAMPLE = ROOT / "examples" / "national-2025-gov-work-report.txt"  # the README's demo report, kept once
# gold file → (plan report, review report)
PAIRS = {
    "national-2024-2025.tsv": (FIXTURES / "national-2024-gov-work-report.txt", SAMPLE),
    "hailar-2018-2019.tsv": (FIXTURES / "neimenggu-hulunbuir-hailar-district-2018-gov-work-report.txt",
                             FIXTURES / "neimenggu-hulunbuir-hailar-district-2019-gov-work-report.txt"),
    # held out: labelled before the tracker was reworked, never used to tune it
    "hailar-2016-2017.tsv": (FIXTURES / "neimenggu-hulunbuir-hailar-district-2016-gov-work-report.txt",
                             FIXTURES / "neimenggu-hulunbuir-hailar-district-2017-gov-work-report.txt"),
    # held out: labelled before the second-pass tracker (framing, done recall, related words) ran on it
    "national-2018-2019.tsv": (FIXTURES / "national-2018-gov-work-report.txt",
                               FIXTURES / "national-2019-gov-work-report.txt"),
    # held out: labelled before the third-pass tracker (names, distinctive share, history) ran on it
    "hailar-2014-2015.tsv": (FIXTURES / "neimenggu-hulunbuir-hailar-district-2014-gov-work-report.txt",
                             FIXTURES / "neimenggu-hulunbuir-hailar-district-2015-gov-work-report.txt"),
}


def load_gold(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def evaluate(gold_path: Path, plan_path: Path, review_path: Path,
             unit_kind: str = "sentences") -> dict[str, object]:
    """Run the tracker on the gold plan units (``unit_kind``: "sentences" or "tasks") and score it."""
    import huazhongdian as hzd
    from huazhongdian.across.track import PlanUnit, TrackResult, part_spans, track_units

    plan_doc, review_doc = hzd.read(plan_path), hzd.read(review_path)
    (review_start, _), _ = part_spans(review_doc)
    rows = load_gold(gold_path)
    units, golds = [], []
    for row in rows:
        start = plan_doc.text.find(row["plan_text"])
        if start < 0:
            raise ValueError(f"{gold_path.name}: plan text not found: {row['plan_text'][:30]}")
        units.append(PlanUnit(row["plan_text"], start, start + len(row["plan_text"])))
        spans = []
        for quote in filter(None, row["evidence_quotes"].split(";")):
            at = review_doc.text.find(quote, review_start)
            if at < 0:
                raise ValueError(f"{gold_path.name}: evidence quote not found: {quote[:30]}")
            spans.append((at, at + len(quote)))
        golds.append((row["status"], spans))
    if unit_kind == "tasks":
        # Track the pipeline's tasks, then fold them onto the labelled sentence holding them:
        # the sentence takes the status and evidence of its best-scoring task.
        tasks = [PlanUnit(t.text, t.start, t.end, t.theme) for t in hzd.digest(plan_doc).tasks]
        by_task = track_units(tasks, review_doc)
        results = []
        for unit in units:
            inside = [r for r in by_task if unit.start <= r.plan.start and r.plan.end <= unit.end]
            best = max(inside, key=lambda r: r.score, default=None)
            if best is None:  # no task inside the sentence (e.g. a headline target)
                results.append(TrackResult(unit, "not_mentioned", Decimal(0), None))
            else:
                results.append(TrackResult(unit, best.status, best.score, best.evidence))
    else:
        results = track_units(units, review_doc)
    misses = []
    confusion: Counter[tuple[str, str]] = Counter()
    right = ev_total = ev_right = 0
    for res, (status, spans) in zip(results, golds):
        confusion[(status, res.status)] += 1
        right += res.status == status
        if status != "not_mentioned" and res.evidence is not None:
            ev_total += 1
            hit = any(res.evidence.start < e and s < res.evidence.end for s, e in spans)
            ev_right += hit
        else:
            hit = True
        if res.status != status or not hit:
            misses.append((status, res, [review_doc.text[s:e] for s, e in spans]))
    mentioned_gold = sum(1 for s, _ in golds if s != "not_mentioned")
    mentioned_right = sum(1 for r, (s, _) in zip(results, golds)
                          if (s == "not_mentioned") == (r.status == "not_mentioned"))
    return {
        "rows": len(rows),
        "accuracy": right / len(rows),
        "mentioned_accuracy": mentioned_right / len(rows),
        "evidence_accuracy": ev_right / ev_total if ev_total else 0.0,
        "evidence_rows": ev_total,
        "gold_mentioned": mentioned_gold,
        "confusion": dict(confusion),
        "misses": misses,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", choices=("sentences", "tasks"), default="sentences")
    parser.add_argument("--misses", action="store_true", help="list the rows the tracker gets wrong")
    parser.add_argument("--pair", action="append", choices=sorted(PAIRS), help="only these gold files")
    args = parser.parse_args()
    for name, (plan, review) in PAIRS.items():
        if args.pair and name not in args.pair:
            continue
        r = evaluate(GOLD / name, plan, review, args.units)
        print(f"{name}: {r['rows']} plan units")
        print(f"  status accuracy (done/progress/not_mentioned): {r['accuracy']:.3f}")
        print(f"  mentioned vs not_mentioned accuracy:          {r['mentioned_accuracy']:.3f}")
        print(f"  evidence accuracy ({r['evidence_rows']} found of {r['gold_mentioned']} mentioned): "
              f"{r['evidence_accuracy']:.3f}")
        labels = ("done", "progress", "not_mentioned")
        print("  confusion (gold → predicted):")
        for g in labels:
            cells = "  ".join(f"{p}={r['confusion'].get((g, p), 0)}" for p in labels)
            print(f"    {g:>13}: {cells}")
        if args.misses:
            for status, res, quotes in r["misses"]:
                ev = res.evidence.text if res.evidence is not None else "-"
                print(f"  [{status} → {res.status} {res.score}] {res.plan.text}")
                print(f"      evidence: {ev}")
                print(f"      gold:     {' | '.join(quotes) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
