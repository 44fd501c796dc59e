"""A meeting's ordinal is no figure, and a fragment that lost its subject joins the clause holding it
(issue 12 points 2–3, wt-ordinals; the lines are Hailar 2015/2016's, Anhui's, Shanxi's, Zhejiang's and
Chongqing's 2026, cut to a small report): "全面贯彻党的十八届三中……全会精神" is framing, not a fact with
**十八届** in bold; "产量稳定在13亿吨左右" is shown with the topic that says whose 产量 it is."""

from __future__ import annotations

import pytest

from huazhongdian.render import render_text
from huazhongdian.render.news_value import no_figures, ordinal_spans, patterns
from huazhongdian.render.view import build_view


@pytest.fixture(scope="module")
def digest(excerpt_digest):
    return excerpt_digest("ordinals")


@pytest.fixture(scope="module")
def facts(digest, by_text):
    return by_text(digest)


def test_the_ordinal_patterns_cover_plenaries_sessions_and_editions():
    text = "党的十八届三中、四中、五中全会，区委十四届九次全委会，市委三届二次全委（扩大）会议，第十四届人民代表大会第五次会议"
    got = [text[s:e] for s, e in ordinal_spans(text)]
    assert got == ["十八届三中、四中、五中全会", "十四届九次全委", "三届二次全委", "第十四届"]
    # a count of editions is a figure ("连续举办十一届的……", "成功举办两届……", "连续12届获……")
    for count in ("连续举办十一届的中俄蒙经贸洽谈", "成功举办两届科技交流大会", "连续12届获中国戏剧梅花奖"):
        assert not patterns().meeting_ordinal.search(count), count


def test_a_meetings_ordinal_is_no_figure(digest):
    none = {digest.indicators[i].text for i in no_figures(digest)}
    ordinals = {i.text for i in digest.indicators if "届" in i.text or i.text.endswith("次")}
    assert ordinals, "the extractor reads the ordinals as figures: the rule has something to do"
    assert {t for t in ordinals if "十一届" not in t} <= none
    kept = [i.text for k, i in enumerate(digest.indicators) if k not in no_figures(digest)]
    assert "十一届" in kept and "302亿元" in kept
    # the sets' counts stay bold (sets=False): only the ordinals leave the bold spans
    assert no_figures(digest, sets=False) <= no_figures(digest)


def test_framing_lines_naming_meetings_are_no_facts(facts):
    for text, fact in facts.items():
        if "全会" in text or "全委会" in text:
            assert not fact.factual, text
    assert not any(t.startswith("全面贯彻党的十八") for t in facts)   # a political line: no bullet at all
    assert "按照区委十四届九次全委会的安排部署" not in facts


def test_no_ordinal_is_bold_or_a_card(digest):
    md = render_text(digest, "md")
    for ordinal in ("十八届", "十四届", "九次", "三届", "十六届", "第十"):
        assert f"**{ordinal}" not in md, ordinal
    assert "**302亿元**" in md
    view = build_view(digest)
    ordinals = no_figures(digest, sets=False)
    assert ordinals and not any(c.indicator in ordinals for c in view.cards)
    assert not any(c.unit in ("届", "次") for c in view.cards), [(c.number, c.unit, c.label) for c in view.cards]


def test_a_bare_metric_joins_its_subject(facts):
    # "总数", "规模" (not 规模以上) have no noun before them: the clause before holds their subject
    assert "新增境内上市公司62家，总数186家、从全国第9位升至第7位" in facts
    assert "全省生产总值年均增长5.9%，规模稳居全国第4位" in facts
    assert "规模以上工业增加值增长7.5%" in facts
    assert "实施省属国企战略性布局、专业化整合，营业收入较“十三五”末期翻一番、利润翻三番" in facts
    assert not any(t.startswith(("总数", "规模稳居", "营业收入")) for t in facts)


def test_a_sentences_topic_holds_its_bare_metrics_subject(facts):
    assert "煤炭智能绿色安全开采方面，抓好产能接续，产量稳定在13亿吨左右" in facts
    assert not any(t.startswith("产量") for t in facts)


def test_a_result_or_a_locative_opening_joins_the_clause_before(facts):
    assert "新央企中国长安汽车集团落户重庆，获得国家首批L3级自动驾驶车型准入许可" in facts
    assert "深入开展融合应用专项行动，在科研、工业、农业、消费等领域应用落地3000个以上" in facts
    assert not any(t.startswith(("获得", "在科研")) for t in facts)
    # 获得感 is a noun, no predicate
    assert not patterns().result_predicate.match("获得感持续增强")
