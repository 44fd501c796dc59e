"""Older reports: the 2002 layout (review without a heading above the numbered tasks)."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.classify.mode import classify_mode_at
from huazhongdian.structure import build_document, review_and_plan_spans


def test_2002_numbered_parts_are_the_plan_not_the_review(fixtures: Path) -> None:
    doc = hzd.read(fixtures / "older" / "national-2002-excerpt.txt")
    review, plan = review_and_plan_spans(doc)
    first = next(s for s in doc.sections if s.parent is None)
    assert first.text == "一、扩大和培育内需，促进经济较快增长"
    # Before: 一、 was taken as the review (a work report "opens with its review"), so its
    # tasks read as achievements. The lead-in above it says these are this year's tasks.
    assert review is None
    assert plan is not None and (plan.start, plan.end) == (first.start, len(doc.text))
    start = doc.text.index("要继续实施积极的财政政策和稳健的货币政策")
    assert classify_mode_at(doc, start, doc.text.index("。", start) + 1) == "plan"


def test_work_report_without_lead_in_still_opens_with_its_review(fixtures: Path) -> None:
    # The same excerpt without the lead-in line: nothing says what 一、 is, and a work report
    # whose headings carry no cue words opens with its review (福建 2026: 一、一年接着一年干…).
    text = (fixtures / "older" / "national-2002-excerpt.txt").read_text("utf-8")
    text = text.replace("按照这个总体要求，今年要着重做好以下八个方面工作。", "")
    doc = build_document(text, filename="2002.txt")
    review, plan = review_and_plan_spans(doc)
    top = [s for s in doc.sections if s.parent is None]
    assert review is not None and (review.start, review.end) == (top[0].start, top[0].body_end)
    assert plan is not None and plan.start == top[1].start


@pytest.mark.corpus
def test_2002_whole_report_spans(corpus: Path) -> None:
    doc = hzd.read(corpus / "national-series" / "2002.txt")
    review, plan = review_and_plan_spans(doc)
    top = [s for s in doc.sections if s.parent is None]
    assert len(top) == 8 and review is None
    assert plan is not None and (plan.start, plan.end) == (top[0].start, top[-1].body_end)


def test_traditional_title_keeps_the_reports_characters(fixtures: Path) -> None:
    # Metadata cues are matched in simplified form; the title is still cut from the text.
    doc = hzd.read(fixtures / "structure" / "congress-07-head.txt")
    assert doc.meta.title == "論聯合政府"
    assert doc.meta.meeting == "中国共产党第七次全国代表大会"
