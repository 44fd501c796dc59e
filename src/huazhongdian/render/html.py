"""Digest → one self-contained HTML page, laid out like a newsroom's 划重点 article.

The page inlines its CSS and its one SVG chart and references nothing outside itself
(no script, font, image or stylesheet from anywhere), so it can be mailed, archived or
opened offline. Every bullet, card and target links to its sentence in the appendix,
which reprints the report paragraph by paragraph with one element per sentence
(``id="s-<start>"``); the ``:target`` rule highlights the linked sentence and its
figures. All report text goes through Jinja2 autoescaping.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import jinja2

from markupsafe import Markup

from huazhongdian.render import style
from huazhongdian.render.edit import EDITOR_NOTE
from huazhongdian.render.previous import build_previous_view
from huazhongdian.render.scorecard import scorecard_html
from huazhongdian.render.view import DigestView, build_view, source_paragraphs
from huazhongdian.types import Digest

if TYPE_CHECKING:
    from huazhongdian.across.compare import Comparison

# Keyword chart geometry in SVG user units, about CSS px at phone width (the SVG scales
# with the column up to a max-width, so labels stay readable on phones and desktops).
_BAR_VIEW_WIDTH = 400
_BAR_ROW = 30
_BAR_LABEL = 130
_BAR_LABEL_CHARS = 8  # 14 px CJK characters in the label column
_BAR_COUNT = 40


@dataclass(frozen=True, slots=True)
class _Bar:
    term: str
    label: str
    count: int
    y: int
    width: float


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("huazhongdian", "render/templates"),
        autoescape=True,  # every string from a report is hostile until escaped
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def _bar_label(term: str) -> str:
    """A term short enough for the label column (the full term stays in the SVG <title>)."""
    return term if len(term) <= _BAR_LABEL_CHARS else term[:_BAR_LABEL_CHARS - 1] + "…"


def _bars(view: DigestView) -> tuple[int, list[_Bar]]:
    """(label column width, bars): the column fits the longest shown label, not more."""
    labels = [_bar_label(t.term) for t in view.terms]
    label_w = min(_BAR_LABEL, 14 * max((len(x) for x in labels), default=2) + 14)
    top = max((t.count for t in view.terms), default=1)
    room = _BAR_VIEW_WIDTH - label_w - _BAR_COUNT
    return label_w, [_Bar(t.term, label, t.count, i * _BAR_ROW, max(2.0, room * t.count / top))
                     for i, (t, label) in enumerate(zip(view.terms, labels))]


def render_html(digest: Digest, previous: Comparison | None = None, *, view: DigestView | None = None) -> str:
    """The digest as one self-contained HTML page (UTF-8 text).

    Example: ``Path("out.html").write_text(render_html(hzd.digest(doc)), encoding="utf-8")``.

    Args:
        digest: the digest.
        previous: ``compare_digests(older_digest, digest)``; adds the "与上年相比" section after
            the targets (see :mod:`huazhongdian.render.previous`).
        view: an edited view (:mod:`huazhongdian.render.edit`) instead of ``build_view(digest)``.
    """

    view = view if view is not None else build_view(digest)
    label_w, bars = _bars(view)
    template = _environment().get_template("digest.html.j2")
    return template.render(
        view=view,
        previous=build_previous_view(digest, previous) if previous is not None else None,
        scorecard_html=scorecard_html(previous) if previous is not None else "",
        lens=digest.lens,
        bars=bars,
        bar=dict(width=_BAR_VIEW_WIDTH, row=_BAR_ROW, label=label_w, count=_BAR_COUNT),
        appendix=source_paragraphs(digest),
        editor_note=EDITOR_NOTE,
        # Our own constant CSS (font stacks contain quotes that must not be entity-escaped).
        css_vars=Markup(style.css_variables()),
    )
