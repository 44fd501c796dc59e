"""The indicator grammar's data: units, cue words and the compiled scanner.

Everything here comes from ``data/units.tsv`` and ``data/indicator_cues.toml`` and is
built once, on first use (:func:`load_grammar` is cached), so importing huazhongdian
stays cheap. :mod:`huazhongdian.extract.indicators` applies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from huazhongdian.datafiles import load_text, load_toml
from huazhongdian.numerals import DIGIT, YEAR_NUMERAL
from huazhongdian.types import Direction, Qualifier

__all__ = ["ARABIC", "CN", "CN_DIGIT", "Grammar", "Unit", "load_grammar"]

CN = "零〇○一二两三四五六七八九十百千万亿"
CN_DIGIT = DIGIT
# 1,100 and the 1950s 27，203，319，000: a comma groups thousands only before exactly three digits.
ARABIC = r"[0-9０-９]+(?:[,，][0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?"
# 3万4000, 25万6千, 5千万: magnitudes inside an arabic numeral (a trailing 万/亿 is read as a unit prefix).
ARABIC_MIXED = ARABIC + r"(?:[千百](?=[万亿]))?(?:[万亿][0-9]+(?:[千百](?![瓦米克]))?)?"
# 千 before 瓦/克 starts the unit (二十万千瓦, 五千千瓦), as in ARABIC_MIXED.
CN_NUM = rf"(?:[{CN.replace('千', '')}]|千(?![瓦克])|点(?=[{CN_DIGIT}]))+"
# A year as the reports write it: 2024年, 一九八二年, 一九八○年 (a circle for the zero).
_YEAR = rf"{YEAR_NUMERAL}年"


@dataclass(frozen=True, slots=True)
class Unit:
    unit: str
    base_unit: str
    factor: Decimal
    cls: str  # count | measure | percent | multiple | time


@dataclass(frozen=True, slots=True)
class Grammar:
    """Units, cue lists and the compiled scanner, loaded once from the data files.

    Field names follow the sections of ``data/indicator_cues.toml``; ``*_re`` fields are
    the cue lists compiled into regexes anchored where the grammar looks for them.
    """

    units: dict[str, Unit]
    unit_re: re.Pattern[str]
    percent_tail_re: re.Pattern[str]
    scanner: re.Pattern[str]
    before_map: dict[str, Qualifier]
    before_re: re.Pattern[str]
    streak_re: re.Pattern[str]
    reach_re: re.Pattern[str]
    verb_re: re.Pattern[str]
    compare: dict[str, Direction]
    after: tuple[tuple[str, Qualifier], ...]
    inside: tuple[str, ...]
    up: tuple[str, ...]
    down: tuple[str, ...]
    up_metric: tuple[str, ...]
    down_metric: tuple[str, ...]
    to: tuple[str, ...]
    range_seps: tuple[str, ...]
    from_words: tuple[str, ...]
    from_gap_re: re.Pattern[str]
    to_year_re: re.Pattern[str]
    rank_cues: tuple[str, ...]
    rank_units: tuple[str, ...]
    streak_units: tuple[str, ...]
    share_cues: tuple[str, ...]
    rank_before: tuple[str, ...]
    ratio_cues: tuple[str, ...]
    one_needs_verb: tuple[str, ...]
    label_after: tuple[str, ...]
    set_phrases: tuple[str, ...]
    meeting_words: tuple[str, ...]
    list_title_before: tuple[str, ...]
    list_title_after: tuple[str, ...]
    unit_blockers: dict[str, tuple[str, ...]]
    trim_tail: re.Pattern[str]
    right_stop: re.Pattern[str]
    trim_head: re.Pattern[str]


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def _alternation(words: list[str] | tuple[str, ...], not_after: dict[str, str] | None = None) -> str:
    """The words as one regex alternation, longest first; a word listed in ``not_after`` does not
    match after one of its characters (签约 is not 约)."""
    guards = not_after or {}
    return "|".join((f"(?<![{re.escape(guards[w])}])" if w in guards else "") + re.escape(w)
                    for w in _longest_first(list(words)))


def _units() -> dict[str, Unit]:
    """units.tsv: unit, base unit, factor to the base, class."""
    units: dict[str, Unit] = {}
    for line in load_text("units.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        unit, base, factor, cls = line.split("\t")
        units[unit] = Unit(unit, base, Decimal(factor), cls)
    return units


def _qualifiers(q: dict) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The qualifier words before and after a number, each with its kind."""
    before = [(w, "approx") for w in q["approx_before"]] + [(w, "at_least") for w in q["at_least_before"]]
    before += [(w, "at_most") for w in q["at_most_before"]] + [(w, "near") for w in q["near_before"]]
    after = [(w, "approx") for w in q["approx_after"]] + [(w, "at_least") for w in q["at_least_after"]]
    after += [(w, "at_most") for w in q["at_most_after"]]
    return before, after


