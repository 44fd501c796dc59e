"""The evaluation gate: modes and themes against the hand-labelled items in tests/gold/items.

Floors sit just under what the classifier reaches (see BENCHMARKS.md and
``bench/eval_classify.py``); a change that loses accuracy fails here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FLOORS = {"mode": 0.97, "general": 0.92, "science_relevance": 0.95, "science_theme": 0.90}


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("eval_classify", ROOT / "bench" / "eval_classify.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_classify", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(bench):
    return bench.evaluate()


def test_gold_set_is_large_enough(bench):
    rows = bench.read_gold()
    assert len(rows) >= 150
    docs = {r["doc"] for r in rows}
    assert {"national-2022-cpc-20th-congress-report.txt", "national-2025-gov-work-report.txt"} <= docs
    assert sum("2026" in d for d in docs) >= 2
    assert {r["mode"] for r in rows} == {"achievement", "plan", "target", "other"}


@pytest.mark.parametrize("measure", list(FLOORS))
def test_accuracy_floor(scores, measure):
    score = scores[measure]
    assert score.accuracy >= FLOORS[measure], "\n".join(score.misses)
