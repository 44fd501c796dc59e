"""What components read off a Document, computed once: :func:`derived` ``(doc)``.

Every extractor and classifier needs the same few readings of a report: the text to match
words in (script-folded for a traditional report), the review and plan parts, the passages
that announce the year's targets, and the mode classifier's finer map of parts, headings and
target zones. Each used to compute its own, some through caches keyed on objects; now
:func:`derived` builds a :class:`~huazhongdian.types.Derived` on the first call and keeps it in
the Document's private slot, so every later call, from any component, returns the same object.

The readings:

* ``matching`` / ``script`` — :func:`huazhongdian.script.matching_form` of the text, and
  "zh-Hant" when that folded it.
* ``review`` / ``plan`` — :func:`huazhongdian.structure.review_and_plan_spans`, the coarse split
  read off the top-level headings.
* ``target_passages`` — :func:`target_passages`, the one definition of the passage that states
  the year's targets; the targets extractor reads it, and so does the layout below.
* ``layout`` — the part map the mode classifier uses (:func:`build_layout`): the numbered
  headings of ``doc.sections`` plus unnumbered part headings read with the mode cues of
  ``data/mode_cues.toml``, their parts, the target zones (the same target passages, plus the
  sections under a target heading), the problem paragraphs of the review.

Example::

    >>> from huazhongdian.load import read_text
    >>> doc = read_text("一、2024年工作回顾\\n经济增长5%。\\n二、2025年工作任务\\n今年主要预期目标是：国内生产总值增长5%左右。\\n")
    >>> d = derived(doc)
    >>> d is derived(doc), d.script, d.matching is doc.text
    (True, 'zh-Hans', True)
    >>> [doc.text[s.start:s.end][:12] for s in d.target_passages]
    ['今年主要预期目标是：国内']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from huazhongdian.chars import HAN
from huazhongdian.datafiles import load_toml
from huazhongdian.numerals import DIGIT, HEADING_ORDINAL, ORDINAL
from huazhongdian.script import matching_form
from huazhongdian.structure import MAX_SENTENCE, read_review_and_plan
from huazhongdian.types import Derived, Document, Heading, Layout, Part, Span

__all__ = ["Cues", "derived", "build_layout", "load_cues", "target_passages"]


def derived(doc: Document) -> Derived:
    """The derived state of ``doc``, built on the first call and the same object on every later one."""
    found = doc._derived
    if found is None:
        found = _build(doc)
        # The one write to a Document after it is built: a cache of what its fields determine.
        object.__setattr__(doc, "_derived", found)
    return found


def _build(doc: Document) -> Derived:
    match = matching_form(doc.text)
    review, plan = read_review_and_plan(doc, match)
    # Read in the matching text (same offsets), so a traditional report's 主要預期目標 is found too.
    passages = target_passages(match)
    return Derived(matching=match, script="zh-Hans" if match is doc.text else "zh-Hant", review=review,
                   plan=plan, target_passages=passages,
                   layout=build_layout(doc, match, review, plan, passages))


# ---------------------------------------------------------------- target passages

# The sentence that announces the year's targets. 预期目标作了适当调整 is 2020's wording,
# when the usual 主要预期目标是 sentence was dropped. The optional whitespace lets a line
# break sit inside the phrase (Guangdong 2026 breaks after 主要预期目标).
# 1999 and 1997 name only the growth target: "今年的经济增长预期为7%左右", "经济增长速度的调控目标定为8%".
# 1992–1995 announce them in plain sentences: "今年计划要求，…国民生产总值增长百分之六" (1992),
# "今年国民生产总值计划增长百分之八" (1993), "今年计划国内生产总值增长百分之九" (1994),
# "宏观调控的目标是，确保物价上涨幅度…" (1995), "努力把全年零售物价上涨幅度控制在百分之十以内" (1994).
_ANCHOR = re.compile(r"(?:主要预期目标|预期目标|主要目标)\s*(?:是|为)[：:，,]?|预期目标作了适当调整"
                     r"|今年的经济增长预期为|经济增长速度的(?:宏观)?调控目标[，,]?定为"
                     r"|今年计划要求|今年(?:国民|国内)生产总值计划|今年计划(?=(?:国民|国内)生产总值)"
                     r"|宏观调控的目标是[，,]|努力把全年(?:商品)?零售物价上涨幅度"
                     # 1956 and 1958 state the year's plan figures in passing: "国家计划规定，1956年…
                     # 粮食产量将要达到3，989亿斤", "一九五八年计划粮食产量三千九百二十亿斤…的指标".
                     rf"|国家计划规定[，,](?=(?:19|20)\d\d年)|一九五[{DIGIT}]年计划(?=粮食产量)")
# An anchor that speaks about a five-year period is the plan's goal list, not this year's.
_PERIOD_GOALS = re.compile(r"十[一二三四五六]?五”|十[一二三四五六]五|五年|时期|期间|年均|规划|远景")
_SENTENCE_END = "。！？\n"
# Sentence ends inside a passage (its line break, if any, only follows the anchor's colon).
_FULL_STOPS = "。！？"
# Clause stops for looking back from an anchor: a scraped line break inside the sentence
# ("“十五五”时期经济社会发展的\n主要目标\n是：") must not hide what the sentence is about.
_CLAUSE_STOPS = "，,；;。：:！？"


def _sentence_start(text: str, pos: int, stops: str = _SENTENCE_END) -> int:
    # Never further back than the longest sentence the structure step makes: on a text
    # without punctuation, an unbounded walk back would make every anchor cost the whole text.
    floor = max(0, pos - MAX_SENTENCE)
    start = pos
    while start > floor and text[start - 1] not in stops:
        start -= 1
    return start


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _enumeration_end(text: str, start: int, end: int, stops: tuple[str, ...]) -> int:
    """Where the targets' enumeration in ``text[start:end]`` ends: before the first sentence after
    the anchor's with a ``[target] stop`` cue (the report explains the targets or turns to the
    work), else ``end``. ``start`` is the end of the anchor."""
    pos = start
    first = True
    while pos < end:
        ends = (i for i in (text.find(c, pos, end) for c in _FULL_STOPS) if i >= 0)
        stop = min(ends, default=end - 1) + 1
        if not first and any(c in text[pos:stop] for c in stops):
            return pos
        first = False
        pos = stop
    return end


def target_passages(text: str) -> tuple[Span, ...]:
    """Spans of ``text`` that announce the year's targets, in order: the one definition of the
    target passage, which the targets extractor reads its passage metrics from and the mode
    classifier takes as its target zones (``Layout.target_zones``, with the target sections).

    Each runs from the start of the sentence holding the anchor (今年发展主要预期目标是：)
    to the end of its paragraph; when the paragraph ends right after the colon
    (2010–2012 put the list on the next line), the next non-empty paragraph is included.
    It ends earlier, before the first later sentence with a ``[target] stop`` cue of
    ``data/mode_cues.toml`` ("上述主要预期目标，体现了……", "这里，着重对……作些说明"): there the
    enumeration is over and the paragraph goes on about something else.
    An anchor whose clause speaks of a five-year period ("“十五五”时期…主要目标是") opens the
    plan's goals, not this year's targets, and is skipped. ``text`` is the matching text.
    """
    stops = load_cues().passage_stop
    passages: list[tuple[int, int]] = []
    for m in _ANCHOR.finditer(text):
        start = _sentence_start(text, m.start())
        # Only the clause right before the anchor: "今年是“十五五”开局之年，…主要预期目标是"
        # is this year's list, "“十五五”时期…主要目标是" the plan's.
        if _PERIOD_GOALS.search(text, _sentence_start(text, m.start(), _CLAUSE_STOPS), m.start()):
            continue
        end = _paragraph_end(text, m.end())
        if not text[m.end():end].strip():
            nxt = end
            while nxt < len(text) and not text[nxt:_paragraph_end(text, nxt)].strip():
                nxt = _paragraph_end(text, nxt) + 1
            end = _paragraph_end(text, nxt) if nxt < len(text) else end
        end = _enumeration_end(text, m.end(), end, stops)
        if passages and start < passages[-1][1]:
            passages[-1] = (passages[-1][0], max(end, passages[-1][1]))
        else:
            passages.append((start, end))
    return tuple(Span(a, b) for a, b in passages)


# ---------------------------------------------------------------- the mode classifier's layout

_L1 = re.compile(rf"^[{ORDINAL}]{{1,3}}、")
_L2 = re.compile(rf"^[（(][{ORDINAL}]{{1,3}}[)）]")
# A plan outline's 第一篇 / 第三章 / 第一节: its "第一节 “十四五”时期我国发展取得重大成就" looks back.
_CHAPTER = re.compile(rf"^第[{HEADING_ORDINAL}]{{1,3}}[篇章节][\s\u3000]*[{HAN}“]")
_YEAR_HEAD = re.compile(r"^((?:19|20)\d\d)年")
_YEAR_ANY = re.compile(r"((?:19|20)\d\d)年")


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue lists and thresholds of ``data/mode_cues.toml``."""

    heading_review: tuple[str, ...]
    heading_review_first: tuple[str, ...]
    heading_plan: tuple[str, ...]
    heading_target: tuple[str, ...]
    part_heading: tuple[str, ...]
    paragraph_other: tuple[str, ...]
    sentence_other: tuple[str, ...]
    paragraph_overcome: tuple[str, ...]
    paragraph_problem_leads: tuple[str, ...]
    congress_overcome: tuple[str, ...]
    congress_turn: tuple[str, ...]
    congress_thesis: tuple[str, ...]
    congress_achievement: tuple[tuple[str, float], ...]
    congress_part_leads: tuple[str, ...]
    congress_situation: tuple[str, ...]
    passage_stop: tuple[str, ...]
    target_words: tuple[str, ...]
    achievement: tuple[tuple[str, float], ...]
    plan: tuple[tuple[str, float], ...]
    target: tuple[tuple[str, float], ...]
    lead_plan: tuple[str, ...]
    notes: tuple[str, ...]
    lookback: tuple[str, ...]
    time: tuple[tuple[str, float], ...]
    target_score: float


