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
:mod:`huazhongdian.extract.indicator_grammar`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, localcontext

from huazhongdian.chars import HAN
from huazhongdian.classify.mode import classify_mode
from huazhongdian.extract.indicator_grammar import CN, CN_DIGIT, Grammar, Unit, load_grammar
from huazhongdian.extract.numbers import CN_DIGITS, magnitude_factor, parse_number, split_magnitude
from huazhongdian.numerals import DIGIT, YEAR_NUMERAL
from huazhongdian.derive import derived
from huazhongdian.script import matching_form
from huazhongdian.types import Direction, Document, Indicator, IndicatorKind, Mode, Qualifier, Sentence

__all__ = ["extract_indicators", "indicators_in_text"]

_QUICK = re.compile(rf"[0-9０-９{CN}倍首唯]")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年")
_CLAUSE_BREAK = re.compile(r"[，。；：,;:！？!?（）()\s【】《》]")
_MAG = re.compile(r"万亿|亿|万")
_LETTER = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_MEETING_WINDOW = 8
_CN_DIGIT_RUN = re.compile(rf"[{CN_DIGIT}]+")
_TRAILING_BASE = re.compile(rf"比(?:上年|去年|年初|同期|{YEAR_NUMERAL}年)(?:预算|同期|末)?$")
_CJK = re.compile(f"[{HAN}]")
# 电力一百零八亿度，等于一九四九年的二点五倍: the base year a multiple is measured against is
# not the subject; with it trimmed off, the figure takes its neighbour's metric (电力).
_BASE_OF = re.compile(rf"(?:将|可以|也|又|已经|已)*(?:等于|相当于|达到|为)"
                      rf"(?:{YEAR_NUMERAL}年|上年|去年)的?$")


@dataclass(slots=True)
class _Hit:
    """One quantity found in a segment, in segment-local offsets, before it becomes an Indicator."""

    start: int  # start of the indicator text (qualifier / verb / 从 included)
    end: int
    num_start: int  # the numeral itself, for metric and neighbour logic
    num_end: int
    value: Decimal | None
    unit: str = ""
    unit_cls: str = ""
    base_value: Decimal | None = None
    base_unit: str = ""
    qualifier: Qualifier | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    from_value: Decimal | None = None
    direction: Direction | None = None
    kind: IndicatorKind | None = None
    to_level: bool = False  # 提高到90.4%: a level reached, not an amount of change
    ordinal: bool = False   # preceded by 第
    metric: str = ""
    list_index: int = -1
    extra: dict[str, object] = field(default_factory=dict)


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


def _to_indicator(doc: Document, sent: Sentence, hit: _Hit, mode: Mode, text: str) -> Indicator:
    """``text`` is the segment as scanned (its matching form); the indicator cuts ``doc.text``."""
    start, end = sent.start + hit.start, sent.start + hit.end
    point, base_value = hit.value, hit.base_value
    if hit.qualifier == "range" and hit.low is not None and hit.high is not None:
        # A range is compared by its midpoint (6.5–7% → 6.75), in its unit and in the base unit.
        point = _plain((hit.low + hit.high) / 2)
        if hit.base_value is not None and hit.value:
            base_value = _plain(point * hit.base_value / hit.value)
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


def _period(doc: Document, text: str, pos: int, mode: Mode) -> int | None:
    # 比2020年翻一番: a year after 比/较 is the base of a comparison, not the period
    years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text)
             if not text.endswith(("比", "较"), 0, m.start())]
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


def _scan(text: str, orig: str | None = None) -> list[_Hit]:
    """The hits of one segment. ``orig``, when given, is the segment in the report's own
    characters (``text`` being its simplified matching form); metrics are cut from it."""
    g = load_grammar()
    raw: list[_Hit] = []
    for m in g.scanner.finditer(text):
        if raw and m.start() < raw[-1].num_end:
            continue  # the far end of 百分之八到九, already read with its start
        hit = _read_match(g, text, m)
        # 一九八二年, 2024年: a bare year is never a figure, and must not pair up with its
        # neighbours (由一九八二年的…增加到一九八七年的…)
        if hit is not None and not _is_year(hit):
            raw.append(hit)
    hits = _combine(g, text, raw)
    _assign_lists(text, hits)
    _follow_on(text, hits)
    _assign_metrics(g, text, hits)
    if orig is not None:
        _restore_metrics(text, orig, hits)
    return hits


