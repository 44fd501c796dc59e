"""A review that states the share of the plan done (issue 13; the 1950s reviews: 1956.txt's
钢完成96.4%, 粮食总产量达到3680亿斤，完成年度计划的102%). Words in ``data/scorecard.toml``
``[plan_share]``.

:func:`plan_share` finds, for a ledger row the review states no same-unit figure for, a review
percentage whose clause says it is a share of the plan (``cue``) and whose name is the row's
metric (钢 ↔ 钢产量: the names compared without ``suffixes``); :func:`share_status` reads the
status from it (below 100: 未完成; 100: 完成; above: 超额完成).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import lru_cache

from huazhongdian.datafiles import load_toml
from huazhongdian.types import Document, Indicator, LedgerRow, ScorecardStatus, Target

__all__ = ["plan_share", "share_status"]

_STOPS = "，,；;。：:！？\n"


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], tuple[str, ...]]:
    raw = load_toml("scorecard.toml")["plan_share"]
    return re.compile(raw["cue"]), tuple(sorted(raw["suffixes"], key=len, reverse=True))


def _core(name: str) -> str:
    for suffix in _cues()[1]:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[:-len(suffix)]
    return name


def _clause(text: str, pos: int) -> tuple[int, str]:
    start = pos
    while start > 0 and text[start - 1] not in _STOPS:
        start -= 1
    return start, text[start:pos]


def plan_share(row: LedgerRow, doc: Document, figures: Sequence[Indicator],
               year_figure: Callable[[Document, Indicator, Target], bool]) -> Indicator | None:
    """The review's share-of-plan figure for ``row``'s metric (钢完成96.4% for 钢产量将达到300万吨), or None.

    A clause with no name of its own (…达到3680亿斤，完成年度计划的102%) is named by the figure
    before it in the sentence. ``year_figure`` says a figure is the target year's alone (a five-year
    plan's share, 五年计划…完成了百分之…, is no year's)."""
    target = row.target
    if row.source == "qualitative" or not target.metric or target.unit == "%":
        return None
    pattern = _cues()[0]
    want = _core(target.metric)
    text = doc.text
    for k, ind in enumerate(figures):
        if ind.unit != "%" or ind.value is None or not year_figure(doc, ind, target):
            continue
        start, clause = _clause(text, ind.start)
        m = pattern.fullmatch(clause)
        if m is None:
            continue
        name = m.group("name")
        if not name:
            before = [p for p in figures[:k] if p.sentence_start == ind.sentence_start and p.metric and p.unit != "%"]
            name = before[-1].metric if before else ""
        if name and _core(name) == want:
            return ind
    return None


def share_status(value: Decimal) -> ScorecardStatus:
    """完成 at 100% of the plan, 超额完成 above it, 未完成 below."""
    return "完成" if value == 100 else "超额完成" if value > 100 else "未完成"
