"""A headline fact's theme from its metric: the bullet "我国工农业总产值平均每年增长百分之十一" (national 1986) is
经济运行 whatever the 农业 inside 工农业 says, "地方一般公共预算收入达3507.6亿元" (Hunan 2026) is not 民生 for the
incomes its sentence goes on to.

The map is the lens's data (``[metric_themes]`` of ``data/lenses/general.toml``): a headline metric → the themes a
bullet whose subject it is may stand under, the first its home. A bullet already under one of them stays (jobs
among 经济运行's main indicators, rural incomes under 三农); under any other it moves home. The subject: the metric
opens the bullet — after nothing but the lens's ``[metric_subject] leads`` and a year ("全省", "城镇和农村居民", not
"磨憨镇" nor "服务业对"), not a ratio's denominator or a sector's figure (:func:`~huazhongdian.render.news_value.headline_metric`'s
data: "占国内生产总值比例", "设施农业总产值"), not after 单位/人均 ("单位国内生产总值能耗" is 生态's) and not the
numerator of a share ("园区规模工业增加值占全省比重", "民间投资占比").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from huazhongdian.classify.lens import Lens
from huazhongdian.render.news_value import cues

_SUBJECT_LEAD = 12
_NOT_AFTER = ("单位", "人均")
_SHARE = "占"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _pattern(lens: Lens) -> re.Pattern[str] | None:
    return re.compile(_alternation(m for m, _ in lens.metric_themes)) if lens.metric_themes else None


@cache
def _lead(lens: Lens) -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation(lens.metric_leads)}|[0-9]{{4}}年，?)*" if lens.metric_leads else "[0-9]{4}年，?")


def subject_metric(lens: Lens, text: str) -> str:
    """The headline metric of ``lens.metric_themes`` that is the subject of ``text`` ("" when none)."""
    p = _pattern(lens)
    return "" if p is None else _subject(p, _lead(lens), text)


def _subject(p: re.Pattern[str], lead_words: re.Pattern[str], text: str) -> str:
    """:func:`subject_metric` with the lens's patterns found already (a lens is hashed slowly: once a view)."""
    k = cues()
    before = k.ratio_before + k.sector_before + _NOT_AFTER
    for m in p.finditer(text, 0, _SUBJECT_LEAD + 12):
        lead = text[:m.start()]
        if len(lead) > _SUBJECT_LEAD or not lead_words.fullmatch(lead):
            return ""
        if lead.endswith(before) or text.startswith(k.ratio_after, m.end()) or text.startswith(_SHARE, m.end()):
            continue
        return m.group()
    return ""


def metric_theme(lens: Lens, labels: frozenset[str]) -> Callable[[str, str], str]:
    """``theme_of(text, theme)``: the theme a bullet of ``text`` listed under ``theme`` moves to (its subject
    metric's home, when ``theme`` is none of that metric's themes and the home is among ``labels``, the
    lens's themes for the bullet's mode), else ``theme``."""
    homes = dict(lens.metric_themes)
    p, lead_words = _pattern(lens), _lead(lens)

    def theme_of(text: str, theme: str) -> str:
        metric = _subject(p, lead_words, text) if p is not None else ""
        if not metric:
            return theme
        allowed = homes[metric]
        return theme if theme in allowed or allowed[0] not in labels else allowed[0]

    return theme_of
