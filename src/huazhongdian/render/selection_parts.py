"""The parts the bullet selector (:mod:`.selection`) is built of: a bullet's span and score (:class:`Fact`),
sorted spans with a range query, clause spans, bare dates, the lens checked clause by clause, and a
report's big amounts."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from dataclasses import dataclass

from huazhongdian.classify.lens import Lens, builtin_lenses, load_lens
from huazhongdian.numerals import is_group_comma
from huazhongdian.types import Indicator

_CLAUSE_END = "，；：,;"
_SENTENCE_TAIL = "。；！？!?"


@dataclass(frozen=True, slots=True)
class Fact:
    """One bullet's span and score, before it is dressed for display."""

    start: int
    end: int
    item: int
    score: float
    five_year: bool = False   # stands in a paragraph that reviews five or ten years ("五年来，…"), or
                              # (a plan's) in the part that sets the coming plan period's goals
    factual: bool = True      # carries a figure, a first, a rank or a named project


class _Spans:
    """Sorted spans (figures or entities) with a range query."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(set(spans))
        self.starts = [s for s, _ in self.spans]
        self.reach = list(accumulate((e for _, e in self.spans), max))   # the furthest end up to each span

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span overlaps ``[start, end)``: of the spans starting before ``end``, the furthest end
        passes ``start``."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        lo = bisect_left(self.starts, start)
        out = []
        for s, e in self.spans[lo:]:
            if s >= end:
                break
            if e <= end:
                out.append((s, e))
        return out


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of ``text[start:end]`` split after "，；：" (the marks themselves left out); a comma
    between digit groups (``1，753亿元``, :func:`~huazhongdian.numerals.is_group_comma`) splits nothing, nor
    a mark inside a bracket or quotation pair (:func:`_pair_spans`)."""
    out, pos = [], start
    pairs, k = _pair_spans(text, start, end), 0
    for m in _CUTS.finditer(text, start, end):
        i = m.start()
        while k < len(pairs) and pairs[k][1] <= i:
            k += 1
        if (k < len(pairs) and pairs[k][0] < i) or is_group_comma(text, i):
            continue
        if i > pos:
            out.append((pos, i))
        pos = i + 1
    while end > pos and text[end - 1] in _SENTENCE_TAIL:
        end -= 1
    if end > pos:
        out.append((pos, end))
    return out


_PAIRS = {"（": "）", "(": ")", "“": "”", "‘": "’", "《": "》", "「": "」"}
_OPENS = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_CUTS = re.compile("[" + re.escape(_CLAUSE_END) + "]")
# A bracket or quotation longer than this is cut as any text (a long quotation holds several facts of its own).
_PAIR_MAX = 90


