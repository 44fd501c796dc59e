"""目标完成情况: last year's targets and quantitative tasks against this year's review.

1. :func:`ledger` — the measurable commitments of one report's plan part, in report order:
   the headline targets (``extract.targets``), the stated targets without a number
   (``[qualitative]`` in ``data/scorecard.toml``) and every plan-mode indicator with a metric
   and a value (再压减钢铁产能5000万吨左右), each with its theme and span.
2. :func:`find_realised` — for one row, the first indicator of the next report's *review*
   part (never its plan part) about the same metric (the row's related words from
   ``data/scorecard.toml``), of an accepted kind, in the same unit family (compared on base
   values), about the row's year, and a single-year figure: a clause holding 年均 / 比2002年 /
   五年 … (``[multi_year]``) is a term-end report's five-year figure and is skipped, so the
   row is "not stated" rather than guessed.
3. :func:`judge` — 完成 / 超额完成 / 未完成 / 未提及 from the two values, the target's
   qualifier and the metric's better direction (``better`` in the data file): a ceiling
   (3%左右 for prices) is 完成 below it; 以上 beaten is 超额完成; a range is 完成 inside it.

Example::

    >>> rows = scorecard(digest(read("2016.txt")), digest(read("2017.txt")))  # doctest: +SKIP
    >>> [(r.ledger.target.metric, r.status) for r in rows][:2]  # doctest: +SKIP
    [('gdp_growth', '完成'), ('cpi', '完成')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from huazhongdian.chars import is_han
from huazhongdian.datafiles import load_toml
from huazhongdian.errors import BadInput
from huazhongdian.extract.targets import base_amount, find_target_passages, report_year
from huazhongdian.across.scorecard_heads import head_score, object_words, units_alike
from huazhongdian.structure import review_and_plan_spans
from huazhongdian.types import (Digest, Document, Indicator, LedgerRow, Realised, ScorecardRow,
                                ScorecardStatus, Span, Target)

__all__ = ["ledger", "find_realised", "judge", "scorecard", "realised_headlines", "STATUSES",
           "STATUS_KEYS"]

STATUSES: tuple[ScorecardStatus, ...] = ("完成", "超额完成", "未完成", "未提及")
#: English keys of the statuses (documented in docs/contract.md).
STATUS_KEYS = {"完成": "met", "超额完成": "exceeded", "未完成": "missed", "未提及": "not_stated"}
HEADLINE_THEME = "主要预期目标"
_CLAUSE_STOPS = "，,；;。：:！？\n"
# A number followed by these is a target restated in the review (低于13%左右的预期目标), not a result.
_TARGET_AFTER = re.compile(r"[^，,；;。]{0,4}(?:预期)?目标")
_PLAN_KINDS = ("level", "count", "change", "share")


@dataclass(frozen=True, slots=True)
class _Rule:
    key: str
    words: tuple[str, ...]
    not_words: tuple[str, ...]
    kinds: tuple[str, ...]
    better: str
    tolerance: Decimal
    #: Made from a plan task's own metric (no rule in the data file): matched by near names too.
    own: bool = False
    #: Stated as an amount (万人, 万亿斤), not a rate (``amount`` in the data file).
    amount: bool = False


@dataclass(frozen=True, slots=True)
class _Data:
    rules: dict[str, _Rule]
    multi_year: tuple[str, ...]
    frame: tuple[str, ...]
    single_year: tuple[str, ...]
    verdicts: tuple[re.Pattern[str], ...]
    met: tuple[re.Pattern[str], ...]
    qualitative: tuple[re.Pattern[str], ...]
    task_not_metrics: tuple[str, ...]
    task_not_units: tuple[str, ...]
    task_period_cues: tuple[str, ...]
    task_increments: tuple[str, ...]
    subjectless: tuple[str, ...]
    pairs: tuple[tuple[str, str, str], ...]
    lead: tuple[str, ...]
    vague: tuple[str, ...]
    similarity: float
    after_max: int
    after_not: tuple[str, ...]
    after_units: tuple[str, ...]
    after_not_clause: tuple[str, ...]
    clause_not: tuple[str, ...]
    clause_not_start: tuple[str, ...]
    compare: tuple[str, ...]
    heads: _Heads
    #: ``[heads] generic``: a task metric that is one of these names nothing (中央财政安排109亿元).
    unnamed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Heads:
    """``[heads]`` of the data file: pairing a task with a Chinese name by its head noun."""

    actions: tuple[str, ...]
    generic: tuple[str, ...]
    object_lead: tuple[str, ...]
    object_max: int
    object_stop: tuple[str, ...]
    measures: tuple[str, ...]
    run: int
    alike: tuple[tuple[str, ...], ...]
    alike_units: tuple[frozenset[str], ...]


@lru_cache(maxsize=1)
def _data() -> _Data:
    raw = load_toml("scorecard.toml")
    rules = {}
    for m in raw.get("metric", ()):
        if m.get("better") not in ("up", "down", "none") or not m.get("words"):
            raise BadInput("scorecard.toml", f"metric {m.get('key')!r} needs words and better = up|down|none")
        rule = _Rule(m["key"], tuple(m["words"]), tuple(m.get("not", ())), tuple(m.get("kinds", _PLAN_KINDS)),
                     m["better"], Decimal(str(m.get("tolerance", 0))), amount=bool(m.get("amount", False)))
        for key in (m["key"], *m.get("keys", ())):
            rules[key] = rule
    naming = raw["naming"]
    return _Data(rules=rules, multi_year=tuple(raw["multi_year"]["cues"]), frame=tuple(raw["multi_year"]["frame"]),
                 single_year=tuple(raw["multi_year"]["single"]),
                 verdicts=tuple(re.compile(p) for p in raw["verdict"]["patterns"]),
                 met=tuple(re.compile(p) for p in raw["verdict"].get("met", ())),
                 qualitative=tuple(re.compile(p) for p in raw["qualitative"]["patterns"]),
                 task_not_metrics=tuple(raw["tasks"]["not_metrics"]),
                 task_not_units=tuple(raw["tasks"]["not_units"]),
                 task_period_cues=tuple(raw["tasks"]["period_cues"]),
                 task_increments=tuple(raw["tasks"]["increments"]),
                 subjectless=tuple(sorted(naming["subjectless"], key=len, reverse=True)),
                 pairs=tuple(tuple(p) for p in naming["pairs"]),
                 lead=tuple(sorted(naming["lead"], key=len, reverse=True)), vague=tuple(naming["vague"]),
                 similarity=float(naming["similarity"]), after_max=int(naming["after_max"]),
                 after_not=tuple(naming["after_not"]), after_units=tuple(naming["after_units"]),
                 after_not_clause=tuple(naming["after_not_clause"]),
                 clause_not=tuple(raw["qualitative"]["clause_not"]),
                 clause_not_start=tuple(raw["qualitative"]["clause_not_start"]),
                 compare=tuple(raw["qualitative"]["compare"]),
                 unnamed=tuple(raw["heads"]["generic"]),
                 heads=_Heads(actions=tuple(sorted(raw["heads"]["actions"], key=len, reverse=True)),
                              # A metric key's words name that metric, not a task's thing.
                              generic=tuple(raw["heads"]["generic"]) + tuple(
                                  w for m in raw.get("metric", ()) if m["key"].isascii() for w in m["words"]),
                              object_lead=tuple(sorted(raw["heads"]["object_lead"], key=len, reverse=True)),
                              object_max=int(raw["heads"]["object_max"]),
                              object_stop=tuple(raw["heads"]["object_stop"]),
                              measures=tuple(raw["heads"]["measures"]), run=int(raw["heads"]["run"]),
                              alike=tuple(tuple(g) for g in raw["heads"]["alike"]),
                              alike_units=tuple(frozenset(g) for g in raw["heads"]["alike_units"])))


def _rule(metric: str, unit: str = "") -> _Rule:
    """The data file's rule, or one made from the metric itself (a plan task's 棚户区住房改造).

    A plan task's Chinese metric with a rate (``unit`` "%") takes the rule of a key whose words
    open it (一般公共财政预算收入按可比口径增长7.5% → public_budget_revenue); a level (地区生产总值
    达到309亿元) keeps its own rule unless the key is stated as an amount.
    """
    known = _known(metric)
    if known is not None and not (known.amount or unit == "%"):
        known = None
    return _data().rules.get(metric) or known or _Rule(metric, (metric,), (), _PLAN_KINDS, "up",
                                                                Decimal(0), own=True)


@lru_cache(maxsize=4096)
def _known(metric: str) -> _Rule | None:
    """The rule of a key whose words open a plan task's Chinese metric (一般公共财政预算收入按可比口径
    → public_budget_revenue), so its review figure is found by the key's words."""
    key = _metric_key(metric) if metric else ""
    return _data().rules[key] if key else None


