"""The coming plan period's goals ("“十五五”时期目标任务", view key plan-term) list only goals an editor
prints — a figure, a dated or words-quantified goal, a named project being built — on a short made-up
report whose plan-term sentences are excerpts of development reports (tests/fixtures/render/
plan-term-goals-2026.txt); framing stays behind 另有 N 条 (render/term_goals.py, [term_goals] data)."""

from __future__ import annotations

from dataclasses import replace

import pytest

import huazhongdian as hzd
from huazhongdian.render import render_digest, view as view_module
from huazhongdian.render.term_goals import term_goal_test, term_goals_cues
from huazhongdian.render.view import build_view

FRAMING = ("深度融入高质量共建“一带一路”", "首创性差别化改革", "重点从八个方面实现突破",
           "为二○三五年基本实现社会主义现代化打下坚实基础", "稳居全国第一方阵", "发挥更大作用")


@pytest.fixture(scope="module")
def d(fixtures):
    return hzd.digest(hzd.read(fixtures / "render" / "plan-term-goals-2026.txt"), lens="general")


def _term(view):
    return next(g for g in view.groups if g.key == "plan-term")


def test_only_goals_are_listed(d):
    term = _term(build_view(d))
    shown = [b.text for t in term.themes for b in t.top]
    assert any("年均增长10%以上" in b for b in shown)
    assert any("区域创新能力保持全国前十" in b for b in shown)
    assert "打造平陆运河经济带" in shown
    assert any("全覆盖" in b for b in shown)
    for framing in FRAMING:
        assert not any(framing in b for b in shown), framing
    # …and framing is folded, not dropped: it is still among the theme's bullets.
    every = [b.text for t in term.themes for b in t.bullets]
    assert any("一带一路" in b for b in every)


def test_a_theme_without_a_goal_folds(d):
    for t in _term(build_view(d)).themes:
        if not any(b.factual for b in t.bullets):
            assert t.top == () and t.more, t.theme
    md = render_digest(d, "md")
    part = md[md.index("## “十五五”时期目标任务"):md.index("## 主要预期目标")]
    assert "一带一路" not in part and "条未列出" in part


def test_the_goal_test_on_spans(d):
    goal = term_goal_test(d)
    text = d.document.text

    def on(s: str) -> bool:
        i = text.index(s)
        return goal(i, i + len(s))

    assert on("全社会研发经费投入年均增长10%以上")
    assert on("打造平陆运河经济带")
    assert on("和美乡村实现省域基本全覆盖")
    assert not on("深度融入高质量共建“一带一路”")
    assert not on("重点从八个方面实现突破")
    assert not on("为二○三五年基本实现社会主义现代化打下坚实基础")
    assert not on("全面推进城乡要素双向流动、资源高效配置")


def test_the_switch_off_keeps_the_general_fact_test(d, monkeypatch):
    monkeypatch.setattr(view_module, "term_goals_cues", lambda: replace(term_goals_cues(), on=False))
    shown = [b.text for t in _term(build_view(d)).themes for b in t.top]
    # The general test takes an entity or a first for a fact: some framing is listed again.
    assert any(any(f in b for f in FRAMING) for b in shown)


def test_others_shows_one_bullet_of_a_goal_less_theme(d, monkeypatch):
    monkeypatch.setattr(view_module, "term_goals_cues", lambda: replace(term_goals_cues(), others=1))
    for t in _term(build_view(d)).themes:
        if not any(b.factual for b in t.bullets):
            assert len(t.top) == 1, t.theme
