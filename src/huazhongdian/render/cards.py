"""Which figures become 数说 cards, and how each is labelled — the way an editor would print them.

Order: this year's headline targets (the contract's target keys, in the report's order), then
last year's headline results (GDP, jobs, prices, incomes, grain, trade, investment, …), then
the most salient other figures. Each card shows the figure in the report's own words (the
indicator's text: "10.4亿人", "翻一番", "第9名"), a label with a complete subject ("总量" takes
the subject of the figure before it: "国内生产总值总量") and its period: "2026年目标",
"2025年", or "“十四五”时期" for a five-year or average figure. Never a card: a count of
indicators ("20项主要指标"), a label that opens with a verb ("提出…"), a year.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from huazhongdian.datafiles import load_toml
from huazhongdian.numerals import YEAR_DIGITS, YEAR_NUMERAL, cn_numeral, year_value
from huazhongdian.render.card_years import (forecast, multi_year_clause, paragraph_year, past_year_plan, sentence_year,
                                           span_change_years, span_years, year_clause)
from huazhongdian.render.news_value import no_figures, patterns
from huazhongdian.render.periods import plan_document_term
from huazhongdian.render.selection import (cues, first_sentence, five_year_paragraphs, multi_year_cue,
                                          period_ended_cue, review_period)
from huazhongdian.types import Digest, Document, Indicator

# The headline target keys of the contract (extract.targets): only these lead the cards.
HEADLINE_TARGETS = ("gdp_growth", "surveyed_unemployment", "urban_new_jobs", "cpi", "grain_output",
                    "resident_income", "carbon_intensity", "energy_intensity", "deficit_ratio")
_FIGURE = re.compile(r"^(.*?)((?:第)?[0-9０-９][0-9０-９.．]*(?:[%％]?[—\-–~至][0-9０-９.．]+)?)(.*)$", re.S)
# (data: news_value.toml [cards] figure_prefixes — "超" of 超690万人 after "超过")
_PREFIX_WORDS = tuple(load_toml("news_value.toml")["cards"]["figure_prefixes"])
_RAW_CARDS = load_toml("news_value.toml")["cards"]
# (data: [cards] label_modal_leads, century_goals, list_item_marks — longest lead first)
_MODAL_LEADS = tuple(sorted(_RAW_CARDS.get("label_modal_leads", ()), key=len, reverse=True))
_PERIOD_LEADS = tuple(sorted(_RAW_CARDS.get("label_period_leads", ()), key=len, reverse=True))
_CENTURY_GOALS = tuple((re.compile(k), int(v)) for k, v in _RAW_CARDS.get("century_goals", {}).items())
_LIST_MARKS = _RAW_CARDS.get("list_item_marks", "")
_MAY_REACH = ("可达到", "可达", "可達到", "可達")
_RESTATED_LEADS = tuple(_RAW_CARDS.get("target_restated_leads", ()))
_VERB_STARTS = ("提出", "实施", "全面", "带动", "推动", "加快", "开展", "建设", "完成", "制定", "发行", "安排", "拟", "转为", "由上年")
_VERBS = ("提高到", "提升到", "增长到", "增加到", "达到", "增长", "提高", "提升", "增加", "上涨", "上升", "下降", "降低", "减少", "回落",
          "突破", "超过")
# A metric that already says it is a change ("涨幅", "增速"); 增加值 is a level, not a change.
_CHANGE_WORDS = ("增长", "增速", "增幅", "下降", "降低", "降幅", "上涨", "涨幅", "减少", "提高", "提升", "回落", "下调")
# The change verbs a report writes just before its figure ("上涨2%左右"): a card label keeps the report's own.
_CHANGE_VERBS = ("上涨", "增长", "增加", "提高", "提升", "上升", "下降", "降低", "减少", "回落")
_SUBJECTLESS = ("总量", "规模", "其中", "分别", "增速", "占比", "比重")
_FIVE_YEAR = ("五年", "十四五", "十三五", "年均", "累计", "十年")
# The words before a multi-year average's figure (old reports write 平均每年): its card label keeps them.
_AVERAGE_WORDS = ("年均", "平均每年", "每年平均")


@dataclass(frozen=True, slots=True)
class Pick:
    """One card: the indicator, its label, its period tag ("2026年目标", "2025年", "“十四五”时期")."""

    indicator: int
    label: str
    tag: str
    target: str = ""     # the target key when the card is a headline target


def split_figure(text: str) -> tuple[str, str, str]:
    """(prefix, number, unit) of an indicator's own words: "超过1600万辆" → ("超过", "1600", "万辆");
    "增长5%" → ("", "5", "%"); "翻一番" → ("", "翻一番", "")."""
    if (text.startswith("从") and "到" in text) or _MOVED_TO.search(text):
        # "从五十四万亿元增长到一百一十四万亿元", "2010年的162.4亿元增加到2015年的287.9亿元": the new level
        text = _LEVEL_YEAR.sub("", text[text.rindex("到") + 1:], count=1)
    m = _FIGURE.match(text)
    if not m:
        verb = next((v for v in _VERBS if text.startswith(v) and len(text) > len(v) + 1), "")
        return "", text[len(verb):], ""
    head, number, unit = m.groups()
    if number.startswith("第"):
        head, number = head + "第", number[1:]
    prefix = next((w for w in _PREFIX_WORDS if head.endswith(w)), "")
    return prefix, number, unit


# A goal's year at the end of its metric ("人均国内生产总值到二〇二〇年" 比二〇〇〇年翻两番), in either numerals.
# Words before a figure that make it a span's average or total, not one year's: 年均, 累计, and as old reports
# write them, 平均每年 (1986: 平均每年增长百分之十一), 五年共 / 五年间 / 五年合计 (1993: 五年共利用外资609亿美元).
_SPAN_WORDS = ("年均", "累计", "平均每年", "五年共", "五年间", "五年合计", "这五年")
_GOAL_YEAR = re.compile("(?:到|至)((?:19|20)[0-9]{2}|[一二][〇零九][〇零一二三四五六七八九]{2})年(?:末|底)?$")
_MOVED_TO = re.compile("(?:增加|提高|增长|上升|下降|减少|扩大|降低|提升)到")
_LEVEL_YEAR = re.compile(rf"^(?:{YEAR_NUMERAL})年(?:末|底)?的?")
# A review figure whose own year is named: the level reached "到2015年的287.9亿元", or a clause
# opening on its year "2015年城镇常住居民人均可支配收入完成30788元" (in a five-year review, too).
_TO_YEAR = re.compile(rf"到({YEAR_NUMERAL})年(?:末|底)?的?[^到]*$")   # (一九八二年的七百七十二亿元 too)
_CLAUSE_YEAR = re.compile(rf"^({YEAR_NUMERAL})年(?![0-9])")
# …or one its metric ends on ("公私合營工業的産值在一九五三年" 已經達到…九倍多): the year goes to the tag.
_METRIC_YEAR = re.compile(rf"(?:在|到)({YEAR_NUMERAL})年$")


def _own_year(ind: Indicator, before: str) -> str:
    """The year a review figure names for itself ("" when it names none)."""
    if _MOVED_TO.search(ind.text):
        m = _TO_YEAR.search(ind.text)
        if m:
            return str(year_value(m.group(1)))
    m = _CLAUSE_YEAR.match(before) or _METRIC_YEAR.search(ind.metric)
    return str(year_value(m.group(1))) if m else ""   # (一九八四年增加二百五十五亿元: 1984)


def _year_opening(doc, para) -> bool:
    """Whether a paragraph opens on the sentence that the plan period ended ("2025年是“十四五”收官之年。")
    and goes on about the year: :func:`~huazhongdian.render.selection.five_year_paragraphs` decides that
    (such a paragraph not in ``five`` is the year's), so its 十四五 names no five-year figure."""
    return period_ended_cue().search(first_sentence(doc.text, para.start, para.end)[0]) is not None


def _period(d: Digest, ind: Indicator, five: frozenset[int] = frozenset()) -> str:
    """The card's period: a five-year or average figure is not this year's, nor a figure of a
    five-year review (``five``: :func:`~huazhongdian.render.selection.five_year_paragraphs`)."""
    doc = d.document
    index = _para_index(d, ind)
    para = doc.paragraphs[index] if index is not None else None
    lead = doc.text[para.start:para.start + 12] if para else ""
    clause_start = max(doc.text.rfind(c, ind.sentence_start, ind.start) for c in "，；。") + 1
    before = doc.text[max(clause_start, ind.sentence_start):ind.start]
    sentence = ind.sentence
    goal_year = century_goal_year(d, ind)
    if goal_year:
        return f"{goal_year}年目标"
    reread = _reread_tag(d, ind, five)
    if reread:
        return reread
    if "十五五" in sentence or (ind.mode != "achievement" and any(w in before for w in _SPAN_WORDS)):
        return "“十五五”时期" if "十五五" in doc.text[max(0, ind.start - 3000):ind.start] else "五年目标"
    averaged = any(w in before for w in _SPAN_WORDS + _AVERAGE_WORDS)   # a span's average or total, no year's
    own = _own_year(ind, before) if ind.mode == "achievement" and not averaged else ""
    if not own and multi_year_clause(d, ind):
        # "五年共利用外资609亿美元": the review's years, wherever the paragraph stands (but 到2025年的4.93万亿元 is 2025's);
        # "1986年同1978年相比，…" is eight years' ("近八年来" of national 1987), not the five a review's tag says
        between = span_change_years(d, ind)
        return f"{cn_numeral(between)}年来" if 1 < between < 20 and between not in (5, 10) else _review_tag(d, five)
    # (or the year its sentence opens on, "在一九五三年，社會商品零售總額…", or 全年 in a five-year review)
    own = own or ("" if averaged else str(sentence_year(d, ind) or "")) or \
        (str(doc.meta.review_year or "") if index in five and year_clause(d, ind) else "")
    if own and (not d.document.meta.review_year or int(own) <= d.document.meta.review_year):
        return f"{own}年"
    span = span_years(d, ind) if not averaged else 0
    if span:
        return f"{cn_numeral(span)}年来"   # "从1979至1981年，…": 三年来, not the last year's
    if ind.mode == "achievement" and index is not None and index in five:
        # The paragraph that opened this run of the review says ten years or five ("新时代十年"
        # in a congress report that also reviews its five).
        j = index
        while j in five:
            opening = doc.text[doc.paragraphs[j].start:doc.paragraphs[j].start + 8]
            if "十年" in opening:
                return "十年来"
            if multi_year_cue().search(opening):
                break
            j -= 1
        return _review_tag(d, five)
    if (any(w in lead for w in _FIVE_YEAR) and not _year_opening(doc, para)) or averaged:
        return "“十四五”时期" if "十四五" in doc.text[max(0, ind.start - 4000):ind.end] else "五年来"
    year = paragraph_year(d, ind) or ind.period   # (not a base year named after the figure: card_years)
    goal = _GOAL_YEAR.search(ind.metric) if ind.mode != "achievement" else None
    if goal:
        return f"{goal.group(1).translate(YEAR_DIGITS)}年目标"
    term = plan_document_term(doc) if ind.mode in ("target", "plan") else ""
    if term:
        return f"“{term}”时期"
    if ind.mode == "target":
        return f"{year or doc.meta.plan_year or ''}年目标".lstrip("年")
    if ind.mode == "plan":
        # (a forecast of the year, "一九五四年預計産量……電力一百零八億度", is no arrangement: 1954年预计)
        word = "预计" if forecast(d, ind) else "安排"
        return f"{year or doc.meta.plan_year or ''}年{word}".lstrip("年")
    return f"{year or doc.meta.review_year or ''}年".lstrip("年") or "回顾"


def _reread_tag(d: Digest, ind: Indicator, five: frozenset[int]) -> str:
    """The tag of a figure whose mode was misread: a restated target's ("提出…") or a past year's result read as a
    plan (card_years.past_year_plan); "" for any other."""
    restated = _restated_target(d, ind)
    if restated is not None:
        return _period(d, restated, five)
    year = d.document.meta.review_year
    return f"{year}年" if year and past_year_plan(d, ind) else ""


def _restated_target(d: Digest, ind: Indicator) -> Indicator | None:
    """The target a review-read figure restates when its metric opens on a word that puts a goal forward ("提出居民
    消费价格涨幅3%左右，综合考虑了…": national 2010's reasons for its targets; data: [cards] target_restated_leads):
    a target or plan of the same figure whose metric the restatement ends on; None for none."""
    if ind.mode != "achievement" or not ind.metric.startswith(_RESTATED_LEADS):
        return None
    subject = next(ind.metric[len(w):] for w in _RESTATED_LEADS if ind.metric.startswith(w))
    return next((o for o in d.indicators if o.mode in ("target", "plan") and o.text == ind.text and o.metric
                 and subject.endswith(o.metric.strip())), None)


def _review_tag(d: Digest, five: frozenset[int]) -> str:
    """The tag of a figure of the multi-year review: its plan period ("“十四五”时期"), else 十年来 or 五年来."""
    name = review_period(d, five)
    return name if name.endswith("时期") else {"过去十年": "十年来"}.get(name, "五年来")


def _para_index(d: Digest, ind: Indicator) -> int | None:
    return next((i for i, p in enumerate(d.document.paragraphs) if p.start <= ind.start < p.end), None)


def century_goal_year(d: Digest, ind: Indicator) -> int | None:
    """The year of a goal dated by its century in the figure's sentence ("到本世纪末" of a 1982 report: 2000;
    "下世纪……第一个十年" of 1997's: 2010; data: [cards] century_goals), when it lies after the report's year."""
    year = d.document.meta.year
    if not year or not _CENTURY_GOALS:
        return None
    before = d.document.text[ind.sentence_start:ind.start]
    for pattern, offset in _CENTURY_GOALS:
        if pattern.search(before):
            goal = year // 100 * 100 + offset
            return goal if goal > year else None
    return None


_CENTURY_PHRASE = re.compile("^(?:第一个十年|(?:到|至)?[本下]世纪(?:末|中叶))的?")


def _label(d: Digest, i: int) -> str:
    """The metric with a complete subject: a subject-less metric borrows the one before it."""
    ind = d.indicators[i]
    metric = ind.metric.strip().strip("、，").removeprefix("其中")
    k = cues()
    # "提出全社会研发经费投入" → 全社会研发经费投入; "我国经济总量从世界第六位" → 我国经济总量
    # "第一个十年实现国民生产总值" 翻一番: the century goal's phrase goes to the tag (2010年目标)
    metric = _CENTURY_PHRASE.sub("", metric) if century_goal_year(d, ind) else metric
    metric = next((metric[len(v):] for v in _MODAL_LEADS if metric.startswith(v) and len(metric) > len(v) + 1), metric)
    metric = next((metric[len(v):] for v in k.label_lead_verbs
                   if metric.startswith(v) and len(metric) > len(v) + 1), metric)
    metric = _FROM_TAIL.sub("", metric) if len(_FROM_TAIL.sub("", metric)) >= 2 else metric
    # "五年共利用外资" → 利用外资 (the period goes to the tag); "今年的经济增长" cut to "的经济增长" → 经济增长
    metric = next((metric[len(v):] for v in _PERIOD_LEADS if metric.startswith(v) and len(metric) > len(v) + 1), metric)
    metric = metric[1:] if metric.startswith("的") and len(metric) > 3 else metric
    metric = _METRIC_YEAR.sub("", metric) if ind.mode == "achievement" and len(_METRIC_YEAR.sub("", metric)) >= 2 \
        else metric   # "公私合營工業的産值在一九五三年" → 公私合營工業的産值 (1953年)
    average = next((w for w in _AVERAGE_WORDS if d.document.text[max(0, ind.start - len(w)):ind.start] == w), "")
    if average and not any(w in metric for w in _AVERAGE_WORDS) and metric:
        metric += average   # "居民人均可支配收入年均增长5.4%", "国民生产总值平均每年增长": a multi-year average says so
    if ind.kind != "change":
        metric = next((metric[:-len(v)] for v in cues().label_tail_verbs
                       if metric.endswith(v) and len(metric) > len(v) + 1), metric)
    if metric.endswith("可") and len(metric) > 3 and d.document.text[:ind.start].endswith(_MAY_REACH):
        metric = metric[:-1]   # "竣工面积可达到八千万平方米" → 竣工面积 (not "…竣工面积可": 1981)
    if not metric or metric in _SUBJECTLESS or (len(metric) <= 4 and metric.startswith(_SUBJECTLESS)):
        prev = d.indicators[i - 1] if i > 0 else None
        if prev is not None and prev.sentence_start == ind.sentence_start and prev.metric:
            metric = prev.metric.strip() + metric
    elif _bare_total(metric):
        # "国内财政收入增加…，全年总收入达到一千八百二十九亿元": a bare total (总收入) names the subject before it
        metric = _total_subject(d, i, metric)
    if (ind.kind == "change" or (ind.kind == "multiple" and ind.text.startswith(_VERBS))) and ind.from_value is None \
            and not any(w in metric for w in _CHANGE_WORDS):
        # (a multiple reached by growth, "入境游客增长1倍", is a change too: "1倍 入境游客" reads as a head count)
        # The report's own verb ("提高十一点六个百分点" → 城镇化率提高), else the direction.
        # (a verb just before the figure is the report's too: "居民消费价格指数上涨2%左右" → …上涨, not 增长)
        verb = next((v for v in _VERBS if ind.text.startswith(v) and not v.endswith("到")), "") or \
            next((v for v in _CHANGE_VERBS if d.document.text[max(0, ind.start - len(v)):ind.start] == v), "")
        metric += verb or {"up": "增长", "down": "下降"}.get(ind.direction or "", "")
    metric = _GOAL_YEAR.sub("", metric) if ind.mode != "achievement" and len(_GOAL_YEAR.sub("", metric)) >= 2 \
        else metric   # "人均国内生产总值到二〇二〇年" 翻两番: the year goes to the tag (2020年目标)
    if ind.kind == "streak":
        # "连续6年高于全市平均水平": what was kept up for six years follows the figure.
        rest = re.split("[，、；。,;\n]", d.document.text[ind.end:ind.end + 24], maxsplit=1)[0]
        if rest and len(metric) + len(rest) <= 18:
            metric += rest
    return metric


def _bare_total(metric: str) -> bool:
    """A metric that is a bare total ("总收入", "总产值"): its subject is the figure's before it."""
    metric = metric.strip()
    return len(metric) == 3 and metric.startswith("总")


def _total_subject(d: Digest, i: int, metric: str) -> str:
    """The subject of a bare total ("总收入") in the figures before it in its sentence: the nearest metric that ends
    on the total's noun ("国内财政收入"), else ``metric`` itself."""
    ind = d.indicators[i]
    for j in range(i - 1, max(-1, i - 5), -1):
        prev = d.indicators[j]
        if prev.sentence_start != ind.sentence_start:
            break
        if len(prev.metric) > len(metric) and prev.metric.strip().endswith(metric[1:]):
            return prev.metric.strip()
    return metric


def card_label(d: Digest, i: int) -> tuple[str, bool]:
    """(the card label of indicator ``i`` in the report's own words, and whether it reads as a name)."""
    label = _label(d, i)
    return label, _worthy(d.indicators[i], label)


_FROM_TAIL = re.compile("从(?![业事])[^从]*$")
_DIGIT = re.compile("[0-9０-９]")


def shared_figure(ind: Indicator) -> bool:
    """Whether the figure belongs to several subjects ("…分别增长4.3%、5.5%", "…均增长10%"): the clause
    before it matches a ``shared_figure`` cue (data/news_value.toml)."""
    before = ind.sentence[:max(0, ind.start - ind.sentence_start)]
    clause = re.split("[，；。,;]", before)[-1]
    return re.search(cues().shared_figure, clause) is not None


def small_count_in_words(ind: Indicator) -> bool:
    """A small count the report writes in words ("两个", "三项"): no numeric card (digits are kept)."""
    k = cues()
    return (ind.kind not in ("rank", "multiple", "streak", "first", "change", "share") and ind.value is not None
            and ind.value == int(ind.value) and 0 < ind.value <= k.small_count_max
            and not _DIGIT.search(ind.text) and ind.unit not in ("%", "％", "个百分点"))


def list_item_figure(ind: Indicator) -> bool:
    """Whether the figure opens an item of a list ("十亿人口、九百六十万平方公里面积": data [cards] list_item_marks):
    the metric before the mark is the previous item's. Not a change of the same subject ("国内生产总值达到134.9万亿元、
    增长5%": its verb opens the figure)."""
    at = ind.start - ind.sentence_start
    return (bool(_LIST_MARKS) and at > 0 and ind.sentence[at - 1:at] in _LIST_MARKS and ind.kind != "change"
            and not ind.text.startswith(_VERBS))


def _worthy(ind: Indicator, label: str) -> bool:
    # (a one-character label, "拥" of "拥有十一亿人口", names nothing)
    if re.search(cues().fragment_label, label) or shared_figure(ind) or small_count_in_words(ind) \
            or list_item_figure(ind):
        return False
    if len(label) < 2 or len(label) > 18 or label.startswith(_VERB_STARTS) or cues().opens_with_particle(label):
        return False
    if label.endswith(cues().comparison_tails):
        return False
    if "指标" in label or (ind.unit in ("项", "个", "条") and "指标" in ind.sentence[:ind.end - ind.sentence_start]):
        return False
    if ind.unit == "年" and ind.value is not None and 1800 <= ind.value <= 2100:
        return False
    return ind.value is not None or bool(ind.text)


def pick_cards(d: Digest, salient: list[int], k: int = 6, five: frozenset[int] | None = None) -> list[Pick]:
    """The cards, headline targets and headline results first, then ``salient`` (indices best first)."""
    five = five_year_paragraphs(d) if five is None else five
    out: list[Pick] = []
    used: set[int] = set()
    labels: set[tuple[str, str]] = set()

    none = no_figures(d)    # a meeting's ordinal (十八届) or a set's count is no card

    def add(i: int, label: str, tag: str, target: str = "") -> None:
        # One card per subject and period: a change beside its level ("城镇化率" and "城镇化率增长") is one.
        base = (re.sub("(增长|下降|提高|提升|降低)$", "", label), tag)
        if i in used or i in none or base in labels or len(out) >= k:
            return
        used.add(i)
        labels.add(base)
        out.append(Pick(i, label, tag, target))

    targets = [t for t in d.targets if t.metric in HEADLINE_TARGETS and not t.absent]
    by_start = sorted(range(len(d.indicators)), key=lambda i: d.indicators[i].start)
    for t in targets[: max(1, k // 2)]:
        inside = [i for i in by_start if t.start <= d.indicators[i].start < t.end]
        if inside:
            add(inside[0], t.metric, f"{t.year or d.document.meta.plan_year or ''}年目标".lstrip("年"), t.metric)
    results = [i for i in by_start if d.indicators[i].mode == "achievement"
               and (_names_headline(d.indicators[i].metric)
                    or (_bare_total(d.indicators[i].metric) and _names_headline(_label(d, i))))]
    period = {i: _period(d, d.indicators[i], five) for i in results}
    # (a headline of another year, "一九八三年国内财政收入增加一百二十七亿元" in a five-year review, is none of the
    # report's headlines: only a salient figure may show it)
    other_year = re.compile(rf"^[0-9]{{4}}年$(?<!^{d.document.meta.review_year}年)")
    results = [i for i in results if not (other_year.match(period[i]) and _para_index(d, d.indicators[i]) in five)]
    # Last year's headline results before the five-year review's, wherever the report puts them; of the
    # lead metric, its growth before its level: "地区生产总值5696亿元，增长5.3%" is one GDP card, the growth.
    lead = patterns().lead
    results.sort(key=lambda i: (period[i].endswith(("时期", "五年来", "十年来")),
                                not (d.indicators[i].kind == "change" and d.indicators[i].from_value is None
                                     and lead.search(d.indicators[i].metric))))
    families: set[tuple[str, str]] = set()
    for i in results:
        label = _label(d, i)
        family = (_family(d.indicators[i].metric), period[i])
        if _worthy(d.indicators[i], label) and family not in families:
            families.add(family)
            add(i, label, family[1])
    for i in salient:
        label = _label(d, i)
        if _worthy(d.indicators[i], label):
            add(i, label, _period(d, d.indicators[i], five))
    return out


def _names_headline(metric: str) -> bool:
    """``metric`` names a headline metric (data ``cues.headline``), not a sector's ("规模以上工业总产值" is no
    工业总产值 card: data ``sector_before``)."""
    k = cues()
    return any(h in metric and not any(w + h in metric for w in k.sector_before) for h in k.headline)


def headline_results(d: Digest, five: frozenset[int] | None = None) -> list[Pick]:
    """Every review figure of a headline metric that a card can show (label, period), in report order,
    but a share ("民间投资占比34%": the card would not say of what):
    the candidates :func:`pick_cards` takes one per metric and period from, for an output with room for
    more (the poster: its economy's size beside its growth)."""
    five = five_year_paragraphs(d) if five is None else five
    out = []
    none = no_figures(d)
    for i in sorted(range(len(d.indicators)), key=lambda i: d.indicators[i].start):
        ind = d.indicators[i]
        if ind.mode == "achievement" and ind.kind != "share" and i not in none:
            label = _label(d, i)   # (a subject-less "总量" borrows its subject: 国内生产总值总量)
            if _names_headline(label) and _worthy(ind, label):
                out.append(Pick(i, label, _period(d, ind, five)))
    return out


def _family(metric: str) -> str:
    """The headline metric a result card stands for: one card per metric and period, so "财政总收入完成29亿元；
    地方财政总收入完成16亿元" is one revenue card and the room goes to the next headline (incomes). A cue after
    人均 or 单位 names another metric (人均国内生产总值 is no second GDP card)."""
    k = cues()
    cue = max((h for h in k.headline if h in metric), key=len, default=metric)
    return next((w + cue for w in k.headline_not_after if w + cue in metric), cue)


# --- salience of the other figures (see docs/output.md) -------------------------------------

def _magnitude(ind: Indicator) -> float:
    if ind.base_value is None or ind.base_value <= 0 or ind.kind in ("share", "change", "rank"):
        return 0.0
    return min(3.0, math.log10(float(ind.base_value)) / 4)


def indicator_salience(ind: Indicator, *, in_item: bool, position: float) -> float:
    """Score one indicator for the cards (see the module docstring for the reasons)."""
    score = {"first": 3.0, "rank": 3.0, "streak": 2.0, "multiple": 2.0}.get(ind.kind, 0.0)
    score += _magnitude(ind)
    score += 2.0 if in_item else 0.0
    score += {"achievement": 1.5, "plan": 0.5, "target": 1.0}.get(ind.mode, 0.0)
    score += 1.0 - position
    return score


def _is_national_report(doc: Document) -> bool:
    return doc.meta.level == "national" or (doc.meta.kind == "gov-work-report" and not doc.meta.region)


def _card_worthy(ind: Indicator) -> bool:
    """A figure a card can stand on: a value, a short metric that reads as a name, not a year span."""
    metric = ind.metric.strip()
    if ind.value is None or not metric or len(metric) > 16 or cues().opens_with_particle(metric):
        return False
    # "两个市场", "三大历史任务", "以上十条": a small count names a formulation's parts, not a 数说 figure.
    k = cues()
    # (written in digits, "3个省级实验室", the report counts it as a figure: a card may show it)
    if ind.kind == "count" and ind.value <= k.small_count_max and ind.unit in k.small_count_units \
            and not _DIGIT.search(ind.text):
        return False
    # "1949-1952年" or "2035年" are dates, not figures.
    return not (ind.unit == "年" and 1800 <= ind.value <= 2100)


def salient_indicators(digest: Digest, k: int = 6) -> list[int]:
    """Indices into ``digest.indicators`` of the ``k`` most salient figures, best first.

    One card per (metric, target-or-not). For national reports up to half the cards are
    the headline targets, in the order the report lists them, ahead of the achievements.
    """
    doc = digest.document
    in_items = {i for item in digest.items for i in item.indicator_ids}
    length = max(1, doc.chars)
    scored = []
    none = no_figures(digest)
    for i, ind in enumerate(digest.indicators):
        if i in none or not _card_worthy(ind):
            continue
        s = indicator_salience(ind, in_item=i in in_items, position=ind.start / length)
        scored.append((-s, ind.start, i))
    scored.sort()
    chosen, seen = [], set()
    for _, _, i in scored:
        ind = digest.indicators[i]
        key = (ind.metric.strip(), ind.mode == "target")
        if key not in seen:
            seen.add(key)
            chosen.append(i)
    if not _is_national_report(doc):
        return chosen[:k]
    targets = sorted((i for i in chosen if digest.indicators[i].mode == "target"),
                     key=lambda i: digest.indicators[i].start)
    others = [i for i in chosen if digest.indicators[i].mode != "target"]
    n_targets = max(k // 2, k - len(others))
    return (targets[:n_targets] + others)[:k]
