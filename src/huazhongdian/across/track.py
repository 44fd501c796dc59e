"""Did last year's plans show up as this year's achievements?

For each plan unit of the year-N report, find the best evidence sentence in the review
part of the year-N+1 report, score it, and give a status.

Method (see docs/across.md):

1. Plan units: the plan/target-mode items inside the plan part (the plan sentences, each
   with its theme), else the sentences of the plan part; ``units="tasks"`` tracks the
   pipeline's tasks instead (see :func:`plan_units` for why they are not the default).
   Framing sentences (:func:`is_framing`: 做好今年政府工作，要…, list lead-ins, closing
   appeals) are no units, and are ``not_mentioned`` when passed to :func:`track_units`.
   Both parts are :func:`huazhongdian.structure.review_and_plan_spans` (the review part as
   it is, the plan part from its start to the end of the text), with fallbacks in
   :func:`part_spans`.
2. Tokens: character bigrams of the Chinese text, minus generic two-character policy words
   and bigrams holding a function character (很大, 我们), with framing formulas
   (以习近平同志为核心的党中央…) and common names (中华人民共和国, 社会主义) blanked, plus one concept token
   per related-word name (对外贸易, 进出口 → ``#外贸``), all from ``data/track_cues.toml``;
   each weighted by its inverse document frequency over the review sentences (a bigram the
   review never uses weighs most). The shortcomings paragraph (在肯定成绩的同时…, from the
   opener on), lead-ins (…主要做了以下工作。), thanks and sentences crediting the leadership
   are no evidence and are left out of the review.
3. Score of a review sentence for a plan unit: the weight of the plan tokens in its best
   clause (cut at ，；：) plus half the weight the rest of the sentence adds, divided by the
   plan's own weight capped at :data:`WEIGHT_CAP`, clipped to 1; a sentence of history or
   principle (宪法序言规定…, 只有…才…) counts :data:`PRINCIPLE_SHARE`. The best sentence is the
   evidence.
4. Status: score < :data:`MENTION_THRESHOLD` → ``not_mentioned`` (no evidence);
   otherwise ``done`` when the matched clause or the one after it reports a result (a
   completion cue such as 建成, 完成, 出台, 下调, 保持稳定 … or a figure), else ``progress``.

Measured against hand labels by ``bench/eval_track.py`` (figures in docs/across.md).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from huazhongdian.chars import HAN
from huazhongdian.datafiles import load_toml
from huazhongdian.errors import BadInput
from huazhongdian.script import fold
from huazhongdian.structure import review_and_plan_spans
from huazhongdian.types import Digest, Document, Sentence

MENTION_THRESHOLD = 0.9
DONE_THRESHOLD = 0.9
WEIGHT_CAP = 12.0
# How much a review sentence of history or principle counts (``principle`` in track_cues.toml).
PRINCIPLE_SHARE = 0.5
# How much of a review sentence's match outside its best clause counts (see track_units).
SPREAD_SHARE = 0.5
STATUSES = ("done", "progress", "not_mentioned")

_CJK_RUN = re.compile(f"[{HAN}]{{2,}}")
_FIGURE = re.compile(r"\d")
_CLAUSE_END = re.compile(r"[，,；;：:。]")
# Openers of the shortcomings paragraph: 在肯定成绩的同时 / 在看到成绩的同时 / 在总结成绩的同时 /
# 在充分肯定去年成绩的同时, 同时我们也清醒认识到, 我们也清醒地看到, 我们清醒地认识到 (2013) …
# (all seen in ../shared/corpus).
_PROBLEMS = re.compile(r"[ \t\u3000]*(在(充分)?(肯定|看到|总结)[^，,。]{0,8}(成绩|成就)[^，,。]{0,6}的同时"
                       r"|同时[，,]?我们(也|清醒)|同时也要看到|我们也?要?清醒地?(看到|认识到))")


@dataclass(frozen=True, slots=True)
class PlanUnit:
    """One thing the plan report promised: a task, a plan item or a plan sentence."""

    text: str
    start: int
    end: int
    theme: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TrackResult:
    plan: PlanUnit
    status: str  # done | progress | not_mentioned (worded by data/wording.toml, "track_status")
    score: Decimal
    evidence: Evidence | None


@dataclass(frozen=True, slots=True)
class _Cues:
    done: tuple[str, ...]
    progress: tuple[str, ...]
    stop: frozenset[str]
    function: frozenset[str]  # function characters: a bigram holding one is no content
    formula: re.Pattern[str]  # framing set phrases and common names, blanked before the bigrams are taken
    framing: re.Pattern[str]  # plan sentences that are no trackable measure
    review_framing: re.Pattern[str]  # review lead-ins and thanks, no evidence
    principle: re.Pattern[str]  # review sentences of history or principle, half weight
    related: re.Pattern[str]  # every name of a related-word concept, longest first
    concept: dict[str, str]  # name → concept


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = load_toml("track_cues.toml")
    concept = {}
    for key, names in data["related"].items():
        concept[key] = key  # the concept's own name matches first where a variant is inside it
        for name in names:
            concept.setdefault(name, key)
    names = sorted(concept, key=len, reverse=True)
    # Common proper names are blanked like the formulas, the longest first (全国人民代表大会
    # before 全国人民); the formulas come first so 全国各族人民 stays one formula.
    blanked = data["formula"] + [re.escape(n) for n in sorted(data["names"], key=len, reverse=True)]
    return _Cues(tuple(data["done"]), tuple(data["progress"]), frozenset(data["stop"]), frozenset(data["function"]),
                 re.compile("|".join(blanked)), re.compile("|".join(data["framing"])),
                 re.compile("|".join(data["review_framing"])), re.compile("|".join(data["principle"])),
                 re.compile("|".join(map(re.escape, names))), concept)


def tokens(text: str) -> frozenset[str]:
    """Character bigrams of the Chinese runs in ``text``, minus generic two-character words.

    Traditional characters are folded to simplified ones first. Bigrams rather than segmented
    words: the plan says 城市更新行动 and the review 城市更新, and a segmenter cuts the two
    differently; bigrams still share 城市/市更/更新.
    Framing formulas (以习近平同志为核心的党中央…) and very common names (中华人民共和国,
    全国人民代表大会, 社会主义) are blanked first and give no bigrams. Each
    name of a related-word concept adds the concept as one more token (``#外贸`` for 对外贸易,
    进出口, 外贸), so two names of one thing match without losing their own bigrams
    (``data/track_cues.toml``).
    """
    cues = _cues()
    # Bigrams are taken in simplified characters on both sides, so a plan in a traditional-script
    # report (1954) meets its review in the next, simplified one (fold keeps the length).
    text = cues.formula.sub(lambda m: " " * len(m.group()), fold(text))
    out = {"#" + cues.concept[m.group()] for m in cues.related.finditer(text)}
    # 的 is dropped rather than cut at: 积极的财政政策 is 积极财政政策, and keeps 极财.
    for run in _CJK_RUN.findall(text.replace("的", "")):
        for i in range(len(run) - 1):
            gram = run[i:i + 2]
            # A bigram with a function character (很大的, 我们, 这是) is grammar, not content:
            # 中小学教育已有很大的发展 must not meet 有很大数量的手工业 through 有很/很大/大的.
            if gram not in cues.stop and not (gram[0] in cues.function or gram[1] in cues.function):
                out.add(gram)
    return frozenset(out)


def is_framing(text: str) -> bool:
    """Whether a plan sentence frames the plan rather than states a measure one could track.

    Framing: a list lead-in (今年发展主要预期目标是：), the year's general requirement or
    outlook (做好今年政府工作，要…; 我国具有…优势; 只要我们…一定能…), a comment on the targets
    (提出上述预期目标，考虑了…), a closing appeal (…不懈努力！) — the ``framing`` patterns of
    ``data/track_cues.toml`` — or a sentence left with fewer than two tokens once its framing
    formulas are blanked (深入学习贯彻习近平文化思想。).

    Example: ``is_framing("做好今年政府工作，要在以习近平同志为核心的党中央坚强领导下…")`` is True.
    """
    return _is_framing(text, tokens(text))


def _is_framing(text: str, toks: frozenset[str]) -> bool:
    # Folded like the tokens, so 我們相信… (1954) is read as 我们相信….
    return len(toks) < 2 or bool(_cues().framing.search(fold(text).strip()))


def part_spans(doc: Document) -> tuple[tuple[int, int], tuple[int, int]]:
    """``(review, plan)`` character ranges of a government work report.

    The parts come from :func:`huazhongdian.structure.review_and_plan_spans` (the one
    place that reads them off the heading tree), widened for tracking: the plan runs to
    the end of the text. Without a review part the review is the first half; without a
    plan part after the review, the plan is everything after the review.
    """
    text = doc.text
    review_span, plan_span = review_and_plan_spans(doc)
    review = (review_span.start, review_span.end) if review_span is not None else (0, len(text) // 2)
    plan_start = plan_span.start if plan_span is not None and plan_span.start >= review[1] else review[1]
    return review, (plan_start, len(text))


def _within(sent: Sentence | Any, span: tuple[int, int]) -> bool:
    return span[0] <= sent.start and sent.end <= span[1]


UNIT_KINDS = ("auto", "tasks", "items", "sentences")


def plan_units(plan: Digest, kind: str = "auto") -> list[PlanUnit]:
    """What to track, all inside the plan part.

    ``kind="auto"``: the plan- and target-mode items (the plan sentences the pipeline kept,
    each with its theme), else the sentences of the plan part. ``"tasks"`` tracks the
    pipeline's tasks instead, ``"items"`` and ``"sentences"`` force the other two. Framing
    sentences (:func:`is_framing`) are left out of every kind.

    Why sentences rather than tasks by default: a task is a fragment of a sentence
    (加快构建新发展格局, 坚持稳中求进工作总基调), so it is short, often a slogan, and
    targets (国内生产总值增长5%左右) hold none; a task has too few words to be found in a
    review that phrases the same measure differently, and a sentence split into six tasks
    becomes six checklist lines. On the hand-labelled sentences the task units lose a fifth
    of the accuracy (docs/across.md).
    """
    if kind not in UNIT_KINDS:
        raise BadInput("--units", f"unknown value {kind!r}; choose one of {', '.join(UNIT_KINDS)}")
    _, span = part_spans(plan.document)
    if kind == "tasks":
        units = [PlanUnit(t.text, t.start, t.end, t.theme) for t in plan.tasks if _within(t, span)]
    else:
        units = []
        if kind in ("auto", "items"):
            units = [PlanUnit(i.text, i.start, i.end, i.theme) for i in plan.items
                     if i.mode in ("plan", "target") and _within(i, span)]
        if not units and kind != "items":
            units = [PlanUnit(s.text, s.start, s.end) for s in plan.document.sentences
                     if _within(s, span) and len(s.text) >= 6]
    # Framing is no plan one can track (做好今年政府工作，要…; …不懈努力！): see is_framing.
    return [u for u in units if not is_framing(u.text)]


def review_sentences(doc: Document) -> list[Sentence]:
    """Sentences of the review part (where achievements are reported).

    The review ends with a paragraph on shortcomings (在肯定成绩的同时…): "账款拖欠问题仍较
    突出" is about the same subject as a plan but is no evidence that it was done, so
    sentences from paragraphs that open that way are left out, from the opener on. So are
    lead-ins and thanks (…主要做了以下工作。; …表示诚挚感谢！), which report nothing.
    """
    span, _ = part_spans(doc)
    review_framing = _cues().review_framing
    out = []
    problems = -1  # the paragraph where a shortcomings opener was seen
    for s in doc.sentences:
        if not _within(s, span) or len(s.text) < 4 or s.paragraph == problems:
            continue
        # The opener may follow a first sentence (思危方能居安。在充分肯定成绩的同时…, 2019):
        # the paragraph is left out from the opener on.
        if _PROBLEMS.match(doc.text, s.start):
            problems = s.paragraph
            continue
        if review_framing.search(s.text.strip()):
            continue
        out.append(s)
    return out


@dataclass(frozen=True, slots=True)
class _Clause:
    """A clause of a review sentence (cut at ，；：。): where a match is localised."""

    sent: int  # index into the review sentences
    start: int
    end: int
    tokens: frozenset[str]


def _clauses(sents: Sequence[Sentence]) -> list[_Clause]:
    out = []
    for j, sent in enumerate(sents):
        at = 0
        for piece in _CLAUSE_END.split(sent.text):
            if piece.strip():
                out.append(_Clause(j, sent.start + at, sent.start + at + len(piece), tokens(piece)))
            at += len(piece) + 1
    return out


@dataclass
class _ReviewIndex:
    """The review part's sentences and clauses, with which of them hold each token."""

    sents: list[Sentence]
    clauses: list[_Clause]
    clause_index: dict[str, list[int]]
    sent_index: dict[str, list[int]]
    df: Counter[str]
    # A sentence's weight: history and principle count for less.
    share: list[float]

    def idf(self, tok: str) -> float:
        return math.log((len(self.sents) + 1) / (self.df.get(tok, 0) + 0.5))


