"""Card periods of old national reports, second round (wt-oldcards2): a span of years a paragraph opens on, a move's
new level in a "1986年同1978年相比" sentence, a paragraph of the past year's results read as plans, a target restated
in the report's reasons for it, and a move's years written in Chinese numerals."""

from __future__ import annotations

import re
from types import SimpleNamespace as NS

from huazhongdian.render import card_years as Y
from huazhongdian.render import cards as C


def _digest(text: str, review_year: int | None = None, indicators=()):
    return NS(document=NS(text=text, paragraphs=[NS(start=0, end=len(text))], meta=NS(review_year=review_year, year=review_year)),
              indicators=list(indicators))


def _ind(text: str, figure: str, *, mode="achievement", kind="level", metric="", after: str = ""):
    start = text.index(figure, text.index(after) if after else 0)
    sentence_start = max(text.rfind("。", 0, start) + 1, 0)
    stop = text.find("。", start)
    return NS(sentence_start=sentence_start, sentence=text[sentence_start:stop + 1], start=start,
              end=start + len(figure), text=figure, mode=mode, kind=kind, metric=metric, period=None)


_SPAN = ("从1979至1981年，国家共计减少财政收入五百二十亿元。这三年城镇共安排两千多万人就业，国家增加财政开支共四百零五亿元。"
         "这两部分共计减收增支九百二十五亿元。")


def test_a_span_the_paragraph_opens_on_holds_for_its_later_sentences():
    d = _digest(_SPAN, 1981)
    for figure in ("五百二十亿元", "四百零五亿元", "九百二十五亿元"):
        assert Y.span_years(d, _ind(_SPAN, figure)) == 3
    # a plan figure, or a later sentence of one year, is not the span's
    assert Y.span_years(d, _ind(_SPAN, "九百二十五亿元", mode="plan")) == 0
    one = _SPAN + "1981年粮食产量三亿二千万吨。"
    assert Y.span_years(_digest(one, 1981), _ind(one, "三亿二千万吨")) == 0
    this_year = _SPAN + "今年财政赤字降低到二十七亿元。"
    assert Y.span_years(_digest(this_year, 1981), _ind(this_year, "二十七亿元")) == 0
    # "这两年", "這三年" in either script; a five-year span is the review's own tag, not this one
    assert Y.span_years(_digest("這兩年共增産糧食四千萬噸。"), _ind("這兩年共增産糧食四千萬噸。", "四千萬噸")) == 2
    five = "从1978至1982年，全国共安排三千八百万人就业。"
    assert Y.span_years(_digest(five, 1982), _ind(five, "三千八百万人")) == 0


def test_a_moves_new_level_in_a_span_comparison_is_the_spans():
    t = "1986年同1978年相比，国民生产总值由3480亿元增加到9380亿元；预算外资金由的347亿元增加到1670亿元。"
    d = _digest(t, 1986)
    assert Y.span_change_years(d, _ind(t, "增加到1670亿元")) == 8
    assert Y.span_change_years(d, _ind(t, "由3480亿元增加到9380亿元", kind="change")) == 8
    # a level that is no move's ("达到1670亿元"), or a sentence of one year, is no span's
    assert Y.span_change_years(d, _ind(t.replace("增加到1670", "达到1670"), "达到1670亿元")) == 0
    u = "1986年国民生产总值由3480亿元增加到9380亿元。"
    assert Y.span_change_years(_digest(u, 1986), _ind(u, "由3480亿元增加到9380亿元", kind="change")) == 0


def test_a_past_year_paragraph_read_as_plans_gives_the_years_results():
    t = "在经济领域，过去一年里取得的最重要的成绩，就是把经济过热现象初步调整过来。全国社会总产值达到18774亿元，比上年增长9.1%。"
    d = _digest(t, 1986)
    assert Y.past_year_plan(d, _ind(t, "18774亿元", mode="plan"))
    assert not Y.past_year_plan(d, _ind(t, "18774亿元"))   # (an achievement is one already)
    plan = t.replace("全国社会总产值达到", "今年全国社会总产值要达到")
    assert not Y.past_year_plan(_digest(plan, 1986), _ind(plan, "18774亿元", mode="plan"))
    other = "今年经济工作的任务很重。全国社会总产值达到18774亿元，比上年增长9.1%。"
    assert not Y.past_year_plan(_digest(other, 1986), _ind(other, "18774亿元", mode="plan"))


def test_a_restated_target_is_the_targets():
    t = "居民消费价格涨幅3%左右；国际收支状况改善。提出居民消费价格涨幅3%左右，综合考虑了去年价格变动的翘尾因素。"
    target = _ind(t, "3%左右", mode="target", kind="change", metric="居民消费价格涨幅")
    restated = _ind(t, "3%左右", kind="change", metric="提出居民消费价格涨幅", after="提出")
    d = _digest(t, 2009, [target, restated])
    assert C._restated_target(d, restated) is target
    assert C._restated_target(d, target) is None
    # another figure, or a metric that opens on no such word, restates nothing
    assert C._restated_target(d, NS(**{**vars(restated), "text": "4%左右"})) is None
    assert C._restated_target(d, NS(**{**vars(restated), "metric": "居民消费价格涨幅"})) is None


def test_a_moves_years_in_chinese_numerals():
    text = "由一九七八年的三百五十五亿元增加到一九八二年的七百七十二亿元"
    assert C._own_year(NS(text=text, metric="进出口贸易总额"), "") == "1982"
    # the card shows the new level without its year (it was "一九八二年的七百七十二亿元")
    assert C.split_figure(text) == ("", "七百七十二亿元", "")
    assert C.split_figure("由1978年的355亿元增加到1982年的772亿元") == ("", "772", "亿元")


def test_fragments_of_old_reports_are_no_card_labels():
    frag = re.compile(C.cues().fragment_label)
    for label in ("比原来设想", "油料大增产的基础上", "有的成"):
        assert frag.search(label), label
    # names that only look like one: 比重, a finished 建成 / 完成
    for label in ("工业制成品占出口总值的比重", "高速铁路建成", "全年任务完成", "社会商品零售总额"):
        assert not frag.search(label), label


def test_a_may_reach_verb_leaves_the_label():
    t = "全国各城镇职工住宅的竣工面积可达到八千万平方米。"
    ind = _ind(t, "八千万平方米", metric="全国各城镇职工住宅的竣工面积可")
    assert C._label(_digest(t, 1981, [ind]), 0) == "全国各城镇职工住宅的竣工面积"
    # a 可 that is no "may reach" stays ("许可" of a count)
    u = "发放经营许可12万件。"
    other = _ind(u, "12万件", metric="发放经营许可")
    assert C._label(_digest(u, 1981, [other]), 0).endswith("许可")
