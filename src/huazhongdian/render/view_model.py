"""The view model's types: what every output shows (:class:`DigestView`), its mode groups, theme
groups and bullets, and the digest JSON's ``view`` part (:func:`view_to_dict`).

:mod:`huazhongdian.render.view` fills them (``build_view``) and re-exports them, so outputs import
either module.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from huazhongdian.render.target_rows import TargetRow
from huazhongdian.render.unlisted import unlisted_note
from huazhongdian.render.view_cards import Card


@dataclass(frozen=True, slots=True)
class Bullet:
    """A fact as shown: one exact span ``[start, end)`` of ``doc.text`` (a clause or a few
    clauses of the sentence ``[sentence_start, sentence_end)``), cut into (segment, is_figure)
    runs, with its anchor and its news-value ``score``."""

    text: str
    segments: tuple[tuple[str, bool], ...]
    anchor: int
    item: int           # index into Digest.items
    relevance: Decimal
    start: int = 0
    end: int = 0
    sentence_start: int = 0
    sentence_end: int = 0
    score: float = 0.0
    factual: bool = True    # carries a figure, a first, a rank or a named project
    in_targets: bool = False  # only repeats a row of the targets table: not listed (see repeats_target_row)

    @property
    def id(self) -> str:
        """The bullet's stable id for an edit file: ``i-<start>-<end>`` of its span (the same for
        every run and every version of the code that cuts the same span)."""
        return f"i-{self.start}-{self.end}"


@dataclass(frozen=True, slots=True)
class ThemeGroup:
    """A theme's bullets, best first; the first ``shown`` are listed, the rest folded
    ("另有 N 条" in Markdown, 展开全部 in HTML and the web page)."""

    theme: str
    bullets: tuple[Bullet, ...]
    shown: int = 0
    edited: bool = False   # the heading is the editor's own (an edit renamed or made the theme)
    dense: int = 0         # of ``shown``, how many a dense theme lists beyond the poster's (view.dense_facts)

    @property
    def top(self) -> tuple[Bullet, ...]:
        """The bullets listed: the first ``shown``, but for those the targets table shows already."""
        return tuple(b for b in self.bullets[:self.shown] if not b.in_targets)

    @property
    def poster_top(self) -> tuple[Bullet, ...]:
        """:attr:`top` without the ``dense`` extra bullets of the text outputs (the poster has its own limits)."""
        return tuple(b for b in self.bullets[:self.shown - self.dense] if not b.in_targets)

    @property
    def more(self) -> tuple[Bullet, ...]:
        return tuple(b for b in self.bullets[self.shown:] if not b.in_targets)

    @property
    def ranked_top(self) -> tuple[Bullet, ...]:
        """The first ``shown`` with those of the targets table (the poster weighs a theme by them and
        leaves them out itself: poster.not_in_targets)."""
        return self.bullets[:self.shown]


@dataclass(frozen=True, slots=True)
class ModeGroup:
    mode: str
    title: str
    themes: tuple[ThemeGroup, ...]
    term: bool = False      # the review of five (or ten) years, not of the last one

    @property
    def listed(self) -> tuple[ThemeGroup, ...]:
        """The themes that list a bullet, in order: the only ones with a heading, in every output."""
        return tuple(t for t in self.themes if t.top)

    @property
    def unlisted(self) -> tuple[ThemeGroup, ...]:
        """The themes with bullets of which none is listed: no heading, only the group's closing line
        (:attr:`unlisted_note`; HTML and the web page: one 展开全部 holding their bullets)."""
        return tuple(t for t in self.themes if not t.top and t.more)

    @property
    def unlisted_note(self) -> str:
        """"另有安全方面 1 条、政府建设方面 2 条未列出（没有数字、首次、排名或具名项目）" ("" when none)."""
        return unlisted_note(self.unlisted)

    @property
    def key(self) -> str:
        """A name for the group unique in the view (an HTML id): "achievement", "term", "plan",
        "plan-term" (the coming plan period's goals)."""
        return ("plan-term" if self.mode == "plan" else "term") if self.term else self.mode


@dataclass(frozen=True, slots=True)
class TermBar:
    term: str
    count: int
    per_10k: Decimal


@dataclass(frozen=True, slots=True)
class DigestView:
    title: str
    kicker: str
    lens_title: str     # "科学元素" for --lens science; "" for the general lens
    meta_line: str
    source: str
    cards: tuple[Card, ...]
    terms: tuple[TermBar, ...]
    keywords: tuple[str, ...]
    groups: tuple[ModeGroup, ...]
    targets: tuple[TargetRow, ...]
    entities: tuple[tuple[str, int], ...]
    chars: int
    lede: tuple[Bullet, ...] = ()
    source_name: str = ""     # the document's source: a URL or a name (来源：…), never a local path
    sha256: str = ""          # the report's, so an edit made for another report is refused
    card_pool: tuple[Card, ...] = ()   # further figures an editor may pick as cards (build_view(card_pool=N))
    poster_cards: tuple[Card, ...] = ()  # headline results the poster may add to the six (build_view's default)
    edit: EditMarks | None = None      # what an edit changed (render.edit.apply_edit); None: unedited
    editor_lede: str = ""     # a lede the editor wrote (then ``lede`` is empty)
    lede_term: tuple[str, int] | None = None  # a cue-less lede's term and its count ("结构性改革", 10): shown with it

    @property
    def edited(self) -> bool:
        return self.edit is not None


@dataclass(frozen=True, slots=True)
class EditMarks:
    """What the editor wrote or chose, so outputs can mark it (编者): a free ``title`` or
    ``lede``, the theme headings that are the editor's, and whether items or cards were curated."""

    title: bool = False
    lede: bool = False
    themes: tuple[str, ...] = ()
    items: bool = False
    cards: bool = False


def view_to_dict(view: DigestView) -> dict:
    """The digest JSON's ``view`` part: what every output shows, each bullet an exact span.

    ``bullets`` lists every bullet of the view in the order the outputs show them (by mode, then
    theme, best first): its stable ``id`` (``i-<start>-<end>``, what an edit file names), ``text``, ``start``/``end``, ``mode``, ``theme``, ``shown`` (among the
    theme's top; the rest are folded), ``item`` (index into ``items``) and ``sentence``
    (``[start, end]`` of the sentence it was cut from); ``lede`` and ``cards`` are what the
    outputs show first. ``edited`` is null, or what an edit (:mod:`.edit`) changed; a lede the
    editor wrote is one ``{"text", "edited": true}`` entry without offsets, and a theme heading
    the editor named has ``theme_edited`` true.
    """
    bullets = [{"id": b.id, "text": b.text, "start": b.start, "end": b.end, "mode": group.mode,
                "theme": theme.theme, "theme_edited": theme.edited, "shown": rank < theme.shown and not b.in_targets,
                "item": b.item,
                "sentence": [b.sentence_start, b.sentence_end]}
               for group in view.groups for theme in group.themes for rank, b in enumerate(theme.bullets)]
    lede = [{"text": b.text, "start": b.start, "end": b.end} for b in view.lede]
    if view.lede and view.lede_term:
        lede[0].update(term=view.lede_term[0], count=view.lede_term[1])   # a cue-less lede: its term's count
    if view.editor_lede:
        lede = [{"text": view.editor_lede, "edited": True}]
    marks = view.edit
    return {
        "title": view.title,
        "title_edited": bool(marks and marks.title),
        "source": view.source_name,
        "lede": lede,
        "cards": [{"id": c.id, "number": f"{c.prefix}{c.number}{c.unit}", "label": c.label, "period": c.tag,
                   "indicator": c.indicator} for c in view.cards],
        "bullets": bullets,
        "edited": None if marks is None else {"title": marks.title, "lede": marks.lede, "themes": list(marks.themes),
                                              "items": marks.items, "cards": marks.cards},
    }