@cache
def load_cues() -> Cues:
    """The mode cue lists, read once from package data."""
    raw = load_toml("mode_cues.toml")
    sent = raw["sentence"]
    return Cues(
        heading_review=tuple(raw["heading"]["review"]),
        heading_review_first=tuple(raw["heading"].get("review_first", ())),
        heading_plan=tuple(raw["heading"]["plan"]),
        heading_target=tuple(raw["heading"]["target"]),
        part_heading=tuple(raw["heading"]["part"]),
        paragraph_other=tuple(raw["paragraph"]["other"]),
        sentence_other=tuple(raw["paragraph"].get("sentence_other", ())),
        paragraph_overcome=tuple(raw["paragraph"].get("overcome", ())),
        paragraph_problem_leads=tuple(raw["paragraph"].get("problem_leads", ())),
        congress_overcome=tuple(raw.get("congress", {}).get("overcome", ())),
        congress_turn=tuple(raw.get("congress", {}).get("turn", ())),
        congress_thesis=tuple(raw.get("congress", {}).get("thesis", ())),
        congress_achievement=tuple((k, float(v)) for k, v in raw.get("congress", {}).get("achievement", {}).items()),
        congress_part_leads=tuple(raw.get("congress", {}).get("part_leads", ())),
        congress_situation=tuple(raw.get("congress", {}).get("situation", ())),
        passage_stop=tuple(raw["target"]["stop"]),
        target_words=tuple(raw["target"]["words"]),
        achievement=tuple((k, float(v)) for k, v in sent["achievement"].items()),
        plan=tuple((k, float(v)) for k, v in sent["plan"].items()),
        target=tuple((k, float(v)) for k, v in sent["target"].items()),
        lead_plan=tuple(raw["lead"]["plan"]),
        notes=tuple(raw.get("notes", {}).get("headings", ())),
        lookback=tuple(raw["lookback"]["phrases"]),
        time=tuple((k, float(v)) for k, v in raw["lookback"]["time"].items()),
        target_score=float(raw["target"]["score"]),
    )


