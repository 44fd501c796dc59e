"""The 1950s reports' shapes (issue 13, the dev50s pairs: national 1954→1955, 1956→1957). Words
in ``data/scorecard.toml`` ``[fifties]``.

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
from huazhongdian.script import matching_form
from huazhongdian.types import Document, Indicator

__all__ = ["year_plan_figures"]

_STOPS = "，,；;。！？\n"


@lru_cache(maxsize=1)
def _cues() -> dict:
    return load_toml("scorecard.toml")["fifties"]


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
