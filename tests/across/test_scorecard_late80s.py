"""目标完成情况 on the 1980s national reports, the rules found on dev80s and fresh6 (national
1980→1988): a report given late in its year plans the next (meta), a five-year plan's goal for a
later year is that year's row, a review figure of the plan year by default is the review year's,
an aggregate holding a part's name is no figure of the part, and the decade's worded targets.
Excerpt fixtures written after national-series 1981, 1983, 1986–1988; no corpus reads."""

from __future__ import annotations

from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard import ledger
from huazhongdian.across.scorecard_data import _data
from huazhongdian.across.scorecard_old import plan_end_year, wider_words
from huazhongdian.meta import extract_meta

from scorecard_rows import rows_of


def _digest(tmp_path: Path, name: str, text: str) -> hzd.Digest:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return hzd.digest(hzd.read(str(path)))


def test_a_report_naming_next_years_plan_reviews_its_own_year(tmp_path):
    def years(name: str, text: str) -> tuple:
        meta = _digest(tmp_path, name, text).document.meta
        return meta.year, meta.review_year, meta.plan_year

    late = "各位代表：\n\n今年以来，经济形势好转。\n\n1982年的计划，要求工农业总产值增长4%。\n"
    assert years("national-1981-gov-work-report.txt", late) == (1981, 1981, 1982)
    # Chinese numerals too (1982.txt: 一九八三年国民经济和社会发展的年度计划草案).
    late = "各位代表：\n\n国务院提出了一九八三年国民经济和社会发展的年度计划草案。\n"
    assert years("national-1982-gov-work-report.txt", late) == (1982, 1982, 1983)
    # A spring report that names no next year's plan keeps the usual years.
    spring = "各位代表：\n\n去年经济增长。今年的计划，要求增长4%。\n"
    assert years("national-1985-gov-work-report.txt", spring) == (1985, 1984, 1985)


def test_plan_end_year():
    assert plan_end_year("由一九八二年的二十九万人增加到一九八七年的一百一十万人", 1983) == 1987
    assert plan_end_year("五年内使职业高中在校学生数占到整个高中学生总数的百分之四十以上", 1983) == 1987
    assert plan_end_year("比一九八二年增长百分之四", 1983) is None          # a base, the year's own figure
    assert plan_end_year("增加到一九八三年的三十万人", 1983) is None          # the plan year itself
    assert plan_end_year("增加到一九八七年的五十五万人", None) is None


_PLAN_1983 = """各位代表：

一、过去五年的回顾

一九八二年，工农业总产值比上年增长百分之八。

二、今后五年的任务

今后五年，计划将普通高等学校招生人数由一九八二年的三十一万五千人，增加到一九八七年的五十五万人。五年内使职业高中在校学生数占到整个高中学生总数的百分之四十以上。
"""

_REVIEW_1984 = """各位代表：

一、一九八三年的工作回顾

一九八三年，普通高等学校招生人数达到三十九万人。职业高中在校学生数占到整个高中学生总数的百分之二十。
"""


def test_a_five_year_goal_is_a_row_of_its_last_year_and_no_one_year_figure_answers_it(tmp_path):
    old = _digest(tmp_path, "national-1983-gov-work-report.txt", _PLAN_1983)
    rows = {r.target.text: r for r in ledger(old)}
    goal = next(r for t, r in rows.items() if t.endswith("五十五万人"))
    share = next(r for t, r in rows.items() if t.endswith("百分之四十以上"))
    assert goal.target.year == share.target.year == 1987
    new = _digest(tmp_path, "national-1984-gov-work-report.txt", _REVIEW_1984)
    scored = rows_of(old, new)
    assert scored[goal.target.text] == (None, "未提及")      # 1983's 三十九万人 is not 1987's
    assert scored[share.target.text] == (None, "未提及")


_PLAN_1986 = """各位代表：

一、“六五”计划的回顾

“六五”期间经济发展。

二、关于第七个五年计划

全国工农业总产值平均每年增长百分之六点七，其中农业总产值平均每年增长百分之四，工业总产值平均每年增长百分之七点五。
"""

_REVIEW_1987 = """各位代表：

一、1986年的工作回顾

全国社会总产值达到18774亿元，比上年增长9.1%；其中工农业总产值15104亿元，比上年增长9.3%。而且粮食产量比上年增产1199万吨。

二、1987年的主要任务

今年要继续发展经济。
"""


def test_a_review_figure_of_the_plan_year_by_default_and_a_wider_aggregate(tmp_path):
    old = _digest(tmp_path, "national-1986-gov-work-report.txt", _PLAN_1986)
    new = _digest(tmp_path, "national-1987-gov-work-report.txt", _REVIEW_1987)
    scored = rows_of(old, new)
    whole = next(v for t, v in scored.items() if t.startswith("全国工农业总产值"))
    assert whole == ("增长9.3%", "超额完成")      # 1986's figure, though it reads as a plan figure
    # 工农业总产值 and 社会总产值 hold the parts' names but are other aggregates.
    assert next(v for t, v in scored.items() if t.startswith("农业总产值")) == (None, "未提及")
    assert next(v for t, v in scored.items() if t.startswith("工业总产值")) == (None, "未提及")


def test_wider_words():
    rules = _data().rules.values()
    assert "工农业总产值" in wider_words("农业总产值", rules)
    # A word of a rule that names the task too is the same metric (一般公共财政预算收入).
    assert "一般公共财政预算收入" not in wider_words("公共财政预算收入", rules)


_LATE_1981 = """各位代表：

（一）当前的经济形势

今年以来，各级政府坚决执行调整方针。

（二）今后经济建设的方针

1982年的计划，要求工农业总产值的增长速度提高到4%。力争粮食生产有较大幅度的持续增长。要努力保持外汇收支平衡。
"""

_REVIEW_1982 = """各位代表：

一、今年的工作回顾

今年遇到了困难，工农业生产总值不仅没有下降，而且将比上年增长6%以上。粮食总产量增加109亿公斤，达到3450亿公斤。

二、1983年的计划

1983年的计划，要求工农业总产值增长4%。
"""


def test_a_connective_names_nothing_and_worded_targets_of_the_decade(tmp_path):
    old = _digest(tmp_path, "national-1981-gov-work-report.txt", _LATE_1981)
    new = _digest(tmp_path, "national-1982-gov-work-report.txt", _REVIEW_1982)
    texts = {r.target.text: r for r in ledger(old)}
    assert "要努力保持外汇收支平衡" in texts or "努力保持外汇收支平衡" in texts
    grain = next(r for t, r in texts.items() if "粮食生产" in t)
    assert grain.target.metric == "grain_output" and grain.source == "qualitative"
    scored = rows_of(old, new)
    # 而且将比上年增长6%以上: the subject is the clause before (工农业生产总值).
    assert next(v for t, v in scored.items() if "提高到4%" in t) == ("增长6%以上", "超额完成")
    # A worded growth of an amount metric takes the amount, whatever its unit.
    assert scored[grain.target.text] == ("3450亿公斤", "完成")
    assert next(v for t, v in scored.items() if "外汇收支" in t) == (None, "未提及")
