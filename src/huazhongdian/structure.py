"""Headings, paragraphs, sentences and list items of a normalised report; metadata via :mod:`meta`.

One pass over the lines of ``text`` finds paragraphs (one per non-empty line),
headings and sentences; a second, linear step nests the headings and assigns each
paragraph and sentence its innermost section. Every span is stripped of
surrounding whitespace and satisfies ``text[start:end] == fact.text``.
The rules are written out in ``docs/structure.md``.

Long because: paragraphs, headings and sentences come from one pass that shares its heading rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from operator import attrgetter

from huazhongdian.chars import HAN
from huazhongdian.datafiles import load_toml
from huazhongdian.meta import HeadingInfo, extract_meta, heading_cues
from huazhongdian.numerals import HEADING_ORDINAL, ORDINAL
from huazhongdian.script import matching_form
from huazhongdian.structure_topics import topic_split
from huazhongdian.types import Document, Paragraph, Section, Sentence, Span

__all__ = [
    "build_document",
    "paragraph_index_at",
    "read_review_and_plan",
    "review_and_plan_spans",
    "section_path",
    "sentence_at",
    "split_sentences",
]

_WS = " \t\u3000\xa0\u2002\u2003\u2009"
_LINE = re.compile(r"[^\n]+")
_WORDY = re.compile(r"\w")
_START = attrgetter("start")  # the bisect key of sections, paragraphs and sentences (sorted by start)

# Heading kinds, outermost first. A document's levels are these ranks compressed to
# the kinds it actually uses, so 一、 is level 1 in a work report and 第一篇 is level 1
# in a plan outline whose 一、 (if any) sits below 第一节.
_RANK_PIAN, _RANK_ZHANG, _RANK_JIE, _RANK_YEAR, _RANK_CN, _RANK_PAREN_CN, _RANK_ARABIC, _RANK_LABEL = range(8)
_RANK_OF_CHAPTER = {"篇": _RANK_PIAN, "章": _RANK_ZHANG, "节": _RANK_JIE}

_CN_NUM = f"[{HEADING_ORDINAL}]{{1,3}}"
_CHAPTER = re.compile(rf"第{_CN_NUM}([篇章节])(?=[{_WS}{HAN}“])")
_CN_HEAD = re.compile(rf"{_CN_NUM}、")
_PAREN_CN_HEAD = re.compile(rf"[（(]{_CN_NUM}[）)]")
_ARABIC_HEAD = re.compile(r"(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])")
_YEAR_LABEL = re.compile(r"(?:19|20)\d\d年[:：]")
_NUM_LABEL = re.compile(r"0\d")
_SHORT_LABEL = re.compile(rf"[{HAN}]{{2,8}}")
_SENT_PUNCT = re.compile(r"[。！？!?；;]")
_CLAUSE_PUNCT = re.compile(r"[。！？!?；;，,：:]")

# Line-leading list markers. "——" opening a dateline ("——2025年3月5日在…", "——在中国共产党…")
# is not a list marker; nor is "----" (an ASCII dateline dash).
_BULLET = re.compile(
    r"(?:[•·●■▪◆◇○□►▶√✓]|-(?![-\d])|——(?![\d在])|[①-⑳]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])"
    rf"[{_WS}]*"
)

_OPEN = "“「『（(《〈【[‘"
_CLOSE = "”」』）)》〉】]’"
_TERM = "。！？!?；;"
# Characters the sentence scanner must look at, plus inline 一是/二是 cues.
_SCAN = re.compile(rf"[“”「」『』（）()《》〈〉【】\[\]‘’\"。！？!?；;…]|(?:十[{ORDINAL[:-1]}]|[{ORDINAL}])是")
# A quote or bracket still open this many characters later was never closed (a scraping
# slip); past it, terminators split again rather than swallowing the rest of the paragraph.
_MAX_QUOTED = 300
_ORDINALS = {c: i + 1 for i, c in enumerate(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
                                              "十一", "十二", "十三", "十四", "十五", "十六", "十七",
                                              "十八", "十九"])}
# An inline 一是 must follow a boundary, not be the tail of a word (统一是, 唯一是, 之一是).
_CUE_BEFORE = set("：:，,；;。！？!?、") | set(_WS)


@dataclass(slots=True)
class _Head:
    start: int
    end: int
    rank: int
    label: str


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _WS:
        start += 1
    while end > start and text[end - 1] in _WS:
        end -= 1
    return start, end


# No sentence of a real report is longer than about 500 characters (the whole corpus: 501). A
# text that lost its punctuation (a scrape, an OCR layer) would otherwise be one sentence of
# megabytes, and every fact in it would carry, and scan, all of it.
MAX_SENTENCE = 1000
_SOFT_BREAK = re.compile(r"[，,、：:\s]")


def _soft_cut(text: str, start: int, limit: int) -> int:
    """Where to cut an over-long sentence: after the last comma (or space) in its second half."""
    best = -1
    for m in _SOFT_BREAK.finditer(text, start + MAX_SENTENCE // 2, limit):
        best = m.end()
    return best if best > start else limit


def split_sentences(text: str, start: int, end: int, marker: str = "") -> list[tuple[int, int, str]]:
    """Split ``text[start:end]`` (one paragraph) into sentences and list items.

    Splits after 。！？； (and a sentence-final ……), and before inline 一是/二是/… cues;
    never inside “…” 「…」 （…） (…) 《…》, and never at a dot (3.5%). Closing quotes
    and brackets stay with their sentence ("……。”"). A stretch longer than
    :data:`MAX_SENTENCE` with no such end is cut after its last comma (or space).

    Example: ``split_sentences("一是稳就业；二是保民生。", 0, 12)`` →
    ``[(2, 6, "一是"), (8, 12, "二是")]``.

    Args:
        text: the document text.
        start: where the paragraph (after any line-leading bullet) starts.
        end: where it ends.
        marker: the bullet that introduced the paragraph; given to the first sentence.

    Returns:
        ``(start, end, list_marker)`` per sentence, whitespace-stripped, in order; the
        marker, when any, lies before ``start``.

    Long because: it is one pass of a small state machine (quote depth, the next ordinal cue,
    the pending marker) over the paragraph; split into functions, that state would have to
    travel between them.
    """
    out: list[tuple[int, int, str]] = []
    depth = 0
    opened_at = start
    straight_open = False
    seg = start
    skip_to = start
    expected = 1  # the next inline ordinal cue we accept (一是 first)
    pending = marker

    def emit(a: int, b: int) -> None:
        nonlocal pending
        a, b = _strip(text, a, b)
        while b - a > MAX_SENTENCE:  # text without sentence punctuation: cut at a comma
            cut = _soft_cut(text, a, a + MAX_SENTENCE)
            emit(a, cut)
            a, b = _strip(text, cut, b)
        if a < b and _WORDY.search(text, a, b):
            out.append((a, b, pending))
            pending = ""

    for m in _SCAN.finditer(text, start, end):
        pos = m.start()
        if pos < skip_to:
            continue
        ch = m.group()
        if depth and pos - opened_at > _MAX_QUOTED:
            depth = 0
            straight_open = False
        if ch in _OPEN:
            if not depth:
                opened_at = pos
            depth += 1
        elif ch in _CLOSE:
            if depth:
                depth -= 1
            # "……。”" closes a quoted sentence: the boundary is after the quote.
            if depth == 0 and pos > start and text[pos - 1] in _TERM:
                stop = _run_end(text, m.end(), end)
                emit(seg, stop)
                seg = skip_to = stop
        elif ch == '"':
            # Straight quotes do not say which side they are on; alternate.
            straight_open = not straight_open
            if straight_open and not depth:
                opened_at = pos
            depth += 1 if straight_open else -1 if depth else 0
        elif ch in _TERM or ch == "…":
            if depth:
                continue
            stop = _run_end(text, m.end(), end)
            if ch == "…" and stop < end and text[stop] not in _WS:
                continue  # an ellipsis mid-sentence ("等……") does not end it
            emit(seg, stop)
            seg = skip_to = stop
        else:  # an inline ordinal cue such as 二是
            number = _ORDINALS.get(ch[:-1])
            if depth or number != expected:
                continue
            if pos > start and text[pos - 1] not in _CUE_BEFORE:
                continue
            emit(seg, pos)
            pending = ch
            seg = skip_to = m.end()
            expected += 1
    emit(seg, end)
    return out


def _run_end(text: str, pos: int, end: int) -> int:
    """Extend a sentence end over trailing closers and repeated terminators (。”）, ？！, ……)."""
    while pos < end and (text[pos] in _CLOSE or text[pos] in _TERM or text[pos] == "…"):
        pos += 1
    return pos


def _first_sentence_end(text: str, start: int, end: int) -> int:
    """End of the first sentence of a line (inline 一是 cues ignored), for sentence-headings."""
    depth = 0
    for m in _SCAN.finditer(text, start, end):
        ch = m.group()
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in "。！？!?" and not depth:
            return _run_end(text, m.end(), end)
    return end


def _heading(text: str, lines: Sequence[tuple[int, int]], i: int) -> _Head | None:
    """The heading that line ``i`` is or starts with, if any."""
    a, b = lines[i]
    line = text[a:b]
    n = len(line)
    m = _CHAPTER.match(line)
    if m and n <= 60 and not _SENT_PUNCT.search(line):
        return _Head(a, b, _RANK_OF_CHAPTER[m.group(1)], line[: m.end()].rstrip(_WS))
    if _YEAR_LABEL.fullmatch(line):
        return _Head(a, b, _RANK_YEAR, line[:-1])
    for pattern, rank in ((_CN_HEAD, _RANK_CN), (_PAREN_CN_HEAD, _RANK_PAREN_CN)):
        m = pattern.match(line)
        if m and m.end() < n:
            # "（一）大力提振消费……。促进……": the heading is the labelled first sentence.
            return _Head(a, _first_sentence_end(text, a, b), rank, m.group())
    m = _ARABIC_HEAD.match(line)
    if m and m.end() < n and n <= 40 and not _SENT_PUNCT.search(line):
        return _Head(a, b, _RANK_ARABIC, m.group())
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if i and nxt and n <= 30 and not _CLAUSE_PUNCT.search(line) and "报告" not in line \
            and not _BULLET.match(line) and any(cue.search(line) for cue in heading_cues()):
        # An unnumbered part heading ("“十四五”时期工作回顾", "2026年重点工作") sits above 一、.
        return _Head(a, b, _RANK_YEAR, "")
    if _NUM_LABEL.fullmatch(line):
        if nxt and _SHORT_LABEL.fullmatch(text[nxt[0]:nxt[1]]):
            # "01" on its own line, its name ("创新驱动") on the next: the heading is the name.
            return _Head(nxt[0], nxt[1], _RANK_LABEL, line)
        return _Head(a, b, _RANK_LABEL, line)
    if _SHORT_LABEL.fullmatch(line) and nxt and _BULLET.match(text, nxt[0]) and not _ARABIC_HEAD.match(text, nxt[0]):
        # "实力跃升" followed by bullet points: a label heading (the seed article's style).
        return _Head(a, b, _RANK_LABEL, "")
    return None


def _nest(text: str, heads: list[_Head]) -> list[Section]:
    """Levels (ranks compressed), parents and body ends for headings in document order."""
    ranks = sorted({h.rank for h in heads})
    level_of = {r: i + 1 for i, r in enumerate(ranks)}
    levels = [level_of[h.rank] for h in heads]
    parents: list[int | None] = []
    body_end = [len(text)] * len(heads)
    stack: list[int] = []
    for i, h in enumerate(heads):
        while stack and levels[stack[-1]] >= levels[i]:
            body_end[stack.pop()] = h.start
        parents.append(stack[-1] if stack else None)
        stack.append(i)
    return [Section(text=text[h.start:h.end], start=h.start, end=h.end, body_end=body_end[i],
                    level=levels[i], label=h.label, parent=parents[i]) for i, h in enumerate(heads)]


def _innermost(sections: Sequence[Section], offset: int) -> int | None:
    """Index of the innermost section whose heading starts at or before ``offset`` and whose body holds it."""
    i: int | None = bisect_right(sections, offset, key=_START) - 1
    while i is not None and i >= 0:
        if offset < sections[i].body_end:
            return i
        i = sections[i].parent
    return None


def build_document(text: str, source: str = "", sha256: str = "", filename: str = "") -> Document:
    """Build the Document (metadata, sections, paragraphs, sentences) for normalised text.

    Example: ``build_document(text, filename="2025.txt").meta.plan_year == 2025``.

    Args:
        text: normalised text (LF line endings); all offsets index it.
        source: where the text came from (a path, ``<stdin>``), kept on the Document.
        sha256: hex digest of the UTF-8 text, kept on the Document.
        filename: the file's base name; a fallback for the year and kind only.
    """
    lines = [_strip(text, m.start(), m.end()) for m in _LINE.finditer(text)]
    lines = [(a, b) for a, b in lines if a < b]
    # Heading and metadata cues are simplified words (节, 回顾, 会议): a traditional-script
    # report is read for them in its matching form, which has the same offsets.
    match = matching_form(text)
    heads: list[_Head] = []
    raw_sents: list[tuple[int, int, str, int]] = []
    in_toc = False
    label_line = -1  # a "01" label's name line, already used as its heading
    for i, (a, b) in enumerate(lines):
        if match[a:b] == "目录":
            in_toc = True
            continue
        head = None if i == label_line else _heading(match, lines, i)
        if head is not None and head.label:
            head.label = text[a:a + len(head.label)]  # every label is a prefix of its line
        if in_toc:
            if head is not None and head.end == b:
                continue  # a table-of-contents entry: neither a section nor a sentence
            in_toc = False
        if i == label_line:
            continue
        if head is not None:
            heads.append(head)
            if head.start != a:
                label_line = i + 1
            if head.end >= b or head.start != a:
                continue  # a heading line is not a sentence of its own paragraph
            raw_sents.append((head.start, head.end, "", i))
            a = head.end
        marker = ""
        m = _BULLET.match(text, a, b) if head is None else None
        if m and m.end() < b and not _YEAR_LABEL.match(text, a):
            marker = m.group().rstrip(_WS)
            a = m.end()
        raw_sents.extend((s, e, mk, i) for s, e, mk in split_sentences(text, a, b, marker))

    sections = _close_subsections(_nest(text, heads), [a for a, b in lines if _closes(match[a:b])])
    paragraphs = tuple(Paragraph(a, b, _innermost(sections, a)) for a, b in lines)
    sentences = tuple(
        Sentence(text[s:e], s, e, para, paragraphs[para].section if s == lines[para][0]
                 else _innermost(sections, s), mk)
        for s, e, mk, para in raw_sents
    )
    meta = extract_meta(match, [HeadingInfo(match[s.start:s.end], s.level) for s in sections], filename)
    at = match.find(meta.title) if match is not text and meta.title else -1
    if at >= 0:
        # A title read off the text keeps the report's own characters (論聯合政府, not 论联合政府).
        meta = replace(meta, title=text[at:at + len(meta.title)])
    return Document(text=text, meta=meta, source=source, sha256=sha256, sections=tuple(sections),
                    paragraphs=paragraphs, sentences=sentences)


# ---------------------------------------------------------------- lookups others call

def section_path(doc: Document, offset: int) -> tuple[Section, ...]:
    """Sections containing ``offset``, outermost first.

    Example: ``[s.label for s in section_path(doc, sent.start)] == ["三、", "（二）"]``.
    """
    i = _innermost(doc.sections, offset)
    path: list[Section] = []
    while i is not None:
        path.append(doc.sections[i])
        i = doc.sections[i].parent
    return tuple(reversed(path))


def sentence_at(doc: Document, offset: int) -> Sentence | None:
    """The sentence whose span ``[start, end)`` holds ``offset``, or None (between sentences)."""
    i = bisect_right(doc.sentences, offset, key=_START) - 1
    if i >= 0 and offset < doc.sentences[i].end:
        return doc.sentences[i]
    return None


def paragraph_index_at(doc: Document, offset: int) -> int | None:
    """Index of the paragraph whose span holds ``offset``, or None (on a blank line or line break)."""
    i = bisect_right(doc.paragraphs, offset, key=_START) - 1
    if i >= 0 and offset < doc.paragraphs[i].end:
        return i
    return None


_CUE_SPAN = 40


@cache
def _structure_cues() -> dict:
    return load_toml("structure_cues.toml")


@cache
def _plan_lead() -> re.Pattern[str]:
    """Words of a lead-in that announces the tasks below it (``plan_lead`` in ``data/structure_cues.toml``)."""
    return re.compile("|".join(map(re.escape, _structure_cues()["plan_lead"])))


@cache
def _closer_cues() -> tuple[frozenset[str], re.Pattern[str]]:
    raw = _structure_cues()
    return frozenset(raw.get("closers", ())), re.compile("|".join(raw.get("closer_patterns", ())) or "(?!)")


def _closes(line: str) -> bool:
    """The line ends the sub-sections open before it (``closers`` in ``data/structure_cues.toml``)."""
    whole, pattern = _closer_cues()
    return line in whole or bool(pattern.match(line))


def _close_subsections(sections: list[Section], closers: Sequence[int]) -> list[Section]:
    """A line that addresses the audience ("各位代表！") ends every sub-section open at it: what
    follows belongs to the part again, not to its last "（六）…" heading."""
    out = []
    for sec in sections:
        end = next((c for c in closers if sec.start < c < sec.body_end), None)
        out.append(replace(sec, body_end=end) if sec.parent is not None and end is not None else sec)
    return out


def _announces_tasks(match: str, head_start: int, plan_year: int | None) -> bool:
    """Whether the paragraph just above a top-level heading at ``head_start`` announces this
    year's tasks ("今年要着重做好以下八个方面工作。"), read in the matching text ``match``."""
    before = match[:head_start].rstrip(_WS + "\n")
    lead = before[before.rfind("\n") + 1:].strip(_WS)
    this_year = "今年" in lead or (plan_year is not None and f"{plan_year}年" in lead)
    return this_year and _plan_lead().search(lead) is not None