def _restore_metrics(text: str, orig: str, hits: list[_Hit]) -> None:
    """Put each metric back in the report's characters: 工业总产值 → 工業總産值.

    A metric is cut from the scanned text (left of the figure, or right of it for counts and
    firsts) or joined from list subjects with 、, so each 、-part occurs in ``text``; the
    nearest occurrence before the figure (else after it) gives the offsets to cut ``orig`` at.
    """
    for hit in hits:
        if not hit.metric:
            continue
        parts = []
        for part in hit.metric.split("、"):
            at = text.rfind(part, 0, hit.start)
            if at < 0:
                at = text.find(part, hit.end)
            if at < 0:
                at = text.find(part)  # a metric copied from a neighbouring figure
            parts.append(orig[at : at + len(part)] if at >= 0 and part else part)
        hit.metric = "、".join(parts)



_YEAR_NUMERAL = re.compile(YEAR_NUMERAL)


def _is_year(hit: _Hit) -> bool:
    return (hit.unit == "年" and not hit.extra.get("streak") and hit.qualifier is None
            and _YEAR_NUMERAL.fullmatch(numeral_of(hit)) is not None)


def _read_match(g: Grammar, text: str, m: re.Match[str]) -> _Hit | None:
    if m.group("fan") is not None:
        n = CN_DIGITS.get(m.group("fan_n"), 1) if m.group("fan_n") else 1
        if m.group("fan_n") == "十":
            n = 10
        return _Hit(m.start(), m.end(), m.start(), m.end(), Decimal(n), unit="番", unit_cls="multiple",
                    base_value=Decimal(2) ** n, base_unit="倍", direction="up", kind="multiple")
    if m.group("beizeng") is not None:
        return _Hit(m.start(), m.end(), m.start(), m.end(), Decimal(2), unit="倍", unit_cls="multiple",
                    base_value=Decimal(2), base_unit="倍", direction="up", kind="multiple")
    if m.group("first") is not None:
        return _Hit(m.start(), m.end(), m.start(), m.end(), None, kind="first")
    if m.group("scope_rank") is not None:
        # 提升至全国第二: a rank within a scope, never an ordinal
        rank = parse_number(m.group("rank_n"))
        if not rank:
            return None
        hit = _Hit(m.start(), m.end(), m.start(), m.end(), rank, kind="rank")
        _read_before(g, text, hit)
        return hit
    if m.group("ratio") is not None:
        return _read_ratio(g, text, m)
    if m.group("slash") is not None:
        value = _slash(m.group("slash"))
        clause = text[_clause_start(text, m.start()) : m.start()]
        if value is None or not any(c in clause for c in g.share_cues):
            return None  # 2024/25 or 3/4 outside a share is a date or a label
        return _Hit(m.start(), m.end(), m.start(), m.end(), value, base_value=value * 100, base_unit="%",
                    kind="share")
    if m.group("frac") is not None:
        return _read_fraction(g, text, m)
    return _read_numeral(g, text, m.start(), m.group("num"))


def _slash(text: str) -> Decimal | None:
    num, den = (Decimal(p) for p in text.split("/"))
    return num / den if den else None


def _read_ratio(g: Grammar, text: str, m: re.Match[str]) -> _Hit | None:
    """三次产业比重为4.0∶37.7∶58.3: one placeholder hit, split into one share per term by ``_combine``."""
    clause = text[_clause_start(text, m.start()) : m.start()]
    if not any(c in clause for c in g.ratio_cues):
        return None  # 18:15 is a time
    hit = _Hit(m.start(), m.end(), m.start(), m.end(), None, kind="share")
    hit.extra["ratio"] = True
    return hit


