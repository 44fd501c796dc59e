"""What changed between two reports: terms, headline targets, items new and dropped.

Terms: the union of lexicon terms found in either text plus both digests' terms and
keywords, counted in both texts by the project's rule (``str.count``). Status:

- ``new`` / ``dropped``: absent (count 0) on one side;
- ``up`` / ``down``: density (per 10k chars) changed by more than :data:`DENSITY_BAND`
  (25 %) *and* the count changed by at least 2 — one extra mention is noise;
- ``same`` otherwise.

Items: near-duplicate matching on normalised text (punctuation dropped, every digit run
replaced by ``#`` so "增长5%" and "增长5.5%" still match), scored by the Jaccard
similarity of character bigrams. An item counts as carried over when its best match on
the other side scores at least :data:`ITEM_MATCH` (0.5); otherwise it is new/dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from huazhongdian.across.trend import density
from huazhongdian.extract.segment import word_boundaries
from huazhongdian.extract.terms import count_words, find_spans, load_lexicon
from huazhongdian.render.view import target_value
from huazhongdian.types import Digest, Item, Target

TermStatus = Literal["new", "dropped", "up", "down", "same"]
TargetStatus = Literal["added", "removed", "same", "changed"]

DENSITY_BAND = Decimal("0.25")
ITEM_MATCH = 0.5

_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)
_DIGITS = re.compile(r"[0-9０-９.．]+")


@dataclass(frozen=True, slots=True)
class TermChange:
    term: str
    old_count: int
    new_count: int
    old_per_10k: Decimal
    new_per_10k: Decimal
    status: TermStatus  # worded by render.wording (section "term_status")
    old_word_count: int = 0  # occurrences on word boundaries (extract.terms.count_words)
    new_word_count: int = 0


@dataclass(frozen=True, slots=True)
class TargetChange:
    metric: str
    old: Target | None
    new: Target | None
    status: TargetStatus  # the compare JSON's "change" words it (render.json.target_change_text)


@dataclass(frozen=True, slots=True)
class Comparison:
    old: Digest
    new: Digest
    terms: tuple[TermChange, ...]
    targets: tuple[TargetChange, ...]
    items_new: tuple[Item, ...]
    items_dropped: tuple[Item, ...]


def compare_digests(old: Digest, new: Digest) -> Comparison:
    """Compare two digests (e.g. last year's report and this year's).

    Example: ``c = compare_digests(digest(read("2024.txt")), digest(read("2025.txt")))``.
    """
    return Comparison(
        old=old,
        new=new,
        terms=tuple(compare_terms(old, new)),
        targets=tuple(compare_targets(old.targets, new.targets)),
        items_new=tuple(unmatched(_items(new), _items(old))),
        items_dropped=tuple(unmatched(_items(old), _items(new))),
    )


def term_status(old_count: int, new_count: int, old_d: Decimal, new_d: Decimal) -> TermStatus:
    """new / dropped / up / down / same by the rule in the module docstring."""
    if old_count == 0 and new_count == 0:
        return "same"
    if old_count == 0:
        return "new"
    if new_count == 0:
        return "dropped"
    if abs(new_count - old_count) >= 2:
        if new_d > old_d * (1 + DENSITY_BAND):
            return "up"
        if new_d < old_d * (1 - DENSITY_BAND):
            return "down"
    return "same"


_STATUS_ORDER = {"new": 0, "up": 1, "down": 2, "dropped": 3, "same": 4}


def compare_terms(old: Digest, new: Digest, extra: Sequence[str] = ()) -> list[TermChange]:
    """Every candidate term counted in both texts, ordered by status then size of change."""
    old_text, new_text = old.document.text, new.document.text
    candidates: dict[str, None] = dict.fromkeys(extra)
    for d in (old, new):
        candidates.update(dict.fromkeys(t.term for t in d.terms))
        candidates.update(dict.fromkeys(k.term for k in d.keywords))
    candidates.update(dict.fromkeys(t for t in load_lexicon() if t in old_text or t in new_text))
    out = []
    old_cuts, new_cuts = word_boundaries(old_text), word_boundaries(new_text)
    for term in candidates:
        if not term:
            continue
        oc, nc = old_text.count(term), new_text.count(term)
        od, nd = density(oc, len(old_text)), density(nc, len(new_text))
        ow = count_words(old_text, find_spans(old_text, term), old_cuts) if oc else 0
        nw = count_words(new_text, find_spans(new_text, term), new_cuts) if nc else 0
        out.append(TermChange(term, oc, nc, od, nd, term_status(oc, nc, od, nd), ow, nw))
    out.sort(key=lambda c: (_STATUS_ORDER[c.status], -abs(c.new_per_10k - c.old_per_10k), c.term))
    return out


def target_phrase(t: Target) -> str:
    """A target as a report would say it: "5%左右", "3%", "5.5-6%", "不设具体目标".

    The digest's own phrasing (:func:`huazhongdian.render.view.target_value`), so a comparison
    and the two reports' digests word each numeric target alike.

    Example: ``target_phrase(cpi_2025) == "2%左右"``.
    """
    if not t.absent and t.value is None and (t.low is None or t.high is None):
        # A target stated in words: the digest shows "同步" beside the metric's name, but a
        # comparison row shows only the key, so it keeps the report's own sentence.
        return t.text
    return target_value(t)


def compare_targets(old: Sequence[Target], new: Sequence[Target]) -> list[TargetChange]:
    """Headline targets side by side, one row per metric (first target of each metric).

    Status: ``added`` / ``removed`` when one report sets none, ``same`` when both state it
    alike (:func:`target_phrase`), else ``changed``; the renderers word it.
    """
    old_by: dict[str, Target] = {}
    new_by: dict[str, Target] = {}
    for t in old:
        old_by.setdefault(t.metric, t)
    for t in new:
        new_by.setdefault(t.metric, t)
    out = []
    for metric in dict.fromkeys([*old_by, *new_by]):
        o, n = old_by.get(metric), new_by.get(metric)
        status: TargetStatus
        if o is None:
            status = "added"
        elif n is None:
            status = "removed"
        else:
            status = "same" if target_phrase(o) == target_phrase(n) else "changed"
        out.append(TargetChange(metric, o, n, status))
    return out


def normalise_item(text: str) -> str:
    """Text for near-duplicate matching: digit runs → #, punctuation and spaces dropped."""
    return _NOISE.sub("", _DIGITS.sub("#", text))


