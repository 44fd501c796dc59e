"""Card periods and subjects of old national reports (wt-oldcards): the year a review figure's sentence or
paragraph gives it, a clause of the five years, a bare total's subject, a multi-year average's words."""

from __future__ import annotations

import re
from types import SimpleNamespace as NS

import pytest

import huazhongdian as hzd
from huazhongdian.render import card_years as Y
from huazhongdian.render import cards as C
from huazhongdian.render.card_years import clause_before
from huazhongdian.render.view import build_view


def _digest(text: str, review_year: int | None = None, indicators=()):
    paragraphs = [NS(start=0, end=len(text))]
    return NS(document=NS(text=text, paragraphs=paragraphs, meta=NS(review_year=review_year)),
              indicators=list(indicators))


def _ind(text: str, figure: str, *, sentence_start: int = 0, period=None, mode="achievement", metric=""):
    start = text.index(figure, sentence_start)
    stop = text.find("。", start)
    sentence = text[sentence_start:stop + 1 if stop >= 0 else len(text)]
    return NS(sentence_start=sentence_start, sentence=sentence, start=start, end=start + len(figure), text=figure,
              period=period, mode=mode, metric=metric)


def test_year_numerals_in_either_script():
    assert Y.year_value("1953") == 1953
    assert Y.year_value("一九五三") == 1953
    assert Y.year_value("一九八○") == 1980


def test_the_year_a_sentence_opens_on():
    t = "在一九五三年，社會商品零售總額已經增加到三百二十五萬億元，等於一九五〇年的一點八倍。"
    assert Y.sentence_year(_digest(t, 1953), _ind(t, "三百二十五萬億元")) == 1953
    # a base of comparison between the opening and the figure (等於一九五〇年的) leaves the year; another year does not
    assert Y.sentence_year(_digest(t, 1953), _ind(t, "一點八倍")) == 1953
    o = "在一九五三年，鋼産量增加，一九五二年煤産量達到六千萬噸。"
    assert Y.sentence_year(_digest(o, 1953), _ind(o, "六千萬噸")) is None
    # a year after the year under review, a span of years, "以来", a plan figure: none
    assert Y.sentence_year(_digest(t, 1952), _ind(t, "三百二十五萬億元")) is None
    s = "2021年以来，全省地区生产总值年均增长5.5%。"
    assert Y.sentence_year(_digest(s, 2025), _ind(s, "增长5.5%")) is None
    r = "1978、1979两年共增产粮食4，900多万吨。"
    assert Y.sentence_year(_digest(r, 1979), _ind(r, "4，900多万吨")) is None
    assert Y.sentence_year(_digest(t, 1953), _ind(t, "三百二十五萬億元", mode="target")) is None


def test_a_base_year_after_the_figure_yields_to_the_paragraphs_year():
    t = "1979年农业总产值比1978年增长8.6%。粮食产量33，212万吨，这是在1978年粮食丰收的基础上实现的。"
    second = t.index("粮食产量")
    ind = _ind(t, "33，212万吨", sentence_start=second, period=1978)
    assert Y.paragraph_year(_digest(t, 1980), ind) == 1979
    # the figure's year named before it in its sentence is its own
    u = "1979年农业总产值比1978年增长8.6%。1978年粮食产量30，477万吨，这是在1978年实现的。"
    ind2 = _ind(u, "30，477万吨", sentence_start=u.index("1978年粮食"), period=1978)
    assert Y.paragraph_year(_digest(u, 1980), ind2) is None


def test_clauses_of_the_five_years_and_of_the_year():
    t = "外汇储备有一定增加。五年共利用外资609亿美元，一九八五年增加三百六十二亿元，全年总收入达到一千八百二十九亿元。"
    d = _digest(t, 1985)
    assert clause_before(d, _ind(t, "609亿美元", sentence_start=10)) == "五年共利用外资"
    assert Y.multi_year_clause(d, _ind(t, "609亿美元", sentence_start=10))
    assert not Y.multi_year_clause(d, _ind(t, "一千八百二十九亿元", sentence_start=10))
    assert Y.year_clause(d, _ind(t, "一千八百二十九亿元", sentence_start=10))
    assert not Y.year_clause(d, _ind(t, "一千八百二十九亿元", sentence_start=10, mode="plan"))


