"""A part that both reviews five years and sets the next five ("二、“十四五”时期发展成就和“十五五”时期主要
目标任务", the Guangxi 2026 shape; tests/fixtures/render/review-and-plan-part-2026.txt, made up): its
"过去五年，…" paragraph is the review, so its five-year results are achievements; a trade total after its
growth ("外贸进出口增长8.4%，总额突破8000亿元") stays one bullet; a 首颗 satellite is a first."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.render.selection import select_facts


@pytest.fixture(scope="module")
def d(fixtures):
    return hzd.digest(hzd.read(fixtures / "render" / "review-and-plan-part-2026.txt"), lens="general")


def _item(d, needle):
    at = d.document.text.index(needle)
    return next((it for it in d.items if it.start <= at < it.end), None)


def test_a_lookback_paragraph_in_a_mixed_part_is_the_review(d):
    assert _item(d, "年均增长4.8%").mode == "achievement"
    assert _item(d, "突破1万公里").mode == "achievement"
    goal = _item(d, "年均增长5%左右")   # the next five years' goal, in a paragraph that does not look back
    assert goal is None or goal.mode != "achievement"


def _bullets(d):
    return [d.document.text[f.start:f.end] for f in select_facts(d)]


def test_a_total_after_its_growth_keeps_its_subject(d):
    assert any(b.startswith("外贸进出口增长8.4%") and "总额突破8000亿元" in b for b in _bullets(d)), _bullets(d)


def test_a_first_satellite_is_a_first(d):
    facts = {d.document.text[f.start:f.end]: f for f in select_facts(d)}
    sat = next(f for t, f in facts.items() if "首颗" in t)
    assert sat.factual


def test_a_satellite_is_science(d):
    from huazhongdian.render.view import build_view
    view = build_view(d)
    themes = {b.text: t.theme for g in view.groups for t in g.themes for b in t.bullets}
    assert themes[next(t for t in themes if "卫星" in t)] == "科技创新", themes