def _heading_part(text: str, cues: Cues) -> Part:
    if any(w in text for w in cues.heading_review_first):   # "一、“六五”计划执行情况的回顾" (1986): the plan carried out
        return "review"
    review = any(w in text for w in cues.heading_review)
    plan = any(w in text for w in cues.heading_plan)
    if review and plan:
        return "mixed"
    return "review" if review else "plan" if plan else "none"


def _congress_topic_part(line: str, part: Part, cues: Cues) -> Part:
    """The part a pre-1978 congress's topic heading opens ("关于九大路线", "关于粉碎林彪反党集团的胜利", "关于形势和
    任务", 1973; data ``[congress] part_leads``): one naming neither review nor plan, or the situation with the
    tasks (``situation``: the world situation is argued before the tasks are set), is mixed — its sentences'
    own cues decide (the first still opens the review, :func:`_congress_opens_review`); not plan, as an untitled
    chapter after the review would be."""
    if part == "none" or (part == "plan" and any(w in line for w in cues.congress_situation)):
        return "mixed"
    return part


def _situation_and_tasks(line: str, cues: Cues) -> bool:
    """A congress's untitled chapter line that names the situation and the tasks ("形势和任务", 1977; data
    ``[congress] situation`` and ``heading.plan``): a part heading like "关于形势和任务" (1973)."""
    return len(line) <= 12 and any(w in line for w in cues.congress_situation) and any(
        w in line for w in cues.heading_plan)


