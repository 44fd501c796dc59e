"""The digest's "与上年相比" part: what a :class:`~huazhongdian.across.compare.Comparison` shows
inside one report's 划重点, decided once for the Markdown and the HTML digest.

Nothing is recomputed here: the target rows, term statuses and new/dropped items are
``compare_digests``'s, only picked and labelled. The comparison's ``new`` side must be the
digest being rendered, so new items keep their offsets into this digest's ``document.text``
(and link to its sentences); the older report's text is not on the page.

The heading names the report compared against and never assumes it is last year's:
``与上年相比`` only when the years are one apart (or a year is unknown, trusting the user who
passed it as ``--previous``), ``与2019年相比`` across a gap, and ``…，晚于本报告`` when the
"previous" report is in fact the later one.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from huazhongdian.errors import BadInput
from huazhongdian.render.view import (
    Bullet,
    FigureSpans,
    anchor_units,
    cut_segments,
    document_title,
    target_label,
    target_value,
)
from huazhongdian.render.wording import word
from huazhongdian.types import Digest, Document, Item

if TYPE_CHECKING:
    from huazhongdian.across.compare import Comparison

# Compare's term statuses in the order the lines are shown (worded by data/wording.toml).
TERM_STATUS_ORDER = ("up", "down", "new", "dropped")


@dataclass(frozen=True, slots=True)
class TargetChangeRow:
    """One headline target, older report beside this one: values as the digest words them."""

    metric: str
    label: str
    old: str            # as the digest's own targets table words it; "" when the older report sets none
    new: str            # likewise for this report
    change: str         # same | changed | added | removed
    change_title: str   # 不变 | 调整 | 新设 | 不再设
    anchor: int | None  # start of the sentence holding this report's target (None when it sets none)


@dataclass(frozen=True, slots=True)
class TermShift:
    term: str
    old_count: int
    new_count: int


@dataclass(frozen=True, slots=True)
class TermLine:
    status: str         # up | down | new | dropped
    title: str          # 升温 | 降温 | 新出现 | 不再出现
    terms: tuple[TermShift, ...]


@dataclass(frozen=True, slots=True)
class PreviousView:
    heading: str        # "与上年相比（对照：2024年政府工作报告）"
    old_title: str
    old_column: str     # "2024年" (or "对照报告" when the year is unknown)
    new_column: str     # "2025年" (or "本报告")
    later: bool         # the compared report is from a later year than this one
    targets: tuple[TargetChangeRow, ...]
    terms: tuple[TermLine, ...]
    items_new: int
    items_dropped: int
    new_items: tuple[Item, ...]  # up to ``items`` of the new ones, most relevant, in report order
    bullets: tuple[Bullet, ...]  # the same items cut into figure runs, linked to their sentences


def previous_heading(old: Document, new: Document) -> str:
    """The section heading: which report this one is set against, and how they stand in time.

    Example: 2024's report against 2025's → ``"与上年相比（对照：2024年政府工作报告）"``.
    """
    title = document_title(old)
    old_year, new_year = old.meta.year, new.meta.year
    if old_year is None or new_year is None or old_year == new_year - 1:
        return f"与上年相比（对照：{title}）"
    if old_year == new_year:
        return f"与同年报告相比（对照：{title}）"
    if old_year > new_year:
        return f"与{old_year}年相比（对照：{title}，晚于本报告）"
    return f"与{old_year}年相比（对照：{title}）"


def _sentence_start(starts: list[int], pos: int) -> int:
    """Start of the sentence (or paragraph) holding ``pos``: what the page's links point at."""
    return starts[max(bisect_right(starts, pos) - 1, 0)]


def _target_rows(c: Comparison, level: str, starts: list[int]) -> tuple[TargetChangeRow, ...]:
    # The cells use the digest's phrasing (a target stated in words shows "同步" beside its label,
    # as in the targets table). "不变" is compare's "不变", and also a worded target whose label
    # stayed while its sentence was reworded: two equal cells marked 调整 would read as an error.
    rows = []
    for t in c.targets:
        old = target_value(t.old) if t.old is not None else ""
        new = target_value(t.new) if t.new is not None else ""
        change = "same" if t.status == "changed" and old == new else t.status
        rows.append(TargetChangeRow(metric=t.metric, label=target_label(t.metric, level), old=old, new=new,
                                    change=change, change_title=word("target_status", change),
                                    anchor=_sentence_start(starts, t.new.start) if t.new is not None else None))
    return tuple(rows)


