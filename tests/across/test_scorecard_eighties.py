"""目标完成情况 on the 1980s national reports (the dev80s pairs): a report given late in its year
that plans the next one, a review of two years whose last year is the one planned, a plan report
with its review inside, and a five-year plan's annual rate as the year's part. Excerpt fixtures
written after national-series 1980–1982, no corpus reads."""

from __future__ import annotations

from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard import ledger
from huazhongdian.across.scorecard_data import _parts
from huazhongdian.structure import review_and_plan_spans
from huazhongdian.across.scorecard_old import bare_clause, name_clause, next_plan_year, year_named

from scorecard_rows import rows_of

# 1981.txt's shape: the year reviewed as 今年, the next year planned as １９８２年的计划.
_LATE_1981 = """各位代表：

（一）当前的经济形势

今年以来，各级政府坚决执行进一步调整国民经济的一系列紧急措施。今年轻纺工业的总产值预计比去年增长12％。

（二）今后经济建设的方针

1982年是第六个五年计划的第二年。1982年的计划，要求工农业总产值的增长速度由今年预计的3％提高到4％，并在执行中力争超过。社会商品零售总额增长8％。
"""

# 1982.txt's shape: the 六五 plan first, then 六五计划前两年的执行情况, then the measures.
_SIX_FIVE_1982 = """各位代表：

第六个五年计划的基本任务

一、关于工农业生产的发展速度和经济效益

在提高经济效益的前提下，使工农业生产保持适当的发展速度，是我们制订计划的一项重要原则。第六个五年计划规定，一九八五年工农业总产值达到八千七百一十亿元，比一九八○年的七千一百五十九亿元增加一千五百五十一亿元。其中，农业总产值由二千一百八十七亿元增加到二千六百六十亿元，工业总产值由四千九百七十二亿元增加到六千零五十亿元，都是平均每年递增百分之四，在执行中争取达到百分之五。到一九八五年，城乡居民按人口平均的消费水平，将比一九八○年增长百分之二十二，平均每年递增百分之四点一。

二、关于基本建设的规模

国务院也提出了一九八三年国民经济和社会发展的年度计划草案，请一并审议。

六五计划前两年的执行情况

工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；一九八二年计划为百分之四，预计可以达到百分之六点四。两年平均每年递增百分之五点五。社会商品零售总额，一九八一年比一九八○年增长百分之九点八，一九八二年预计比一九八一年增长百分之八点九，两年平均每年递增百分之九点四。

全面实现六五计划的主要措施

要切实管好用好计划安排的全部固定资产投资。
"""


def _digest(tmp_path: Path, name: str, text: str) -> hzd.Digest:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return hzd.digest(hzd.read(str(path)))


def test_a_late_year_report_plans_the_next_year(tmp_path):
    old = _digest(tmp_path, "national-1981-gov-work-report.txt", _LATE_1981)
    doc = old.document
    assert next_plan_year(doc.text, _parts(doc)[1], 1981) == 1982
    assert next_plan_year(doc.text, _parts(doc)[1], 1982) is None     # only the year after counts
    rows = {r.target.text: r for r in ledger(old)}
    growth = next(r for t, r in rows.items() if "提高到4%" in t)
    assert growth.target.year == 1982 and growth.target.value == 4      # not 今年预计的3%
    assert not any(t.endswith("3%") for t in rows)


def test_the_two_year_review_gives_the_planned_years_figure(tmp_path):
    old = _digest(tmp_path, "national-1981-gov-work-report.txt", _LATE_1981)
    new = _digest(tmp_path, "national-1982-gov-work-report.txt", _SIX_FIVE_1982)
    rows = rows_of(old, new)
    growth = next(v for t, v in rows.items() if "提高到4%" in t)
    # Not 1981's 4.6%, not the plan restated (计划为百分之四), not the two-year 5.5%.
    assert growth == ("百分之六点四", "超额完成")
    retail = next(v for t, v in rows.items() if t.startswith("社会商品零售总额"))
    assert retail == ("增长百分之八点九", "超额完成")


def test_a_review_inside_a_plan_report_is_its_review_part(tmp_path):
    doc = _digest(tmp_path, "national-1982-gov-work-report.txt", _SIX_FIVE_1982).document
    review, plan = _parts(doc)
    assert doc.text[review[0]:].startswith("六五计划前两年的执行情况")
    assert "主要措施" in doc.text[review[1]:review[1] + 20]
    assert plan[0] <= review[0] < plan[1]
    # It is the structure's review part (paragraph topics), not a scorecard exemption.
    spans = review_and_plan_spans(doc)
    assert spans[0] is not None and (spans[0].start, spans[0].end) == review


def test_a_five_year_plans_annual_rate_is_the_years_part_and_the_review_is_no_task(tmp_path):
    old = _digest(tmp_path, "national-1982-gov-work-report.txt", _SIX_FIVE_1982)
    texts = [r.target.text for r in ledger(old)]
    assert any(t.endswith("平均每年递增百分之四") for t in texts)
    assert any(t.endswith("平均每年递增百分之四点一") for t in texts)
    # The ledger year is the one the plan names (一九八三年…年度计划), so 1982's outturn answers nothing.
    assert all(r.target.year == 1983 for r in ledger(old))
    # Nothing of the review inside the plan part is a commitment.
    review = _parts(old.document)[0]
    assert not any(review[0] <= r.target.start < review[1] for r in ledger(old))


def test_a_year_part_needs_a_report_without_a_target_passage(tmp_path):
    text = ("政府工作报告\n\n一、2015年工作回顾\n\n经济保持增长。\n\n二、2016年主要目标\n\n"
            "今年发展的主要预期目标是：国内生产总值增长6.5%—7%。\n\n三、“十三五”时期主要目标任务\n\n"
            "“十三五”时期，全员劳动生产率平均每年递增百分之六。\n")
    digest = _digest(tmp_path, "national-2016-gov-work-report.txt", text)
    assert not any("百分之六" in r.target.text for r in ledger(digest))


def test_name_clause_and_bare_clause():
    text = "社会商品零售总额，一九八一年比一九八○年增长百分之九点八，一九八二年预计比一九八一年增长百分之八点九。"
    at = text.find("百分之八点九")
    assert name_clause(text, at) == "社会商品零售总额"
    assert bare_clause("一九八二年预计比一九八一年增长") and not bare_clause("城镇新增就业")
    # A list of subjects with a verdict names nothing (就业、物价总体平稳，…失业率平均为5.1%).
    text = "就业、物价总体平稳，城镇调查失业率平均为5.1%。"
    assert name_clause(text, text.find("5.1")) == ""
    # A leading time clause is skipped (到一九八五年，城乡居民…的消费水平，将比…).
    text = "到一九八五年，城乡居民按人口平均的消费水平，将比一九八○年增长百分之二十二。"
    assert name_clause(text, text.find("百分之二十二")) == "城乡居民按人口平均的消费水平"


def test_year_named_skips_bases_and_multi_year_cues():
    multi = ("两年", "平均每年")
    text = "社会商品零售总额，一九八二年预计比一九八一年增长百分之八点九，两年平均每年递增百分之九点四。"
    assert year_named(text, 0, text.find("百分之八点九"), 1982, multi)       # 比一九八一年 is a base
    assert not year_named(text, 0, text.find("百分之九点四"), 1982, multi)   # after 两年平均每年
    assert not year_named(text, 0, text.find("百分之八点九"), 1981, multi)
