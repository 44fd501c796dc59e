"""The one line that closes a mode group for its themes that list nothing (issue 12 point 1).

A theme none of whose bullets is listed (a review theme with no figure, first, rank or named
project of its own) gets no heading in any output: an editor prints no empty heading. Its bullets
are counted once at the group's end — Markdown's closing line, the one 展开全部 of the HTML digest
and the web page, which holds them — in the wording :func:`unlisted_note` gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

# Why a theme lists nothing: every output says it the same way.
NO_FACT = "没有数字、首次、排名或具名项目"


class _Theme(Protocol):
    theme: str
    shown: int

    @property
    def more(self) -> tuple: ...


def unlisted_note(themes: Sequence[_Theme]) -> str:
    """The closing line for ``themes`` (each with bullets, none listed), in the view's order.

    Example: 安全 with one bullet and 政府建设 with two →
    ``"另有安全方面 1 条、政府建设方面 2 条未列出（没有数字、首次、排名或具名项目）"``. The reason is
    given when it holds for every theme (none of them had a bullet to list: ``shown == 0``); a theme
    whose listed bullets all repeat the targets table has another reason, and then none is given.
    """
    if not themes:
        return ""
    counts = "、".join(f"{t.theme}方面 {len(t.more)} 条" for t in themes)
    reason = f"（{NO_FACT}）" if all(t.shown == 0 for t in themes) else ""
    return f"另有{counts}未列出{reason}"
