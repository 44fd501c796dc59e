"""The poster's own 数说 cards (issue 12): the view's six, and three more headline results when they fit.

The extra cards are the year's (then the five years') headline results the view's cards leave out —
the economy's size beside its growth, 城镇新增就业, 居民收入, 粮食产量 — each a headline metric by its
label, never a share, a contribution rate or a change in percentage points; they are added only when
the poster of the step chosen without them still fits its cap, so they never cost a bullet; every
other output keeps the view's cards.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.render import poster as P
from huazhongdian.render.markdown import render_markdown
from huazhongdian.render.periods import five_year_paragraphs
from huazhongdian.render.poster import POSTER_CARDS, Run, layout_poster
from huazhongdian.render.poster_cards import card_label
from huazhongdian.render.selection import cues
from huazhongdian.render.spans import Anchors
from huazhongdian.render.style import PALETTE, SPACE, TYPE
from huazhongdian.render.view import build_view
from huazhongdian.render.view_cards import headline_label, headline_result_cards

ROOT = Path(__file__).resolve().parents[2]
GUANGDONG = ROOT / "tests" / "fixtures" / "classify" / "guangdong-2026-gov-work-report.txt"
NATIONAL = ROOT / "examples" / "national-2025-gov-work-report.txt"


@pytest.fixture(scope="module")
def guangdong():
    return hzd.digest(hzd.read(GUANGDONG))


@pytest.fixture(scope="module")
def national():
    return hzd.digest(hzd.read(NATIONAL))


def _cards_drawn(layout) -> int:
    # each card has one gold top strip 8 px high
    return sum(1 for op in layout.ops if getattr(op, "fill", None) == PALETTE.gold and getattr(op, "h", 0) == 8)


def test_headline_label_names_the_metric_itself():
    assert headline_label("城镇新增就业")
    assert headline_label("全省地区生产总值")
    assert headline_label("城镇居民人均可支配收入增长")
    assert not headline_label("海洋生产总值增长")       # a part of the economy
    assert not headline_label("跨境电商进出口增长")     # a part of trade
    assert not headline_label("泸州经济总量")           # a city's, in a province's report
    assert not headline_label("外贸进出口在对美贸易")   # a clause, not a name


@pytest.mark.parametrize("path", [GUANGDONG, NATIONAL])
def test_extra_cards_are_headline_results_not_on_a_card(path):
    d = hzd.digest(hzd.read(path))
    view = build_view(d, poster=True)
    extra = view.poster_cards
    assert extra, "a provincial and a national report both have headline results beyond six cards"
    taken = {c.indicator for c in view.cards}
    year = d.document.meta.review_year
    for c in extra:
        ind = d.indicators[c.indicator]
        assert c.indicator not in taken
        assert ind.mode == "achievement" and ind.kind != "share"
        assert "目标" not in c.tag and "安排" not in c.tag
        assert any(h in c.label for h in cues().headline)
        assert "百分点" not in c.unit and "贡献率" not in c.label
    # the year's results before the five years'
    tags = [c.tag == f"{year}年" for c in extra]
    assert tags == sorted(tags, reverse=True)


def test_economy_size_card_beside_growth_but_one_card_per_other_metric(national):
    view = build_view(national)
    assert any("国内生产总值" in c.label and c.tag == "2024年" for c in view.cards)
    extra = headline_result_cards(national, view.cards, 24, Anchors(national.document),
                                  five_year_paragraphs(national))
    gdp = [c for c in extra if c.label.startswith("国内生产总值") and c.tag == "2024年"]
    assert gdp and all(national.indicators[c.indicator].kind != "change" for c in gdp)  # the size, not growth again
    base = lambda c: (c.label.removesuffix("增长").removesuffix("总量"), c.tag)  # noqa: E731
    others = [base(c) for c in extra + view.cards if not c.label.startswith("国内生产总值")]
    assert len(others) == len(set(others))


def test_poster_adds_three_cards_only_when_they_fit(guangdong, national):
    for d in (guangdong, national):
        view = build_view(d)
        base = P._fitting(view, d.lens, list(P.STEPS))
        lay = layout_poster(d)
        assert _cards_drawn(lay) in (6, POSTER_CARDS)
        assert lay.height <= SPACE.poster_max_height
        # the step's bullets and themes are the ones chosen without the extra cards: every one of them is
        # drawn (the room left is filled with more review bullets, poster._filled; only keyword bars may
        # give way, down to FILL_TERMS)
        terms = {t.term for t in view.terms}
        bullets = lambda layout: [op.text for op in layout.ops  # noqa: E731
                                  if isinstance(op, Run) and op.size == TYPE.poster_body and op.text not in terms]
        assert not Counter(bullets(base[1])) - Counter(bullets(lay))
        bars = lambda layout: sum(1 for op in layout.ops if isinstance(op, Run) and op.text in terms)  # noqa: E731
        assert bars(lay) >= min(bars(base[1]), P.FILL_TERMS)
    assert _cards_drawn(layout_poster(guangdong)) == POSTER_CARDS


def test_edited_view_keeps_its_cards(guangdong):
    from huazhongdian.render.view import EditMarks
    view = replace(build_view(guangdong), edit=EditMarks(cards=True))
    assert _cards_drawn(layout_poster(guangdong, view=view)) == len(view.cards)


def test_other_outputs_keep_the_views_six_cards(guangdong):
    before = render_markdown(guangdong)
    layout_poster(guangdong)
    assert len(build_view(guangdong).cards) == 6
    assert render_markdown(guangdong) == before


def test_two_line_labels_break_near_the_middle(guangdong):
    card = replace(build_view(guangdong).cards[0], label="地方一般公共预算收入增长")
    cw = (SPACE.poster_width - 2 * SPACE.poster_margin - 2 * 24) / 3
    lines = card_label(card, cw)
    assert len(lines) == 2
    assert "".join(ch for line in lines for ch, _, _ in line) == card.label
    assert min(len(line) for line in lines) >= 4


def test_no_extra_card_with_a_second_figure_in_its_unit(guangdong, national):
    for d in (guangdong, national):
        for c in build_view(d, poster=True).poster_cards:
            assert not any(ch.isdigit() or ch in "至到" for ch in c.unit), c


def test_nine_cards_cut_nothing(guangdong):
    from huazhongdian.render.poster_text import ELLIPSIS
    lay = layout_poster(guangdong)
    assert _cards_drawn(lay) == POSTER_CARDS
    big = [op for op in lay.ops if isinstance(op, Run) and op.size >= TYPE.poster_unit]
    assert big and not any(op.text.endswith(ELLIPSIS) for op in big)


def test_poster_cards_are_the_views_built_once(national):
    plain, poster = build_view(national, poster=False), build_view(national)
    assert plain.poster_cards == () and poster.poster_cards
    assert poster.cards == plain.cards and poster.groups == plain.groups
    # the poster only renders the view's field: a view without it draws the six cards
    assert _cards_drawn(layout_poster(national, view=plain)) == 6
    assert _cards_drawn(layout_poster(national)) == POSTER_CARDS
    assert _cards_drawn(layout_poster(national, view=replace(plain, poster_cards=poster.poster_cards))) == POSTER_CARDS
