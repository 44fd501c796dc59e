"""目标完成情况 pairing rules on hand-written report pairs: what the pairing compares besides the
metric (the action, the unit family, the period, the purpose, the part of the report)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard import judge
from huazhongdian.across.scorecard_data import _data, actions_agree, base_unit_of
from huazhongdian.across.scorecard_heads import head_score, purpose_words, purposes_differ
from huazhongdian.types import Target

from scorecard_rows import rows_of

_OLD = """政府工作报告

一、2013年工作回顾

过去一年，经济平稳增长。

二、2014年工作总体部署

今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右。

三、2014年重点工作

{plan}
"""

_NEW = """政府工作报告

{heading}

{review}

二、2015年工作总体部署

{plan}
"""


def _rows(tmp_path: Path, plan: str, review: str, new_plan: str = "今年要继续努力。",
          heading: str = "一、2014年工作回顾") -> dict[str, tuple[str | None, str]]:
    """target text → (realised text or None, status) for a 2014 → 2015 national pair."""
    old_path = tmp_path / "national-2014-gov-work-report.txt"
    new_path = tmp_path / "national-2015-gov-work-report.txt"
    old_path.write_text(_OLD.format(plan=plan), "utf-8")
    new_path.write_text(_NEW.format(heading=heading, review=review, plan=new_plan), "utf-8")
    old, new = hzd.digest(hzd.read(str(old_path))), hzd.digest(hzd.read(str(new_path)))
    return rows_of(old, new)


def test_action_words_are_data_and_keep_starts_and_completions_apart(tmp_path):
    assert len(_data().actions) >= 2
    assert actions_agree("新开工700万套以上", "新开工保障性安居工程")
    assert not actions_agree("新开工700万套以上", "基本建成")
    assert not actions_agree("保障性安居工程新安排740万套", "基本建成")
    assert actions_agree("改建农村公路20万公里", "新建改建农村公路")      # no class: neutral
    rows = _rows(tmp_path, "加大保障性安居工程建设力度，今年新开工700万套以上，年内基本建成保障房480万套。",
                 "过去一年，新开工保障性安居工程740万套，基本建成511万套。")
    assert rows["新开工700万套以上"] == ("740万套", "超额完成")
    assert rows["年内基本建成保障房480万套"] == ("511万套", "超额完成")


def test_a_start_target_is_not_met_by_completions(tmp_path):
    rows = _rows(tmp_path, "保障性安居工程新安排740万套。", "过去一年，保障性安居工程基本建成772万套。")
    assert rows["保障性安居工程新安排740万套"] == (None, "未提及")


def test_an_action_alone_takes_the_subject_of_the_clause_before(tmp_path):
    # 是2013年的2.2倍 compares with the year before; 全年 names the review year again.
    rows = _rows(tmp_path, "今年要再开工建设保障性住房1000万套。",
                 "中央财政安排资金1713亿元，是2013年的2.2倍，全年城镇保障性住房基本建成432万套，新开工建设1043万套。")
    assert rows["要再开工建设保障性住房1000万套"] == ("1043万套", "超额完成")


def test_bare_wan_counts_pair_and_compare_on_base_values(tmp_path):
    assert base_unit_of("万") == (Decimal(10000), "")
    assert base_unit_of("万户")[1] == "户"
    rows = _rows(tmp_path, "今年再解决6000万农村人口的饮水安全问题。", "过去一年，6600多万农村人口饮水安全问题得到解决。")
    assert rows["再解决6000万"] == ("6600多万", "超额完成")
    target = Target(metric="再解决", year=2014, value=Decimal(6000), low=None, high=None, unit="万",
                    qualifier=None, absent=False, text="", start=0, end=0, base_value=Decimal(6000),
                    base_unit="万", point=Decimal(6000))
    assert judge(target, Decimal(50_000_000)) == "未完成"      # 5000万 is short of 6000万
    assert judge(target, Decimal(66_000_000)) == "超额完成"


def test_five_year_figures_are_not_the_years(tmp_path):
    plan = "今年城镇新增就业1000万人以上。"
    # A paragraph with no period cue under a five-year heading is five years'.
    framed = _rows(tmp_path, plan, "城镇新增就业6431万人。", heading="一、“十二五”时期工作回顾")
    assert framed["城镇新增就业1000万人以上"] == (None, "未提及")
    # 年均 and 累计 in the sentence make it five years' too.
    for review in ("城镇新增就业年均1300万人。", "城镇新增就业累计6431万人。"):
        assert _rows(tmp_path, plan, review)["城镇新增就业1000万人以上"] == (None, "未提及")
    # A heading that names the year as well frames nothing.
    both = _rows(tmp_path, plan, "城镇新增就业1322万人。", heading="一、2014年和“十二五”时期工作回顾")
    assert both["城镇新增就业1000万人以上"] == ("1322万人", "超额完成")


def test_no_multi_year_figure_from_a_superlative_or_an_each_year_rate(tmp_path):
    rows = _rows(tmp_path, "今年能源消耗强度要降低3.9%以上。贫困地区农村学生上重点高校人数要再增长10%以上。",
                 "过去一年，经济平稳。发展质量有新的提升，能耗强度下降4.8%，是近年来最大降幅。"
                 "贫困地区农村学生上重点高校人数连续两年增长10%以上。")
    assert rows["今年能源消耗强度要降低3.9%以上"] == ("下降4.8%", "超额完成")
    assert rows["贫困地区农村学生上重点高校人数要再增长10%以上"] == ("增长10%以上", "完成")


def test_earlier_years_and_the_figure_after_turned_to(tmp_path):
    rows = _rows(tmp_path, "今年单位国内生产总值能耗降低4%左右。",
                 "2014年，单位国内生产总值能耗由前三年分别上升4.9%、5.5%、0.2%，转为下降1.2%。")
    assert rows["单位国内生产总值能耗降低4%左右"] == ("下降1.2%", "未完成")


def test_no_figure_from_the_plan_part_of_the_later_report(tmp_path):
    rows = _rows(tmp_path, "今年新开工保障性安居工程700万套。", "过去一年，住房保障有力。",
                 new_plan="今年新开工保障性安居工程740万套。")
    assert rows["新开工保障性安居工程700万套"] == (None, "未提及")


def test_amounts_for_different_purposes_are_not_paired(tmp_path):
    heads = _data().heads
    text = "国家今年再安排30亿元国债资金，重点支持煤矿瓦斯综合治理和利用。"
    assert purpose_words(text, text.index("国债"), heads) == "煤矿瓦斯综合治理和利用"
    assert purposes_differ("煤矿瓦斯综合治理和利用", "县、乡、村三级医疗卫生基础设施建设", heads)
    assert not purposes_differ("煤矿瓦斯综合治理和利用", "", heads)
    rows = _rows(tmp_path, text, "过去一年，中央财政安排27亿元国债资金用于县、乡、村三级医疗卫生基础设施建设。")
    assert rows["国家今年再安排30亿元"] == (None, "未提及")


def test_a_shared_run_of_generic_word_parts_names_nothing():
    heads = _data().heads
    # 央财政安 straddles 中央财政 and 安排: no word of the task's own.
    assert head_score("中央财政安排科技投入", "", "中央财政|中央财政安排", heads) == 0
    assert head_score("重点项目", "", "民生保障和社会事业项目|重点实施了", heads) == 0


def test_a_starting_value_is_not_the_result_and_conjoined_names_pair_in_either_order(tmp_path):
    rows = _rows(tmp_path, "今年要把新农合和城镇居民医保财政补助标准提高到200元。",
                 "过去一年，各级财政对城镇居民医保和新农合的补助标准由每人每年120元提高到200元。")
    assert rows["要把新农合和城镇居民医保财政补助标准提高到200元"] == ("提高到200元", "完成")


def test_a_share_of_the_whole_takes_the_subject_before_it(tmp_path):
    rows = _rows(tmp_path, "今年把新型农村合作医疗试点的范围扩大到全国40%的县。",
                 "过去一年，新型农村合作医疗试点范围扩大到1451个县（市、区），占全国总数的50.7%。")
    assert rows["把新型农村合作医疗试点的范围扩大到全国40%"] == ("50.7%", "超额完成")


def test_a_figure_of_what_there_is_is_no_task(tmp_path):
    rows = _rows(tmp_path, "我国有13亿人口、9亿劳动力资源。今年再解决6000万农村人口的饮水安全问题。",
                 "过去一年，6434万农村人口饮水安全问题得到解决。")
    assert not any(text.startswith("我国有") for text in rows)
    assert rows["再解决6000万"] == ("6434万", "超额完成")


def test_a_task_whose_clause_names_nothing_takes_the_clause_before(tmp_path):
    rows = _rows(tmp_path, "继续实施退耕还林还草，今年拟安排500万亩。", "过去一年，新一轮退耕还林还草启动实施。")
    assert rows["今年拟安排500万亩"] == (None, "未提及")


def test_a_quoted_programme_name_pairs_before_a_de():
    heads = _data().heads
    assert head_score("中央财政用于“三农”的投入", "", "中央财政“三农”支出|中央财政“三农”支出", heads) == 4
    assert head_score("中央财政用于“三农”的投入", "", "中央财政科技支出|中央财政科技支出", heads) == 0


def _gdp(rows: dict[str, tuple[str | None, str]]) -> tuple[str | None, str]:
    return next(v for k, v in rows.items() if k.startswith("国内生产总值增长7.5%"))


def test_a_part_of_the_year_is_not_the_year(tmp_path):
    assert "季度" in _data().part_of_year and "全年" in _data().whole_year
    quarters = "与去年同期相比，国内生产总值第一季度增长7%，第二季度增长7.5%。"
    assert _gdp(_rows(tmp_path, "继续努力。", quarters)) == (None, "未提及")
    assert _gdp(_rows(tmp_path, "继续努力。", quarters + "全年国内生产总值增长7.4%。")) == ("增长7.4%", "完成")


def test_a_span_of_years_is_not_the_year(tmp_path):
    assert _gdp(_rows(tmp_path, "继续努力。", "2010年到2014年，国内生产总值增长45%。")) == (None, "未提及")


def test_an_item_of_a_list_is_named_by_its_own_words(tmp_path):
    # 一般性转移支付规模大幅增加、专项转移支付项目减少三分之二: the figure is the 专项's.
    rows = _rows(tmp_path, "今年地方一般性转移支付规模增长9.5%。",
                 "中央对地方一般性转移支付规模大幅增加、专项转移支付项目减少三分之二。国内生产总值达到63.6万亿元、增长7.4%。")
    assert rows["地方一般性转移支付规模增长9.5%"] == (None, "未提及")
    assert _gdp(rows) == ("增长7.4%", "完成")      # 、增长 names nothing of its own: the item before's


def test_members_of_a_paired_subject_are_not_the_whole(tmp_path):
    from huazhongdian.across.scorecard import realised_headlines

    path = tmp_path / "national-2015-gov-work-report.txt"
    for review, want in (("城镇、农村常住居民人均可支配收入分别增长4.4%、5.5%。", None),
                         ("城镇和农村常住居民人均可支配收入分别增长4.4%和5.5%。", None),
                         ("全国居民人均可支配收入实际增长5%。", "增长5%")):
        path.write_text(_NEW.format(heading="一、2014年工作回顾", review=review, plan="继续努力。"), "utf-8")
        got = realised_headlines(hzd.digest(hzd.read(str(path)))).get("resident_income")
        assert (got.text if got else None) == want, review


def test_respective_figures_go_to_their_names_in_order(tmp_path):
    assert "和" in _data().respective_joins
    plan = "城镇居民人均可支配收入增长7%，农村居民人均纯收入增长8%。"
    for review in ("城镇居民人均可支配收入和农村居民人均纯收入分别实际增长8.5%和9.5%。",
                   "农村居民人均纯收入、城镇居民人均可支配收入分别实际增长9.5%、8.5%。"):
        rows = _rows(tmp_path, plan, review)
        town = next(v for k, v in rows.items() if k.startswith("城镇居民"))
        farm = next(v for k, v in rows.items() if k.startswith("农村居民"))
        assert town[0].endswith("8.5%") and farm[0].endswith("9.5%"), review


def test_last_years_base_is_no_result(tmp_path):
    assert "比去年的" in _data().base_before
    rows = _rows(tmp_path, "居民消费价格涨幅控制在3.5%左右。", "居民消费价格涨幅比去年的2.6%回落0.6个百分点。")
    assert rows["居民消费价格涨幅控制在3.5%左右"] == (None, "未提及")
    rows = _rows(tmp_path, "居民消费价格涨幅控制在3.5%左右。", "居民消费价格涨幅由去年的2.6%回落到2%。")
    assert rows["居民消费价格涨幅控制在3.5%左右"] == ("由去年的2.6%回落到2%", "完成")
    rows = _rows(tmp_path, "今年城镇新增就业1000万人以上。", "城镇新增就业比去年增加12万人，达到1322万人。")
    assert rows["城镇新增就业1000万人以上"] == ("1322万人", "超额完成")
