"""Task rows of an older report (issue 13): the year's tasks an old report's plan states in words or
with a figure (炼焦、炼铁、炼钢、初轧可望在今年内陆续投产; 集团购买力要按上年实际数额核减20%), by a
definition, not by rows.

In a report with no 主要预期目标 passage, a clause is a task row when it is about the coming year — it
lies in the plan part, or it holds the year's cue (今年/本年 when the plan year is the report's own,
明年 when it is the next; or the plan year's name, 一九八五年) — no five-year or long-term cue in it,
in the sentence before it or in its top section; and it holds a plan modal (``[task_clauses] modals``,
not inside a ``not_modal`` word) and either a figure or a named object with a ``verbs`` word
(完成/投产/建成/达到/增长/增加/提高/降低/减少/压缩/控制/节约). At most one row per clause; a list lead
(a clause before a colon) and a heading are none. The row's value is the clause's first figure (null
without one); its metric the object words (the clause before the modal or verb, else after the verb).
Words in ``data/scorecard.toml`` ``[task_clauses]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from huazhongdian.across.scorecard_data import _data, period_cue
from huazhongdian.across.scorecard_old import year_words
from huazhongdian.chars import is_han
from huazhongdian.datafiles import load_toml
from huazhongdian.numerals import YEAR_DIGITS
from huazhongdian.types import Document, Indicator, LedgerRow, Target

__all__ = ["old_report", "task_clause", "task_rows"]

# A clause stops at a stop mark, not at a thousands comma between digits (1，310万平方公尺).
_CLAUSE = re.compile(r"(?:[^，,；;。：:！？\n]|(?<=\d)[，,](?=\d))+")
# A figure: 百分之…, or digits that are not a year's (1956年 names the year).
# A comparison's base (比1980年, 比上年) is no part of the object.
_COMPARE = re.compile(r"比(?:上年|去年|上一年|(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年)(?:的?实际|预计数?)?")
_FIGURE = re.compile(r"百分之|[\d０-９]+(?![\d０-９]*年)")
_MARKER = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是要]|第[一二三四五六七八九十]+[，、]?|\d+[.、．])")
_LATER_YEAR = re.compile(r"((?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年")


@dataclass(frozen=True, slots=True)
class _Words:
    modals: tuple[str, ...]
    not_modal: tuple[str, ...]
    verbs: tuple[str, ...]
    this_year: tuple[str, ...]
    next_year: tuple[str, ...]
    lead_words: tuple[str, ...]
    passage_names: tuple[str, ...]
    long_cues: tuple[str, ...]
    done: tuple[str, ...]
    negations: tuple[str, ...]
    list_leads: tuple[str, ...]
    frames_end: tuple[str, ...]


@lru_cache(maxsize=1)
def _words() -> _Words:
    raw = load_toml("scorecard.toml").get("task_clauses", {})
    return _Words(*(tuple(raw.get(k, ())) for k in ("modals", "not_modal", "verbs", "this_year", "next_year",
                                                      "lead_words", "passage_names", "long_cues", "done", "negations", "list_leads", "frames_end")))


def _first(words: str, cues: Iterable[str]) -> tuple[int, int]:
    """(start, end) of the first of ``cues`` in ``words``, or (-1, -1)."""
    found = [(i, i + len(c)) for c in cues if (i := words.find(c)) >= 0]
    return min(found, default=(-1, -1))


def _modal_at(words: str) -> int:
    """Where the clause's first plan modal starts (a ``not_modal`` word masked first), or -1."""
    w = _words()
    masked = words
    for n in w.not_modal:
        masked = masked.replace(n, "\0" * len(n))
    return _first(masked, w.modals)[0]