def _first_sentence(line: str) -> str:
    cut = line.find("。")
    return line[: cut + 1] if cut >= 0 else line


def _numbered(line: str) -> int:
    """1 for a 一、 / 第一章 heading line, 2 for a （一） line, 0 otherwise (classify's own reading)."""
    no_stop = "。" not in line[:-1] and "；" not in line
    if (_L1.match(line) or _CHAPTER.match(line)) and len(line) <= 60 and no_stop:
        return 1
    return 2 if _L2.match(line) else 0


def _bare_heading(line: str) -> bool:
    """A short line without a stop or a comma: how an unnumbered part heading reads."""
    return len(line) <= 24 and "。" not in line and "；" not in line and "，" not in line


def _scan_headings(doc: Document, cues: Cues, text: str) -> tuple[list[Heading], list[tuple[int, str]]]:
    """Headings, plus (start, line) for every non-empty line.

    Numbered headings (一、, 第一章, （一）) are the ones :mod:`huazhongdian.structure` already
    found (``doc.sections``; it also knows to skip a table of contents), kept when their line
    reads as a heading here too: a 一、 line of at most 60 characters without a full stop,
    or a （一） line cut at its first sentence. Unnumbered part headings ("2024年工作回顾",
    "2026年重点工作") are the classifier's own reading of the lines (``heading.part`` in
    ``data/mode_cues.toml``), since its cue words differ. ``text`` is the matching text, so
    heading and line texts are in simplified characters; offsets are ``doc.text``'s.
    """
    heads: list[Heading] = []
    congress = doc.meta.kind == "party-congress-report"
    unnumbered = not congress and not any(_L1.match(sec.label) or _CHAPTER.match(sec.label) for sec in doc.sections)
    for sec in doc.sections:
        stop = text.find("\n", sec.start)
        line = text[sec.start:len(text) if stop < 0 else stop].rstrip()
        level = _numbered(line)
        if level == 2:
            line = _first_sentence(line)
        part = _heading_part(line, cues)
        if not level and unnumbered and sec.level == 1 and part != "none" and _bare_heading(line):
            # An unnumbered chapter the structure found ("今后五年的主要任务", national 1983) opens its part as a
            # numbered one does, though its words are no part cue of the line scan below — in a report without
            # 一、 chapters (beside them, "主要预期目标" is a sub-heading: Guangdong 2026).
            level = 1
        if level:
            heads.append(Heading(line, sec.start, sec.start + len(line), level, part))
    lines: list[tuple[int, str]] = []
    seen = {h.start for h in heads}
    pos = 0
    for raw in text.split("\n"):
        start = pos
        pos += len(raw) + 1
        line = raw.strip()
        if not line:
            continue
        lstart = start + (len(raw) - len(raw.lstrip()))
        lines.append((lstart, line))
        no_stop = "。" not in line[:-1] and "；" not in line
        if lstart in seen:
            continue
        if not _numbered(line) and len(line) <= 24 and no_stop and "，" not in line and "报告" not in line and (
            _YEAR_HEAD.match(line) or any(w in line for w in cues.part_heading)
            or (congress and line.startswith(cues.congress_part_leads) and not line.endswith(("！", "：")))
            or (congress and _situation_and_tasks(line, cues))
        ):
            # ("报告" marks the title line "2026年北京市政府工作报告", which opens no part.)
            part = _heading_part(line, cues)
            if congress and line.startswith(cues.congress_part_leads):
                part = _congress_topic_part(line, part, cues)
            heads.append(Heading(line, lstart, lstart + len(line), 1, part))
    heads.sort(key=lambda h: h.start)
    return heads, lines


