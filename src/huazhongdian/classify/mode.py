"""achievement / plan / target / other for each sentence or list item.

A report's structure says most: sentences under "2024年工作回顾" look back, sentences
under "2025年政府工作任务" look ahead, and the "主要预期目标是：…" passage states the
targets. Only where the structure is silent (a preamble, a heading that mixes
"发展成就" and "目标任务", an unstructured text) do cue words inside the sentence
decide. Cue lists and thresholds live in ``data/mode_cues.toml``.

The layout of a document (its parts, headings, target zones) is part of what is derived
from it once (:func:`huazhongdian.derive.derived`); this module only reads it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from huazhongdian.classify.cues import any_of
from huazhongdian.datafiles import load_toml
from huazhongdian.numerals import year_value
from huazhongdian.derive import Cues, derived, load_cues
from huazhongdian.types import Document, Heading, Layout, Mode, Part, Sentence

__all__ = ["Cues", "Heading", "Layout", "Part", "classify_mode", "classify_mode_at", "cue_score", "layout",
           "load_cues", "mode_in_layout", "mode_of_text"]

_DIGIT = re.compile(r"[0-9０-９]")
# "X是Y" early in a sentence: a definition or a judgement ("大自然是人类赖以生存发展的基本条件").
_DEFINITION = re.compile(r"^[^。；！？]{1,24}?是")


@cache
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns that find any look-back phrase, any "other" sentence cue, any target word."""
    cues = load_cues()
    return any_of(frozenset(cues.lookback)), any_of(frozenset(cues.sentence_other)), any_of(frozenset(cues.target_words))


def layout(doc: Document) -> Layout:
    """The document's layout: ``derived(doc).layout``, built once per Document."""
    return derived(doc).layout


def cue_score(text: str, cues: tuple[tuple[str, float], ...]) -> float:
    """Sum of the weights of the cues that occur in ``text``."""
    return sum(w for cue, w in cues if cue in text)


def mode_of_text(text: str, part: Part = "none", congress: bool = False) -> Mode:
    """The mode of a sentence from its words alone, given the part it sits in.

    Example: ``mode_of_text("连续4年获评“全国工业百强区”。") == "achievement"``.
    """
    cues = load_cues()
    if part == "review":
        return "achievement"
    if part == "plan":
        # A figure with a target cue ("赤字率拟按4%左右安排") is a target outside the 预期目标 passage too.
        if _DIGIT.search(text) and cue_score(text, cues.target) >= cues.target_score:
            return "target"
        # Only a sentence that says it looks back ("过去一年…") can be an achievement here; one that
        # opens with it ("一年来，我们按照执政为民的要求……" closing the 2004 plans) is one unless it
        # also says this year or next.
        if text.startswith(cues.lookback) and not cue_score(text, cues.time):
            return "achievement"
        if _cue_patterns()[0].search(text) and (
                cue_score(text, cues.achievement) >= cue_score(text, cues.plan) + 3):
            return "achievement"
        # "共同富裕是…本质要求", "今年是…收官之年": a statement, not something to do — but a party
        # congress's thesis ("因此，政治体制改革的关键首先是党政分开", "……目标是……，绝不是搞西方的多党制和
        # 议会制") is the formulation the report exists to state.
        thesis = congress and any(c in text for c in cues.congress_thesis) or any(c in text for c in _plan_theses())
        if not thesis and _DEFINITION.match(text) and cue_score(text, cues.plan) - cue_score(text, cues.time) < 1:
            return "other"
        return "plan"
    if cue_score(text, cues.target) >= cues.target_score:
        return "target"
    back = cue_score(text, cues.achievement) + (cue_score(text, cues.congress_achievement) if congress else 0)
    ahead = cue_score(text, cues.plan)
    if text.startswith(cues.lead_plan):
        ahead += 2
    if back > ahead:
        return "achievement"
    if ahead > back:
        return "plan"
    return "other"


def classify_mode_at(doc: Document, start: int, end: int) -> Mode:
    """The mode of the text ``doc.text[start:end]`` (a sentence or list item)."""
    d = derived(doc)
    return mode_in_layout(d.layout, d.matching, start, end)


