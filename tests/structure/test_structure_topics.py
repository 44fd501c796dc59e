"""The review/plan split by paragraph topic where topic headings say neither (issue 13; 1957, 1982).

Inline fixtures written after national-series 1957 and 1982 (their shapes, shortened), plus two
corpus checks on those reports."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.structure import build_document, review_and_plan_spans
from huazhongdian.structure_topics import paragraph_topic, year_names

# 1957's shape: topic headings; 二、 tells 1956's results before the 1957 plan.
_TOPICS_1957 = """政府工作报告

一、关于社会主义革命

1956年，我国基本上完成了对农业、手工业和资本主义工商业的社会主义改造。

二、关于社会主义建设

我国的社会主义建设是同社会主义革命同时进行的。

现在我举出一些数字说明这个情况。

1956年全国完成了将近一百四十亿元的基本建设投资额，等于五年计划规定的投资总额的三分之一。

对于1956年的基本建设工作，我们应该进行具体的分析。

这次提交大会审议的1957年度的国家预算草案和发展国民经济计划草案的各种数字表明，1957年的基本建设投资将安排一百一十一亿元。

三、关于人民生活

解放以后，广大人民的生活得到了显著的改善。
"""

# 1982's shape (given in December, planning 1983): the 六五 plan first, its review under a line of its own.
_SIX_FIVE_1982 = """各位代表：

一、关于工农业生产的发展速度和经济效益

第六个五年计划规定，一九八五年工农业总产值达到八千七百一十亿元，平均每年递增百分之四。

二、关于基本建设的规模

国务院也提出了一九八三年国民经济和社会发展的年度计划草案，请一并审议。

六五计划前两年的执行情况

第六个五年计划已经执行了近两年。

工农业总产值的增长速度，一九八二年计划为百分之四，预计可以达到百分之六点四。

社会商品零售总额，一九八二年预计比一九八一年增长百分之八点九。

全面实现六五计划的主要措施

