"""Digest → a tall 一图读懂 poster, as PNG (Pillow) or SVG, from one layout.

The layout is computed once into a display list of rectangles and text runs, then
painted by either backend, so the PNG and the SVG always show the same content in the
same places. Text is measured with the shipped Noto Sans SC, character by character
(CJK text has no kerning to lose), and every character is checked against the fonts'
cmaps: one Noto Sans SC lacks goes to Noto Serif SC, one neither has is dropped, so the
poster never shows a box.

With a comparison (``hzd digest NEW --previous OLD --format png``) a compact "与上年相比"
block follows the targets: only the targets that changed (调整/新设/不再设), old → new, as
:mod:`huazhongdian.render.previous` words them for the Markdown table.

Bullets are the report's own words. A bullet that does not fit its lines gives way to the
theme's next one that does (it is cut with "…" only when none does); when the poster would pass
its height cap, whole bullets, then whole themes, and only then lines are left out, the least
relevant first (never squeezed or overflowed); the room the step leaves goes back to the year's review,
one-line results with a figure first, down to FILL_TERMS keyword bars giving way (issue 12).

Long because: its block painters draw in order on one cursor and share the step-down that fits them.
"""

from __future__ import annotations

# Layout here; measuring and wrapping text in poster_text, the display list and its PNG / SVG
# painters in poster_paint (re-exported: Rect, Run, Layout, ELLIPSIS, drawable, text_width, wrap).

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from huazhongdian.render.previous import build_previous_view
from huazhongdian.render.scorecard import compact_realised, compact_target, metric_label, poster_rows
from huazhongdian.render.poster_cards import CARD_PAD, card_label, draw_card, economy_size
from huazhongdian.render.view_cards import size_in_six
from huazhongdian.render.poster_paint import Layout, Rect, Run, paint_png, paint_svg
from huazhongdian.render.poster_share import (BULLET_MARK, BULLET_PAD, Limits, _pick, _share, _themes,  # noqa: F401
                                              bullet_fits, bullet_lines, group_limits, not_in_targets, poster_groups)
from huazhongdian.render.poster_text import (ELLIPSIS, Styled, _advance, _plain, _styled, _width, drawable, fit_line,
                                             text_width, wrap)
from huazhongdian.render.style import PALETTE, SPACE, TYPE
from huazhongdian.render.view import TARGET_ROWS, Card, DigestView, build_view, lede_term_note
from huazhongdian.types import Digest, ScorecardRow

if TYPE_CHECKING:
    from huazhongdian.across.compare import Comparison
    from huazhongdian.render.previous import PreviousView

# Most changed targets the poster's 与上年相比 block lists; the rest are counted in one line.
PREVIOUS_ROWS = 6
# Most 数说 cards a poster shows (the view has six; the poster adds headline results, see poster_view).
POSTER_CARDS = 9
# Keyword bars a poster keeps to make room for them (see _with_cards).
CARD_TERMS = 6
# Fewest keyword bars a poster keeps to make room for more of the year's results (see _filled).
FILL_TERMS = 4


class _Painter:
    """Collects display-list operations for one poster."""

    def __init__(self, width: int) -> None:
        self.layout = Layout(width=width)
        self.y = 0.0

    def rect(self, x: float, y: float, w: float, h: float, fill: str, radius: float = 0) -> None:
        self.layout.ops.append(Rect(x, y, w, h, fill, radius))

    def line(self, chars: list[Styled], x: float, y: float, size: int, fill: str, *,
             bold: bool = False, fig_fill: str | None = None) -> float:
        """Draw styled characters from (x, baseline y) as runs; return the end x."""
        run, run_key, run_x = "", None, x
        for ch, name, fig in chars:
            key = (name, fig)
            if key != run_key and run:
                self._run(run_x, y, run, size, run_key, fill, bold, fig_fill)
                run_x, run = x, ""
            run_key = key
            run += ch
            x += _advance(ch, size, name)
        if run:
            self._run(run_x, y, run, size, run_key, fill, bold, fig_fill)
        return x

    def _run(self, x: float, y: float, text: str, size: int, key, fill: str, bold: bool,
             fig_fill: str | None) -> None:
        name, fig = key
        colour = fig_fill if fig and fig_fill else fill
        self.layout.ops.append(Run(x, y, text, size, colour, bold or (fig and fig_fill is not None), name))

    def text(self, text: str, x: float, y: float, size: int, fill: str, *, bold: bool = False,
             align: str = "left", width: float | None = None) -> float:
        """One line of plain text from (x, baseline y); return the end x.

        With ``width`` (the box starting at ``x``) the text is cut with "…" to fit it and may be
        centred or right-aligned in it; without, it is drawn as is (short, known strings only).
        """
        chars = fit_line(text, size, width) if width is not None else _plain(text)
        w = _width(chars, size)
        if align == "center" and width is not None:
            x = x + (width - w) / 2
        elif align == "right" and width is not None:
            x = x + width - w
        return self.line(chars, x, y, size, fill, bold=bold)


