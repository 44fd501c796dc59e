"""The commitments an older report states in sentences (issue 13 item 5, the fresh6 pairs: national
1985→1986, 1987→1988). A report with no 主要预期目标 passage (the 1950s–1980s) states most of its
year's commitments in words in its plan part (继续抓好粮食生产; 保计划内建设，压计划外建设; 国家还将通过
发行债券等形式…): every stated target is a row, qualitative ones too.

:func:`stated_rows`: each plan sentence from its first clause holding a ``[stated] cues`` word
(要, 将, 力争, 今年 …) on, cut into runs of clauses that hold no ledger row yet, is one row per run
(value null, the run as its span and its metric), unless the sentence holds a five-year cue
(``period_cue``: the plan period's goals) or the run is shorter than ``min_chars``. Its metric is
no key of the data file, so no review figure answers it: the row says 未提及 until a rule pairs it.
Words in ``data/scorecard.toml`` ``[stated]``.

:func:`review_promises`: a clause of the review part that says what is expected within the plan year
(``[stated] review_promise``: 炼焦、炼铁、炼钢、初轧可望在今年内陆续投产, 1985 on 宝钢) is a commitment of
that year too, one row per clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate

from huazhongdian.across.scorecard_data import period_cue
from huazhongdian.across.scorecard_worded import _CLAUSE  # (one clause pattern for the stated and the worded rows)
from huazhongdian.datafiles import load_toml
from huazhongdian.types import LedgerRow, Target

__all__ = ["review_promises", "stated_rows"]

_SENTENCE = re.compile(r"[^。！？\n]+")


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str] | None, int]:
    """The cue words as one pattern (None without any), and ``min_chars``."""
    raw = load_toml("scorecard.toml").get("stated", {})
    cues = tuple(raw.get("cues", ()))
    return (re.compile("|".join(map(re.escape, cues))) if cues else None), int(raw.get("min_chars", 4))


def _overlaps(taken: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a span [start, end) overlaps one of ``taken``, by bisection (a report's plan part
    has thousands of clauses and hundreds of rows): the spans opening before ``end``, sorted, and
    the furthest end among them."""
    spans = sorted(taken)
    opens = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))

    def hit(start: int, end: int) -> bool:
        n = bisect_left(opens, end)
        return n > 0 and reach[n - 1] > start
    return hit


def stated_rows(text: str, plan: tuple[int, int], taken: Sequence[tuple[int, int]], year: int | None,
                theme_at: Callable[[int], str]) -> list[LedgerRow]:
    """The plan part's commitments stated in words that no row holds yet, in report order (rules in
    the module docstring); ``taken`` are the spans of the rows already in the ledger."""
    cues, least = _cues()
    if cues is None:
        return []
    held = _overlaps(taken)
    rows: list[LedgerRow] = []
    for s in _SENTENCE.finditer(text, plan[0], plan[1]):
        # (A sentence with no cue word has no row: its five-year cue is not looked for.)
        if cues.search(s.group()) is None or (period_cue(s.group(), year) and not _this_year(s.group())):
            continue
        run: list[tuple[int, int]] = []
        started = False
        for c in _CLAUSE.finditer(text, s.start(), s.end()):
            start, end = c.start() + len(c.group()) - len(c.group().lstrip()), c.end()
            started = started or cues.search(c.group()) is not None
            if not started:
                continue
            if held(start, end):
                rows.extend(_row(text, run, year, theme_at, least))
                run = []
                continue
            run.append((start, end))
        rows.extend(_row(text, run, year, theme_at, least))
    return rows


def _row(text: str, run: list[tuple[int, int]], year: int | None, theme_at: Callable[[int], str],
         least: int) -> list[LedgerRow]:
    if not run:
        return []
    start, end = run[0][0], run[-1][1]
    words = text[start:end]
    if len(words) < least:
        return []
    return [LedgerRow(Target(metric=words, year=year, value=None, low=None, high=None, unit="", qualifier=None,
                             absent=False, text=words, start=start, end=end), theme_at(start), "qualitative")]


def _this_year(sentence: str) -> bool:
    """Whether a sentence says its commitment is for the plan year (要在今年内基本完工), whatever period
    it names before (1998年以来开工建设的大部分国债项目): ``[stated] this_year``."""
    return any(w in sentence for w in load_toml("scorecard.toml").get("stated", {}).get("this_year", ()))


@lru_cache(maxsize=1)
def _promise() -> re.Pattern[str] | None:
    pattern = load_toml("scorecard.toml").get("stated", {}).get("review_promise")
    return re.compile(pattern) if pattern else None


def review_promises(text: str, review: tuple[int, int], taken: Sequence[tuple[int, int]], year: int | None,
                    theme_at: Callable[[int], str]) -> list[LedgerRow]:
    """The review part's clauses that promise something within the plan year, no row holding them yet."""
    promise = _promise()
    if promise is None:
        return []
    held = _overlaps(taken)
    rows: list[LedgerRow] = []
    for c in _CLAUSE.finditer(text, review[0], review[1]):
        start, end = c.start() + len(c.group()) - len(c.group().lstrip()), c.end()
        if promise.search(c.group()) and not held(start, end):
            rows.extend(_row(text, [(start, end)], year, theme_at, _cues()[1]))
    return rows