要切实管好用好计划安排的全部固定资产投资。
"""


_N57, _N82 = "national-1957-gov-work-report.txt", "national-1982-gov-work-report.txt"


def _spans(text: str, name: str):
    doc = build_document(text, filename=name)
    return doc, review_and_plan_spans(doc)


def test_year_names_cover_the_ways_old_reports_write_a_year():
    names = year_names(1980)
    assert {"1980年", "１９８０年", "一九八〇年", "一九八○年", "一九八零年"} <= set(names)


def test_a_paragraph_that_names_the_review_year_with_a_result_is_review():
    assert paragraph_topic("1956年全国完成了将近一百四十亿元的基本建设投资额。", 1956, 1957) == "review"
    # A leading time clause: the result word is in the clause after it.
    assert paragraph_topic("1956年，我国基本上完成了社会主义改造。", 1956, 1957) == "review"


def test_the_review_year_as_a_base_or_before_another_years_plan_is_no_review():
    assert paragraph_topic("1957年的产值将比1956年增长百分之四点五。", 1956, 1957) == "plan"
    assert paragraph_topic("产值比1956年增长了百分之四。", 1956, 1957) == ""
    # The result word belongs to another year's clause (一九八一年已经提高了…，一九八二年…将…).
    line = "一九八一年已经提高了部分职工的工资，一九八二年和以后的三年将陆续提高其余职工的工资。"
    assert paragraph_topic(line, 1982, 1983, late=True) == ""


def test_an_estimate_is_a_result_only_in_a_late_year_report():
    line = "社会商品零售总额，一九八二年预计比一九八一年增长百分之八点九。"
    assert paragraph_topic(line, 1982, 1983, late=True) == "review"
    assert paragraph_topic(line, 1982, 1983, late=False) == ""


def test_a_paragraph_is_what_most_of_its_sentences_state():
    line = "1956年完成了投资一百四十亿元。1957年计划投资一百一十一亿元。1957年要安排好物资。"
    assert paragraph_topic(line, 1956, 1957) == "plan"
    assert paragraph_topic("我们应该进行具体的分析。", 1956, 1957) == ""


def test_the_review_runs_on_into_the_next_topic_section_up_to_the_plan_paragraph():
    doc, (review, plan) = _spans(_TOPICS_1957, _N57)
    text = doc.text
    assert review is not None and plan is not None
    assert text[review.start:].startswith("一、关于社会主义革命")
    assert review.start <= text.index("将近一百四十亿元") < review.end
    # What lies between the results and the plan paragraph (a remark on 1956) still looks back.
    assert review.start <= text.index("对于1956年的基本建设工作") < review.end
    assert text[plan.start:].startswith("这次提交大会审议的1957年度")
    assert plan.end == len(text)  # to the end, as the headings' plan ran


def test_the_review_stops_after_too_many_paragraphs_that_state_neither():
    filler = "".join("这是一个说明的段落。\n\n" for _ in range(6))
    text = _TOPICS_1957.replace("现在我举出一些数字说明这个情况。\n\n", filler)
    doc, (review, plan) = _spans(text, _N57)
    top = [s for s in doc.sections if s.parent is None]
    # Nothing found close enough after 一、: the headings' default split stands.
    assert (review.start, review.end) == (top[0].start, top[0].body_end)
    assert plan.start == top[1].start


def test_a_review_under_its_own_line_inside_a_plan_report_is_the_review_part():
    doc, (review, plan) = _spans(_SIX_FIVE_1982, _N82)
    text = doc.text
    assert doc.meta.review_year == 1982 and doc.meta.plan_year == 1983
    assert text[review.start:].startswith("六五计划前两年的执行情况")
    assert text[review.end:].lstrip().startswith("全面实现六五计划的主要措施")
    # The plan opens the report and holds the review: the five-year plan is plan, not review.
    first = next(s for s in doc.sections if s.parent is None)
    assert plan.start == first.start < review.start < review.end < plan.end
    assert plan.start <= text.index("八千七百一十亿元") < review.start


def test_one_stray_review_paragraph_inside_a_plan_is_no_review():
    # Without its line, a single review paragraph is no review part (1955: one paragraph on 1954).
    text = _SIX_FIVE_1982.replace("六五计划前两年的执行情况\n\n第六个五年计划已经执行了近两年。\n\n", "")
    text = text.replace("社会商品零售总额，一九八二年预计比一九八一年增长百分之八点九。\n\n", "")
    doc, (review, plan) = _spans(text, _N82)
    top = [s for s in doc.sections if s.parent is None]
    assert (review.start, review.end) == (top[0].start, top[0].body_end)


def test_headings_that_say_review_and_plan_are_not_read_by_topic():
    text = _TOPICS_1957.replace("一、关于社会主义革命", "一、过去一年的工作回顾").replace(
        "二、关于社会主义建设", "二、今年的工作任务")
    doc, (review, plan) = _spans(text, _N57)
    top = [s for s in doc.sections if s.parent is None]
    assert (review.start, review.end) == (top[0].start, top[0].body_end)
    assert plan.start == top[1].start


@pytest.mark.corpus
def test_1957s_review_of_1956_is_its_review_part(corpus: Path) -> None:
    doc = hzd.read(corpus / "national-series" / "1957.txt")
    review, plan = review_and_plan_spans(doc)
    at = doc.text.index("将近一百四十亿元的基本建设投资额")
    assert review is not None and review.start <= at < review.end
    assert plan is not None and plan.start >= review.end
    assert "1957年" in doc.text[plan.start:plan.start + 200]


@pytest.mark.corpus
def test_1982s_inner_review_is_its_review_part(corpus: Path) -> None:
    doc = hzd.read(corpus / "national-series" / "1982.txt")
    review, plan = review_and_plan_spans(doc)
    assert review is not None and doc.text[review.start:].startswith("六五计划前两年的执行情况")
    assert doc.text[review.end:].lstrip().startswith("全面实现六五计划的主要措施")
    assert plan is not None and plan.start < review.start