def _section_heading(p: _Painter, title: str, colour: str) -> None:
    m, w = SPACE.poster_margin, SPACE.poster_width
    size = TYPE.poster_h2
    p.y += SPACE.poster_gap + 12
    p.rect(m, p.y + 4, 10, size + 6, colour, 3)
    p.text(title, m + 26, p.y + size, size, PALETTE.ink, bold=True)
    rule_x = m + 26 + text_width(title, size) + 20
    p.rect(rule_x, p.y + size / 2 + 6, max(0.0, w - m - rule_x), 2, PALETTE.line)
    p.y += size + 30


def _title_band(p: _Painter, view: DigestView) -> None:
    w, m = SPACE.poster_width, SPACE.poster_margin
    title_lines = wrap(_plain(view.title), TYPE.poster_title, w - 2 * m, 2) or [_plain("报告")]
    kicker = f"一图读懂 · {view.lens_title}" if view.lens_title else "一图读懂"
    meta_lines = _meta_lines(view.meta_line, TYPE.poster_meta, w - 2 * m)
    band_h = (110 + len(title_lines) * (TYPE.poster_title + 22) + 50
              + (60 + (len(meta_lines) - 1) * (TYPE.poster_meta + 10) if meta_lines else 10))
    p.rect(0, 0, w, band_h, PALETTE.red)
    # Two faint discs (a rect with radius = half its side) give the flat band some depth;
    # they stay inside the band so nothing needs clipping.
    disc = min(440.0, band_h + 120)
    p.rect(w - disc * 0.62, -disc * 0.38, disc, disc, PALETTE.red_light, disc / 2)
    p.rect(-disc * 0.3, band_h - disc * 0.42 - 14, disc * 0.42, disc * 0.42, PALETTE.red_light, disc * 0.21)
    p.rect(0, band_h - 14, w, 14, PALETTE.red_deep)
    chip_w = text_width(kicker, TYPE.poster_kicker) + 48
    p.rect((w - chip_w) / 2, 52, chip_w, TYPE.poster_kicker + 22, PALETTE.gold, 6)
    p.text(kicker, 0, 52 + TYPE.poster_kicker + 4, TYPE.poster_kicker, PALETTE.red_deep, bold=True,
           align="center", width=w)
    y = 110 + 30
    for line in title_lines:
        y += TYPE.poster_title
        p.line(line, (w - _width(line, TYPE.poster_title)) / 2, y, TYPE.poster_title, "#FFFFFF", bold=True)
        y += 22
    y += 18
    for line in meta_lines:
        y += TYPE.poster_meta
        p.line(line, (w - _width(line, TYPE.poster_meta)) / 2, y, TYPE.poster_meta, PALETTE.gold_soft)
        y += 10
    p.y = band_h


def _meta_lines(meta: str, size: int, width: float) -> list[list[Styled]]:
    """The meta line (meeting · date · region) on at most two lines, broken between its parts where it
    can: a province's full meeting name ("宁夏回族自治区第十三届人民代表大会第四次会议") and region
    fill one line, and cut with "…" they said nothing."""
    if not meta:
        return []
    lines: list[str] = []
    for part in meta.split(" · "):
        joined = f"{lines[-1]} · {part}" if lines else part
        if lines and text_width(joined, size) <= width:
            lines[-1] = joined
        else:
            lines.append(part)
    if len(lines) <= 2 and all(text_width(line, size) <= width for line in lines):
        return [_plain(line) for line in lines]
    return wrap(_plain(meta), size, width, 2)