def _cue_words(year: int | None, report_year: int | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the plan year's cues, the other year's): 今年 is the plan year in a report given in it, 明年 in
    one given late in the year before (1981's report plans 1982: its 今年 is the year reviewed)."""
    w = _words()
    later = year is not None and report_year is not None and year > report_year
    own, other = (w.next_year, w.this_year) if later else (w.this_year, w.next_year)
    return tuple(own) + tuple(year_words(year)), tuple(other)


def _other_year(words: str, year: int | None) -> bool:
    """Whether the clause names a year after the plan year (到一九九〇年): a later goal, no task of the year."""
    if year is None:
        return False
    return any(int(m.group(1).translate(YEAR_DIGITS)) > year for m in _LATER_YEAR.finditer(words))


def _object(words: str, cues: tuple[str, ...]) -> str:
    """The clause's object words: before its modal or verb (炼焦、炼铁、炼钢、初轧 of …可望在今年内陆续投产),
    else after its verb (油 of 节约油百分之五到十), the year's cues, markers and lead words cut."""
    w = _words()
    bare = _COMPARE.sub("", _MARKER.sub("", words))
    for c in cues:
        bare = bare.replace(c, "")
    modal = _modal_at(bare)
    v_start, v_end = _first(bare, w.verbs)
    cut = min((i for i in (modal, v_start) if i >= 0), default=len(bare))
    before = _strip_leads(bare[:cut])
    if sum(map(is_han, before)) >= 2:
        return before
    after = re.split(r"[\d０-９]|百分之", bare[v_end:] if v_end >= 0 else "")[0]
    return _strip_leads(after)


def _strip_leads(words: str) -> str:
    words = words.strip(" \u3000")
    changed = True
    while changed:
        changed = False
        for lead in sorted(_words().lead_words, key=len, reverse=True):
            if words.startswith(lead):
                words, changed = words[len(lead):], True
            if words.endswith(lead) and len(words) > len(lead):
                words, changed = words[:-len(lead)], True
    return words.strip(" \u3000")


def task_clause(words: str, *, in_plan: bool, before: str = "", year: int | None = None,
                report_year: int | None = None, figure: bool = False) -> str | None:
    """The object words of ``words`` (one clause) when it is a task row by the module's definition,
    else None: ``in_plan`` says it lies in the plan part, ``before`` is its sentence up to it. A clause
    with a figure and no object words keeps itself as its metric. ``figure`` says the reader found a
    number in it (一亿五千零七十二万四千吨: Chinese numerals); digits and 百分之 count by themselves.
    ``before`` lends the clause its modal (今年要…，B，C: the sentence's modal governs its later clauses)
    and its five-year cue by its first clause only (在“七五”期间，…: the sentence's frame)."""
    w = _words()
    cues, other = _cue_words(year, report_year)
    if not (in_plan or any(c in words for c in cues)) or any(c in words for c in other):
        return None
    frame = _CLAUSE.match(before.strip(" \u3000"))
    framed = words + (frame.group() if frame else "")
    if period_cue(framed, year) or any(c in framed for c in w.long_cues) or _other_year(words, year):
        return None
    if _modal_at(words) < 0 and _modal_at(before) < 0:
        return None     # (a modal earlier in the sentence governs its later clauses: 要…，…，…)
    if any(v + d in words for v in w.verbs for d in w.done) or any(n in words for n in w.negations + w.list_leads) or words.endswith(w.frames_end):
        return None     # (完成了这个计划: done, not planned)
    figure = figure or _FIGURE.search(words) is not None
    if not figure and _first(words, w.verbs)[0] < 0:
        return None
    name = _object(words, cues)
    if sum(map(is_han, name)) >= 2:
        return name
    return words.strip() if figure else None


def _framing(ind: Indicator) -> bool:
    """A small count in Chinese numerals (两个决定, 两条战线) frames the speech: no figure of a task
    (``[tasks] framing_units``, ``framing_max``)."""
    data = _data()
    return (not re.search(r"\d", ind.text) and ind.unit in data.task_framing_units and ind.value is not None
            and ind.value < data.task_framing_max)


def old_report(doc: Document, passages: Iterable[tuple[int, int]]) -> bool:
    """Whether ``doc`` has no 主要预期目标 passage: none of its target ``passages`` names itself by a
    ``passage_names`` word (an old plan sentence read as a passage is no such passage)."""
    return not any(n in doc.text[a:b] for a, b in passages for n in _words().passage_names)


def task_rows(doc: Document, plan: tuple[int, int], review: tuple[int, int], indicators: Iterable[Indicator],
              held: list[tuple[int, int]], year: int | None, report_year: int | None,
              theme_at: Callable[[int], str]) -> list[LedgerRow]:
    """The task rows of an older report (the module's definition) not overlapping ``held``, in report order."""
    text = doc.text
    figures = sorted(indicators, key=lambda i: i.start)
    heads = [(s.start, s.end) for s in doc.sections]
    framed = [(s.start, s.body_end) for s in doc.sections if s.parent is None and period_cue(s.text, year)]
    rows = []
    for m in _CLAUSE.finditer(text):
        words = m.group().strip(" \u3000")
        if not words:
            continue
        start = m.start() + m.group().find(words)
        end = start + len(words)
        if m.end() < len(text) and text[m.end()] in "：:":
            continue    # a list lead (今年的主要任务是：)
        if any(a <= start < b for a, b in heads) or any(a <= start < b for a, b in framed):
            continue
        if any(a < end and start < b for a, b in held):
            continue
        in_plan = plan[0] <= start < plan[1] and not (review[0] <= start < review[1] and review[0] >= plan[0])
        sentence = max(text.rfind(c, 0, start) for c in "。！？\n") + 1
        ind = next((i for i in figures if start <= i.start < end and (i.value is not None or i.low is not None)
                    and not _framing(i)), None)
        name = task_clause(words, in_plan=in_plan, before=text[sentence:start], year=year, report_year=report_year,
                           figure=ind is not None)
        if name is None:
            continue
        point = None if ind is None else ind.value if ind.value is not None else (
            (ind.low + ind.high) / 2 if ind.low is not None and ind.high is not None else None)
        # (The reader's own name of the figure, when it has one, names the row: 钢 of 钢产量…)
        name = ind.metric if ind is not None and len(ind.metric) >= 2 and not _FIGURE.search(ind.metric) else name
        target = Target(metric=name, year=year, value=ind.value if ind else None, low=ind.low if ind else None,
                        high=ind.high if ind else None, unit=ind.unit if ind else "",
                        qualifier=ind.qualifier if ind else None, absent=False, text=words,
                        start=start, end=end, base_value=ind.base_value if ind else None,
                        base_unit=ind.base_unit if ind else "", point=point)
        rows.append(LedgerRow(target, theme_at(start), "task"))
    return rows
