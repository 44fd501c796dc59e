"""achievement / plan / target / other for each sentence or list item.

A report's structure says most: sentences under "2024年工作回顾" look back, sentences
under "2025年政府工作任务" look ahead, and the "主要预期目标是：…" passage states the
targets. Only where the structure is silent (a preamble, a heading that mixes
"发展成就" and "目标任务", an unstructured text) do cue words inside the sentence
decide. Cue lists live in ``data/mode_cues.toml``.

The layout of a document (its parts, headings, target zones) is computed once and
cached, because :func:`classify_mode` is called for every sentence that has a number.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Literal

from huazhongdian.chars import HAN
from huazhongdian.classify.cues import any_of
from huazhongdian.datafiles import load_toml
from huazhongdian.numerals import HEADING_ORDINAL, ORDINAL
from huazhongdian.script import matching_text
from huazhongdian.types import Document, Mode, Sentence

Part = Literal["review", "plan", "mixed", "none"]

_L1 = re.compile(rf"^[{ORDINAL}]{{1,3}}、")
_L2 = re.compile(rf"^[（(][{ORDINAL}]{{1,3}}[)）]")
# A plan outline's 第一篇 / 第三章 / 第一节: its "第一节 “十四五”时期我国发展取得重大成就" looks back.
_CHAPTER = re.compile(rf"^第[{HEADING_ORDINAL}]{{1,3}}[篇章节][\s\u3000]*[{HAN}“]")
_YEAR_HEAD = re.compile(r"^((?:19|20)\d\d)年")
_YEAR_ANY = re.compile(r"((?:19|20)\d\d)年")
_DIGIT = re.compile(r"[0-9０-９]")
_LOOKBACK = ("过去一年", "一年来", "去年", "过去五年", "五年来", "十年来")
_CACHE_SIZE = 16
_TARGET_SCORE = 4
# "X是Y" early in a sentence: a definition or a judgement ("大自然是人类赖以生存发展的基本条件").
_DEFINITION = re.compile(r"^[^。；！？]{1,24}?是")
_TIME_CUES = (("今年", 2.0), ("明年", 3.0))


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue lists of ``data/mode_cues.toml``."""

    heading_review: tuple[str, ...]
    heading_plan: tuple[str, ...]
    heading_target: tuple[str, ...]
    paragraph_other: tuple[str, ...]
    sentence_other: tuple[str, ...]
    paragraph_overcome: tuple[str, ...]
    target_zone: tuple[str, ...]
    target_words: tuple[str, ...]
    achievement: tuple[tuple[str, float], ...]
    plan: tuple[tuple[str, float], ...]
    target: tuple[tuple[str, float], ...]
    lead_plan: tuple[str, ...]
    notes: tuple[str, ...]


@cache
def load_cues() -> Cues:
    """The mode cue lists, read once from package data."""
    raw = load_toml("mode_cues.toml")
    sent = raw["sentence"]
    return Cues(
        heading_review=tuple(raw["heading"]["review"]),
        heading_plan=tuple(raw["heading"]["plan"]),
        heading_target=tuple(raw["heading"]["target"]),
        paragraph_other=tuple(raw["paragraph"]["other"]),
        sentence_other=tuple(raw["paragraph"].get("sentence_other", ())),
        paragraph_overcome=tuple(raw["paragraph"].get("overcome", ())),
        target_zone=tuple(raw["target"]["zone"]),
        target_words=tuple(raw["target"]["words"]),
        achievement=tuple((k, float(v)) for k, v in sent["achievement"].items()),
        plan=tuple((k, float(v)) for k, v in sent["plan"].items()),
        target=tuple((k, float(v)) for k, v in sent["target"].items()),
        lead_plan=tuple(raw["lead"]["plan"]),
        notes=tuple(raw.get("notes", {}).get("headings", ())),
    )


