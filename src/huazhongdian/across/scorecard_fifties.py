"""The 1950s reports' shapes (issue 13, the dev50s pairs: national 1954→1955, 1956→1957). Words
in ``data/scorecard.toml`` ``[fifties]``.

- :func:`year_plan_figures`: a report with no headings and no 主要预期目标 passage (1954, a review of
  five years given in September) states its year's plan figures inside the review
  (一九五四年計劃的工業基本建設投資總額又比一九五三年增加百分之二十八): a figure whose clause names the
  plan of the ledger's year (``year_plan``) is a ledger row, wherever it stands.
- :func:`plan_opening`: a report with no headings and no 主要预期目标 passage (1964, a press digest
  of the report) opens its plan part with a paragraph naming the plan year's task or plan
  (明年发展国民经济的主要任务是…; ``plan_opening``): the split of :func:`scorecard_data._parts`.
- :func:`product_names`: an old plan's bare one-character product (钢 of 钢八百万吨, ``one_char_names``)
  is answered only by a figure named it or it with a ``product_suffixes`` suffix (钢产量, not 钢材).
- :func:`plan_year_clause`: in such a report's plan part, a clause that opens with the plan year
  (一九六五年国家预算收支都比上年增长百分之十以上) is that year's plan, whatever its verb says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from huazhongdian.datafiles import load_toml
from huazhongdian.numerals import YEAR_DIGITS
from huazhongdian.extract.targets import find_target_passages
from huazhongdian.script import matching_form
from huazhongdian.types import Document, Indicator

__all__ = ["plan_opening", "plan_year_clause", "product_names", "year_plan_figures"]

_STOPS = "，,；;。！？\n"


@lru_cache(maxsize=1)
def _cues() -> dict:
    return load_toml("scorecard.toml")["fifties"]




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
        if m and int(m.group("year").translate(YEAR_DIGITS)) == year:
            # The name is what follows the cue (計劃的工業基本建設投資總額 → 工業基本建設投資總額).
            at = doc.text.rfind(ind.metric, start, ind.start) if ind.metric else -1
            if 0 <= at < m.end() < at + len(ind.metric):
                ind = replace(ind, metric=ind.metric[m.end() - at:])
            out.append((ind, year))
        elif ind.mode in ("plan", "target") and following.search(match, start, ind.start):
            out.append((ind, year + 1))
    return out


def _year_of(raw: str) -> int:
    return int(raw.translate(YEAR_DIGITS))


def plan_opening(doc: Document, year: int | None) -> tuple[int, int] | None:
    """Where a report without headings or a 主要预期目标 passage plans ``year``: from the first
    paragraph (after the first) whose opening words match ``plan_opening`` — 明年…, or the year's
    own name (一九六五年计划草案…) — to the next title line (a line of at most ``title_max``
    characters without a clause mark: 今后发展国民经济中应当注意的几个问题), else None."""
    if doc.sections or find_target_passages(doc):
        return None
    pattern = re.compile(_cues()["plan_opening"])
    match = matching_form(doc.text)
    at = match.find("\n")
    while 0 <= at < len(match):
        start = at + 1
        while start < len(match) and match[start] in " \u3000\t":
            start += 1
        m = pattern.match(match, start)
        if m and (m.group("year") is None or (year is not None and _year_of(m.group("year")) == year)):
            return start, _next_title(doc.text, start)
        at = match.find("\n", start)
    return None


def _next_title(text: str, start: int) -> int:
    at = text.find("\n", start)
    while 0 <= at < len(text):
        end = text.find("\n", at + 1)
        end = len(text) if end < 0 else end
        line = text[at + 1:end].strip(" \u3000\t")
        if 4 <= len(line) <= _cues()["title_max"] and not any(c in line for c in _STOPS + "、：:"):
            return at + 1
        at = end if end < len(text) else -1
    return len(text)


def plan_year_clause(clause: str, year: int | None) -> bool:
    """Whether a figure's clause opens with the name of the plan year ``year`` (一九六五年国家预算…)."""
    m = re.match(_cues()["year_opening"], clause.lstrip(" \u3000"))
    return bool(m) and year is not None and _year_of(m.group("year")) == year


@lru_cache(maxsize=256)
def product_names(task: str) -> frozenset[str]:
    """The review names that answer a one-character product ``task`` (钢 → 钢, 钢产量, 钢总产量), else
    an empty set (the task is no such product)."""
    if task not in _cues().get("one_char_names", ()):
        return frozenset()
    return frozenset([task] + [task + w for w in _cues().get("product_suffixes", ())])
