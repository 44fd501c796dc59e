"""The ledger of one report (issue 13 item 1): its headline targets, the stated targets without
a number and every plan task with a metric and a value, in report order, each with its theme
and span. Rules in docs/scorecard.md §1; words in ``data/scorecard.toml`` (``[tasks]``,
``[qualitative]``, ``[naming]``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from huazhongdian.across.scorecard_data import (_CLAUSE_STOPS, _PLAN_KINDS, HEADLINE_THEME, _clause_start,
                                                _data, _lead_stripped, _metric_key, _parts,
                                                _starting_value, period_cue)
from huazhongdian.across.scorecard_fifties import plan_year_clause, year_plan_figures
from huazhongdian.across.scorecard_heads import purpose_words
from huazhongdian.across.scorecard_old import from_name, name_clause, next_plan_year, plan_name, plan_end_year, year_part
from huazhongdian.across.scorecard_tasks import old_report, task_rows
from huazhongdian.across.scorecard_stated import review_promises, stated_rows
from huazhongdian.across.scorecard_worded import worded_rows
from huazhongdian.chars import is_han
from huazhongdian.extract.targets import find_target_passages, report_year
from huazhongdian.types import Digest, Document, Indicator, LedgerRow, Target

__all__ = ["ledger"]


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
    # A bare 万 or 亿 counts the things named after it (增加500万**农村沼气用户**).
    if not ind.base_unit.startswith(data.after_units) and not (not ind.base_unit and ind.unit in data.after_bare):
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


def _before_name(text: str, ind: Indicator) -> str:
    """The clause before a figure whose own clause names nothing (继续实施退耕还林还草，**今年拟安排**
    500万亩), its lead words stripped, or "" — for an amount in an ``after_units`` unit only (a rate
    such a clause holds restates a target: 从经济基本面和就业吸纳能力看，6.5%左右的增长…)."""
    if not ind.base_unit.startswith(_data().after_units):
        return ""
    start = _clause_start(text, ind.start)
    own = rest = text[start:ind.start]
    for w in _data().task_unnamed_clause:
        rest = rest.replace(w, "")
    # An older report sets a space between a name and its figure (今年中央财政预算赤字 1503亿元): the
    # reader names no metric across it; the clause's own words are the name.
    # (比去年预算增加 250亿元 is a change on last year: no name of its own.)
    if (own.endswith((" ", "\u3000")) and rest.strip() and not re.search(r"\d", rest)
            and not any(w in rest for w in _data().after_not_clause)):
        return _lead_stripped(rest.strip())
    # The clause must hold these words and nothing else (an empty clause, 两亿多户, is no task).
    if not own.strip() or rest.strip():
        return ""
    if start <= ind.sentence_start:
        # 今年拟安排430亿元，用于补助低保住房困难家庭的实物廉租房建设: no clause before; what it is for names it.
        name = _lead_stripped(purpose_words(text, ind.end, _data().heads))
        return name if len(name) >= 2 and not re.search(r"\d", name) else ""
    name = _lead_stripped(text[_clause_start(text, start - 1):start - 1])
    return name if len(name) >= 2 and not re.search(r"\d", name) else ""


def _task_target(doc: Document, ind: Indicator, year: int | None) -> Target:
    start = _clause_start(doc.text, ind.start)
    # (A list after a colon names its items itself: 主要指标是：钢八百万吨，原煤… — 钢 is the name.)
    if len(ind.metric) == 1 and start > ind.sentence_start and doc.text[start - 1] not in "：:":
        # 提高企业退休人员基本养老金，人均每年增长10%左右: a one-character name (人 of 人均) names
        # nothing; the clause before names the task.
        name = _lead_stripped(doc.text[_clause_start(doc.text, start - 1):start - 1])
        ind = replace(ind, metric=name if len(name) >= 2 and not re.search(r"\d", name) else ind.metric)
    metric_at = doc.text.find(ind.metric, start, ind.start) if ind.metric else -1
    start = metric_at if metric_at >= 0 else start
    # Keep a suffix qualifier written after the number (以上/左右) inside the clause.
    after = "" if ind.metric else _after_name(doc.text, ind)
    if not ind.metric and not after:
        before = _before_name(doc.text, ind)
        return _named(doc, ind, year, before, start)
    # 8000万吨标准煤的节能能力: the name starts after the 的, the span ends with it.
    end = doc.text.find(after, ind.end) + len(after) if after else ind.end
    text = doc.text[start:end]
    point = ind.value
    if point is None and ind.low is not None and ind.high is not None:
        point = (ind.low + ind.high) / 2
    return Target(metric=ind.metric or after, year=year, value=ind.value, low=ind.low, high=ind.high,
                  unit=ind.unit, qualifier=ind.qualifier, absent=False, text=text, start=start,
                  end=end, base_value=ind.base_value, base_unit=ind.base_unit, point=point)


def _is_task(doc: Document, ind: Indicator, year: int | None, annual_ok: bool = False, later: bool = False) -> bool:
    """A plan indicator that is a commitment of the plan year (not the five-year plan's, not framing;
    with ``annual_ok``, a five-year plan's annual rate is the year's part: :func:`year_part`; with
    ``later``, a goal for a later year ``year``, :func:`plan_end_year`, whatever its sentence's cues)."""
    data = _data()
    if ind.metric in data.task_not_metrics or ind.unit in data.task_not_units or not ind.unit:
        return False
    if (doc.text.endswith(data.task_statement_before, 0, ind.start)       # 我国有13亿人口: what there is
            and not doc.text.endswith(data.task_statement_not, 0, ind.start)):   # 再有1000万…: a commitment
        return False
    if ind.period is not None and year is not None and ind.period not in (year, report_year(doc)):
        return False
    # 由每人380元提高到420元: the start of a move is where things stand, not the commitment.
    if _starting_value(doc.text, ind.end):
        return False
    # 打好三大攻坚战, 两个积极性, 八个字: a small count in Chinese numerals frames a speech.
    if (not re.search(r"\d", ind.text) and ind.unit in data.task_framing_units and ind.value is not None
            and ind.value < data.task_framing_max):
        return False
    # 棚户区改造580万套，**增加110万套**: a clause of only an increment word is the change of
    # the figure before it, no commitment of its own.
    digit = re.search(r"\d", ind.text)
    lead = doc.text[_clause_start(doc.text, ind.start):ind.start + (digit.start() if digit else 0)]
    # 增加500万农村沼气用户 names what it adds: a commitment of its own.
    if lead.strip() in data.task_increments and not (not ind.metric and _after_name(doc.text, ind)):
        return False
    if later or (annual_ok and year_part(lead + ind.text)):
        return True
    # A section about the five-year plan (二、“十三五”时期主要目标任务和重大举措) holds its goals, not the year's.
    for section in doc.sections:
        if section.parent is None and section.start <= ind.start < section.body_end:
            if period_cue(section.text, year):
                return False
    # The sentence before the number (启动实施“十三五”规划重大项目。完成铁路投资8000亿元以上 is the year's).
    before = doc.text[ind.sentence_start:ind.start]
    return not period_cue(before, year)


def _named(doc: Document, ind: Indicator, year: int | None, name: str, start: int) -> Target:
    """A task named by the clause before its own (:func:`_before_name`): the span is its own clause."""
    point = ind.value
    if point is None and ind.low is not None and ind.high is not None:
        point = (ind.low + ind.high) / 2
    return Target(metric=name, year=year, value=ind.value, low=ind.low, high=ind.high, unit=ind.unit,
                  qualifier=ind.qualifier, absent=False, text=doc.text[start:ind.end], start=start,
                  end=ind.end, base_value=ind.base_value, base_unit=ind.base_unit, point=point)


def ledger(digest: Digest) -> list[LedgerRow]:
    """The 量化指标任务 list of one report: headline targets, stated qualitative targets and
    plan tasks with a metric and a value, in report order (headline targets first, as the
    report states them in its 主要预期目标 passage).

    A target the report declines to set (2020's 不设 GDP target) is no row: nothing was promised.

    Long because: one pass in report order over every source of rows (targets, patterns, stated and
    worded clauses, plan indicators with their old-plan names and later years, 1950s year plans), each
    marking the spans it takes so the next does not count them twice.
    """
    doc = digest.document
    text = doc.text
    review, plan = _parts(doc)
    year = next_plan_year(text, plan, report_year(doc)) or report_year(doc)
    rows: list[LedgerRow] = []
    taken: list[tuple[int, int]] = []
    for target in sorted((t for t in digest.targets if not t.absent), key=lambda t: t.start):
        rows.append(LedgerRow(target, HEADLINE_THEME, "target" if target.value is not None or target.low is not None
                              else "qualitative"))
        taken.append((target.start, target.end))
    passages = find_target_passages(doc)
    for lo, hi in passages:
        rows.extend(_pattern_rows(text, lo, hi, taken, year))
        rows.extend(_stated_clauses(text, lo, hi, taken, year))
    # Older reports state such targets in the plan's paragraphs, with no 主要预期目标 passage
    # (1993: 使赤字不突破预算; 1997: 保持进出口基本平衡): the plan part is read too.
    rows.extend(_pattern_rows(text, plan[0], plan[1], taken, year))
    # … and the year's targets stated in words there (力争农民收入增加, 继续压缩财政赤字).
    rows.extend(worded_rows(doc, plan, taken, year, lambda pos: _theme_at(digest, pos),
                            {r.target.metric for r in rows},
                            [(i.start, i.end) for i in digest.indicators if plan[0] <= i.start < plan[1]]))
    tasks = []
    for ind in _plan_clauses(digest, plan, not passages, year):
        if not passages and not ind.metric and ind.unit in ("%", "‰") and (name := name_clause(text, ind.start)):
            ind = replace(ind, metric=name)    # 工农业总产值，比1980年预计增长5.5%: an older plan's name clause
        elif _unnamed_old(text, ind, passages) and (name := plan_name(text, ind.start, ind.metric)) != ind.metric:
            ind = replace(ind, metric=name)    # 钢产量拟定为…; 一九五八年的工业总产值，拟定为…: a 1950s plan's name
        # 增加到一九八七年的五十五万人: an older plan's goal for a later year is that year's row.
        later = plan_end_year(text[_clause_start(text, ind.start):ind.end], year) if not passages else None
        if later is None and passages and ind.mode == "plan":
            # 到2007年使西部地区基本普及九年义务教育，…，中央财政将为此投入100亿元: a goal for a later year named
            # earlier in its sentence is a row of that year (the next report's one-year figure answers nothing).
            later = _sentence_end_year(text, ind, year)
        if later is not None:
            ind = replace(ind, mode="plan", period=later, metric=from_name(text, ind.start, ind.metric))
        if ind.mode not in ("plan", "target"):
            continue
        if not (ind.metric or _after_name(text, ind) or _before_name(text, ind)) or (ind.value is None and ind.low is None):
            continue
        if ind.kind not in _PLAN_KINDS:
            continue
        if any(a < ind.end and ind.start < b for a, b in taken) or not _is_task(doc, ind, later or year, not passages,
                                                                                  later is not None):
            continue
        tasks.append(LedgerRow(_task_target(doc, ind, later or year), _theme_at(digest, ind.start), "task"))
    # 1954: a report without headings states its year's plan figures in the review (scorecard_fifties).
    for ind, named in year_plan_figures(doc, digest.indicators, year):
        if not any(a < ind.end and ind.start < b for a, b in taken) and ind.unit:
            ind = replace(ind, mode="plan", period=named)
            tasks.append(LedgerRow(_task_target(doc, ind, named), _theme_at(digest, ind.start), "task"))
    if not passages:
        # An older report's commitments stated in its plan sentences (scorecard_stated), after every other row.
        held = taken + [(r.target.start, r.target.end) for r in tasks] + [
            (i.start, i.end) for i in digest.indicators if plan[0] <= i.start < plan[1]]
        # (None in a top section about the five-year plan: 二、“十四五”时期主要目标任务.)
        framed = [(sec.start, sec.body_end) for sec in doc.sections if sec.parent is None and period_cue(sec.text)]
        tasks.extend(r for r in stated_rows(text, plan, held, year, lambda pos: _theme_at(digest, pos))
                     if not any(a <= r.target.start < b for a, b in framed))
        if review[1] <= plan[0]:     # (… and the review's promises for the year: 可望在今年内陆续投产)
            tasks.extend(review_promises(text, review, held, year, lambda pos: _theme_at(digest, pos)))
    if old_report(doc, passages):
        # Last, the year's task clauses by definition (scorecard_tasks): a modal and a figure or an object.
        tasks.extend(task_rows(doc, plan, review, digest.indicators,
                               taken + [(r.target.start, r.target.end) for r in rows + tasks], year, report_year(doc),
                               lambda pos: _theme_at(digest, pos)))
    if plan[0] <= review[0] < plan[1]:
        # A review inside the plan part (1982's 六五计划前两年的执行情况) states what was done.
        inside = (lambda r: r.source != "target" and review[0] <= r.target.start < review[1])
        return _headline_first([r for r in rows + tasks if not inside(r)])
    return _headline_first(rows + tasks)


def _headline_first(rows: list[LedgerRow]) -> list[LedgerRow]:
    """The rows with every task row after the others, each group in its order (an old report's stated
    and worded rows come before its many task rows, so the outputs open on the headline rows)."""
    return [r for r in rows if r.source != "task"] + [r for r in rows if r.source == "task"]


def _sentence_end_year(text: str, ind: Indicator, year: int | None) -> int | None:
    """A later year an ``[old_plans] end_year`` cue names in the clauses of the figure's sentence
    before its own, else None."""
    return plan_end_year(text[ind.sentence_start:_clause_start(text, ind.start)], year)


def _unnamed_old(text: str, ind: Indicator, passages: list[tuple[int, int]]) -> bool:
    """Whether a plan figure outside the 主要预期目标 passages may be named by
    :func:`scorecard_old.plan_name`: not one its own words name (增加500万**沼气用户**, 今年拟安排…)."""
    return (not any(lo <= ind.start < hi for lo, hi in passages)
            and bool(ind.metric or not (_after_name(text, ind) or _before_name(text, ind))))


def _pattern_rows(text: str, lo: int, hi: int, taken: list[tuple[int, int]],
                  year: int | None) -> list[LedgerRow]:
    """The ``[qualitative]`` patterns' stated targets between ``lo`` and ``hi`` not yet taken; a
    comparison with last year of a metric of the data file (物价上涨幅度比去年的实际涨幅低一些) takes its key,
    and so does a pattern's ``(?P<metric>…)`` group (对外贸易适度增长: a growth stated in words)."""
    rows = []
    for pattern in _data().qualitative:
        for m in pattern.finditer(text, lo, hi):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            # A pattern's named group ``metric`` says what it is about (努力保持**对外贸易**适度增长 → foreign_trade).
            named = m.groupdict().get("metric")
            keyed = named is not None or "去年" in m.group() or "上年" in m.group()
            metric = (_metric_key(named or m.group()) if keyed else None) or m.group()
            rows.append(LedgerRow(Target(metric=metric, year=year, value=None, low=None, high=None,
                                         unit="", qualifier=None, absent=False, text=m.group(),
                                         start=m.start(), end=m.end()), HEADLINE_THEME, "qualitative"))
            taken.append((m.start(), m.end()))
    return rows


def _plan_clauses(digest: Digest, plan: tuple[int, int], annual_ok: bool = False,
                  year: int | None = None) -> list[Indicator]:
    """The plan part's indicators; one whose own clause opens with a ``[tasks] plan_clause`` cue is
    the year's plan even in a sentence that starts with what was done (去年已经对其中近300户…，
    **今年要扩大到**511户), and a clause that only moves a count on (扩大到511户) is named by the
    figure of the same unit before it in the sentence (近300户 → 由银行提供资金支持)."""
    text = digest.document.text
    data = _data()
    out: list[Indicator] = []
    for ind in digest.indicators:
        if not (plan[0] <= ind.start < plan[1]):
            continue
        clause = text[_clause_start(text, ind.start):ind.start]
        if ind.mode not in ("plan", "target") and (clause.startswith(data.task_plan_clause)
                                                    or clause.endswith(data.task_plan_quota)):
            ind = replace(ind, mode="plan", period=None)
        elif ind.mode not in ("plan", "target") and annual_ok and year_part(clause + ind.text):
            # 1982's 六五 plan: 都是平均每年递增百分之四 is the plan's rate, however the sentence reads.
            ind = replace(ind, mode="plan", period=None)
        elif ind.mode not in ("plan", "target") and annual_ok and plan_year_clause(clause, year):
            # 1964: 一九六五年国家预算收支都比上年增长百分之十以上 is the plan year's (scorecard_fifties).
            ind = replace(ind, mode="plan", period=year)
        if not ind.metric and any(w in clause + ind.text for w in data.from_to):
            before = [p for p in out if p.sentence_start == ind.sentence_start and p.metric
                      and p.base_unit == ind.base_unit]
            if before:
                ind = replace(ind, metric=before[-1].metric)
        out.append(ind)
    return out


def _stated_clauses(text: str, lo: int, hi: int, taken: list[tuple[int, int]],
                    year: int | None) -> list[LedgerRow]:
    """The other stated targets of the 主要预期目标 sentence, one row per clause without a number
    (进出口量稳质升, 国际收支基本平衡, 生态环境质量持续改善): every stated target is a row."""
    data = _data()
    colon = next((i for i in range(lo, hi) if text[i] in "：:"), -1)
    if colon < 0:
        # No colon (2020: 今年要优先稳就业保民生，…；城镇新增就业900万人以上，…): the sentence of the first target.
        first = min((a for a, _ in taken if lo <= a < hi), default=-1)
        if first < 0:
            return []
        colon = max(text.rfind("。", lo, first), lo - 1)
    stop = text.find("。", colon + 1, hi)
    stop = hi if stop < 0 else stop
    if text[colon] not in "：:" and text.count("；", colon, stop) < data.list_semicolons:
        return []     # (not a list of targets: 综合分析国内外各种情况，今年经济增长预期目标为7%左右，这是必要的)
    # A sentence of the passage continuing the list (2012: 。同时，要在产业结构调整…取得新进展) is read too.
    while stop < hi and text[stop + 1:hi].lstrip().startswith(data.list_continues):
        after = text.find("。", stop + 1, hi)
        stop = hi if after < 0 else after
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