def _cards(p: _Painter, cards: tuple[Card, ...]) -> None:
    if not cards:
        return
    _section_heading(p, "数说", PALETTE.red)
    m, w, gap = SPACE.poster_margin, SPACE.poster_width, 24
    cols = 3 if len(cards) in (3, 9) else 2
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    label_lines = max(len(card_label(c, cw)) for c in cards)
    tag = TYPE.poster_small + 18 if any(c.tag for c in cards) else 0
    ch = CARD_PAD + 10 + TYPE.poster_number + 14 + label_lines * (TYPE.poster_label + 8) + tag + CARD_PAD
    for i, card in enumerate(cards):
        r, c = divmod(i, cols)
        draw_card(p, card, m + c * (cw + gap), p.y + r * (ch + gap), cw, ch)
    rows = (len(cards) + cols - 1) // cols
    p.y += rows * (ch + gap) - gap


def _terms(p: _Painter, view: DigestView, limits: Limits) -> None:
    terms = view.terms[:limits.terms]
    if not terms and not view.keywords:
        return
    _section_heading(p, "关键词", PALETTE.red)
    m, w = SPACE.poster_margin, SPACE.poster_width
    size, row = TYPE.poster_body, TYPE.poster_body + 26
    label_w = max((text_width(t.term, size) for t in terms), default=0) + 24
    label_w = min(label_w, 300)
    top = max((t.count for t in terms), default=1)
    room = w - 2 * m - label_w - 80
    for i, t in enumerate(terms):
        y = p.y + i * row
        p.text(t.term, m, y + size + 4, size, PALETTE.ink, align="right", width=label_w - 24)
        bw = max(6.0, room * t.count / top)
        p.rect(m + label_w, y + 8, bw, row - 16, PALETTE.red_deep if i == 0 else PALETTE.red, 6)
        p.text(str(t.count), m + label_w + bw + 14, y + size + 4, TYPE.poster_label, PALETTE.ink_soft)
    p.y += len(terms) * row
    if view.keywords:
        p.y += 16
        x = m
        size = TYPE.poster_small + 4
        for k in view.keywords[:12]:
            kw = min(text_width(k, size), w - 2 * m - 32) + 32
            if x + kw > w - m:
                x, p.y = m, p.y + size + 30
            p.rect(x, p.y, kw, size + 20, PALETTE.gold_soft, (size + 20) / 2)
            p.text(k, x + 16, p.y + size + 4, size, PALETTE.red_deep, width=w - 2 * m - 32)
            x += kw + 12
        p.y += size + 20


def _lede(p: _Painter, view: DigestView) -> None:
    """The lede under the title band: the report's own key formulation, figures in red (an
    editor's lede opens with 编者按)."""
    if not view.lede and not view.editor_lede:
        return
    m, w = SPACE.poster_margin, SPACE.poster_width
    size, gap = TYPE.poster_body, 14
    if view.editor_lede:
        lines = wrap(_styled((("编者按　", True), (view.editor_lede, False))), size, w - 2 * m - 24, 4)
    else:
        segments = tuple(seg for b in view.lede for seg in b.segments)
        lines = wrap(_styled(segments), size, w - 2 * m - 24, 3)
        if view.lede_term:   # a cue-less lede: its term's count, in red, when it fits the lede's lines
            noted = wrap(_styled(segments + (("　——" + lede_term_note(view.lede_term), True),)), size, w - 2 * m - 24, 3)
            lines = noted if len(noted) == len(lines) else lines
    p.y += SPACE.poster_gap
    p.rect(m, p.y, 6, len(lines) * (size + gap) + 6, PALETTE.red, 3)
    for line in lines:
        p.y += size
        p.line(line, m + 24, p.y, size, PALETTE.ink, fig_fill=PALETTE.red)
        p.y += gap


