"""Review statements inside the later report's plan part (issue 13: "no figure taken from the plan
part of the later report" keeps plan targets out, not last year's results).

An old report often states last year's results inside its plan part (1987: 去年，控制固定资产投资过度
增长的工作初见成效，全民所有制单位基本建设投资比上年增长7.3%). :func:`past_sentences` gives the plan part's
sentences that open on an explicit reference to the review year (``[past] opens``: 去年, 上年; or the
review year itself, 1986年 / 一九八六年; not ``not_after``: 去年以来) and hold none of ``plan_verbs``
(要, 将, 计划, 争取 …): their figures are review figures. Words in ``data/scorecard.toml`` ``[past]``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from huazhongdian.across.scorecard_data import _parts
from huazhongdian.datafiles import load_toml
from huazhongdian.types import Digest, Indicator

__all__ = ["past_sentences", "review_figures", "review_year_words"]

_DIGITS = "〇一二三四五六七八九"
_SENTENCE = re.compile(r"[^。！？\n]+")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    raw = load_toml("scorecard.toml").get("past", {})
    return (tuple(raw.get("opens", ())), tuple(raw.get("not_after", ())), tuple(raw.get("plan_verbs", ())))


def review_year_words(year: int | None) -> tuple[str, ...]:
    """The words that name ``year`` as a past year: ``[past] opens`` and the year itself (1986年, 一九八六年)."""
    opens = _words()[0]
    if year is None:
        return opens
    return opens + (f"{year}年", "".join(_DIGITS[int(c)] for c in str(year)) + "年")


def past_sentences(text: str, plan: tuple[int, int], year: int | None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``plan`` that opens on the review year ``year`` and holds no plan verb."""
    _, not_after, verbs = _words()
    opens = review_year_words(year)
    out = []
    for m in _SENTENCE.finditer(text, plan[0], plan[1]):
        sentence = m.group().lstrip("　 \t")
        head = next((w for w in opens if sentence.startswith(w)), None)
        if head is None or any(sentence.startswith(w, len(head)) for w in not_after):
            continue
        if any(v in sentence for v in verbs):
            continue
        out.append((m.start(), m.end()))
    return out


def review_figures(new: Digest, review: tuple[int, int]) -> list[Indicator]:
    """The figures of ``new``'s review part, and of its plan part's review statements (去年，…基本建设
    投资比上年增长7.3%)."""
    doc = new.document
    past = [s for s in past_sentences(doc.text, _parts(doc)[1], doc.meta.review_year) if not review[0] <= s[0] < review[1]]
    return [ind for ind in new.indicators if ind.value is not None
            and (review[0] <= ind.start < review[1] or any(a <= ind.start < b for a, b in past))]
