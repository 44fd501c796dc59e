"""wt-carry-rank2 (issue 12): a fact near its part's opening counts as stronger for the text outputs' shown count
(``view.opening_strong`` × its nearness to the opening of its mode's part); the poster keeps its own limits."""

from dataclasses import replace

import pytest

import huazhongdian as hzd
import huazhongdian.render.theme_counts as counts_mod
import huazhongdian.render.view as view_mod
from huazhongdian.render.news_value import cues
from huazhongdian.render.selection import five_year_paragraphs, select_facts
from huazhongdian.render.part_openings import part_key, part_openings
from huazhongdian.render.view import build_view


@pytest.fixture(scope="module")
def digest(corpus):
    # national 1983 (oldcheck, development)
    return hzd.digest(hzd.read(corpus / "national-series" / "1983.txt"))


def _view_without_opening(digest, monkeypatch):
    off = replace(cues(), opening_strong=0.0)
    monkeypatch.setattr(view_mod, "cues", lambda: off)
    monkeypatch.setattr(counts_mod, "cues", lambda: off)  # (the count rules live there)
    return build_view(digest)


def test_opening_strong_is_on():
    assert cues().opening_strong > 0


def test_nearness_falls_from_one_at_the_opening_within_each_part(digest):
    facts = select_facts(digest, five_year_paragraphs(digest))
    near = part_openings(digest, facts)
    assert all(0.0 <= v <= 1.0 for v in near.values())
    by_part: dict[str, list[tuple[int, float]]] = {}
    for f in facts:
        by_part.setdefault(part_key(digest.items[f.item]), []).append((f.start, near[f.start]))
    assert len(by_part) >= 2
    for part in by_part.values():
        part.sort()
        values = [v for _, v in part]
        assert values == sorted(values, reverse=True)
        assert values[0] > 0.9 and values[-1] < 0.1


def test_the_poster_keeps_its_bullets_and_the_text_lists_more(digest, monkeypatch):
    on = build_view(digest)
    off = _view_without_opening(digest, monkeypatch)
    more = 0
    for g_on, g_off in zip(on.groups, off.groups, strict=True):
        for t_on, t_off in zip(g_on.themes, g_off.themes, strict=True):
            assert t_on.poster_top == t_off.poster_top, t_on.theme
            assert t_on.top[:len(t_off.top)] == t_off.top, t_on.theme
            assert len(t_on.top) <= cues().max_per_theme
            more += len(t_on.top) - len(t_off.top)
    assert more > 0, "national 1983 lists no more with the opening rule"
