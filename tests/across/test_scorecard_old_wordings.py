"""目标完成情况 on older national reports (the 1990s): targets stated in the plan's paragraphs
(计划增长, 控制在…以内, 使赤字不突破预算), Chinese-numeral and spaced-out figures, and reviews
that restate the target before the result. Hand-written pairs, no corpus reads."""

from __future__ import annotations

from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard import ledger
from huazhongdian.across.scorecard_data import _data

from scorecard_rows import rows_of

_OLD = """政府工作报告

一、1993年国内工作的回顾

{old_review}

二、保持国民经济持续快速健康发展

{plan}
"""

_NEW = """政府工作报告

一、1994年国内工作的回顾

{review}

二、促进国民经济持续、快速、健康发展

今年要继续努力。
"""


def _pair(tmp_path: Path, plan: str, review: str, old_review: str = "过去的一年，国民经济快速增长。"):
    old_path = tmp_path / "national-1994-gov-work-report.txt"
    new_path = tmp_path / "national-1995-gov-work-report.txt"
    old_path.write_text(_OLD.format(plan=plan, old_review=old_review), "utf-8")
    new_path.write_text(_NEW.format(review=review), "utf-8")
    return hzd.digest(hzd.read(str(old_path))), hzd.digest(hzd.read(str(new_path)))


def _rows(tmp_path: Path, plan: str, review: str, old_review: str = "过去的一年，国民经济快速增长。"
          ) -> dict[str, tuple[str | None, str]]:
    old, new = _pair(tmp_path, plan, review, old_review)
    return rows_of(old, new)


def test_a_deflated_income_is_no_price_and_a_bare_rise_takes_the_sentence_before(tmp_path):
    assert "涨幅" in _data().measure_only and "曾提出" in _data().restated
    rows = _rows(tmp_path, "努力把全年零售物价上涨幅度控制在百分之十以内。",
                 "农村居民人均纯收入扣除物价因素比上年增长百分之五。"
                 "去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。"
                 "虽然在这方面做了很大努力，涨幅仍然高达百分之二十一点七。")
    # Not the income's 百分之五, not the target restated: the 涨幅 of the sentence before.
    assert rows["零售物价上涨幅度控制在百分之十以内"] == ("百分之二十一点七", "未完成")


def test_a_growth_figure_is_named_by_its_own_lead_word(tmp_path):
    rows = _rows(tmp_path, "今年计划国内生产总值增长百分之九。", "县域经济增长百分之七。去年经济增长百分之十一点八，成绩显著。")
    # 去年经济增长百分之十一点八: the metric is 经济, the figure's own 增长 makes it 经济增长 (a whole
    # related word: 县域经济增长 is not).
    assert rows["国内生产总值增长百分之九"] == ("增长百分之十一点八", "超额完成")


def test_spaced_out_digits_are_read(tmp_path):
    rows = _rows(tmp_path, "经济增长速度的调控目标定为８％。", "1 9 9 4 年，去年经济增长8 ．8 ％，商品零售价格涨幅为0 ．8 ％。")
    assert rows["经济增长速度的调控目标定为8%"] == ("增长8.8%", "超额完成")


def test_qualitative_targets_in_the_plan_paragraphs_are_rows(tmp_path):
    old, _ = _pair(tmp_path, "各级政府都要严格控制支出，使赤字不突破预算。要保证支出增长不高于收入增长幅度。"
                             "促进对外贸易持续增长，保持进出口基本平衡。",
                   "去年经济发展较快。")
    stated = {r.target.text: r for r in ledger(old) if r.source == "qualitative"}
    assert {"赤字不突破预算", "支出增长不高于收入增长幅度", "保持进出口基本平衡"} <= set(stated)
    assert all(r.target.value is None for r in stated.values())


def test_a_target_compared_with_last_year_is_judged_against_the_old_review(tmp_path):
    assert "比去年" in _data().last_year and "低" in _data().lower
    old_review = ("去年政府工作报告提出，物价涨幅要从14.8%降到10%左右，经过上下各方面的努力，实际回落到6.1%，"
                  "明显低于预定的调控目标。")
    plan = "今年要保持国民经济持续、快速、健康发展，物价上涨幅度比去年的实际涨幅低一些。"
    # 0.8% is below last year's 6.1% (not the restated 14.8% or 10%左右): met; 7.2% is not.
    met = _rows(tmp_path, plan, "去年商品零售价格涨幅为0.8%，市场平稳。", old_review)
    assert met["物价上涨幅度比去年的实际涨幅低一些"] == ("0.8%", "完成")
    missed = _rows(tmp_path, plan, "去年商品零售价格涨幅为7.2%，市场平稳。", old_review)
    assert missed["物价上涨幅度比去年的实际涨幅低一些"] == ("7.2%", "未完成")


def test_a_plan_clause_in_a_sentence_of_what_was_done_is_a_task_named_by_the_figure_before(tmp_path):
    assert "今年要" in _data().task_plan_clause
    old, _ = _pair(tmp_path, "国家决定首先集中力量抓好1000户，去年已经对其中近300户由银行提供资金支持，"
                             "取得了比较好的效果，今年要扩大到511户。", "去年经济发展较快。")
    tasks = {r.target.text: r.target for r in ledger(old) if r.source == "task"}
    assert "今年要扩大到511户" in tasks
    assert tasks["今年要扩大到511户"].metric == "由银行提供资金支持" and tasks["今年要扩大到511户"].value == 511
