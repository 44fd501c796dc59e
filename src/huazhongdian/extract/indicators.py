"""Every quantitative statement as a traceable :class:`~huazhongdian.types.Indicator`.

The grammar, per sentence (see ``docs/indicators.md``):

1. A scanner regex finds numerals (arabic, Chinese, mixed, fractions) and the few
   fixed forms that carry a number without one (翻一番, 倍增, 全球首个).
2. Around each numeral a small grammar reads what follows — 余/多, a 万/亿
   magnitude, a unit from ``data/units.tsv``, 左右/以上/以内 — and what precedes —
   约/超过/突破/近, a change verb (增长/下降), 连续, 第. A numeral with no unit
   is not an indicator (一城三区, 5G, 01, 十四五), nor is a date or a bare year.
3. Neighbours combine: ranges (6%－6.5%), from→to moves (由67.9%上升到87.9%,
   从第24名跃升至第7名) and 分别 lists (分别增长75%80%).
4. The metric is the noun phrase to the left in the same clause, trimmed of verbs
   and qualifiers; list items take the enumerated subjects in order.

Cue words live in ``data/indicator_cues.toml`` and units in ``data/units.tsv``, loaded by
:mod:`huazhongdian.extract.indicator_grammar`. This module runs the steps over the document's
segments and builds the indicators; step 2 is :mod:`~huazhongdian.extract.indicator_read`, step 3
:mod:`~huazhongdian.extract.indicator_combine`, step 4 :mod:`~huazhongdian.extract.indicator_metric`,
and the record they share :mod:`~huazhongdian.extract.indicator_hit`.
"""

from __future__ import annotations

import re

from huazhongdian.classify.mode import classify_mode
from huazhongdian.derive import derived
from huazhongdian.extract.indicator_combine import combine
from huazhongdian.extract.indicator_grammar import CN, load_grammar
from huazhongdian.extract.indicator_hit import Hit, plain
from huazhongdian.extract.indicator_metric import assign_lists, assign_metrics, follow_on, restore_metrics
from huazhongdian.extract.indicator_read import is_year, read_match
from huazhongdian.script import matching_form
from huazhongdian.types import Document, Indicator, Mode, Sentence

__all__ = ["extract_indicators", "indicators_in_text"]

_QUICK = re.compile(rf"[0-9０-９{CN}倍首唯]")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年")


def extract_indicators(doc: Document) -> list[Indicator]:
    """Every quantitative statement in ``doc``, in text order, each with its sentence and offsets.

    Example: for "城镇新增就业1256万人" the indicator has ``text == "1256万人"``,
    ``metric == "城镇新增就业"``, ``value == 1256``, ``unit == "万人"``,
    ``base_value == 12560000``, ``base_unit == "人"``, ``kind == "count"``.
    """
    # A traditional-script report (1954: 百分之三十六點九, 八千一百九十九萬噸) is scanned in its
    # simplified matching form, one code point for one, so the grammar's simplified cues and units
    # apply and every offset still cuts the report's own characters out of doc.text.
    match = derived(doc).matching
    folded = match is not doc.text
    out: list[Indicator] = []
    for sent in _segments(doc):
        text = match[sent.start : sent.end] if folded else sent.text
        if not _QUICK.search(text):
            continue
        hits = _scan(text, sent.text if folded else None)
        if not hits:
            continue
        mode = classify_mode(doc, sent)
        for hit in hits:
            out.append(_to_indicator(doc, sent, hit, mode, text))
    return out


def indicators_in_text(text: str) -> list[Indicator]:
    """Indicators of a bare string (one segment, mode "other"); handy in notebooks and tests.

    A traditional-script string is read in simplified form like a traditional report:
    ``indicators_in_text("原煤八千一百九十九萬噸")[0].text == "八千一百九十九萬噸"`` (value 8199, unit 万吨).
    """
    sent = Sentence(text, 0, len(text), 0)
    doc = Document(text=text, sentences=(sent,))
    match = matching_form(text)
    orig = text if match is not text else None
    return [_to_indicator(doc, sent, hit, "other", match) for hit in _scan(match, orig)]


