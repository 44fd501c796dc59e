"""Headline targets: the 主要预期目标 passage and the budget targets (赤字率, 专项债券 …).

Target language is narrow and stable across seventy years of reports, so this module
parses it with its own small patterns (``data/targets.toml``) instead of waiting on the
general indicator extractor: find the passage that announces the year's targets, then
read each metric's clause — lead (国内生产总值增长), an optional short gap that may hold a
prefix qualifier (控制在, 不低于), the number or range, the unit and a suffix qualifier.

Example::

    >>> from huazhongdian.load import read_text
    >>> doc = read_text("今年发展主要预期目标是：国内生产总值增长5%左右；居民消费价格涨幅2%左右。",
    ...                 filename="2025.txt")
    >>> [(t.metric, t.value, t.qualifier, t.text) for t in extract_targets(doc)]
    [('gdp_growth', Decimal('5'), 'approx', '国内生产总值增长5%左右'), ('cpi', Decimal('2'), 'approx', '居民消费价格涨幅2%左右')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from pathlib import PurePath

from huazhongdian.datafiles import load_toml
from huazhongdian.errors import BadInput
from huazhongdian.extract.indicator_grammar import CN, CN_DIGIT, load_grammar
from huazhongdian.extract.numbers import magnitude_factor, parse_number
from huazhongdian.derive import derived
from huazhongdian.types import Document, Qualifier, Target

__all__ = ["extract_targets", "find_target_passages", "metric_keys", "metric_labels", "report_year",
           "qualitative_label", "CONTRACT_METRICS"]

#: The metric keys the contract promises, in table order.
CONTRACT_METRICS = (
    "gdp_growth", "cpi", "urban_new_jobs", "surveyed_unemployment", "registered_unemployment",
    "deficit_ratio", "grain_output", "energy_intensity", "carbon_intensity", "resident_income",
)

_CLAUSE_PUNCT = "，,；;。：:！？\n"

# Chinese numerals too (一千二百亿元); the 1980s–90s write every figure this way.
_CN_NUMBER = rf"[{CN}](?:[{CN}]|点(?=[{CN_DIGIT}]))*"
# 3，989亿斤: the 1950s group thousands with a full-width comma.
_NUMBER = rf"(?:\d{{1,3}}(?:，\d{{3}}(?!\d))+|\d[\d,]*(?:\.\d+)?|{_CN_NUMBER})"
# 百分之八, 百分之八至九, 百分之四至百分之五: the unit comes first, so it has its own form.
_PERCENT_EXPR = (rf"百分之(?:(?P<pct_low>{_CN_NUMBER})(?:到|至)(?:百分之)?(?P<pct_high>{_CN_NUMBER})"
                 rf"|(?P<pct_value>{_CN_NUMBER}))")
# Range dashes seen in reports: 6.5%－7%, 6%-6.5%, 4.5%—5%, 4.5-5%, 4.5%至5%.
_RANGE_DASH = r"(?:——|[－\-—–~～至到])"
_NUM_EXPR = (rf"(?:(?P<low>{_NUMBER})\s?[%％]?\s?{_RANGE_DASH}\s?(?P<high>{_NUMBER})"
             rf"|(?P<value>{_NUMBER}))")
_SUFFIX_QUALIFIERS: dict[str, Qualifier] = {"左右": "approx", "以上": "at_least", "以内": "at_most",
                                             "以下": "at_most"}
# Prefix qualifiers live in the gap between lead and number; a suffix, when present, wins
# (控制在4%左右 is approx, 控制在4.6% alone is a ceiling).
_PREFIX_AT_LEAST = ("不低于", "不少于", "超过", "高于")
_PREFIX_AT_MOST = ("控制在", "不超过", "不高于", "低于")
# A list clause (分别增长4%左右和6%左右) belongs to several subjects, none of them ours.
_GAP_FORBIDDEN = ("分别",)


@dataclass(frozen=True, slots=True)
class _Metric:
    key: str
    label: str
    scope: str
    numeric: re.Pattern[str]
    later: re.Pattern[str] | None
    qualitative: re.Pattern[str] | None
    words: tuple[str, ...]
    absent: tuple[re.Pattern[str], ...]


def _unit_regex(units: Sequence[str]) -> str:
    parts = ["[%％]" if u == "%" else re.escape(u) for u in sorted(units, key=len, reverse=True)]
    return "(?:" + "|".join(parts) + ")"


def _numeric_regex(leads: Sequence[str], raw: dict) -> re.Pattern[str]:
    lead = "(?:" + "|".join(leads) + ")"
    gap_re = rf"[^{_CLAUSE_PUNCT}\d]{{0,{int(raw.get('gap', 0))}}}?"
    tail = raw.get("tail", "")
    amount = rf"{_NUM_EXPR}\s?(?P<unit>{_unit_regex(raw['units'])})"
    if "%" in raw["units"]:
        amount = rf"(?:{amount}|{_PERCENT_EXPR})"
    return re.compile(
        rf"(?P<lead>{lead})(?P<gap>{gap_re}){amount}"
        rf"(?P<qual>左右|以上|以内|以下)?" + (rf"(?:{tail})?" if tail else ""))


def _compile_metric(raw: dict) -> _Metric:
    key = raw.get("key")
    if not key or not raw.get("leads") or not raw.get("units"):
        raise BadInput("targets.toml", f"metric {key!r} needs key, leads and units")
    lead = "(?:" + "|".join(raw["leads"]) + ")"
    numeric = _numeric_regex(raw["leads"], raw)
    later = _numeric_regex(raw["later_leads"], raw) if raw.get("later_leads") else None
    words = tuple(raw.get("qualitative", ()))
    qualitative = None
    if words:
        alternatives = "|".join(re.escape(w) for w in words)
        qualitative = re.compile(rf"(?P<lead>{lead})[^{_CLAUSE_PUNCT}\d]{{0,16}}?(?P<word>{alternatives})")
    scope = raw.get("scope", "passage")
    if scope not in ("passage", "budget"):
        raise BadInput("targets.toml", f"metric {key!r} has unknown scope {scope!r}")
    return _Metric(key=key, label=raw.get("label", key), scope=scope, numeric=numeric, later=later,
                   qualitative=qualitative, words=words,
                   absent=tuple(re.compile(p) for p in raw.get("absent", ())))


@lru_cache(maxsize=1)
def _metrics() -> tuple[_Metric, ...]:
    return tuple(_compile_metric(m) for m in load_toml("targets.toml").get("metric", ()))


def metric_keys() -> tuple[str, ...]:
    """All metric keys in table order: the contract's first, then the extra ones from the data file."""
    extra = tuple(m.key for m in _metrics() if m.key not in CONTRACT_METRICS)
    return CONTRACT_METRICS + extra