def _pair_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The closed bracket or quotation pairs of ``text[start:end]`` ("（……，……）", "“……，……”"), as (opening, closing)
    positions in order: no clause is cut inside one, so no bullet opens inside a pair (issue 12: 19 of 10,620 shown
    bullets did). A pair not closed before ``end``, or longer than :data:`_PAIR_MAX`, protects nothing."""
    out: list[tuple[int, int]] = []
    i = start
    while (m := _OPENS.search(text, i, end)) is not None:
        i = m.start()
        j = text.find(_PAIRS[text[i]], i + 1, end)
        if j > 0 and j - i <= _PAIR_MAX:
            out.append((i, j))
            i = j
        i += 1
    return out


# (…and a month, a plan period or a span of years, as the old reports date: "从一九五〇年七月到一九五三年底",
# "在第一个五年计划期末", "而1965年到1976年11年中", national 1954, 1980 — each a bullet of its own before)
_DATE_BITS = re.compile(r"(?:[0-9]{4}|[○〇零一二三四五六七八九]{4})年(?:前|底)?|本世纪中叶|[从到至起]"
                        r"|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:底|初)?"
                        r"|第[一二三四五六七八九十]{1,2}个五年计划(?:期末|期间|时期|末)?"
                        r"|(?<=年)(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})年(?:中|间|里)")


# An event dated to its month: "于2001年12月", "一九八二年九月" (a year and its month, then what happened).
_MONTH_DATE = re.compile(r"(?:[0-9]{4}|[○〇零一二三四五六七八九]{4})年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}日)?"
                         r"[^，；。]{4,}")


def dated_event(clause: str) -> bool:
    """A clause that dates its event to the month ("我国于2001年12月正式加入世界贸易组织", national 2003): in a review, a
    landmark of the period reviewed, a fact without a figure — not a bare date (wt-keepold)."""
    return bool(_MONTH_DATE.search(clause)) and not _bare_date(clause)


def _bare_date(clause: str) -> bool:
    """A clause that is only a date or a span of dates ("到本世纪中叶", "从二○二○年到二○三五年"),
    perhaps after a word of resolve ("力争到本世纪中叶", "确保到2027年")."""
    return len(clause) <= 16 and len(_DATE_BITS.sub("", clause)) <= 2


# A clause that opens on when or from what it counts ("今年1到10月增加了九十五亿元", "由一九七八年的三百五十五亿元增加到……",
# "五年安排三千八百多万人就业"): its subject, if any, is the sentence's opening topic.
_DATED_OPENING = re.compile(r"(?:今年|去年|全年|近[0-9一二三四五六七八九十两]{1,2}年|[0-9一二三四五六七八九十两]{1,2}年(?:中|间|来)?"
                            r"|由(?!于)|从)")
# The longest opening topic lent that way ("基本建设投资总额", "城乡人民的储蓄存款", "在城镇中").
_TOPIC_MAX = 12
# A range clause ("由…增加到…", "从…下降到…") has no subject of its own: the clause before, of up to this many
# characters and without a figure, lends it ("城镇居民家庭人均可支配收入", 14).
_RANGE_OPENING = re.compile(r"(?:由(?!于)|从)[^，；。]{1,24}?(?:增加|上升|提高|增长|下降|减少|降低|扩大|达)?到")
_RANGE_TOPIC_MAX = 16
# A clause opening on a bare count of households or people ("96户、183人实现全部脱贫"): who they are, the clause before
# says (wt-subj3). Not a classifier before its noun ("206个“两重”项目开工建设", Zhejiang 2026): that noun is the subject.
_COUNT_OPENING = re.compile(r"(?:共|计|累计|全年)?(?:[0-9０-９]+(?:\.[0-9]+)?|[一二三四五六七八九十百千两]+)(?:多|余)?(?:万)?"
                            r"(?:户|人|名)(?![次口])")
_RANGE_FIGURE = re.compile(r"[0-9０-９]|[一二三四五六七八九十百千万亿]{2,}")


def topic_lends_subject(text: str, clauses: list[tuple[int, int]], prev: tuple[int, int] | None, s: int,
                        has_figure: bool) -> bool:
    """The clause at ``s`` opens on a date or a range ("今年…", "由…") and the clause before it is the sentence's
    short opening topic without a figure or a date of its own ("城乡人民的储蓄存款，今年1到10月增加了九十五亿元"):
    the topic is the figure's subject (national 1981, 1983)."""
    if prev is not None and has_figure and _RANGE_OPENING.match(text, s) and prev[1] - prev[0] <= _RANGE_TOPIC_MAX \
            and not _DATED_OPENING.match(text, prev[0]) and not _RANGE_FIGURE.search(text, prev[0], prev[1]):
        # "由1997年的5160元增加到2002年的7703元" says from what to what, never of what: the clause before, first
        # or not ("使消费在国民收入中的比重，由1978年的63.5%上升到今年的70%左右", 1981), names it (wt-carry-none2).
        return True
    if prev is not None and has_figure and _COUNT_OPENING.match(text, s) and prev[1] - prev[0] <= _RANGE_TOPIC_MAX \
            and not _RANGE_FIGURE.search(text, prev[0], prev[1]) and not _bare_date(text[prev[0]:prev[1]]) \
            and not _DATED_OPENING.match(text, prev[0]):
        # "精准扶贫工作按期完成，96户、183人实现全部脱贫" (Hailar 2017): a clause opening on its count says how many, not
        # of what; the short clause before, without a figure, names it (wt-subj3).
        return True
    if prev is None or not clauses or prev != clauses[0] or not has_figure or prev[1] - prev[0] > _TOPIC_MAX:
        return False
    return bool(_DATED_OPENING.match(text, s)) and not _DATED_OPENING.match(text, prev[0]) \
        and not _bare_date(text[prev[0]:prev[1]])