def _groups(p: _Painter, view: DigestView, limits: Limits) -> None:
    m, w = SPACE.poster_margin, SPACE.poster_width
    size = TYPE.poster_body
    pad = BULLET_PAD
    for group in poster_groups(view):
        colour = PALETTE.plan if group.mode == "plan" else PALETTE.red
        _section_heading(p, group.title, colour)
        own = group_limits(view, group, limits)
        for theme, bullets in _share(_themes(group, own.themes, view.edited), own, view.edited,
                                     bullet_fits(view, group, own)):
            wrapped = [bullet_lines(b, limits.lines) for b in bullets]
            inner = TYPE.poster_h3 + 24 + sum(len(lines) * (size + 16) + 14 for lines in wrapped) - 14
            top = p.y
            p.rect(m, top, w - 2 * m, inner + 2 * pad, PALETTE.card, SPACE.poster_radius)
            p.rect(m, top + pad, 8, TYPE.poster_h3 + 8, colour, 3)
            p.text(theme.theme, m + pad, top + pad + TYPE.poster_h3, TYPE.poster_h3, colour, bold=True,
                   width=w - 2 * m - 2 * pad)
            y = top + pad + TYPE.poster_h3 + 24
            for lines in wrapped:
                p.rect(m + pad + 2, y + size * 0.62 - 5, 10, 10, colour, 5)
                for line in lines:
                    y += size
                    p.line(line, m + pad + BULLET_MARK, y, size, PALETTE.ink, fig_fill=PALETTE.red)
                    y += 16
                y += 14
            p.y = top + inner + 2 * pad + 20
        p.y -= 20


def _targets(p: _Painter, view: DigestView) -> None:
    if not view.targets:
        return
    _section_heading(p, "主要预期目标", PALETTE.red)
    m, w = SPACE.poster_margin, SPACE.poster_width
    size, row = TYPE.poster_body, TYPE.poster_body + 34
    rows = view.targets[:TARGET_ROWS]
    p.rect(m, p.y, w - 2 * m, row * len(rows) + 20, PALETTE.card, SPACE.poster_radius)
    y = p.y + 10
    for i, t in enumerate(rows):
        if i:
            p.rect(m + 28, y, w - 2 * m - 56, 1, PALETTE.line)
        base = y + row / 2 + size / 2 - 4
        p.text(t.label, m + 28, base, size, PALETTE.ink, width=(w - 2 * m) * 0.55)
        box = (w - 2 * m) * 0.38
        p.text(t.value, w - m - 28 - box, base, size, PALETTE.red, bold=True, align="right", width=box)
        y += row
    p.y = y + 10


def _changed_targets(previous: PreviousView) -> list:
    """The rows the poster lists: changed, new and dropped targets, in the Markdown table's order."""
    return [t for t in previous.targets if t.change != "same"]


def _previous(p: _Painter, previous: PreviousView | None) -> None:
    """The 与上年相比 block: a card of changed targets, "old → new" and the change word.

    Nothing when neither report has targets; one line when none of them changed.
    """
    if previous is None or not previous.targets:
        return
    # The heading's first part is the block title ("与上年相比", "与2019年相比"); the part in
    # brackets names the report compared against, shown small beneath it.
    title, _, rest = previous.heading.partition("（")
    _section_heading(p, title, PALETTE.red)
    m, w = SPACE.poster_margin, SPACE.poster_width
    small, row = TYPE.poster_small, TYPE.poster_body + 34
    if rest:
        p.text(rest.rstrip("）"), m, p.y + small - 10, small + 2, PALETTE.ink_soft, width=w - 2 * m)
        p.y += small + 12
    changed = _changed_targets(previous)
    shown = changed[:PREVIOUS_ROWS]
    notes = []
    if not changed:
        notes.append(f"{len(previous.targets)} 项主要预期目标均与{previous.old_column}相同")
    elif len(changed) > len(shown):
        notes.append(f"另有 {len(changed) - len(shown)} 项变化未列出")
    elif len(previous.targets) > len(changed):
        notes.append(f"其余 {len(previous.targets) - len(changed)} 项与{previous.old_column}相同")
    p.rect(m, p.y, w - 2 * m, row * (len(shown) + len(notes)) + 20, PALETTE.card, SPACE.poster_radius)
    inner = w - 2 * m - 56
    chip_w = text_width("不再设", small) + 28
    y = p.y + 10
    for i, t in enumerate(shown):
        # The Markdown table's cells, "—" where a report sets no such target.
        _table_row(p, y, first=i == 0, label=t.label, values=f"{t.old or '—'} → {t.new or '—'}",
                   chip=t.change_title, muted=t.change == "removed", chip_w=chip_w, label_share=0.42)
        y += row
    for note in notes:
        if shown:
            p.rect(m + 28, y, inner, 1, PALETTE.line)
        p.text(note, m + 28, y + row / 2 + small / 2 - 3, small + 2, PALETTE.ink_soft, width=inner)
        y += row
    p.y = y + 10


