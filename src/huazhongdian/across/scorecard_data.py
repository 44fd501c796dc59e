"""The scorecard's data (``data/scorecard.toml``) and the helpers every part of it shares.

:func:`_data` loads the file once: one :class:`_Rule` per metric key (its related words, kinds,
better direction and tolerance), the multi-year cues, the naming and head-noun rules, the
verdict patterns. :func:`_rule` gives a metric's rule, or one made from a plan task's own
Chinese metric. :func:`_parts` splits a report into its review and plan parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from huazhongdian.datafiles import load_toml
from huazhongdian.numerals import YEAR_DIGITS
from huazhongdian.errors import BadInput
from huazhongdian.extract.numbers import magnitude_factor
from huazhongdian.across.scorecard_fifties import plan_opening
from huazhongdian.extract.targets import base_amount, find_target_passages, report_year
from huazhongdian.structure import review_and_plan_spans
from huazhongdian.types import Document

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
    #: ``[multi_year] not_multi``: phrases holding a period cue that state no multi-year figure.
    not_multi: tuple[re.Pattern[str], ...]
    heading_frame: tuple[str, ...]
    single_year: tuple[str, ...]
    verdicts: tuple[re.Pattern[str], ...]
    met: tuple[re.Pattern[str], ...]
    qualitative: tuple[re.Pattern[str], ...]
    task_not_metrics: tuple[str, ...]
    task_not_units: tuple[str, ...]
    task_period_cues: tuple[str, ...]
    task_increments: tuple[str, ...]
    task_framing_units: tuple[str, ...]
    task_framing_max: int
    task_statement_before: tuple[str, ...]
    #: ``[tasks] statement_not``: a ``statement_before`` word that is a commitment after all (再有).
    task_statement_not: tuple[str, ...]
    task_unnamed_clause: tuple[str, ...]
    subjectless: tuple[str, ...]
    pairs: tuple[tuple[str, str, str], ...]
    lead: tuple[str, ...]
    vague: tuple[str, ...]
    similarity: float
    conjunctions: tuple[str, ...]
    from_to: tuple[str, ...]
    after_max: int
    after_not: tuple[str, ...]
    after_units: tuple[str, ...]
    #: ``[naming] after_bare``: a bare count (500万) named by the words after it too.
    after_bare: tuple[str, ...]
    after_not_clause: tuple[str, ...]
    clause_not: tuple[str, ...]
    clause_not_start: tuple[str, ...]
    #: ``[qualitative] list_semicolons``: a 主要预期目标 sentence without a colon is a list of targets with this many ；.
    list_semicolons: int
    #: ``[qualitative] list_continues``: a passage sentence opening with one of these continues the list.
    list_continues: tuple[str, ...]
    compare: tuple[str, ...]
    heads: Heads
    #: ``[heads] generic``: a task metric that is one of these names nothing (中央财政安排109亿元).
    unnamed: tuple[str, ...]
    #: ``[actions] classes``: the action words of one measure of a programme (新开工 | 基本建成).
    actions: tuple[tuple[str, ...], ...] = ()
    #: ``[tasks] plan_clause``: a clause opening with one of these is the year's plan (今年要扩大到511户).
    task_plan_clause: tuple[str, ...] = ()
    #: ``[tasks] plan_quota``: a clause ending with one of these before its figure is the plan's quota.
    task_plan_quota: tuple[str, ...] = ()
    #: ``[naming] measure_only``: a clause opening with one of these names no thing (涨幅仍然高达…).
    measure_only: tuple[str, ...] = ()
    #: ``[qualitative] last_year``: a target compared with last year's figure (比去年的实际涨幅低一些),
    #: and the words saying which way (``lower``: 低 …; else higher).
    last_year: tuple[str, ...] = ()
    lower: tuple[str, ...] = ()
    #: ``[naming] restated``: a sentence holding one of these restates last year's target (曾提出).
    restated: tuple[str, ...] = ()
    #: ``[multi_year] part_of_year`` / ``whole_year``: a figure after a part of the year (第一季度,
    #: 上半年) with no whole-year cue after it is not the year's figure.
    part_of_year: tuple[str, ...] = ()
    whole_year: tuple[str, ...] = ()
    #: ``[multi_year] spans``: a span of years (2020年到2025年) is a multi-year cue.
    year_spans: tuple[re.Pattern[str], ...] = ()
    #: ``[naming] respective``: what joins the names of a 分别 list (a character class).
    respective_joins: str = "[、和及与]"
    #: ``[naming] base_before``: a figure right after one of these is last year's (比去年的2.6%).
    base_before: tuple[str, ...] = ()
    #: ``[naming] target_met``: a figure followed by 目标 after one of these is the target met
    #: (提前一年实现…300元的目标): the year's figure, not the target restated.
    target_met: tuple[str, ...] = ()
    #: ``[naming] measure_of``: a clause opening with one of these measures the thing its sentence
    #: names before it (…开展新型农村社会养老保险试点，…，覆盖面扩大到60%以上).
    measure_of: tuple[str, ...] = ()
    #: ``[naming] increase``: an amount right after one of these is a change of the line, not its level.
    increase: tuple[str, ...] = ()
    #: ``[naming] asides``: a clause that only adjusts the figure after it (考虑价格下降因素) names nothing.
    asides: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Heads:
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
    purpose: tuple[str, ...] = ()
    purpose_window: int = 0
    #: ``[heads] bare_units``: the unit a bare count's noun implies (1000万农村贫困人口 → 人).
    bare_units: tuple[tuple[str, ...], ...] = ()
    #: ``[heads] counters``: generic count units (个) whose noun says what is counted (就业岗位5000个 → 人).
    counters: tuple[str, ...] = ()
    #: ``[lines]``: a budget line (中央财政科技投入 ↔ 中央财政用于科技的支出): who pays, the words
    #: that say it is spent, and the filler words between (将, 安排, 用于, 的 …).
    payers: tuple[str, ...] = ()
    spends: tuple[tuple[str, ...], ...] = ()
    fillers: tuple[str, ...] = ()


def _later_fields(raw: dict) -> dict:
    """The fields added for issue 13's invariants: parts and spans of years, 分别 lists, bases."""
    multi_year, naming = raw["multi_year"], raw["naming"]
    parts: dict = {k: tuple(multi_year.get(k, ())) for k in ("part_of_year", "whole_year")}
    return parts | {"year_spans": tuple(re.compile(p) for p in multi_year.get("spans", ())),
                    "respective_joins": naming.get("respective", "[、和及与]"),
                    "base_before": tuple(naming.get("base_before", ())),
                    "target_met": tuple(naming.get("target_met", ())),
                    "measure_of": tuple(naming.get("measure_of", ())),
                    "increase": tuple(naming.get("increase", ())), "asides": tuple(naming.get("asides", ()))}


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
                 not_multi=tuple(re.compile(p) for p in raw["multi_year"].get("not_multi", ())),
                 actions=tuple(tuple(c) for c in raw.get("actions", {}).get("classes", ())),
                 heading_frame=tuple(raw["multi_year"]["heading"]),
                 single_year=tuple(raw["multi_year"]["single"]), **_later_fields(raw),
                 verdicts=tuple(re.compile(p) for p in raw["verdict"]["patterns"]),
                 met=tuple(re.compile(p) for p in raw["verdict"].get("met", ())),
                 task_not_metrics=tuple(raw["tasks"]["not_metrics"]), task_not_units=tuple(raw["tasks"]["not_units"]),
                 task_period_cues=tuple(raw["tasks"]["period_cues"]),
                 task_increments=tuple(raw["tasks"]["increments"]),
                 task_framing_units=tuple(raw["tasks"]["framing_units"]),
                 task_statement_before=tuple(raw["tasks"].get("statement_before", ())),
                 task_statement_not=tuple(raw["tasks"].get("statement_not", ())),
                 task_framing_max=int(raw["tasks"]["framing_max"]),
                 task_unnamed_clause=tuple(sorted(raw["tasks"].get("unnamed_clause", ()), key=len, reverse=True)),
                 subjectless=tuple(sorted(naming["subjectless"], key=len, reverse=True)),
                 pairs=tuple(tuple(p) for p in naming["pairs"]),
                 lead=tuple(sorted(naming["lead"], key=len, reverse=True)), vague=tuple(naming["vague"]),
                 similarity=float(naming["similarity"]),
                 conjunctions=tuple(naming.get("conjunctions", ())), from_to=tuple(naming.get("from_to", ())), after_max=int(naming["after_max"]),
                 after_not=tuple(naming["after_not"]), after_units=tuple(naming["after_units"]),
                 after_bare=tuple(naming.get("after_bare", ())),
                 after_not_clause=tuple(naming["after_not_clause"]),
                 last_year=tuple(raw["qualitative"].get("last_year", ())),
                 task_plan_clause=tuple(raw["tasks"].get("plan_clause", ())), task_plan_quota=tuple(raw["tasks"].get("plan_quota", ())),
                 lower=tuple(raw["qualitative"].get("lower", ())),
                 measure_only=tuple(naming.get("measure_only", ())), restated=tuple(naming.get("restated", ())),
                 clause_not=tuple(raw["qualitative"]["clause_not"]),
                 clause_not_start=tuple(raw["qualitative"]["clause_not_start"]), list_semicolons=int(raw["qualitative"].get("list_semicolons", 2)),
                 list_continues=tuple(raw["qualitative"].get("list_continues", ())), qualitative=tuple(re.compile(p) for p in raw["qualitative"]["patterns"]),
                 compare=tuple(raw["qualitative"]["compare"]),
                 unnamed=tuple(raw["heads"]["generic"]),
                 heads=Heads(actions=tuple(sorted(raw["heads"]["actions"], key=len, reverse=True)),
                              # A metric key's words name that metric, not a task's thing.
                              generic=tuple(raw["heads"]["generic"]) + tuple(
                                  w for m in raw.get("metric", ()) if m["key"].isascii() for w in m["words"]),
                              object_lead=tuple(sorted(raw["heads"]["object_lead"], key=len, reverse=True)),
                              object_max=int(raw["heads"]["object_max"]),
                              object_stop=tuple(raw["heads"]["object_stop"]),
                              measures=tuple(raw["heads"]["measures"]), run=int(raw["heads"]["run"]),
                              alike=tuple(tuple(g) for g in raw["heads"]["alike"]),
                              alike_units=tuple(frozenset(g) for g in raw["heads"]["alike_units"]),
                              purpose=tuple(sorted(raw["heads"].get("purpose", ()), key=len, reverse=True)),
                              purpose_window=int(raw["heads"].get("purpose_window", 0)),
                              bare_units=tuple(tuple(g) for g in raw["heads"].get("bare_units", ())), counters=tuple(raw["heads"].get("counters", ())),
                              payers=tuple(raw.get("lines", {}).get("payers", ())),
                              spends=tuple(tuple(sorted(g, key=len, reverse=True))
                                           for g in raw.get("lines", {}).get("spends", ())),
                              fillers=tuple(sorted(raw.get("lines", {}).get("fillers", ()), key=len, reverse=True))))


