"""The 1980s reports' shapes (issue 13, the dev80s pairs): a five-year plan's annual rate as the
year's part of it (a plan report's review inside it is the structure's: ``structure_topics``).
Words in ``data/scorecard.toml`` ``[old_plans]``.

- :func:`next_plan_year`: a report given late in its year (1980, 1981) plans the next one.
- :func:`name_clause`: a sentence that opens with a bare name and then states one figure per year
  or a rate with no subject of its own (社会商品零售总额，一九八一年比…，一九八二年预计…) is named by it.
- :func:`year_named`: in a review of two years, the figure after the review year's name is the year's.
- :func:`plan_end_year`: a five-year plan's goal for a later year (增加到一九八七年的五十五万人,
  五年内使…) is a row of that year, never paired with the next report's one-year figure.
- :func:`from_name`: a goal stated as a move (计划将普通高等学校招生人数由一九八二年的…，增加到一九八七年的…)
  is named by what moves, not by its year (增加到一九八七年).
- :func:`year_part`: in a report with no 主要预期目标 passage, a figure whose clause holds an
  annual-rate cue (都是平均每年递增百分之四) is the year's part of the five-year plan, a ledger row
  even in a sentence about the plan period.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from huazhongdian.datafiles import load_toml
from huazhongdian.numerals import YEAR_DIGITS
from huazhongdian.types import Document, Indicator

__all__ = ["bare_clause", "from_name", "name_clause", "plan_name", "year_words", "named_before", "named_year", "next_plan_year", "other_year",
           "plan_end_year", "plan_year_by_default", "wider_words", "year_named", "year_part"]

_NUMBER = re.compile(r"\d|[〇○零一二三四五六七八九十百千万亿]{2,}")


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    raw = load_toml("scorecard.toml").get("old_plans", {})
    return {k: tuple(raw.get(k, ())) for k in ("year_part", "name_not", "bare_words",
                                                  "from_leads", "plan_tails", "plan_name_not")} | {
        "plan_compare": (raw.get("plan_compare", r"(?!)"),), "plan_from": (raw.get("plan_from", r"(?!)"),),
        "plan_year": (raw.get("plan_year", r"(?!)"),), "named_before": (str(raw.get("named_before", 0)),),
        "end_year": (raw.get("end_year", r"(?!)"),), "from_name": (raw.get("from_name", r"(?!)"),)}


@lru_cache(maxsize=1)
def _within() -> tuple[tuple[str, int], ...]:
    return tuple((w, int(n)) for w, n in load_toml("scorecard.toml").get("old_plans", {}).get("within_years", ()))


def plan_end_year(words: str, year: int | None) -> int | None:
    """The later year a plan figure is a goal for: the last ``end_year`` cue in ``words`` (the
    figure's clause up to its end) naming a year after ``year`` (增加到一九八七年的五十五万人 → 1987),
    else a ``within_years`` span from ``year`` (五年内使… → ``year`` + 4); None for the year's own."""
    if year is None:
        return None
    named = [int(m.group("year").translate(YEAR_DIGITS)) for m in re.finditer(_cues()["end_year"][0], words)]
    if named and named[-1] > year:
        return named[-1]
    return next((year + n - 1 for w, n in _within() if w in words), None)


def named_before() -> int:
    """Years before this one named before a review figure make it another year's (the two-year
    reviews of the 1980s); later reviews name years in comparisons the other rules weigh."""
    return int(_cues()["named_before"][0])


def next_plan_year(text: str, plan: tuple[int, int], year: int | None) -> int | None:
    """The year after ``year`` when the plan part names it as the plan's year (1980.txt:
    二、1981年国民经济计划的任务和主要指标), else None."""
    if year is None:
        return None
    for m in re.finditer(_cues()["plan_year"][0], text[plan[0]:plan[1]]):
        if int(m.group("year").translate(YEAR_DIGITS)) == year + 1:
            return year + 1
    return None


_HAS_YEAR = re.compile(r"(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年")


def from_name(text: str, start: int, metric: str) -> str:
    """What a goal stated as a move measures, when ``metric`` (the figure's own) names a year:
    the words before the sentence's last ``from_name`` match before ``start`` (由一九八二年的…), its
    ``from_leads`` (计划将, 将) cut off (计划将普通高等学校招生人数由一九八二年的三十一万五千人，
    增加到一九八七年的五十五万人 → 普通高等学校招生人数); else ``metric``."""
    if not _HAS_YEAR.search(metric):
        return metric
    begin = max(text.rfind(c, 0, start) for c in "。！？\n") + 1
    found = list(re.finditer(_cues()["from_name"][0], text[begin:start]))
    if not found:
        return metric
    name = found[-1].group("name")
    for lead in sorted(_cues()["from_leads"], key=len, reverse=True):
        if name.startswith(lead):
            name = name[len(lead):]
            break
    return name if 2 <= len(name) and not _NUMBER.search(name) else metric


def year_part(clause: str) -> bool:
    """Whether ``clause`` (the words before a figure in its clause) states an annual rate."""
    return any(c in clause for c in _cues()["year_part"])


_TIME = re.compile(r"(?:到|在|从|截至)?(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年(?:底|末)?")
_YEAR = re.compile(r"(?<![比同较到至—\-～])((?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年")


def name_clause(text: str, start: int) -> str:
    """The first clause of the sentence holding ``start`` when it only names what the figures
    after it measure (社会商品零售总额，一九八一年比一九八○年增长…，一九八二年预计…增长百分之八点九;
    工农业总产值，比1980年预计增长5.5%), a leading time clause (到一九八五年) skipped: no number, none of
    the ``name_not`` words, 2–16 characters; else ""."""
    begin = max(text.rfind(c, 0, start) for c in "。！？\n") + 1
    for m in re.finditer(r"[^，,；;：:。]+(?=[，,])", text[begin:start]):
        words = m.group().strip()
        if _TIME.fullmatch(words):
            continue
        if 2 <= len(words) <= 16 and not _NUMBER.search(words) and "、" not in words and not any(w in words for w in _cues()["name_not"]):
            return words
        return ""
    return ""


_LEAD_YEAR = re.compile(r"^(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年(?:度)?(?:的)?")
# 一九五八粮食的指标: an old report's year before a name, 年 left out.
_LEAD_CN_YEAR = re.compile(r"^[一][九][〇○零一二三四五六七八九]{2}(?=[^年〇○零一二三四五六七八九])")


def _tails_cut(name: str) -> str:
    tails = _cues()["plan_tails"]
    while (tail := next((t for t in tails if name.endswith(t)), None)) is not None:
        name = name[:-len(tail)]
    return name


def plan_name(text: str, start: int, metric: str) -> str:
    """An old plan figure's name (``[old_plans] plan_tails``): 钢产量拟定 → 钢产量; a name that is only a
    verb or a comparison (拟定, 比一九五七年预计数) → its sentence's first clause, a leading year cut off
    (一九五八年的工业总产值，拟定为…，增长百分之十四点六 → 工业总产值; the nearest such clause, one with a
    number or a ``plan_name_not`` word read past); else ``metric`` unchanged."""
    name = _LEAD_CN_YEAR.sub("", _tails_cut(metric))
    moved = bool(name) and re.fullmatch(_cues()["plan_from"][0], name) is not None
    if name and not moved and not re.fullmatch(_cues()["plan_compare"][0], name):
        return name if len(name) >= 2 else metric
    begin = max(text.rfind(c, 0, start) for c in "。！？\n") + 1
    # The clauses before the figure's own, nearest first: figures' clauses (a number, a verb) are
    # read past; a framing clause (根据农业生产高潮的新形势) is no name either.
    clauses = re.findall(r"[^，,；;：:。]+(?=[，,])", re.sub(r"（[^（）]*）|\([^()]*\)", "", text[begin:start]))
    for clause in reversed(clauses):
        words = _tails_cut(_LEAD_YEAR.sub("", clause.strip()))
        if (2 <= len(words) <= 16 and not _NUMBER.search(words) and "、" not in words
                and not any(w in words for w in _cues()["plan_name_not"])):
            return words
    return "" if moved else metric


def year_words(year: int | None) -> list[str]:
    """The review year's names: 1958年 and, as the old reports write it, 一九五八年 (〇, ○ or 零 for 0)."""
    if not year:
        return []
    return [f"{year}年"] + sorted({str(year).translate(str.maketrans("0123456789", zero + "一二三四五六七八九")) + "年"
                                  for zero in "〇○零"})


def year_named(text: str, sentence_start: int, start: int, year: int | None, multi: tuple[str, ...]) -> bool:
    """Whether the last year named before ``start`` in its sentence (not a base: 比一九八一年) is
    ``year`` with no multi-year cue after it (一九八二年计划为百分之四，预计可以达到百分之六点四 in a
    review of two years; not 两年平均每年递增百分之五点五)."""
    return year is not None and named_year(text, sentence_start, start, multi) == year


def named_year(text: str, sentence_start: int, start: int, multi: tuple[str, ...]) -> int | None:
    """The last year named before ``start`` in its sentence, not a base (比一九八一年), when no
    multi-year cue follows it (一九八一年计划为百分之三点七，实际达到百分之四点六 → 1981); else None."""
    before = text[sentence_start:start]
    last = None
    for last in _YEAR.finditer(before):
        pass
    if last is None or any(c in before[last.end():] for c in multi):
        return None
    return int(last.group(1).translate(YEAR_DIGITS))


def bare_clause(words: str) -> bool:
    """Whether a figure's clause names nothing: only years and ``bare_words`` (一九八二年预计比一九八一年
    增长, 预计可以达到) — then the sentence's :func:`name_clause` names it."""
    rest = _TIME.sub("", words)
    for w in sorted(_cues()["bare_words"], key=len, reverse=True):
        rest = rest.replace(w, "")
    return not rest.strip()


def other_year(text: str, sentence_start: int, start: int, year: int | None, multi: tuple[str, ...]) -> bool:
    """Whether the figure at ``start`` follows the name of a year before ``named_before`` other than
    the review ``year`` (1982's review of two years: 一九八一年计划为百分之三点七，实际达到百分之四点六)."""
    named = named_year(text, sentence_start, start, multi)
    return named is not None and year is not None and named != year and named < named_before()


def plan_year_by_default(doc: Document, ind: Indicator) -> bool:
    """Whether a review figure holds the plan year only by default, no year named before it in its
    sentence (1987: 其中工农业总产值…比上年增长9.3% reads as a plan figure; 1982, planning 1983:
    预计可以达到百分之六点四): it is the review year's."""
    year = doc.meta.review_year
    return (ind.period == doc.meta.plan_year != year
            and f"{ind.period}年" not in doc.text[ind.sentence_start:ind.start])


def wider_words(name: str, rules: Iterable[Any]) -> list[str]:
    """The metric words of other ``rules`` (``[[metric]]``) that hold ``name``: 工农业总产值 holds
    农业总产值 but is another metric; 一般公共财政预算收入 is a word of a rule naming
    公共财政预算收入 too, the same metric, so no wider word."""
    return [w for r in rules if name not in r.words for w in r.words if name in w]
