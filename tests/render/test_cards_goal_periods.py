"""Card rules of wt-cards7: century-dated goals, a goal's modal lead, a figure that opens a list item."""

from __future__ import annotations

import re
from types import SimpleNamespace as NS

from huazhongdian.render import cards as C
from huazhongdian.render.selection import cues


def _digest(text: str, year: int):
    return NS(document=NS(text=text, meta=NS(year=year)))


def _ind(text: str, figure: str, kind: str = "level"):
    start = text.index(figure)
    return NS(sentence_start=0, start=start, end=start + len(figure), sentence=text, text=figure, kind=kind)


def test_century_goal_year_from_the_reports_year():
    t = "到本世纪末，必须力争把我国人口控制在十二亿以内。"
    assert C.century_goal_year(_digest(t, 1982), _ind(t, "控制在十二亿以内")) == 2000
    t2 = "展望下世纪，我们的目标是，第一个十年实现国民生产总值比二零零零年翻一番。"
    assert C.century_goal_year(_digest(t2, 1997), _ind(t2, "翻一番")) == 2010
    t3 = "到本世纪中叶，全面建成社会主义现代化强国，人均收入翻两番。"
    assert C.century_goal_year(_digest(t3, 2017), _ind(t3, "翻两番")) == 2050
    # no phrase, or a year already past: no century goal
    assert C.century_goal_year(_digest("国内生产总值增长5%。", 2025), _ind("国内生产总值增长5%。", "增长5%")) is None
    assert C.century_goal_year(_digest(t, 2001), _ind(t, "控制在十二亿以内")) == 2100  # this century's end


def test_century_phrase_and_modal_lead_leave_the_label():
    assert C._CENTURY_PHRASE.sub("", "第一个十年实现国民生产总值") == "实现国民生产总值"
    lead = next(v for v in C._MODAL_LEADS if "必须力争把我国人口".startswith(v))
    assert "必须力争把我国人口"[len(lead):] == "我国人口"
    assert C._MODAL_LEADS == tuple(sorted(C._MODAL_LEADS, key=len, reverse=True))


def test_a_figure_opening_a_list_item_is_no_card_but_a_growth_is():
    t = "回到有十亿人口、九百六十万平方公里面积的祖国"
    assert C.list_item_figure(_ind(t, "九百六十万平方公里"))
    assert not C._worthy(NS(**vars(_ind(t, "九百六十万平方公里")), unit="平方公里", value=9.6e6), "人口")
    g = "国内生产总值达到134.9万亿元、增长5%，增速居前列"
    assert not C.list_item_figure(_ind(g, "增长5%", kind="change"))
    assert not C.list_item_figure(_ind(g, "134.9万亿元"))


def test_a_future_verb_cut_before_its_figure_is_a_fragment():
    assert re.search(cues().fragment_label, "城乡人民的收入将成")
    assert not re.search(cues().fragment_label, "城乡居民收入")
