"""How many bullets a theme of the digest view shows (:func:`~huazhongdian.render.view.build_view`'s count rules):
its cap or strong facts, a long plan theme's and a long year's review theme's extra, a theme dense with facts, and
the facts lifted by their nearness to the part's opening — the text outputs' extras beyond the poster's count."""

from __future__ import annotations

import math

from huazhongdian.render.news_value import cues
from huazhongdian.render.view_model import Bullet


def base_shown(ranked: tuple[Bullet, ...], cap: int, most: int, plan: bool,
                opening: dict[int, float] | None = None) -> int:
    """A theme's shown count before its headline and fact rules: its cap, or its strong facts up to ``most`` — and
    a year's plan theme the report writes at length (``long_theme`` bullets: national 2009's 民生 plan has 66) is
    more of its news: ``long_theme_bullets`` more. Given ``opening`` (:func:`~huazhongdian.render.part_openings.part_openings`), a bullet's score
    for the strong count gains ``opening_strong`` × its nearness to its part's opening (the text outputs' count)."""
    news = cues()
    lift = (lambda b: news.opening_strong * opening.get(b.start, 0.0)) if opening else (lambda b: 0.0)
    shown = max(cap, min(most, sum(b.score + lift(b) >= news.strong for b in ranked)))
    return shown + (news.long_theme_bullets if plan and len(ranked) >= news.long_theme else 0)


def lifted(ranked: tuple[Bullet, ...], limits: tuple[int, int], plan: bool, opening: dict[int, float], most: int) -> int:
    """A theme's shown count in the text outputs with its facts lifted by their nearness to the part's opening
    (:func:`base_shown` with ``opening``; ``limits``: its cap and most), at most ``most`` (its facts, for a theme
    that shows only facts); 0 without ``opening``."""
    return min(base_shown(ranked, *limits, plan, opening), most) if opening else 0


def long_text(ranked: tuple[Bullet, ...], shown: int, plan: bool) -> int:
    """A year's plan theme of ``long_theme`` bullets lists ``long_theme_text_bullets`` more than its base ``shown`` in
    the text outputs (wt-carry-rank, on top of ``long_theme_bullets``, which the poster sees too), and at least
    ``long_theme_share`` of its size (wt-rankold: 1981's plan 经济运行 of 138 bullets is not listed like one of 40); else 0."""
    news = cues()
    return max(shown + news.long_theme_text_bullets, math.ceil(len(ranked) * news.long_theme_share)) \
        if plan and len(ranked) >= news.long_theme else 0


def long_review(ranked: tuple[Bullet, ...], year: bool, most: int) -> int:
    """A year's review theme of ``long_review`` bullets lists at least ``long_review_share`` of them in the text outputs,
    up to its facts (``most``; wt-rankold3: an old national report's review holds 25 to 33 output, income and trade
    figures under one theme that a modern theme's even share cut to 6–9); else 0."""
    news = cues()
    return min(most, math.ceil(len(ranked) * news.long_review_share)) if year and len(ranked) >= news.long_review else 0


def dense(ranked: tuple[Bullet, ...], shown: int, floor: int) -> int:
    """How many more than ``shown`` a theme lists in the text outputs: at least up to ``floor`` (:func:`long_text`),
    and a theme dense with facts one bullet per ``dense_facts`` of its factual bullets, up to max_per_theme
    (wt-carry-rank: an old national report's plan 经济运行 has 27 facts in 139 bullets, and its misses rank just under
    the even share). The poster keeps its own limits (:attr:`ThemeGroup.poster_top`)."""
    news = cues()
    want = sum(b.factual for b in ranked) // news.dense_facts if news.dense_facts else 0
    return max(0, min(news.max_per_theme, len(ranked), max(want, floor)) - shown)
