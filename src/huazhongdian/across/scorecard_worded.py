"""A government work report's targets stated in words in its plan part (issue 13 item 5): a
clause without a number that names a metric and says which way it should go (力争农民收入增加,
继续压缩财政赤字, 实现进出口贸易基本平衡, 当年财政赤字和发债规模大体保持去年水平). Older reports
(the 1990s and 2000s) state most of the year's targets this way, outside any 主要预期目标 passage.

Such a clause is a ledger row with value null and the clause as its span when it names a metric the
scorecard knows (a ``[[metric]]`` word, or a ``[worded] metrics`` noun), holds a ``[worded]``
direction verb, is short, holds none of the ``[worded] not`` words (a share or structure is no
target of the year) and sits in a sentence about the year (no five-year cue). A growth or a cut
of a metric with a key takes the key, so the next report's figure answers it; a balance or a
hold (基本平衡, 与去年大体持平) keeps the clause as its metric: a growth rate does not answer it.
Words in ``data/scorecard.toml`` ``[worded]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from huazhongdian.across.scorecard_data import HEADLINE_THEME, _data, _metric_key, period_cue
from huazhongdian.datafiles import load_toml
from huazhongdian.types import Document, LedgerRow, Target

__all__ = ["worded_rows", "worded_direction", "worded_status"]

_CLAUSE = re.compile(r"[^，,；;。：:！？\n]+")
_SENTENCE_STOPS = "。！？\n"


@dataclass(frozen=True, slots=True)
class _Worded:
    #: noun → metric key ("" keeps the clause as its metric), longest first.
    metrics: tuple[tuple[str, str], ...]
    up: tuple[str, ...]
    down: tuple[str, ...]
    hold: tuple[str, ...]
    falls: tuple[str, ...]
    not_words: tuple[str, ...]
    not_start: tuple[str, ...]
    not_end: tuple[str, ...]
    compare_open: int
    opens: tuple[str, ...]
    markers: tuple[re.Pattern[str], ...]
    max_chars: int
    kinds: tuple[str, ...]
    #: a modal right after the metric noun (an adverb before it read past): the plan's clause.
    modal: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def _worded() -> _Worded:
    raw = load_toml("scorecard.toml")["worded"]
    pairs = [(w, k) for w, k in raw.get("metrics", ())]
    # Every related word of a [[metric]] names its key too (固定资产投资 → fixed_asset_investment).
    pairs += [(w, rule.key) for rule in _data().rules.values() for w in rule.words]
    pairs.sort(key=lambda p: len(p[0]), reverse=True)
    return _Worded(metrics=tuple(pairs), up=tuple(raw["up"]), down=tuple(raw["down"]), hold=tuple(raw["hold"]),
                   falls=tuple(raw.get("falls", ())),
                   not_words=tuple(raw.get("not", ())),
                   not_start=tuple(raw.get("not_start", ())) + _data().clause_not_start, not_end=tuple(raw.get("not_end", ())),
                   compare_open=int(raw.get("compare_open", 0)), opens=tuple(raw.get("opens", ())),
                   markers=tuple(re.compile(p) for p in raw.get("markers", ())), max_chars=int(raw.get("max_chars", 24)),
                   kinds=tuple(raw.get("kinds", ("gov-work-report",))), 
                   modal=re.compile("(?:{})?(?:{})".format("|".join(raw.get("modal_adverbs", ())),
                                                            "|".join(raw["modals"]))) if raw.get("modals") else None)


def _first_verb(words: str) -> int:
    """Where the clause's first direction verb starts, or -1."""
    w = _worded()
    at = [i for i in (words.find(v) for v in w.up + w.down + w.hold) if i >= 0]
    return min(at, default=-1)


def _unmarked(words: str) -> str:
    """The clause without its list marker (一是, （二）, 三要)."""
    for p in _worded().markers:
        words = p.sub("", words, count=1)
    return words


def worded_direction(text: str) -> str:
    """"up", "down", "hold" or "" — which way a worded target says its metric should go.
    A hold word decides first (大体保持去年水平 holds, though 保持 is no growth)."""
    w = _worded()
    for name, words in (("hold", w.hold), ("down", w.down), ("up", w.up)):
        if any(v in text for v in words):
            return name
    return ""