def _parts(doc: Document) -> tuple[tuple[int, int], tuple[int, int]]:
    """(review, plan) ranges: the headings' split, else the text before/after the target passage."""
    review, plan = review_and_plan_spans(doc)
    passages = find_target_passages(doc)
    cut = plan.start if plan is not None else (passages[0][0] if passages else len(doc.text) // 2)
    review_range = (review.start, min(review.end, cut)) if review is not None else (0, cut)
    return review_range, (cut, len(doc.text))


def _clause_start(text: str, pos: int) -> int:
    start = pos
    while start > 0 and text[start - 1] not in _CLAUSE_STOPS:
        start -= 1
    return start


def _theme_at(digest: Digest, pos: int) -> str:
    """The lens theme of the item holding ``pos``, else the label of its innermost section."""
    for item in digest.items:
        if item.start <= pos < item.end and item.theme:
            return item.theme
    inner = ""
    for section in digest.document.sections:
        if section.start <= pos < section.body_end:
            inner = section.text.strip()
    return inner


def _after_name(text: str, ind: Indicator) -> str:
    """The words right after a figure that names it (将2.8万亿元**中央财政资金纳入直达机制**), or ""."""
    data = _data()
    if not ind.base_unit.startswith(data.after_units):
        return ""
    if any(w in text[_clause_start(text, ind.start):ind.start] for w in data.after_not_clause):
        return ""
    stop = ind.end
    while stop < len(text) and text[stop] not in _CLAUSE_STOPS + "、" and stop - ind.end < data.after_max:
        stop += 1
    words = text[ind.end:stop]
    words = words[1:] if words.startswith("的") else words     # 8000万吨标准煤的节能能力
    if not words or not is_han(words[0]) or words.startswith(data.after_not):
        return ""
    return words


def _task_target(doc: Document, ind: Indicator, year: int | None) -> Target:
    start = _clause_start(doc.text, ind.start)
    metric_at = doc.text.find(ind.metric, start, ind.start) if ind.metric else -1
    start = metric_at if metric_at >= 0 else start
    # Keep a suffix qualifier written after the number (以上/左右) inside the clause.
    after = "" if ind.metric else _after_name(doc.text, ind)
    # 8000万吨标准煤的节能能力: the name starts after the 的, the span ends with it.
    end = doc.text.find(after, ind.end) + len(after) if after else ind.end
    text = doc.text[start:end]
    point = ind.value
    if point is None and ind.low is not None and ind.high is not None:
        point = (ind.low + ind.high) / 2
    return Target(metric=ind.metric or after, year=year, value=ind.value, low=ind.low, high=ind.high,
                  unit=ind.unit, qualifier=ind.qualifier, absent=False, text=text, start=start,
                  end=end, base_value=ind.base_value, base_unit=ind.base_unit, point=point)


def _is_task(doc: Document, ind: Indicator, year: int | None) -> bool:
    """A plan indicator that is a commitment of the plan year (not the five-year plan's, not framing)."""
    data = _data()
    if ind.metric in data.task_not_metrics or ind.unit in data.task_not_units or not ind.unit:
        return False
    if ind.period is not None and year is not None and ind.period != year:
        return False
    # 由每人380元提高到420元: the start of a move is where things stand, not the commitment.
    if re.match(r"[^，,；;。]{0,2}(?:提高|增加|上调|扩大|降低|下降)(?:到|至)", doc.text[ind.end:ind.end + 6]):
        return False
    # 棚户区改造580万套，**增加110万套**: a clause of only an increment word is the change of
    # the figure before it, no commitment of its own.
    digit = re.search(r"\d", ind.text)
    lead = doc.text[_clause_start(doc.text, ind.start):ind.start + (digit.start() if digit else 0)]
    if lead.strip() in data.task_increments:
        return False
    # A section about the five-year plan (二、“十三五”时期主要目标任务和重大举措) holds its goals, not the year's.
    for section in doc.sections:
        if section.parent is None and section.start <= ind.start < section.body_end:
            if any(cue in section.text for cue in data.task_period_cues):
                return False
    # The sentence before the number (启动实施“十三五”规划重大项目。完成铁路投资8000亿元以上 is the year's).
    before = doc.text[ind.sentence_start:ind.start]
    return not any(cue in before for cue in data.task_period_cues)


def ledger(digest: Digest) -> list[LedgerRow]:
    """The 量化指标任务 list of one report: headline targets, stated qualitative targets and
    plan tasks with a metric and a value, in report order (headline targets first, as the
    report states them in its 主要预期目标 passage).

    A target the report declines to set (2020's 不设 GDP target) is no row: nothing was promised.
    """
    doc = digest.document
    text = doc.text
    year = report_year(doc)
    _, plan = _parts(doc)
    rows: list[LedgerRow] = []
    taken: list[tuple[int, int]] = []
    for target in sorted((t for t in digest.targets if not t.absent), key=lambda t: t.start):
        rows.append(LedgerRow(target, HEADLINE_THEME, "target" if target.value is not None or target.low is not None
                              else "qualitative"))
        taken.append((target.start, target.end))
    for lo, hi in find_target_passages(doc):
        for pattern in _data().qualitative:
            for m in pattern.finditer(text, lo, hi):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                rows.append(LedgerRow(Target(metric=m.group(), year=year, value=None, low=None, high=None,
                                             unit="", qualifier=None, absent=False, text=m.group(),
                                             start=m.start(), end=m.end()), HEADLINE_THEME, "qualitative"))
                taken.append((m.start(), m.end()))
        rows.extend(_stated_clauses(text, lo, hi, taken, year))
    tasks = []
    for ind in digest.indicators:
        if not (plan[0] <= ind.start < plan[1]) or ind.mode not in ("plan", "target"):
            continue
        if not (ind.metric or _after_name(text, ind)) or (ind.value is None and ind.low is None):
            continue
        if ind.kind not in _PLAN_KINDS:
            continue
        if any(a < ind.end and ind.start < b for a, b in taken) or not _is_task(doc, ind, year):
            continue
        tasks.append(LedgerRow(_task_target(doc, ind, year), _theme_at(digest, ind.start), "task"))
    return rows + tasks


def _stated_clauses(text: str, lo: int, hi: int, taken: list[tuple[int, int]],
                    year: int | None) -> list[LedgerRow]:
    """The other stated targets of the 主要预期目标 sentence, one row per clause without a number
    (进出口量稳质升, 国际收支基本平衡, 生态环境质量持续改善): every stated target is a row."""
    data = _data()
    colon = next((i for i in range(lo, hi) if text[i] in "：:"), -1)
    if colon < 0:
        return []
    stop = text.find("。", colon, hi)
    stop = hi if stop < 0 else stop
    rows = []
    for m in re.finditer(r"[^，,；;。：:\s]+", text[colon + 1:stop]):
        start, end = colon + 1 + m.start(), colon + 1 + m.end()
        words = m.group()
        if re.search(r"\d", words) or len(words) < 4 or any(a < end and start < b for a, b in taken):
            continue
        if any(w in words for w in data.clause_not) or words.startswith(data.clause_not_start):
            continue
        rows.append(LedgerRow(Target(metric=_metric_key(words) or words, year=year, value=None, low=None,
                                     high=None, unit="", qualifier=None, absent=False, text=words,
                                     start=start, end=end), HEADLINE_THEME, "qualitative"))
        taken.append((start, end))
    return rows


def _metric_key(words: str) -> str:
    """The data file's metric key whose related words open ``words`` (进出口量稳质升 → foreign_trade),
    the longest word first; "" for a comparison (增速高于…) or a clause about no metric here."""
    if any(w in words for w in _data().compare):
        return ""
    best, best_len = "", 0
    for key, rule in _data().rules.items():
        if any(w in words for w in rule.not_words):
            continue
        for w in rule.words:
            if 0 <= words.find(w) <= 2 and len(w) > best_len:
                best, best_len = key, len(w)
    return best


@lru_cache(maxsize=8192)
def _subject(text: str, start: int, sentence_start: int, metric: str) -> str:
    """The words that name the figure at ``start``: its metric and the clause before it.

    A clause with no subject of its own (同比增长8.9%) takes the clause before it in the same
    sentence; a paired subject (城乡居民…分别增长8.7%和8.6%) names the member the figure is for.
    """
    data = _data()
    begin = _clause_start(text, start)
    clause = text[begin:start]
    rest = clause
    for w in data.subjectless:
        rest = rest.replace(w, "")
    if not rest.strip() and begin > sentence_start:
        clause = text[_clause_start(text, begin - 1):start]
    subject = metric + "|" + clause
    for whole, first, second in data.pairs:
        if whole not in subject:
            continue
        at = text.rfind("分别", sentence_start, start)
        if at < 0:
            break
        before = len(re.findall(r"\d+(?:\.\d+)?", text[at:start]))
        after_end = start
        while after_end < len(text) and text[after_end] not in _CLAUSE_STOPS:
            after_end += 1
        after = len(re.findall(r"\d+(?:\.\d+)?", text[start:after_end]))
        if before == 0 and after <= 1:      # 分别同比增长7.8%: one figure for both members
            return subject.replace(whole, first) + "|" + subject.replace(whole, second)
        return subject.replace(whole, first if before == 0 else second)
    return subject


@lru_cache(maxsize=8192)
def _lead_stripped(name: str) -> str:
    lead = _data().lead
    while True:
        word = next((w for w in lead if name.startswith(w) and len(name) > len(w)), None)
        if word is None:
            return name
        name = name[len(word):]


@lru_cache(maxsize=8192)
def _char_pairs(name: str) -> frozenset[str]:
    return frozenset(name[i:i + 2] for i in range(len(name) - 1))


def _near(task: str, name: str) -> bool:
    """A review name for the same plan task, words inserted, moved or the last ones changed:
    it holds ``similarity`` of the task's character pairs (公厕新建改造 → 新建改造公厕)."""
    task = _lead_stripped(task)
    if len(task) < 4 or len(name) < 2:
        return False
    pairs = _char_pairs(task)
    return len(pairs & _char_pairs(name)) >= _data().similarity * len(pairs)


def _about(rule: _Rule, doc: Document, ind: Indicator) -> bool:
    subject = _subject(doc.text, ind.start, ind.sentence_start, ind.metric)
    if any(w in subject for w in rule.not_words):
        return False
    if rule.own and _lead_stripped(rule.key) in _data().vague:
        return False
    if any(w in subject for w in rule.words):
        return True
    if rule.own:
        return _near(rule.key, ind.metric or _after_name(doc.text, ind))
    return False


def _own_score(rule: _Rule, obj: str, doc: Document, ind: Indicator) -> int:
    """How well a review figure names a plan task with a Chinese name (0: not at all): its own
    name (the old rules: the metric itself, 80% of its character pairs) or its head noun
    (``scorecard_heads``); a task with an object after its figure needs a word of it too."""
    data = _data()
    subject = _subject(doc.text, ind.start, ind.sentence_start, ind.metric)
    review = subject + "|" + object_words(doc.text, ind.end, data.heads)
    task = _lead_stripped(rule.key)
    if task in data.vague or task in data.unnamed:
        task = ""
    score = head_score(task, obj, review, data.heads)
    if task and (task in subject or _near(rule.key, ind.metric or _after_name(doc.text, ind))):
        if not obj or score:
            return max(score, 100)
    return score


def _last(text: str, cues: Sequence[str]) -> int:
    return max((text.rfind(c) for c in cues), default=-1)


def _single_year(doc: Document, ind: Indicator) -> bool:
    """Whether the figure is about one year: the last period cue before it is a single-year one."""
    text = doc.text
    start = text.rfind("\n", 0, ind.start) + 1
    before = text[start:ind.end]
    single = list(_data().single_year)
    if doc.meta.review_year:
        single.append(f"{doc.meta.review_year}年")
    offset = max(ind.sentence_start - start, 0)
    multi = max(_last(before, _data().frame), _last(before[offset:], _data().multi_year) + offset
                if _last(before[offset:], _data().multi_year) >= 0 else -1)
    return multi < 0 or multi <= _last(before, single)


@lru_cache(maxsize=1024)
def _base_unit(unit: str) -> str:
    return base_amount(Decimal(1), unit)[1]


def _same_family(target: Target, ind: Indicator) -> bool:
    if not target.unit:
        return ind.base_unit == "%"
    return _base_unit(target.unit) == ind.base_unit


def _period(doc: Document, ind: Indicator) -> int | None:
    # 从2009年的2.8%降到去年的1.5%左右: the indicator's period carries over from 2009, but
    # 去年 right before the number names the review year.
    if doc.meta.review_year and "去年" in doc.text[max(0, ind.start - 4):ind.start]:
        return doc.meta.review_year
    return ind.period


def _looks_back(doc: Document, ind: Indicator) -> bool:
    """Whether the rest of the figure's sentence compares it over years (2015年旅游收入达到69亿元,
    **是2010年的2.6倍**): a term-end review's sentence. The year section's own statement of the
    same figure is the year's; this one is not (中央财政科技投入6197亿元，年均增长22.7% is five years')."""
    rest = doc.text[ind.end:ind.sentence_end]
    if any(c in rest for c in _data().multi_year):
        return True
    review_year = doc.meta.review_year
    return any(int(y) != review_year for y in re.findall(r"((?:19|20)\d\d)年", rest)) if review_year else False


def find_realised(row: LedgerRow, new: Digest, review: tuple[int, int] | None = None,
                  obj: str = "") -> Indicator | None:
    """The first review indicator of ``new`` that states ``row``'s metric for ``row``'s year, or None.

    ``obj`` is the object after a plan task's figure in its own report (:func:`task_object`).
    """
    doc = new.document
    review = review or _parts(doc)[0]
    return _find_realised(row, doc, _review_figures(new, review), obj)


def task_object(row: LedgerRow, old: Document) -> str:
    """The words after a plan task's figure that say what it counts (中央财政安排109亿元**资金支持
    再就业**), "" when the task is named by them already or is no task."""
    target = row.target
    if row.source != "task" or target.text.endswith(target.metric):
        return ""
    return object_words(old.text, target.end, _data().heads)


def _review_figures(new: Digest, review: tuple[int, int]) -> list[Indicator]:
    return [ind for ind in new.indicators if review[0] <= ind.start < review[1] and ind.value is not None]


def _year_figure(doc: Document, ind: Indicator, target: Target) -> bool:
    """Whether ``ind`` is a single-year figure of the target's year, not the target restated."""
    period = _period(doc, ind)
    if period is not None and target.year is not None and period != target.year:
        return False
    if period is None and doc.meta.review_year and target.year and doc.meta.review_year != target.year:
        return False
    if not _single_year(doc, ind) or _TARGET_AFTER.match(doc.text, ind.end):
        return False
    return not _looks_back(doc, ind)


def _find_realised(row: LedgerRow, doc: Document, figures: Sequence[Indicator], obj: str = "") -> Indicator | None:
    target = row.target
    rule = _rule(target.metric, target.base_unit)
    if row.source == "qualitative" and target.metric not in _data().rules:
        return None
    if rule.own:
        return _find_own(rule, target, obj, doc, figures)
    chosen: Indicator | None = None
    for ind in figures:
        if ind.kind not in rule.kinds or not _same_family(target, ind) or not _about(rule, doc, ind):
            continue
        if not _year_figure(doc, ind, target):
            continue
        if chosen is None:
            chosen = ind
            if ind.kind not in ("count", "level") or not ind.metric:
                return ind
        # An amount stated twice for the same metric: a sector's part (商贸…新增就业3000人)
        # and the total (全年实现新增就业5650人). The total is the year's figure.
        elif ind.metric == chosen.metric and ind.kind == chosen.kind and (ind.base_value or 0) > (chosen.base_value or 0):
            chosen = ind
    return chosen


def _find_own(rule: _Rule, target: Target, obj: str, doc: Document,
              figures: Sequence[Indicator]) -> Indicator | None:
    """A plan task with a Chinese name: the review figure naming it best (its own name, else its
    head noun), in the same unit family (or a count unit of the same things), of the year."""
    heads = _data().heads
    chosen: Indicator | None = None
    best = 0
    for ind in figures:
        if ind.kind not in rule.kinds:
            continue
        if not _same_family(target, ind) and not (target.unit and units_alike(_base_unit(target.unit),
                                                                              ind.base_unit, heads)):
            continue
        score = _own_score(rule, obj, doc, ind)
        if not score or score < best or not _year_figure(doc, ind, target):
            continue
        if chosen is None or score > best:
            chosen, best = ind, score
        # An amount stated twice for the same task: a sector's part (商贸…新增就业3000人)
        # and the total (全年实现新增就业5650人). The total is the year's figure.
        elif (ind.kind in ("count", "level") and ind.metric == chosen.metric and ind.kind == chosen.kind
              and (ind.base_value or 0) > (chosen.base_value or 0)):
            chosen = ind
    return chosen


def judge(target: Target, realised: Decimal | None, metric: str | None = None) -> ScorecardStatus:
    """完成 / 超额完成 / 未完成 / 未提及 of one target against a realised value in the same base unit.

    ``metric`` picks the better direction (``data/scorecard.toml``); a ceiling metric (prices,
    unemployment) is 完成 at or under an approx target; ``以上`` beaten is 超额完成.
    """
    if realised is None:
        return "未提及"
    rule = _rule(metric or target.metric, target.base_unit)
    goal = target.base_value if target.base_value is not None else target.point
    # The unit's factor (万人 → 10000): a range's base_value is its midpoint, so it is no factor.
    scale = (base_amount(Decimal(1), target.unit)[0] or Decimal(1)) if target.unit else Decimal(1)
    # Only a 左右 (or 近) target has a tolerance: an exact 增长7.5% is missed at 7.2%.
    tol = rule.tolerance * scale if target.qualifier in ("approx", "near") else Decimal(0)
    if target.qualifier == "range" and target.low is not None and target.high is not None:
        low, high = target.low * scale, target.high * scale
        if low <= realised <= high:
            return "完成"
        above = realised > high
        if rule.better == "none":
            return "未完成"
        return "超额完成" if above == (rule.better == "up") else "未完成"
    if goal is None:
        return "未提及"
    if target.qualifier in ("at_least", "more_than"):
        return "超额完成" if realised > goal else "完成" if realised == goal else "未完成"
    if target.qualifier == "at_most":
        return "完成" if realised <= goal else "未完成"
    # approx, near (within the tolerance) or exact (tolerance 0)
    if rule.better == "down":
        return "完成" if realised <= goal + tol else "未完成"
    if rule.better == "up":
        if realised < goal - tol:
            return "未完成"
        # Beyond the tolerance above: 增长8.9% against 增长8% (7.8% against 7.5% is 完成).
        return "超额完成" if realised > goal + tol else "完成"
    return "完成" if abs(realised - goal) <= tol else "未完成"


def _verdicts(doc: Document, review: tuple[int, int]) -> list[re.Match[str]]:
    found = [m for p in _data().verdicts for m in p.finditer(doc.text, review[0], review[1])]
    return sorted(found, key=lambda m: m.start())


def _sentence_range(text: str, pos: int) -> tuple[int, int]:
    start = pos
    while start > 0 and text[start - 1] not in "。！？\n":
        start -= 1
    end = pos
    while end < len(text) and text[end] not in "。！？\n":
        end += 1
    return start, end


def _realised(ind: Indicator, doc: Document) -> Realised:
    return Realised(value=ind.value, unit=ind.unit, base_value=ind.base_value, base_unit=ind.base_unit,
                    qualifier=ind.qualifier, text=ind.text, start=ind.start, end=ind.end, document=doc.source)


def scorecard(old: Digest, new: Digest, rows: Sequence[LedgerRow] | None = None) -> list[ScorecardRow]:
    """Every ledger row of ``old`` with the figure ``new``'s review states for it, and a status.

    Target offsets index ``old.document.text``; realised and verdict offsets ``new.document.text``.
    The report's own verdict is the one in the realised figure's sentence (超过全年预期目标),
    else, for a headline row, the review's overall one (全面实现年初确定的主要目标).
    """
    doc = new.document
    review = _parts(doc)[0]
    verdicts = _verdicts(doc, review)
    # The report-level verdict names the main targets (全面实现年初确定的主要目标, 主要目标任务全面完成).
    overall = next((m for m in verdicts if "主要" in m.group() or "目标任务" in m.group()), None)
    found: dict[int, Indicator | None] = {}
    out: list[ScorecardRow] = []
    book = list(rows) if rows is not None else ledger(old)
    figures = _review_figures(new, review)
    for i, row in enumerate(book):
        found[i] = _find_realised(row, doc, figures, task_object(row, old.document))
    gdp = next((found[i] for i, r in enumerate(book) if r.target.metric == "gdp_growth" and found[i]), None)
    for i, row in enumerate(book):
        ind = found[i]
        target = row.target
        if row.source == "qualitative":
            status: ScorecardStatus = "未提及"
            members = _income_members(row, doc, figures) if ind is None else []
            if members:
                ind = members[0]
            if ind is not None and gdp is not None and target.metric == "resident_income":
                tol = _rule("resident_income").tolerance
                # 城乡居民人均收入…与经济增长同步: every member's growth counts (城镇 7% against 7.7%).
                status = "完成" if all(m.value >= gdp.value - tol for m in members or [ind]) else "未完成"
            elif ind is not None:
                status = "完成" if ind.value is not None else "未提及"
        else:
            status = judge(target, ind.base_value if ind is not None else None)
        verdict = None
        if ind is not None:
            lo, hi = _sentence_range(doc.text, ind.start)
            verdict = next((m for m in verdicts if lo <= m.start() < hi), None)
            # The report's own word in the figure's sentence (增长13.6%，符合调控要求) says met.
            if verdict is not None and status == "未完成" and any(p.fullmatch(verdict.group()) for p in _data().met):
                status = "完成"
        if verdict is None and row.theme == HEADLINE_THEME and ind is not None:
            verdict = overall
        out.append(ScorecardRow(ledger=row, realised=_realised(ind, doc) if ind is not None else None,
                                status=status,
                                verdict=Span(verdict.start(), verdict.end()) if verdict else None,
                                verdict_text=verdict.group() if verdict else ""))
    return out


def _income_members(row: LedgerRow, doc: Document, figures: Sequence[Indicator]) -> list[Indicator]:
    """A qualitative income target about a paired subject (城乡居民人均收入实际增长与经济增长同步)
    the review answers member by member (城镇居民人均可支配收入实际增长7%，农村居民人均纯收入实际
    增长9.3%): the members' growth figures, the first member's first; [] unless each is found."""
    target = row.target
    if target.metric != "resident_income":
        return []
    for whole, *parts in _data().pairs:
        if whole not in target.text:
            continue
        found = []
        for part in parts:
            # The member's rule: 城镇居民 → 城镇居民人均可支配收入, 农村居民 → 农村居民人均纯收入 (a key or alias).
            rule = next((r for key, r in _data().rules.items() if key.startswith(part)), None)
            if rule is None:
                return []
            member = replace(target, metric=rule.key, unit="%", base_unit="%")
            ind = _find_realised(LedgerRow(member, row.theme, "task"), doc, figures)
            if ind is None or ind.kind != "change":
                return []
            found.append(ind)
        return found
    return []


def scorecard_digest(doc: Document) -> Digest:
    """The part of the digest a scorecard needs (indicators and targets), at a fraction of the cost."""
    from huazhongdian.extract.indicators import extract_indicators
    from huazhongdian.extract.targets import extract_targets

    indicators = extract_indicators(doc)
    return Digest(document=doc, indicators=tuple(indicators), targets=tuple(extract_targets(doc)))


def consecutive_pairs(documents: Sequence[dict]) -> list[tuple[dict, dict]]:
    """Library documents paired with the next year's of the same region, level and kind.

    ``documents`` are metadata dicts (``id``, ``region``, ``level``, ``kind``, ``year``) as
    ``Library.documents()`` gives them. Only pairs one year apart: a year-N target is judged by
    the year-N+1 review, and across a gap there is no review of year N.
    """
    by_key: dict[tuple, list[dict]] = {}
    for d in documents:
        if d.get("year") is not None:
            by_key.setdefault((d.get("region") or "", d.get("level") or "", d.get("kind") or ""), []).append(d)
    pairs = []
    for docs in by_key.values():
        docs.sort(key=lambda d: (d["year"], d["id"]))
        for old, new in zip(docs, docs[1:]):
            if new["year"] - old["year"] == 1:
                pairs.append((old, new))
    return sorted(pairs, key=lambda p: (p[0]["year"], p[0]["id"]))


def realised_headlines(digest: Digest) -> dict[str, Realised]:
    """Within one report: the review's figures under the headline metric keys (item 6).

    Example: the 2025 report → ``{"urban_new_jobs": Realised(value=1256, unit="万人", …), …}``.
    """
    doc = digest.document
    year = doc.meta.review_year
    review = _parts(doc)[0]
    out: dict[str, Realised] = {}
    for key, rule in _data().rules.items():
        # The headline keys of targets.toml; not the aliases or a district's Chinese-named metrics.
        if key != rule.key or not key.isascii():
            continue
        units = () if rule.amount else ("%",)
        for ind in digest.indicators:
            if units and ind.base_unit != "%":
                continue
            if not (review[0] <= ind.start < review[1]) or ind.value is None or ind.kind not in rule.kinds:
                continue
            if not _about(rule, doc, ind) or not _single_year(doc, ind) or _TARGET_AFTER.match(doc.text, ind.end):
                continue
            if _period(doc, ind) is not None and year is not None and _period(doc, ind) != year:
                continue
            out[key] = _realised(ind, doc)
            break
    return out