def _read_fraction(g: Grammar, text: str, m: re.Match[str]) -> _Hit | None:
    den = m.group("den")
    value = parse_number(m.group("frac"))
    numer = parse_number(m.group("numer"))
    if value is None or numer is None:
        return None
    if den == "百":
        return _read_percent(g, text, m, numer)
    hit = _Hit(m.start(), m.end(), m.start(), m.end(), value, base_value=value * 100, base_unit="%",
               kind="share")
    _read_before(g, text, hit)
    return hit


def _read_percent(g: Grammar, text: str, m: re.Match[str], numer: Decimal) -> _Hit:
    """百分之一点五七 is 1.57%, read like 1.57%: qualifiers, verbs and a 到/至 range around it.

    The reports of the 1980s–90s write every rate this way (平均每年增长百分之八到九,
    力争控制在百分之六左右), so it takes the same qualifiers and verbs as the arabic path.
    """
    pos = m.end()
    hit = _Hit(m.start(), pos, m.start(), pos, numer, unit="%", unit_cls="percent", base_value=numer,
               base_unit="%")
    # 百分之八到九, 百分之八至九: the far end of the range drops its 百分之 (百分之四至百分之五
    # keeps it, and is two hits merged by _range instead).
    tail = g.percent_tail_re.match(text, pos)
    if tail:
        high = parse_number(tail.group("high"))
        if high is not None and high > numer:
            hit.low, hit.high, hit.qualifier = numer, high, "range"
            hit.end = hit.num_end = tail.end()
    hit.extra.update(chinese=True, numeral=m.group("numer"), has_unit=True)
    _read_after(g, text, hit)
    _read_before(g, text, hit)
    return hit


def _read_numeral(g: Grammar, text: str, start: int, numeral: str) -> _Hit | None:
    chinese = not numeral[0].isdigit()
    if chinese and numeral[0] in "零〇○" and not _CN_DIGIT_RUN.fullmatch(numeral):
        return None  # 一年零九个月: the 零 joins two quantities, it does not start one
    if chinese and numeral[0] in "百千万亿" and not (len(numeral) > 1 and numeral[-1] in "万亿"):
        # 百强区, 千家万户, 万物: a bare multiplier is a word; 千亿元 is still a number
        return None
    prev = text[start - 1] if start else ""
    if _LETTER.match(prev) or (prev == "." and start >= 2 and text[start - 2].isdigit()):
        return None  # PM2.5, H7N9, C919
    if prev and prev in "“‘「《\"'":
        return None  # “三大攻坚战”, “四个意识”, “3个100万”: a slogan's name
    pos = start + len(numeral)
    if chinese and numeral[-1] not in "万亿" and not _may_follow(g, text, pos):
        return None  # 一流, 统一, 一城三区: most Chinese numerals have no unit and end here, cheaply
    low = high = None
    value_mag = split_magnitude(numeral)
    if value_mag is None:
        pair = _run_on_pair(numeral)
        if pair is None:
            return None
        low, high = pair
        value_mag = (low, "")
    value, mag = value_mag
    qualifier: Qualifier | None = "range" if low is not None else None
    if pos < len(text) and text[pos] in g.inside:
        # 7500多亿元, 三十万多亿: the magnitude after 多 applies to the whole numeral
        after = _MAG.match(text, pos + 1)
        if after or g.unit_re.match(text, pos + 1):
            # …counted in the magnitude that follows: 二十五亿七千多万元 is 257000 万元, not
            # 2500007000 万元 (the 千 is 千万), as 三十万多亿元 is 300000 亿元.
            tail = after.group() if after else ""
            full = parse_number(numeral + tail)
            if full is not None:
                value, mag = _plain(full / magnitude_factor(tail)), ""
                qualifier = "more_than"
                pos += 1
    mag_m = _MAG.match(text, pos)
    if mag_m and (not chinese or qualifier == "more_than"):
        mag += mag_m.group()
        pos = mag_m.end()
    if qualifier is None and mag and text[pos : pos + 1] in g.inside and g.unit_re.match(text, pos + 1):
        qualifier = "more_than"  # 5万余户, 2000万多人: 余/多 after the magnitude
        pos += 1
    unit = _match_unit(g, text, pos)
    hit = _Hit(start, pos, start, pos, value, qualifier=qualifier, low=low, high=high)
    hit.ordinal = prev == "第"
    if hit.ordinal:
        hit.start -= 1  # 第二位: the rank's text keeps its 第
    if unit is not None:
        hit.unit_cls = unit.cls
        pos += len(unit.unit)
    if _LETTER.match(text[pos : pos + 1]):
        return None  # 5G, 6G, 3D
    hit.end = hit.num_end = pos
    if text.startswith("级", pos):
        return None  # 千亿元级产业集群, 5A级: a size class, not a quantity
    hit.unit = mag + (unit.unit if unit else "")
    factor = Decimal(magnitude_factor(mag)) * (unit.factor if unit else 1)
    hit.base_value = _plain(value * factor)
    hit.base_unit = unit.base_unit if unit else ""
    hit.extra["chinese"] = chinese
    hit.extra["numeral"] = numeral
    hit.extra["has_unit"] = bool(hit.unit)
    _read_after(g, text, hit)
    _read_before(g, text, hit)
    return hit