def _scorecard_block(p: Any, rows: Sequence[ScorecardRow]) -> None:
    """The poster's 目标完成情况 card: 指标 · 目标 → 实际 · a status chip."""
    if not rows:
        return
    _section_heading(p, "目标完成情况", PALETTE.red)
    m, w = SPACE.poster_margin, SPACE.poster_width
    small, row = TYPE.poster_small, TYPE.poster_body + 34
    p.rect(m, p.y, w - 2 * m, row * len(rows) + 20, PALETTE.card, SPACE.poster_radius)
    chip_w = text_width("超额完成", small) + 28
    y = p.y + 10
    for i, r in enumerate(rows):
        _table_row(p, y, first=i == 0, label=metric_label(r.ledger.target.metric),
                   values=f"{compact_target(r.ledger.target)} → {compact_realised(r)}",
                   chip=r.status, muted=r.status == "未完成", chip_w=chip_w, label_share=0.4)
        y += row
    p.y = y + 10


def _table_row(p: Any, y: float, *, first: bool, label: str, values: str, chip: str, muted: bool,
               chip_w: float, label_share: float) -> None:
    """One row of a poster table card (与上年相比, 目标完成情况): a rule above it unless ``first``,
    the label left, the values right in red, and a status chip (grey when ``muted``)."""
    m, w = SPACE.poster_margin, SPACE.poster_width
    small, size, row = TYPE.poster_small, TYPE.poster_body, TYPE.poster_body + 34
    inner = w - 2 * m - 56
    if not first:
        p.rect(m + 28, y, inner, 1, PALETTE.line)
    base = y + row / 2 + size / 2 - 4
    p.text(label, m + 28, base, size, PALETTE.ink, width=inner * label_share)
    box = inner * (1 - label_share) - chip_w - 20
    p.text(values, w - m - 28 - chip_w - 16 - box, base, size, PALETTE.red, bold=True, align="right", width=box)
    chip_x = w - m - 28 - chip_w
    p.rect(chip_x, y + (row - small - 18) / 2, chip_w, small + 18, PALETTE.line if muted else PALETTE.gold_soft,
           (small + 18) / 2)
    p.text(chip, chip_x, y + row / 2 + small / 2 - 3, small, PALETTE.ink_soft if muted else PALETTE.red_deep,
           bold=True, align="center", width=chip_w)


def _footer(p: _Painter, view: DigestView, lens: str) -> None:
    w, m = SPACE.poster_width, SPACE.poster_margin
    p.y += SPACE.poster_gap + 20
    top = p.y
    size = TYPE.poster_small
    where = f" · 来源：{view.source_name}" if view.source_name else ""
    source = f"{view.title}{where} · {view.chars} 字 · 视角 {lens}"
    note = "文字均摘自报告原文，过长处以“…”截断 · huazhongdian 自动生成"
    if view.edited:
        note = "编者选编：条目均摘自报告原文，标题、导语与主题名经编者拟定 · huazhongdian"
    p.rect(0, top, w, 2 * size + 70, PALETTE.red_deep)
    p.text(source, m, top + 28 + size, size, PALETTE.gold_soft, width=w - 2 * m)
    p.text(note, m, top + 44 + 2 * size, size, "#FFFFFF", width=w - 2 * m)
    p.y = top + 2 * size + 70


def layout_poster(digest: Digest, limits: Limits | None = None, previous: Comparison | None = None, *,
                  view: DigestView | None = None) -> Layout:
    """The poster as a display list, lowered until it fits ``SPACE.poster_max_height``.

    Example: ``layout_poster(d).height`` (px, at ``SPACE.poster_width``).

    Args:
        digest: the report's digest.
        limits: one fixed step instead of the lowering sequence (tests).
        previous: ``compare_digests(older_digest, digest)``; adds the 与上年相比 block.
        view: an edited view (:mod:`huazhongdian.render.edit`) instead of ``build_view(digest)``.

    Raises:
        BadInput: when ``previous`` was not made against this digest's report.
    """
    return _poster(digest, limits, previous, view)[1]


def poster_cards(digest: Digest, *, view: DigestView | None = None) -> tuple[Card, ...]:
    """The 数说 cards the poster of ``digest`` draws: the view's six, and the headline results it adds
    when they fit (:data:`POSTER_CARDS`; ``bench/eval_digest.py`` checks their labels too)."""
    return _poster(digest, None, None, view)[0].cards


