"""The lookups other components call: section_path, sentence_at, paragraph_index_at, review/plan spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from huazhongdian.types import Span
from huazhongdian.structure import (
    build_document,
    paragraph_index_at,
    review_and_plan_spans,
    section_path,
    sentence_at,
)


def _doc(fixtures: Path, name: str):
    return build_document((fixtures / "structure" / name).read_text("utf-8"))


def test_section_path_outer_to_inner(sample_path):
    doc = build_document(sample_path.read_text("utf-8"))
    offset = doc.text.index("实施提振消费专项行动")
    assert [s.label for s in section_path(doc, offset)] == ["三、", "（一）"]
    assert section_path(doc, 0) == ()
    assert [s.label for s in section_path(doc, doc.text.index("过去一年，我国发展历程"))] == ["一、"]


def test_sentence_at_and_paragraph_index_at(fixtures):
    doc = _doc(fixtures, "national-2025-head.txt")
    offset = doc.text.index("国内生产总值达到134.9万亿元")
    sent = sentence_at(doc, offset)
    assert sent is not None and sent.start <= offset < sent.end
    assert "国内生产总值达到134.9万亿元" in sent.text
    para = paragraph_index_at(doc, offset)
    assert para == sent.paragraph
    # A line break lies between paragraphs and between sentences.
    newline = doc.text.index("\n", offset)
    assert paragraph_index_at(doc, newline) is None
    assert sentence_at(doc, newline) is None
    assert sentence_at(doc, len(doc.text) + 5) is None
    assert paragraph_index_at(doc, -1) is None


def test_lookups_agree_with_a_linear_scan(seed_path):
    doc = build_document(seed_path.read_text("utf-8"))
    for offset in range(0, len(doc.text), 7):
        linear = next((s for s in doc.sentences if s.start <= offset < s.end), None)
        assert sentence_at(doc, offset) == linear
        para = next((i for i, p in enumerate(doc.paragraphs) if p.start <= offset < p.end), None)
        assert paragraph_index_at(doc, offset) == para


@pytest.mark.parametrize(
    ("name", "review_head", "plan_head"),
    [
        ("national-2025-head.txt", "一、2024年工作回顾", "二、2025年经济社会发展总体要求和政策取向"),
        ("guangdong-2026-head.txt", "一、2025年和“十四五”时期工作回顾", None),
        ("hailar-2016-head.txt", "一、“十二五”时期和2015年工作回顾", None),
        ("cpc-20th-congress-head.txt", "一、过去五年的工作和新时代十年的伟大变革", None),
    ],
)
def test_review_and_plan_spans_start_at_their_headings(fixtures, name, review_head, plan_head):
    _check_review_and_plan(_doc(fixtures, name), review_head, plan_head)


def test_review_and_plan_spans_of_the_seed_article(seed_path):
    _check_review_and_plan(build_document(seed_path.read_text("utf-8")), "2024年:", "2025年:")


def _check_review_and_plan(doc, review_head: str, plan_head: str | None) -> None:
    review, plan = review_and_plan_spans(doc)
    assert review is not None and doc.text[review.start:].startswith(review_head)
    if plan_head is None:
        assert plan is None  # the excerpt stops inside the review part
    else:
        assert plan is not None and doc.text[plan.start:].startswith(plan_head)
        assert review.end <= plan.start
        assert plan.end == len(doc.text)


def test_review_and_plan_spans_of_whole_reports(corpus):
    cases = {
        "national-series/2025.txt": ("一、2024年工作回顾", "二、2025年经济社会发展总体要求和政策取向"),
        "guangdong-2026-gov-work-report.txt": ("一、2025年和“十四五”时期工作回顾", "二、“十五五”时期的主要目标和重点任务"),
        "neimenggu-hulunbuir-hailar-district-2016-gov-work-report.txt":
            ("一、“十二五”时期和2015年工作回顾", "二、“十三五”经济社会发展的主要目标和任务"),
        "national-2022-cpc-20th-congress-report.txt":
            ("一、过去五年的工作和新时代十年的伟大变革", "三、新时代新征程中国共产党的使命任务"),
    }
    for rel, (review_head, plan_head) in cases.items():
        doc = build_document((corpus / rel).read_text("utf-8"))
        review, plan = review_and_plan_spans(doc)
        assert doc.text[review.start:review.end].startswith(review_head), rel
        assert doc.text[plan.start:plan.end].startswith(plan_head), rel
        assert review.end <= plan.start and plan.end == len(doc.text), rel


def test_no_headings_no_spans():
    doc = build_document("各位代表：\n过去一年，我们做了很多工作。\n今年要继续努力。\n")
    assert review_and_plan_spans(doc) == (None, None)


def test_unnumbered_part_headings_sit_above_numbered_ones():
    # 内蒙古 2026: the two parts carry no number; its 一、二、 come inside the second.
    text = ("各位代表：\n现在，我代表自治区人民政府向大会报告工作。\n"
            "“十四五”时期发展成就和2025年工作回顾\n"
            "“十四五”时期内蒙古发展历程极不平凡。\n"
            "——这五年综合经济实力大幅提升。\n"
            "“十五五”时期主要目标和2026年重点工作\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
            "一、把铸牢中华民族共同体意识作为民族地区各项工作的主线\n"
            "深入开展民族团结进步创建。\n")
    doc = build_document(text)
    assert [(s.level, s.label, s.parent) for s in doc.sections] == [(1, "", None), (1, "", None), (2, "一、", 1)]
    review, plan = review_and_plan_spans(doc)
    assert doc.text[review.start:review.end].startswith("“十四五”时期发展成就")
    assert review.end == plan.start and plan.end == len(text)
    assert (doc.meta.review_year, doc.meta.plan_year) == (2025, 2026)


def test_work_report_headings_in_its_own_words_fall_back_to_review_then_plan():
    # 福建 2026: no cue words; a work report still opens with its review.
    text = ("各位代表：\n现在，我代表省人民政府，向大会报告政府工作。\n"
            "一、一年接着一年干，新福建建设持续取得新进展新成效\n过去一年，我们砥砺前行。\n"
            "二、一张蓝图绘到底，奋力谱写中国式现代化福建篇章\n今后五年，我们要奋勇争先。\n")
    doc = build_document(text)
    review, plan = review_and_plan_spans(doc)
    assert doc.text[review.start:].startswith("一、一年接着一年干")
    assert doc.text[plan.start:].startswith("二、一张蓝图绘到底")


def test_plan_outline_is_all_plan(fixtures):
    doc = _doc(fixtures, "plan-15th-outline-head.txt")
    assert review_and_plan_spans(doc) == (None, Span(0, len(doc.text)))


def test_mixed_heading_after_the_review_is_plan():
    # 北京 2026: 二、“十四五”时期发展成就和“十五五”时期主要目标 follows the review of 2025.
    text = ("一、2025年工作回顾\n过去一年很不平凡。\n"
            "二、“十四五”时期发展成就和“十五五”时期主要目标\n五年来成就显著。\n"
            "三、2026年重点任务\n今年要抓好以下工作。\n")
    doc = build_document(text)
    review, plan = review_and_plan_spans(doc)
    assert doc.text[review.start:review.end].startswith("一、2025年工作回顾")
    assert review.end == plan.start and doc.text[plan.start:].startswith("二、")
