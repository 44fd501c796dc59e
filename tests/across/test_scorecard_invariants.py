"""Invariants of every realised value over the national series (issue 13: robustness).

For every consecutive pair of the national series (/work/shared/corpus/national-series/, one year
apart; the held-out files of ``bench/heldout.py`` and everything of 2019 skipped) the scorecard is
built as ``hzd scorecard OLD NEW`` builds it, and every row with a realised value must hold:

- the span is exact (``new_text[start:end] == realised.text``) and inside the NEW report's review
  part, not in its plan part outside the review (the structure's split, independent of the
  scorecard's own cut);
- it is no multi-year figure (年均, 平均每年, 累计, 比2002年 over several years, 五年来 / 过去五年 /
  “十一五”期间 with no single-year cue after them);
- it is about the OLD report's plan year: no other year named last before it, no quarter
  (一季度, 上半年, 前三季度 …) or month span;
- it is not the base or the increment of a change (由去年的…, 比去年增加…: the result is another);
- its unit family is the target's (万人 ↔ 人, 亿元 ↔ 万亿元; count units the data file calls alike);
- a figure of a 分别 list is the one in the position of its subject.

These checks are written here on their own (regular expressions over the text), not with the
scorecard's own rules, so that they catch what those rules let through. All pairs are checked
(36 national pairs and 6 Hailar ones, ~10 s: each document is read once per session), and so
are the review's own headline figures (``realised_headlines``) of every report, provinces too.
"""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest

from huazhongdian.across.scorecard import realised_headlines, scorecard, scorecard_digest
from huazhongdian.across.scorecard_balance import balance_row
from huazhongdian.across.scorecard_data import _data, base_unit_of
from huazhongdian.load import read, read_text
from huazhongdian.structure import review_and_plan_spans
from huazhongdian.types import Digest, LedgerRow, Realised, ScorecardRow, Target

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from heldout import held_out_files, held_out_pairs  # noqa: E402 - bench/ is no package

from tests.conftest import CORPUS  # noqa: E402

SERIES = CORPUS / "national-series"

_SENTENCE_STOPS = "。！？\n"
_CLAUSE_STOPS = "，,；;。：:！？\n"
_MULTI_CLAUSE = re.compile(r"年均|平均每年|累计|(?:比|较|是)(?:19|20)\d\d年|(?:19|20)\d\d年(?:到|至|—|-)(?:19|20)\d\d年")
_MULTI_FRAME = re.compile(r"五年来|过去五年|五年间|近五年|十[一二三四五]五.?(?:期间|时期)|这五年|(?:19|20)\d\d年以来"
                          r"|(?:19|20)\d\d年(?:到|至|—|-)(?:19|20)\d\d年")
_SINGLE = re.compile(r"去年|全年|上年|刚刚过去的|(?:19|20)\d\d年(?!以来)")
_QUARTER = re.compile(r"[一二三四1-4]季度|上半年|下半年|前三季度|\d+[-—–至]\d+月|前\d+个月|[一二三四五六七八九十]+月份")
_YEAR = re.compile(r"((?:19|20)\d\d)年(?!以来|的基础)")
_INCREMENT = re.compile(r"(?:比|较)(?:去|上)年(?:同期)?(?:增加|多|减少|少|提高|降低|增长|下降)了?(?:约|近)?$")
_NUMBER = re.compile(r"[\d百千万亿零〇一二三四五六七八九十两]")
_BASE = re.compile(r"(?:由|从|比|较)(?:去|上)年(?:同期)?(?:的)?(?:约|近)?$")


_PLAN_VERB = re.compile(r"要|将|计划|争取|力争|预计|拟|安排|今年|明年|必须|应当|准备|打算|目标")
_CN = "〇一二三四五六七八九"


def _past_statement(text: str, pos: int, year: int | None) -> bool:
    """Whether the sentence holding ``pos`` is a review statement of the plan part: it opens on an
    explicit reference to the review year (去年, 上年, 上一年, 1986年, 一九八六年; not 去年以来) and holds
    no plan verb (要, 将, 计划, 争取, 力争, 预计, 拟, 安排 …). Only such a plan-part figure may be a result."""
    start = _back(text, pos, _SENTENCE_STOPS)
    end = pos
    while end < len(text) and text[end] not in _SENTENCE_STOPS:
        end += 1
    sentence = text[start:end].lstrip("\u3000 \t")
    names = ["去年", "上年", "上一年"]
    if year:
        names += [f"{year}年", "".join(_CN[int(c)] for c in str(year)) + "年"]
    head = next((n for n in names if sentence.startswith(n)), None)
    return (head is not None and not re.match(r"以来|的基础上|同期", sentence[len(head):])
            and not _PLAN_VERB.search(sentence))


HAILAR = "neimenggu-hulunbuir-hailar-district-{}-gov-work-report.txt"


