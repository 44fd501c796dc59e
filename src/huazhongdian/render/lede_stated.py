"""The lede of a report that states no 总体要求 or 主题: the line it states in its own words (issue 12, item 4).

An old national government work report names its centre as the year's or the plan period's 主要任务 ("1981年发展国民
经济的主要任务，是继续贯彻执行调整、改革、整顿、提高的方针", 1980), its 经济工作的重点 (1992, 1993), its 主题 and
主线 (2011), the 过渡时期的总任务 (1954): the first cue of ``data/lede_stated.toml`` found outside the review gives
the lede, its sentence from the cue's clause on up to ``[lede] max_chars``. Else the 方针 it names most (at least
``line_min`` times, "扩大内需的方针" in 2000), in the first plan clause that sets it as a task.

:func:`fragment` says whether a lede would open on a fragment ("是关系对外开放前途的重大战略问题", 1986; "依靠全國
人民的支持…", 1954): no lede of any kind is one (render/lede.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from huazhongdian.datafiles import load_toml
from huazhongdian.render.news_value import cues, patterns
from huazhongdian.render.selection import clause_spans
from huazhongdian.types import Digest

__all__ = ["fragment", "stated_lede"]


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = load_toml("lede_stated.toml")
    return {"fragment": re.compile("|".join(f"(?:{p})" for p in raw["fragment_openings"])),
            "cues": tuple(re.compile(c) for c in raw["cues"]),
            "dangling": re.compile(raw["dangling"]), "verbs": raw["line_verbs"], "line_min": int(raw["line_min"]),
            "line_items": int(raw["line_items"])}


def fragment(clause: str) -> bool:
    """Whether a lede clause opens on a fragment: 是, 的, a conjunction, 依靠 (``fragment_openings``)."""
    return bool(_data()["fragment"].search(clause.lstrip("　 \n")))


def stated_lede(digest: Digest) -> tuple[tuple[int, int], ...]:
    """The report's stated line as one span, ``()`` when it states none (or is a party congress's report)."""
    if digest.document.meta.kind == "party-congress-report":
        return ()
    return _cued_line(digest) or _named_line(digest)


def _allowed(digest: Digest, at: int, review: bool = False):
    """The sentence holding ``at`` when a stated line may stand there: not a 指导思想 sentence; with ``review``, not
    in the review either (a cue's own words are forward: an old report's 主要任务 is often taken for the review)."""
    text = digest.document.text
    if review and any(i.start <= at < i.end and i.mode == "achievement" for i in digest.items):
        return None
    sent = next((s for s in digest.document.sentences if s.start <= at < s.end), None)
    if sent is None or any(w in text[sent.start:sent.end] for w in cues().lede_not):
        return None
    return sent


def _cued_line(digest: Digest) -> tuple[tuple[int, int], ...]:
    text = digest.document.text
    for cue in _data()["cues"]:
        for m in cue.finditer(text):
            sent = _allowed(digest, m.start())
            if sent is None:
                continue
            if not text[m.end():sent.end].strip("：:，。 \n"):
                # "第七个五年计划草案提出的基本任务是：" ends its sentence: the task is the next one (its first item)
                nxt = _next_block(text, sent.end)
                span = _from_clause(text, nxt, nxt, nxt, text.find("。", nxt)) if nxt < len(text) else None
            else:
                span = _from_clause(text, m.start(), m.end(), sent.start, sent.end)
            if span:
                return (span,)
    return ()


def _named_line(digest: Digest) -> tuple[tuple[int, int], ...]:
    d = _data()
    text = digest.document.text
    counts: dict[str, int] = {}
    for m in re.finditer(d["verbs"] + "了?([^，。；：“”]{2,14}?)的方[针針]", text):
        name = m.group(1).lstrip("的")
        if len(name) >= 2 and name not in counts:
            counts[name] = text.count(name + "的方针") + text.count(name + "的方針")
    # named line_min times, or a 方针 of line_items parts or more ("调整、改革、整顿、提高", 1982)
    fits = [n for n in counts if counts[n] >= d["line_min"] or n.count("、") + 1 >= d["line_items"]]
    best = max(fits, key=lambda n: counts[n], default=None)
    if best is None:
        return ()
    plan = [(i.start, i.end) for i in digest.items if i.mode in ("plan", "target")]
    found = []
    for m in re.finditer(d["verbs"] + "了?的?" + re.escape(best) + "的方[针針]", text):
        sent = _allowed(digest, m.start(), review=True)
        if sent is None or any(h.start <= m.start() < h.end for h in digest.document.sections):
            continue      # not a heading ("二、坚持实行扩大内需的方针")
        span = _from_clause(text, m.start(), m.end(), sent.start, sent.end)
        if span:
            found.append((not any(a <= m.start() < b for a, b in plan), m.start(), span))
    return (min(found)[2],) if found else ()


def _next_block(text: str, at: int) -> int:
    """Where the words after ``at`` start, past blanks and a list ordinal ("（一）", "一、")."""
    while at < len(text) and text[at] in " 　\n":
        at += 1
    m = re.match(r"[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、", text[at:at + 6])
    return at + (m.end() if m else 0)


def _from_clause(text: str, at: int, cue_end: int, start: int, end: int) -> tuple[int, int] | None:
    """The clauses of ``text[start:end]`` from the one holding ``at``, through the one that completes the cue
    ("……的主要任务，" + "是继续贯彻执行……"), then on up to ``max_chars``, stopping before a fragment or slogan
    clause; ``None`` when it opens on a fragment, holds a list lead ("是要着重抓好以下的十项工作") or is too long."""
    clauses = [c for c in clause_spans(text, start, end) if c[1] > at]
    if not clauses:
        return None
    p, limit = patterns(), cues().lede_max
    s, e = clauses[0]
    if fragment(text[s:e]):
        return None
    for cs, ce in clauses:
        own = cs < cue_end     # the cue's clauses ("……的主要任务，是继续……" ends on 是)
        if own and p.lede_tail_not.search(text[cs:ce]):
            return None
        if not own and (ce - s > limit or fragment(text[cs:ce]) or p.lede_tail_not.search(text[cs:ce])):
            break
        e = ce
    kept = [c for c in clauses if c[1] <= e]
    while len(kept) > 1 and kept[-1][0] >= cue_end and _data()["dangling"].search(text[slice(*kept[-1])]):
        kept.pop()      # not a dangling lead-in ("力争在五年或者更长一些的时间内")
    e = kept[-1][1]
    return (s, e) if e - s <= limit else None
