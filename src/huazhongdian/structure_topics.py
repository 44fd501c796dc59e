"""The review/plan split of a report whose topic headings say neither (issue 13: 1957, 1982).

1957's 一、关于社会主义革命 / 二、关于社会主义建设 carry no review or plan word, so the headings' split
takes 一、 as the review and 二、 as the plan, and 二、's account of 1956 (1956年全国完成了将近一百四十亿元
的基本建设投资额) lands in the plan. 1982's report on the 六五 plan states the plan first and reviews
1981–82 under a line of its own (六五计划前两年的执行情况) inside it. Here each paragraph is read for
what it is about (words in ``data/structure_cues.toml`` ``[topics]``):

- :func:`paragraph_topic`: ``"review"`` when most of its stating sentences name the review year with
  a result word, ``"plan"`` when they name the plan year with a plan word, else ``""``.
- :func:`topic_split`: the review and plan spans that follow those topics, given the headings'
  default split (the first top-level section the review, the next the plan).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from huazhongdian.datafiles import load_toml
from huazhongdian.types import Document, Section, Span

__all__ = ["paragraph_topic", "topic_split", "year_names"]

_CN = "〇一二三四五六七八九"
_FULL = "０１２３４５６７８９"
_TITLE = re.compile(r"[^，,。；;！？!?：:、]{4,30}")
_SENT = re.compile(r"[^。！？!?；;]+[。！？!?；;]*")


@cache
def _cues() -> dict:
    return load_toml("structure_cues.toml")["topics"]


def year_names(year: int) -> tuple[str, ...]:
    """The ways a report writes ``year`` followed by 年: 1956年, １９５６年, 一九五六年, 一九八○年 (○ and 零 for 0)."""
    digits = str(year)
    cn = "".join(_CN[int(d)] for d in digits)
    return tuple(dict.fromkeys(f"{form}年" for form in (
        digits, "".join(_FULL[int(d)] for d in digits), cn, cn.replace("〇", "○"), cn.replace("〇", "零"))))


_CLAUSE_END = re.compile(r"[，,；;。！？!?]")


def _named(sentence: str, names: Sequence[str], words: Sequence[str]) -> bool:
    """Whether ``sentence`` names the year other than as a base (比1956年, 由一九八○年的) with one of
    ``words`` after the name in its clause (1956年全国完成了…; not 一九八一年已经提高了…，一九八二年…将…)."""
    before = tuple(_cues()["not_named_after"])
    for name in names:
        at = sentence.find(name)
        while at >= 0:
            if not sentence[:at].endswith(before):
                stop = _CLAUSE_END.search(sentence, at)
                if stop is not None and stop.start() - at - len(name) < 2:
                    stop = _CLAUSE_END.search(sentence, stop.end())  # 1956年，我国…完成了: a time clause
                rest = sentence[at + len(name):stop.start() if stop else len(sentence)]
                if any(w in rest for w in words):
                    return True
            at = sentence.find(name, at + 1)
    return False


def paragraph_topic(line: str, review_year: int | None, plan_year: int | None, late: bool = False) -> str:
    """``"review"``, ``"plan"`` or ``""`` for a paragraph ``line`` (matching form): the topic more of
    its sentences state. A sentence states results when it names ``review_year`` (not as a base)
    and holds a ``result`` word (a ``late_result`` word too when ``late``: the report reviews its own
    year); it states the plan when it names ``plan_year`` and holds a ``plan`` word.

    Example: ``paragraph_topic("1956年全国完成了将近一百四十亿元的基本建设投资额。", 1956, 1957) == "review"``.
    """
    cues = _cues()
    result = tuple(cues["result"]) + (tuple(cues["late_result"]) if late else ())
    review_names = year_names(review_year) if review_year else ()
    plan_names = year_names(plan_year) if plan_year else ()
    review = plan = 0
    for m in _SENT.finditer(line):
        s = m.group()
        if plan_names and _named(s, plan_names, cues["plan"]):
            plan += 1
        elif review_names and _named(s, review_names, result):
            review += 1
    return "review" if review > plan else "plan" if plan > review else ""


def _is_title(line: str) -> bool:
    return bool(_TITLE.fullmatch(line))


def topic_split(doc: Document, match: str, top: Sequence[Section],
                plan_end: int) -> tuple[Span | None, Span | None] | None:
    """The review and plan spans by paragraph topic, or None to keep the headings' default split
    (``top[0]`` the review, the plan from ``top[1]`` to ``plan_end``).

    - The default review holds a review paragraph: it runs on past its section over the paragraphs
      that follow (a run of review paragraphs, with at most ``max_gap`` others in a row between them),
      up to the first plan paragraph or title line; the plan starts after it (1957).
    - It holds none, and a run of review paragraphs stands later (under a title line just above it,
      if any): that run is the review, inside the plan, which starts at ``top[0]`` (1982); without
      that line, a run of fewer than ``min_run`` review paragraphs is none (1955's one paragraph on
      1954 inside its five-year plan).
    """
    meta = doc.meta
    if meta.review_year is None or len(top) < 2:
        return None
    late = meta.year is not None and meta.review_year == meta.year
    gap = int(_cues()["max_gap"])
    heads = {s.start for s in doc.sections}
    paras = [(p.start, p.end, match[p.start:p.end]) for p in doc.paragraphs if p.start >= top[0].start]
    topics = [paragraph_topic(t, meta.review_year, meta.plan_year, late) if a not in heads else "" for a, _, t in paras]
    first = top[0]
    own = [i for i, (a, _, _) in enumerate(paras) if a < first.body_end]
    if any(topics[i] == "review" for i in own):
        last, stop = _run(paras, topics, len(own), gap, heads)
        if last is None:
            return None
        if stop is not None and topics[stop] == "plan":
            last = stop - 1  # what lies between the results and the plan paragraph still looks back
        after = next((a for a, _, _ in paras[last + 1:]), plan_end)
        return Span(first.start, paras[last][1]), Span(after, plan_end)
    begin = next((i for i, t in enumerate(topics) if t == "review"), None)
    if begin is None:
        return None
    # A title line just above the run (六五计划前两年的执行情况), two paragraphs between at most, opens
    # it, and the review is what stands under it: up to the next title line or plan paragraph.
    opening = next((k for k in range(begin - 1, max(begin - 4, -1), -1)
                    if _is_title(paras[k][2]) and paras[k][0] not in heads), None)
    last, stop = _run(paras, topics, begin, len(paras) if opening is not None else gap, heads)
    wanted = 1 if opening is not None else int(_cues()["min_run"])
    if last is None or sum(t == "review" for t in topics[begin:last + 1]) < wanted:
        return None
    if opening is not None and stop is not None:
        last = stop - 1
    return Span(paras[begin if opening is None else opening][0], paras[last][1]), Span(first.start, plan_end)


def _run(paras: list[tuple[int, int, str]], topics: list[str], begin: int, gap: int,
         heads: set[int]) -> tuple[int | None, int | None]:
    """Indices of the last review paragraph of the run from ``begin`` and of the paragraph that
    stopped it (None at the end of the text): a plan paragraph, a title line that is no heading,
    or the one past ``gap`` other wordy paragraphs in a row."""
    last = None
    others = 0
    for i in range(begin, len(paras)):
        a, _, line = paras[i]
        if topics[i] == "plan" or (_is_title(line) and a not in heads and i > begin):
            return last, i
        if topics[i] == "review":
            last, others = i, 0
        elif len(line.strip()) > 1 and a not in heads:
            others += 1
            if others > gap:
                return last, i
    return last, None