# A forecast's hedge, perhaps with when and a modal ("预计明年春耕时将达五十万个以上", "预计可达……", national 1954): no
# subject of its own, so what follows it is read as the clause's opening (a continuation keeps the subject before).
_FORECAST = re.compile(r"(?:预计|预期|估计)(?:[^，；。]{1,8}?时)?(?:将|可|能|会)?")


def forecast_end(text: str, s: int, e: int) -> int:
    """Where the clause ``[s, e)`` goes on after a forecast's hedge it opens with ("预计明年春耕时将" → "达…"), or ``s``."""
    m = _FORECAST.match(text, s, e)
    return m.end() if m and m.end() < e else s


def past_aside(text: str, s: int, e: int, asides: tuple[str, ...] | frozenset[str]) -> int:
    """Where the clause ``[s, e)`` goes on after an aside it opens with ("按可比价格计算增长94.9%" → "增长94.9%"), or ``s``:
    what follows an aside is read as if the clause opened there (a continuation keeps its subject before)."""
    for a in asides:
        if text.startswith(a, s, e) and s + len(a) < e:
            return s + len(a)
    return s


def _clause_lens(name: str) -> Lens | None:
    """The built-in lens whose relevance is checked clause by clause too (one with ``min_own``):
    an item is a sentence, and under the science lens its clause "整车出口突破百万辆" is not science
    although the sentence's "20多项全球首发技术装车应用" is."""
    if name not in builtin_lenses():
        return None
    lens = load_lens(name)
    return lens if lens.relevance_cues and lens.min_own > 0 else None


def _big_figures(indicators: list[Indicator], w: dict[str, float]) -> list[tuple[int, int]]:
    """Spans of the report's big amounts: a level or count in the top ``big_share`` of the
    figures with its base unit (元, 人, 亩 …) in this report, when it has at least
    ``big_min_figures`` of them — big for this report, so a district's 1.2亿元 counts as a
    province's 1833亿元 does."""
    by_unit: dict[str, list[tuple[int, int, float]]] = {}
    for ind in indicators:
        if ind.kind in ("level", "count") and ind.base_value is not None and ind.base_unit and ind.base_unit != "%":
            by_unit.setdefault(ind.base_unit, []).append((ind.start, ind.end, float(ind.base_value)))
    out = []
    for figs in by_unit.values():
        if len(figs) < w["big_min_figures"]:
            continue
        values = sorted(v for _, _, v in figs)
        cut = values[min(len(values) - 1, int(len(values) * (1 - w["big_share"])))]
        out += [(s, e) for s, e, v in figs if v >= cut]
    return sorted(out)


# A report that states its plan's tasks with 要 ("今年要积极发展……的市场", "要继续稳定和完善……责任制": national
# 1980–1999, 2010) opens this share of its plan sentences or more on it; a recent report opens a few (≤ 12%:
# "要坚持……" and the like are its lines). Read off the report's own plan, not off a cue list (wt-carry-none2).
YAO_TASK_SHARE = 0.15
_YAO_OPENING = re.compile("^[^，。；,]{0,10}(?<![重主需必首紧只纲])要(?![素求点件])")


def states_tasks_with_yao(plan_texts: list[str]) -> bool:
    """Whether ``plan_texts`` (the plan items' texts) open on 要 often enough that 要 states a task, not a line."""
    return bool(plan_texts) and sum(1 for t in plan_texts if _YAO_OPENING.search(t)) >= YAO_TASK_SHARE * len(plan_texts)


