"""Fact-sized bullets, news value, lede and cards on an excerpt of the 2026 national report
(tests/fixtures/render/national-2026-excerpt.txt: its review opening and its 总体要求 and targets)."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.render.cards import split_figure
from huazhongdian.render.selection import cue_kind, is_never, select_facts
from huazhongdian.render.view import build_view


@pytest.fixture(scope="module")
def d(fixtures):
    return hzd.digest(hzd.read(fixtures / "render" / "national-2026-excerpt.txt"), lens="general")


def _bullets(d):
    text = d.document.text
    return [text[f.start:f.end] for f in select_facts(d)]


def test_a_bullet_is_the_fact_with_its_subject(d):
    bullets = _bullets(d)
    # The continuation clause stays with its subject; the framing clause before it goes.
    assert "国内生产总值增长5%，总量达到140.19万亿元" in bullets
    assert "城镇新增就业1267万人" in bullets and "城镇调查失业率平均为5.2%" in bullets
    # "惠及1400万儿童" has no subject of its own: it takes the clause before.
    assert "实施学前一年免费教育政策、惠及1400万儿童" in bullets


def test_a_sentence_of_several_facts_is_several_bullets(d):
    bullets = _bullets(d)
    for fact in ("天问二号开启“追星”之旅", "首艘国产电磁弹射型航母福建舰正式入列"):
        assert fact in bullets


def test_framing_and_leads_are_never_bullets(d):
    bullets = _bullets(d)
    assert not any(b.startswith(("一年来", "2025年是很不平凡的一年", "做好政府工作", "今年是")) for b in bullets)
    assert not any("坚强领导下" in b for b in bullets)
    assert is_never("一年来，我国经济顶压前行") and cue_kind("六是加快美丽中国建设") == "heading"
    assert cue_kind("存在的困难和问题") == "problem" and cue_kind("城镇新增就业1267万人") == ""


def test_headline_facts_lead_their_theme(d):
    view = build_view(d)
    review = next(g for g in view.groups if g.mode == "achievement")
    economy = next(t for t in review.themes if t.theme == "经济运行")
    assert economy.top[0].text == "国内生产总值增长5%，总量达到140.19万亿元"
    plan = next(g for g in view.groups if g.mode == "plan")
    firsts = [t.top[0].text for t in plan.themes]
    assert "经济增长4.5%—5%" in firsts


def test_the_lede_is_the_core_of_the_general_requirements(d):
    view = build_view(d)
    assert view.lede[0].text.endswith("实现“十五五”良好开局")
    assert len(view.lede[0].text) <= 80


def test_cards_lead_with_targets_then_last_years_results(d):
    cards = build_view(d).cards
    assert [(c.number + c.unit, c.label, c.tag) for c in cards[:2]] == [
        ("4.5%—5%", "国内生产总值增长", "2026年目标"), ("2%左右", "居民消费价格涨幅", "2026年目标")]
    results = [(c.prefix + c.number + c.unit, c.label) for c in cards if c.tag == "2025年"]
    assert ("5%", "国内生产总值增长") in results


def test_figures_keep_the_reports_words():
    assert split_figure("超过1600万辆") == ("超过", "1600", "万辆")
    assert split_figure("翻一番") == ("", "翻一番", "")
    assert split_figure("10.4亿人") == ("", "10.4", "亿人")
    assert split_figure("第9名") == ("第", "9", "名")
    assert split_figure("从五十四万亿元增长到一百一十四万亿元") == ("", "一百一十四万亿元", "")


FRAMED = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "framed-results"


def _view_bullets(name: str) -> list[str]:
    from huazhongdian.render.json import digest_to_dict

    return [b["text"] for b in digest_to_dict(hzd.digest(hzd.read(FRAMED / name)))["view"]["bullets"]]


def test_results_paragraph_opening_with_difficulties_keeps_its_figures() -> None:
    # Inner Mongolia 2026: "刚刚过去的2025年，面对……等困难挑战，我们坚决落实……" opens the results
    # paragraph; the difficulties are overcome, not stated, so the paragraph is achievements.
    bullets = _view_bullets("neimenggu-2026-review.txt")
    assert "地区生产总值增长4.7%、低于全国0.3个百分点" in bullets
    assert "规上工业增加值增长6.7%、高于全国0.8个百分点" in bullets
    # Neither the framing opener nor the run-in heading 一是保持经济平稳运行。 is a bullet.
    assert not any("刚刚过去" in b or "统筹做好" in b or b == "保持经济平稳运行" for b in bullets)


def test_a_framing_sentence_with_figures_loses_only_its_framing() -> None:
    # Liaoning 2026: one 261-character sentence, "一年来，全省上下牢记嘱托……在省委领导下……地区生产总值
    # 增长3.7%……", carries the year's headline results.
    bullets = _view_bullets("liaoning-2026-review.txt")
    assert {"地区生产总值增长3.7%", "一般公共预算收入增长0.4%", "城镇新增就业48万人"} <= set(bullets)
    assert not any("一年来" in b or "牢记嘱托" in b for b in bullets)