def metric_labels() -> dict[str, str]:
    """Metric key → short Chinese label (``{"gdp_growth": "GDP增长", …}``)."""
    return {m.key: m.label for m in _metrics()}


def qualitative_label(target: Target) -> str:
    """The word that states a target without a number (同步, 基本同步, 稳步增长), or "".

    Example: a target with text "居民收入增长和经济增长同步" → "同步".
    """
    for metric in _metrics():
        if metric.key == target.metric:
            for word in sorted(metric.words, key=len, reverse=True):
                if target.text.endswith(word):
                    return word
    return ""


def find_target_passages(doc: Document) -> list[tuple[int, int]]:
    """Spans of ``doc.text`` that announce the year's targets, in document order: the one
    definition, :func:`huazhongdian.derive.target_passages`, computed once per Document.

    Each runs from the start of the sentence holding the anchor (今年发展主要预期目标是：)
    to the end of its paragraph, or to where the enumeration of targets ends before it
    (``[target] stop`` in ``data/mode_cues.toml``). The mode classifier's target zones are
    the same spans.
    """
    return [(s.start, s.end) for s in derived(doc).target_passages]


_YEAR_IN_NAME = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")


def report_year(doc: Document) -> int | None:
    """The year the targets are for: the plan year, else the report year, else the file name's."""
    if doc.meta.plan_year:
        return doc.meta.plan_year
    if doc.meta.year:
        return doc.meta.year
    m = _YEAR_IN_NAME.search(PurePath(doc.source).name) if doc.source else None
    return int(m.group(1)) if m else None


def _decimal(raw: str | None) -> Decimal | None:
    return None if raw is None else parse_number(raw)


def _amount(m: re.Match[str]) -> tuple[Decimal | None, Decimal | None, Decimal | None, str] | None:
    """(value, low, high, unit) of a numeric match, or None when a numeral does not parse (两三, 十四五)."""
    groups = m.groupdict()
    if groups.get("unit") is not None:
        value, low, high = _decimal(m.group("value")), _decimal(m.group("low")), _decimal(m.group("high"))
        unit = m.group("unit").replace("％", "%")
    else:
        value, low, high = _decimal(groups["pct_value"]), _decimal(groups["pct_low"]), _decimal(groups["pct_high"])
        unit = "%"
    if value is None and (low is None or high is None):
        return None
    return value, low, high, unit


