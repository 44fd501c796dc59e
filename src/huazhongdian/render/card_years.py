"""The year (or the years) a review figure's own sentence gives it, for its 数说 card's period.

Old national reports (1954, 1980, 1986, 1993: wt-oldcards) write a review figure's year where the modern ones
do not: at the head of its sentence ("在一九五三年，社會商品零售總額已經增加到三百二十五萬億元" in a five-year
review), in an earlier sentence of its paragraph ("1979年农业总产值比1978年增长8.6%。粮食产量33，212万吨，…这是在
1978年粮食丰收的基础上实现的": the 1978 after the figure is a base, not its year), or as the words of its clause
("五年共利用外资609亿美元": the five years', "全年总收入达到一千八百二十九亿元": the year's). Cues: news_value.toml
[cards] multi_year_clause, year_clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from huazhongdian.datafiles import load_toml
from huazhongdian.numerals import YEAR_NUMERAL, year_value
from huazhongdian.types import Digest, Indicator

# A sentence that opens on one year ("在一九五三年，", "1979年农业总产值…"), not on a span of years ("1978、1979两年").
_OPENING_YEAR = re.compile(rf"^(?:在|到)?({YEAR_NUMERAL})年(?![、和至到—\-0-9]|以来|以來)")
_ANY_YEAR = re.compile(rf"({YEAR_NUMERAL})年")


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = load_toml("news_value.toml")["cards"]
    return tuple(raw.get("multi_year_clause", ())), tuple(raw.get("year_clause", ()))


def clause_before(d: Digest, ind: Indicator) -> str:
    """The clause of the figure's sentence up to the figure ("五年共利用外资")."""
    text = d.document.text
    start = max(text.rfind(c, ind.sentence_start, ind.start) for c in "，；。,;") + 1
    return text[max(start, ind.sentence_start):ind.start]


def multi_year_clause(d: Digest, ind: Indicator) -> bool:
    """Whether the figure's clause opens on the review's years ("五年共利用外资", "五年全社会固定资产投资完成"), or
    follows a clause of only those words ("五年间，进出口总额增长1倍"), or its sentence compares with a base year
    before the year under review's last ("1992年同1987年相比，…农村居民人均纯收入增加321元": five years' change)."""
    multi, _ = _cues()
    if ind.mode != "achievement":
        return False
    text = d.document.text
    clause = clause_before(d, ind)
    at = ind.start - len(clause) - 1   # the mark before the clause
    prev_start = max(text.rfind(c, ind.sentence_start, max(ind.sentence_start, at)) for c in "，；。,;") + 1
    prev = text[max(prev_start, ind.sentence_start):at] if at > ind.sentence_start else ""
    return clause.startswith(multi) or (prev.startswith(multi) and len(prev) <= 4) or _span_change(d, ind)


_SINCE = re.compile(rf"^({YEAR_NUMERAL})年(?:同|与|與|比)({YEAR_NUMERAL})年相比")


def _whole_sentence_head(d: Digest, ind: Indicator) -> str:
    """The figure's whole sentence up to the figure, from the last 。！？ or line break (not cut at a ；)."""
    text = d.document.text
    start = max(text.rfind(c, 0, ind.start) for c in "。！？\n") + 1
    return text[start:ind.start].lstrip()


# A level reached by a move the figure's own words say ("增加到1670亿元" of "由的347亿元增加到1670亿元": its old level
# was not read as the move's): the move's new level, as a change "由347亿元增加到1670亿元" shows it.
_REACHED = re.compile("(?:增加|提高|增长|上升|下降|减少|扩大|降低|提升)到")


def _span_change(d: Digest, ind: Indicator) -> bool:
    """A change in a sentence that opens "1992年同1987年相比": over the years between, not the last year's (a
    move's new level too, whether or not its old level was read: "1986年同1978年相比，…预算外资金由的347亿元增加
    到1670亿元")."""
    return span_change_years(d, ind) > 1


def span_change_years(d: Digest, ind: Indicator) -> int:
    """The years between the two of a "1986年同1978年相比" sentence a change (or a move's new level) stands in (8);
    0 for none."""
    m = _SINCE.match(_whole_sentence_head(d, ind))
    if not m or not (ind.kind == "change" or (ind.kind == "level" and _REACHED.match(ind.text))):
        return 0
    return year_value(m.group(1)) - year_value(m.group(2))


# A sentence that opens on a span of years ("从1979至1981年，", "1979—1981年", "这三年", "這三年"), or on one year
# (which ends the span: "1981年…").
_SPAN_OPENING = re.compile(rf"^(?:从|從|自)?({YEAR_NUMERAL})(?:年)?(?:至|到|—|-)({YEAR_NUMERAL})年")
_THESE_YEARS = re.compile("^(?:这|這)([两兩三四])年")
_ONE_YEAR_WORDS = ("今年", "去年", "明年", "全年")
_YEARS_WORD = {"两": 2, "兩": 2, "三": 3, "四": 4}


