"""track's review and plan parts are the structure's, with the tracker's fallbacks."""

from __future__ import annotations

import huazhongdian as hzd
from huazhongdian.across.track import part_spans, review_sentences
from huazhongdian.load import read_text
from huazhongdian.structure import review_and_plan_spans


def test_parts_are_the_structure_spans(fixtures):
    for name in ("national-2024-gov-work-report.txt", "neimenggu-hulunbuir-hailar-district-2019-gov-work-report.txt"):
        doc = hzd.read(fixtures / "across" / name)
        review, plan = review_and_plan_spans(doc)
        assert part_spans(doc) == ((review.start, review.end), (plan.start, len(doc.text))), name


def test_plan_part_opens_with_the_first_plan_heading_after_the_review():
    # 2017-style: 二、总体部署 already plans (it holds the 预期目标), before 三、重点工作任务.
    doc = read_text("一、2016年工作回顾\n过去一年，经济增长6.7%。\n二、2017年工作总体部署\n"
                    "今年发展的主要预期目标是：经济增长6.5%左右。\n三、2017年重点工作任务\n今年要推进改革。\n")
    (r0, r1), (p0, p1) = part_spans(doc)
    assert doc.text[r0:r1].startswith("一、2016年工作回顾") and doc.text[r1:].startswith("二、2017年工作总体部署")
    assert p0 == r1 and p1 == len(doc.text)
    assert [s.text for s in review_sentences(doc)] == ["过去一年，经济增长6.7%。"]


def test_without_headings_the_review_is_the_first_half():
    doc = read_text("各位代表：\n过去一年，我们做了很多工作。\n今年要继续努力，办好民生实事。\n")
    half = len(doc.text) // 2
    assert part_spans(doc) == ((0, half), (half, len(doc.text)))
