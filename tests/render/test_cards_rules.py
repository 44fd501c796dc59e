"""The 数说 card rules of issue 12 item 5, on a small hand-written report (tests/fixtures/render/cards/):
a figure that belongs to several subjects (…分别, …均) is no card; a small count written in words is
no card, one in digits may be; a 年均 figure keeps 年均 in its label and a multi-year period; a
leading verb (提出, 实现) is no part of a label; a fragment (博罗成为生产总值, 十亿人民) is no subject."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.cards import card_label, shared_figure, small_count_in_words
from huazhongdian.render.view import build_view

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "cards" / "report.txt"


@pytest.fixture(scope="module")
def digest():
    return hzd.digest(read_text(FIXTURE.read_text("utf-8"), source="report.txt"))


@pytest.fixture(scope="module")
def cards(digest):
    return [(c.prefix + c.number + c.unit, c.label, c.tag) for c in build_view(digest, cards=12).cards]


def _index(digest, before: str) -> int:
    """The indicator right after ``before`` in the text."""
    text = digest.document.text
    at = text.index(before) + len(before)
    return next(i for i, ind in enumerate(digest.indicators) if ind.start <= at < ind.end or ind.start == at)


def test_a_figure_of_a_fenbie_list_is_no_card(digest, cards):
    i = _index(digest, "人均可支配收入分别")
    assert shared_figure(digest.indicators[i])
    assert not card_label(digest, i)[1]
    assert not any(c[0] in ("4.3%", "5.5%") and "城镇和农村" in c[1] for c in cards)


def test_a_figure_after_jun_is_no_card_but_nianjun_is(digest, cards):
    i = _index(digest, "蔬菜产量均")
    assert shared_figure(digest.indicators[i]) and not card_label(digest, i)[1]
    assert not any(c[0] == "8%" for c in cards)
    j = _index(digest, "居民人均可支配收入年均")
    assert not shared_figure(digest.indicators[j])


def test_a_small_count_in_words_is_no_card_in_digits_it_may_be(digest, cards):
    words = _index(digest, "全年建成")
    digits = _index(digest, "新增")
    assert small_count_in_words(digest.indicators[words]) and not card_label(digest, words)[1]
    assert not small_count_in_words(digest.indicators[digits]) and card_label(digest, digits)[1]
    assert not any("两" in c[0] for c in cards)
    assert ("3个", "省级实验室", "2025年") in cards


def test_an_average_keeps_nianjun_and_its_period(cards):
    averages = [c for c in cards if c[0] in ("5.4%", "5.5%") and "可支配收入" in c[1] or "年均" in c[1]]
    assert averages, cards
    for figure, label, tag in averages:
        assert "年均" in label, (figure, label)
        assert tag in ("“十四五”时期", "“十五五”时期"), (figure, label, tag)
    assert not any("年均" in c[1] and c[2].endswith("年") for c in cards)


def test_a_leading_verb_is_stripped(digest, cards):
    i = _index(digest, "提出全社会研发经费投入年均")
    label, worthy = card_label(digest, i)
    assert worthy and not label.startswith("提出") and label.startswith("全社会研发经费投入")
    assert not any(c[1].startswith(("提出", "实现", "完成", "达到")) for c in cards)


def test_a_fragment_is_no_subject(digest, cards):
    i = _index(digest, "博罗成为生产总值")
    assert not card_label(digest, i)[1]
    assert not any("成为" in c[1] for c in cards)
    # a bare 总量 takes the subject of the figure before it
    assert not any(c[1] in ("总量", "规模") for c in cards)


def test_a_numeral_phrase_is_no_subject():
    d = hzd.digest(read_text("一、2025年工作回顾\n十亿人民生活水平提高，共有14亿人参加基本医疗保险。\n", source="t.txt"))
    assert not any(c.label.startswith("十亿") for c in build_view(d, cards=12).cards)
    labels = [card_label(d, i) for i in range(len(d.indicators))]
    assert not any(worthy and label.startswith(("十亿", "两", "三")) for label, worthy in labels)


def test_the_fragment_cues_tell_a_numeral_phrase_from_a_name():
    import re

    from huazhongdian.render.news_value import cues
    pattern = cues().fragment_label
    assert re.search(pattern, "十亿人民") and re.search(pattern, "总量") and re.search(pattern, "规模")
    assert not re.search(pattern, "一般公共预算收入") and not re.search(pattern, "国内生产总值总量")
