"""A budget balance target stated in words (1956: 支出总数为…；收支平衡) against the review's
statement of the year's result in an amount (1957: 当年支出超过当年收入十八亿三千万元: a deficit,
未完成; 收入超过支出…: 完成). The data is ``[balance]`` in ``data/scorecard.toml``.

- :func:`held_figure`: a level held in words (1986: “七五”前两年的固定资产投资规模要大体维持在一九八五年
  的水平, ``[held]``) against the review's growth of the metric or its part (1987: 全民所有制单位基本建设
  投资比上年增长7.3%): within ``tolerance`` of no change, or a fall, is 完成; more growth 未完成.
- :func:`balance_figure`: for a qualitative ledger row whose text is a ``row`` pattern, the first
  figure of the year in the review whose clause before it is a ``deficit`` or ``surplus``
  pattern, with the status it gives; None otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from huazhongdian.across.scorecard_data import _clause_start
from huazhongdian.datafiles import load_toml
from huazhongdian.types import Document, Indicator, LedgerRow, ScorecardStatus, Target


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    raw = load_toml("scorecard.toml").get("balance", {})
    return (re.compile(raw.get("row", r"(?!)")), tuple(re.compile(p) for p in raw.get("deficit", ())),
            tuple(re.compile(p) for p in raw.get("surplus", ())))


def balance_row(text: str) -> bool:
    """Whether a row's text is a balance stated in words (``[balance] row``: 收支平衡)."""
    return _patterns()[0].fullmatch(text.strip()) is not None


def balance_figure(row: LedgerRow, doc: Document, figures: Sequence[Indicator],
                   of_year: Callable[[Document, Indicator, Target], bool]
                   ) -> tuple[Indicator, ScorecardStatus] | None:
    """The review's deficit or surplus answering a balance row, with 未完成 or 完成; else None."""
    row_pattern, deficit, surplus = _patterns()
    if row.source != "qualitative" or not balance_row(row.target.text):
        return None
    for ind in figures:
        if ind.value is None or ind.unit in ("%", "‰"):
            continue
        clause = doc.text[_clause_start(doc.text, ind.start):ind.start]
        status: ScorecardStatus | None = ("未完成" if any(p.search(clause) for p in deficit)
                                          else "完成" if any(p.search(clause) for p in surplus) else None)
        if status is not None and of_year(doc, ind, row.target):
            return ind, status
    return None


@lru_cache(maxsize=1)
def _held() -> tuple[re.Pattern[str], tuple[tuple[str, ...], ...], float]:
    raw = load_toml("scorecard.toml").get("held", {})
    return (re.compile(raw.get("row", r"(?!)")), tuple(tuple(m) for m in raw.get("metrics", ())),
            float(raw.get("tolerance", 0)))


def held_figure(row: LedgerRow, doc: Document, figures: Sequence[Indicator],
                of_year: Callable[[Document, Indicator, Target], bool]
                ) -> tuple[Indicator, ScorecardStatus] | None:
    """The review's growth of a metric held at a year's level, with 完成 or 未完成; else None."""
    pattern, metrics, tolerance = _held()
    if row.source != "qualitative" or (m := pattern.search(row.target.text)) is None:
        return None
    words = next((m_[1:] for m_ in metrics if m_[0] in m.group("metric")), ())
    if not words:
        return None
    for ind in figures:
        if ind.kind != "change" or ind.unit != "%" or ind.value is None:
            continue
        subject = (ind.metric or "") + doc.text[_clause_start(doc.text, ind.start):ind.start]
        if any(w in subject for w in words) and of_year(doc, ind, row.target):
            falls = any(f in ind.text for f in ("下降", "减少", "降低"))
            return ind, "完成" if falls or abs(ind.value) <= tolerance else "未完成"
    return None

