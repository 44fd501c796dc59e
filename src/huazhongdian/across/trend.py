"""A term across the documents of a library: counts, density, debut, spike and gap.

Counting follows the project's rule: ``count == text.count(term)`` (non-overlapping
occurrences of the exact string). ``per_10k`` is ``count * 10000 / chars``. ``word_count``
keeps only the occurrences that start and end on word boundaries (民生 is not counted inside
人民生活), and the flags follow ``word_count`` (its density), so a rise that comes only from a
longer word holding the term is no spike.

Flags, computed along a series ordered by year (then library id):

- ``debut``: the first document of the series in which the term occurs.
- ``spike``: density at least 3× the average density of the previous 5 documents of the
  series since the term's debut, and at least 3 occurrences (as words). Documents before its
  first appearance are not part of its history, and the window is the recent past, not all of
  it: 民生 appears as a word in the 1950s, then hardly for decades, and an average over all
  those zeros made every year from 2006 to 2025 a "spike"; with the window only its return
  (2006–2010) is one. Density, not the raw count, because reports differ in length by a
  factor of three.
- ``gap``: the term is absent right after occurring in at least 2 consecutive documents.

With ``by="year"`` the series is the whole selection; with ``by="region"``, ``"kind"`` or
``"level"`` each region (documents without a region form the series ``""``), kind or level is
its own series, and every row carries its ``series`` key.

A series never mixes kinds unless asked: a 党代会报告 every five years among yearly 政府工作报告
would make spikes and gaps of the calendar, not of the words. :func:`check_one_kind` refuses a
selection of several kinds unless the series are split by kind (``by="kind"``) or the caller
asks for one mixed series (``mixed_kinds=True``); the CLI and :func:`huazhongdian.trend` call it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from huazhongdian.errors import BadInput
from huazhongdian.extract.terms import count_words, find_spans
from huazhongdian.store.filters import kinds_of

SPIKE_FACTOR = Decimal(3)
SPIKE_WINDOW = 5  # documents of recent history a spike is measured against
SPIKE_MIN_COUNT = 3  # one or two mentions are no spike, whatever came before
BY_CHOICES = ("year", "region", "kind", "level")


@dataclass(frozen=True, slots=True)
class TrendRow:
    """One term in one document."""

    term: str
    year: int | None
    document: str  # the document's title, else its file name
    document_id: int
    region: str
    count: int
    per_10k: Decimal
    flags: tuple[str, ...] = ()
    word_count: int = 0
    word_per_10k: Decimal = Decimal(0)
    kind: str = ""
    level: str = ""
    series: str = ""  # the value of the ``by`` field this row's series shares ("" for by="year")


def density(count: int, chars: int) -> Decimal:
    """Occurrences per 10,000 characters, to two decimals."""
    if chars <= 0:
        return Decimal(0)
    return (Decimal(count) * 10000 / Decimal(chars)).quantize(Decimal("0.01"))


def compute_trend(terms: Sequence[str], docs: Iterable[tuple[dict[str, Any], str]],
                  by: str = "year") -> list[TrendRow]:
    """Rows for every term × document, flagged along each series.

    Args:
        terms: the terms to follow (empty strings are rejected).
        docs: ``(meta, text)`` pairs, meta with ``id``, ``title``, ``path``, ``year``,
            ``region`` (as :meth:`Library.texts` yields them).
        by: "year" (one series) or "region", "kind", "level" (one series per value).
    """
    if by not in BY_CHOICES:
        raise BadInput("--by", f"unknown value {by!r}; choose one of {', '.join(BY_CHOICES)}")
    wanted = [t for t in dict.fromkeys(t.strip() for t in terms) if t]
    if not wanted:
        raise BadInput("TERM", "give at least one non-empty term")
    docs = list(docs)
    rows: list[TrendRow] = []
    for term in wanted:
        series: dict[str, list[TrendRow]] = {}
        for meta, text in docs:
            count = text.count(term)
            words = count_words(text, find_spans(text, term)) if count else 0
            row = TrendRow(term=term, year=meta.get("year"), document=_name(meta),
                           document_id=int(meta["id"]), region=meta.get("region") or "",
                           count=count, per_10k=density(count, len(text)), word_count=words,
                           word_per_10k=density(words, len(text)), kind=meta.get("kind") or "",
                           level=meta.get("level") or "")
            key = "" if by == "year" else str(getattr(row, by))
            series.setdefault(key, []).append(replace(row, series=key))
        for key in sorted(series):
            ordered = sorted(series[key], key=lambda r: (r.year is None, r.year or 0, r.document_id))
            rows.extend(flag_series(ordered))
    return rows


def check_one_kind(docs: Sequence[dict[str, Any]], by: str = "year", mixed_kinds: bool = False) -> None:
    """Refuse a trend whose series would mix kinds of document (see the module docstring).

    Raises:
        BadInput: the documents are of several kinds, ``by`` is not "kind" and mixing was not asked.
    """
    if by == "kind" or mixed_kinds:
        return
    kinds = kinds_of(docs)
    if len(kinds) > 1:
        listed = ", ".join(f"{k or '(none)'} ({n})" for k, n in kinds.items())
        raise BadInput("--kind", f"the selection mixes kinds of document: {listed}; choose one with "
                                 f"--kind, split the series with --by kind, or ask for one series with --mixed-kinds")


def flag_series(rows: Sequence[TrendRow]) -> list[TrendRow]:
    """Mark debut, spike and gap along an ordered series (see the module docstring)."""
    out: list[TrendRow] = []
    seen = False
    recent: deque[Decimal] = deque(maxlen=SPIKE_WINDOW)  # densities since the debut, up to the previous one
    run = 0  # consecutive documents, up to the previous one, in which the term occurs
    for row in rows:
        flags: list[str] = []
        n, d = row.word_count, row.word_per_10k
        if n and not seen:
            flags.append("debut")
            seen = True
        elif n >= SPIKE_MIN_COUNT and recent and d >= SPIKE_FACTOR * (sum(recent) / len(recent)) > 0:
            flags.append("spike")
        if not n and run >= 2:
            flags.append("gap")
        run = run + 1 if n else 0
        if seen:
            recent.append(d)
        out.append(replace(row, flags=tuple(flags)))
    return out


def _name(meta: dict[str, Any]) -> str:
    if meta.get("title"):
        return str(meta["title"])
    path = str(meta.get("path") or "")
    return path.replace("\\", "/").rsplit("/", 1)[-1]
