"""Indicators of the 1950s reports: traditional characters read through the matching text, and
the figures those years write (递增, 上升为, 万千瓦, 担, 公尺, 亿…多万)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from huazhongdian.extract.indicators import extract_indicators, indicators_in_text
from huazhongdian.load import read, read_text
from huazhongdian.script import fold, matching_text
from huazhongdian.types import Indicator

D = Decimal
OLDNUM = Path(__file__).resolve().parents[1] / "fixtures" / "oldnum"


def _doc(name: str):
    path = OLDNUM / name
    return read_text(path.read_text(encoding="utf-8"), source=str(path))


def _by_text(indicators: list[Indicator]) -> dict[str, Indicator]:
    return {i.text: i for i in indicators}


def test_a_traditional_passage_is_read_and_cut_from_its_own_characters() -> None:
    doc = _doc("national-1954-finance.txt")
    assert matching_text(doc) is not doc.text  # the fixture is long enough to count as traditional
    found = extract_indicators(doc)
    for ind in found:
        assert doc.text[ind.start : ind.end] == ind.text
        assert doc.text[ind.sentence_start : ind.sentence_end] == ind.sentence
    moves = _by_text(found)
    fall = moves["從百分之二十九點六降低到百分之十三點四"]
    assert (fall.value, fall.from_value, fall.unit, fall.direction, fall.kind) == (D("13.4"), D("29.6"), "%", "down",
                                                                                    "change")
    assert fall.metric == "農民所繳納的稅款所佔的比重"  # the report's characters, not 农民所缴纳…
    rise = moves["從一九五〇年的百分之二十五點五增加到一九五四年預算的百分之四十五點四"]
    assert (rise.value, rise.from_value, rise.direction) == (D("45.4"), D("25.5"), "up")


def test_traditional_figures_take_simplified_units_and_their_neighbours_metric() -> None:
    found = _by_text(extract_indicators(_doc("national-1954-finance.txt")))
    coal = found["八千一百九十九萬噸"]
    assert (coal.value, coal.unit, coal.base_value, coal.base_unit, coal.metric) == (D(8199), "万吨", D(81990000),
                                                                                    "吨", "原煤")
    power = found["一百零八億度"]
    assert (power.value, power.unit, power.metric) == (D(108), "亿度", "電力")
    # 等於一九四九年的二點五倍: the base year is not the subject; the figure before it is
    multiples = [i for i in extract_indicators(_doc("national-1954-finance.txt")) if i.kind == "multiple"]
    assert [(i.text, i.value, i.metric) for i in multiples[1:3]] == [("二點五倍", D("2.5"), "電力"),
                                                                    ("二點六倍", D("2.6"), "原煤")]


def test_traditional_and_folded_text_give_the_same_figures() -> None:
    text = (OLDNUM / "national-1954-finance.txt").read_text(encoding="utf-8")
    trad = indicators_in_text(text)
    simp = indicators_in_text(fold(text))
    assert len(trad) == len(simp) == 20
    for a, b in zip(trad, simp):
        assert (a.start, a.end, a.value, a.unit, a.base_value, a.kind, a.direction) == (
            b.start, b.end, b.value, b.unit, b.base_value, b.kind, b.direction)
        assert fold(a.text) == b.text and fold(a.metric) == b.metric
        assert a.text == text[a.start : a.end]


def test_a_simplified_document_is_scanned_as_is() -> None:
    doc = _doc("national-2018-tourism.txt")
    assert matching_text(doc) is doc.text
    ind, = extract_indicators(doc)
    assert (ind.text, ind.metric) == ("由8300万增加到1亿3千多万", "出境旅游人次")


@pytest.mark.parametrize(("sentence", "text", "value", "unit", "base_value", "qualifier"), [
    # the magnitude after 多 counts the whole numeral: 1亿3千多万 is 13000 万, not 100003000 万
    ("出境旅游人次由8300万增加到1亿3千多万。", "由8300万增加到1亿3千多万", "13000", "万", "130000000", "more_than"),
    ("损失二十五亿七千多万元", "二十五亿七千多万元", "257000", "万元", "2570000000", "more_than"),
    ("三十万多亿元", "三十万多亿元", "300000", "亿元", "30000000000000", "more_than"),
])
def test_a_numeral_before_duo_is_counted_in_the_magnitude_after_it(sentence: str, text: str, value: str, unit: str,
                                                                   base_value: str, qualifier: str) -> None:
    ind, = indicators_in_text(sentence)
    assert (ind.text, ind.value, ind.unit, ind.base_value, ind.qualifier) == (text, D(value), unit, D(base_value),
                                                                            qualifier)


def test_the_1955_plan_figures() -> None:
    found = _by_text(extract_indicators(_doc("national-1955-plan.txt")))
    power = found["四百零六万千瓦"]  # 千瓦 is the unit, not the numeral's 千
    assert (power.value, power.unit, power.base_value, power.base_unit) == (D(406), "万千瓦", D(4060000), "千瓦")
    rate = found["递增百分之十四点七"]
    assert (rate.value, rate.kind, rate.direction) == (D("14.7"), "change", "up")
    area = found["一亿五千万平方公尺"]
    assert (area.value, area.unit, area.base_value, area.base_unit) == (D(150000000), "平方公尺", D(150000000), "平方米")
    assert not any("五年" in t for t in found)  # 从四年制改为五年制 renames; it moves no figure


def test_wei_ends_a_from_to_move() -> None:
    ind, = indicators_in_text("私营工业的产值所占的比重，则由一九四九年的百分之六十三点三下降为一九五二年的百分之三十九。")
    assert (ind.value, ind.from_value, ind.direction, ind.kind) == (D(39), D("63.3"), "down", "change")
    ind, = indicators_in_text("市属重点国企由51家整合为33家。")
    assert (ind.text, ind.from_value, ind.direction) == ("由51家整合为33家", D(51), "down")


@pytest.mark.parametrize(("sentence", "text", "unit", "base_value", "base_unit"), [
    ("棉花产量将要达到三千二百七十万担", "三千二百七十万担", "万担", "3270000000", "斤"),
    ("纱锭一百八十九万枚", "一百八十九万枚", "万枚", "1890000", "枚"),
    ("共可蓄水三十八亿立方公尺以上", "三十八亿立方公尺以上", "亿立方公尺", "3800000000", "立方米"),
])
def test_the_1950s_units(sentence: str, text: str, unit: str, base_value: str, base_unit: str) -> None:
    ind, = indicators_in_text(sentence)
    assert (ind.text, ind.unit, ind.base_value, ind.base_unit) == (text, unit, D(base_value), base_unit)


def test_the_1954_report_in_full(corpus: Path) -> None:
    doc = read(corpus / "national-series" / "1954.txt")
    found = extract_indicators(doc)
    assert all(doc.text[i.start : i.end] == i.text for i in found)
    first = next(i for i in found if i.value == D("36.9"))
    assert (first.text, first.unit, first.direction, first.kind) == ("遞增百分之三十六點九", "%", "up", "change")
    assert first.metric.endswith("工業總産值")  # 在恢復期間工業總産值: the time phrase stays, in the report's characters
    assert len(found) >= 160  # 83 before the matching text was scanned


def _figures(name: str) -> dict[str, Indicator]:
    doc = _doc(name)
    found = extract_indicators(doc)
    for ind in found:
        assert doc.text[ind.start : ind.end] == ind.text
    return _by_text(found)


def test_the_1998_figures_spaced_out_on_their_own() -> None:
    # Excerpts of the 1998 report as published: "预定增长1 0 ％", "从4 0 个减少到2 9 个", "8 ％".
    found = _figures("national-1998-spaced-digits.txt")
    gdp, prices = found["8%"], found["控制在3%以内"]
    assert (gdp.value, gdp.unit, gdp.metric) == (D(8), "%", "经济增长速度")
    assert (prices.value, prices.qualifier, prices.metric) == (D(3), "at_most", "商品零售价格涨幅")
    invest = found["增长10%"]
    assert (invest.value, invest.unit, invest.direction) == (D(10), "%", "up")
    cut = found["从40个减少到29个"]
    assert (cut.value, cut.from_value, cut.unit, cut.direction) == (D(29), D(40), "个", "down")
    assert found["17个"].value == D(17)
    # The line spaced digit by digit throughout still reads as before.
    assert found["增长8.8%"].value == D("8.8") and found["0.8%"].value == D("0.8")


def test_the_1999_middle_dot_decimal_point() -> None:
    found = _figures("national-1999-middle-dot.txt")
    assert [(t, found[t].value) for t in ("增长19.5%", "增长14.1%", "增长4.3%", "增长5.8%")] == [
        ("增长19.5%", D("19.5")), ("增长14.1%", D("14.1")), ("增长4.3%", D("4.3")), ("增长5.8%", D("5.8"))]
    assert not any(i.value == D(5) for i in found.values())  # not the "5%" after a dot read as text


def test_a_planned_figure_drops_yuding_from_its_metric() -> None:
    # 预定 (planned), like 预计 and 力争, is no part of the metric's name.
    found = _figures("national-1998-spaced-digits.txt")
    assert found["增长10%"].metric == "全社会固定资产投资"