def worded_status(target_text: str, realised_text: str, kind: str) -> str | None:
    """完成 / 未完成 of a worded target against the next report's change figure, by direction: a
    growth target (增加农民收入) is met by a rise, a cut (压缩财政赤字) by a fall (the figure's own
    words: 下降3.1%, ``[worded] falls``); None for a level figure, a hold or a comparison (the
    caller's rules decide)."""
    direction = worded_direction(target_text)
    if kind != "change" or direction not in ("up", "down") or any(c in target_text for c in _data().compare):
        return None
    fell = any(v in realised_text for v in _worded().falls)
    return "完成" if fell == (direction == "down") else "未完成"


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = pos
    while start > 0 and text[start - 1] not in _SENTENCE_STOPS:
        start -= 1
    end = pos
    while end < len(text) and text[end] not in _SENTENCE_STOPS:
        end += 1
    return start, end


def _metric_of(words: str) -> tuple[str, str] | None:
    """(noun, key) of the first known metric noun in ``words``, longest noun first; None if none."""
    for noun, key in _worded().metrics:
        if noun in words:
            return noun, key
    return None


def worded_rows(doc: Document, plan: tuple[int, int], taken: list[tuple[int, int]], year: int | None,
                theme_at: Callable[[int], str] = lambda _pos: HEADLINE_THEME,
                metrics: Iterable[str] = (), figures: Iterable[tuple[int, int]] = ()) -> list[LedgerRow]:
    """The plan part's worded targets not yet taken, in report order (rules in the module docstring);
    ``theme_at`` gives a row's theme from its offset, ``metrics`` are the metrics of the rows already
    in the ledger (no second row for one of them), ``figures`` the spans of the part's numbers (a
    clause holding one, 再使粮食产量增加三千亿斤, is a plan task's, not a worded target)."""
    w = _worded()
    if doc.meta.kind not in w.kinds:
        return []
    text = doc.text
    clause_not = _data().clause_not
    rows = []
    seen = set(metrics)
    figures = list(figures)
    headline = list(taken)
    for m in _CLAUSE.finditer(text, plan[0], plan[1]):
        words = m.group().strip()
        start = m.start() + m.group().find(words)
        end = start + len(words)
        if not words or len(words) > w.max_chars or re.search(r"[\d０-９]", words):
            continue
        if any(a < end and start < b for a, b in taken + figures):
            continue
        if (any(v in words for v in w.not_words + clause_not) or words.startswith(w.not_start)
                or words.endswith(w.not_end)):
            continue
        found = _metric_of(words)
        # The verb is the clause's own, not a part of the metric's noun (经济增长方式, 增长点).
        direction = worded_direction(words.replace(found[0], "、")) if found else ""
        if found is None or not direction:
            continue
        lo, hi = _sentence(text, start)
        # A sentence, or a top section, about the five-year plan (二、…“十四五”时期主要目标任务) holds its goals.
        if period_cue(text[lo:hi], year) or any(
                period_cue(sec.text) for sec in doc.sections if sec.parent is None and sec.start <= start < sec.body_end):
            continue
        noun, key = found
        bare = _unmarked(words)
        # A statement (农民收入增长不快) names its metric before its verb and opens with no cue; a
        # modal right after the noun (职工的实际生活水平仍将有一定的提高) makes it the plan's.
        at = bare.find(noun)
        if (at < _first_verb(bare) and not bare.startswith(w.opens)
                and not (w.modal and w.modal.match(bare, at + len(noun)))
                and not any(lo <= a < hi for a, _b in headline)):
            continue
        # A balance or a hold is answered by no growth rate: the clause is its own metric; so is a
        # comparison whose metric noun does not open it (全员劳动生产率增长高于国内生产总值增长).
        compared = any(c in words for c in _data().compare) and words.find(noun) > w.compare_open
        keyed = direction != "hold" and not compared
        metric = (key or _metric_key(words[words.find(noun):]) or bare) if keyed else bare
        # One row per metric: the first statement of it (千方百计增加农民收入; not 努力增加农民收入 later),
        # and none for a metric a headline target of the report already holds.
        if metric in seen or any(metric in s or s in metric for s in seen if not s.isascii()):
            continue
        seen.add(metric)
        rows.append(LedgerRow(Target(metric=metric, year=year, value=None, low=None, high=None, unit="",
                                     qualifier=None, absent=False, text=words, start=start, end=end),
                              theme_at(start), "qualitative"))
        taken.append((start, end))
    return rows
