"""Accuracy of modes and lens themes against hand labels (tests/gold/items/*.tsv).

Run: ``.venv/bin/python bench/eval_classify.py`` (``--misses`` lists the disagreements,
``--timing`` adds what classification costs relative to the whole digest).

Each gold row is ``doc, text, mode, general, science``: an item's exact text in a report
copied to ``tests/fixtures/classify/``, its mode (achievement / plan / target / other), its
``general`` theme and its ``science`` theme ("-" when the science lens should leave it out).
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
        doc = docs.get(row["doc"]) or docs.setdefault(row["doc"], read(fixtures / row["doc"]))
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


def timing(path: Path, repeat: int = 15) -> tuple[float, float]:
    """(seconds for the whole science-lens digest, seconds of it spent on items, tasks, entities)."""
    from huazhongdian import digest, read
    from huazhongdian.classify import mode as mode_module
    from huazhongdian.classify.lens import classify_items, load_lens
    from huazhongdian.extract.entities import extract_entities
    from huazhongdian.extract.indicators import extract_indicators
    from huazhongdian.extract.tasks import extract_tasks

    doc = read(path)
    lens = load_lens("science")
    indicators = extract_indicators(doc)
    digest(doc, lens=lens)  # warm caches and lazy loads
    best_all = best_ours = float("inf")
    for _ in range(repeat):
        mode_module._layouts.clear()
        t0 = time.perf_counter()
        digest(doc, lens=lens)
        best_all = min(best_all, time.perf_counter() - t0)
        mode_module._layouts.clear()
        t0 = time.perf_counter()
        items = classify_items(doc, indicators, lens)
        extract_tasks(doc, items)
        extract_entities(doc)
        best_ours = min(best_ours, time.perf_counter() - t0)
    return best_all, best_ours


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
            total, ours = timing(FIXTURES / name)
            print(f"timing {name}: digest {total * 1000:.0f} ms, items+tasks+entities {ours * 1000:.0f} ms "
                  f"(+{ours / max(total - ours, 1e-9):.0%} over the rest)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
