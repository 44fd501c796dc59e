"""目标完成情况 on a headingless 1960s report (the dev50s pair national 1964→1975): the plan part
opens at the paragraph naming the next year's task and ends at the next title line; a clause
opening with the plan year is the year's plan; a budget balance and a supply growth stated in words
are rows; a later report's decade figures answer none of them. Excerpt fixtures written after
national-series 1964 and 1975, no corpus reads."""

from __future__ import annotations

from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard import ledger
from huazhongdian.across.scorecard_data import _parts
from huazhongdian.across.scorecard_fifties import plan_opening, plan_year_clause

from scorecard_rows import rows_of

# 1964.txt's shape: a press digest without headings; review, the 1965 plan, a title line, foreign affairs.
_DIGEST_1964 = """　　周总理说，一九六四年，全国拥有的农业用拖拉机台数比一九五七年增长四倍。

　　明年发展国民经济的主要任务是，大力组织工农业生产新高潮，为一九六六年开始的第三个五年计划作好准备。

　　一九六五年计划草案拟定，农业总产值比一九六四年增长百分之五左右。

　　计划草案拟定，工业总产值比一九六四年增长百分之十一左右。

　　要进一步扩大城乡物资交流。计划草案安排，棉布、食油、食糖、猪肉、蛋品等主要商品的供应量比一九六四年有较多的增加。

　　一九六五年国家预算收支都比上年增长百分之十以上，收支平衡。

今后发展国民经济中应当注意的几个问题

　　周总理说，我们要团结占人口百分之九十五以上的群众。它不仅占领了所谓麦克马洪线以南的九万平方公里。
"""

# 1975.txt's shape: a review of the decade since 1964, no figure of 1965.
_DECADE_1975 = """各位代表！

　　我们超额完成了第三个五年计划。一九七四年农业总产值预计比一九六四年增长百分之五十一。工业总产值一九七四年预计比一九六四年增长一点九倍。我国财政收支平衡，即无外债，又无内债。

　　我们要在一九七五年完成和超额完成第四个五年计划。
"""


def _digest(tmp_path: Path, name: str, text: str) -> hzd.Digest:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return hzd.digest(hzd.read(str(path)))


def test_a_headingless_report_plans_from_the_next_years_task_to_the_title_line(tmp_path):
    old = _digest(tmp_path, "national-1964-gov-work-report.txt", _DIGEST_1964)
    text = old.document.text
    review, plan = _parts(old.document)
    assert text[plan[0]:].startswith("明年发展国民经济的主要任务是")
    assert text[plan[1]:].startswith("今后发展国民经济中应当注意的几个问题")
    assert review == (0, plan[0])
    rows = [r.target.text for r in ledger(old)]
    assert any(t.endswith("增长百分之五左右") for t in rows) and any(t.endswith("增长百分之十一左右") for t in rows)
    assert "收支平衡" in rows
    assert "棉布、食油、食糖、猪肉、蛋品等主要商品的供应量比一九六四年有较多的增加" in rows
    # The title line ends the plan: no principle (占人口…95%) or border figure is a task; nor the review's 四倍.
    assert not any("九十五" in t or "九万" in t or "四倍" in t for t in rows)


def test_a_clause_opening_with_the_plan_year_is_the_years_plan(tmp_path):
    old = _digest(tmp_path, "national-1964-gov-work-report.txt", _DIGEST_1964)
    budget = next(r.target for r in ledger(old) if r.target.text.endswith("增长百分之十以上"))
    assert budget.year == 1965 and budget.value == 10 and budget.qualifier == "at_least"
    assert plan_year_clause("一九六五年国家预算收支都比上年", 1965)
    assert not plan_year_clause("一九六四年国家预算收支都比上年", 1965)
    assert not plan_year_clause("国家预算收支都比上年", 1965)


def test_the_plan_opening_needs_the_plan_year_and_a_headingless_report(tmp_path):
    old = _digest(tmp_path, "national-1964-gov-work-report.txt", _DIGEST_1964)
    assert plan_opening(old.document, 1965) is not None
    named = _DIGEST_1964.replace("明年发展国民经济的主要任务是", "一九六七年计划的主要任务是")
    other = _digest(tmp_path, "national-1964-gov-work-report.txt", named)
    # A year named must be the plan year: the 1967 paragraph is passed, the 一九六五年计划 one opens.
    start, _ = plan_opening(other.document, 1965)
    assert other.document.text[start:].startswith("一九六五年计划草案拟定")
    headed = _digest(tmp_path, "national-1964-gov-work-report.txt", "一、回顾\n\n" + _DIGEST_1964)
    assert plan_opening(headed.document, 1965) is None


def test_a_decade_review_answers_no_years_target(tmp_path):
    old = _digest(tmp_path, "national-1964-gov-work-report.txt", _DIGEST_1964)
    new = _digest(tmp_path, "national-1975-gov-work-report.txt", _DECADE_1975)
    got = rows_of(old, new)
    assert got, "no rows"
    # 比一九六四年增长百分之五十一 is ten years; 财政收支平衡 is the state of 1974, not 1965's budget.
    assert all(v == (None, "未提及") for v in got.values()), got
