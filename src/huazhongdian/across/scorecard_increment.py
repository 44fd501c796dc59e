"""An old plan's amount stated with its increment (1958: 棉花的指标为三千五百万担，比上一年增加二百二十万担)
against a review that states the year's increase only (1959: 一九五八年比一九五七年…棉花增加了三千三百五十八万担).

- :func:`planned_increment`: the plan's own increment of a ledger row: the first figure after the
  target in its sentence, an amount in the target's base unit whose clause holds an
  ``[increment] cues`` word (比上一年增加…); None otherwise.
- :func:`increment_figure`: the review's increase of the same product (named it, or it with a
  ``[fifties] product_suffixes`` suffix, or a word of its metric key), of the year.
- :func:`increment_status`: a review increase against the planned one (:func:`scorecard.judge` rules).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal

from huazhongdian.across.scorecard_data import _clause_start, _rule
from huazhongdian.datafiles import load_toml
from huazhongdian.types import Digest, Document, Indicator, LedgerRow, Target


def _cues() -> dict:
    return load_toml("scorecard.toml").get("increment", {})


def _is_increase(text: str, ind: Indicator) -> bool:
    clause = text[_clause_start(text, ind.start):ind.end]
    return (ind.kind == "change" and ind.unit not in ("%", "‰") and bool(ind.base_unit)
            and any(w in clause for w in _cues().get("cues", ())))


def planned_increment(row: LedgerRow, old: Digest) -> Indicator | None:
    """The plan's increment stated right after the row's amount in its sentence, else None."""
    target = row.target
    if row.source != "task" or target.base_unit in (None, "", "%") or target.value is None:
        return None
    text = old.document.text
    stop = min((text.find(c, target.end) for c in "。；;" if text.find(c, target.end) >= 0), default=len(text))
    after = sorted((i for i in old.indicators if target.end <= i.start < stop), key=lambda i: i.start)
    first = after[0] if after else None
    if first is None or first.base_unit != target.base_unit or not _is_increase(text, first):
        return None
    return first


def _names(target: Target) -> set[str]:
    rule = _rule(target.metric, target.base_unit)
    names = {target.metric} | {target.metric + s for s in load_toml("scorecard.toml")["fifties"].get("product_suffixes", ())}
    return names | set(rule.words)


def increment_figure(row: LedgerRow, doc: Document, figures: Sequence[Indicator],
                     of_year: Callable[[Document, Indicator, Target], bool]) -> Indicator | None:
    """The review's increase of the row's product in its base unit, of the year, else None."""
    target = row.target
    names = _names(target)
    for ind in figures:
        if ind.base_unit != target.base_unit or not _is_increase(doc.text, ind):
            continue
        if (ind.metric or "").strip() in names and of_year(doc, ind, target):
            return ind
    return None


def increment_target(target: Target, planned: Indicator) -> Target:
    """The target restated as its planned increment (for :func:`scorecard.judge`)."""
    value: Decimal | None = planned.value
    return replace(target, value=value, low=planned.low, high=planned.high, unit=planned.unit,
                   qualifier=planned.qualifier, base_value=planned.base_value, base_unit=planned.base_unit,
                   point=value)
