"""Step 2 of the indicator grammar: one numeral and what is around it.

After the numeral: 余/多, a 万/亿 magnitude, a unit, 左右/以上/以内. Before it: 约/超过/突破/近,
a change verb (增长/下降, 提高到), 连续, 第. A numeral that reads as no quantity (一流, 5G, PM2.5,
“三大攻坚战”) gives no hit.
"""

from __future__ import annotations

import re
from decimal import Decimal

from huazhongdian.chars import HAN
from huazhongdian.extract.indicator_grammar import CN_DIGIT, Grammar, Unit
from huazhongdian.extract.indicator_hit import WINDOW, Hit, numeral_of, plain, start_of_clause
from huazhongdian.extract.numbers import CN_DIGITS, magnitude_factor, parse_number, split_magnitude
from huazhongdian.numerals import YEAR_NUMERAL
from huazhongdian.types import Qualifier

_MAG = re.compile(r"万亿|亿|万")
_LETTER = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_CN_DIGIT_RUN = re.compile(rf"[{CN_DIGIT}]+")
_CJK = re.compile(f"[{HAN}]")
_YEAR_NUMERAL = re.compile(YEAR_NUMERAL)


def is_year(hit: Hit) -> bool:
    return (hit.unit == "年" and not hit.extra.get("streak") and hit.qualifier is None
            and _YEAR_NUMERAL.fullmatch(numeral_of(hit)) is not None)


def read_match(g: Grammar, text: str, m: re.Match[str]) -> Hit | None:
    if m.group("fan") is not None:
        n = CN_DIGITS.get(m.group("fan_n"), 1) if m.group("fan_n") else 1
        if m.group("fan_n") == "十":
            n = 10
        return Hit(m.start(), m.end(), m.start(), m.end(), Decimal(n), unit="番", unit_cls="multiple",
                    base_value=Decimal(2) ** n, base_unit="倍", direction="up", kind="multiple")
    if m.group("beizeng") is not None:
        return Hit(m.start(), m.end(), m.start(), m.end(), Decimal(2), unit="倍", unit_cls="multiple",
                    base_value=Decimal(2), base_unit="倍", direction="up", kind="multiple")
    if m.group("first") is not None:
        return Hit(m.start(), m.end(), m.start(), m.end(), None, kind="first")
    if m.group("scope_rank") is not None:
        # 提升至全国第二: a rank within a scope, never an ordinal
        rank = parse_number(m.group("rank_n"))
        if not rank:
            return None
        hit = Hit(m.start(), m.end(), m.start(), m.end(), rank, kind="rank")
        _read_before(g, text, hit)
        return hit
    if m.group("ratio") is not None:
        return _read_ratio(g, text, m)
    if m.group("slash") is not None:
        value = _slash(m.group("slash"))
        clause = text[start_of_clause(text, m.start()) : m.start()]
        if value is None or not any(c in clause for c in g.share_cues):
            return None  # 2024/25 or 3/4 outside a share is a date or a label
        return Hit(m.start(), m.end(), m.start(), m.end(), value, base_value=value * 100, base_unit="%",
                    kind="share")
    if m.group("frac") is not None:
        return _read_fraction(g, text, m)
    if m.group("half") is not None:
        hit = Hit(m.start(), m.end(), m.start(), m.end(), Decimal("0.5"), base_value=Decimal(50), base_unit="%",
                  kind="share")
        _read_before(g, text, hit)
        for word, kind in g.after:   # 半数以上
            if text.startswith(word, hit.end):
                hit.qualifier, hit.end = kind, hit.end + len(word)   # type: ignore[assignment]
                break
        return hit
    return _read_numeral(g, text, m.start(), m.group("num"))


def _slash(text: str) -> Decimal | None:
    num, den = (Decimal(p) for p in text.split("/"))
    return num / den if den else None


def _read_ratio(g: Grammar, text: str, m: re.Match[str]) -> Hit | None:
    """三次产业比重为4.0∶37.7∶58.3: one placeholder hit, split into one share per term by ``combine``."""
    clause = text[start_of_clause(text, m.start()) : m.start()]
    if not any(c in clause for c in g.ratio_cues):
        return None  # 18:15 is a time
    hit = Hit(m.start(), m.end(), m.start(), m.end(), None, kind="share")
    hit.extra["ratio"] = True
    return hit


