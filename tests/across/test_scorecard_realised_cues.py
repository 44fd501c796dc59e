"""Realised-value cues of issue 13's remaining misses, on excerpts of the national 2004/2005,
2009/2010, 2011/2012 and Hailar 2014/2015 reports (tests/fixtures/across/realised/): a target met
before 目标, a pair of figures in another order, a job count in 个, a programme's 覆盖面, a budget
line named by the sentence before, a money change against a level, a one-character task name."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.across.scorecard_data import _data, change_against_level, target_restated

from scorecard_rows import rows_of

_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "across" / "realised"


@pytest.fixture(scope="module")
def rows() -> dict[str, tuple[str | None, str]]:
    old = hzd.digest(hzd.read(str(_DIR / "national-2009-gov-work-report.txt")))
    new = hzd.digest(hzd.read(str(_DIR / "national-2010-gov-work-report.txt")))
    return rows_of(old, new)


def _row(rows: dict, start: str) -> tuple[str | None, str]:
    found = [v for k, v in rows.items() if k.startswith(start)]
    assert len(found) == 1, (start, list(rows))
    return found[0]


def test_the_cues_are_data():
    data = _data()
    assert "提前一年实现" in data.target_met and "覆盖面" in data.measure_of and "增加" in data.increase
    assert "个" in data.heads.counters and any("就业岗位" in g for g in data.heads.bare_units)


def test_a_target_met_before_its_figure_is_the_years_figure(rows):
    # 提前一年实现…500元和300元的目标: both figures are results; each target takes its own value.
    assert _row(rows, "把小学") == ("300元", "完成")
    assert _row(rows, "初中学生") == ("500元", "完成")


def test_a_figure_before_目标_is_still_a_restated_target_without_a_met_cue():
    text = "居民消费价格上涨2.6%，低于3%左右的预期目标。"
    assert target_restated(text, text.index("3%"), text.index("3%") + 2)
    text = "没有全面实现500元的目标。"
    assert target_restated(text, text.index("500"), text.index("500") + 4)
    text = "提前一年实现人均公用经费500元的目标。"
    assert not target_restated(text, text.index("500"), text.index("500") + 4)


def test_a_one_character_task_name_is_named_by_the_clause_before(rows):
    # 人均每年增长10%左右 (metric 人) against …基本养老金连续5年增加，去年又人均提高10%.
    assert _row(rows, "人均每年增长10%") == ("提高10%", "完成")


def test_a_budget_line_is_named_by_the_sentence_before_and_a_change_is_no_level(rows):
    assert _row(rows, "比上年增长20%以上") == ("增长22.5%", "超额完成")
    # 增加300亿元以上 is the line's change: 2626亿元 is its level, not a result of it.
    assert _row(rows, "中央财政投入增加300亿元") == (None, "未提及")


def test_change_against_level_reads_the_clauses():
    from huazhongdian.types import Target
    target = Target(metric="中央财政投入", year=2009, value=None, low=None, high=None, unit="亿元",
                    qualifier="at_least", absent=False, text="中央财政投入增加300亿元以上", start=0, end=0)
    text = "中央财政用于“三农”的支出共2626亿元，比上年增加482亿元。"
    assert change_against_level(target, text, text.index("2626"))
    assert not change_against_level(target, text, text.index("482"))


def test_a_coverage_figure_measures_what_its_sentence_names(rows):
    assert _row(rows, "将新型农村社会养老保险试点范围") == ("扩大到60%以上", "超额完成")


def test_jobs_counted_in_个_count_people(rows):
    assert _row(rows, "力争年内新增就业岗位5000个") == ("5487人", "超额完成")


def test_a_task_object_is_found_as_the_review_writes_its_head(rows):
    # 9条道路工程 against 组团内9条主次干道实现通车: 道路 ↔ 干道 is `[heads] alike`.
    assert _row(rows, "完成呼伦大街") == ("9条", "完成")


def test_an_aside_clause_names_no_figure(rows):
    # 农村居民人均纯收入，考虑价格下降因素，比上年实际增长4·3％ (1999): the income's real growth.
    assert _row(rows, "力争农民收入增加") == ("增长4.3%", "完成")
    assert "考虑价格下降因素" in _data().asides