def _poster(digest: Digest, limits: Limits | None, previous: Comparison | None, view: DigestView | None
            ) -> tuple[DigestView, Layout]:
    view = build_view(digest) if view is None else view
    extra = () if view.edit is not None and view.edit.cards else view.poster_cards   # (the editor's cards stand)
    changes = build_previous_view(digest, previous) if previous is not None else None
    scored = poster_rows(previous) if previous is not None else []
    step, lay = _fitting(view, digest.lens, [limits] if limits else list(STEPS), changes)
    view, step, lay = _with_cards(view, digest.lens, step, lay, extra, changes)
    step, lay = _filled(view, digest.lens, step, lay, changes) if limits is None else (step, lay)
    return view, (_layout(view, digest.lens, step, changes, scored) if scored else lay)


def _with_cards(view: DigestView, lens: str, step: Limits, lay: Layout, extra: tuple[Card, ...],
                changes: PreviousView | None) -> tuple[DigestView, Limits, Layout]:
    """The view with :data:`POSTER_CARDS` - 6 more cards (a third column: nine cards take the six's three
    rows) when the poster of ``step`` still fits its cap with them — if need be with :data:`CARD_TERMS`
    keyword bars instead of ``step.terms`` (three headline results say more than two more bars); else as it
    was. Extra cards never cost a bullet: the step's bullets and themes are chosen without them; and those
    that repeat no figure the poster prints come first."""
    need = POSTER_CARDS - len(view.cards)
    # (a figure the poster prints already, in a bullet or a target row, gives its place to the next)
    shown = "".join(op.text for op in lay.ops if isinstance(op, Run))
    # (but the economy's size stays first among the year's results: every editor's 数说 prints it — shandong 2026's
    # 10.3万亿元, in a bullet too, gave its place to three 十四五 figures)
    extra = tuple(sorted(extra, key=lambda c: f"{c.number}{c.unit}" in shown and not economy_size(c)))
    if need <= 0 or len(extra) < need or lay.height > SPACE.poster_max_height:
        return _size_in_six(view, lens, step, lay, extra, changes)
    wider = replace(view, cards=view.cards + extra[:need])
    for terms in dict.fromkeys((step.terms, min(step.terms, CARD_TERMS))):
        fewer = replace(step, terms=terms)
        wide = _layout(wider, lens, fewer, changes)
        if wide.height <= SPACE.poster_max_height:
            return wider, fewer, wide
    return _size_in_six(view, lens, step, lay, extra, changes)


def _size_in_six(view: DigestView, lens: str, step: Limits, lay: Layout, extra: tuple[Card, ...],
                 changes: PreviousView | None) -> tuple[DigestView, Limits, Layout]:
    """No third column of cards fits: the economy's size takes the place of the year's last result
    (:func:`~huazhongdian.render.view_cards.size_in_six`), when the poster still fits with it."""
    six = size_in_six(view.cards, extra, economy_size)
    if six == view.cards:
        return view, step, lay
    swapped = replace(view, cards=six)
    again = _layout(swapped, lens, step, changes)
    return (swapped, step, again) if again.height <= max(lay.height, SPACE.poster_max_height) else (view, step, lay)


# Fewer bullets, then fewer themes, before shorter lines: a poster steps down to 4 themes × 3
# bullets, … , 2 × 1 before it cuts its bullets to one line each.
STEPS = (Limits(4, 6, 2), Limits(3, 6, 2), Limits(3, 4, 2), Limits(2, 4, 2), Limits(2, 3, 2),
         Limits(1, 3, 2), Limits(1, 2, 2, 6), Limits(1, 2, 1, 6))


def _fitting(view: DigestView, lens: str, steps: list[Limits], changes: PreviousView | None = None
             ) -> tuple[Limits, Layout]:
    """The first step whose poster fits its height cap, and that poster (else the smallest step: a
    report this long still gets a poster, just a tall one). The step is chosen without the 目标完成情况
    block, so adding it never shortens the rest."""
    for step in steps:
        lay = _layout(view, lens, step, changes)
        if lay.height <= SPACE.poster_max_height:
            break
    return step, lay


