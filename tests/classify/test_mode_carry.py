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
