"""Issue 12, no framing in a theme's first three: a political line or slogan without a figure or
first is no bullet, nor is a plan bullet without one that opens like a line (坚持…, 要…), and the lede neither comes from the 指导思想 or a purpose lead nor ends on the 总体要求's closing
slogan. Fixture sentences are exact excerpts of national 2024, Hunan, Hubei and Liaoning 2026 and
Hailar 2014 (tests/fixtures/render/framing/report-excerpt.txt) and of Zhejiang and Hubei 2026
(lede-excerpt.txt); the counts by hand are bench/data/framing_sample.json (bench/eval_framing.py)."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.render.news_value import patterns
from huazhongdian.render.lede import lede_spans
from huazhongdian.render.selection import select_facts


@pytest.fixture(scope="module")
def digest(excerpt_digest):
    return excerpt_digest("framing")


@pytest.fixture(scope="module")
def bullets(digest, by_text):
    return by_text(digest)


def test_a_political_line_without_a_figure_is_no_bullet(bullets):
    assert not any("习近平强军思想" in b or "依法接受人大" in b for b in bullets)
    assert "打造对外开放新高地" not in bullets      # 新高 in 高地 is no record
    # …while the measures of the same sentence stay
    assert any(b.startswith("赋予自贸试验区、海南自由贸易港等更多自主权") for b in bullets)


def test_a_line_with_a_figure_keeps_its_fact(bullets):
    assert any("6069平方米" in b for b in bullets)


def test_a_review_topic_sentence_is_no_bullet(bullets):
    assert not any(b.startswith("国家实验室体系建设") for b in bullets)


def test_a_plan_bullet_opening_like_a_line_is_no_bullet(bullets):
    p = patterns()
    assert p.line_opening.search("坚持有效市场和有为政府相结合")
    assert not p.line_opening.search("分类推进以县城为重要载体的城镇化建设")   # 要 in 重要 is no 要…
    assert not any(b.startswith("坚持有效市场") for b in bullets)
    assert any(b.startswith("强化创投资本支撑") for b in bullets)     # a measure of the same report stays


def test_the_lede_does_not_end_on_the_closing_slogan(digest):
    (s, e), = lede_spans(digest)
    lede = digest.document.text[s:e]
    assert lede.endswith("实现“十五五”良好开局")
    assert "篇章" not in lede and "勇于争先" not in lede


def test_the_lede_is_not_the_guiding_thought_nor_a_purpose_lead(fixtures):
    d = hzd.digest(hzd.read(fixtures / "render" / "framing" / "lede-excerpt.txt"), lens="general")
    text = d.document.text
    # Zhejiang's 指导思想 holds a 首要任务 too: no lede; Hubei's opens on its own words, after 实现上述目标，必须
    (s, e), = lede_spans(d)
    assert text[s:e].startswith("牢牢把握发展这个第一要务和高质量发展这个首要任务")


def test_the_tune_halfs_residual_lines_are_no_bullets(fixtures):
    """The framing left in the tune half's first threes (tune-residue-excerpt.txt: exact sentences of national 2024,
    Zhejiang, Hubei 2026, Hailar 2017) is no bullet; a measure holding a like word stays, and so do the figures."""
    d = hzd.digest(hzd.read(fixtures / "render" / "framing" / "tune-residue-excerpt.txt"), lens="general")
    text = d.document.text
    shown = [text[f.start:f.end] for f in select_facts(d)]
    for line in ("培育积极健康", "基础制度", "国家战略人才力量", "协同提升长三角", "三类需求", "建设步伐", "安全生产责任制",
                 "实干成就未来"):
        assert not any(line in b for b in shown), line
    # 28条配套规定 counts rules a line names: no figure of a fact
    assert not any("28条配套规定" in b for b in shown)
    # …while a measure that only shares a word with a line (培育向上向善的网络文化, after two measures) stays
    assert "深入推进网络生态治理，遏制打击网络乱象，培育向上向善的网络文化" in shown
    assert "全年新增城镇就业3200人" in shown


def test_a_figure_counting_rules_is_no_figure_but_a_count_of_cases_is(fixtures):
    p = patterns()
    from huazhongdian.render.news_value import cues
    assert "规定" in cues().count_nouns
    assert p.political.search("严格落实中央八项规定、自治区党委28条配套规定")
    d = hzd.digest(hzd.read(fixtures / "render" / "framing" / "report-excerpt.txt"), lens="general")
    text = d.document.text
    assert any("6069平方米" in text[f.start:f.end] for f in select_facts(d))
