"""The classify layout takes its numbered headings from the structure's heading tree."""

from __future__ import annotations

from huazhongdian.classify.mode import layout
from huazhongdian.load import read, read_text


def test_numbered_layout_headings_are_structure_sections(sample_path):
    doc = read(sample_path)
    lay = layout(doc)
    section_starts = {s.start for s in doc.sections}
    numbered = [h for h in lay.headings if h.text[:1] in "一二三四五六七八九十（第"]
    assert numbered and all(h.start in section_starts for h in numbered)
    first = lay.headings[0]
    assert (first.text, first.level, first.part) == ("一、2024年工作回顾", 1, "review")
    assert doc.text[first.start:first.end] == first.text
    l2 = next(h for h in lay.headings if h.level == 2)
    # A （一） heading is cut at its first sentence, as the structure cuts it.
    assert l2.text.endswith("。") and doc.text[l2.start:l2.end] == l2.text


def test_table_of_contents_lines_are_not_layout_headings(fixtures):
    doc = read(fixtures / "structure" / "plan-15th-outline-head.txt")
    lay = layout(doc)
    toc_end = doc.text.index("第一篇", doc.text.index("第三篇"))  # the body's 第一篇, after the contents
    assert [h.text for h in lay.headings if h.start < toc_end] == []
    body = [h.text for h in lay.headings[:2]]
    assert body[0].startswith("第一篇") and body[1].startswith("第一章")


def test_unnumbered_part_headings_remain_classify_cues():
    # No 一、 at all: the parts come from classify's own cue words ("回顾", "重点工作").
    doc = read_text("2024年工作回顾\n过去一年，地区生产总值增长5%。\n2025年重点工作\n今年要新建学校3所。\n")
    lay = layout(doc)
    assert [(h.text, h.part) for h in lay.headings] == [("2024年工作回顾", "review"), ("2025年重点工作", "plan")]
    assert lay.part_at(doc.text.index("过去一年")) == "review"
    assert lay.part_at(doc.text.index("今年要")) == "plan"


def test_five_year_targets_heading_between_review_and_plan_opens_the_plan():
    # Gansu 2026: "“十五五”时期的主要目标任务" stands unnumbered between the review and
    # 2026年重点工作; the five-year targets under it are plan, not review.
    doc = read_text("“十四五”时期工作回顾\n五年来，全省地区生产总值达到13697.5亿元。\n"
                    "“十五五”时期的主要目标任务\n力争外贸进出口总值翻一番，全社会研发经费投入年均增长9.5%。\n"
                    "2026年重点工作\n今年要新建学校3所。\n")
    lay = layout(doc)
    assert [(h.text, h.part) for h in lay.headings] == [
        ("“十四五”时期工作回顾", "review"), ("“十五五”时期的主要目标任务", "plan"), ("2026年重点工作", "plan")]
    assert lay.part_at(doc.text.index("五年来")) == "review"
    assert lay.part_at(doc.text.index("力争外贸")) == "plan"
