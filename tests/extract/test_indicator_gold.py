"""The evaluation gate: extract_indicators against the hand-annotated gold set (bench/eval_indicators.py).

Floors sit just under what the extractor achieves; raise them when it improves, never lower
them to make a change pass.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def evaluation():
    spec = importlib.util.spec_from_file_location("eval_indicators", ROOT / "bench" / "eval_indicators.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_indicators"] = module
    spec.loader.exec_module(module)
    gold = module.load_gold()
    return gold, module.score_ours(gold)


def test_gold_set_is_big_and_varied(evaluation) -> None:
    gold, _ = evaluation
    assert len(gold) >= 5
    assert sum(len(g.positives) for g in gold) >= 300
    assert sum(len(g.negatives) for g in gold) >= 60


def test_precision_and_recall_floors(evaluation) -> None:
    _, report = evaluation
    assert report.precision >= 0.99, report.false_positives
    assert report.recall >= 0.99, report.misses


def test_field_accuracy_floors(evaluation) -> None:
    _, report = evaluation
    assert report.acc("kind") >= 0.98
    assert report.acc("unit") >= 0.98
    assert report.acc("qualifier") >= 0.98
    assert report.acc("from_value") >= 0.95
    assert report.acc("direction") >= 0.98
    assert report.acc("metric") >= 0.93


def test_negatives_stay_quiet(evaluation) -> None:
    _, report = evaluation
    assert report.negatives_hit <= 2