def _review_index(review_doc: Document) -> _ReviewIndex:
    sents = review_sentences(review_doc)
    clauses = _clauses(sents)
    index: dict[str, list[int]] = defaultdict(list)
    for k, clause in enumerate(clauses):
        for t in clause.tokens:
            index[t].append(k)
    # A sentence's tokens are the union of its clauses' (bigrams never cross ，；：。), so
    # the text is tokenised once.
    sent_tokens: list[set[str]] = [set() for _ in sents]
    for clause in clauses:
        sent_tokens[clause.sent].update(clause.tokens)
    df: Counter[str] = Counter()
    sent_index: dict[str, list[int]] = defaultdict(list)
    for j, toks in enumerate(sent_tokens):
        df.update(toks)
        for t in toks:
            sent_index[t].append(j)
    principle = _cues().principle
    # History and principle (宪法序言规定：“…”; 只有…才能…; 必须…) are no report of the year's work.
    share = [PRINCIPLE_SHARE if principle.search(s.text) else 1.0 for s in sents]
    return _ReviewIndex(sents, clauses, index, sent_index, df, share)


def _best_sentence(ix: _ReviewIndex, weights: dict[str, float]) -> tuple[int, int, float]:
    """The review sentence that best answers a plan of these token weights: (sentence, its best
    clause, gain); sentence -1 when nothing shares a token."""
    clause_gain: dict[int, float] = defaultdict(float)
    sent_gain: dict[int, float] = defaultdict(float)
    for t, w in weights.items():
        for k in ix.clause_index.get(t, ()):
            clause_gain[k] += w
        for j in ix.sent_index.get(t, ()):
            sent_gain[j] += w
    best_clause: dict[int, int] = {}
    for k, g in clause_gain.items():
        j = ix.clauses[k].sent
        if j not in best_clause or g > clause_gain[best_clause[j]]:
            best_clause[j] = k
    # A sentence scores by its best clause plus half of what its other clauses add: the
    # words of one measure sit together in the clause that reports it, while a long
    # review sentence collects scattered plan bigrams from unrelated clauses.
    best_j, best = -1, 0.0
    for j, k in best_clause.items():
        g = ix.share[j] * (clause_gain[k] + SPREAD_SHARE * (sent_gain[j] - clause_gain[k]))
        # Ties go to the shorter sentence: the more specific evidence.
        if g > best or (g == best and best_j >= 0 and len(ix.sents[j].text) < len(ix.sents[best_j].text)):
            best_j, best = j, g
    return best_j, best_clause.get(best_j, -1), best


