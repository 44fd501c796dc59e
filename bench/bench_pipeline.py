"""Warm digests through the pipeline against the same calls made directly (issue #11 item 2).

    PYTHONPATH=src python bench/bench_pipeline.py [--runs 10]

Each round reads the 2025 national report afresh (so its derived state is built inside the
timed call, as for any new document) and digests it both ways, interleaved, in one process.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import huazhongdian as hzd
from huazhongdian.classify.lens import classify_items, load_lens
from huazhongdian.extract.entities import extract_entities
from huazhongdian.extract.indicators import extract_indicators
from huazhongdian.extract.keywords import extract_keywords
from huazhongdian.extract.targets import extract_targets
from huazhongdian.extract.tasks import extract_tasks
from huazhongdian.extract.terms import extract_terms
from huazhongdian.types import Digest, Document

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "national-2025-gov-work-report.txt"


def direct(doc: Document) -> Digest:
    """The digest as digest.py made it before the pipeline: a fixed list of calls."""
    lens = load_lens("general")
    indicators = extract_indicators(doc)
    items = classify_items(doc, indicators, lens)
    return Digest(document=doc, lens=lens.name, terms=tuple(extract_terms(doc, top_k=30)),
                  keywords=tuple(extract_keywords(doc, top_k=20)), indicators=tuple(indicators),
                  targets=tuple(extract_targets(doc)), items=tuple(items),
                  tasks=tuple(extract_tasks(doc, items)), entities=tuple(extract_entities(doc)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    ways = {"direct": direct, "pipeline": hzd.digest}
    assert direct(hzd.read(SAMPLE)).to_dict() == hzd.digest(hzd.read(SAMPLE)).to_dict()  # and warm
    times: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(runs):
        for name, fn in ways.items():
            doc = hzd.read(SAMPLE)
            t = time.perf_counter()
            fn(doc)
            times[name].append(time.perf_counter() - t)
    for name, ts in times.items():
        print(f"{name:9} median {statistics.median(ts) * 1e3:6.1f} ms  min {min(ts) * 1e3:6.1f} ms  "
              f"({runs} warm digests)")


if __name__ == "__main__":
    main()
