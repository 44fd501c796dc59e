"""The record an indicator is read into, and the small text helpers every step of the grammar uses.

:mod:`huazhongdian.extract.indicators` runs the steps: :mod:`~huazhongdian.extract.indicator_read`
reads each numeral and the words around it, :mod:`~huazhongdian.extract.indicator_combine` merges
neighbours and decides what counts, :mod:`~huazhongdian.extract.indicator_metric` finds what each
figure is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, localcontext

from huazhongdian.types import Direction, IndicatorKind, Qualifier

CLAUSE_BREAK = re.compile(r"[，。；：,;:！？!?（）()\s【】《》]")
RIGHT_CLAUSE = re.compile(r"[，。；：,;:！？!?（）()\s]")
WINDOW = 10  # the longest cue (按可比价格计算 aside) is shorter than this


@dataclass(slots=True)
class Hit:
    """One quantity found in a segment, in segment-local offsets, before it becomes an Indicator."""

    start: int  # start of the indicator text (qualifier / verb / 从 included)
    end: int
    num_start: int  # the numeral itself, for metric and neighbour logic
    num_end: int
    value: Decimal | None
    unit: str = ""
    unit_cls: str = ""
    base_value: Decimal | None = None
    base_unit: str = ""
    qualifier: Qualifier | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    from_value: Decimal | None = None
    direction: Direction | None = None
    kind: IndicatorKind | None = None
    to_level: bool = False  # 提高到90.4%: a level reached, not an amount of change
    ordinal: bool = False   # preceded by 第
    metric: str = ""
    list_index: int = -1
    extra: dict[str, object] = field(default_factory=dict)


def plain(value: Decimal) -> Decimal:
    """10000.00 → 10000 without turning it into 1E+4."""
    if value == value.to_integral_value() and value.adjusted() < PLAIN_DIGITS:
        with localcontext() as ctx:
            ctx.prec = PLAIN_DIGITS + 10  # quantize needs room for every digit of a large integer
            return value.quantize(Decimal(1))
    return value.normalize()


PLAIN_DIGITS = 50


def numeral_of(hit: Hit) -> str:
    return str(hit.extra.get("numeral", ""))


_UP_TO_LAST_BREAK = re.compile(r".*[，。；：,;:！？!?（）()\s【】《》]", re.S)


def start_of_clause(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last break before it)."""
    m = _UP_TO_LAST_BREAK.match(text, 0, pos)
    return m.end() if m else 0
