"""The economy's size is a poster card beside its growth (wt-cards8): stated as the new level of a move (从2020年的3.68万亿元增长到
2025年的4.93万亿元: the year's), the exact level of a five-year review rather than a milestone passed on the way
(突破2万亿元; its period stays the five years'), never the old level of a
move nor a threshold of something else (经济总量超500亿元的县域); with the lead metric's own name as its subject."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.poster import layout_poster
from huazhongdian.render.poster_cards import economy_size
from huazhongdian.render.poster_paint import Run
from huazhongdian.render.view import Card, build_view
from huazhongdian.render.view_cards import names_economy, size_in_six

HEAD = "2026年政府工作报告\n\n一、2025年和“十四五”工作回顾\n\n"
YEAR = ("2025年，全省地区生产总值增长5.3%，一般公共预算收入增长2%，规上工业增加值增长7.9%，固定资产投资增长6.1%，"
        "社会消费品零售总额增长5.6%，进出口总额增长9%。城镇新增就业45万人，粮食产量760亿斤，居民人均可支配收入36439元。\n\n")
TARGETS = ("二、2026年主要目标\n\n今年主要预期目标是：地区生产总值增长5%以上；城镇新增就业45万人以上；"
           "居民消费价格涨幅2%左右；城镇调查失业率5.5%左右。\n")


def _poster_size(text: str) -> list[Card]:
    d = hzd.digest(read_text(HEAD + text + TARGETS, source="report.txt"))
    return [c for c in build_view(d, poster=True).poster_cards if economy_size(c)]


def _poster_results(text: str) -> list[Card]:
    d = hzd.digest(read_text(HEAD + text + TARGETS, source="report.txt"))
    return list(build_view(d, poster=True).poster_cards)


def test_a_five_year_review_size_is_its_exact_level_with_its_period():
    five = "“十四五”时期，全省地区生产总值突破2万亿元，达到23562亿元，年均增长5.5%。\n\n"
    sizes = [c for c in _poster_results(YEAR + five) if c.unit.endswith("元") and "生产总值" in c.label]
    assert [(c.number + c.unit, c.tag) for c in sizes] == [("23562亿元", "“十四五”时期")]
    assert sizes[0].label == "全省地区生产总值"


def test_the_new_level_of_a_move_is_the_size_and_the_old_level_is_not():
    five = "五年来，全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元、实现万亿级跃升。\n\n"
    sizes = _poster_size(YEAR + five)
    assert [c.number + c.unit for c in sizes] == ["4.93万亿元"]
    assert all(c.tag == "2025年" for c in sizes)


def test_a_threshold_of_something_else_is_no_size():
    five = "五年来，经济总量超500亿元的县域增至12个。\n\n"
    assert _poster_size(YEAR + five) == []


def test_a_size_in_words_names_the_economy():
    assert names_economy("经济总量") and names_economy("全区经济总量") and names_economy("国内生产总值")
    assert not names_economy("武汉都市圈经济总量") and not names_economy("海洋生产总值")


def _card(label: str, number: str, unit: str, tag: str, i: int) -> Card:
    return Card(prefix="", number=number, unit=unit, label=label, tag=tag, anchor=0, indicator=i, score=0.0)


def test_the_size_takes_the_years_last_result_place_after_the_growth():
    six = (_card("地区生产总值增长", "5", "%左右", "2026年目标", 0), _card("城镇新增就业", "45", "万人", "2026年目标", 1),
           _card("地区生产总值增长", "5.3", "%", "2025年", 2), _card("规上工业增加值增长", "7.9", "%", "2025年", 3),
           _card("固定资产投资增长", "6.1", "%", "2025年", 4), _card("社会消费品零售总额增长", "5.6", "%", "2025年", 5))
    size = _card("地区生产总值", "6.1", "万亿元", "2025年", 9)
    out = size_in_six(six, (size,), economy_size)
    assert len(out) == 6 and out[3] is size and six[5] not in out and out[:3] == six[:3]
    assert size_in_six(six, (), economy_size) == six                      # nothing to add
    assert size_in_six(out, (size,), economy_size) == out                 # a size shown already
    targets_only = six[:2] + tuple(_card(f"目标{i}", "1", "%", "2026年目标", 10 + i) for i in range(4))
    assert size_in_six(targets_only, (size,), economy_size) == targets_only   # no result of its year to give way


def test_hebei_2026_poster_prints_its_size(corpus):
    d = hzd.digest(hzd.read(corpus / "hebei-2026-gov-work-report.txt"))
    sizes = [c for c in build_view(d, poster=True).poster_cards if economy_size(c)]
    assert sizes and sizes[0].number + sizes[0].unit == "4.93万亿元" and sizes[0].tag == "2025年"
    drawn = [op.text for op in layout_poster(d).ops if isinstance(op, Run)]
    assert "4.93" in drawn and sizes[0].label in drawn


@pytest.mark.parametrize("name, figure", [("national-2026-gov-work-report.txt", "140.19"),
                                          ("national-series/2004.txt", "11.67")])
def test_the_poster_draws_the_size_card(corpus, name, figure):
    d = hzd.digest(hzd.read(corpus / name))
    drawn = [op.text for op in layout_poster(d).ops if isinstance(op, Run)]
    assert figure in drawn


@pytest.mark.parametrize("verb", ["上涨", "回落", "减少"])
def test_a_card_label_keeps_the_reports_own_verb(verb):
    from huazhongdian.render.cards import card_label
    text = YEAR.replace("进出口总额增长9%", f"居民消费价格{verb}0.8%")
    d = hzd.digest(read_text(HEAD + text + TARGETS, source="report.txt"))
    i = next(i for i, ind in enumerate(d.indicators) if "0.8%" in ind.text)
    assert card_label(d, i)[0] == f"居民消费价格{verb}"
