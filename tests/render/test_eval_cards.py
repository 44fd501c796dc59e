"""The digest bench matches a card to the reference fact it shows (wt-cards8): the fact whose subject its label
carries, or whose quote holds the card's figure span; a card of the same figure and another subject shows another
fact and is not judged against it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXT = "主要预期目标是：一般公共预算收入增长2%左右，居民消费价格指数上涨2%左右，城镇新增就业68万人左右。"
REVENUE = {"figure": "2%左右", "subject": "一般公共预算收入", "quote": "一般公共预算收入增长2%左右",
           "mode": "target", "period": "2026"}


def _eval_digest():
    spec = importlib.util.spec_from_file_location("eval_digest", ROOT / "bench" / "eval_digest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _card(label: str, figure_at: int, figure: str = "2%左右", period: str = "2026年目标") -> dict:
    return {"id": f"f-{figure_at}-{figure_at + len(figure)}", "number": figure, "label": label, "period": period}


def test_a_card_of_the_same_figure_and_another_subject_shows_another_fact():
    ev = _eval_digest()
    cpi = _card("居民消费价格指数上涨", TEXT.index("上涨2%") + 2)
    assert ev.card_ok(REVENUE, cpi, TEXT) == (False, False)


def test_a_card_carrying_the_subject_is_judged_on_its_period():
    ev = _eval_digest()
    revenue = _card("一般公共预算收入增长", TEXT.index("增长2%") + 2)
    assert ev.card_ok(REVENUE, revenue, TEXT) == (True, True)
    assert ev.card_ok(REVENUE, _card("一般公共预算收入增长", TEXT.index("增长2%") + 2, period="2025年"), TEXT) == (True, False)


def test_a_card_whose_span_lies_in_the_quote_is_that_facts_and_judged_on_its_label():
    ev = _eval_digest()
    mislabelled = _card("收入增长", TEXT.index("增长2%") + 2)     # the revenue figure under a label without its subject
    assert ev.card_ok(REVENUE, mislabelled, TEXT) == (True, False)
    # without a span (an older JSON) only the subject matches it
    assert ev.card_ok(REVENUE, {k: v for k, v in mislabelled.items() if k != "id"}, TEXT) == (False, False)
    assert ev.card_span({"id": "f-3-9"}) == (3, 9) and ev.card_span({}) is None