def _resolve_year_parts(doc: Document, heads: list[Heading]) -> list[Heading]:
    """Give year headings without a cue word ("2024年：", "三、2026年主要工作") a part: the report's
    review year looks back, its plan year ahead; failing those, the earlier of two years looks back."""
    years = {int(m.group(1)) for h in heads if h.level == 1 and (m := _YEAR_ANY.search(h.text))}
    out = []
    for h in heads:
        m = _YEAR_ANY.search(h.text) if h.level == 1 else None
        if m and h.part == "none":
            year = int(m.group(1))
            if doc.meta.review_year == year or (not doc.meta.review_year and len(years) > 1 and year < max(years)):
                h = Heading(h.text, h.start, h.end, h.level, "review")
            elif doc.meta.plan_year == year or (len(years) > 1 and year == max(years)):
                h = Heading(h.text, h.start, h.end, h.level, "plan")
        out.append(h)
    return out


def _congress_opens_review(heads: list[Heading]) -> list[Heading]:
    """A party congress's report opens with its review whatever its first part is called ("一、十四年伟大
    实践的基本总结", 1992; "一、历史性成就和这次大会的任务", 1987, which names the tasks after nine years of
    results): a first level-1 heading without a cue or with both looks back (and the untitled parts after
    it then look ahead, :func:`_parts`). One that names only tasks ("一、历史性的转变和新的伟大任务", 1982:
    six years' results, then the new period's general task) looks back too, when it is the report's chapter 一
    (not an excerpt's "三、……使命任务") and no later heading looks back."""
    top = [i for i, h in enumerate(heads) if h.level == 1]
    if not top or heads[top[0]].part not in ("none", "mixed", "plan"):
        return heads
    if heads[top[0]].part == "plan" and (not heads[top[0]].text.startswith(("一、", "第一"))
                                         or any(heads[i].part in ("review", "mixed") for i in top[1:])):
        return heads
    h = heads[top[0]]
    return heads[:top[0]] + [Heading(h.text, h.start, h.end, h.level, "review")] + heads[top[0] + 1:]


def _parts(heads: list[Heading]) -> list[tuple[int, Part]]:
    """Part boundaries from level-1 headings; level-2 headings refine only mixed or silent parts."""
    parts: list[tuple[int, Part]] = []
    seen_review = False
    current: Part = "none"
    for h in heads:
        if h.level == 1:
            part = h.part
            if part == "none" and seen_review:
                # After the look-back part, an untitled chapter ("开辟…新境界") looks ahead.
                part = "plan"
            # (A part that reviews and plans, "一、历史性成就和这次大会的任务" (1987), looks back too.)
            seen_review = seen_review or part in ("review", "mixed")
            current = part
            parts.append((h.start, part))
        elif current in ("mixed", "none") and h.part in ("review", "plan"):
            parts.append((h.start, h.part))
        elif current in ("mixed", "none") and parts and parts[-1][1] != current:
            parts.append((h.start, current))
    return parts


def _report_opens_review(heads: list[Heading]) -> list[Heading]:
    """A government work report opens with its review: a first level-1 heading without a cue ("一、国民经济在调整、
    改革、整顿、提高中取得的进展", national 1980, before "二、1981年国民经济计划的任务和主要指标") looks back when a
    later level-1 heading plans (its "1979年农业总产值比1978年增长8.6%" carries no cue of its own)."""
    top = [i for i, h in enumerate(heads) if h.level == 1]
    if not top or heads[top[0]].part != "none" or not any(heads[i].part == "plan" for i in top[1:]):
        return heads
    h = heads[top[0]]
    return heads[:top[0]] + [Heading(h.text, h.start, h.end, h.level, "review")] + heads[top[0] + 1:]


