"""Headline-target accuracy against the hand-written gold, per metric.

Run from the repo root::

    .venv/bin/python bench/eval_targets.py            # whole reports from ../shared/corpus
    .venv/bin/python bench/eval_targets.py --fixtures # the excerpts in tests/fixtures/targets

A gold cell is right when metric, year, value, low, high, unit, qualifier, absent and the
exact text all match. ``extra`` counts targets the extractor reports that the gold does not
have (a wrong metric found where the report sets none). Exits 1 when any cell is wrong or
extra, since the goal is every target cell right.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold" / "targets"
FIXTURES = ROOT / "tests" / "fixtures" / "targets"
CORPUS = ROOT.parent / "shared" / "corpus"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import held_out_files  # noqa: E402  (bench/heldout.py, beside this script)


def load_gold() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for tsv in sorted(GOLD_DIR.glob("*.tsv")):
        lines = [ln for ln in tsv.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            row["set"] = tsv.stem
            rows.append(row)
    return rows


def _dec(cell: str) -> Decimal | None:
    return Decimal(cell) if cell else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", action="store_true", help="use the excerpts, not whole reports")
    args = parser.parse_args(argv)

    from huazhongdian.extract.targets import extract_targets, metric_keys
    from huazhongdian.load import read
    from huazhongdian.read.normalise import normalise

    if not args.fixtures and not CORPUS.is_dir():
        print(f"{CORPUS} not found; use --fixtures", file=sys.stderr)
        return 2
    gold = load_gold()
    by_doc: dict[str, list[dict[str, str]]] = {}
    for row in gold:
        by_doc.setdefault(row["fixture"] if args.fixtures else row["corpus"], []).append(row)

    total, right, extra = Counter(), Counter(), Counter()
    wrong: list[str] = []
    spent, chars = 0.0, 0
    extract_targets(read(FIXTURES / "national-2025.txt"))  # load the data file outside the clock
    for name, rows in sorted(by_doc.items()):
        doc = read((FIXTURES if args.fixtures else CORPUS) / name)
        t0 = time.perf_counter()
        found = extract_targets(doc)
        spent += time.perf_counter() - t0
        chars += doc.chars
        got = {t.metric: t for t in found}
        gold_metrics = {r["metric"] for r in rows}
        for metric in set(got) - gold_metrics:
            extra[metric] += 1
            wrong.append(f"{name}: extra {metric}: {got[metric].text}")
        for r in rows:
            total[r["metric"]] += 1
            t = got.get(r["metric"])
            expected = (int(r["year"]), _dec(r["value"]), _dec(r["low"]), _dec(r["high"]), r["unit"],
                        r["qualifier"] or None, r["absent"] == "true", normalise(r["text"]))
            actual = None if t is None else (t.year, t.value, t.low, t.high, t.unit, t.qualifier,
                                             t.absent, t.text)
            if actual == expected:
                right[r["metric"]] += 1
            else:
                wrong.append(f"{name}: {r['metric']}: expected {expected}, got {actual}")

    print(f"{'metric':26} {'gold':>5} {'right':>6} {'accuracy':>9} {'extra':>6}")
    for metric in [m for m in metric_keys() if total[m] or extra[m]]:
        acc = right[metric] / total[metric] if total[metric] else 1.0
        print(f"{metric:26} {total[metric]:5d} {right[metric]:6d} {acc:9.3f} {extra[metric]:6d}")
    n, ok = sum(total.values()), sum(right.values())
    print(f"{'all':26} {n:5d} {ok:6d} {ok / n:9.3f} {sum(extra.values()):6d}")
    print(f"documents: {len(by_doc)} ({'fixtures' if args.fixtures else 'whole reports'}), "
          f"{chars:,} chars; extract_targets: {spent * 1000:.1f} ms in all, "
          f"{spent * 1000 / len(by_doc):.2f} ms per report")
    hidden = held_out_files()
    shown = [line for line in wrong if line.split(":", 1)[0] not in hidden]
    for line in shown:
        print("  " + line)
    if len(shown) < len(wrong):
        print(f"  ({len(wrong) - len(shown)} lines about held-out reports not printed: bench/heldout.py)")
    return 0 if not wrong else 1


if __name__ == "__main__":
    sys.exit(main())