def bigrams(text: str) -> frozenset[str]:
    s = normalise_item(text)
    return frozenset(s[i:i + 2] for i in range(len(s) - 1)) if len(s) > 1 else frozenset({s})


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def unmatched(items: Sequence[Item], others: Sequence[Item], threshold: float = ITEM_MATCH) -> list[Item]:
    """Items with no near-duplicate (bigram Jaccard ≥ threshold) among ``others``.

    An inverted index over bigrams keeps this linear-ish: only items sharing a bigram
    are scored, instead of every pair.
    """
    other_grams = [bigrams(o.text) for o in others]
    index: dict[str, list[int]] = defaultdict(list)
    for j, grams in enumerate(other_grams):
        for g in grams:
            index[g].append(j)
    out = []
    for item in items:
        grams = bigrams(item.text)
        shared: dict[int, int] = defaultdict(int)
        for g in grams:
            for j in index.get(g, ()):
                shared[j] += 1
        best = max((n / (len(grams) + len(other_grams[j]) - n) for j, n in shared.items()), default=0.0)
        if best < threshold:
            out.append(item)
    return out


def _items(d: Digest) -> list[Item]:
    """The digest's items; before the classifier has produced any, its sentences.

    Sentences stand in with mode "other" so that compare still says something useful
    on a pipeline without items (e.g. a custom lens that keeps nothing).
    """
    if d.items:
        return list(d.items)
    return [Item(text=s.text, start=s.start, end=s.end, mode="other", theme="", section="")
            for s in d.document.sentences if len(s.text) >= 8]