def _term_lines(c: Comparison, per_line: int) -> tuple[TermLine, ...]:
    # compare_terms sorts by status, then by the size of the density change: the first of each
    # status are the ones that moved most.
    lines = []
    for status in TERM_STATUS_ORDER:
        title = word("term_status", status)
        shifts = tuple(TermShift(t.term, t.old_count, t.new_count) for t in c.terms if t.status == status)
        if shifts:
            lines.append(TermLine(status, title, shifts[:per_line]))
    return tuple(lines)


def _top_new_items(d: Digest, items: tuple[Item, ...], k: int) -> tuple[Item, ...]:
    # A heading ("（五）扩大高水平对外开放……") is already the source note of the bullets under
    # it; as a bullet of its own it says little, as in the digest's own lists.
    heads = {s.start for s in d.document.sections}
    kept = [i for i in items if i.start not in heads]
    best = sorted(sorted(kept, key=lambda i: (-i.relevance, i.start))[:k], key=lambda i: i.start)
    if d.items:
        return tuple(best)
    # Compare stood sentences in for a digest without items; they carry no paragraph, so take
    # their sentence's, or every source note would say 第1段.
    paragraph = {s.start: s.paragraph for s in d.document.sentences}
    return tuple(replace(i, paragraph=paragraph.get(i.start, i.paragraph)) for i in best)


def check_newer(d: Digest, c: Comparison) -> None:
    """Raise :class:`BadInput` unless ``c`` compares an older report with ``d``'s own report.

    Every "与上年相比" output (Markdown, HTML, poster, JSON) rests on this: the comparison's new
    items carry offsets into the digest's ``document.text``.
    """
    if c.new.document.text != d.document.text:
        raise BadInput(d.document.source or "digest", "the comparison's newer report is not this digest's report")


def _column(doc: Document, fallback: str) -> str:
    return f"{doc.meta.year}年" if doc.meta.year else fallback


def build_previous_view(d: Digest, c: Comparison, *, terms: int = 5, items: int = 5) -> PreviousView:
    """What the "与上年相比" section shows for digest ``d``, from ``compare_digests(old, d)``.

    Example: ``build_previous_view(d, compare_digests(old, d)).targets[0].change_title == "不变"``.

    Args:
        d: the digest being rendered (the comparison's newer side).
        c: the comparison of the older report's digest with ``d``.
        terms: most terms per status line.
        items: most new items shown as bullets (all are counted).

    Raises:
        BadInput: when ``c`` was not made against this digest's report.
    """
    check_newer(d, c)
    old, new = c.old.document, d.document
    starts = sorted(s for s, _ in anchor_units(new))
    new_items = _top_new_items(d, c.items_new, items)
    figures = FigureSpans(d)
    # Indices into the new digest's items; -1 for a sentence compare stood in for a missing item.
    index = {(i.start, i.end): n for n, i in enumerate(d.items)}
    bullets = tuple(Bullet(text=i.text, segments=cut_segments(i.text, i.start, figures.within(i.start, i.end)),
                           anchor=_sentence_start(starts, i.start), item=index.get((i.start, i.end), -1),
                           relevance=i.relevance) for i in new_items)
    old_column, new_column = _column(old, "对照报告"), _column(new, "本报告")
    if old_column == new_column:  # two reports of one year: name them by role
        old_column, new_column = "对照报告", "本报告"
    return PreviousView(
        heading=previous_heading(old, new),
        old_title=document_title(old),
        old_column=old_column,
        new_column=new_column,
        later=old.meta.year is not None and new.meta.year is not None and old.meta.year > new.meta.year,
        targets=_target_rows(c, new.meta.level, starts),
        terms=_term_lines(c, terms),
        items_new=len(c.items_new),
        items_dropped=len(c.items_dropped),
        new_items=new_items,
        bullets=bullets,
    )
