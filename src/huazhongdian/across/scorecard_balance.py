"""A budget balance target stated in words (1956: 支出总数为…；收支平衡) against the review's
statement of the year's result in an amount (1957: 当年支出超过当年收入十八亿三千万元: a deficit,
未完成; 收入超过支出…: 完成). The data is ``[balance]`` in ``data/scorecard.toml``.

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


def balance_figure(row: LedgerRow, doc: Document, figures: Sequence[Indicator],
                   of_year: Callable[[Document, Indicator, Target], bool]
                   ) -> tuple[Indicator, ScorecardStatus] | None:
    """The review's deficit or surplus answering a balance row, with 未完成 or 完成; else None."""
    row_pattern, deficit, surplus = _patterns()
    if row.source != "qualitative" or not row_pattern.fullmatch(row.target.text.strip()):
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
