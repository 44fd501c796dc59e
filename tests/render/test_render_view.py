"""What the HTML and poster show: card choice and labels, figure runs, target labels."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from render_sample import national_digest

from huazhongdian.render.view import (FigureSpans, build_view, cut_segments, salient_indicators,
                                      target_label)


@pytest.fixture(scope="module")
def national():
    return national_digest()


def test_year_spans_and_fragments_never_become_cards(national):
    base = national.indicators[0]
    year_span = dataclasses.replace(base, metric="我国", value=Decimal(1952), unit="年", low=Decimal(1949),
                                    high=Decimal(1952))
    fragment = dataclasses.replace(base, metric="的学生人数比一九五一年增长", kind="multiple")
    d = dataclasses.replace(national, indicators=(year_span, fragment, base), items=())
    assert salient_indicators(d) == [2]


def test_one_card_per_metric_the_better_figure_kept(national):
    gdp = national.indicators[0]                       # 134.9万亿元, level
    growth = dataclasses.replace(gdp, text="增长5%", kind="change", value=Decimal(5), unit="%",
                                 base_value=Decimal(5))  # same metric, smaller figure
    d = dataclasses.replace(national, indicators=(growth, gdp), items=())
    assert salient_indicators(d) == [1]


def test_a_provincial_report_is_ranked_by_score_not_targets_first(national):
    meta = dataclasses.replace(national.document.meta, level="provincial", region="广东省")
    d = dataclasses.replace(national, document=dataclasses.replace(national.document, meta=meta))
    first = d.indicators[salient_indicators(d)[0]]
    assert first.mode != "target"
    assert first.text == "1.4万亿斤"  # 首次 (kind first) + a big base value + cited by an item


def test_card_labels_name_targets_and_growth(national):
    cards = build_view(national).cards
    assert cards[0].label == "国内生产总值增长"        # the target's name: 5% is GDP *growth*
    assert any(c.label == "国内生产总值" and c.number == "134.9" for c in cards)  # a level keeps its metric

def test_target_labels():
    assert target_label("gdp_growth") == "国内生产总值增长"
    assert target_label("deficit_ratio") == "赤字率"
    assert target_label("no_such_metric") == "no_such_metric"


def test_bullet_figures_come_from_the_items_indicators(national):
    view = build_view(national)
    # 产业升级: one sentence cut into its facts; under the science lens only the clause about
    # technology stays — the grain output (1.4万亿斤) and car output (1300万辆) of the same sentence go.
    bullets = next(t for t in view.groups[0].themes if t.theme == "产业升级").bullets
    figures = sorted(t for b in bullets for t, fig in b.segments if fig)
    assert [b.text for b in bullets] == ["高技术制造业、装备制造业增加值分别增长8.9%、7.7%"]
    assert "8.9%" in figures and "1.4万亿斤" not in figures and "1300万辆" not in figures
    for b in bullets:
        assert national.document.text[b.start:b.end] == b.text


def test_without_indicators_figures_with_units_are_still_highlighted(national):
    d = dataclasses.replace(national, indicators=())
    item = national.items[1]
    spans = FigureSpans(d).within(item.start, item.end)
    assert [d.document.text[s:e] for s, e in spans] == ["1256万人", "5.1%", "0.2%"]


@given(text=st.text(min_size=0, max_size=40), offset=st.integers(0, 1000),
       cuts=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=6))
def test_segments_always_join_back_to_the_text(text, offset, cuts):
    spans = sorted((offset + min(a, b), offset + max(a, b)) for a, b in cuts)
    segments = cut_segments(text, offset, spans)
    assert "".join(s for s, _ in segments) == text
    for s, fig in segments:
        assert s  # no empty runs
