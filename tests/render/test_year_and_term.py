"""A year's report that also reviews its five years in a paragraph (Heilongjiang, Guangxi 2026 shape;
tests/fixtures/render/year-and-term-2026.txt, made up): a paragraph that opens on "2025年是“十四五”收官之年"
and goes on about the year is the year's (its headline results are 2025年 cards), and on the poster
the short five-year review gives room to the year's themes."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.render.poster import Limits, group_limits
from huazhongdian.render.view import build_view


@pytest.fixture(scope="module")
def view(fixtures):
    return build_view(hzd.digest(hzd.read(fixtures / "render" / "year-and-term-2026.txt"), lens="general"))


def test_the_years_headline_results_are_its_cards(view):
    results = [c for c in view.cards if not c.tag.endswith("目标")]
    assert results, [(c.number, c.label, c.tag) for c in view.cards]
    assert results[0].number + results[0].unit == "4.2%"
    assert all(c.tag == "2025年" for c in results[:3]), [(c.label, c.tag) for c in results]


def test_a_short_five_year_review_gives_its_poster_room_to_the_year(view):
    keys = [g.key for g in view.groups]
    assert keys.index("achievement") < keys.index("term")
    limits = Limits(3, 4, 2)
    year = group_limits(view, next(g for g in view.groups if g.key == "achievement"), limits)
    term = group_limits(view, next(g for g in view.groups if g.key == "term"), limits)
    assert term.themes == 2 and year.themes == 6 and year.bullets == limits.bullets + 1
    plan = group_limits(view, next(g for g in view.groups if g.key == "plan"), limits)
    assert plan == limits


def _facts(fixtures):
    from huazhongdian.render.selection import select_facts
    d = hzd.digest(hzd.read(fixtures / "render" / "year-and-term-2026.txt"), lens="general")
    return {d.document.text[f.start:f.end]: f for f in select_facts(d)}


def test_a_streak_keeps_the_subject_before_it(fixtures):
    # "连续16年位居全国首位" alone would say nothing of what leads.
    assert any(t.startswith("粮食总产再创历史新高") and "连续16年位居全国首位" in t for t in _facts(fixtures))


def test_a_harvest_streak_in_words_is_a_fact(fixtures):
    facts = _facts(fixtures)
    streak = next(f for t, f in facts.items() if "二十二连丰" in t)
    assert streak.factual


def test_a_total_investment_stays_with_its_projects(fixtures):
    # "总投资1万亿元以上" alone would not say what is invested in.
    assert any(t.startswith("建设产业项目3800个") and "总投资1万亿元以上" in t for t in _facts(fixtures))
