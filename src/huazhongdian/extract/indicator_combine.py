"""Step 3 of the indicator grammar: neighbours combine (ranges, from→to moves, ratios), and each
hit is kept or dropped (dates, labels, slogans) and given its kind."""

from __future__ import annotations

import re
from decimal import Decimal

from huazhongdian.extract.indicator_grammar import Grammar
from huazhongdian.extract.indicator_hit import (CLAUSE_BREAK, RIGHT_CLAUSE, WINDOW, Hit, numeral_of, plain,
                                                start_of_clause)
from huazhongdian.extract.numbers import parse_number
from huazhongdian.types import Direction

_MEETING_WINDOW = 8


def combine(g: Grammar, text: str, raw: list[Hit]) -> list[Hit]:
    """Merge ranges and from→to pairs, then keep only what is an indicator on its own."""
    out: list[Hit] = []
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


def _split_ratio(text: str, ratio: Hit) -> list[Hit]:
    out = []
    for m in _RATIO_TERM.finditer(text, ratio.start, ratio.end):
        value = parse_number(m.group())
        term = Hit(m.start(), m.end(), m.start(), m.end(), value, kind="share")
        term.extra["ratio_term"] = len(out)
        out.append(term)
    return out


def _from_to(g: Grammar, text: str, a: Hit, b: Hit) -> Hit | None:
    a_at = a.num_start - (1 if a.ordinal else 0)
    # 由一九八二年的二十九万人, 由原定平均每年百分之六: a dated or qualified start still counts
    gap = g.from_gap_re.search(text, max(0, a_at - WINDOW), a_at)
    lead_at = gap.start() if gap else a_at
    lead = next((w for w in g.from_words if text.endswith(w, 0, lead_at)), None)
    if lead is None or not b.extra.get("has_unit"):
        return None
    between = text[a.num_end : b.num_start - (1 if b.ordinal else 0)]
    between = g.to_year_re.sub("", between)  # 增加到一九八七年的一百一十万人
    if not between or len(between) > 6 or not between.endswith(g.to) or CLAUSE_BREAK.search(between):
        return None
    if between.endswith("为") and not _keep(g, text, b):
        return None  # 从四年制改为五年制: 为 also renames, so its end must be a figure on its own
    rank = a.ordinal and b.ordinal and b.unit in g.rank_units
    from_value = a.value
    if a.base_value is not None and b.base_value and b.value and a.unit != b.unit and a.base_unit == b.base_unit:
        # 从一万亿元增加到二万八千亿元: state the start in the end's unit (10000 亿元)
        from_value = plain(a.base_value * b.value / b.base_value)
    hit = Hit(lead_at - len(lead), b.end, b.num_start, b.num_end, b.value, unit=b.unit, unit_cls=b.unit_cls,
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


def _range(g: Grammar, text: str, a: Hit, b: Hit) -> Hit | None:
    sep = text[a.end : b.num_start]
    if sep not in g.range_seps or not b.extra.get("has_unit") or a.ordinal or b.ordinal:
        return None
    if not _keep(g, text, b):
        return None  # 2026－2030年, 2－3岁幼儿: the far end decides what the range is
    if a.unit and a.unit != b.unit:
        return None
    base_factor = (b.base_value / b.value) if b.value else Decimal(1)
    hit = Hit(a.start, b.end, a.num_start, b.num_end, a.value, unit=b.unit, unit_cls=b.unit_cls,
               base_value=(a.value or 0) * base_factor, base_unit=b.base_unit, qualifier="range",
               low=a.value, high=b.value, direction=a.direction)
    hit.extra.update(b.extra)
    _classify(g, text, hit)
    return hit


def _keep(g: Grammar, text: str, hit: Hit) -> bool:
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


def _names_a_list(g: Grammar, text: str, hit: Hit) -> bool:
    """入选全球前2%顶尖科学家榜单: the share is part of the list's title, not a statistic of the place."""
    if hit.start != hit.num_start or not text.endswith(g.list_title_before, 0, hit.num_start):
        return False  # a qualifier or verb before the figure makes it a statement (占比超过2%)
    m = RIGHT_CLAUSE.search(text, hit.end)
    right = text[hit.end : m.start() if m else len(text)]
    return any(w in right for w in g.list_title_after)


def _inside_quotes(text: str, pos: int) -> bool:
    left = text[start_of_clause(text, pos) : pos]
    return left.count("“") > left.count("”")


def _has_rank_cue(g: Grammar, text: str, pos: int) -> bool:
    clause_start = start_of_clause(text, pos)
    left = text[clause_start:pos]
    return any(c in left for c in g.rank_cues)


def _classify(g: Grammar, text: str, hit: Hit) -> None:
    if hit.kind is not None:
        return
    clause = text[start_of_clause(text, hit.num_start) : hit.num_start]
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
