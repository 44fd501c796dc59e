"""One selection of library documents, shared by every command that reads the library.

``hzd trend``, ``targets --db``, ``search``, ``scorecard --db`` and ``export`` (and the
notebook API) take the same four filters, parsed here once:

- ``level``: ``national`` | ``provincial`` | ``municipal`` | ``district`` | ``county``.
- ``kind``: ``gov-work-report`` | ``party-congress-report`` | ``plan`` | ``other``.
- ``region``: the region as the library holds it (``安徽省``), or its beginning (``安徽``);
  ``国家`` (or ``全国``, ``national``) selects the national documents, which have no region.
- ``years``: ``"2010-2012"`` (both ends included), ``"2010"``, ``"2010-"`` or ``"-2012"``.

A document without a year is left out as soon as ``years`` is given.

Example: ``LibraryFilter.parse(level="national", years="2010-2012").matches(meta)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, get_args

from huazhongdian.errors import BadInput
from huazhongdian.types import DocumentKind

LEVELS = ("national", "provincial", "municipal", "district", "county")
KINDS: tuple[str, ...] = get_args(DocumentKind)
NATIONAL_NAMES = ("国家", "全国", "national")
_YEARS = re.compile(r"\s*(\d{4})?\s*(?:([-–—~至到])\s*(\d{4})?)?\s*")


@dataclass(frozen=True, slots=True)
class LibraryFilter:
    """Which library documents a command works on; the empty filter keeps them all."""

    level: str | None = None
    kind: str | None = None
    region: str | None = None
    years: tuple[int | None, int | None] | None = None  # inclusive; None at an open end

    @classmethod
    def parse(cls, level: str | None = None, kind: str | None = None, region: str | None = None,
              years: str | tuple[int | None, int | None] | None = None) -> LibraryFilter:
        """Check and build a filter from option values (``None`` or ``""``: no filter on it).

        Raises:
            BadInput: an unknown level or kind, or years that are not ``A-B``.
        """
        level = (level or "").strip() or None
        kind = (kind or "").strip() or None
        if level is not None and level not in LEVELS:
            raise BadInput("--level", f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")
        if kind is not None and kind not in KINDS:
            raise BadInput("--kind", f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
        span = parse_years(years) if isinstance(years, str) else years
        if span is not None:
            span = (span[0], span[1])
        return cls(level=level, kind=kind, region=region.strip() if region is not None else None, years=span)

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.level, self.kind, self.region, self.years))

    def matches(self, meta: Mapping[str, Any]) -> bool:
        """Whether a document's metadata (``level``, ``kind``, ``region``, ``year``) is selected."""
        if self.level is not None and (meta.get("level") or "") != self.level:
            return False
        if self.kind is not None and (meta.get("kind") or "") != self.kind:
            return False
        if self.region is not None and not region_matches(meta, self.region):
            return False
        if self.years is not None:
            year = meta.get("year")
            low, high = self.years
            if year is None or (low is not None and year < low) or (high is not None and year > high):
                return False
        return True

    def select(self, docs: Iterable[Mapping[str, Any]]) -> list[Any]:
        """The selected documents of ``docs``, in their order."""
        return [d for d in docs if self.matches(d)]

    def describe(self) -> str:
        """The filter as the options that make it, for messages: ``--level national --years 2010-2012``."""
        parts = [f"--{k} {v}" for k, v in (("level", self.level), ("kind", self.kind),
                                          ("region", self.region)) if v is not None]
        if self.years is not None:
            low, high = self.years
            parts.append(f"--years {low or ''}-{high or ''}")
        return " ".join(parts) or "(no filter)"


def region_matches(meta: Mapping[str, Any], wanted: str) -> bool:
    region = meta.get("region") or ""
    if wanted in NATIONAL_NAMES or wanted == "":
        return not region and (meta.get("level") or "national") == "national"
    return region == wanted or region.startswith(wanted)


def parse_years(text: str) -> tuple[int | None, int | None]:
    """``"2010-2012"`` → (2010, 2012); ``"2010"`` → (2010, 2010); ``"2010-"`` → (2010, None).

    Raises:
        BadInput: not a year or a range of years, or the range runs backwards.
    """
    m = _YEARS.fullmatch(text or "")
    if not m or not (m.group(1) or m.group(3)):
        raise BadInput("--years", f"{text!r} is no year range; write A-B, e.g. 2010-2012")
    low = int(m.group(1)) if m.group(1) else None
    high = int(m.group(3)) if m.group(3) else (None if m.group(2) else low)
    if low is not None and high is not None and low > high:
        raise BadInput("--years", f"{text!r} runs backwards; write the earlier year first")
    return low, high


def kinds_of(docs: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """How many documents of each kind (``""`` for none), most common first."""
    counts: dict[str, int] = {}
    for d in docs:
        key = d.get("kind") or ""
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
