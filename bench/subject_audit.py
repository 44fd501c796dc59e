"""Issue 12 audit: the shown bullets (view top bullets) of the free reports, with the clause before.

Lists every bullet a view shows (groups → themes → top) for the reports named in FREE, as TSV
(report, mode, start, end, before, bullet): ``before`` is the sentence's text before the bullet,
so a hand check can tell whether the bullet opens on a predicate whose subject stands there.
``--sample N`` prints a seeded sample of N; the medians of the shown bullets' lengths by mode go to
stderr. The hand judgement (before and after issue 12's subject rules) is bench/subject_sample.tsv.

    PYTHONPATH=src python bench/subject_audit.py --out /tmp/bullets.tsv
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
from pathlib import Path

import huazhongdian as hzd
from huazhongdian.render.view import build_view

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import held_out_files  # noqa: E402  (bench/heldout.py, beside this script)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("HZD_SHARED", ROOT.parent / "shared")) / "corpus"
# Free reports of the issue: 2026 provinces but the held-out four, national 2025 and 2026,
# Hailar but 2017 and 2018, congresses 14, 15, 16, 19, 20.
FREE_CONGRESS = ("13", "15", "16", "17", "18", "19", "20")
FREE_HAILAR = ("2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019")


def free_files() -> list[Path]:
    """Every 2026 province, national 2025/2026, the Hailar series and the congresses, held-out
    reports (bench/heldout.py) left out."""
    out = [p for p in sorted(CORPUS.glob("*-2026-gov-work-report.txt")) if not p.name.startswith("national")]
    out += [CORPUS / "national-2025-gov-work-report.txt", CORPUS / "national-2026-gov-work-report.txt"]
    out += [CORPUS / f"neimenggu-hulunbuir-hailar-district-{y}-gov-work-report.txt" for y in FREE_HAILAR]
    out += [CORPUS / "cpc-congress" / f"congress-{n}.txt" for n in FREE_CONGRESS]
    hidden = held_out_files()
    return [p for p in out if p.relative_to(CORPUS).as_posix() not in hidden]


def shown(path: Path):
    doc = hzd.read(path)
    view = build_view(hzd.digest(doc))
    text = doc.text
    for g in view.groups:
        for t in g.themes:
            for b in t.top:
                yield g.mode, b.start, b.end, text[b.sentence_start:b.start], b.text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args(argv)
    rows = []
    for p in free_files():
        rows += [(p.stem, *r) for r in shown(p)]
    lines = ["\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in r) for r in rows]
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", "utf-8")
    for mode in ("achievement", "plan", "target"):
        lens = [len(r[5]) for r in rows if r[1] == mode]
        if lens:
            print(f"{mode}: {len(lens)} bullets, median {statistics.median(lens)} chars", file=sys.stderr)
    print(f"{len(rows)} shown bullets in {len(free_files())} reports", file=sys.stderr)
    if args.sample:
        for line in random.Random(args.seed).sample(lines, args.sample):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