def span_years(d: Digest, ind: Indicator) -> int:
    """The number of years a review figure speaks of when its sentence, or the last earlier sentence of its paragraph
    that opens on years, opens on a span of them ("从1979至1981年，国家…共计减少财政收入五百二十亿元。这三年城镇…
    共四百零五亿元…。这两部分共计减收增支九百二十五亿元": three years each); 0 for none, a one-year opening, or a
    sentence of its own year before the figure. Not a five- or ten-year span (the review's own tags say those)."""
    if ind.mode != "achievement":
        return 0
    text = d.document.text
    if _ANY_YEAR.search(text[ind.sentence_start:ind.start]) and not _SPAN_OPENING.match(
            text[ind.sentence_start:ind.start].lstrip()):
        return 0
    para = next((p for p in d.document.paragraphs if p.start <= ind.start < p.end), None)
    if para is None:
        return 0
    found = 0
    for m in re.finditer("[^。！？]*[。！？]?", text[para.start:ind.start]):
        sentence = m.group(0).lstrip()
        span, these = _SPAN_OPENING.match(sentence), _THESE_YEARS.match(sentence)
        if span:
            found = year_value(span.group(2)) - year_value(span.group(1)) + 1
        elif these:
            found = found or _YEARS_WORD[these.group(1)]
        elif _OPENING_YEAR.match(sentence) or sentence.startswith(_ONE_YEAR_WORDS):
            found = 0
    return found if 1 < found < 5 else 0


def year_clause(d: Digest, ind: Indicator) -> bool:
    """Whether the figure's clause opens on the year under review ("全年总收入达到…")."""
    _, year = _cues()
    return ind.mode == "achievement" and clause_before(d, ind).startswith(year)


# A base year a figure is compared with: "等於一九五〇年的一點八倍", "比1978年增长8.6%" (not the figure's own year).
_BASE_BEFORE = ("比", "较", "較", "同", "等於", "等于", "相当于", "相當於")


def _base(text: str, m: re.Match[str]) -> bool:
    """Whether the year ``m`` in ``text`` is a base of comparison: after 比/较/等於…, or before 的 (一九五〇年的…)."""
    return text[max(0, m.start() - 3):m.start()].endswith(_BASE_BEFORE) or text[m.end():m.end() + 1] == "的"


def sentence_year(d: Digest, ind: Indicator) -> int | None:
    """The one year a review figure's sentence opens on, when no other year but a base of comparison stands between
    it and the figure ("在一九五三年，社會商品零售總額已經增加到…，等於一九五〇年的一點八倍，對外貿易也達到一九五〇年的
    一點八倍": 1953 for both); None for none, or a year after the year under review."""
    if ind.mode != "achievement":
        return None
    head = _whole_sentence_head(d, ind)   # ("1979年油料产量644万吨，…；肉类产量1，062万吨": not cut at its ；)
    m = _OPENING_YEAR.match(head)
    if not m or any(not _base(head, y) for y in _ANY_YEAR.finditer(head, m.end())):
        return None
    year = year_value(m.group(1))
    review = d.document.meta.review_year
    return year if not review or year <= review else None


def paragraph_year(d: Digest, ind: Indicator) -> int | None:
    """For a review figure whose year (``ind.period``) is named in its sentence only after it ("…33，212万吨，
    比上年增加2，737万吨，这是在1978年粮食丰收的基础上实现的": a base), the year the last earlier sentence of its
    paragraph opens on ("1979年农业总产值比1978年增长8.6%。"); None when that does not apply."""
    year = ind.period
    if ind.mode != "achievement" or not year:
        return None
    text = d.document.text
    sentence_end = ind.sentence_start + len(ind.sentence)
    named = lambda span: any(year_value(m.group(1)) == year for m in _ANY_YEAR.finditer(span))  # noqa: E731
    if named(text[ind.sentence_start:ind.start]) or not named(text[ind.end:sentence_end]):
        return None
    para = next((p for p in d.document.paragraphs if p.start <= ind.start < p.end), None)
    if para is None:
        return None
    found = None
    for m in re.finditer("[^。！？]*[。！？]", text[para.start:ind.sentence_start]):
        o = _OPENING_YEAR.match(m.group(0).lstrip())
        if o:
            found = year_value(o.group(1))
    review = d.document.meta.review_year
    return found if found and found != year and (not review or found <= review) else None


_FORECAST = ("预计", "預計")


def forecast(d: Digest, ind: Indicator) -> bool:
    """Whether the figure's sentence, up to it, says it is forecast ("一九五四年預計産量……電力一百零八億度")."""
    return any(w in _whole_sentence_head(d, ind) for w in _FORECAST)


# The words of a paragraph's opening that review the year ("在经济领域，过去一年里取得的最重要的成绩…": national
# 1987, whose whole first part was read as the year's tasks), and the words of a sentence that plans.
_PAST_YEAR_OPENING = ("过去一年", "过去的一年", "過去一年", "一年来", "一年來")
_PLAN_WORDS = ("要", "将", "將", "计划", "計劃", "力争", "争取", "预期", "目标", "今年", "明年", "安排", "拟")


def past_year_plan(d: Digest, ind: Indicator) -> bool:
    """Whether a figure read as a plan or target is a result of the year under review: its paragraph opens (in its
    first 16 characters) on the past year, and its sentence compares with the year before (比上年) and plans nothing
    ("全国社会总产值达到18774亿元，比上年增长9.1%" of 1987's "在经济领域，过去一年里取得的最重要的成绩…")."""
    if ind.mode not in ("plan", "target"):
        return False
    text = d.document.text
    para = next((p for p in d.document.paragraphs if p.start <= ind.start < p.end), None)
    if para is None or not any(w in text[para.start:para.start + 16] for w in _PAST_YEAR_OPENING):
        return False
    return ("比上年" in ind.sentence or "比上年" in text[ind.end:ind.end + 8]) and \
        not any(w in ind.sentence for w in _PLAN_WORDS)
