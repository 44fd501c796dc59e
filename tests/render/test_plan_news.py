"""A plan's new measure of the year, in words (issue 12, wt-oldplan: an old national report's plan tasks without a
figure ranked under their theme's top): a measure the year starts, one taken to the whole, the thesis naming the
year's key, over a line the plan only continues (data: news_value.toml [plan_news])."""

from __future__ import annotations

import pytest

from huazhongdian.datafiles import load_toml
from huazhongdian.render.news_structure import new_measure, plan_news, structure_weight


@pytest.fixture(scope="module")
def facts(excerpt_digest, by_text):
    return by_text(excerpt_digest("plan_news"))


def _fact(facts, opening):
    found = [f for t, f in facts.items() if t.startswith(opening)]
    assert found, (opening, list(facts))
    return found[0]


def test_plan_news_reads_its_weight_from_the_data():
    w = load_toml("news_value.toml")["plan_news"]["weight"]
    assert w > 0
    assert plan_news("从明年开始在全国实行新的会计制度") == w           # the year, then a new measure
    assert plan_news("在国营商业中全面推行承包经营责任制") == w         # taken to the whole
    assert plan_news("住房制度改革是今年城市改革的重点") == w           # the year's key
    assert plan_news("要积极进行土地使用权有偿转让的试点") == w         # a pilot started
    assert plan_news("今年要继续实行稳健的货币政策") == 0.0             # a line continued
    assert plan_news("自2010年开始实行以来成效明显") == 0.0             # a look back
    assert plan_news("加强农田水利建设") == 0.0                         # a plain task


def test_only_a_government_reports_fact_less_plan_bullet_gains():
    text = "从明年开始在全国实行新的会计制度"
    w = plan_news(text)
    assert structure_weight(text, 0, False, False, "plan") == w
    assert structure_weight(text, 0, False, False, "achievement") == 0.0
    assert structure_weight(text, 0, False, False, None) == 0.0          # a party congress
    assert new_measure(text, "plan", False) and not new_measure(text, "plan", True)
    assert not new_measure("加强农田水利建设", "plan", False)


def test_a_new_measure_of_the_year_outranks_a_continued_line_before_it(facts):
    new, old = _fact(facts, "从今年开始在全省实行"), _fact(facts, "继续完善地方预算管理办法")
    assert new.start > old.start          # later in its part: position alone ranks it lower
    assert new.score > old.score
    assert new.factual and not old.factual


def test_the_thesis_naming_the_years_key_is_a_fact_of_its_theme(facts):
    thesis, line = _fact(facts, "国有林场改革是今年农村改革的重点"), _fact(facts, "进一步优化营商环境")
    assert thesis.start > line.start
    assert thesis.factual and not line.factual and thesis.score > line.score
