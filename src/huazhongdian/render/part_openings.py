"""How near each bullet stands to the opening of its part (wt-carry-rank2, issue 12).

The review's opening paragraph and the plan's targets carry a report's headline figures: a fact near its part's
opening is more of the report's news. The view (:mod:`.view`) lifts such facts in the text outputs' shown count
(``[view] opening_strong`` of ``data/news_value.toml``); the poster keeps its own limits.
"""

from __future__ import annotations

from huazhongdian.render.selection_parts import Fact
from huazhongdian.types import Digest, Item


def part_key(item: Item) -> str:
    """The part a sentence stands in: the review, the plan (with its targets), or the rest."""
    return "plan" if item.mode == "target" else item.mode if item.mode in ("achievement", "plan") else "other"


def part_openings(digest: Digest, facts: list[Fact]) -> dict[int, float]:
    """Each fact's nearness to the opening of its part (:func:`part_key`), by its start: 1 at the part's first
    sentence, 0 at the end of its last.

    Example: a review from offset 100 to 1100 → its fact at 600 is ``0.5``."""
    parts: dict[str, tuple[int, int]] = {}
    for it in digest.items:
        a, b = parts.get(part_key(it), (it.start, it.end))
        parts[part_key(it)] = (min(a, it.start), max(b, it.end))
    out = {}
    for fact in facts:
        a, b = parts[part_key(digest.items[fact.item])]
        out[fact.start] = 1 - (fact.start - a) / max(1, b - a)
    return out
