"""Places in a report's text every output links or highlights: the linkable units (sentences),
the figures inside any range, a passage cut into (text, is_figure) runs, and the source text as
paragraphs of linkable pieces (the HTML appendix, the web app's source pane)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from huazhongdian.render.news_value import no_figures
from huazhongdian.types import Digest, Document

# Used only when the digest has no indicators at all (early pipeline): a plain figure
# with its unit (bare numbers are mostly years), so bullets still show their numbers highlighted.
_FALLBACK_FIGURE = re.compile(
    r"[0-9０-９]+(?:[.．][0-9０-９]+)?(?:万亿|亿|万|千)?"
    r"(?:%|％|个百分点|元|美元|人|名|项|个|家|座|所|千瓦|吨|斤|公里|辆|户|套|倍|件)"
)


def anchor_units(doc: Document) -> list[tuple[int, int]]:
    """The linkable units of a document: sentences, else paragraphs, else the whole text."""
    if doc.sentences:
        return [(s.start, s.end) for s in doc.sentences]
    if doc.paragraphs:
        return [(p.start, p.end) for p in doc.paragraphs]
    return [(0, len(doc.text))]


class Anchors:
    """Unit lookup by offset (bisect over sorted starts, so no quadratic scans)."""

    def __init__(self, doc: Document) -> None:
        self.starts = sorted(s for s, _ in anchor_units(doc))

    def sentence_start(self, pos: int) -> int:
        """Start of the unit containing ``pos`` (or the nearest one before it)."""
        i = bisect_right(self.starts, pos) - 1
        return self.starts[max(i, 0)]


class FigureSpans:
    """Spans of figures (indicator texts) inside any range of ``doc.text``."""

    def __init__(self, digest: Digest) -> None:
        # (a meeting's ordinal, "十八届三中全会", is no figure: not bold; data ``meeting_ordinals``)
        none = no_figures(digest, sets=False)
        spans = sorted({(ind.start, ind.end) for i, ind in enumerate(digest.indicators)
                        if ind.end > ind.start and i not in none})
        self.fallback = not spans
        self.text = digest.document.text
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """Non-overlapping figure spans lying wholly in ``[start, end)``, in order.

        With no indicators in the digest, plain numbers found by a regex stand in.
        """
        if self.fallback:
            return _fallback_within(self.text, start, end)
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        out, pos = [], start
        for s, e in self.spans[lo:hi]:
            if s >= pos and e <= end:
                out.append((s, e))
                pos = e
        return out


def _fallback_within(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in _FALLBACK_FIGURE.finditer(text[start:end])]


def cut_segments(text: str, offset: int, spans: list[tuple[int, int]]) -> tuple[tuple[str, bool], ...]:
    """Cut ``text`` (which starts at ``offset`` in the document) into (run, is_figure) pieces."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for s, e in spans:
        s, e = s - offset, e - offset
        if s < pos or s < 0 or e > len(text) or s >= e:
            continue
        if s > pos:
            out.append((text[pos:s], False))
        out.append((text[s:e], True))
        pos = e
    if pos < len(text):
        out.append((text[pos:], False))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of a paragraph: a sentence (``sid`` = its start) or the text between sentences.

    ``start``/``end`` is the run's range of ``doc.text`` (a sentence clipped to its paragraph);
    ``segments`` cut it into (text, is_figure) parts.
    """

    sid: int | None
    start: int
    end: int
    segments: tuple[tuple[str, bool], ...]


def source_paragraphs(digest: Digest) -> list[tuple[int, tuple[Piece, ...]]]:
    """The source text as (paragraph start, pieces): what the HTML appendix and the web app's
    source pane print, sentences linkable by their start and figures flagged."""
    doc, figures = digest.document, FigureSpans(digest)
    units = anchor_units(doc)
    starts = [s for s, _ in units]
    paragraphs = [(p.start, p.end) for p in doc.paragraphs] or [(0, len(doc.text))]
    out = []
    for p_start, p_end in paragraphs:
        pieces, pos = [], p_start
        i = bisect_left(starts, p_start)
        while i < len(units) and units[i][0] < p_end:
            s, e = units[i]
            e = min(e, p_end)
            if s > pos:
                pieces.append(Piece(None, pos, s, ((doc.text[pos:s], False),)))
            s = max(s, pos)
            pieces.append(Piece(units[i][0], s, e, cut_segments(doc.text[s:e], s, figures.within(s, e))))
            pos = e
            i += 1
        if pos < p_end:
            pieces.append(Piece(None, pos, p_end, ((doc.text[pos:p_end], False),)))
        out.append((p_start, tuple(pieces)))
    return out