def _scanner(cues: dict) -> re.Pattern[str]:
    """The one pattern that finds every number-like start: 翻番, 倍增, firsts, ranks, ratios, numerals."""
    scopes = _alternation(cues["first"]["scopes"])
    first = rf"(?:{scopes})(?:{_alternation(cues['first']['words'])})"
    return re.compile(
        # The lookahead lets the engine skip most positions before trying the alternatives.
        rf"(?=[翻倍全世国亚人自半0-9０-９{CN}])"
        r"(?:(?P<fan>翻(?P<fan_n>[一两二三四五六七八九十]?)番)"
        r"|(?P<beizeng>倍增)(?!计划|行动|工程|专项)"
        rf"|(?P<first>{first})"
        rf"|(?P<scope_rank>(?:{scopes})第(?P<rank_n>[二两三四五六七八九十]+|[0-9]+)(?![0-9]))(?![名位次届批个])"
        rf"|(?P<ratio>{ARABIC}(?:[∶:]{ARABIC}){{1,4}})(?![0-9:∶])"
        r"|(?P<slash>(?<![0-9/])[0-9]+/[0-9]+)(?![0-9/])"
        rf"|(?P<frac>(?P<den>{ARABIC}|{CN_NUM})分之(?P<numer>{ARABIC}|{CN_NUM}))"
        # 人员编制总数减少一半 (1999), 半数以上的农户 (1954): a half written as a word is a share of one half
        # (not 一半以上 of a list's count: 一半 alone, nor 半数 inside 过半数/多半数).
        r"|(?P<half>(?<![过大多])(?:一半|半数)(?![是儿]))"
        rf"|(?P<num>{ARABIC_MIXED}|{CN_NUM}))"
    )


@cache
def load_grammar() -> Grammar:
    units = _units()
    cues = load_toml("indicator_cues.toml")
    q, d, g = cues["qualifier"], cues["direction"], cues["guard"]
    before, after = _qualifiers(q)
    scanner = _scanner(cues)
    return Grammar(
        units=units,
        unit_re=re.compile(_alternation(list(units))),
        # 百分之八到九: the bare far end of a 百分之 range; never 百分之四至百分之五's second 百分之,
        # nor a numeral with a unit of its own (百分之十到二十年 is not a range of percents).
        percent_tail_re=re.compile(
            rf"(?:{_alternation(cues['range']['separators'])})(?P<high>{ARABIC}|{CN_NUM})"
            rf"(?![0-9０-９.．%％{CN}]|分之|{_alternation(list(units))})"
        ),
        scanner=scanner,
        before_map=dict(before),
        before_re=re.compile(rf"(?:{_alternation([w for w, _ in before], q['not_after'])})$"),
        streak_re=re.compile(rf"(?:{_alternation(cues['streak']['cues'])})$"),
        reach_re=re.compile(
            rf"(?P<up>(?:{_alternation(d['up'] + d['reach_up'])})(?:{_alternation(d['to'])}))$"
            rf"|(?P<down>(?:{_alternation(d['down'] + d['reach_down'])})(?:{_alternation(d['to'])}))$"
        ),
        compare={**{c: "up" for c in d["compare_up"]}, **{c: "down" for c in d["compare_down"]}},
        verb_re=re.compile(rf"(?P<up>{_alternation(d['up'])})了?$|(?P<down>{_alternation(d['down'])})了?$"),
        after=tuple(sorted(after, key=lambda p: len(p[0]), reverse=True)),
        inside=tuple(q["more_than_inside"]),
        up=_longest_first(d["up"]),
        down=_longest_first(d["down"]),
        up_metric=tuple(d["up_metric"]),
        down_metric=tuple(d["down_metric"]),
        to=tuple(d["to"]),
        range_seps=tuple(cues["range"]["separators"]),
        from_words=tuple(cues["from_to"]["from"]),
        from_gap_re=re.compile(
            rf"(?:{_YEAR}(?:{_alternation(cues['from_to']['year_tails'])})?|{_alternation(cues['from_to']['gap'])})+的?$"
        ),
        to_year_re=re.compile(rf"{_YEAR}(?:{_alternation(cues['from_to']['year_tails'])})?的?$"),
        rank_cues=tuple(cues["rank"]["cues"]),
        rank_units=tuple(cues["rank"]["units"]),
        streak_units=tuple(cues["streak"]["units"]),
        share_cues=tuple(cues["share"]["cues"]),
        rank_before=tuple(cues["share"].get("rank_before", ())),
        ratio_cues=tuple(cues["share"]["ratio_cues"]),
        one_needs_verb=tuple(g["one_needs_verb"]),
        label_after=tuple(g["label_after"]),
        set_phrases=tuple(g["set_phrases"]),
        meeting_words=tuple(g["meeting_words"]),
        list_title_before=tuple(g["list_title_before"]),
        list_title_after=tuple(g["list_title_after"]),
        unit_blockers={k: tuple(v) for k, v in g["unit_blockers"].items()},
        right_stop=re.compile(rf"[，。；：、,;:！？!?（）()\s“”0-9０-９]|{_alternation(g['metric_right_stops'])}"),
        trim_tail=re.compile(rf"(?:{_alternation(g['metric_trim_tail'], q['not_after'])})+$"),
        trim_head=re.compile(rf"^(?:{_alternation(g['metric_trim_head'])})+"),
    )
