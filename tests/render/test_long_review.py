"""wt-rankold3 (issue 12): a year's review theme the report writes at length (``view.long_review`` bullets: an old
national report's review holds 20 to 33 output, income and trade figures under one theme) lists at least
``view.long_review_share`` of them, up to its facts and max_per_theme, in the text outputs; the poster keeps its
limits, and a five-year review (background, or a sole term review) is left alone."""

import pytest

import huazhongdian as hzd
from huazhongdian.render.markdown import render_markdown
from huazhongdian.render.news_value import cues
from huazhongdian.render.theme_counts import long_review as _long_review
from huazhongdian.render.view import build_view


@pytest.fixture(scope="module")
def digest(corpus):
    # national 1980 (oldgov, development): its 1979 review writes 三农 and 经济运行 at length
    return hzd.digest(hzd.read(corpus / "national-series" / "1980.txt"))


def _long(view):
    news = cues()
    return [t for g in view.groups if g.key == "achievement" and not g.term for t in g.themes
            if len(t.bullets) >= news.long_review]


def test_long_review_is_on():
    news = cues()
    assert 0 < news.long_review_share < 1 and news.long_review < 10**6


def test_a_long_year_review_theme_lists_its_share_of_facts(digest):
    news = cues()
    long = _long(build_view(digest))
    assert long, "national 1980's review has no long theme"
    for t in long:
        facts = sum(b.factual for b in t.bullets)
        want = min(news.max_per_theme, facts, -(-len(t.bullets) * news.long_review_share // 1))
        assert t.shown >= want, (t.theme, t.shown, len(t.bullets), facts)
        assert len(t.poster_top) <= t.shown - t.dense


def test_markdown_lists_the_long_review_share(digest):
    md = render_markdown(digest).replace("**", "")
    for t in _long(build_view(digest)):
        assert all(b.text in md for b in t.top), t.theme


def test_short_themes_and_term_reviews_get_no_floor(digest):
    news = cues()
    t = next(t for t in _long(build_view(digest)))
    assert _long_review(t.bullets, False, len(t.bullets)) == 0            # not the year's review
    assert _long_review(t.bullets[:news.long_review - 1], True, len(t.bullets)) == 0
    assert _long_review(t.bullets, True, 2) == 2                         # never more than its facts