def _pairs() -> list[tuple[str, str]]:
    """Corpus-relative (old, new) paths one year apart: the national series (and the 2020 report
    before 2021's), and the Hailar district series; nothing held out, nothing of 2019."""
    if not SERIES.is_dir():
        return []
    held = held_out_files()
    years = sorted(int(p.stem) for p in SERIES.glob("*.txt") if p.stem.isdigit())
    ok = [y for y in years if f"national-series/{y}.txt" not in held and y != 2019]
    pairs = [(f"national-series/{y}.txt", f"national-series/{y + 1}.txt") for y in ok if y + 1 in ok]
    pairs.append(("national-2020-gov-work-report.txt", "national-series/2021.txt"))
    pairs.append(("national-series/2025.txt", "national-2026-gov-work-report.txt"))
    pairs += [(HAILAR.format(y), HAILAR.format(y + 1)) for y in range(2012, 2018)]
    return [(a, b) for a, b in pairs if a not in held and b not in held and "2019" not in a + b
            and (a, b) not in held_out_pairs()
            and (CORPUS / a).is_file() and (CORPUS / b).is_file()]


@lru_cache(maxsize=None)
def _digest(path: str) -> Digest:
    return scorecard_digest(read(str(CORPUS / path)))


def _back(text: str, pos: int, stops: str) -> int:
    while pos > 0 and text[pos - 1] not in stops:
        pos -= 1
    return pos


def _unit_ok(row: ScorecardRow) -> bool:
    target, got = row.ledger.target, row.realised
    want = base_unit_of(target.unit)[1] if target.unit else "%"
    if want == got.base_unit:
        return True
    # A target in words of an amount metric (努力保证粮食产量的稳定增长) takes the amount (39109万吨).
    rule = _data().rules.get(target.metric)
    if not target.unit and row.ledger.source == "qualitative" and rule is not None and rule.amount:
        return True
    # A balance in words (收支平衡) takes the amount of the gap (当年支出超过当年收入十八亿三千万元).
    if not target.unit and row.ledger.source == "qualitative" and balance_row(target.text):
        return True
    heads = _data().heads
    if any(want in g and got.base_unit in g for g in heads.alike_units):
        return True
    # A generic counter (就业岗位5000个) counts what its noun says ([heads] counters and bare_units).
    if want in heads.counters and any(g[0] == got.base_unit and target.metric.endswith(g) for g in heads.bare_units):
        return True
    # A bare count (再减少1000万 / 使6069万农民受益) counts what its noun says: 人, 户.
    return not want or not got.base_unit


def _list_order(text: str, row: ScorecardRow, sentence: int) -> str | None:
    """For a figure after 分别: the subject listed at its position, when that is not the row's."""
    got = row.realised
    at = text.rfind("分别", sentence, got.start)
    if at < 0:
        return None
    numbers = re.findall(r"\d+(?:\.\d+)?", text[at:got.start])
    clause = text[_back(text, at, _CLAUSE_STOPS):at]
    names = [n for n in re.split(r"[、和与及]", clause) if n]
    end = got.end
    while end < len(text) and text[end] not in "，,；;。！？\n":
        end += 1
    total = len(numbers) + len(re.findall(r"\d+(?:\.\d+)?", text[got.start:end]))
    if len(names) < 2 or len(names) != total:
        return None
    metric = row.ledger.target.metric
    rule = _data().rules.get(metric)
    words = rule.words if rule else (metric,)
    own = [i for i, n in enumerate(names) if any(w in n or n in w for w in words)]
    if own and len(numbers) not in own:
        return f"分别 list: figure {len(numbers)} of {names}"
    return None


def violations(old: Digest, new: Digest, rows: list[ScorecardRow], year: int | None = None) -> list[str]:
    """Every broken invariant of the rows' realised values, one line each (year, metric, why);
    ``year`` is the year they are about (default: the OLD report's plan year)."""
    text = new.document.text
    year = year or old.document.meta.plan_year or new.document.meta.review_year
    review, plan = review_and_plan_spans(new.document)
    review_year = new.document.meta.review_year
    out = []
    for row in rows:
        got = row.realised
        if got is None:
            continue
        why = []
        if text[got.start:got.end] != got.text:
            why.append("span is not the text")
        # A review inside a plan report (1982's 六五计划前两年的执行情况) is the structure's review part
        # (structure_topics), and the plan part is what lies outside it.
        in_review = review is not None and review.start <= got.start < review.end
        if plan is not None and got.start >= plan.start and not in_review and not _past_statement(text, got.start, review_year):
            why.append("in the plan part")
        if review is not None and got.start < review.start:
            why.append("before the review part")
        sentence = _back(text, got.start, _SENTENCE_STOPS)
        clause = _back(text, got.start, _CLAUSE_STOPS)
        before = text[sentence:got.start]
        if _MULTI_CLAUSE.search(text[clause:got.start]):
            why.append("multi-year cue in its clause")
        frame = list(_MULTI_FRAME.finditer(before))
        if frame and not _SINGLE.search(before, frame[-1].end()):
            why.append("after a multi-year frame")
        years = [int(m.group(1)) for m in _YEAR.finditer(before)
                 if not before[max(0, m.start() - 1):m.start()] in ("比", "较", "从", "由")]
        if years and year and years[-1] != year and not re.search(r"去年|全年", before[before.rfind(str(years[-1])):]):
            why.append(f"about {years[-1]}, not {year}")
        quarter = list(_QUARTER.finditer(before))
        if quarter and not re.search(r"全年|去年", before[quarter[-1].end():]):
            why.append(f"a part of the year ({quarter[-1].group()})")
        if row.ledger.target.unit not in ("%", "") and _INCREMENT.search(text[clause:got.start]):
            why.append("an increment on last year")
        if _BASE.search(text[clause:got.start]) and _NUMBER.match(got.text):     # not 比上年**增长9%**
            why.append("last year's base")
        if not _unit_ok(row):
            why.append(f"unit {got.unit} for {row.ledger.target.unit}")
        order = _list_order(text, row, sentence)
        if order:
            why.append(order)
        if why:
            out.append(f"{year} {row.ledger.target.metric} {row.ledger.target.text!r} → {got.text!r}: "
                       + "; ".join(why) + f"  [{text[sentence:got.end][-80:]}]")
    return out