def mode_in_layout(lay: Layout, doc_text: str, start: int, end: int, depth: int = 0) -> Mode:
    """:func:`classify_mode_at` with the layout already in hand (callers looping over sentences).

    ``doc_text`` is the document's matching text (``derived(doc).matching``), which the cues are
    written for; for a simplified report that is ``doc.text`` itself.
    """
    text = doc_text[start:end]
    if lay.in_notes(start) or _cue_patterns()[1].search(text):
        return "other"
    if lay.in_target_zone(start, end) and (_DIGIT.search(text) or _cue_patterns()[2].search(text)):
        return "target"
    part = lay.part_at(start)
    if part == "mixed" and _opens_lookback(lay, doc_text, start):
        part = "review"
    if lay.in_other_paragraph(start):   # problems named in the review, or after a problem lead anywhere
        return "other"
    mode = mode_of_text(text, part, lay.congress)
    if mode == "other" and part in ("none", "mixed") and not lay.congress:
        mode = _mode_by_years(text, lay.year)
        if mode == "other" and depth < _CARRY_DEPTH and _FIGURE.search(text) \
                and (before := _sentence_before(lay, doc_text, start)):
            # Where no heading says the way, a sentence with no cue of its own goes the way of the sentence
            # before it in its paragraph ("1986年同1978年相比，国民生产总值……；国民收入由3010亿元增加到7790亿元……；",
            # "据不完全统计，近三年农村新建房屋达九亿平方米。": national 1987, 1981) — when it states a figure: one
            # without is comment, and a report without headings (1954) has many that would crowd its facts out.
            return mode_in_layout(lay, doc_text, *before, depth=depth + 1)
    return mode


# A figure in digits or in words ("百分之八十四", "九亿", "三百亿元").
_FIGURE = re.compile(r"[0-9０-９]|百分之|[一二三四五六七八九十两][十百千万亿]|[十百千万亿][一二三四五六七八九]")
# How many sentences back a sentence without cues (outside any part) looks for the way of its paragraph.
_CARRY_DEPTH = 4
_STOPS = "。！？；!?;"


def _sentence_before(lay: Layout, doc_text: str, start: int) -> tuple[int, int] | None:
    """The span of the sentence right before ``start`` in the same paragraph (line), if any."""
    i = bisect_right(lay.line_starts, start) - 1
    line = lay.line_starts[i] if i >= 0 else 0
    j = start
    while j > line and doc_text[j - 1] in " \u3000\t":
        j -= 1
    if j <= line or doc_text[j - 1] not in _STOPS:
        return None
    k = j - 1
    while k > line and doc_text[k - 1] not in _STOPS:
        k -= 1
    while k < j and doc_text[k] in " \u3000\t":
        k += 1
    return (k, j) if j - k > 1 else None


@cache
def _plan_theses() -> tuple[str, ...]:
    """``[sentence] plan_theses`` of data/mode_cues.toml: a plan-part "X是Y" naming the direction or the aim
    ("……，改革方向是实行中央与地方的分税制……", 1993) states the plan, not a judgement."""
    return tuple(load_toml("mode_cues.toml")["sentence"].get("plan_theses", ()))


@cache
def _year_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The years a sentence names (1953年, 一九五三年: ``[years] year``) and the phrases of a look back without
    one (``[years] lookback``: 在过去的五年中, 几年来), from data/mode_cues.toml."""
    raw = load_toml("mode_cues.toml").get("years", {})
    return re.compile(raw.get("year", "(?!)")), any_of(frozenset(raw.get("lookback", ())))


def _mode_by_years(text: str, year: int | None) -> Mode:
    """Outside any part (1954's report has no headings), a sentence whose cues tie takes its way from the years it
    names: one of the report's year or later plans ("一九五四年预算中经济建设的支出等于一九五〇年的六倍半"), one
    naming only earlier years looks back ("原煤八千一百九十九万吨，等于一九四九年的二点六倍"), and so does one
    with a look-back phrase (在过去几年内); the rest stay "other"."""
    years_re, lookback = _year_cues()
    named = [year_value(m.group(1)) for m in years_re.finditer(text)]
    if year is not None and named:
        return "plan" if max(named) >= year else "achievement"
    return "achievement" if lookback.search(text) else "other"


def _opens_lookback(lay: Layout, doc_text: str, start: int) -> bool:
    """Whether the paragraph (line) holding ``start`` opens with a look-back phrase ("过去五年，…"): in a
    part that both reviews and plans ("二、“十四五”时期发展成就和“十五五”时期主要目标任务", Guangxi 2026)
    such a paragraph is the review, its "地区生产总值年均增长4.8%" an achievement, not a goal."""
    i = bisect_right(lay.line_starts, start) - 1
    return i >= 0 and doc_text.startswith(load_cues().lookback, lay.line_starts[i])


def classify_mode(doc: Document, sent: Sentence) -> Mode:
    """Whether a sentence reports an achievement, states a plan or a target, or neither.

    Example: under "一、2024年工作回顾", ``classify_mode(doc, sent) == "achievement"``.
    """
    return classify_mode_at(doc, sent.start, sent.end)
