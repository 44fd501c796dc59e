"""The target passage has one definition (derive.target_passages), computed once per Document,
and both the targets extractor and the mode classifier read it.

The fixture excerpts are cut from real reports (named beside each) to pin the boundary: where
the passage goes on past a 。 with more targets, and where the paragraph turns to explaining them.
"""

from __future__ import annotations

from huazhongdian.classify.mode import classify_mode, layout
from huazhongdian.derive import derived, target_passages
from huazhongdian.extract.targets import extract_targets, find_target_passages
from huazhongdian.load import read_text


def _passages(text: str) -> list[str]:
    return [text[s.start:s.end] for s in target_passages(text)]


def _doc(body: str):
    return read_text("一、2025年工作回顾\n经济增长5%。\n二、2026年工作任务\n" + body + "\n")


# Hailar 2019: one target a sentence, all in one paragraph.
HAILAR = ("经济社会发展的主要预期目标是：地区生产总值增长3.5%左右。固定资产投资扭转下滑态势，实现正增长。"
          "城乡常住居民人均可支配收入分别增长7%和8%左右。社会消费品零售总额增长6.5%左右。")
# National 2019: the paragraph goes on to explain the targets.
NATIONAL_2019 = ("今年经济社会发展的主要预期目标是：国内生产总值增长6%－6.5%；居民消费价格涨幅3%左右；"
                 "单位国内生产总值能耗下降3%左右，主要污染物排放量继续下降。上述主要预期目标，体现了推动"
                 "高质量发展要求，符合我国发展实际，是积极稳妥的。实现这些目标，需要付出艰苦努力。")
# Fujian 2026: explanation, then the turn to the work.
FUJIAN = ("今年经济社会发展的主要预期目标是：全省地区生产总值增长5%左右；居民消费价格涨幅2%左右。"
          "这些目标充分考虑了为全国发展大局作贡献，经过努力是完全可以实现的。具体抓好以下工作：")


def test_passage_goes_on_past_a_full_stop_with_more_targets():
    assert _passages(HAILAR) == [HAILAR]


def test_passage_ends_where_the_paragraph_starts_explaining_the_targets():
    assert _passages(NATIONAL_2019) == [NATIONAL_2019[:NATIONAL_2019.index("上述")]]
    assert _passages(FUJIAN) == [FUJIAN[:FUJIAN.index("这些目标")]]


def test_passage_goes_on_through_a_target_list_written_by_field():
    # A list ordered by field keeps every field's targets (why "方面，" is not a stop cue).
    text = ("今年经济社会发展主要预期目标是：经济方面，地区生产总值增长5%左右。"
            "民生方面，城镇新增就业50万人以上，居民收入增长与经济增长同步。")
    assert _passages(text) == [text]


def test_a_later_target_with_yixia_stays_but_the_turn_to_the_work_ends_it():
    text = ("今年主要预期目标是：地区生产总值增长5%左右。细颗粒物浓度控制在30微克/立方米以下。"
            "具体抓好以下工作：")
    assert _passages(text) == [text[:text.index("具体")]]


def test_passage_never_runs_past_its_paragraph():
    text = "今年发展主要预期目标是：国内生产总值增长5%左右。\n就业优先，城镇新增就业1200万人以上。"
    assert _passages(text) == ["今年发展主要预期目标是：国内生产总值增长5%左右。"]


def test_list_on_the_line_after_the_colon_is_in_the_passage():
    # 2010–2012 put the list on the next line.
    text = "今年经济社会发展的主要预期目标是：\n\n国内生产总值增长8%左右；居民消费价格涨幅3%左右。"
    assert _passages(text) == [text]


def test_five_year_goals_are_not_a_target_passage():
    # Hebei 2026: the 十五五 plan's goals, not this year's targets.
    text = "“十五五”时期经济社会发展的主要目标是：高质量发展取得显著成效，科技创新能力大幅提高。"
    assert _passages(text) == []


def test_a_stop_cue_in_the_anchor_sentence_itself_does_not_cut_it():
    # An anchor sentence that explains its own figure (1993: "…计划增长百分之八，是留有余地的。") stays whole.
    text = "今年国民生产总值计划增长百分之八，考虑了各方面条件。这个速度是就全国说的。"
    assert _passages(text) == ["今年国民生产总值计划增长百分之八，考虑了各方面条件。"]


def test_both_consumers_read_the_same_spans_computed_once():
    doc = _doc(HAILAR + "\n" + NATIONAL_2019)
    d = derived(doc)
    spans = [(s.start, s.end) for s in d.target_passages]
    assert len(spans) == 2
    # The targets extractor's passages are these spans ...
    assert find_target_passages(doc) == spans
    # ... and so are the classifier's target zones (no target heading here, so nothing else).
    assert list(layout(doc).target_zones) == spans
    assert layout(doc) is d.layout and derived(doc) is d
    # Every passage target the extractor finds lies in a passage.
    found = extract_targets(doc)
    assert found and all(any(a <= t.start and t.end <= b for a, b in spans) for t in found)


def test_classifier_reads_every_target_sentence_of_the_passage_as_a_target():
    doc = _doc(HAILAR)
    start = doc.text.index(HAILAR)
    inside = [s for s in doc.sentences if start <= s.start < start + len(HAILAR)]
    modes = {doc.text[s.start:s.end]: classify_mode(doc, s) for s in inside}
    assert modes["城乡常住居民人均可支配收入分别增长7%和8%左右。"] == "target"
    assert modes["社会消费品零售总额增长6.5%左右。"] == "target"


def test_classifier_does_not_read_the_explanation_after_the_passage_as_targets():
    # A figure in the explanation would make it a target inside the passage (a zone sentence
    # with a number is one); past the passage's end it reads as what it is.
    body = FUJIAN.replace("这些目标充分考虑了", "这些目标充分考虑了连续3年的发展基础和")
    doc = _doc(body)
    cut = doc.text.index("这些目标")
    after = next(s for s in doc.sentences if s.start == cut)
    assert not any(a <= cut < b for a, b in layout(doc).target_zones)
    assert classify_mode(doc, after) != "target"