def _coarse_parts(review: Span | None, plan: Span | None) -> list[tuple[int, Part]]:
    """The structure's review/plan spans as part boundaries (the fallback when headings say nothing)."""
    parts: list[tuple[int, Part]] = []
    for span, kind in sorted(((review, "review"), (plan, "plan")), key=lambda x: x[0].start if x[0] else -1):
        if span is not None:
            parts += [(span.start, kind), (span.end, "none")]
    return sorted(parts, key=lambda p: p[0])


def _states_problems(first: str, cues: Cues, congress: bool = False) -> bool:
    """A paragraph's first sentence names problems (清醒看到……不足), outside any clause that
    overcomes them ("面对……困难挑战，我们……" opens a results paragraph; in a party-congress report
    also "……已就解决香港和澳门问题达成协议")."""
    overcome = cues.paragraph_overcome + (cues.congress_overcome if congress else ())
    stated = (c for c in first.split("，") if not any(w in c for w in overcome))
    return any(w in c for c in stated for w in cues.paragraph_other)


def _problems_end(line: str, cues: Cues, congress: bool) -> int:
    """Where a problem paragraph's problems end: at its end, or in a party-congress report at the
    sentence that turns to results ("……困难和问题……。但是总起来说，……提高最快的十四年")."""
    if congress:
        turns = [i + 1 for i in range(len(line)) if line[i] == "。" and line.startswith(cues.congress_turn, i + 1)]
        if turns:
            return turns[0]
    return len(line)


def _target_zones(text: str, cues: Cues, heads: list[Heading],
                  passages: tuple[Span, ...]) -> list[tuple[int, int]]:
    """The target passages (:func:`target_passages`, the one definition) and target sections (a
    ``heading.target`` heading to the next heading of its level or above), sorted."""
    zones: list[tuple[int, int]] = [(s.start, s.end) for s in passages]
    for i, h in enumerate(heads):
        if any(w in h.text for w in cues.heading_target):
            nxt = next((g.start for g in heads[i + 1:] if g.level <= h.level), len(text))
            zones.append((h.start, nxt))
    return sorted(zones)


def build_layout(doc: Document, text: str, review: Span | None, plan: Span | None,
                 passages: tuple[Span, ...]) -> Layout:
    """The mode classifier's layout of ``doc``, read in its matching text ``text``; ``review`` and
    ``plan`` are the coarse parts, used where the headings name no part; ``passages`` are the
    target passages (``derived(doc).target_passages``), which become its target zones."""
    cues = load_cues()
    heads, lines = _scan_headings(doc, cues, text)
    heads = _resolve_year_parts(doc, heads)
    congress = doc.meta.kind == "party-congress-report"
    if congress:
        heads = _congress_opens_review(heads)
    parts = _parts(heads if congress else _report_opens_review(heads))
    if not any(kind in ("review", "plan") for _, kind in parts):
        parts = _coarse_parts(review, plan) or parts
    zones = _target_zones(text, cues, heads, passages)
    parted = Layout(tuple(p for p, _ in parts), tuple(k for _, k in parts), (), (), (), (), (), (), (), ())
    other: list[tuple[int, int]] = []
    line_starts: list[int] = []
    line_leads: list[str] = []
    for lstart, line in lines:
        first = _first_sentence(line)
        line_starts.append(lstart)
        line_leads.append(first if len(first) <= 40 and first.endswith("。") else "")
        if (parted.part_at(lstart) == "review" and _states_problems(first, cues, congress)) \
                or line.startswith(cues.paragraph_problem_leads):
            other.append((lstart, lstart + _problems_end(line, cues, congress)))
    return Layout(
        part_starts=parted.part_starts,
        part_kinds=parted.part_kinds,
        headings=tuple(heads),
        heading_starts=tuple(h.start for h in heads),
        # The latest heading is the innermost: a level-1 heading supersedes the previous （一）.
        section_starts=tuple(h.start for h in heads),
        section_texts=tuple(h.text for h in heads),
        target_zones=tuple(zones),
        zone_starts=tuple(s for s, _ in zones),
        zone_reach=tuple(accumulate((e for _, e in zones), max)),
        other_paras=tuple(other),
        line_starts=tuple(line_starts),
        line_leads=tuple(line_leads),
        congress=congress,
        year=doc.meta.year,
        notes_start=next((start for start, line in lines if line in cues.notes or line.startswith("注：")), None),
    )