def track_units(units: Sequence[PlanUnit], review_doc: Document) -> list[TrackResult]:
    """Score each plan unit against the review part of ``review_doc`` (the core of :func:`track`)."""
    ix = _review_index(review_doc)
    out = []
    for unit in units:
        toks = tokens(unit.text)
        if _is_framing(unit.text, toks):
            out.append(TrackResult(unit, "not_mentioned", Decimal(0), None))
            continue
        weights = {t: ix.idf(t) for t in toks}
        # Normalise by the plan's own weight, capped: a long plan sentence bundles several
        # measures, and evidence for one of them is evidence for the plan.
        scale = min(sum(weights.values()), WEIGHT_CAP)
        best_j, best_k, best = _best_sentence(ix, weights)
        score = min(1.0, best / scale) if scale else 0.0
        if best_j < 0 or score < MENTION_THRESHOLD:
            out.append(TrackResult(unit, "not_mentioned", _dec(score), None))
            continue
        sent = ix.sents[best_j]
        focus = ix.clauses[best_k]
        # The status is read where the match is: a review sentence often reports one thing
        # done (增长9.2%) next to another merely continued (稳定工业经济运行).
        near = review_doc.text[focus.start:_clause_after(ix.clauses, best_k)]
        out.append(TrackResult(unit, classify_status(near, score), _dec(score),
                               Evidence(sent.text, sent.start, sent.end)))
    return out