def _read_fraction(g: Grammar, text: str, m: re.Match[str]) -> Hit | None:
    den = m.group("den")
    value = parse_number(m.group("frac"))
    numer = parse_number(m.group("numer"))
    if value is None or numer is None:
        return None
    if den == "百" or (den == "千" and not text.endswith(g.rank_before, 0, m.start())):
        return _read_percent(g, text, m, numer, "%" if den == "百" else "‰")
    hit = Hit(m.start(), m.end(), m.start(), m.end(), value, base_value=value * 100, base_unit="%",
               kind="share")
    _read_before(g, text, hit)
    return hit


def _read_percent(g: Grammar, text: str, m: re.Match[str], numer: Decimal, unit: str = "%") -> Hit:
    """百分之一点五七 is 1.57%, read like 1.57%: qualifiers, verbs and a 到/至 range around it;
    千分之十三 is 13‰, read like 13‰ (``unit``; its base is 1.3%).

    The reports of the 1980s–90s write every rate this way (平均每年增长百分之八到九,
    力争控制在百分之六左右), so it takes the same qualifiers and verbs as the arabic path.
    """
    pos = m.end()
    base = numer if unit == "%" else numer / 10
    hit = Hit(m.start(), pos, m.start(), pos, numer, unit=unit, unit_cls="percent", base_value=base,
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


def _is_a_word(g: Grammar, text: str, start: int, numeral: str) -> bool:
    """Is the numeral at ``start`` part of a word or a name rather than a quantity?"""
    chinese = not numeral[0].isdigit()
    if chinese and numeral[0] in "零〇○" and not _CN_DIGIT_RUN.fullmatch(numeral):
        return True  # 一年零九个月: the 零 joins two quantities, it does not start one
    if chinese and numeral[0] in "百千万亿" and not (len(numeral) > 1 and numeral[-1] in "万亿"):
        # 百强区, 千家万户, 万物: a bare multiplier is a word; 千亿元 is still a number
        return True
    prev = text[start - 1] if start else ""
    if _LETTER.match(prev) or (prev == "." and start >= 2 and text[start - 2].isdigit()):
        return True  # PM2.5, H7N9, C919
    if prev and prev in "“‘「《\"'":
        return True  # “三大攻坚战”, “四个意识”, “3个100万”: a slogan's name
    # 一流, 统一, 一城三区: most Chinese numerals have no unit and end here, cheaply
    return chinese and numeral[-1] not in "万亿" and not _may_follow(g, text, start + len(numeral))


def _read_numeral(g: Grammar, text: str, start: int, numeral: str) -> Hit | None:
    if _is_a_word(g, text, start, numeral):
        return None
    chinese = not numeral[0].isdigit()
    prev = text[start - 1] if start else ""
    pos = start + len(numeral)
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
                value, mag = plain(full / magnitude_factor(tail)), ""
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
    hit = Hit(start, pos, start, pos, value, qualifier=qualifier, low=low, high=high)
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
    hit.base_value = plain(value * factor)
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


def _read_after(g: Grammar, text: str, hit: Hit) -> None:
    for word, qual in g.after:
        if text.startswith(word, hit.end):
            hit.end += len(word)
            if hit.qualifier is None:
                hit.qualifier = qual
            break
    if hit.unit == "岁" and _CJK.match(text, hit.end):
        hit.extra["age_band"] = True  # 3岁以下婴幼儿, 80岁老人: a population, not a figure


def _read_before(g: Grammar, text: str, hit: Hit) -> None:
    """Qualifier words, 连续 and change verbs immediately before the numeral."""
    pos = hit.start
    if hit.ordinal:
        return
    # Cue regexes are anchored at the end of a short window: one search each, not a loop over words.
    lo = max(0, pos - WINDOW)
    m = g.before_re.search(text, lo, pos)
    if m:
        qual = g.before_map[m.group()]
        pos = m.start()
        hit.extra["qualifier_before"] = True
        if hit.qualifier is None:
            hit.qualifier = qual
        elif hit.qualifier == "at_least" and qual == "at_most":
            hit.qualifier = "at_most"  # 控制在…以内
    m = g.streak_re.search(text, max(0, pos - WINDOW), pos)
    if m:
        hit.extra["streak"] = True
        pos = m.start()
    lo = max(0, pos - WINDOW)
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
    elif pos and text[pos - 1] in g.compare and "比" in text[start_of_clause(text, pos) : pos]:
        hit.direction = g.compare[text[pos - 1]]
        pos -= 1
    hit.start = pos
