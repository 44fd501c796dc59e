"""The periods and parts of a report: which paragraphs review five or ten years
(:func:`five_year_paragraphs`), which part sets the coming plan period's goals
(:func:`plan_term_part`), and what the multi-year review is called (:func:`review_period`).

Moved out of :mod:`huazhongdian.render.selection` (which re-exports them) to keep that module
under the size limit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from huazhongdian.datafiles import load_toml
from huazhongdian.render.news_value import cues
from huazhongdian.types import Digest

__all__ = ["first_sentence", "five_year_paragraphs", "multi_year_cue", "period_ended_cue", "plan_document_term", "plan_term_part",
           "review_period", "review_sizes", "sole_term_review", "term_change_cue"]


@lru_cache(maxsize=1)
def multi_year_cue() -> re.Pattern[str]:
    """A paragraph opening that reviews five or ten years (``multi_year_paragraphs``): "五年来",
    "过去5年", "“十四五”…" — "5年" is five years, but not the tail of "2025年", and "十年" not the
    decade of "五十年代" (``multi_year_not_before``)."""
    k = cues()
    tail = f"(?![{re.escape(k.multi_year_not_before)}])" if k.multi_year_not_before else ""
    return re.compile("|".join(("(?<![0-9])" if w[0].isdigit() else "") + re.escape(w) + tail
                               for w in k.multi_year_paragraphs) or "(?!)")


@lru_cache(maxsize=1)
def period_ended_cue() -> re.Pattern[str]:
    """A sentence saying the plan period ended ("2025年是“十四五”收官之年", ``multi_year_first_sentence``)."""
    return re.compile("|".join(cues().multi_year_first_sentence) or "(?!)")


@lru_cache(maxsize=1)
def term_change_cue() -> re.Pattern[str]:
    """A multi-year review's result as a change over the period ("由1997年的3252亿美元增加到2002年的6208亿美元",
    "从1399亿美元增加到2864亿美元", "由40个减少到29个", "是1997年的2.3倍": data ``term_change_patterns``)."""
    return re.compile("|".join(f"(?:{p})" for p in load_toml("news_value.toml")["weights"].get("term_change_patterns", ()))
                      or "(?!)")


def sole_term_review(year_bullets: int, term_bullets: int) -> bool:
    """Whether a report's multi-year review is its review (``term_bullets`` beside the year's ``year_bullets``): no
    year's review stands beside it, or one of under ``[view] sole_term_share`` of its size (a term-end report's
    "过去一年" paragraph) — then the view budgets it as the year's, not as background to the year's news."""
    share = float(load_toml("news_value.toml")["view"].get("sole_term_share", 0.0))
    return term_bullets > 0 and year_bullets <= share * term_bullets


def review_sizes(items, five: frozenset[int]) -> tuple[int, int]:
    """How many review items stand outside the multi-year review's paragraphs (``five``) and how many inside it."""
    term = sum(i.paragraph in five for i in items if i.mode == "achievement")
    return sum(i.mode == "achievement" for i in items) - term, term


def first_sentence(text: str, start: int, end: int) -> tuple[str, int]:
    """The first sentence of the paragraph ``text[start:end]`` (up to its first 。) and where that 。
    stands (-1 when there is none)."""
    stop = text.find("。", start, end)
    return text[start:stop if stop >= 0 else end], stop


def five_year_paragraphs(digest: Digest) -> frozenset[int]:
    """Paragraphs of a five-year (or ten-year) review: one opening with a multi-year cue
    ("五年来，…", "2025年是“十四五”收官之年。过去5年…") or whose first sentence says the period
    ended, and every later one of the same part until one opens on the year under review
    (过去一年, 2025年…): the "——发展质效不断提高" list (Zhejiang 2026) and the "（一）…（十）"
    sub-sections of a “十四五” review (Guizhou 2026) follow their lead paragraph. A part's own
    heading ("一、2025年和“十四五”时期工作回顾") starts afresh."""
    out: set[int] = set()
    doc = digest.document
    text = doc.text
    k = cues()
    cue = multi_year_cue()
    ended = period_ended_cue()
    year = doc.meta.review_year
    year_words = tuple(k.year_paragraphs) + ((f"{year}年",) if year else ())
    heads = {sec.start: sec.level for sec in doc.sections}
    sticky = False
    for i, p in enumerate(doc.paragraphs):
        # The period is named in the first 16 characters, or said to have ended in the first sentence.
        lead = text[p.start:p.start + 16]
        first, stop = first_sentence(text, p.start, p.end)
        # A sentence saying the period ended ("2025年是“十四五”收官之年。", "……标志着“十四五”圆满收官。")
        # opens the five-year review when the next sentence speaks of the years ("过去5年，……",
        # "回望“十四五”……的五年") and the year's when it does not ("一年来，……" Hubei, "我们坚持……" Shaanxi).
        after = text[stop + 1:stop + 31] if stop >= 0 else ""
        if heads.get(p.start) == 1:
            sticky = False
        elif ended.search(first) and stop >= 0:
            sticky = bool(cue.search(after))
            if sticky:
                out.add(i)
        elif cue.search(lead):
            out.add(i)
            sticky = True
        elif any(w in lead for w in year_words):
            sticky = False
        elif sticky or (lead.startswith("——") and i - 1 in out):
            out.add(i)
    return frozenset(out)