def _may_follow(g: Grammar, text: str, pos: int) -> bool:
    """Could what follows a Chinese numeral make it a quantity (a unit, 多/余, a range or 到/至)?"""
    nxt = text[pos : pos + 1]
    return bool(nxt) and (nxt in g.inside or nxt in g.range_seps or g.unit_re.match(text, pos) is not None)


def _run_on_pair(numeral: str) -> tuple[Decimal, Decimal] | None:
    """两三, 三五, 七八: two run-on digits name an approximate range."""
    if len(numeral) == 2 and all(ch in CN_DIGITS for ch in numeral):
        a, b = CN_DIGITS[numeral[0]], CN_DIGITS[numeral[1]]
        if 0 < a < b:
            return Decimal(a), Decimal(b)
    return None


def _match_unit(g: Grammar, text: str, pos: int) -> Unit | None:
    m = g.unit_re.match(text, pos)
    while m:
        unit = g.units[m.group()]
        nxt = text[m.end() : m.end() + 1]
        if nxt and nxt in g.unit_blockers.get(unit.unit, ()):
            # 3个人 is fine but 一个人才 is not a count of 个; try a shorter unit (元人民币 → 元)
            shorter = unit.unit[:-1]
            m = g.unit_re.match(text[: pos + len(shorter)], pos) if shorter else None
            continue
        return unit
    return None


def _read_after(g: Grammar, text: str, hit: _Hit) -> None:
    for word, qual in g.after:
        if text.startswith(word, hit.end):
            hit.end += len(word)
            if hit.qualifier is None:
                hit.qualifier = qual
            break
    if hit.unit == "岁" and _CJK.match(text, hit.end):
        hit.extra["age_band"] = True  # 3岁以下婴幼儿, 80岁老人: a population, not a figure


_WINDOW = 10  # the longest cue (按可比价格计算 aside) is shorter than this


