"""The 1950s reports' shapes (issue 13, the dev50s pairs: national 1954→1955, 1956→1957). Words
in ``data/scorecard.toml`` ``[fifties]``.

- :func:`review_figures`: a report whose top-level headings are all topics (1957: 一、关于社会
  主义革命 / 二、关于社会主义建设 / 三、关于人民生活), none a review or plan cue, with no 主要预期目标
  passage and no long unnumbered opening (2002 reviews above its first heading), states the year's
  results in every part (二、…: 1956年全国完成了将近一百四十亿元的基本建设投资额) next to the coming
  year's plan. Its realised figures are sought in the whole text, but a figure past the review
  part whose clause holds a plan word (农业总产值比1956年**将**增长百分之四点九) is the plan's; the year
  check keeps the rest of the plan's figures out.
- :func:`year_plan_figures`: a report with no headings and no 主要预期目标 passage (1954, a review of
  five years given in September) states its year's plan figures inside the review
  (一九五四年計劃的工業基本建設投資總額又比一九五三年增加百分之二十八): a figure whose clause names the
  plan of the ledger's year (``year_plan``) is a ledger row, wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from huazhongdian.datafiles import load_toml
from huazhongdian.extract.targets import find_target_passages
from huazhongdian.meta import heading_cues
from huazhongdian.script import matching_form
from huazhongdian.types import Document, Indicator

__all__ = ["review_figures", "topical_headings", "year_plan_figures"]

#: How far into a heading a cue counts (as structure.py reads headings).
_CUE_SPAN = 40
_STOPS = "，,；;。！？\n"


@lru_cache(maxsize=1)
def _cues() -> dict:
    return load_toml("scorecard.toml")["fifties"]


def topical_headings(doc: Document) -> bool:
    """Whether ``doc`` is a work report of two or more top-level topic headings, none of them a
    review or a plan cue, no 主要预期目标 passage, and its first heading near the start (at most
    ``opening_share`` of the text before it): its headings split nothing."""
    top = [s for s in doc.sections if s.parent is None]
    if doc.meta.kind != "gov-work-report" or len(top) < 2 or find_target_passages(doc):
        return False
    if top[0].start > _cues()["opening_share"] * len(doc.text):
        return False
    review, plan = heading_cues()
    match = matching_form(doc.text)
    return not any(p.search(match[s.start:s.end], 0, _CUE_SPAN) for s in top for p in (review, plan))


def review_figures(doc: Document, indicators: Sequence[Indicator], review: tuple[int, int]) -> list[Indicator]:
    """The figures with a value where ``doc``'s realised values are sought: the review part's, and
    for a report of topic headings (:func:`topical_headings`) every other one whose clause holds no
    ``plan_words`` match."""
    topical = topical_headings(doc)
    plan_words = re.compile(_cues()["plan_words"])
    out = []
    for ind in indicators:
        if ind.value is None:
            continue
        if review[0] <= ind.start < review[1]:
            out.append(ind)
        elif topical:
            start = ind.start
            while start > 0 and doc.text[start - 1] not in _STOPS:
                start -= 1
            if not plan_words.search(doc.text, start, ind.start):
                out.append(ind)
    return out


_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")


def year_plan_figures(doc: Document, indicators: Sequence[Indicator],
                      year: int | None) -> list[tuple[Indicator, int]]:
    """The figures of a report without headings or a 主要预期目标 passage whose clause before the
    figure names the plan of ``year`` (一九五四年計劃的…; read in the simplified matching form), or
    the next year (``next_year``: 預計明年春耕時將達五十萬個以上 is the next year's), each with its year."""
    if year is None or doc.sections or find_target_passages(doc):
        return []
    pattern, following = re.compile(_cues()["year_plan"]), re.compile(_cues()["next_year"])
    match = matching_form(doc.text)
    out = []
    for ind in indicators:
        if ind.value is None and ind.low is None:
            continue
        start = ind.start
        while start > 0 and match[start - 1] not in _STOPS:
            start -= 1
        m = pattern.search(match, start, ind.start)
        if m and int(m.group("year").translate(_CN_DIGITS)) == year:
            # The name is what follows the cue (計劃的工業基本建設投資總額 → 工業基本建設投資總額).
            at = doc.text.rfind(ind.metric, start, ind.start) if ind.metric else -1
            if 0 <= at < m.end() < at + len(ind.metric):
                ind = replace(ind, metric=ind.metric[m.end() - at:])
            out.append((ind, year))
        elif ind.mode in ("plan", "target") and following.search(match, start, ind.start):
            out.append((ind, year + 1))
    return out