def test_a_bare_total_takes_the_subject_before_it():
    t = "一九八三年国内财政收入增加一百二十七亿元，一九八五年增加三百六十二亿元，全年总收入达到一千八百二十九亿元。"
    inds = [_ind(t, "一百二十七亿元", metric="国内财政收入"), _ind(t, "三百六十二亿元", metric="一九八"),
            _ind(t, "一千八百二十九亿元", metric="总收入")]
    d = _digest(t, 1985, inds)
    assert C._bare_total("总收入") and not C._bare_total("财政总收入")
    assert C._total_subject(d, 2, "总收入") == "国内财政收入"
    # no subject of that noun before it: the total keeps its own words
    assert C._total_subject(_digest(t, 1985, [inds[1], inds[2]]), 1, "总收入") == "总收入"


def test_period_leads_and_average_words_are_data():
    assert C._PERIOD_LEADS == tuple(sorted(C._PERIOD_LEADS, key=len, reverse=True))
    assert "五年共" in C._PERIOD_LEADS and "平均每年" in C._AVERAGE_WORDS


_YEAR_TAG = re.compile(r"^[0-9]{4}年$")


@pytest.mark.parametrize("name", ["national-series/1986.txt", "national-series/1993.txt",
                                  "national-series/1954.txt"])
def test_old_reports_cards_keep_their_periods(corpus, name):
    d = hzd.digest(hzd.read(corpus / name))
    cards = build_view(d).cards
    assert cards
    review = d.document.meta.review_year
    for c in cards:
        ind = d.indicators[c.indicator]
        before = clause_before(d, ind)
        # a clause of the five years, or an average, is never one year's card
        if ind.mode == "achievement" and (Y.multi_year_clause(d, ind) or any(w in before for w in C._AVERAGE_WORDS)):
            assert not _YEAR_TAG.match(c.tag), (c.label, c.tag)
        # the label says no period the tag says, and names more than a bare total
        assert not c.label.startswith(C._PERIOD_LEADS), c.label
        assert not C._bare_total(c.label), c.label
        # a year tag is never after the year under review
        if _YEAR_TAG.match(c.tag) and review:
            assert int(c.tag[:4]) <= review, (c.label, c.tag)


def test_old_plan_period_names():
    from huazhongdian.render.periods import _TERM_NAME
    names = lambda t: [a or b for a, b in _TERM_NAME.findall(t)]  # noqa: E731
    assert names("一、“六五”计划执行情况的回顾") == ["六五"]
    assert names("“十四五”时期工作回顾") == ["十四五"]
    assert names("一九六五年的工业总产值") == []   # 六五 of a year is no period


def test_a_clause_of_only_the_years_and_a_span_comparison_are_multi_year():
    t = "五年间，进出口总额增长1倍，1992年达到1656亿美元。"
    d = _digest(t, 1992)
    assert Y.multi_year_clause(d, NS(**vars(_ind(t, "增长1倍")), kind="change"))
    assert not Y.multi_year_clause(d, NS(**vars(_ind(t, "1656亿美元")), kind="level"))
    s = "1992年同1987年相比，城镇居民人均生活费收入增加910元，达到1826元；农村居民人均纯收入增加321元，达到784元。"
    second = s.index("农村")
    e = _digest(s, 1992)
    assert Y.multi_year_clause(e, NS(**vars(_ind(s, "增加321元", sentence_start=second)), kind="change"))
    assert not Y.multi_year_clause(e, NS(**vars(_ind(s, "784元", sentence_start=second)), kind="level"))
    # a comparison with the year before is the year's own change
    y = "1992年同1991年相比，农村居民人均纯收入增加50元。"
    assert not Y.multi_year_clause(_digest(y, 1992), NS(**vars(_ind(y, "增加50元")), kind="change"))


def test_the_opening_year_reaches_past_a_semicolon():
    t = "1979年油料产量644万吨，比上年增加122万吨；肉类产量1，062万吨，比上年增加206万吨。"
    ind = _ind(t, "1，062万吨", sentence_start=t.index("肉类"))
    assert Y.sentence_year(_digest(t, 1980), ind) == 1979


def test_a_forecast_says_so():
    t = "拿幾項最重要的工業産品的一九五四年預計産量來同一九四九年産量比較一下：電力一百零八億度，等於一九四九年的二點五倍。"
    assert Y.forecast(_digest(t, 1953), _ind(t, "一百零八億度"))
    p = "今年要安排電力一百零八億度。"
    assert not Y.forecast(_digest(p, 1953), _ind(p, "一百零八億度"))
