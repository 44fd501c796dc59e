"""Accuracy of modes and lens themes against hand labels (tests/gold/items/*.tsv).

Run: ``.venv/bin/python bench/eval_classify.py`` (``--misses`` lists the disagreements,
``--timing`` adds what classification, and tasks and entities with it, cost relative to
the rest of the digest).

Each gold row is ``doc, text, mode, general, science``: an item's exact text in a report
copied to ``tests/fixtures/classify/``, its mode (achievement / plan / target / other), its
``general`` theme and its ``science`` theme ("-" when the science lens should leave it out).
The 2025 national report is the one exception to "copied": it is kept once, in examples/.
The item is located in the report by its text, so the figures do not depend on how the
sentence splitter cuts the report. Measures:

* mode: all rows;
* general theme, science relevance: rows whose gold mode is not "other" (those are no items);
* science theme: rows with a science theme; themes are scored with the gold mode, so a mode
  error is not counted twice.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "items"
FIXTURES = ROOT / "tests" / "fixtures" / "classify"
SAMPLE = ROOT / "examples" / "national-2025-gov-work-report.txt"  # the README's demo report, kept once


@dataclass
class Score:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, note: str) -> None:
        self.right += ok
        self.total += 1
        if not ok:
            self.misses.append(note)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def report_path(name: str, fixtures: Path = FIXTURES) -> Path:
    """Where a gold row's report is: the sample in examples/, every other one in ``fixtures``."""
    return SAMPLE if name == SAMPLE.name else fixtures / name


def read_gold(gold_dir: Path = GOLD, pattern: str = "*.tsv") -> list[dict[str, str]]:
    rows = []
    for path in sorted(gold_dir.glob(pattern)):
        with path.open(encoding="utf-8", newline="") as fh:
            rows += list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows


def evaluate(gold_dir: Path = GOLD, fixtures: Path = FIXTURES, pattern: str = "*.tsv") -> dict[str, Score]:
    """Scores per measure: mode, general, science_relevance, science_theme."""
    from huazhongdian import read
    from huazhongdian.classify.lens import load_lens, score_item
    from huazhongdian.classify.mode import classify_mode_at

    general, science = load_lens("general"), load_lens("science")
    scores = defaultdict(Score)
    docs = {}
    for row in read_gold(gold_dir, pattern):
        doc = docs.get(row["doc"]) or docs.setdefault(row["doc"], read(report_path(row["doc"], fixtures)))
        start = doc.text.find(row["text"])
        if start < 0:
            raise ValueError(f"{row['doc']}: gold text not found: {row['text'][:30]}")
        end = start + len(row["text"])
        note = f"{row['doc'][:22]} | {row['text'][:40]}"
        mode = classify_mode_at(doc, start, end)
        scores["mode"].add(mode == row["mode"], f"{note} | gold {row['mode']} got {mode}")
        if row["mode"] == "other":
            continue
        theme, _, _ = score_item(doc, start, end, row["mode"], general)
        scores["general"].add(theme == row["general"], f"{note} | gold {row['general']} got {theme}")
        theme, _, kept = score_item(doc, start, end, row["mode"], science)
        relevant = row["science"] != "-"
        scores["science_relevance"].add(kept == relevant, f"{note} | gold {row['science']} kept={kept}")
        if relevant:
            scores["science_theme"].add(theme == row["science"], f"{note} | gold {row['science']} got {theme}")
    return dict(scores)


def timing(path: Path, lens_name: str, repeat: int = 25) -> dict[str, float]:
    """Best-of-``repeat`` seconds of the whole digest with this lens and of its issue-4 parts.

    ``classify`` is classification proper (every sentence's mode, the lens's relevance and
    theme: ``classify_items``); ``tasks`` and ``entities`` are the extraction that follows it.
    ``rest`` is the digest without those three.
    """
    from huazhongdian import digest, read
    from huazhongdian.classify import mode as mode_module
    from huazhongdian.classify.lens import classify_items, load_lens
    from huazhongdian.extract.entities import extract_entities
    from huazhongdian.extract.indicators import extract_indicators
    from huazhongdian.extract.tasks import extract_tasks

    doc = read(path)
    lens = load_lens(lens_name)
    indicators = extract_indicators(doc)
    digest(doc, lens=lens)  # warm caches and lazy loads
    best = dict.fromkeys(("total", "classify", "tasks", "entities"), float("inf"))

    def clock(name: str, start: float) -> float:
        now = time.perf_counter()
        best[name] = min(best[name], now - start)
        return now

    for _ in range(repeat):
        mode_module._layouts.clear()
        t0 = time.perf_counter()
        digest(doc, lens=lens)
        clock("total", t0)
        # The layout is not classification's cost: the digest builds it first, for the
        # indicators' modes, and classification reuses it. So it stays cached here.
        t0 = time.perf_counter()
        items = classify_items(doc, indicators, lens)
        t0 = clock("classify", t0)
        extract_tasks(doc, items)
        t0 = clock("tasks", t0)
        extract_entities(doc)
        clock("entities", t0)
    best["rest"] = best["total"] - best["classify"] - best["tasks"] - best["entities"]
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every disagreement")
    parser.add_argument("--timing", action="store_true", help="classification's share of digest time")
    args = parser.parse_args(argv)
    # heldout-*.tsv were labelled after the lenses and cues were tuned on the others.
    for title, pattern in (("all gold items", "*.tsv"), ("held out", "heldout-*.tsv")):
        scores = evaluate(pattern=pattern)
        rows = read_gold(pattern=pattern)
        print(f"{title}: {len(rows)} items from {len({r['doc'] for r in rows})} reports")
        for name in ("mode", "general", "science_relevance", "science_theme"):
            s = scores[name]
            print(f"  {name:18s} {s.accuracy:6.1%}  ({s.right}/{s.total})")
    scores = evaluate()
    if args.misses:
        for name, s in scores.items():
            for miss in s.misses:
                print(f"  [{name}] {miss}")
    if args.timing:
        for name in ("national-2022-cpc-20th-congress-report.txt", "national-2025-gov-work-report.txt"):
            for lens_name in ("science", "general"):
                t = {k: v * 1000 for k, v in timing(report_path(name), lens_name).items()}
                layer = t["classify"] + t["tasks"] + t["entities"]
                print(f"timing {name} --lens {lens_name}: digest {t['total']:.1f} ms, rest {t['rest']:.1f} ms; "
                      f"classification {t['classify']:.1f} ms (+{t['classify'] / t['rest']:.0%}); "
                      f"with tasks {t['tasks']:.1f} ms and entities {t['entities']:.1f} ms: "
                      f"{layer:.1f} ms (+{layer / t['rest']:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
