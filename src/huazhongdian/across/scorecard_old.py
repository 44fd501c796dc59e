"""The 1980s reports' shapes (issue 13, the dev80s pairs): a plan report with a review inside it,
and a five-year plan's annual rate as the year's part of it. Words in ``data/scorecard.toml``
``[old_plans]``.

- :func:`inner_review`: a line by itself that opens a review (1982's 六五 report: "六五计划前两年的
  执行情况", between the plan's basic tasks and its measures) is the review part, up to the next
  heading line, when the numbered headings put the review elsewhere.
- :func:`year_part`: in a report with no 主要预期目标 passage, a figure whose clause holds an
  annual-rate cue (都是平均每年递增百分之四) is the year's part of the five-year plan, a ledger row
  even in a sentence about the plan period.
"""

from __future__ import annotations

import re
from functools import lru_cache

from huazhongdian.datafiles import load_toml

__all__ = ["inner_review", "year_part"]

_LINE = re.compile(r"(?m)^[^\n，,。；;！？：:]{4,30}$")


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    raw = load_toml("scorecard.toml").get("old_plans", {})
    return {k: tuple(raw.get(k, ())) for k in ("review_headings", "not_headings", "year_part")}


def inner_review(text: str, review: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a heading line with a review cue and the text under it (to the next heading
    line), when ``review`` does not already hold that line; else None."""
    cues = _cues()
    lines = [m for m in _LINE.finditer(text) if not m.group().strip().startswith(cues["not_headings"])]
    for i, m in enumerate(lines):
        if not any(c in m.group() for c in cues["review_headings"]):
            continue
        if review[0] <= m.start() < review[1]:
            return None
        end = lines[i + 1].start() if i + 1 < len(lines) else len(text)
        return m.start(), end
    return None


def year_part(clause: str) -> bool:
    """Whether ``clause`` (the words before a figure in its clause) states an annual rate."""
    return any(c in clause for c in _cues()["year_part"])