def review_and_plan_spans(doc: Document) -> tuple[Span | None, Span | None]:
    """Where the report looks back (工作回顾, 过去五年的工作) and where it plans (工作任务, 总体要求 …).

    Both are read from the outermost headings: the review part is the first top-level
    section whose heading is a review cue (or the "2024年：" block for the past year);
    the plan part runs from the first later top-level section with a plan cue (or the
    "2025年：" block for the plan year) to the end of the last top-level section
    before any further review. Either is None when the headings do not say. When no heading
    says review or plan, the paragraphs' topics move the split (:mod:`huazhongdian.structure_topics`:
    1957's review of 1956 under 二、关于社会主义建设; 1982's review inside its plan).

    This is the one reading of the coarse split: ``across.track.part_spans`` derives its
    ranges from it, and ``classify.mode`` falls back to it where its per-heading parts say
    nothing (its numbered headings are this module's ``doc.sections``).

    Components read it computed once, as ``derived(doc).review`` and ``.plan``
    (:mod:`huazhongdian.derive`); this function reads it afresh.

    Example: ``review, plan = review_and_plan_spans(doc); doc.text[plan.start:plan.end]``.
    """
    return read_review_and_plan(doc, matching_form(doc.text))


def read_review_and_plan(doc: Document, match: str) -> tuple[Span | None, Span | None]:
    """:func:`review_and_plan_spans` with the matching text ``match`` in hand (cues are simplified
    words; headings are read in that form).

    Kept at one function on purpose (about 60 lines): the rules read in order, each on what the
    previous ones found, and splitting them would scatter that order.
    """
    if doc.meta.kind == "plan":
        return None, Span(0, len(doc.text))  # a plan outline is all plan
    review_cue, plan_cue = heading_cues()
    top = [s for s in doc.sections if s.parent is None]
    heads = [match[s.start:s.end] for s in top]

    def cue(pattern: re.Pattern[str], i: int) -> bool:
        # Only the heading's opening words: a long sentence-heading can mention 主要目标 in passing.
        year = int(heads[i][:4]) if _YEAR_LABEL.fullmatch(heads[i]) else None
        wanted = doc.meta.review_year if pattern is review_cue else doc.meta.plan_year
        return bool(pattern.search(heads[i], 0, _CUE_SPAN)) or (year is not None and year == wanted)

    review_at: int | None = None
    plan_at: int | None = None
    silent: int | None = None  # set when no heading says review or plan
    for i in range(len(top)):
        is_review, is_plan = cue(review_cue, i), cue(plan_cue, i)
        if is_review and review_at is None and plan_at is None and not (is_plan and i):
            review_at = i
        elif is_plan and plan_at is None and (review_at is not None or not is_review):
            plan_at = i
    reports = ("gov-work-report", "party-congress-report")
    if review_at is None and plan_at is None and doc.meta.kind == "gov-work-report" and len(top) > 1:
        if _announces_tasks(match, top[0].start, doc.meta.plan_year):
            # 2002: the review ran unnumbered above, and "今年要着重做好以下八个方面工作" opens the plan.
            plan_at = 0
        else:
            # Headings in the report's own words (福建: 一、一年接着一年干…): a work report opens
            # with its review, unless its paragraphs say otherwise (1957, 1982: structure_topics).
            review_at = silent = 0
    if plan_at is None and review_at is not None and doc.meta.kind in reports:
        # A work report or congress report plans in what follows its review (二、对今年政府工作的建议).
        later = [i for i in range(review_at + 1, len(top)) if not review_cue.search(heads[i], 0, _CUE_SPAN)]
        plan_at = later[0] if later else None
    review = Span(top[review_at].start, top[review_at].body_end) if review_at is not None else None
    if review is not None and review_at is not None:
        # Consecutive review parts (一、世纪之交的回顾和展望 / 二、过去五年的工作) belong together.
        for k in range(review_at + 1, len(top) if plan_at is None else plan_at):
            if not review_cue.search(heads[k], 0, _CUE_SPAN):
                break
            review = Span(review.start, top[k].body_end)
    if plan_at is None:
        return review, None
    end = top[plan_at].body_end
    for k in range(plan_at + 1, len(top)):
        if review_cue.search(heads[k], 0, _CUE_SPAN):
            break
        end = top[k].body_end
    by_topic = topic_split(doc, match, top, end) if silent is not None else None
    return by_topic or (review, Span(top[plan_at].start, end))