def _clause_after(clauses: Sequence[_Clause], k: int) -> int:
    """End of the clause after ``k`` when it is in the same sentence (the result often follows
    the action: 推进……，设备购置投资增长15.7%), else the end of ``k``."""
    if k + 1 < len(clauses) and clauses[k + 1].sent == clauses[k].sent:
        return clauses[k + 1].end
    return clauses[k].end


def classify_status(evidence: str, score: float) -> str:
    """``done`` when ``evidence`` reports a result (a completion cue or a figure), else ``progress``.

    :func:`track_units` passes the matched clause and the one after it, not the whole sentence.
    """
    if score >= DONE_THRESHOLD and (any(c in evidence for c in _cues().done) or _FIGURE.search(evidence)):
        return "done"
    return "progress"


def track(plan: Digest, review: Digest, units: str = "auto") -> list[TrackResult]:
    """Each plan unit of ``plan`` (year N) with its evidence in ``review`` (year N+1).

    Example: ``track(digest(read("2024.txt")), digest(read("2025.txt")))[0].status``.

    Args:
        plan: the year-N report's digest.
        review: the year-N+1 report's digest.
        units: "auto" (plan items, else plan sentences), "items", "sentences" or "tasks".
    """
    return track_units(plan_units(plan, units), review.document)


def _dec(score: float) -> Decimal:
    return Decimal(str(round(score, 3)))