def _read_before(g: Grammar, text: str, hit: _Hit) -> None:
    """Qualifier words, 连续 and change verbs immediately before the numeral."""
    pos = hit.start
    if hit.ordinal:
        return
    # Cue regexes are anchored at the end of a short window: one search each, not a loop over words.
    lo = max(0, pos - _WINDOW)
    m = g.before_re.search(text, lo, pos)
    if m:
        qual = g.before_map[m.group()]
        pos = m.start()
        hit.extra["qualifier_before"] = True
        if hit.qualifier is None:
            hit.qualifier = qual
        elif hit.qualifier == "at_least" and qual == "at_most":
            hit.qualifier = "at_most"  # 控制在…以内
    m = g.streak_re.search(text, max(0, pos - _WINDOW), pos)
    if m:
        hit.extra["streak"] = True
        pos = m.start()
    lo = max(0, pos - _WINDOW)
    # 提高到90.4% / 增至159个 first: a verb + 到/至 reaches a level rather than changing by an amount
    m = g.reach_re.search(text, lo, pos)
    if m and m.group() not in ("达到", "达至"):  # 达到 is a plain level verb, with no direction
        hit.direction = "up" if m.group("up") else "down"
        hit.to_level = True
        hit.start = m.start()
        return
    m = g.verb_re.search(text, lo, pos)
    if m:
        hit.direction = "up" if m.group("up") else "down"
        pos = m.start()
    elif pos and text[pos - 1] in g.compare and "比" in text[_clause_start(text, pos) : pos]:
        hit.direction = g.compare[text[pos - 1]]
        pos -= 1
    hit.start = pos


def _combine(g: Grammar, text: str, raw: list[_Hit]) -> list[_Hit]:
    """Merge ranges and from→to pairs, then keep only what is an indicator on its own."""
    out: list[_Hit] = []
    i = 0
    while i < len(raw):
        a = raw[i]
        b = raw[i + 1] if i + 1 < len(raw) else None
        if b is not None and a.kind is None and b.kind is None:
            merged = _from_to(g, text, a, b) or _range(g, text, a, b)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        if a.extra.get("ratio"):
            out.extend(_split_ratio(text, a))
        elif _keep(g, text, a):
            _classify(g, text, a)
            out.append(a)
        i += 1
    return out


_RATIO_TERM = re.compile(r"[0-9０-９][0-9０-９.．,]*")


def _split_ratio(text: str, ratio: _Hit) -> list[_Hit]:
    out = []
    for m in _RATIO_TERM.finditer(text, ratio.start, ratio.end):
        value = parse_number(m.group())
        term = _Hit(m.start(), m.end(), m.start(), m.end(), value, kind="share")
        term.extra["ratio_term"] = len(out)
        out.append(term)
    return out


def _from_to(g: Grammar, text: str, a: _Hit, b: _Hit) -> _Hit | None:
    a_at = a.num_start - (1 if a.ordinal else 0)
    # 由一九八二年的二十九万人, 由原定平均每年百分之六: a dated or qualified start still counts
    gap = g.from_gap_re.search(text, max(0, a_at - _WINDOW), a_at)
    lead_at = gap.start() if gap else a_at
    lead = next((w for w in g.from_words if text.endswith(w, 0, lead_at)), None)
    if lead is None or not b.extra.get("has_unit"):
        return None
    between = text[a.num_end : b.num_start - (1 if b.ordinal else 0)]
    between = g.to_year_re.sub("", between)  # 增加到一九八七年的一百一十万人
    if not between or len(between) > 6 or not between.endswith(g.to) or _CLAUSE_BREAK.search(between):
        return None
    if between.endswith("为") and not _keep(g, text, b):
        return None  # 从四年制改为五年制: 为 also renames, so its end must be a figure on its own
    rank = a.ordinal and b.ordinal and b.unit in g.rank_units
    from_value = a.value
    if a.base_value is not None and b.base_value and b.value and a.unit != b.unit and a.base_unit == b.base_unit:
        # 从一万亿元增加到二万八千亿元: state the start in the end's unit (10000 亿元)
        from_value = _plain(a.base_value * b.value / b.base_value)
    hit = _Hit(lead_at - len(lead), b.end, b.num_start, b.num_end, b.value, unit=b.unit, unit_cls=b.unit_cls,
               base_value=b.base_value, base_unit=b.base_unit, qualifier=b.qualifier, low=b.low, high=b.high,
               from_value=from_value, kind="rank" if rank else "change")
    if any(v in between for v in g.down):
        hit.direction = "down"
    elif any(v in between for v in g.up) and not rank:
        hit.direction = "up"
    if rank or hit.direction is None:
        if a.value is not None and b.value is not None and a.value != b.value:
            better = b.value < a.value if rank else b.value > a.value
            hit.direction = "up" if better else "down"
    return hit