@pytest.mark.parametrize("pair", _pairs() or [pytest.param(None, marks=pytest.mark.skip("no corpus"))],
                         ids=lambda p: f"{Path(p[0]).stem}-{Path(p[1]).stem}" if p else "none")
def test_realised_values_hold_the_invariants(pair):
    old, new = _digest(pair[0]), _digest(pair[1])
    assert violations(old, new, scorecard(old, new)) == []


def test_the_invariants_are_not_vacuous(corpus):
    """Most pairs since 2004 have realised values to check (the older ones often state none)."""
    recent = [p for p in _pairs() if p[0] >= "national-series/2004" or "hailar" in p[0]]
    found = [p for p in recent if any(r.realised for r in scorecard(_digest(p[0]), _digest(p[1])))]
    assert len(found) >= 0.9 * len(recent) > 0


def _reports() -> list[str]:
    """Every government work report of the corpus (and the national series), nothing held out."""
    if not CORPUS.is_dir():
        return []
    held = held_out_files()
    paths = [p.relative_to(CORPUS).as_posix() for p in sorted(CORPUS.rglob("*.txt"))
             if "gov-work-report" in p.name or p.parent.name == "national-series"]
    return [p for p in paths if p not in held and "2019" not in p and "transcript" not in p]


def test_realised_headlines_of_every_report_hold_the_invariants(corpus):
    """Within one report (issue 13 item 6): the review's headline figures, about its review year."""
    bad = []
    for path in _reports():
        d = _digest(path)
        rows = []
        for key, got in realised_headlines(d).items():
            unit = "%" if got.base_unit == "%" else got.unit
            target = Target(key, d.document.meta.review_year, None, None, None, unit, None, False, key, 0, 0)
            rows.append(ScorecardRow(LedgerRow(target, "", "target"), got, "完成"))
        bad += [f"{path}: {v}" for v in violations(d, d, rows, d.document.meta.review_year)]
    assert bad == []


_OLD = "政府工作报告\n\n一、2012年工作回顾\n\n经济平稳。\n\n二、2013年工作总体部署\n\n国内生产总值增长7.5%左右。\n"


@pytest.mark.parametrize("sentence, figure, unit, why", [
    ("五年来国内生产总值年均增长9.3%。", "增长9.3%", "%", "multi-year"),
    ("过去五年，国内生产总值增长9.3%。", "增长9.3%", "%", "multi-year frame"),
    ("一季度国内生产总值增长7.3%。", "增长7.3%", "%", "a part of the year"),
    ("2011年国内生产总值增长9.3%。", "增长9.3%", "%", "about 2011"),
    ("城镇新增就业比去年增加50万人。", "50万人", "万人", "an increment"),
    ("赤字率由去年的1.5%提高到2%。", "1.5%", "%", "last year's base"),
    ("城镇新增就业1266万人。", "1266万人", "%", "unit"),
    ("国内生产总值、居民消费价格分别增长7.7%、2.6%。", "2.6%", "%", "分别 list"),
])
def test_the_invariants_catch_what_they_are_for(sentence, figure, unit, why):
    """Each check on its own, on a hand-written pair: the row's figure breaks exactly that invariant."""
    new_text = f"政府工作报告\n\n一、2013年工作回顾\n\n{sentence}\n\n二、2014年工作总体部署\n\n继续前进。\n"
    old, new = (scorecard_digest(read_text(t)) for t in (_OLD, new_text))
    assert old.document.meta.plan_year == 2013
    target = Target("gdp_growth", 2013, None, None, None, unit, None, False, "国内生产总值增长7.5%左右", 0, 0)
    at = new_text.index(figure)
    got = Realised(None, unit, None, "%" if "%" in figure else "人", None, figure, at, at + len(figure), "")
    found = violations(old, new, [ScorecardRow(LedgerRow(target, "", "target"), got, "完成")])
    assert len(found) == 1 and why in found[0], found
    right = new_text.replace(sentence, "国内生产总值增长7.7%。")
    at = right.index("增长7.7%")
    good = Realised(None, "%", None, "%", None, "增长7.7%", at, at + 6, "")
    target = replace(target, unit="%")
    assert violations(old, scorecard_digest(read_text(right)), [ScorecardRow(LedgerRow(target, "", "target"), good, "完成")]) == []