def _qualifier(m: re.Match[str]) -> Qualifier | None:
    if m.group("low") is not None or m.groupdict().get("pct_low") is not None:
        return "range"
    if m.group("qual"):
        return _SUFFIX_QUALIFIERS[m.group("qual")]
    gap = m.group("gap")
    if any(w in gap for w in _PREFIX_AT_LEAST):
        return "at_least"
    if any(w in gap for w in _PREFIX_AT_MOST):
        return "at_most"
    return None


def base_amount(value: Decimal | None, unit: str) -> tuple[Decimal | None, str]:
    """``(value in the base unit, base unit)``: (1.62, "万亿元") → (1620000000000, "元").

    A leading 万/亿 magnitude multiplies; the rest of the unit is looked up in
    ``data/units.tsv``. Percentages and unknown units keep their value and unit.
    """
    if value is None or not unit:
        return value, unit
    units = load_grammar().units
    if unit in units:
        known = units[unit]
        return value * known.factor, known.base_unit
    head = 0
    while head < len(unit) and unit[head] in "万亿":
        head += 1
    rest = unit[head:]
    if head and rest in units:
        known = units[rest]
        base = value * magnitude_factor(unit[:head]) * known.factor
        return base.normalize() if base == base.to_integral() else base, known.base_unit
    return value, unit


def _with_base(target: Target) -> Target:
    point = target.value
    if point is None and target.low is not None and target.high is not None:
        point = (target.low + target.high) / 2
    base_value, base_unit = base_amount(point, target.unit)
    if isinstance(base_value, Decimal) and base_value == base_value.to_integral():
        base_value = base_value.quantize(Decimal(1))
    return replace(target, point=point, base_value=base_value, base_unit=base_unit)


def _first_numeric(metric: _Metric, pattern: re.Pattern[str] | None, text: str,
                   spans: Sequence[tuple[int, int]], year: int | None) -> Target | None:
    if pattern is None:
        return None
    for lo, hi in spans:
        for m in pattern.finditer(text, lo, hi):
            amount = _amount(m)
            if amount is None or any(w in m.group("gap") for w in _GAP_FORBIDDEN):
                continue
            value, low, high, unit = amount
            return Target(metric=metric.key, year=year, value=value, low=low, high=high,
                          unit=unit, qualifier=_qualifier(m), absent=False,
                          text=m.group(), start=m.start(), end=m.end())
    return None


def _first_qualitative(metric: _Metric, text: str, spans: Sequence[tuple[int, int]],
                       year: int | None) -> Target | None:
    if metric.qualitative is None:
        return None
    for lo, hi in spans:
        m = metric.qualitative.search(text, lo, hi)
        if m:
            return Target(metric=metric.key, year=year, value=None, low=None, high=None, unit="",
                          qualifier=None, absent=False, text=m.group(), start=m.start(), end=m.end())
    return None


def _first_absent(metric: _Metric, text: str, year: int | None) -> Target | None:
    for pattern in metric.absent:
        m = pattern.search(text)
        if m:
            return Target(metric=metric.key, year=year, value=None, low=None, high=None, unit="",
                          qualifier=None, absent=True, text=m.group(), start=m.start(), end=m.end())
    return None


def extract_targets(doc: Document) -> list[Target]:
    """Headline targets of one report, one per metric at most, ordered as :func:`metric_keys`.

    Passage metrics (gdp_growth, cpi, jobs, unemployment, grain, energy, carbon, income)
    are read from the 主要预期目标 passage only, so the review of last year's results never
    leaks in; budget metrics (deficit_ratio, deficit, m2_growth, special bonds) from the
    passage to the end of the report. A report with no target passage yields only explicit
    refusals (2020's 没有提出全年经济增速具体目标 → ``absent=True``).

    Targets parse their own narrow language (see the module docstring), independently of the
    indicators.

    Returns:
        Targets whose ``text`` equals ``doc.text[start:end]``; ``year`` is the plan year.
    """
    text = doc.text
    year = report_year(doc)
    passages = find_target_passages(doc)
    budget = [(passages[0][0], len(text))] if passages else []
    found: dict[str, Target] = {}
    for metric in _metrics():
        spans = passages if metric.scope == "passage" else budget
        target = _first_absent(metric, text, year)
        if target is None:
            target = (_first_numeric(metric, metric.numeric, text, spans, year)
                      or _first_numeric(metric, metric.later, text, budget, year)
                      or _first_qualitative(metric, text, spans, year))
        if target is not None:
            found[metric.key] = _with_base(target)
    return [found[k] for k in metric_keys() if k in found]