def _segments(doc: Document) -> list[Sentence]:
    """The document's sentences plus any non-blank line no sentence covers (headings, bullets)."""
    sents = sorted(doc.sentences, key=lambda s: s.start)
    out: list[Sentence] = []
    pos = 0
    for sent in sents + [Sentence("", len(doc.text), len(doc.text), 0)]:
        if sent.start > pos:
            gap_start = pos
            for line in doc.text[pos : sent.start].split("\n"):
                stripped = line.strip()
                if stripped:
                    off = gap_start + line.index(stripped)
                    out.append(Sentence(stripped, off, off + len(stripped), 0))
                gap_start += len(line) + 1
        if sent.text:
            out.append(sent)
        pos = max(pos, sent.end)
    return out


def _to_indicator(doc: Document, sent: Sentence, hit: Hit, mode: Mode, text: str) -> Indicator:
    """``text`` is the segment as scanned (its matching form); the indicator cuts ``doc.text``."""
    start, end = sent.start + hit.start, sent.start + hit.end
    point, base_value = hit.value, hit.base_value
    if hit.qualifier == "range" and hit.low is not None and hit.high is not None:
        # A range is compared by its midpoint (6.5–7% → 6.75), in its unit and in the base unit.
        point = plain((hit.low + hit.high) / 2)
        if hit.base_value is not None and hit.value:
            base_value = plain(point * hit.base_value / hit.value)
    return Indicator(
        text=doc.text[start:end],
        start=start,
        end=end,
        sentence=sent.text,
        sentence_start=sent.start,
        sentence_end=sent.end,
        metric=hit.metric,
        value=hit.value,
        unit=hit.unit,
        base_value=base_value,
        base_unit=hit.base_unit,
        qualifier=hit.qualifier,
        low=hit.low,
        high=hit.high,
        from_value=hit.from_value,
        direction=hit.direction,
        kind=hit.kind or "level",
        mode=mode,
        period=_period(doc, text, hit.start, mode),
        point=point,
    )


# Words of comparison before a base year ("全年GDP增长4%，快于2024年1.8个百分点": Shanxi 2026, read untuned,
# carded its GDP growth as 2024's).
# A year after 原定/原计划 is an earlier plan's date (1956: 比五年计划原定1957年3，856亿斤的水平超过133亿斤):
# the figure is compared with that plan, its own year is the report's.
_BASE_BEFORE = ("比", "较", "快于", "慢于", "高于", "低于", "好于", "优于", "原定", "原计划")


def _period(doc: Document, text: str, pos: int, mode: Mode) -> int | None:
    # 比2020年翻一番, 快于2024年1.8个百分点: a year after a comparison word is its base, not the period
    years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text)
             if not text.endswith(_BASE_BEFORE, 0, m.start())]
    before = [y for p, y in years if p < pos]
    if before:
        return before[-1]
    if years:
        return years[0][1]
    if mode == "achievement":
        return doc.meta.review_year
    if mode in ("plan", "target"):
        return doc.meta.plan_year
    return None


# --- the scanner -------------------------------------------------------------------------


def _scan(text: str, orig: str | None = None) -> list[Hit]:
    """The hits of one segment. ``orig``, when given, is the segment in the report's own
    characters (``text`` being its simplified matching form); metrics are cut from it."""
    g = load_grammar()
    raw: list[Hit] = []
    for m in g.scanner.finditer(text):
        if raw and m.start() < raw[-1].num_end:
            continue  # the far end of 百分之八到九, already read with its start
        hit = read_match(g, text, m)
        # 一九八二年, 2024年: a bare year is never a figure, and must not pair up with its
        # neighbours (由一九八二年的…增加到一九八七年的…)
        if hit is not None and not is_year(hit):
            raw.append(hit)
    hits = combine(g, text, raw)
    assign_lists(text, hits)
    follow_on(text, hits)
    assign_metrics(g, text, hits)
    if orig is not None:
        restore_metrics(text, orig, hits)
    return hits
