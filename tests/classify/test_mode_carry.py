"""Outside any part, a sentence without a cue of its own goes the way of the sentence before it (issue 12)."""

from __future__ import annotations

from huazhongdian.classify.mode import classify_mode
from huazhongdian.load import read_text


def test_a_sentence_with_a_figure_and_no_cue_takes_the_way_of_the_one_before() -> None:
    doc = read_text("过去一年，全国粮食产量增长百分之五，取得了很大成绩。国家财政收入由1121亿元增加到2220亿元。\n")
    modes = [classify_mode(doc, s) for s in doc.sentences]
    assert modes[0] == "achievement"
    assert modes[1] == modes[0]


def test_a_sentence_without_a_figure_does_not_carry() -> None:
    doc = read_text("过去一年，全国粮食产量增长百分之五，取得了很大成绩。这个道理大家都明白。\n")
    assert classify_mode(doc, doc.sentences[1]) == "other"


def test_the_way_does_not_cross_a_paragraph() -> None:
    doc = read_text("过去一年，全国粮食产量增长百分之五，取得了很大成绩。\n国家财政收入由1121亿元增加到2220亿元。\n")
    assert classify_mode(doc, doc.sentences[1]) == "other"



def test_an_unnumbered_chapter_the_structure_found_opens_its_part() -> None:
    # national 1983: "今后五年的主要任务" has no 一、 label, yet it ends the review.
    from huazhongdian.classify.mode import layout
    body = "我国经济取得了很大成绩，粮食增长百分之十六。" * 3
    doc = read_text(f"过去五年的回顾\n{body}\n今后五年的主要任务\n{body}\n")
    sec = [s for s in doc.sections if s.text == "今后五年的主要任务"]
    assert sec and not sec[0].label and sec[0].level == 1
    heads = layout(doc).headings
    assert [h.part for h in heads if h.start == sec[0].start] == ["plan"]
    assert len({h.start for h in heads}) == len(heads)    # no heading read twice
    assert classify_mode(doc, doc.sentences[-1]) == "plan"
    assert classify_mode(doc, doc.sentences[0]) == "achievement"