def _rule(metric: str, unit: str = "") -> _Rule:
    """The data file's rule, or one made from the metric itself (a plan task's 棚户区住房改造).

    A plan task's Chinese metric with a rate (``unit`` "%") takes the rule of a key whose words
    open it (一般公共财政预算收入按可比口径增长7.5% → public_budget_revenue); a level (地区生产总值
    达到309亿元) keeps its own rule unless the key is stated as an amount.
    """
    known = _known(metric) or (_known(_lead_stripped(metric)) if metric else None) or _product_key(metric)
    if known is not None and not (known.amount or unit == "%"):
        known = None
    return _data().rules.get(metric) or known or _Rule(metric, (metric,), (), _PLAN_KINDS, "up",
                                                                Decimal(0), own=True)


@lru_cache(maxsize=4096)
def _product_key(metric: str) -> _Rule | None:
    """The rule of a key one of whose words is the bare product name with a ``[fifties]
    product_suffixes`` suffix (an old plan's list item 粮食三千八百亿斤 → 粮食产量, grain_output)."""
    if not metric:
        return None
    for suffix in load_toml("scorecard.toml")["fifties"].get("product_suffixes", ()):
        rule = next((r for r in _data().rules.values() if metric + suffix in r.words), None)
        if rule is not None:
            return rule
    return None


