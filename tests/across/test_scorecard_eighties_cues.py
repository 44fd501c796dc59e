"""目标完成情况 on the 1980s national reports, wt-score80b: 千分之 rates, a past year in Chinese
numerals carries no 五年 cue, a modal after a worded target's metric, a move's goal named by what
moves. Excerpt fixtures written after national-series 1982, 1983, 1985 and 1986; no corpus reads."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard import ledger
from huazhongdian.across.scorecard_data import period_cue
from huazhongdian.across.scorecard_old import from_name
from huazhongdian.extract.indicators import indicators_in_text


def _digest(tmp_path: Path, name: str, text: str) -> hzd.Digest:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return hzd.digest(hzd.read(str(path)))


def test_a_per_mille_rate_reads_like_a_percent():
    (ind,) = indicators_in_text("今后人口的年自然增长率，必须控制在千分之十三以下。")
    assert (ind.value, ind.unit, ind.base_value, ind.base_unit, ind.qualifier) == (
        Decimal(13), "‰", Decimal("1.3"), "%", "at_most")
    assert ind.metric != "必须"          # a modal is no metric
    (arabic,) = indicators_in_text("人口自然增长率控制在13‰以内。")
    assert (arabic.unit, arabic.base_value) == (ind.unit, ind.base_value)
    # A range keeps both ends; 百分之 is unchanged.
    (rng,) = [i for i in indicators_in_text("自然增长率千分之十一到十二。")]
    assert (rng.low, rng.high, rng.unit) == (Decimal(11), Decimal(12), "‰")
    # A place in a ranking stays a share of its set.
    (rank,) = [i for i in indicators_in_text("21个学科进入ESI前千分之一") if i.text == "千分之一"]
    assert (rank.unit, rank.kind) == ("", "share")
    (pct,) = indicators_in_text("国民生产总值平均每年增长百分之七点五。")
    assert (pct.value, pct.unit) == (Decimal("7.5"), "%")


def test_a_past_year_in_chinese_numerals_is_no_five_year_cue():
    assert not period_cue("要认真做好一九八五年已经进行的各项改革的巩固工作", 1986)
    assert period_cue("计划在一九八五年底前建成投产", 1983)          # a later year: the plan period's
    assert period_cue("今后五年，一九八五年的改革", 1986)               # a cue of its own stays
    assert period_cue("一九八五年的改革", None)                         # no plan year: as before
    assert not period_cue("2025年要完成的任务", 2026)


_PLAN_1986 = """各位代表：

一、1985年的工作回顾

1985年，工农业总产值比上年增长16.4%。

二、1986年的主要任务

今年工作的基本要求是：要认真做好一九八五年已经进行的各项改革的巩固工作；要采取坚决有效的措施，大力增加出口，节约使用外汇，实现外汇收支的基本平衡。１９８６年，职工生活费指数还会有所上升，但由于同时进行工资改革，职工的实际生活水平仍将有一定的提高。各地区、各部门的外贸经营权要进一步扩大。
"""


def test_worded_targets_in_a_sentence_naming_last_year_and_after_a_modal(tmp_path):
    texts = {r.target.text: r for r in ledger(_digest(tmp_path, "national-1986-gov-work-report.txt", _PLAN_1986))}
    assert "实现外汇收支的基本平衡" in texts and "大力增加出口" in texts
    assert texts["职工的实际生活水平仍将有一定的提高"].target.value is None
    # The modal must follow the metric noun: 外贸经营权 grows, not foreign trade (a stated commitment
    # of the sentence keeps its clause as its metric: scorecard_stated, no key a figure answers).
    assert all(r.target.metric == t for t, r in texts.items() if "经营权" in t)


def test_a_move_is_named_by_what_moves():
    text = "今后五年，计划将普通高等学校招生人数由一九八二年的三十一万五千人，增加到一九八七年的五十五万人。"
    at = text.index("增加到")
    assert from_name(text, at, "增加到一九八七年") == "普通高等学校招生人数"
    assert from_name(text, at, "招生人数") == "招生人数"              # a metric naming no year is kept
    assert from_name("增加到一九八七年的五十五万人。", 0, "增加到一九八七年") == "增加到一九八七年"


def test_a_five_year_row_is_named_by_its_metric(tmp_path):
    plan = """各位代表：

一、过去五年的回顾

一九八二年，工农业总产值比上年增长百分之八。

二、今后五年的任务

今后五年，计划将普通高等学校招生人数由一九八二年的三十一万五千人，增加到一九八七年的五十五万人。
"""
    rows = ledger(_digest(tmp_path, "national-1983-gov-work-report.txt", plan))
    goal = next(r for r in rows if r.target.text.endswith("五十五万人"))
    assert (goal.target.metric, goal.target.year) == ("普通高等学校招生人数", 1987)


def test_a_price_ceiling_below_last_years_rise_is_a_stated_target(tmp_path):
    plan = """各位代表：

一、1986年的工作回顾

1986年，工农业总产值比上年增长9.3%。

二、1987年的主要任务

今年要把物价总水平的上升幅度严格控制在低于去年的幅度之内。
"""
    rows = ledger(_digest(tmp_path, "national-1987-gov-work-report.txt", plan))
    row = next(r for r in rows if "物价总水平" in r.target.text)
    assert (row.source, row.target.value, row.target.year) == ("qualitative", None, 1987)