def _plain(value: Decimal) -> Decimal:
    """10000.00 → 10000 without turning it into 1E+4."""
    if value == value.to_integral_value() and value.adjusted() < _PLAIN_DIGITS:
        with localcontext() as ctx:
            ctx.prec = _PLAIN_DIGITS + 10  # quantize needs room for every digit of a large integer
            return value.quantize(Decimal(1))
    return value.normalize()


_PLAIN_DIGITS = 50


def _range(g: Grammar, text: str, a: _Hit, b: _Hit) -> _Hit | None:
    sep = text[a.end : b.num_start]
    if sep not in g.range_seps or not b.extra.get("has_unit") or a.ordinal or b.ordinal:
        return None
    if not _keep(g, text, b):
        return None  # 2026－2030年, 2－3岁幼儿: the far end decides what the range is
    if a.unit and a.unit != b.unit:
        return None
    base_factor = (b.base_value / b.value) if b.value else Decimal(1)
    hit = _Hit(a.start, b.end, a.num_start, b.num_end, a.value, unit=b.unit, unit_cls=b.unit_cls,
               base_value=(a.value or 0) * base_factor, base_unit=b.base_unit, qualifier="range",
               low=a.value, high=b.value, direction=a.direction)
    hit.extra.update(b.extra)
    _classify(g, text, hit)
    return hit


def _keep(g: Grammar, text: str, hit: _Hit) -> bool:
    """Is this hit an indicator on its own? (Dates, years, ordinals, labels are not.)"""
    if hit.kind in ("multiple", "first", "share", "rank"):
        return True
    if not hit.unit or hit.extra.get("age_band"):
        return False
    if hit.extra.get("chinese") and all(ch in "百千万亿" for ch in numeral_of(hit)):
        # 数以千万计, 千亿斤粮食产能提升行动: a bare 千万/千亿 is a manner of speaking or a label
        # unless 超/近/以上 sizes it (出生人口超百万, 保持在千亿元以上)
        if hit.qualifier is None:
            return False
    if hit.unit_cls == "percent" and _names_a_list(g, text, hit):
        return False
    if hit.unit_cls == "time":
        if hit.unit in ("年", "个月") or hit.unit.endswith("年"):
            return bool(hit.extra.get("streak"))
        return not hit.extra.get("chinese") or hit.value != 1
    numeral = str(hit.extra.get("numeral", ""))
    if hit.ordinal:
        return hit.unit in g.rank_units and _has_rank_cue(g, text, hit.num_start)
    if _inside_quotes(text, hit.num_start):
        return False  # “最后一公里”, “三大攻坚战”, “3个100万”: a slogan quoted by name
    unit = hit.unit
    if unit == "大":
        # 三大/十大 counts; 二十大/十九大/党的十大 name congresses
        return numeral in "二两三四五六七八九十" and len(numeral) == 1 and not text.endswith("党的", 0, hit.num_start)
    if unit in ("届", "次"):
        window = text[hit.end : hit.end + _MEETING_WINDOW]
        if any(w in window for w in g.meeting_words):
            return False
    if hit.extra.get("chinese"):
        if text.startswith(g.label_after, hit.end) or text.startswith(g.set_phrases, hit.num_start):
            return False  # 中央八项规定, 和平共处五项原则, 三个代表
        if numeral == "一" and hit.direction is None and hit.unit_cls != "multiple" and hit.unit != "%":
            # 一个重要…, 一张蓝图: 一 is an article unless a counting verb introduces it
            lead = text[max(0, hit.num_start - 6) : hit.num_start]
            return any(v in lead for v in g.one_needs_verb) and hit.qualifier is None
    return True


