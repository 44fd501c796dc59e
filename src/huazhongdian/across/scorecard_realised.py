"""Realised values (issue 13 item 2): for a ledger row, the figure the next report's review
states for the same metric and year — same metric (related words, or for a task with a Chinese
name its own name or head noun: ``scorecard_heads``), same unit family, a single-year figure,
never from the plan part. Rules in docs/scorecard.md §2.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from huazhongdian.across.scorecard_old import (bare_clause, name_clause, other_year, plan_year_by_default, wider_words,
                                              year_named, year_words as _year_words)
from huazhongdian.across.scorecard_data import (_CLAUSE_STOPS, _clause_start, _data,
                                                _lead_stripped, _near, _parts, _rule, _Rule, _starting_value,
                                                actions_agree, base_unit_of, change_against_level, measured_names,
                                                target_restated)
from huazhongdian.across.scorecard_heads import (bare_alike, bare_names, head_score, object_words, pair_value, purpose_words, purposes_differ, same_line,
                                                 units_alike)
from huazhongdian.across.scorecard_fifties import product_names
from huazhongdian.across.scorecard_past import review_figures as _review_figures
from huazhongdian.across.scorecard_ledger import _after_name
from huazhongdian.structure import section_path
from huazhongdian.types import Digest, Document, Indicator, LedgerRow, Realised, Target

__all__ = ["find_realised", "task_object", "task_purpose", "task_context", "realised_headlines"]


_PAIR_FIRST = re.compile(r"[^\d，,；;。]{0,4}[\d.]+%?和[\d.]+")
_PAIR_SECOND = re.compile(r"[\d.]+%?和$")


@lru_cache(maxsize=8192)
def _subject(text: str, start: int, sentence_start: int, metric: str) -> str:
    """The words that name the figure at ``start``: its metric and the clause before it.

    A clause with no subject of its own (同比增长8.9%) takes the clause before it in the same
    sentence; a paired subject (城乡居民…分别增长8.7%和8.6%) names the member the figure is for.
    """
    data = _data()
    name = _respective(text, start)
    if name is not None:
        return name + "|" + text[text.rfind("分别", 0, start):start]
    begin = _list_item_start(text, _clause_start(text, start), start)
    clause = text[begin:start]
    metric = _own_metric(metric)
    # 城镇居民…17175元，农村居民…5153元，实际增长**9.8%和8.5%**: two figures joined by 和 in a clause
    # with no subject are the two clauses' before it, in their order.
    second = _PAIR_SECOND.search(clause)
    rest = clause[:second.start()] if second else clause
    for w in data.subjectless:
        rest = rest.replace(w, "")
    if not rest.strip() and begin > sentence_start:
        before = _clause_start(text, begin - 1)
        if text[before:begin - 1] in data.asides and before > sentence_start:
            before = _clause_start(text, before - 1)   # …纯收入，考虑价格下降因素，比上年实际增长4.3%
        if not second and _PAIR_FIRST.match(text, start) and before > sentence_start:
            before = _clause_start(text, before - 1)
            # The metric carried over from the clause before is the second's, not this figure's.
            return "|" + text[before:_clause_start(text, begin - 1) - 1]
        clause = text[before:start]
    if bare_clause(text[_clause_start(text, start):start]):   # 社会商品零售总额，…，一九八二年预计比…增长8.9%
        clause += "|" + name_clause(text, start)
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


_DONE_ITEM = re.compile(r"(?:\d|增加|增长|下降|减少|提高|降低|扩大|上升)[^、]*$")


def _list_item_start(text: str, begin: int, start: int) -> int:
    """Where the figure's own item of a 、 list starts: after the last 、 of its clause when what is
    before it is a whole statement of its own, with a number or a change (一般性转移支付规模大幅增加、
    专项转移支付项目减少三分之二: the figure is the 专项's), and what is after it names a thing of its own
    (not 国内生产总值达到134.9万亿元、增长5%; not the paired subject 城镇、农村常住居民…分别增长)."""
    at = text.rfind("、", begin, start)
    if at < 0 or not _DONE_ITEM.search(text, begin, at):
        return begin
    rest = text[at + 1:start]
    for w in _data().subjectless:
        rest = rest.replace(w, "")
    return at + 1 if len(rest.strip()) >= 2 else begin


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@lru_cache(maxsize=8192)
def _respective(text: str, start: int) -> str | None:
    """The name a figure of a 分别 list is for: the list's names before 分别 (split at 、和及与), the
    figure's place among the figures after it (城镇居民人均可支配收入和农村居民人均纯收入分别实际增长8.5%和
    **9.5%**: the 农村's); None unless the clause holds as many figures as names (two or more), and
    for names that share one head (城镇和农村居民…, 城镇、农村常住居民…: the pairs' rule)."""
    data = _data()
    begin = _clause_start(text, start)
    at = text.rfind("分别", begin, start)
    if at < 0:
        return None
    names = [n for n in re.split(data.respective_joins, text[begin:at]) if n]
    # 城镇和农村居民人均可支配收入分别…: members sharing one head are the [naming] pairs' to read.
    if any(whole in text[begin:at] for whole, _, _ in data.pairs) or any(len(n) < 3 for n in names):
        return None
    end = start
    while end < len(text) and text[end] not in _CLAUSE_STOPS:
        end += 1
    place = len(_NUMBER.findall(text, at, start))
    if len(names) < 2 or len(names) != place + len(_NUMBER.findall(text, start, end)):
        return None
    return names[place]


def _figure_name(text: str, ind: Indicator) -> str:
    """The name a figure's own words give it: its 分别 list name, its own 、 item, or the words after it."""
    return _respective(text, ind.start) or _own_metric(ind.metric) or _after_name(text, ind)


def _own_metric(metric: str) -> str:
    """An indicator's metric cut to its own 、 item, as :func:`_list_item_start` cuts its clause."""
    return metric[_list_item_start(metric, 0, len(metric)):] if metric else metric


# The words of a figure before its number (增长 in 增长8.8%, 增长百分之九): with its metric, a
# related word as a whole (去年经济**增长**8.8% is 经济增长; 县域经济增长5.5% is not).
_LEAD = re.compile(r"[^\d百千万亿零〇一二三四五六七八九十两]*")


def _about(rule: _Rule, doc: Document, ind: Indicator) -> bool:
    subject = _subject(doc.text, ind.start, ind.sentence_start, ind.metric)
    if ind.metric and ind.metric + _LEAD.match(ind.text).group() in rule.words:
        subject += "|" + ind.metric + _LEAD.match(ind.text).group()
    subject += _previous_sentence(doc.text, ind)
    if not ind.metric and rule.amount:
        # 1956年全国完成了将近一百四十亿元**的基本建设投资额**: an amount with no name before it is
        # named by the words after it.
        subject += "|" + _after_name(doc.text, ind)
    before = doc.text[ind.sentence_start:ind.start]
    if any(w in before for w in _data().restated):
        subject += "|" + before     # 报告提出，物价涨幅要…降到10%左右，…实际回落到6.1%: the target's metric
    # The clause as written too: a paired subject is read as its member (城镇和农村常住居民…分别增长3.9%
    # → 城镇常住居民…), and a not-word of the pair (城镇和农村) says it is no figure of the whole.
    raw = doc.text[_clause_start(doc.text, ind.start):ind.start]
    if any(w in subject or w in raw for w in rule.not_words):
        return False
    if rule.own and _lead_stripped(rule.key) in _data().vague:
        return False
    if any(w in subject for w in rule.words):
        return True
    if rule.own:
        return _near(rule.key, _figure_name(doc.text, ind))
    return False


def _previous_sentence(text: str, ind: Indicator) -> str:
    """The sentence before the figure's when its clause opens with a bare measure word (…控制在百分之十
    以内。虽然…，**涨幅**仍然高达百分之二十一点七: the 涨幅 is the 零售物价's of the sentence before), else ""."""
    clause = text[_clause_start(text, ind.start):ind.start]
    if not any(clause.startswith(w) for w in _data().measure_only) or ind.sentence_start < 1:
        return ""
    return "|" + text[_clause_start_of_sentence(text, ind.sentence_start - 1):ind.sentence_start]


def _restated(text: str, ind: Indicator) -> bool:
    """Whether the figure restates last year's target: a ``[naming] restated`` cue in its clause or
    the clause before (去年我在政府工作报告中曾提出，要把…控制在百分之十以内), not further back
    (…报告提出，物价涨幅要…降到10%左右，经过…努力，实际回落到6.1%: the result)."""
    begin = _clause_start(text, ind.start)
    if begin > ind.sentence_start:
        begin = max(_clause_start(text, begin - 1), ind.sentence_start)
    return any(w in text[begin:ind.start] for w in _data().restated)


def _clause_start_of_sentence(text: str, end: int) -> int:
    at = max(text.rfind(c, 0, end) for c in "。！？\n")
    return at + 1


def _own_score(rule: _Rule, obj: str, doc: Document, ind: Indicator, context: str = "") -> int:
    """How well a review figure names a plan task with a Chinese name (0: not at all): its own
    name (the old rules: the metric itself, 80% of its character pairs) or its head noun
    (``scorecard_heads``); a task with an object after its figure needs a word of it too."""
    data = _data()
    subject = _subject(doc.text, ind.start, ind.sentence_start, ind.metric)
    review = subject + "|" + object_words(doc.text, ind.end, data.heads) + measured_names(doc.text, ind.start, ind.sentence_start)
    task = _lead_stripped(rule.key)
    if names := product_names(task):     # 钢 ↔ 钢/钢产量 only, not 钢材 (scorecard_fifties)
        return 100 if _lead_stripped(ind.metric or "") in names else 0
    # A one-character name (人 of 人均每年增长10%左右) is in nearly every review clause: it names nothing.
    if task in data.vague or task in data.unnamed or len(task) < 2:
        task = ""
    score = head_score(task, obj, review, data.heads)
    if not score and ind.metric and same_line(_lead_stripped(rule.key), obj, context, ind.metric, data.heads):
        return 50     # 中央财政将安排科技支出 ↔ 中央财政用于科技的支出: one budget line
    if task and (task in subject or _near(rule.key, _figure_name(doc.text, ind))):
        # (安排七百多万人就业: an object that is the task's own name asks for no other word.)
        if not obj or score or obj == task:
            return max(score, 100)
    return score


def _last(text: str, cues: Sequence[str]) -> int:
    return max((text.rfind(c) for c in cues), default=-1)


def _single_year(doc: Document, ind: Indicator, year: int | None = None) -> bool:
    """Whether the figure is about one year: its last period cue is a single-year one, or names ``year``."""
    text = doc.text
    start = text.rfind("\n", 0, ind.start) + 1
    before = text[start:ind.end]
    for pattern in _data().not_multi:      # 是近年来最大降幅, 连续两年增长: no multi-year figure
        before = pattern.sub(lambda m: "\0" * len(m.group()), before)
    single = list(_data().single_year) + _year_words(doc.meta.review_year)
    offset = max(ind.sentence_start - start, 0)
    multi = max(_last(before, _data().frame), _last(before[offset:], _data().multi_year) + offset
                if _last(before[offset:], _data().multi_year) >= 0 else -1)
    # 2020年到2025年，…: the span's last year is no single-year cue after it.
    multi = max([multi] + [m.end() - 1 for p in _data().year_spans for m in p.finditer(before, offset)])
    if multi < 0 and _last(before, single) < 0 and _heading_frames(doc, ind.start):
        return False
    # A review of two years (1982): 一九八二年计划为百分之四，预计可以达到百分之六点四 is the year's, named;
    # 一九八一年计划为百分之三点七，实际达到百分之四点六 is the other year's.
    named = (text, ind.sentence_start, ind.start, year or doc.meta.review_year, _data().multi_year)
    return (multi < 0 or multi <= _last(before, single) or year_named(*named)) and not other_year(*named)


def _part_of_year(doc: Document, ind: Indicator) -> bool:
    """Whether the figure is a part of the year's (第一季度下降0.2%, 上半年增长7%): a ``part_of_year``
    cue in its sentence before it, with no whole-year cue (全年, 去年, the review year) after that."""
    data = _data()
    before = doc.text[ind.sentence_start:ind.start]
    part = _last(before, data.part_of_year)
    if part < 0:
        return False
    whole = list(data.whole_year) + ([f"{doc.meta.review_year}年"] if doc.meta.review_year else [])
    return _last(before, whole) < part


def _heading_frames(doc: Document, at: int) -> bool:
    """Whether a heading above ``at`` frames its figures as five years' (一、“十一五”时期…的回顾):
    a paragraph with no period cue of its own is about what its heading says. A heading that names
    the year too (一、2025年和“十四五”时期工作回顾) frames nothing."""
    heads = [s.text for s in section_path(doc, at)]
    single = list(_data().single_year) + _year_words(doc.meta.review_year)
    if any(c in h for h in heads for c in single):
        return False
    return any(c in h for h in heads for c in _data().heading_frame)


@lru_cache(maxsize=1024)
def _base_unit(unit: str) -> str:
    return base_unit_of(unit)[1]


def _same_family(target: Target, ind: Indicator) -> bool:
    if not target.unit:
        return ind.base_unit == "%"
    base = _base_unit(target.unit)
    heads = _data().heads
    # 新增就业岗位5000个 against 新增就业5487人: a generic counter's noun says what it counts.
    return base == ind.base_unit or (base in heads.counters and bare_alike(target.metric, ind.base_unit, heads))


def _period(doc: Document, ind: Indicator) -> int | None:
    # 从2009年的2.8%降到去年的1.5%左右: the indicator's period carries over from 2009, but
    # 去年 right before the number names the review year.
    year = doc.meta.review_year
    if year and "去年" in doc.text[max(0, ind.start - 4):ind.start]:
        return year
    if year and plan_year_by_default(doc, ind):
        return year
    if year and ind.period is not None and ind.period != year:
        # 中央财政安排资金1713亿元，是2010年的2.2倍，全年…新开工建设1043万套: a year named only after
        # the figure is a comparison base, and a single-year cue after the year (全年) names the
        # review year again: both figures are the review year's.
        before = doc.text[ind.sentence_start:ind.start]
        at = before.rfind(f"{ind.period}年")
        if at < 0 and f"{ind.period}年" in doc.text[ind.end:ind.sentence_end]:
            return year
        if at >= 0 and any(c in before[at:] for c in _data().single_year):
            return year
    return ind.period


def _looks_back(doc: Document, ind: Indicator) -> bool:
    """Whether the rest of the figure's sentence compares it over years (2015年旅游收入达到69亿元,
    **是2010年的2.6倍**): a term-end review's sentence. The year section's own statement of the
    same figure is the year's; this one is not (中央财政科技投入6197亿元，年均增长22.7% is five years')."""
    rest = doc.text[ind.end:ind.sentence_end]
    named = year_named(doc.text, ind.sentence_start, ind.start, doc.meta.review_year, _data().multi_year)
    if not named and any(c in rest for c in _data().multi_year):   # not 一九八二年预计…8.9%，两年平均…
        return True
    review_year = doc.meta.review_year
    # 是2010年的2.2倍 in the review of 2011 compares one year with the one before: still the year's.
    return any(int(y) not in (review_year, review_year - 1)
               for y in re.findall(r"((?:19|20)\d\d)年", rest)) if review_year else False


def find_realised(row: LedgerRow, new: Digest, review: tuple[int, int] | None = None,
                  obj: str = "", purpose: str = "", context: str = "") -> Indicator | None:
    """The first review indicator of ``new`` that states ``row``'s metric for ``row``'s year, or None.

    ``obj`` and ``purpose`` are the object after a plan task's figure in its own report and what
    its amount is for (:func:`task_object`, :func:`task_purpose`), ``context`` its sentence up to
    the figure (:func:`task_context`).
    """
    doc = new.document
    review = review or _parts(doc)[0]
    return _find_realised(row, doc, _review_figures(new, review), obj, purpose, context)


def task_object(row: LedgerRow, old: Document) -> str:
    """The words after a plan task's figure that say what it counts (中央财政安排109亿元**资金支持
    再就业**), "" when the task is named by them already or is no task."""
    target = row.target
    if row.source != "task" or target.text.endswith(target.metric):
        return ""
    return object_words(old.text, target.end, _data().heads)


def task_purpose(row: LedgerRow, old: Document) -> str:
    """What a plan task's amount is for (30亿元国债资金，重点支持**煤矿瓦斯综合治理和利用**), or ""."""
    return purpose_words(old.text, row.target.end, _data().heads) if row.source == "task" else ""


def task_context(row: LedgerRow, old: Document) -> str:
    """A plan task's sentence up to its figure (实施更加积极的就业政策，中央财政拟投入), with the sentence
    before it in its paragraph (各级政府都要增加对“三农”的投入。今年中央财政投入…: what the line is
    for), or ""."""
    if row.source != "task":
        return ""
    start = _clause_start_of_sentence(old.text, row.target.start)
    if start > 1 and old.text[start - 1] == "。":
        start = _clause_start_of_sentence(old.text, start - 1)
    return old.text[start:row.target.start]


def _year_figure(doc: Document, ind: Indicator, target: Target) -> bool:
    """Whether ``ind`` is a single-year figure of the target's year, not the target restated."""
    period = _period(doc, ind)
    if period is not None and target.year is not None and period != target.year:
        return False
    if period is None and doc.meta.review_year and target.year and doc.meta.review_year != target.year:
        return False
    if not _single_year(doc, ind, target.year) or _part_of_year(doc, ind) or target_restated(doc.text, ind.start, ind.end) or _starting_value(doc.text, ind.end):
        return False
    if any(doc.text.endswith(w, 0, ind.start) for w in _data().base_before):
        return False      # 比去年的2.6%回落0.6个百分点: last year's figure, the base
    if _restated(doc.text, ind):
        return False      # 去年…报告中曾提出，要把…控制在百分之十以内: the target restated
    if not actions_agree(target.text, doc.text[_clause_start(doc.text, ind.start):ind.start]):
        return False      # 新开工700万套 is not 基本建成511万套: another measure of the programme
    return not _looks_back(doc, ind)


def _find_realised(row: LedgerRow, doc: Document, figures: Sequence[Indicator], obj: str = "",
                   purpose: str = "", context: str = "") -> Indicator | None:
    target = row.target
    rule = _rule(target.metric, target.base_unit)
    if row.source == "qualitative" and target.metric not in _data().rules:
        return None
    if rule.own:
        return _find_own(rule, target, (obj, purpose, context), doc, figures)
    chosen: Indicator | None = None
    # 力争粮食生产有较大幅度的持续增长 is answered by the amount (…达到4024亿公斤), whatever its unit.
    any_unit = rule.amount and not target.unit and row.source == "qualitative"
    for ind in figures:
        if ind.kind not in rule.kinds or not (any_unit or _same_family(target, ind)) or not _about(rule, doc, ind):
            continue
        if not _year_figure(doc, ind, target):
            continue
        if ind.kind in ("level", "count") and target.value is not None and change_against_level(target, doc.text, ind.start):
            continue      # 比一九五七年的预计数增加了二十二亿元: no level answers it
        if chosen is None:
            chosen = ind
            if ind.kind not in ("count", "level") or not ind.metric:
                return ind
        # An amount stated twice for the same metric: a sector's part (商贸…新增就业3000人)
        # and the total (全年实现新增就业5650人). The total is the year's figure.
        elif ind.metric == chosen.metric and ind.kind == chosen.kind and (ind.base_value or 0) > (chosen.base_value or 0):
            chosen = ind
    return chosen


def _find_own(rule: _Rule, target: Target, words: tuple[str, str, str], doc: Document,
              figures: Sequence[Indicator]) -> Indicator | None:
    """A plan task with a Chinese name: the review figure naming it best (its own name, else its
    head noun), in the same unit family (or a count unit of the same things), of the year, and
    not for another purpose (``words``: the task's object, purpose and sentence up to its figure)."""
    heads = _data().heads
    obj, purpose, context = words
    chosen: Indicator | None = None
    best = 0
    wider = wider_words(_lead_stripped(rule.key), _data().rules.values())
    for ind in figures:
        if ind.kind not in rule.kinds:
            continue
        if wider and any(w in _subject(doc.text, ind.start, ind.sentence_start, ind.metric) for w in wider):
            continue
        if not _same_family(target, ind) and not (target.unit and units_alike(_base_unit(target.unit),
                                                                              ind.base_unit, heads)):
            # 再减少1000万 (农村贫困人口) against 减少800万人: the bare count's noun says 人.
            if not (target.unit in _data().after_bare and not target.base_unit
                    and bare_alike(target.metric + obj, ind.base_unit, heads)) and not (
                    ind.unit in _data().after_bare and not ind.base_unit
                    and bare_names(object_words(doc.text, ind.end, heads), _base_unit(target.unit), heads)):
                continue
        if ind.base_unit == target.base_unit == "元" and change_against_level(target, doc.text, ind.start):
            continue
        score = _own_score(rule, obj, doc, ind, context)
        if not score or score < best or not _year_figure(doc, ind, target):
            continue
        if purposes_differ(purpose, purpose_words(doc.text, ind.end, heads), heads):
            continue
        if chosen is None or score > best or pair_value(doc.text, target.base_value, chosen, ind, _data().conjunctions):
            chosen, best = ind, score
        # An amount stated twice for the same task: a sector's part (商贸…新增就业3000人)
        # and the total (全年实现新增就业5650人). The total is the year's figure.
        elif (ind.kind in ("count", "level") and ind.metric == chosen.metric and ind.kind == chosen.kind
              and (ind.base_value or 0) > (chosen.base_value or 0)):
            chosen = ind
    return chosen


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


def _realised(ind: Indicator, doc: Document) -> Realised:
    return Realised(value=ind.value, unit=ind.unit, base_value=ind.base_value, base_unit=ind.base_unit,
                    qualifier=ind.qualifier, text=ind.text, start=ind.start, end=ind.end, document=doc.source)


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
            if not _about(rule, doc, ind) or not _single_year(doc, ind) or _part_of_year(doc, ind) \
                    or target_restated(doc.text, ind.start, ind.end):
                continue
            if _restated(doc.text, ind):        # 曾提出，要把…控制在百分之十以内: last year's target
                continue
            if _period(doc, ind) is not None and year is not None and _period(doc, ind) != year:
                continue
            out[key] = _realised(ind, doc)
            break
    return out
