"""Step 4 of the indicator grammar: what each figure is about (its metric), 分别 lists and
follow-on figures, and the metric put back in the report's own characters."""

from __future__ import annotations

import re

from huazhongdian.extract.indicator_grammar import Grammar
from huazhongdian.extract.indicator_hit import CLAUSE_BREAK, RIGHT_CLAUSE, Hit, start_of_clause
from huazhongdian.numerals import DIGIT, YEAR_NUMERAL

_TRAILING_BASE = re.compile(rf"比(?:上年|去年|年初|同期|{YEAR_NUMERAL}年)(?:预算|同期|末)?$")
# 电力一百零八亿度，等于一九四九年的二点五倍: the base year a multiple is measured against is
# not the subject; with it trimmed off, the figure takes its neighbour's metric (电力).
_BASE_OF = re.compile(rf"(?:将|可以|也|又|已经|已)*(?:等于|相当于|达到|为)"
                      rf"(?:{YEAR_NUMERAL}年|上年|去年)的?$")


def restore_metrics(text: str, orig: str, hits: list[Hit]) -> None:
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


def follow_on(text: str, hits: list[Hit]) -> None:
    """实际增长9.8%和8.5%: a bare figure joined by 和/、 to a change in the same unit is one too."""
    for prev, hit in zip(hits, hits[1:]):
        if (hit.direction is None and prev.kind == "change" and prev.direction is not None
                and hit.unit == prev.unit and hit.kind == "level" and hit.start == hit.num_start
                and text[prev.end : hit.start] in ("和", "、", "及")):
            hit.direction, hit.kind = prev.direction, "change"


def assign_lists(text: str, hits: list[Hit]) -> None:
    """分别 lists: consecutive hits separated only by 、/和/nothing after a 分别 in the clause."""
    i = 0
    while i < len(hits):
        clause_start = start_of_clause(text, hits[i].start)
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


def assign_metrics(g: Grammar, text: str, hits: list[Hit]) -> None:
    prev_end = 0
    group_subjects: list[str] = []
    for k, hit in enumerate(hits):
        clause_start = max(start_of_clause(text, hit.start), prev_end)
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
            hit.metric = _trim_metric(g, _past_aside(text, clause_start, left))
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
        if (not hit.metric and k > 0 and not _trim_metric(g, CLAUSE_BREAK.sub("", between))
                and (not CLAUSE_BREAK.search(between) or left.strip() or hit.start < hit.num_start)):
            # 国内生产总值达到134.9万亿元、增长5%: a bare follow-on figure is about the same metric
            hit.metric = hits[k - 1].metric
        if not hit.metric and hit.kind in ("count", "first", "streak"):
            hit.metric = _right_subject(g, text, hit.end, hit.kind)
        prev_end = hit.end


def _past_aside(text: str, clause_start: int, left: str) -> str:
    """A clause that opens with 的 right after a parenthesis (全国基本建设（包括经济、文教、行政各方面的
    基本建设）**的投资**共有140亿元) names its figure with the words before the aside: those words and
    the clause (全国基本建设的投资); any other clause is itself."""
    if not left.startswith("的") or clause_start < 1 or text[clause_start - 1] not in "）)":
        return left
    opening = max(text.rfind("（", 0, clause_start - 1), text.rfind("(", 0, clause_start - 1))
    if opening < 0:
        return left
    head = text[start_of_clause(text, opening):opening]
    return head + left if head.strip() else left


def _earlier_list_metric(hits: list[Hit], k: int) -> str:
    idx = hits[k].list_index
    for j in range(k - 1, -1, -1):
        if hits[j].list_index == idx and hits[j].metric and j < k - idx:
            return hits[j].metric
    return ""


def _right_subject(g: Grammar, text: str, pos: int, kind: str | None = None) -> str:
    """158名学者入选…: a count at the start of a clause is about the noun that follows it.

    A streak (连续3年入选全国科技城百强榜) is about the whole predicate that follows.
    """
    m = (RIGHT_CLAUSE if kind == "streak" else g.right_stop).search(text, pos)
    stop = m.start() if m else len(text)
    subject = text[pos:stop][:16].strip().lstrip("的").rstrip("和与及的新")
    return subject if len(subject) >= 2 else ""


_LEADING_YEAR = re.compile(rf"^(?:(?:(?:19|20)[0-9]{{2}}|[一二][{DIGIT}0]{{3}})年(?:底|末|初|以来|全年)?)+")


# 进出口贸易总额一九九○年(比一九八五年)增长百分之四十: the year a figure is of is its period, not its subject;
# a goal's year (人均国内生产总值到二〇二〇年 比二〇〇〇年翻两番) stays, the cards read it (render/cards.py).
_TRAILING_YEAR = re.compile(rf"(?<=[^{DIGIT}0-9到至]){YEAR_NUMERAL}年(?:底|末)?$")


def _trim_metric(g: Grammar, left: str) -> str:
    s = left.strip()
    for _ in range(3):
        s = g.trim_tail.sub("", s)
        s = _LEADING_YEAR.sub("", g.trim_head.sub("", _TRAILING_BASE.sub("", _BASE_OF.sub("", s))))
        s = _TRAILING_YEAR.sub("", s)
    return s[-24:]
