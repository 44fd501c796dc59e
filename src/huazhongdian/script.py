"""Matching text for reports written in traditional characters (the 1954 report: 農業, 經濟, 發展).

Lexicon terms, lens and mode cues, entity names and the segmenter's dictionary are all
simplified words, so on a traditional-script report they barely match. Instead of rewriting
the report, each traditional character is mapped to one simplified character
(``data/trad_simp.tsv``, derived from OpenCC by ``scripts/build_script_map.py``). One code
point for one, so the mapped text has the same length and ``matching[start:end]`` lies over
``doc.text[start:end]``: components *find* words in the matching text and *cut* their facts
out of ``doc.text``, which stays the report's own characters.

A document is mapped only when a noticeable share of its Han characters are traditional-only
(:data:`TRADITIONAL_SHARE`); for every other document the matching text is ``doc.text``
itself, so simplified reports pay one character-class scan. Components read it computed once
per Document, as ``derived(doc).matching`` (:mod:`huazhongdian.derive`, which also says which
script the report is in); the functions here compute it afresh and keep nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from huazhongdian.chars import HAN
from huazhongdian.datafiles import load_text
from huazhongdian.types import Document, Span

__all__ = ["TRADITIONAL_SHARE", "by_surface", "fold", "is_traditional", "matching_form", "matching_text", "traditional_share"]

# Share of Han characters that are traditional-only above which a text is matched in simplified
# form. The 1954 report and the 3rd and 7th party congress reports stand at 0.25–0.33; the 1957 report and
# the 1st congress report, typeset with a scattering of
# old forms (会議, 建設, 毛澤东), stay near 0.01, the simplified reports below 0.001 (names, quotations).
TRADITIONAL_SHARE = 0.05

_NOT_HAN = re.compile(f"[^{HAN}]+")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[int, int], frozenset[str]]:
    """The ``str.translate`` table and the set of its traditional-only characters.

    A character that is also some pair's simplified side (于, 干, 里 …) is ordinary simplified
    text, so it does not count as evidence of a traditional report.
    """
    # trad_simp.tsv (from OpenCC), then the variant forms it leaves alone (衞, 擧: script_variants.tsv).
    raw = load_text("trad_simp.tsv") + "\n" + load_text("script_variants.tsv")
    pairs = [line.split("\t") for line in raw.splitlines() if line and not line.startswith("#")]
    table = {ord(trad): ord(simp) for trad, simp in pairs}
    simplified = {simp for _, simp in pairs}
    return table, frozenset(trad for trad, _ in pairs if trad not in simplified)


def fold(text: str) -> str:
    """``text`` with every traditional character replaced by its simplified one (same length).

    Example: ``fold("農業經濟") == "农业经济"``.
    """
    return text.translate(_table()[0])


def traditional_share(text: str) -> float:
    """Traditional-only characters as a share of the Han characters of ``text`` (0.0 when none)."""
    # The set of distinct characters is cheap to build and, for a simplified report, meets the
    # traditional-only set in a handful of characters at most; only those are counted.
    found = _table()[1].intersection(text)
    if not found:
        return 0.0
    han = len(_NOT_HAN.sub("", text))
    return sum(text.count(c) for c in found) / han if han else 0.0


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters (see :data:`TRADITIONAL_SHARE`)."""
    return traditional_share(text) >= TRADITIONAL_SHARE


def matching_form(text: str) -> str:
    """The text components match words in: ``fold(text)`` for a traditional text, else ``text``
    itself (the same object, so callers can test ``match is text``).

    Same length as ``text`` always, so offsets carry over.
    """
    return fold(text) if is_traditional(text) else text


def matching_text(doc: Document) -> str:
    """The matching form of ``doc.text``: ``doc.text`` itself (the same object) unless the report is traditional.

    Computed afresh; a component reads ``derived(doc).matching`` instead, computed once.
    Example: for the 1954 report ``matching_text(doc).count("农业") > 0 == doc.text.count("农业")``.
    """
    return matching_form(doc.text)


def by_surface(original: str, spans: Iterable[Span]) -> dict[str, list[Span]]:
    """Spans found in a matching text, grouped by how ``original`` writes them there.

    A word found once in simplified form may be written 農業 in one place and 农业 in another
    (a report mixing the two); each spelling is reported as its own fact, cut from ``original``.
    Groups keep the order of their first span.
    """
    groups: dict[str, list[Span]] = {}
    for s in spans:
        groups.setdefault(original[s.start:s.end], []).append(s)
    return groups