# A 要 after next year (an old report given before its plan's year) or a step of a sequence ("明年要用很大的力量进行企业的全面整顿", "首先要努力扩大消费需求":
# national 1981, 2003, whose plans open under 15% of their sentences on 要) states a task of that year or step, in
# any report: like a report that states its tasks with 要, only what follows it can make it a line (wt-keepold). Not
# 今年要: a recent report's "今年要积极发展……" stays a line unless the report states its tasks so (test_selection_yao).
_TASK_YAO = re.compile("^(?:明年|首先|其次|再次|最后|第[一二三四五六七八九十]|[一二三四五六七八九十]是)，?要")


def yao_states_task(text: str, yao_tasks: bool) -> bool:
    """Whether ``text``'s 要 opening states a task (the report states its tasks so, or the 要 follows a date or a step)."""
    return yao_tasks or bool(_TASK_YAO.match(text))


def after_yao(text: str) -> str:
    """``text`` after its opening 要 ("今年要积极发展……" → "积极发展……"), or ``text`` when it opens otherwise."""
    m = _YAO_OPENING.search(text)
    return text[m.end():] if m else text


def task_clauses(text: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``clauses`` from the first that states a task with 要 ("今年要以交通和车辆收费改革为突破口", "各级政府要停止审批
    工业建设项目", "要把物价总水平的上升幅度严格控制在……之内": national 1999, 1987), when one after the first does: in a
    report that states its tasks with 要 (:func:`states_tasks_with_yao`) the clauses before it say why or within what
    ("这是一项……的重大举措", "除……之外", "今年的改革只限于……") and the 要 clause is the task a factless plan sentence
    states. Else ``clauses`` as they are."""
    for i, (s, e) in enumerate(clauses):
        if _YAO_OPENING.search(text[s:e]):
            return clauses[i:]
    return clauses


_SO_NOT_ONLY = re.compile("不仅|不但|不只|不光")
_BUT_ALSO = re.compile("(?:而且|并且|还|也)")


def not_only_but_also(text: str, prev: tuple[int, int] | None, s: int) -> bool:
    """The clause at ``s`` is the 而且 half of a 不仅……而且…… pair whose 不仅 half is the clause before: it shares
    that clause's subject ("工农业生产总值不仅没有下降，而且将比上年增长3%以上", national 1981; wt-carry-none2)."""
    return prev is not None and bool(_BUT_ALSO.match(text, s)) and bool(_SO_NOT_ONLY.search(text, prev[0], prev[1]))


# A figure's clause whose opening names no one's measure: a sum paid, perhaps after when and a modal ("年内投资1.6亿元",
# "力争完成投资2440亿元以上", "今后三年各级政府拟投入8500亿元"), or a bare generic noun ("直接经济损失2000多亿元", "人员编制原则上
# 减一半", "总的投资额控制在550亿元左右": national 1999, 1980; Hailar). Whose sum, loss or staff it is, the clause before says
# ("……发生历史罕见的洪涝灾害，直接经济损失2000多亿元"; issue 12 item 3, wt-subj2).
_GENERIC_MEASURE = re.compile(r"(?:全年|年内|今年|当年|年度|本年度?|今后[一二三两四五六七八九十0-9]{1,2}年)?"
                              r"(?:各级政府|政府|财政)?(?:计划|力争|拟|预计|争取|累计|共)?(?:完成)?"
                              r"(?:(?:投资|投入)(?:[^，；0-9]{0,4}资金)?(?:近|约|超过|超|达到?)?(?=[0-9０-９一二三四五六七八九十两])"
                              r"|(?:直接)?(?:经济)?损失|人员编制|编制总数|总的投资额|投资总额)")
# The lender: a clause before of at most this many characters, the sentence's own (no figure, no date of its own).
_LENDER_MAX = 40
# A sentence's opening topic this short ("基本建设", "劳动就业") names the measure when only clauses without a figure
# stand between it and the generic clause.
_HEADING_TOPIC_MAX = 6


def measure_lender(text: str, clauses: list[tuple[int, int]], prev: tuple[int, int] | None, s: int, e: int,
                   figures: _Spans, hard: int) -> list[tuple[int, int]] | None:
    """The clauses that lend their subject to the figure's clause ``[s, e)`` when it opens on a generic measure
    (:data:`_GENERIC_MEASURE`): the sentence's short opening topic when only clauses without a figure stand between
    (``[topic]``, the run up to ``prev`` following it), else ``[]`` when ``prev`` alone lends it (a clause of at most
    :data:`_LENDER_MAX` characters with no figure nor bare date), else ``None`` (the clause keeps as it was cut). Only
    when the measure's figure ends its clause (a clause that goes on names what the sum pays for itself).
    ``figures``: the figure spans; the bullet stays within ``hard``."""
    def has_figure(a: int, b: int) -> bool:
        return bool(figures.within(a, b))
    figs = figures.within(s, e)      # (the measure ends its clause: "投资1.3亿元实施……工程" names what it pays for)
    if prev is None or not figs or e - figs[-1][1] > 3 or not _GENERIC_MEASURE.match(text, s, e) or has_figure(*prev) \
            or _bare_date(text[prev[0]:prev[1]]):
        return None
    i = clauses.index(prev) if prev in clauses else -1
    if i > 0:
        t0, t1 = clauses[0]
        if t1 - t0 <= _HEADING_TOPIC_MAX and e - t0 <= hard and not any(has_figure(a, b) for a, b in clauses[:i]):
            return clauses[:i]
    return [] if prev[1] - prev[0] <= _LENDER_MAX and e - prev[0] <= hard else None


_CAUSE = re.compile("由于|由於")
_UNSUBJECTED = re.compile(r"(?:今年|明年|去年|全年|仅|预计|预期|估计)")
_PURPOSE = re.compile("(?:以保证|以确保|以便|用于)")


def subject_across(text: str, clauses: list[tuple[int, int]], groups: list[list[tuple[int, int]]], figures: _Spans,
                   hard: int, before: object = None) -> list[list[tuple[int, int]]]:
    """``groups`` (the fact runs of one sentence's ``clauses``) with two subjects put back (wt-subj2):

    * a run opening on a date, 仅 or a forecast ("今年预计将达二万五千五百公里") right after a cause without a figure
      ("由于历年修复和新建了不少铁路") is the measure of the run before the cause (its subject, "铁路正线的通车里程一九四九年为
      二万一千七百公里；", national 1954), or of the cause itself when no run ends there: the cause joins it;
    * a sum paid with no payee ("今后三年各级政府拟投入8500亿元，其中……") keeps the purpose clause right after its run
      ("以保证医疗卫生体制改革的顺利推进", national 2009), which says what it pays for.

    A cause opening the sentence right after a "；" ends the one before (``before``, the item before, an object with
    ``start`` and ``end``): that one's last clause, when it holds a figure, is the run before. Each only while the
    bullet stays within ``hard``."""
    if before is not None and clauses and text[clauses[0][0] - 1:clauses[0][0]] in "；;" \
            and 0 <= clauses[0][0] - before.end <= 1:
        last = clause_spans(text, before.start, before.end)[-1:]
        if last and figures.within(*last[0]):
            return [g for g in subject_across(text, last + clauses, [last] + groups, figures, hard) if g != last]
    groups = _heading_lends(text, clauses, groups, figures, hard, before)
    out: list[list[tuple[int, int]]] = []
    for g in groups:
        i = clauses.index(g[0]) if g[0] in clauses else -1
        cause = clauses[i - 1] if i > 0 else None
        if cause and _CAUSE.match(text, cause[0]) and not figures.within(*cause) and _UNSUBJECTED.match(text, g[0][0]):
            if out and i > 1 and out[-1][-1] == clauses[i - 2] and g[-1][1] - out[-1][0][0] <= hard:
                out[-1] = out[-1] + [cause] + g
                continue
            if (not out or out[-1][-1][1] <= cause[0]) and g[-1][1] - cause[0] <= hard:
                # (…after the sentence's short opening topic: "重工业生产，由于正在调整中，今年的产值预计……", national 1981)
                topic = i == 2 and clauses[0][1] - clauses[0][0] <= _HEADING_TOPIC_MAX and not figures.within(*clauses[0]) \
                    and not out
                g = ([clauses[0]] if topic else []) + [cause] + g
        out.append(g)
    return _purposes(text, clauses, out, figures, hard)


# A level at a year's end with no subject ("一九八五年末达到一千六百二十三亿元", national 1986): what it measures, the
# heading-like sentence before names ("四是，城乡居民储蓄大幅度增加。").
_YEAR_END_LEVEL = re.compile(r"(?:[0-9]{4}|[○〇零一二三四五六七八九]{4})年(?:末|底)(?:达到|达|为|增加到|增至|突破)")
_ENUMERATION = re.compile(r"[（(][一二三四五六七八九十0-9]{1,3}[)）]")
# A heading-like sentence: its last clause, at most this long, names what the next sentence's sum pays for.
_HEADING_SENTENCE_MAX = 16


def _heading_lends(text: str, clauses: list[tuple[int, int]], groups: list[list[tuple[int, int]]], figures: _Spans,
                   hard: int, before: object) -> list[list[tuple[int, int]]]:
    """``groups`` with the sentence before lending its subject across the 。 (wt-subj3): a sentence that opens on a generic
    measure whose figure ends its clause ("全年计划投资8.6亿元，加快推进……", :data:`_GENERIC_MEASURE`) right after a short
    sentence without a figure ("让城市基础设施更完善。", Hailar 2019; "旧城区面貌要明显改善。", 2015) pays for what that one
    names: its last clause (at most :data:`_HEADING_SENTENCE_MAX` characters, no bare date) opens the bullet, within
    ``hard``. Else ``groups`` as they are."""
    if before is None or not groups or not clauses or groups[0][0] != clauses[0] \
            or clauses[0][0] != before.end or text[before.end - 1:before.end] not in "。！":
        return groups
    s, e = clauses[0]
    figs = figures.within(s, e)
    if not figs or figures.within(before.start, before.end) or not (
            (e - figs[0][1] <= 3 and _GENERIC_MEASURE.match(text, s, e)) or _YEAR_END_LEVEL.match(text, s, e)):
        # (the sum ends its clause: "投资4.17亿元实施生态环境类重点项目7个" names what it pays for itself)
        return groups
    last = clause_spans(text, before.start, before.end)[-1:]
    if not last or last[0][1] - last[0][0] > _HEADING_SENTENCE_MAX or _bare_date(text[last[0][0]:last[0][1]]) \
            or groups[0][-1][1] - last[0][0] > hard:
        return groups
    a, b = last[0]
    if (m := _ENUMERATION.match(text, a, b)) is not None:
        a = m.end()      # "（四）民生社会事业达到新水平。" lends its words, not its number
    return [[(a, b)] + groups[0]] + groups[1:]


def _purposes(text: str, clauses: list[tuple[int, int]], groups: list[list[tuple[int, int]]], figures: _Spans,
              hard: int) -> list[list[tuple[int, int]]]:
    """``groups`` with a sum paid with no payee taking the purpose clause after it (and the 其中 breakdown between)."""
    out: list[list[tuple[int, int]]] = []
    taken: set[tuple[int, int]] = set()
    for g in groups:
        if g[0] in taken:
            continue
        j = clauses.index(g[-1]) + 1 if g[-1] in clauses else len(clauses)
        parts = []
        if j < len(clauses) and text.startswith("其中", clauses[j][0]) and figures.within(*clauses[j]):
            parts, j = [clauses[j]], j + 1
        if j < len(clauses) and _GENERIC_MEASURE.match(text, *g[0]) and _PURPOSE.match(text, clauses[j][0]) \
                and not figures.within(*clauses[j]) and clauses[j][1] - g[0][0] <= hard:
            g = g + parts + [clauses[j]]
            taken.update(parts)
        out.append(g)
    return out
