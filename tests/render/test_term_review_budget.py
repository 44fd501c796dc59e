"""wt-termrev (issue 12): a report whose review is its five years (a term-end report: national 2003 reviews only
1998–2002) budgets that review like a year's (periods.sole_term_review), and there a change over the period
(由…增加到…, 是1997年的…倍, 年均增长: periods.term_change_cue) ranks as its news."""

import re

import huazhongdian as hzd
import huazhongdian.render.selection as sel
import huazhongdian.render.view as view_mod
from huazhongdian.datafiles import load_toml
from huazhongdian.render.news_value import cues
from huazhongdian.render.periods import five_year_paragraphs, review_sizes, sole_term_review, term_change_cue
from huazhongdian.render.view import build_view

# Short excerpts in a term-end report's words (national 2003 and 2013), a part with five years and no year.
TERM_ONLY = """政府工作报告

一、过去五年的工作回顾

五年来，我国经济保持较快增长，国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元。全国财政收入从1997年的8651亿元增加到2002年的18914亿元。国家外汇储备从1399亿美元增加到2864亿美元。新开工建设36项重点工程，建成机场12个。五年全国水利建设投资3562亿元。铁路建成新线5944公里，电话用户达到4.21亿户。公路通车里程达到176万公里。新建港口泊位120个。

二、2003年的工作

今年经济增长预期目标为7%左右。
"""

YEAR_AND_TERM = """政府工作报告

一、2025年和“十四五”时期工作回顾

过去一年，地区生产总值增长5.5%，城镇新增就业60万人，粮食产量达到700亿斤，进出口总额增长6%，新建5G基站1万个，高速公路通车里程达到9000公里。

五年来，国家外汇储备从1399亿美元增加到2864亿美元，城镇新增就业累计300万人。

二、2026年工作安排

今年地区生产总值增长5%左右。
"""


def _digest(text):
    return hzd.digest(hzd.read_text(text))


def test_the_change_cue_reads_the_term_review_forms():
    cue = term_change_cue()
    for text in ("国家外汇储备从1399亿美元增加到2864亿美元", "国务院组成部门由40个减少到29个",
                 "2002年高等学校在校生1600万人，是1997年的2.3倍", "平均每年增长7.7%"):
        assert cue.search(text), text
    assert not cue.search("国内生产总值增长5%左右")
    assert not cue.search("由国务院统一部署")


def test_sole_term_review_is_the_five_years_without_a_years_review_of_weight():
    share = float(load_toml("news_value.toml")["view"]["sole_term_share"])
    assert 0.0 < share < 0.2
    assert sole_term_review(0, 100) and sole_term_review(int(share * 100), 100)
    assert not sole_term_review(int(share * 100) + 1, 100)
    assert not sole_term_review(0, 0)


def test_a_term_only_review_counts_as_sole_and_a_years_review_beside_it_does_not():
    d = _digest(TERM_ONLY)
    five = five_year_paragraphs(d)
    year, term = review_sizes(d.items, five)
    assert term > 0 and sole_term_review(year, term)
    d2 = _digest(YEAR_AND_TERM)
    assert not sole_term_review(*review_sizes(d2.items, five_year_paragraphs(d2)))


def test_a_change_over_the_period_gains_term_change_only_in_a_sole_term_review(monkeypatch):
    gain = cues().weights["term_change"]
    assert gain > 0
    quote = "国家外汇储备从1399亿美元增加到2864亿美元"

    def score(d):
        five = five_year_paragraphs(d)
        fact = next(f for f in sel._select(d, five) if quote in d.document.text[f.start:f.end])
        assert fact.five_year
        return fact.score

    for text, sole in ((TERM_ONLY, True), (YEAR_AND_TERM, False)):
        d = _digest(text)
        with_cue = score(d)
        with monkeypatch.context() as m:
            m.setattr(sel, "term_change_cue", lambda: re.compile("(?!)"))
            without = score(d)
        assert abs(with_cue - without - (gain if sole else 0.0)) < 1e-9, (sole, with_cue, without)


def test_a_sole_term_review_lists_more_than_background_would(monkeypatch):
    d = _digest(TERM_ONLY)
    on = build_view(d)
    term = next(g for g in on.groups if g.term and g.mode == "achievement")
    monkeypatch.setattr(view_mod, "sole_term_review", lambda year, term: False)
    off = next(g for g in build_view(d).groups if g.term and g.mode == "achievement")
    shown_on = sum(len(t.top) for t in term.themes)
    shown_off = sum(len(t.top) for t in off.themes)
    assert shown_on > shown_off
    for t_on, t_off in zip(term.themes, off.themes, strict=True):
        assert t_on.top[:len(t_off.top)] == t_off.top
