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

The parts live in their own modules: ``scorecard_data`` (the data file and shared helpers),
``scorecard_ledger`` (1), ``scorecard_realised`` (2), ``scorecard_heads`` (the head-noun rules
of a task with a Chinese name); this one judges and joins them, and re-exports the public names.

Example::

    >>> rows = scorecard(digest(read("2016.txt")), digest(read("2017.txt")))  # doctest: +SKIP
    >>> [(r.ledger.target.metric, r.status) for r in rows][:2]  # doctest: +SKIP
    [('gdp_growth', '完成'), ('cpi', '完成')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from huazhongdian.across.scorecard_data import HEADLINE_THEME, _data, _metric_keys, _parts, _rule, base_unit_of
from huazhongdian.across.scorecard_ledger import ledger
from huazhongdian.across.scorecard_old import next_plan_year
from huazhongdian.across.scorecard_balance import balance_figure, held_figure
from huazhongdian.across.scorecard_increment import increment_figure, increment_target, planned_increment
from huazhongdian.across.scorecard_plan_share import plan_share, share_status
from huazhongdian.across.scorecard_worded import worded_status
from huazhongdian.across.scorecard_realised import (_find_realised, _year_figure, _income_members, _realised,
                                                    _review_figures, find_realised, realised_headlines,
                                                    task_context, task_object, task_purpose)
from huazhongdian.extract.indicators import extract_indicators
from huazhongdian.extract.targets import base_amount, extract_targets, report_year
from huazhongdian.types import Digest, Document, Indicator, LedgerRow, ScorecardRow, ScorecardStatus, Span, Target

__all__ = ["ledger", "find_realised", "judge", "scorecard", "realised_headlines", "STATUSES",
           "STATUS_KEYS", "HEADLINE_THEME", "task_object", "scorecard_digest", "consecutive_pairs"]

STATUSES: tuple[ScorecardStatus, ...] = ("完成", "超额完成", "未完成", "未提及")
#: English keys of the statuses (documented in docs/contract.md).
STATUS_KEYS = {"完成": "met", "超额完成": "exceeded", "未完成": "missed", "未提及": "not_stated"}


def judge(target: Target, realised: Decimal | None, metric: str | None = None) -> ScorecardStatus:
    """完成 / 超额完成 / 未完成 / 未提及 of one target against a realised value in the same base unit.

    ``metric`` picks the better direction (``data/scorecard.toml``); a ceiling metric (prices,
    unemployment) is 完成 at or under an approx target; ``以上`` beaten is 超额完成.
    """
    if realised is None:
        return "未提及"
    rule = _rule(metric or target.metric, target.base_unit)
    goal = target.base_value if target.base_value is not None else target.point
    # The unit's factor (万人 → 10000, a bare 万 too): a range's base_value is its midpoint, no factor.
    scale = base_unit_of(target.unit)[0] if target.unit else Decimal(1)
    if target.unit and not base_unit_of(target.unit)[1] and target.point is not None:
        goal = target.point * scale           # 再解决6000万: the count is 6000×10⁴, as the review's
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


def scorecard(old: Digest, new: Digest, rows: Sequence[LedgerRow] | None = None) -> list[ScorecardRow]:
    """Every ledger row of ``old`` with the figure ``new``'s review states for it, and a status.

    Target offsets index ``old.document.text``; realised and verdict offsets ``new.document.text``.
    The report's own verdict is the one in the realised figure's sentence (超过全年预期目标),
    else, for a headline row, the review's overall one (全面实现年初确定的主要目标).

    Long because: each row's answer has its own judge (a qualitative row, a share of the plan, an
    increase against the planned increment, a balance or a held level, a plain value), and they are
    read in one pass so the report-level verdict and the GDP figure are shared.
    """
    doc = new.document
    review = _parts(doc)[0]
    # OLD given late in its year plans the next (1981.txt: １９８２年的计划): NEW, given late in
    # that year, reviews its own year (1982.txt: 一九八二年…预计), not the one before.
    shifted = next_plan_year(old.document.text, _parts(old.document)[1], report_year(old.document))
    if (shifted is not None and doc.meta.review_year == shifted - 1
            and next_plan_year(doc.text, _parts(doc)[1], report_year(doc)) is not None):
        doc = replace(doc, meta=replace(doc.meta, review_year=shifted))
    elif (shifted is None and (old_year := report_year(old.document)) is not None
          and doc.meta.review_year == old_year + 1 and report_year(doc) == old_year + 2):
        # OLD plans its own year (1979.txt, June); NEW, given late in the next (1980.txt, planning
        # 1981), reviews two years: its figures named 1979年 are the ledger year's.
        doc = replace(doc, meta=replace(doc.meta, review_year=old_year))
    verdicts = _verdicts(doc, review)
    # The report-level verdict names the main targets (全面实现年初确定的主要目标, 主要目标任务全面完成).
    overall = next((m for m in verdicts if "主要" in m.group() or "目标任务" in m.group()), None)
    out: list[ScorecardRow] = []
    book = list(rows) if rows is not None else ledger(old)
    figures = _review_figures(new, review)
    found, shares = _found(book, old, doc, figures)
    # 收支平衡 against 当年支出超过当年收入十八亿三千万元 (scorecard_balance): a deficit, 未完成.
    balances = {i: b for i, row in enumerate(book) if found[i] is None
                and (b := balance_figure(row, doc, figures, _year_figure)
                     or held_figure(row, doc, figures, _year_figure)) is not None}
    found.update({i: b[0] for i, b in balances.items()})
    gdp = next((found[i] for i, r in enumerate(book) if r.target.metric == "gdp_growth" and found[i]), None)
    for i, row in enumerate(book):
        ind = found[i]
        target = row.target
        if row.source == "qualitative":
            status: ScorecardStatus = "未提及"
            members = _income_members(row, doc, figures) if ind is None else []
            if members:
                ind = members[0]
            compared = any(c in target.text for c in _data().compare)
            if ind is not None and gdp is not None and target.metric == "resident_income" and compared:
                tol = _rule("resident_income").tolerance
                # 城乡居民人均收入…与经济增长同步: every member's growth counts (城镇 7% against 7.7%).
                status = "完成" if all(m.value >= gdp.value - tol for m in members or [ind]) else "未完成"
            elif i in balances:
                status = balances[i][1]
            elif ind is not None:
                status = "完成" if ind.value is not None else "未提及"
                # 增加农民收入 against 增长4.3%: a worded target is met by a move its way.
                if ind.value is not None:
                    status = worded_status(target.text, ind.text, ind.kind) or status
                status = _against_last_year(row, ind, old) or status
        elif i in shares and ind is not None and ind.value is not None:
            status = share_status(ind.value)
        elif ind is not None and ind.kind == "change" and (planned := planned_increment(row, old)) is not None:
            # 棉花增加了三千三百五十八万担 against 比上一年增加二百二十万担: an increase against the planned one.
            status = judge(increment_target(target, planned), ind.base_value)
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


def _found(book: Sequence[LedgerRow], old: Digest, doc: Document,
           figures: Sequence[Indicator]) -> tuple[dict[int, Indicator | None], dict[int, Indicator]]:
    """Each ledger row's review figure (or None), and the rows answered by a share of the plan."""
    found: dict[int, Indicator | None] = {}
    shares: dict[int, Indicator] = {}
    for i, row in enumerate(book):
        # A stated target with no metric key has no figure (_find_realised): its task words are not read.
        keyless = row.source == "qualitative" and row.target.metric not in _data().rules
        found[i] = None if keyless else _find_realised(row, doc, figures, task_object(row, old.document),
                                                       task_purpose(row, old.document), task_context(row, old.document))
        if found[i] is None and row.source == "qualitative":
            found[i] = _other_key(row, doc, figures)
        elif found[i] is None and (share := plan_share(row, doc, figures, _year_figure)) is not None:
            found[i] = shares[i] = share     # 钢完成96.4% of the plan (scorecard_plan_share)
        elif found[i] is None and planned_increment(row, old) is not None:
            found[i] = increment_figure(row, doc, figures, _year_figure)    # 粮食增加了三千八百亿斤
    return found, shares


def _other_key(row: LedgerRow, doc: Document, figures: Sequence[Indicator]) -> Indicator | None:
    """A stated target whose opening word is two metrics' (物价 is cpi's and retail_price's): the
    figure of the other one (1997: 物价上涨幅度比去年…低一些 → 1998: 商品零售价格涨幅为0.8%)."""
    for key in _metric_keys(row.target.text)[1:]:
        other = LedgerRow(replace(row.target, metric=key), row.theme, row.source)
        ind = _find_realised(other, doc, figures)
        if ind is not None:
            return ind
    return None


def _against_last_year(row: LedgerRow, ind: Indicator, old: Digest) -> ScorecardStatus | None:
    """完成 / 未完成 of a target compared with last year (物价上涨幅度比去年的实际涨幅低一些): the
    old report's review figure for the same metric (实际回落到６．１％) against the year's; None
    when the target compares nothing with last year or the old review states no figure."""
    data = _data()
    text = row.target.text
    at = max((text.find(w) for w in data.last_year), default=-1)
    year = old.document.meta.review_year
    if at < 0 or year is None or ind.value is None:
        return None
    last = None
    for key in _metric_keys(text):
        probe = LedgerRow(replace(row.target, metric=key, year=year), row.theme, row.source)
        last = _find_realised(probe, old.document, _review_figures(old, _parts(old.document)[0]))
        if last is not None and last.base_unit == ind.base_unit:
            break
        last = None
    if last is None or last.value is None:
        return None
    lower = any(w in text[at:] for w in data.lower)
    return "完成" if (ind.value < last.value if lower else ind.value > last.value) else "未完成"


def scorecard_digest(doc: Document) -> Digest:
    """The part of the digest a scorecard needs (indicators and targets), at a fraction of the cost."""

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