def _filled(view: DigestView, lens: str, step: Limits, lay: Layout, changes: PreviousView | None
            ) -> tuple[Limits, Layout]:
    """The step with as many more of the year's review bullets (:attr:`Limits.more`; once its themes'
    are all shown, one more theme, :attr:`Limits.more_themes`) as still fit the height cap: a step leaves
    up to a theme's room unused, and the review's headline results are most of an editor's 划重点 (issue 12).
    Each candidate is measured, not laid out (:class:`_Parts`); the poster is laid out once, for the answer."""
    parts = _Parts(view, lens, changes)
    best = _fill(parts, step)
    for terms in range(step.terms - 1, FILL_TERMS - 1, -1):   # (a keyword bar gives way to a result bullet)
        again = _fill(parts, replace(step, terms=terms))
        if again.more + again.more_themes > best.more + best.more_themes:
            best = again
    return best, (lay if best == step else _layout(view, lens, best, changes))


def _fill(parts: _Parts, step: Limits) -> Limits:
    ops = parts.groups(step)[0]
    while True:
        more = replace(step, more=step.more + 1)
        again = parts.groups(more)[0]
        if again == ops:   # (its themes' bullets all shown: one more theme)
            more = replace(step, more_themes=step.more_themes + 1)
            again = parts.groups(more)[0]
        if parts.height(more) > SPACE.poster_max_height or again == ops:
            return step
        step, ops = more, again


class _Parts:
    """A poster's height in three parts, for the fill's candidates: the blocks above the groups (laid out once a
    keyword-bar count), the groups (once a bullet and theme count, whatever the bars: the fill tries each count
    for up to five bar counts) and the blocks below them (once). Each block only steps its painter's cursor down,
    by whole pixels, so the sum is the whole poster's height; the groups' display list tells two candidates apart
    as the whole poster's would (:func:`_layout` draws the same blocks in the same order)."""

    def __init__(self, view: DigestView, lens: str, changes: PreviousView | None) -> None:
        self.view, self.lens, self.changes = view, lens, changes
        self._heads: dict[int, float] = {}
        self._groups: dict[Limits, tuple[list, float]] = {}
        p = _Painter(SPACE.poster_width)
        _targets(p, view)
        _previous(p, changes)
        _footer(p, view, lens)
        self._tail = p.y

    def groups(self, limits: Limits) -> tuple[list, float]:
        """The groups' display list from the cursor at 0, and the height they take."""
        key = replace(limits, terms=0)
        if key not in self._groups:
            p = _Painter(SPACE.poster_width)
            _groups(p, self.view, limits)
            self._groups[key] = (p.layout.ops, p.y)
        return self._groups[key]

    def height(self, limits: Limits) -> int:
        """The whole poster's height (as :func:`_layout` sets it) at ``limits``."""
        if limits.terms not in self._heads:
            p = _Painter(SPACE.poster_width)
            _title_band(p, self.view)
            _lede(p, self.view)
            _cards(p, self.view.cards)
            _terms(p, self.view, limits)
            self._heads[limits.terms] = p.y
        return int(self._heads[limits.terms] + self.groups(limits)[1] + self._tail + 0.5)


def poster_limits(view: DigestView, lens: str) -> Limits:
    """The step the poster of ``view`` draws (:data:`STEPS`)."""
    return _fitting(view, lens, list(STEPS))[0]


def _layout(view: DigestView, lens: str, limits: Limits, previous: PreviousView | None = None,
            scored: list | None = None) -> Layout:
    p = _Painter(SPACE.poster_width)
    _title_band(p, view)
    _lede(p, view)
    _cards(p, view.cards)
    _terms(p, view, limits)
    _groups(p, view, limits)
    _targets(p, view)
    _previous(p, previous)
    if scored:
        _scorecard_block(p, scored)
    _footer(p, view, lens)
    p.layout.height = int(p.y + 0.5)
    return p.layout


def render_poster_png(digest: Digest, previous: Comparison | None = None, *, view: DigestView | None = None) -> bytes:
    """The 一图读懂 poster as PNG bytes (``SPACE.poster_width`` px wide).

    ``previous`` (``compare_digests(older_digest, digest)``) adds the 与上年相比 block.

    Example: ``Path("poster.png").write_bytes(render_poster_png(hzd.digest(doc)))``.
    """
    return paint_png(layout_poster(digest, previous=previous, view=view))


def render_poster_svg(digest: Digest, previous: Comparison | None = None, *, view: DigestView | None = None) -> str:
    """The same poster as SVG text: rectangles and ``<text>`` in Noto Sans SC (``previous``: as for PNG)."""
    return paint_svg(layout_poster(digest, previous=previous, view=view))
