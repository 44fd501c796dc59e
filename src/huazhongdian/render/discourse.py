"""Whole sentences of a discourse kind give no bullet (issue 12, wt-carry-frame).

Phrase cues tuned on some reports do not carry to the next ([cues] framing is worded afresh in every
report); a sentence's *kind* does. An item (a sentence of the report) that states a thesis ("计划生育和
环境保护是我国的基本国策", "把…作为…的重中之重"), makes an appeal or praises an effort ("希望台湾同胞…",
"…作出了很大的努力") or only leads a list by its count ("必须抓好三项工作") is discourse, and so is none
of its clauses a bullet: the whole sentence goes, so no fragment of it is left ("能源的开发和生产").
Only a sentence with nothing concrete goes: any figure (not a set count), named entity, quoted or
book-titled name keeps it. A theme left with fewer than three bullets shows fewer rather than its
weakest. A party congress's report is left alone (its theses are its facts: [congress] thesis).

Data: ``news_value.toml`` ``[discourse]`` (regexes searched in the item's simplified text).
Called from one place: :func:`huazhongdian.render.selection._select`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from huazhongdian.datafiles import load_toml
from huazhongdian.derive import derived
from huazhongdian.render.news_value import no_figures

if TYPE_CHECKING:
    from huazhongdian.render.selection_parts import Fact
    from huazhongdian.types import Digest

__all__ = ["discourse_kind", "drop_discourse"]

KINDS = ("thesis", "appeal", "lead", "value", "slogan")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    raw = load_toml("news_value.toml")["discourse"]
    out = {k: re.compile("|".join(f"(?:{p})" for p in raw[k])) for k in (*KINDS, "concrete")}
    out["count_only"] = re.compile(raw["count_only"])
    return out


def discourse_kind(text: str) -> str:
    """The discourse kind of a sentence's text by its form ("thesis", "appeal", "lead", "value", "slogan"), or ""."""
    p = _patterns()
    if p["concrete"].search(text):
        return ""
    for kind in KINDS:
        if p[kind].search(text):
            return kind
    return ""


def _concrete_spans(digest: Digest) -> list[tuple[int, int]]:
    none = no_figures(digest)
    text, count_only = digest.document.text, _patterns()["count_only"]
    spans = [(ind.start, ind.end) for i, ind in enumerate(digest.indicators) if ind.end > ind.start and i not in none
             and not count_only.match(text, ind.end)]
    spans += [(s.start, s.end) for e in digest.entities for s in e.spans]
    return sorted(spans)


def discourse_items(digest: Digest, items: set[int]) -> set[int]:
    """Of the ``items`` (indices into ``digest.items``), those that are discourse with nothing concrete."""
    if digest.document.meta.kind == "party-congress-report" or not items:
        return set()
    match = derived(digest.document).matching   # the simplified matching text, same offsets
    spans = _concrete_spans(digest)
    out = set()
    for idx in items:
        item = digest.items[idx]
        if any(s < item.end and e > item.start for s, e in spans):
            continue
        if discourse_kind(match[item.start:item.end].strip()):
            out.add(idx)
    return out


def drop_discourse(digest: Digest, facts: list[Fact]) -> list[Fact]:
    """``facts`` without those of a discourse item (every clause of it: no fragment is left)."""
    gone = discourse_items(digest, {f.item for f in facts})
    return [f for f in facts if f.item not in gone] if gone else facts
