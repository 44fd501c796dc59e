"""The facts huazhongdian produces, each carrying its evidence.

Every fact that has a ``text`` also has ``start``/``end`` offsets into
``Document.text`` (Python ``str`` indices, half-open), and
``doc.text[fact.start:fact.end] == fact.text`` always holds.

Numbers are ``Decimal`` inside; they become floats only at the JSON edge
(see :mod:`huazhongdian.render.json`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from huazhongdian.errors import BadInput
from huazhongdian.jsonable import to_jsonable

Mode = Literal["achievement", "plan", "target", "other"]
Qualifier = Literal["approx", "at_least", "at_most", "near", "more_than", "range"]
Direction = Literal["up", "down"]
IndicatorKind = Literal["level", "change", "rank", "share", "count", "streak", "multiple", "first"]
DocumentKind = Literal["gov-work-report", "party-congress-report", "plan", "other"]
#: The part of a report a heading opens: looking back, ahead, both (sentence cues decide), or neither.
Part = Literal["review", "plan", "mixed", "none"]
#: The script a report is written in: simplified, or traditional (matched in folded form).
Script = Literal["zh-Hans", "zh-Hant"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of ``Document.text``."""

    start: int
    end: int

    def __jsonable__(self) -> list[int]:
        """Its JSON shape (:mod:`huazhongdian.jsonable`): ``[start, end]``."""
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the text it governs.

    ``start``/``end`` cover the heading line; ``body_end`` is where the
    section (with its subsections) stops. ``level`` is 1 for 一、, 2 for
    （一）, 3 for 1., and so on; ``parent`` indexes ``Document.sections``.
    """

    text: str
    start: int
    end: int
    body_end: int
    level: int
    label: str
    parent: int | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    section: int | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence or list item: the unit that items, tasks and modes work on.

    ``paragraph`` and ``section`` index ``Document.paragraphs`` and
    ``Document.sections``; ``list_marker`` is the bullet or 一是/二是 cue that
    introduced it ("" when none) and lies before ``start``.
    """

    text: str
    start: int
    end: int
    paragraph: int
    section: int | None = None
    list_marker: str = ""


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    title: str = ""
    kind: DocumentKind = "other"
    level: str = ""  # national | provincial | municipal | district | county | ""
    region: str = ""
    date: str | None = None  # ISO yyyy-mm-dd when stated
    meeting: str = ""
    year: int | None = None
    review_year: int | None = None
    plan_year: int | None = None


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading line (or a （一）-sentence) as the mode classifier reads it (see :class:`Layout`)."""

    text: str
    start: int
    end: int
    level: int  # 1: 一、 / year / part headings; 2: （一）
    part: Part


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a document's parts, headings and target passages lie, for the mode classifier.

    Built once per Document by :func:`huazhongdian.derive.derived` (``derived(doc).layout``);
    heading and lead texts are in the matching form (simplified characters), offsets index
    ``Document.text``.
    """

    part_starts: tuple[int, ...]
    part_kinds: tuple[Part, ...]
    headings: tuple[Heading, ...]
    heading_starts: tuple[int, ...]
    section_starts: tuple[int, ...]  # governing-heading changes (L1 or L2), for section_at
    section_texts: tuple[str, ...]
    target_zones: tuple[tuple[int, int], ...]
    other_paras: tuple[tuple[int, int], ...]
    line_starts: tuple[int, ...]
    line_leads: tuple[str, ...]  # the short opening sentence of each line ("" when none)
    notes_start: int | None = None  # where the report's glossary (名词解释, 注释) begins
    zone_starts: tuple[int, ...] = ()  # target_zones' starts
    zone_reach: tuple[int, ...] = ()  # the furthest end among target_zones[:i + 1]
    congress: bool = False  # a party-congress report: its theses ("X是Y") are formulations, not "other"
    year: int | None = None  # the year the report was given: outside any part, a sentence of an earlier year looks back

    def part_at(self, offset: int) -> Part:
        """The part ("review", "plan", "mixed" or "none") that governs ``offset``."""
        i = bisect_right(self.part_starts, offset) - 1
        return self.part_kinds[i] if i >= 0 else "none"

    def section_at(self, offset: int) -> str:
        """The text of the innermost heading governing ``offset`` ("" before any heading)."""
        i = bisect_right(self.section_starts, offset) - 1
        return self.section_texts[i] if i >= 0 else ""

    def lead_at(self, offset: int) -> str:
        """The short opening sentence of the line holding ``offset`` (a paragraph's topic)."""
        i = bisect_right(self.line_starts, offset) - 1
        return self.line_leads[i] if i >= 0 else ""

    def in_target_zone(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a target passage."""
        # Zones are sorted by start and may overlap: those starting before ``end`` are a
        # prefix, and one of them reaches past ``start`` when the furthest end among them does.
        k = bisect_left(self.zone_starts, end)
        return k > 0 and self.zone_reach[k - 1] > start

    def in_notes(self, offset: int) -> bool:
        """Whether ``offset`` lies in the glossary after the report (名词解释 / 注释)."""
        return self.notes_start is not None and offset >= self.notes_start

    def in_other_paragraph(self, offset: int) -> bool:
        # other_paras are lines: sorted and disjoint, so only the last one starting at or before counts.
        i = bisect_right(self.other_paras, (offset, float("inf"))) - 1
        return i >= 0 and offset < self.other_paras[i][1]


@dataclass(frozen=True, slots=True)
class Derived:
    """What components read off a Document, computed once (by :func:`huazhongdian.derive.derived`).

    ``matching`` is the text components find words in: ``Document.text`` itself (the same
    object) for a simplified report, its script-folded form (same length, same offsets) for a
    traditional one; ``script`` says which. ``review`` and ``plan`` are the coarse parts read
    off the top-level headings, ``target_passages`` the spans that announce the year's targets,
    ``layout`` the finer part map the mode classifier uses. The heading tree is
    ``Document.sections`` (each with its ``parent``) and list markers are
    ``Sentence.list_marker``: built with the structure, not repeated here.
    """

    matching: str
    script: Script
    review: Span | None
    plan: Span | None
    target_passages: tuple[Span, ...]
    layout: Layout


@dataclass(frozen=True, slots=True, repr=False)
class Document:
    """Normalised text plus its structure. All offsets in the project index ``text``.

    Its ``repr`` is one short line (title, year, kind, size), not the whole text; in a notebook
    it shows as a small table. What is derived from it (the matching text, the parts, the
    target passages) is :func:`huazhongdian.derive.derived` ``(doc)``, computed on first use
    and kept in a private slot: a copy made with ``dataclasses.replace`` starts without it,
    so a changed ``meta`` never meets stale derived state.
    """

    text: str
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    source: str = ""
    sha256: str = ""
    sections: tuple[Section, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    # What the reader noticed about the input (a garbled PDF text layer …); see read.quality.
    warnings: tuple[str, ...] = ()
    # Filled once by huazhongdian.derive.derived(); not compared, not shown, not an init argument.
    _derived: Derived | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def chars(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        m = self.meta
        where = " ".join(x for x in (m.level, m.region, m.kind) if x)
        return (f"<Document {_short(m.title or self.source or 'untitled')!r} {m.year or '?'} {where}: "
                f"{self.chars} chars, {len(self.sections)} sections, {len(self.sentences)} sentences>")

    def _repr_html_(self) -> str:
        # deferred: records (html) loads only for notebook display, not on import huazhongdian
        from huazhongdian.records import html_table

        m = self.meta
        return html_table([("title", m.title), ("year", m.year), ("level", m.level), ("region", m.region),
                           ("kind", m.kind), ("source", self.source), ("chars", self.chars),
                           ("sections", len(self.sections)), ("sentences", len(self.sentences))])


@dataclass(frozen=True, slots=True)
class Term:
    """A counted term: ``count == len(spans) == doc.text.count(term)``."""

    term: str
    count: int
    per_10k: Decimal
    spans: tuple[Span, ...]
    word_count: int = 0  # occurrences on word boundaries (人民生活 is no 民生); see extract.terms


@dataclass(frozen=True, slots=True)
class Keyword:
    term: str
    score: Decimal
    count: int


@dataclass(frozen=True, slots=True)
class Indicator:
    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    metric: str
    value: Decimal | None
    unit: str
    base_value: Decimal | None
    base_unit: str
    qualifier: Qualifier | None
    low: Decimal | None
    high: Decimal | None
    from_value: Decimal | None
    direction: Direction | None
    kind: IndicatorKind
    mode: Mode
    period: int | None
    #: One comparable number in ``unit``: ``value``, or the midpoint of ``low``–``high`` for a
    #: range (``base_value`` is this number in the base unit).
    point: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Target:
    metric: str
    year: int | None
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str
    qualifier: Qualifier | None
    absent: bool
    text: str
    start: int
    end: int
    #: ``value`` (or ``point``) in the unit's base: 1.62 万亿元 → 1620000000000 元; % stays %.
    base_value: Decimal | None = None
    base_unit: str = ""
    #: One comparable number: ``value``, or the midpoint of ``low``–``high`` for a range.
    point: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """A sentence or list item kept for the digest, with its mode and theme."""

    text: str
    start: int
    end: int
    mode: Mode
    theme: str
    section: str
    indicator_ids: tuple[int, ...] = ()
    relevance: Decimal = Decimal(0)
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Task:
    text: str
    start: int
    end: int
    verb: str
    objects: tuple[str, ...]
    theme: str
    predicate: str = ""
    rank: int | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    type: str  # institution | facility | platform | programme | place | fund | park | other
    count: int
    spans: tuple[Span, ...]


DIGEST_PARTS = ("terms", "keywords", "indicators", "targets", "items", "tasks", "entities")


@dataclass(frozen=True, slots=True, repr=False)
class Digest:
    """The facts of one document. ``repr`` is a line of counts; :meth:`to_dict` is the digest JSON."""

    document: Document
    lens: str = "general"
    terms: tuple[Term, ...] = ()
    keywords: tuple[Keyword, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    targets: tuple[Target, ...] = ()
    items: tuple[Item, ...] = ()
    tasks: tuple[Task, ...] = ()
    entities: tuple[Entity, ...] = ()

    def __repr__(self) -> str:
        m = self.document.meta
        counts = ", ".join(f"{len(getattr(self, part))} {part}" for part in DIGEST_PARTS)
        return f"<Digest {_short(m.title or self.document.source or 'untitled')!r} {m.year or '?'} ({self.lens}): {counts}>"

    def _repr_html_(self) -> str:
        # deferred: records (html) loads only for notebook display, not on import huazhongdian
        from huazhongdian.records import html_table

        m = self.document.meta
        return html_table([("title", m.title), ("year", m.year), ("lens", self.lens),
                           *((part, len(getattr(self, part))) for part in DIGEST_PARTS)])

    def to_dict(self) -> dict:
        """The ``huazhongdian.digest/1`` object, exactly as ``hzd digest --format json`` prints it."""
        return _EXPORT["dict"](self)

    def records(self, kind: str):  # noqa: ANN201 - huazhongdian.records.Records, imported lazily
        """One part of the digest (``indicators``, ``targets``, ``items``, or ``terms``, ``keywords``,
        ``tasks``, ``entities``) as a list of dicts in the JSON shape (numbers int or float).

        Example: ``digest.records("targets")[0]["point"]``.
        """
        # deferred: records (its html helpers) loads only for notebook use, not at start-up
        from huazhongdian.records import Records

        if kind not in DIGEST_PARTS:
            raise BadInput(kind, f"no such part of a digest; choose one of {', '.join(DIGEST_PARTS)}")
        return Records(to_jsonable(getattr(self, kind)), kind)


# How a Digest becomes its contract JSON is the render layer's business (render.json builds the view
# into it); this low module only holds the slot, and the package fills it when it is imported
# (huazhongdian/__init__.py), so nothing here imports upward.
_EXPORT: dict[str, Callable[[Digest], dict]] = {}


def register_digest_export(fn: Callable[[Digest], dict]) -> None:
    """Set what :meth:`Digest.to_dict` returns (called once, by the package)."""
    _EXPORT["dict"] = fn



def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


ScorecardStatus = Literal["完成", "超额完成", "未完成", "未提及"]


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One measurable commitment of a report's plan part: a headline target or a plan task.

    ``source`` is "target" (the 主要预期目标 passage or the budget), "task" (a plan-mode
    indicator with a metric and a value) or "qualitative" (a stated target without a number,
    ``target.value is None``). ``target`` offsets index the planning report's text.
    """

    target: Target
    theme: str
    source: str


@dataclass(frozen=True, slots=True)
class Realised:
    """The figure the next report's review states for a ledger row; offsets index that report."""

    value: Decimal | None
    unit: str
    base_value: Decimal | None
    base_unit: str
    qualifier: Qualifier | None
    text: str
    start: int
    end: int
    document: str


@dataclass(frozen=True, slots=True)
class ScorecardRow:
    ledger: LedgerRow
    realised: Realised | None
    status: ScorecardStatus
    verdict: Span | None = None
    verdict_text: str = ""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The bytes of a fetched page as they were, with where and when they came from.

    ``url`` is the address asked for, ``final_url`` the one that answered (after redirects);
    ``sha256`` hashes ``data`` (the bytes, not the normalised text); ``fetched_at`` is UTC ISO.
    """

    url: str
    final_url: str
    fetched_at: str
    sha256: str
    content_type: str
    data: bytes
    title: str = ""  # the page's own title (WeChat's article title, <title>), "" when none
