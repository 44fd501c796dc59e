"""Did last year's plans show up as this year's achievements?

For each plan unit of the year-N report, find the best evidence sentence in the review
part of the year-N+1 report, score it, and give a status.

Method (see docs/across.md):

1. Plan units: ``digest.tasks`` when the pipeline produced any, else plan/target-mode
   items inside the plan part, else the sentences of the plan part. Both parts are
   :func:`huazhongdian.structure.review_and_plan_spans` (the review part as it is, the
   plan part from its start to the end of the text), with fallbacks in :func:`part_spans`.
2. Tokens: character bigrams of the Chinese text, minus generic two-character policy words
   (``data/track_cues.toml``: stop), each weighted by its inverse document frequency over
   the review sentences (a bigram the review never uses weighs most). The shortcomings
   paragraph at the end of the review (在肯定成绩的同时…) is not evidence and is left out.
3. Score of a review sentence for a plan unit: the weight of the plan bigrams it contains
   divided by the plan's own weight capped at :data:`WEIGHT_CAP`, clipped to 1. The best
   sentence is the evidence.
4. Status: score < :data:`MENTION_THRESHOLD` → ``not_mentioned`` (no evidence);
   otherwise ``done`` when the evidence reports a result (a completion cue such as 建成,
   完成, 出台 … or a figure), else ``progress``.

Measured against hand labels by ``bench/eval_track.py`` (figures in docs/across.md).
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

from huazhongdian.errors import BadInput
from huazhongdian.structure import review_and_plan_spans
from huazhongdian.types import Digest, Document, Sentence

MENTION_THRESHOLD = 0.9
DONE_THRESHOLD = 0.9
WEIGHT_CAP = 12.0
STATUSES = ("done", "progress", "not_mentioned")

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_FIGURE = re.compile(r"\d")
_PROBLEMS = re.compile(r"[ \t\u3000]*(在肯定成绩的同时|同时[，,]?我们也|同时也要看到|我们也要?清醒地?看到)")


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
    status: str  # done | progress | not_mentioned
    score: Decimal
    evidence: Evidence | None


@dataclass(frozen=True, slots=True)
class _Cues:
    done: tuple[str, ...]
    progress: tuple[str, ...]
    stop: frozenset[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    raw = resources.files("huazhongdian.data").joinpath("track_cues.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    return _Cues(tuple(data["done"]), tuple(data["progress"]), frozenset(data["stop"]))


def tokens(text: str) -> frozenset[str]:
    """Character bigrams of the Chinese runs in ``text``, minus generic two-character words.

    Bigrams rather than segmented words: the plan says 城市更新行动 and the review
    城市更新, and a segmenter cuts the two differently; bigrams still share 城市/市更/更新.
    """
    stop = _cues().stop
    out = set()
    for run in _CJK_RUN.findall(text):
        for i in range(len(run) - 1):
            gram = run[i:i + 2]
            if gram not in stop:
                out.add(gram)
    return frozenset(out)


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

    ``kind="auto"``: tasks, else plan/target-mode items, else sentences; or force one of
    "tasks", "items", "sentences" (sentences were the unit of the hand-labelled evaluation).
    """
    if kind not in UNIT_KINDS:
        raise BadInput("--units", f"unknown value {kind!r}; choose one of {', '.join(UNIT_KINDS)}")
    _, span = part_spans(plan.document)
    if kind in ("auto", "tasks"):
        tasks = [t for t in plan.tasks if _within(t, span)]
        if tasks or kind == "tasks":
            return [PlanUnit(t.text, t.start, t.end, t.theme) for t in tasks]
    if kind in ("auto", "items"):
        items = [i for i in plan.items if i.mode in ("plan", "target") and _within(i, span)]
        if items or kind == "items":
            return [PlanUnit(i.text, i.start, i.end, i.theme) for i in items]
    return [PlanUnit(s.text, s.start, s.end) for s in plan.document.sentences
            if _within(s, span) and len(s.text) >= 6]