@lru_cache(maxsize=4096)
def _known(metric: str) -> _Rule | None:
    """The rule of a key whose words open a plan task's Chinese metric (一般公共财政预算收入按可比口径
    → public_budget_revenue), so its review figure is found by the key's words."""
    key = _metric_key(metric) if metric else ""
    return _data().rules[key] if key else None


def target_restated(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is a target restated (低于13%左右的预期目标): 目标 right
    after it, and no ``[naming] target_met`` cue in its clause before it (提前一年实现…300元的目标
    is the target met: the year's figure), unless the cue is negated (没有全面实现)."""
    if not _TARGET_AFTER.match(text, end):
        return False
    clause = text[_clause_start(text, start):start]
    for cue in _data().target_met:
        at = clause.find(cue)
        if at >= 0 and not clause[:at].endswith(("没有", "未", "未能", "不能")):
            return False
    return True


def change_against_level(target: Target, text: str, start: int) -> bool:
    """Whether a plan amount is a change (中央财政投入**增加**300亿元以上) and the review figure at
    ``start`` a level (中央财政用于“三农”的支出共2626亿元): its clause holds no ``[naming] increase``
    word. The two are no pair: 2626亿元 is not the 300亿元 more."""
    number = re.search(r"\d", target.text)
    words = _data().increase
    # (An old plan's Chinese numerals: 比一九五七年的预计数增加了二十二亿元.)
    chinese = re.search("(?:{})了?[一二三四五六七八九十两][〇○零一二三四五六七八九十百千万亿点]*[^〇○零一二三四五六七八九十百千万亿点]{{0,4}}$"
                        .format("|".join(map(re.escape, words))), target.text)
    if chinese is None and (number is None or not target.text[:number.start()].endswith(words)):
        return False
    return not any(w in text[_clause_start(text, start):start] for w in words)


def measured_names(text: str, start: int, sentence_start: int) -> str:
    """The clauses before a figure's clause in its sentence (``|``-joined) when the clause opens with a
    ``[naming] measure_of`` word (…开展新型农村社会养老保险试点，…，**覆盖面**扩大到60%以上: the 试点's
    reach), else ""."""
    begin = _clause_start(text, start)
    if begin <= sentence_start or not text.startswith(_data().measure_of, begin):
        return ""
    return "|" + "|".join(c for c in re.split("[，,；;]", text[sentence_start:begin]) if c)


def _starting_value(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is where a change started (由每人每年120元**提高到**200元):
    a ``[naming] from_to`` word between it and the next figure, 、 or the end of its clause (保持在90%
    以上、农村自来水普及率**提高到**95% is another figure's move). The one
    definition for both sides — a plan's start is no commitment, a review's no result."""
    stop = end
    while stop < len(text) and text[stop] not in _CLAUSE_STOPS + "、" and not text[stop].isdigit():
        stop += 1
    return any(w in text[end:stop] for w in _data().from_to)


def _metric_key(words: str) -> str:
    """The data file's metric key whose related words open ``words`` (进出口量稳质升 → foreign_trade),
    the longest word first; "" for a comparison (增速高于…) or a clause about no metric here."""
    keys = _metric_keys(words)
    return keys[0] if keys else ""


@lru_cache(maxsize=1)
def _opening_index() -> dict[str, tuple[tuple[int, str], ...]]:
    """Each first character of a related word → the metric keys (own keys only, data-file order)
    with a word opening so: a key's word opens ``words`` within 2 characters only if that
    character is among ``words``' first 3, so :func:`_metric_keys` weighs those keys alone."""
    index: dict[str, list[tuple[int, str]]] = {}
    for n, (key, rule) in enumerate(_data().rules.items()):
        if key == rule.key:
            for first in {w[0] for w in rule.words if w}:
                index.setdefault(first, []).append((n, key))
    return {c: tuple(keys) for c, keys in index.items()}


@lru_cache(maxsize=1024)
def _metric_keys(words: str) -> tuple[str, ...]:
    """Every metric key whose longest related word opens ``words``, in data-file order (物价… → cpi,
    retail_price: the word is both's); () for a comparison of two metrics or no metric here."""
    data = _data()
    if any(w in words for w in data.compare):
        return ()
    index = _opening_index()
    best: list[str] = []
    best_len = 0
    for _, key in sorted({near for c in words[:3] for near in index.get(c, ())}):
        rule = data.rules[key]
        size = max((len(w) for w in rule.words if 0 <= words.find(w) <= 2), default=0)
        if not size or any(w in words for w in rule.not_words):
            continue
        if size > best_len:
            best, best_len = [key], size
        elif size == best_len:
            best.append(key)
    return tuple(best)


# A year in Chinese numerals (一九八五年): its 五年 is no five-year span when the year is past.
_CN_YEAR = re.compile(r"[〇○零一二三四五六七八九]{4}年")


@lru_cache(maxsize=1)
def _one_year_of_period() -> re.Pattern[str]:
    return re.compile(load_toml("scorecard.toml")["tasks"].get("one_year_of_period", r"(?!)"))


def period_cue(text: str, year: int | None = None) -> bool:
    """Whether ``text`` holds a ``[tasks] period_cues`` word (五年, 期间, “十四五” …), outside a
    ``one_year_of_period`` phrase (第二个五年计划的第二年 is one year), that is not the end of a year in Chinese numerals up to ``year``, the plan's (1986: 今年工作的基本要求是：……
    一九八五年已经进行的各项改革; a later year, 1982's 在一九八五年底前, is the five-year plan's)."""
    text = _one_year_of_period().sub("", text)
    if year is not None:
        text = _CN_YEAR.sub(lambda m: "年" if int(m.group()[:4].translate(YEAR_DIGITS)) <= year else m.group(), text)
    return any(c in text for c in _data().task_period_cues)


def _parts(doc: Document) -> tuple[tuple[int, int], tuple[int, int]]:
    """(review, plan) ranges: the headings' split, else the text before/after the target passage."""
    review, plan = review_and_plan_spans(doc)
    passages = find_target_passages(doc)
    if review is not None and plan is not None and plan.start < review.start and not passages:
        # A plan report with its review inside (1982's 六五计划前两年的执行情况, the structure's
        # paragraph-topic split): the plan part is the whole text, the ledger skips the review inside it.
        return (review.start, review.end), (0, len(doc.text))
    opening = plan_opening(doc, report_year(doc)) if review is None and plan is None and not passages else None
    # (1964, no headings: the paragraph 明年发展国民经济的主要任务是… opens the plan; scorecard_fifties.)
    if opening is not None:
        return (0, opening[0]), opening
    cut = plan.start if plan is not None else (passages[0][0] if passages else len(doc.text) // 2)
    review_range = (review.start, min(review.end, cut)) if review is not None else (0, cut)
    return review_range, (cut, len(doc.text))


def action_classes(words: str) -> frozenset[int]:
    """The ``[actions]`` classes whose words ``words`` holds (新开工保障性安居工程 → {0})."""
    return frozenset(i for i, c in enumerate(_data().actions) if any(w in words for w in c))


def actions_agree(target_words: str, review_words: str) -> bool:
    """Whether a target and a review figure measure the same thing of a programme: the action
    classes of their words share one, or one of them names none (新开工700万套 ↔ 新开工…740万套;
    not ↔ 基本建成511万套)."""
    a, b = action_classes(target_words), action_classes(review_words)
    return not a or not b or bool(a & b)


def base_unit_of(unit: str) -> tuple[Decimal, str]:
    """(factor, base unit) of a unit; a bare magnitude (6600多万, 1.8亿) counts things: base ""."""
    if unit and all(c in "万亿" for c in unit):
        return magnitude_factor(unit), ""
    factor, base = base_amount(Decimal(1), unit)
    return factor or Decimal(1), base


def _clause_start(text: str, pos: int) -> int:
    start = pos
    while start > 0 and text[start - 1] not in _CLAUSE_STOPS:
        start -= 1
    return start


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
    joins = _data().conjunctions
    return frozenset(p for p in (name[i:i + 2] for i in range(len(name) - 1)) if not any(c in p for c in joins))


def _near(task: str, name: str) -> bool:
    """A review name for the same plan task, words inserted, moved or the last ones changed:
    it holds ``similarity`` of the task's character pairs (公厕新建改造 → 新建改造公厕)."""
    task = _lead_stripped(task)
    if len(task) < 4 or len(name) < 2:
        return False
    pairs = _char_pairs(task)
    return len(pairs & _char_pairs(name)) >= _data().similarity * len(pairs)
