"""The room a poster's step leaves under its height cap goes to more of the year's review (issue 12).

The step (poster.STEPS) is coarse: one bullet fewer a theme can free a theme's height. ``poster._filled``
gives that room back to the view's first group — the year's review, most of an editor's 划重点 — one
bullet at a time (``Limits.more``), one-line results with a figure first, down to ``FILL_TERMS`` keyword
bars giving way; never a bullet the view does not list, never past the cap.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.render import poster as P
from huazhongdian.render.poster_share import _share, _themes, bullet_fits, group_limits, poster_groups, short_figure
from huazhongdian.render.style import SPACE
from huazhongdian.render.view import build_view

ROOT = Path(__file__).resolve().parents[2]
REPORTS = (ROOT / "tests" / "fixtures" / "classify" / "guangdong-2026-gov-work-report.txt",
           ROOT / "examples" / "national-2025-gov-work-report.txt")


@pytest.fixture(scope="module", params=REPORTS, ids=lambda p: p.stem)
def digest(request):
    return hzd.digest(hzd.read(request.param))


def _drawn(view, group, limits):
    own = group_limits(view, group, limits)
    return [b for _, bs in _share(_themes(group, own.themes, view.edited), own, view.edited,
                                  bullet_fits(view, group, own)) for b in bs]


def test_fill_stays_under_the_cap_and_stops_where_one_more_would_not(digest):
    view = build_view(digest)
    step, lay = P._fitting(view, digest.lens, list(P.STEPS))
    filled, flay = P._filled(view, digest.lens, step, lay, None)
    assert flay.height <= SPACE.poster_max_height
    assert filled.more >= 0 and filled.terms >= P.FILL_TERMS
    over = P._layout(view, digest.lens, replace(filled, more=filled.more + 1))
    assert over.height > SPACE.poster_max_height or over.ops == flay.ops


def test_more_goes_to_the_first_group_only_and_to_bullets_the_view_lists(digest):
    view = build_view(digest)
    step = P._fitting(view, digest.lens, list(P.STEPS))[0]
    groups = poster_groups(view)
    for k in (1, 3):
        more = replace(step, more=k)
        for group in groups[1:]:
            assert group_limits(view, group, more).more == 0
            assert _drawn(view, group, more) == _drawn(view, group, step)
        first, base = _drawn(view, groups[0], more), _drawn(view, groups[0], step)
        assert set(map(id, base)) <= set(map(id, first))
        listed = {id(b) for t in groups[0].listed for b in t.top}
        assert {id(b) for b in first} <= listed | {id(b) for t in groups[0].listed for b in t.ranked_top[:1]}
        assert len(first) <= len(base) + k


def test_the_room_left_goes_to_one_line_results_with_a_figure_first(digest):
    view = build_view(digest)
    step = P._fitting(view, digest.lens, list(P.STEPS))[0]
    group = poster_groups(view)[0]
    base = {id(b) for b in _drawn(view, group, step)}
    added = [b for b in _drawn(view, group, replace(step, more=1)) if id(b) not in base]
    if not added:
        pytest.skip("the theme's pool is spent")
    own = group_limits(view, group, step)
    fits = bullet_fits(view, group, own)
    cands = [b for t in _themes(group, own.themes) for b in t.top if fits(b) and id(b) not in base]
    # (a short result, when one is left, beats any two-line bullet however it scores)
    assert short_figure(added[0]) or not any(short_figure(b) for b in cands)


def test_poster_cards_are_the_cards_the_poster_draws(digest):
    from huazhongdian.render.poster_paint import Run
    view = build_view(digest)
    cards = P.poster_cards(digest)
    assert cards[:len(view.cards)] == view.cards or len(cards) == len(view.cards)
    assert len(cards) in (len(view.cards), P.POSTER_CARDS)
    text = "".join(op.text for op in P.layout_poster(digest).ops if isinstance(op, Run))
    at = 0
    for c in cards:   # (each card's figure and label, in the cards' order)
        at = text.find(c.number, at)
        assert at >= 0 and c.label[:4] in text[at:at + 200]


def test_more_themes_widen_the_first_group_only(digest):
    view = build_view(digest)
    step = P._fitting(view, digest.lens, list(P.STEPS))[0]
    wider = replace(step, more_themes=1)
    groups = poster_groups(view)
    assert group_limits(view, groups[0], wider).themes == group_limits(view, groups[0], step).themes + 1
    for group in groups[1:]:
        assert group_limits(view, group, wider).themes == group_limits(view, group, step).themes


def test_the_fill_measures_each_candidate_as_its_whole_layout_would(digest):
    """``poster._Parts`` (the fill's measure: the groups laid out alone, once a bullet and theme count) gives the
    height the whole poster's layout has, and tells two candidates apart exactly when their layouts differ."""
    view = build_view(digest)
    step = P._fitting(view, digest.lens, list(P.STEPS))[0]
    parts = P._Parts(view, digest.lens, None)
    candidates = [replace(step, terms=t, more=m, more_themes=mt)
                  for t in (step.terms, P.FILL_TERMS) for m in (0, 1, 4) for mt in (0, 1)]
    layouts = {c: P._layout(view, digest.lens, c) for c in candidates}
    for c, lay in layouts.items():
        assert parts.height(c) == lay.height
    for a in candidates:
        for b in candidates:
            if a.terms == b.terms:
                assert (parts.groups(a)[0] == parts.groups(b)[0]) == (layouts[a].ops == layouts[b].ops)
    assert len({id(parts.groups(c)[0]) for c in candidates}) == len({replace(c, terms=0) for c in candidates})
