"""目标完成情况 on the 1950s national reports (the dev50s pairs): a budget report's plan totals and
its comparisons with the five-year plan's 1957 level, a review amount named after its figure, and
a headingless report's year-plan figures. Excerpt fixtures written after national-series 1954,
1956 and 1957, no corpus reads."""

from __future__ import annotations

from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard import ledger
from huazhongdian.across.scorecard_fifties import year_plan_figures

from scorecard_rows import rows_of

# 1956.txt's shape: last year's accounts, then the year's budget and plan.
_BUDGET_1956 = """各位代表：

一、1955年国家决算

1955年国家决算的收支总数如下：1955年本年收入合计27，203，319，000元。

二、1956年的国家预算

1956年基本建设的增长速度很大。全国基本建设（包括经济、文教、行政各方面的基本建设）的投资共有140亿元，比1955年基本建设投资增长62%。

国家计划规定，1956年农业和副业总产值将比1955年增长9.3%。如果没有特大的灾荒，粮食产量将要达到3，989亿斤，比1955年增长8.4%，比五年计划原定1957年3，856亿斤的水平超过133亿斤；棉花产量将要达到3，556万担，比1955年增长17.1%，比五年计划原定1957年3，270万担的水平超过286万担。
"""

# 1957.txt's words for the year reviewed (under a review heading here: 1957.txt's own topic
# headings put them in its plan part, where no realised value is taken).
_REVIEW_1957 = """各位代表：

一、1956年工作的回顾

1956年全国完成了将近一百四十亿元的基本建设投资额，等于五年计划规定的投资总额的三分之一。

二、1957年的任务

1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元。农业总产值比1956年将增长百分之四点九。
"""

# 1954.txt's shape: no headings, a review of five years with the year's plan figures inside it.
_REVIEW_1954 = """各位代表：

一九五三年全國完成的工業基本建設投資總額比較一九五二年增加了百分之九十六，一九五四年計劃的工業基本建設投資總額又比一九五三年增加百分之二十八。

農業生産合作社在今年八月已經發展到十萬個，預計明年春耕時將達五十萬個以上。按一九五四年的計劃指標計算，只要降低基本建設的建築安裝成本的百分之一，就可以每年爲國家節約二千八百億元。
"""


def _digest(tmp_path: Path, name: str, text: str) -> hzd.Digest:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return hzd.digest(hzd.read(str(path)))


def test_a_plan_total_and_a_comparison_with_the_old_plan_are_the_years_rows(tmp_path):
    old = _digest(tmp_path, "national-1956-gov-work-report.txt", _BUDGET_1956)
    rows = {r.target.text: r for r in ledger(old)}
    # 共有140亿元 is the plan's total, not a statement of what there is; the aside is no part of its name.
    invest = next(r for t, r in rows.items() if t.endswith("140亿元"))
    assert invest.target.metric.endswith("基本建设的投资") and "（" not in invest.target.metric
    assert invest.target.year == 1956
    # 比五年计划原定1957年…: the year is the old plan's, the figure the year's own.
    cotton = next(r for t, r in rows.items() if "3，556万担" in t or "3556万担" in t)
    assert cotton.target.year == 1956 and cotton.target.value == 3556


def test_a_year_after_yuanding_is_no_period(tmp_path):
    doc = _digest(tmp_path, "national-1956-gov-work-report.txt", _BUDGET_1956)
    cotton = next(i for i in doc.indicators if i.metric == "棉花产量" and i.unit == "万担")
    assert cotton.period != 1957


def test_a_review_amount_is_named_by_the_words_after_it(tmp_path):
    old = _digest(tmp_path, "national-1956-gov-work-report.txt", _BUDGET_1956)
    new = _digest(tmp_path, "national-1957-gov-work-report.txt", _REVIEW_1957)
    got = rows_of(old, new)
    invest = next(v for t, v in got.items() if t.endswith("140亿元"))
    assert invest == ("将近一百四十亿元", "完成")        # 将近…的基本建设投资额: no name before the figure
    farm = next(v for t, v in got.items() if "9.3%" in t)
    assert farm == (None, "未提及")                      # 1957's 将增长百分之四点九 is the plan's


def test_a_local_part_is_not_the_national_investment(tmp_path):
    local = _BUDGET_1956.replace("全国基本建设（包括经济、文教、行政各方面的基本建设）的投资共有140亿元",
                                 "地方基本建设投资总额共为27亿元")
    old = _digest(tmp_path, "national-1956-gov-work-report.txt", local)
    new = _digest(tmp_path, "national-1957-gov-work-report.txt", _REVIEW_1957)
    got = rows_of(old, new)
    assert next(v for t, v in got.items() if t.endswith("27亿元")) == (None, "未提及")


def test_a_headingless_reports_year_plan_figures_are_ledger_rows(tmp_path):
    old = _digest(tmp_path, "national-1954-gov-work-report.txt", _REVIEW_1954)
    found = year_plan_figures(old.document, old.indicators, 1954)
    # Not 1953's 九十六, not 按一九五四年的計劃指標計算's saving (a 計劃指標 is no plan of the figure).
    assert [(i.text, y) for i, y in found] == [("增加百分之二十八", 1954), ("五十萬個以上", 1955)]
    rows = {r.target.text: r.target for r in ledger(old)}
    invest = next(t for text, t in rows.items() if text.endswith("增加百分之二十八"))
    assert invest.metric == "工業基本建設投資總額" and invest.year == 1954 and invest.value == 28
    assert not any("九十六" in text for text in rows)      # 1953's result, not a plan of 1954
    spring = next(t for text, t in rows.items() if "五十萬個" in text)
    assert spring.year == 1955


def test_year_plan_figures_need_a_headingless_report(tmp_path):
    old = _digest(tmp_path, "national-1956-gov-work-report.txt", _BUDGET_1956)
    assert year_plan_figures(old.document, old.indicators, 1956) == []