def plan_term_part(digest: Digest) -> tuple[frozenset[int], str]:
    """The paragraphs of the part that sets the coming plan period's goals, and the period's name:
    a level-1 heading naming the period and no year ("二、“十五五”时期主要目标和重大任务" → "十五五";
    "……第十五个五年规划纲要（草案）》的说明" → "十五五"); ``(frozenset(), "")`` when there is none.
    A part that names two periods ("“十四五”时期发展成就和“十五五”时期主要目标任务") is named by the last."""
    k = cues()
    doc = digest.document
    not_year = re.compile(k.plan_term_not)
    review = re.compile(k.plan_term_review)
    found = []
    for sec in doc.sections:
        if sec.level != 1 or not_year.search(sec.text):
            continue
        names = [m for p in _term_part_patterns() for m in re.finditer(p, sec.text)]
        if not names:
            continue
        last = max(names, key=lambda m: m.start())
        if review.search(sec.text, last.start()):
            continue   # "一、“十四五”时期工作回顾" looks back on its period: no goals of it
        found.append((_term_name(last.group(1)), sec))
    if not found:
        return frozenset(), ""
    # The coming period is the latest one named (Shanxi 2026 names 十四五 in its review's heading too); every part
    # naming it sets its goals (1986: "二、“七五”时期的基本任务……" and "三、“七五”时期的经济体制改革").
    name = max((f[0] for f in found), key=lambda n: _PERIOD_ORDER.index(n) if n in _PERIOD_ORDER else -1)
    spans = [(sec.start, sec.body_end) for n, sec in found if n == name]
    paras = frozenset(i for i, p in enumerate(doc.paragraphs) if any(a <= p.start < b for a, b in spans))
    return paras, name


def _term_part_patterns() -> tuple[str, ...]:
    """The patterns of a part naming a plan period: news_value's ``plan_term_parts`` (十X五) and the older plans'
    (``old_plan_term_parts`` in data/structure_cues.toml: “七五”时期, 第七个五年计划)."""
    return tuple(cues().plan_term_parts) + tuple(load_toml("structure_cues.toml").get("old_plan_term_parts", ()))


def _term_name(ordinal: str) -> str:
    """A period's name from what a pattern caught: "十四五" and "七五" as they are, an ordinal plus 五 ("第十五个五年
    规划" → 十五 + 五, "第七个五年计划" → 七 + 五)."""
    whole = len(ordinal) == 3 or (len(ordinal) == 2 and ordinal.endswith("五") and not ordinal.startswith("十"))
    return ordinal if whole else ordinal + "五"


# Oldest first: “一五” … “九五”, “十五”, then “十一五” … “十九五”.
_PERIOD_ORDER = tuple(f"{d}五" for d in "一二三四五六七八九十") + tuple(f"十{d}五" for d in "一二三四五六七八九")


def plan_document_term(doc) -> str:
    """The period a five-year plan document sets ("中华人民共和国…第十五个五年规划纲要" → "十五五"), "" for any other
    kind of document: every goal and task of an outline is the period's, not its first year's."""
    if doc.meta.kind != "plan":
        return ""
    names = [m.group(1) for p in cues().plan_term_parts for m in re.finditer(p, doc.meta.title)]
    if not names:
        return ""
    return _term_name(max(names, key=lambda n: doc.meta.title.rfind(n)))


# A plan period's name: 十四五 (quoted or not), or an older one in quotes, “六五” (unquoted, 六五 is in 一九六五年).
_TERM_NAME = re.compile(r"“?(十[一二三四五六七八九]五)”?|“([一二三四五六七八九]五)[”’]")


def review_period(digest: Digest, five: frozenset[int] | None = None) -> str:
    """What the report's multi-year review covers: "“十四五”时期" ("“六五”时期" of 1986's
    "一、“六五”计划执行情况的回顾") when the review's first sentence or the heading of its part names the plan period, else "过去十年" or "过去五年" (the 2018
    report's 过去五年 spans two plan periods and is no one's 时期)."""
    five = five_year_paragraphs(digest) if five is None else five
    doc = digest.document
    if not five:
        return "过去五年"
    para = doc.paragraphs[min(five)]
    stop = doc.text.find("。", para.start, para.end)
    where = [doc.text[para.start:stop if stop >= 0 else para.end]]
    part = next((sec for sec in reversed(doc.sections) if sec.level == 1 and sec.start <= para.start), None)
    if part is not None:
        where.append(part.text)
    names = [a or b for text in where for a, b in _TERM_NAME.findall(text)]
    if names:
        return f"“{names[0]}”时期"
    return "过去十年" if "十年" in doc.text[para.start:para.start + 8] else "过去五年"