def _names_a_list(g: Grammar, text: str, hit: _Hit) -> bool:
    """入选全球前2%顶尖科学家榜单: the share is part of the list's title, not a statistic of the place."""
    if hit.start != hit.num_start or not text.endswith(g.list_title_before, 0, hit.num_start):
        return False  # a qualifier or verb before the figure makes it a statement (占比超过2%)
    m = _RIGHT_CLAUSE.search(text, hit.end)
    right = text[hit.end : m.start() if m else len(text)]
    return any(w in right for w in g.list_title_after)


def _inside_quotes(text: str, pos: int) -> bool:
    left = text[_clause_start(text, pos) : pos]
    return left.count("“") > left.count("”")


def numeral_of(hit: _Hit) -> str:
    return str(hit.extra.get("numeral", ""))


def _has_rank_cue(g: Grammar, text: str, pos: int) -> bool:
    clause_start = _clause_start(text, pos)
    left = text[clause_start:pos]
    return any(c in left for c in g.rank_cues)


def _classify(g: Grammar, text: str, hit: _Hit) -> None:
    if hit.kind is not None:
        return
    clause = text[_clause_start(text, hit.num_start) : hit.num_start]
    if hit.ordinal:
        hit.kind = "rank"
    elif hit.extra.get("streak") and hit.unit in g.streak_units:
        hit.kind = "streak"
    elif hit.unit_cls == "multiple":
        hit.kind = "multiple"
    elif hit.unit == "成" or (hit.unit_cls == "percent" and any(c in clause for c in g.share_cues)):
        hit.kind = "share"
    elif hit.direction is not None and not hit.to_level:
        hit.kind = "change"
    elif hit.unit_cls == "percent" and _metric_direction(g, clause) is not None:
        hit.kind = "change"
        hit.direction = _metric_direction(g, clause)
    elif hit.unit_cls == "count":
        hit.kind = "count"
    else:
        hit.kind = "level"


def _metric_direction(g: Grammar, clause: str) -> Direction | None:
    head = g.trim_tail.sub("", clause)
    if head.endswith(g.down_metric):
        return "down"
    if head.endswith(g.up_metric):
        return "up"
    return None