def review_sentences(doc: Document) -> list[Sentence]:
    """Sentences of the review part (where achievements are reported).

    The review ends with a paragraph on shortcomings (在肯定成绩的同时…): "账款拖欠问题仍较
    突出" is about the same subject as a plan but is no evidence that it was done, so
    sentences from paragraphs that open that way are left out.
    """
    span, _ = part_spans(doc)
    out = []
    for s in doc.sentences:
        if not _within(s, span) or len(s.text) < 4:
            continue
        para = doc.paragraphs[s.paragraph] if 0 <= s.paragraph < len(doc.paragraphs) else None
        if para is not None and _PROBLEMS.match(doc.text, para.start):
            continue
        out.append(s)
    return out


def track_units(units: Sequence[PlanUnit], review_doc: Document) -> list[TrackResult]:
    """Score each plan unit against the review part of ``review_doc`` (the core of :func:`track`)."""
    sents = review_sentences(review_doc)
    sent_tokens = [tokens(s.text) for s in sents]
    df: Counter[str] = Counter()
    index: dict[str, list[int]] = defaultdict(list)
    for j, toks in enumerate(sent_tokens):
        df.update(toks)
        for t in toks:
            index[t].append(j)
    n = len(sents)

    def idf(tok: str) -> float:
        return math.log((n + 1) / (df.get(tok, 0) + 0.5))

    out = []
    for unit in units:
        weights = {t: idf(t) for t in tokens(unit.text)}
        # Normalise by the plan's own weight, capped: a long plan sentence bundles several
        # measures, and evidence for one of them is evidence for the plan.
        scale = min(sum(weights.values()), WEIGHT_CAP)
        gained: dict[int, float] = defaultdict(float)
        for t, w in weights.items():
            for j in index.get(t, ()):
                gained[j] += w
        best_j, best = -1, 0.0
        for j, g in gained.items():
            # Ties go to the shorter sentence: the more specific evidence.
            if g > best or (g == best and best_j >= 0 and len(sents[j].text) < len(sents[best_j].text)):
                best_j, best = j, g
        score = min(1.0, best / scale) if scale else 0.0
        if best_j < 0 or score < MENTION_THRESHOLD:
            out.append(TrackResult(unit, "not_mentioned", _dec(score), None))
            continue
        sent = sents[best_j]
        out.append(TrackResult(unit, classify_status(sent.text, score), _dec(score),
                               Evidence(sent.text, sent.start, sent.end)))
    return out


def classify_status(evidence: str, score: float) -> str:
    """``done`` when the evidence reports a result (a completion cue or a figure), else ``progress``."""
    if score >= DONE_THRESHOLD and (any(c in evidence for c in _cues().done) or _FIGURE.search(evidence)):
        return "done"
    return "progress"


def track(plan: Digest, review: Digest, units: str = "auto") -> list[TrackResult]:
    """Each plan unit of ``plan`` (year N) with its evidence in ``review`` (year N+1).

    Example: ``track(digest(read("2024.txt")), digest(read("2025.txt")))[0].status``.

    Args:
        plan: the year-N report's digest.
        review: the year-N+1 report's digest.
        units: "auto" (tasks, else items, else sentences), "tasks", "items" or "sentences".
    """
    return track_units(plan_units(plan, units), review.document)


def track_to_list(results: Sequence[TrackResult]) -> list[dict[str, Any]]:
    """The contract's track JSON list."""
    return [{"plan": {"text": r.plan.text, "start": r.plan.start, "end": r.plan.end, "theme": r.plan.theme},
             "status": r.status, "score": float(r.score),
             "evidence": None if r.evidence is None else
             {"text": r.evidence.text, "start": r.evidence.start, "end": r.evidence.end}}
            for r in results]


def _dec(score: float) -> Decimal:
    return Decimal(str(round(score, 3)))