@cache
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns that find any look-back phrase, any "other" sentence cue, any target word."""
    cues = load_cues()
    return any_of(frozenset(_LOOKBACK)), any_of(frozenset(cues.sentence_other)), any_of(frozenset(cues.target_words))


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading line (or a （一）-sentence) found by the layout scan."""

    text: str
    start: int
    end: int
    level: int  # 1: 一、 / year / part headings; 2: （一）
    part: Part


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a document's parts, headings and target passages lie; built by :func:`layout`."""

    part_starts: tuple[int, ...]
    part_kinds: tuple[Part, ...]
    headings: tuple[Heading, ...]
    heading_starts: tuple[int, ...]
    section_starts: tuple[int, ...]  # governing-heading changes (L1 or L2), for section_at
    section_texts: tuple[str, ...]
    target_zones: tuple[tuple[int, int], ...]
    other_paras: tuple[tuple[int, int], ...]
    line_starts: tuple[int, ...]
    line_leads: tuple[str, ...]  # the short opening sentence of each line ("" when none)
    notes_start: int | None = None  # where the report's glossary (名词解释, 注释) begins
    zone_starts: tuple[int, ...] = ()  # target_zones' starts
    zone_reach: tuple[int, ...] = ()  # the furthest end among target_zones[:i + 1]

    def part_at(self, offset: int) -> Part:
        """The part ("review", "plan", "mixed" or "none") that governs ``offset``."""
        i = bisect_right(self.part_starts, offset) - 1
        return self.part_kinds[i] if i >= 0 else "none"

    def section_at(self, offset: int) -> str:
        """The text of the innermost heading governing ``offset`` ("" before any heading)."""
        i = bisect_right(self.section_starts, offset) - 1
        return self.section_texts[i] if i >= 0 else ""

    def lead_at(self, offset: int) -> str:
        """The short opening sentence of the line holding ``offset`` (a paragraph's topic)."""
        i = bisect_right(self.line_starts, offset) - 1
        return self.line_leads[i] if i >= 0 else ""

    def in_target_zone(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a target passage."""
        # Zones are sorted by start and may overlap: those starting before ``end`` are a
        # prefix, and one of them reaches past ``start`` when the furthest end among them does.
        k = bisect_left(self.zone_starts, end)
        return k > 0 and self.zone_reach[k - 1] > start

    def in_notes(self, offset: int) -> bool:
        """Whether ``offset`` lies in the glossary after the report (名词解释 / 注释)."""
        return self.notes_start is not None and offset >= self.notes_start

    def in_other_paragraph(self, offset: int) -> bool:
        # other_paras are lines: sorted and disjoint, so only the last one starting at or before counts.
        i = bisect_right(self.other_paras, (offset, float("inf"))) - 1
        return i >= 0 and offset < self.other_paras[i][1]


def _heading_part(text: str, cues: Cues) -> Part:
    review = any(w in text for w in cues.heading_review)
    plan = any(w in text for w in cues.heading_plan)
    if review and plan:
        return "mixed"
    return "review" if review else "plan" if plan else "none"


def _first_sentence(line: str) -> str:
    cut = line.find("。")
    return line[: cut + 1] if cut >= 0 else line


def _numbered(line: str) -> int:
    """1 for a 一、 / 第一章 heading line, 2 for a （一） line, 0 otherwise (classify's own reading)."""
    no_stop = "。" not in line[:-1] and "；" not in line
    if (_L1.match(line) or _CHAPTER.match(line)) and len(line) <= 60 and no_stop:
        return 1
    return 2 if _L2.match(line) else 0


def _scan_headings(doc: Document, cues: Cues, text: str) -> tuple[list[Heading], list[tuple[int, str]]]:
    """Headings, plus (start, line) for every non-empty line.

    Numbered headings (一、, 第一章, （一）) are the ones :mod:`huazhongdian.structure` already
    found (``doc.sections``; it also knows to skip a table of contents), kept when their line
    reads as a heading here too: a 一、 line of at most 60 characters without a full stop,
    or a （一） line cut at its first sentence. Unnumbered part headings ("2024年工作回顾",
    "2026年重点工作") are classify's own reading of the lines, since its cue words differ.
    ``text`` is the document's matching text (:func:`~huazhongdian.script.matching_text`),
    so heading and line texts are in simplified characters; offsets are ``doc.text``'s.
    """
    heads: list[Heading] = []
    for sec in doc.sections:
        stop = text.find("\n", sec.start)
        line = text[sec.start:len(text) if stop < 0 else stop].rstrip()
        level = _numbered(line)
        if level == 2:
            line = _first_sentence(line)
        if level:
            heads.append(Heading(line, sec.start, sec.start + len(line), level, _heading_part(line, cues)))
    lines: list[tuple[int, str]] = []
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
        if not _numbered(line) and len(line) <= 24 and no_stop and "，" not in line and "报告" not in line and (
            _YEAR_HEAD.match(line) or any(w in line for w in ("回顾", "工作安排", "工作任务", "重点工作", "发展成就"))
        ):
            # ("报告" marks the title line "2026年北京市政府工作报告", which opens no part.)
            heads.append(Heading(line, lstart, lstart + len(line), 1, _heading_part(line, cues)))
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
            seen_review = seen_review or part == "review"
            current = part
            parts.append((h.start, part))
        elif current in ("mixed", "none") and h.part in ("review", "plan"):
            parts.append((h.start, h.part))
        elif current in ("mixed", "none") and parts and parts[-1][1] != current:
            parts.append((h.start, current))
    return parts


def _helper_parts(doc: Document) -> list[tuple[int, Part]]:
    """The structure module's review/plan spans, when it provides them (fallback only)."""
    from huazhongdian import structure

    helper = getattr(structure, "review_and_plan_spans", None)
    if helper is None:
        return []
    review, plan = helper(doc)
    parts: list[tuple[int, Part]] = []
    for span, kind in sorted(((review, "review"), (plan, "plan")), key=lambda x: x[0].start if x[0] else -1):
        if span is not None:
            parts += [(span.start, kind), (span.end, "none")]
    return sorted(parts, key=lambda p: p[0])


def _states_problems(first: str, cues: Cues) -> bool:
    """A paragraph's first sentence names problems (清醒看到……不足), outside any clause that
    overcomes them ("面对……困难挑战，我们……" opens a results paragraph)."""
    stated = (c for c in first.split("，") if not any(w in c for w in cues.paragraph_overcome))
    return any(w in c for c in stated for w in cues.paragraph_other)


def _build_layout(doc: Document) -> Layout:
    cues = load_cues()
    # Cues are simplified words: a traditional-script report is read in its matching form
    # (same offsets), so the layout's heading and lead texts are that form too.
    text = matching_text(doc)
    heads, lines = _scan_headings(doc, cues, text)
    heads = _resolve_year_parts(doc, heads)
    parts = _parts(heads)
    if not any(kind in ("review", "plan") for _, kind in parts):
        parts = _helper_parts(doc) or parts

    zones: list[tuple[int, int]] = []
    for cue in cues.target_zone:
        for m in re.finditer(re.escape(cue), text):
            stop = text.find("。", m.end())
            zones.append((m.start(), stop + 1 if stop >= 0 else len(text)))
    for i, h in enumerate(heads):
        if any(w in h.text for w in cues.heading_target):
            nxt = next((g.start for g in heads[i + 1:] if g.level <= h.level), len(text))
            zones.append((h.start, nxt))

    zones.sort()
    layout_parts = Layout(tuple(p for p, _ in parts), tuple(k for _, k in parts), (), (), (), (), (), (), (), ())
    other: list[tuple[int, int]] = []
    line_starts: list[int] = []
    line_leads: list[str] = []
    for lstart, line in lines:
        first = _first_sentence(line)
        line_starts.append(lstart)
        line_leads.append(first if len(first) <= 40 and first.endswith("。") else "")
        if layout_parts.part_at(lstart) == "review" and _states_problems(first, cues):
            other.append((lstart, lstart + len(line)))

    return Layout(
        part_starts=layout_parts.part_starts,
        part_kinds=layout_parts.part_kinds,
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
        notes_start=next((start for start, line in lines if line in cues.notes or line.startswith("注：")), None),
    )


_layouts: OrderedDict[tuple[int, int, str, object], Layout] = OrderedDict()


def layout(doc: Document) -> Layout:
    """The document's layout, computed once per text (a small LRU keyed on the text).

    ``Document`` is a frozen slots dataclass, so nothing can be cached on it; Python
    caches a ``str``'s hash, so keying on ``hash(doc.text)`` costs nothing after the first call.
    """
    # The layout depends on the metadata too (review/plan years), and the same text read
    # under another file name can carry other metadata: key on both.
    key = (hash(doc.text), len(doc.text), doc.sha256, doc.meta)
    found = _layouts.get(key)
    if found is not None:
        _layouts.move_to_end(key)
        return found
    built = _build_layout(doc)
    _layouts[key] = built
    if len(_layouts) > _CACHE_SIZE:
        _layouts.popitem(last=False)
    return built


def cue_score(text: str, cues: tuple[tuple[str, float], ...]) -> float:
    """Sum of the weights of the cues that occur in ``text``."""
    return sum(w for cue, w in cues if cue in text)


def mode_of_text(text: str, part: Part = "none") -> Mode:
    """The mode of a sentence from its words alone, given the part it sits in.

    Example: ``mode_of_text("连续4年获评“全国工业百强区”。") == "achievement"``.
    """
    cues = load_cues()
    if part == "review":
        return "achievement"
    if part == "plan":
        # A figure with a target cue ("赤字率拟按4%左右安排") is a target outside the 预期目标 passage too.
        if _DIGIT.search(text) and cue_score(text, cues.target) >= _TARGET_SCORE:
            return "target"
        # Only a sentence that says it looks back ("过去一年…") can be an achievement here; one that
        # opens with it ("一年来，我们按照执政为民的要求……" closing the 2004 plans) is one unless it
        # also says this year or next.
        if text.startswith(_LOOKBACK) and not cue_score(text, _TIME_CUES):
            return "achievement"
        if _cue_patterns()[0].search(text) and (
                cue_score(text, cues.achievement) >= cue_score(text, cues.plan) + 3):
            return "achievement"
        # "共同富裕是…本质要求", "今年是…收官之年": a statement, not something to do.
        if _DEFINITION.match(text) and cue_score(text, cues.plan) - cue_score(text, _TIME_CUES) < 1:
            return "other"
        return "plan"
    if cue_score(text, cues.target) >= _TARGET_SCORE:
        return "target"
    back = cue_score(text, cues.achievement)
    ahead = cue_score(text, cues.plan)
    if text.startswith(cues.lead_plan):
        ahead += 2
    if back > ahead:
        return "achievement"
    if ahead > back:
        return "plan"
    return "other"


def classify_mode_at(doc: Document, start: int, end: int) -> Mode:
    """The mode of the text ``doc.text[start:end]`` (a sentence or list item)."""
    return mode_in_layout(layout(doc), matching_text(doc), start, end)


def mode_in_layout(lay: Layout, doc_text: str, start: int, end: int) -> Mode:
    """:func:`classify_mode_at` with the layout already in hand (callers looping over sentences).

    ``doc_text`` is the document's matching text (``matching_text(doc)``), which the cues are
    written for; for a simplified report that is ``doc.text`` itself.
    """
    text = doc_text[start:end]
    if lay.in_notes(start) or _cue_patterns()[1].search(text):
        return "other"
    if lay.in_target_zone(start, end) and (_DIGIT.search(text) or _cue_patterns()[2].search(text)):
        return "target"
    part = lay.part_at(start)
    if part == "review" and lay.in_other_paragraph(start):
        return "other"
    return mode_of_text(text, part)


def classify_mode(doc: Document, sent: Sentence) -> Mode:
    """Whether a sentence reports an achievement, states a plan or a target, or neither.

    Example: under "一、2024年工作回顾", ``classify_mode(doc, sent) == "achievement"``.
    """
    return classify_mode_at(doc, sent.start, sent.end)