_UP_TO_LAST_BREAK = re.compile(r".*[，。；：,;:！？!?（）()\s【】《》]", re.S)


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last break before it)."""
    m = _UP_TO_LAST_BREAK.match(text, 0, pos)
    return m.end() if m else 0


# --- lists and metrics -------------------------------------------------------------------


def _follow_on(text: str, hits: list[_Hit]) -> None:
    """实际增长9.8%和8.5%: a bare figure joined by 和/、 to a change in the same unit is one too."""
    for prev, hit in zip(hits, hits[1:]):
        if (hit.direction is None and prev.kind == "change" and prev.direction is not None
                and hit.unit == prev.unit and hit.kind == "level" and hit.start == hit.num_start
                and text[prev.end : hit.start] in ("和", "、", "及")):
            hit.direction, hit.kind = prev.direction, "change"


def _assign_lists(text: str, hits: list[_Hit]) -> None:
    """分别 lists: consecutive hits separated only by 、/和/nothing after a 分别 in the clause."""
    i = 0
    while i < len(hits):
        clause_start = _clause_start(text, hits[i].start)
        if "分别" not in text[clause_start : hits[i].start]:
            i += 1
            continue
        j = i
        hits[j].list_index = 0
        while j + 1 < len(hits) and text[hits[j].end : hits[j + 1].start] in ("", "、", "和", "及", "与", ",", "，"):
            j += 1
            hits[j].list_index = j - i
            if hits[j].direction is None and hits[i].direction is not None:
                # 分别增长8.9%、7.7%: the verb before the first item governs them all
                hits[j].direction = hits[i].direction
                hits[j].to_level = hits[i].to_level
                if hits[j].kind in ("level", "count") and hits[i].kind == "change":
                    hits[j].kind = "change"
        i = j + 1


def _assign_metrics(g: Grammar, text: str, hits: list[_Hit]) -> None:
    prev_end = 0
    group_subjects: list[str] = []
    for k, hit in enumerate(hits):
        clause_start = max(_clause_start(text, hit.start), prev_end)
        left = text[clause_start : hit.start]
        if hit.list_index == 0:
            subject = left.split("分别")[0]
            group_subjects = [_trim_metric(g, s) for s in subject.split("、")]
            group_subjects = [s for s in group_subjects if s]
        if hit.list_index >= 0 and group_subjects:
            if len(group_subjects) > 1 and hit.list_index < len(group_subjects):
                hit.metric = group_subjects[hit.list_index]
            else:
                hit.metric = "、".join(group_subjects) if len(group_subjects) > 1 else group_subjects[0]
        elif hit.extra.get("ratio_term") and k > 0:
            hit.metric = hits[k - 1].metric  # 4.0∶37.7∶58.3: every term shares the ratio's subject
        elif hit.kind == "count" and _right_subject(g, text, hit.end):
            # 新设3所本科层次职业学校, 22轮强降水: a classifier followed by a noun counts that noun
            hit.metric = _right_subject(g, text, hit.end)
        elif hit.kind == "first":
            # 落地全市首支种子基金: a first is about what follows it
            hit.metric = _right_subject(g, text, hit.end) or _trim_metric(g, left)
        else:
            hit.metric = _trim_metric(g, left)
        if not hit.metric and hit.list_index > 0 and k - hit.list_index >= 0:
            # 同比分别增长6.5%、9.4% after 城乡…收入分别完成…: reuse the earlier list's metrics in order
            hit.metric = _earlier_list_metric(hits, k)
        if not hit.metric and hit.list_index == 0:
            hit.metric = _earlier_list_metric(hits, k)
        if k > 0 and hit.qualifier is None and hit.direction is None and text[hits[k - 1].end : hit.start] == "、":
            prev = hits[k - 1]
            if prev.extra.get("qualifier_before") and prev.unit == hit.unit:
                hit.qualifier = prev.qualifier  # 突破8万亿元、9万亿元: one 突破 for both
        between = text[hits[k - 1].end : hit.start] if k > 0 else ""
        if (not hit.metric and k > 0 and not _trim_metric(g, _CLAUSE_BREAK.sub("", between))
                and (not _CLAUSE_BREAK.search(between) or left.strip() or hit.start < hit.num_start)):
            # 国内生产总值达到134.9万亿元、增长5%: a bare follow-on figure is about the same metric
            hit.metric = hits[k - 1].metric
        if not hit.metric and hit.kind in ("count", "first", "streak"):
            hit.metric = _right_subject(g, text, hit.end, hit.kind)
        prev_end = hit.end


def _earlier_list_metric(hits: list[_Hit], k: int) -> str:
    idx = hits[k].list_index
    for j in range(k - 1, -1, -1):
        if hits[j].list_index == idx and hits[j].metric and j < k - idx:
            return hits[j].metric
    return ""


_RIGHT_CLAUSE = re.compile(r"[，。；：,;:！？!?（）()\s]")


def _right_subject(g: Grammar, text: str, pos: int, kind: str | None = None) -> str:
    """158名学者入选…: a count at the start of a clause is about the noun that follows it.

    A streak (连续3年入选全国科技城百强榜) is about the whole predicate that follows.
    """
    m = (_RIGHT_CLAUSE if kind == "streak" else g.right_stop).search(text, pos)
    stop = m.start() if m else len(text)
    subject = text[pos:stop][:16].strip().lstrip("的").rstrip("和与及的新")
    return subject if len(subject) >= 2 else ""


_LEADING_YEAR = re.compile(rf"^(?:(?:(?:19|20)[0-9]{{2}}|[一二][{DIGIT}0]{{3}})年(?:底|末|初|以来|全年)?)+")


def _trim_metric(g: Grammar, left: str) -> str:
    s = left.strip()
    for _ in range(3):
        s = g.trim_tail.sub("", s)
        s = _LEADING_YEAR.sub("", g.trim_head.sub("", _TRAILING_BASE.sub("", _BASE_OF.sub("", s))))
    return s[-24:]
