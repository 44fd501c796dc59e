"""wt-carry-rank (issue 12): a theme dense with facts lists more in the text outputs (one bullet per
``view.dense_facts`` of its factual bullets, up to max_per_theme); the poster keeps its own limits
(ThemeGroup.poster_top leaves the extra bullets out)."""

from dataclasses import replace

import pytest

import huazhongdian as hzd
from huazhongdian.render.markdown import render_markdown
from huazhongdian.render.news_value import cues
from huazhongdian.render.view import build_view
from huazhongdian.render.view_model import ThemeGroup


@pytest.fixture(scope="module")
def view(corpus):
    # national 1981 (oldcheck, development): its plan 经济运行 has 139 bullets, 27 of them facts
    return build_view(hzd.digest(hzd.read(corpus / "national-series" / "1981.txt")))


def test_dense_facts_is_on():
    assert cues().dense_facts > 0


def test_a_dense_theme_lists_one_bullet_per_dense_facts_of_its_facts(view):
    k, most = cues().dense_facts, cues().max_per_theme
    dense = [t for g in view.groups for t in g.themes if t.dense]
    assert dense, "no theme of national 1981 is dense with facts"
    for t in dense:
        facts = sum(b.factual for b in t.bullets)
        assert min(most, len(t.bullets), facts // k) <= t.shown <= most, (t.theme, t.shown, facts)
        assert len(t.poster_top) <= t.shown - t.dense < t.shown


def test_a_theme_with_few_facts_gets_no_extra(view):
    news = cues()
    k, long = news.dense_facts, news.long_theme
    for g in view.groups:
        for t in g.themes:
            # (nor strong facts once lifted by their nearness to the part's opening: wt-carry-rank2, at most opening_strong)
            lifted = sum(b.score + news.opening_strong >= news.strong for b in t.bullets)
            if sum(b.factual for b in t.bullets) // k <= t.shown - t.dense and (g.key != "plan" or len(t.bullets) < long) \
                    and lifted <= t.shown - t.dense:
                assert t.dense == 0, t.theme


def test_poster_top_leaves_the_extra_out_and_top_keeps_it(view):
    t = next(t for g in view.groups for t in g.themes if len(t.bullets) >= 4)
    g = replace(t, shown=4, dense=2)
    assert g.poster_top == tuple(b for b in t.bullets[:2] if not b.in_targets)
    assert g.top == tuple(b for b in t.bullets[:4] if not b.in_targets)
    assert ThemeGroup(t.theme, t.bullets, 3).poster_top == ThemeGroup(t.theme, t.bullets, 3).top


def test_markdown_lists_the_dense_theme_extra(view, corpus):
    d = hzd.digest(hzd.read(corpus / "national-series" / "1981.txt"))
    md = render_markdown(d).replace("**", "")
    t = next(t for g in view.groups for t in g.themes if t.dense)
    assert all(b.text in md for b in t.top), t.theme


def test_a_long_plan_theme_lists_more_in_text_than_on_the_poster(view):
    news = cues()
    assert news.long_theme_text_bullets > 0
    long = [t for g in view.groups if g.key == "plan" for t in g.themes
            if len(t.bullets) >= news.long_theme and t.theme not in news.plan_fact_only_themes]
    assert long, "national 1981 has no long plan theme"
    for t in long:
        assert t.dense >= 1 or t.shown == min(news.max_per_theme, len(t.bullets)), (t.theme, t.shown, t.dense)


def test_a_long_plan_theme_lists_a_share_of_its_size_in_text(view):
    # wt-rankold: national 1981's plan 经济运行 (138 bullets) lists at least long_theme_share of them, up to max_per_theme
    news = cues()
    assert 0 < news.long_theme_share < 1
    long = [t for g in view.groups if g.key == "plan" for t in g.themes
            if len(t.bullets) >= news.long_theme and t.theme not in news.plan_fact_only_themes]
    assert long
    for t in long:
        want = min(news.max_per_theme, len(t.bullets), -(-len(t.bullets) * news.long_theme_share // 1))
        assert t.shown >= want, (t.theme, t.shown, len(t.bullets))
        assert len(t.poster_top) <= t.shown - t.dense
