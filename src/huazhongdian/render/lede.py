"""The lede of a 划重点: the report's own key formulation, as spans (issue 12, item 4).

The first lede cue found (主题是, 中心任务, 总体要求…, ``data/news_value.toml`` [lede]) names the
sentence; its clauses up to ``lede.max_chars`` are the lede — the 总体要求's core at its end, a
主题 / 中心任务 sentence from its start past any purpose lead and modal (实现上述目标，必须…). A
sentence holding the 指导思想 is never the lede. No cue: no lede (the view names the top term).
"""

from __future__ import annotations

from huazhongdian.render.news_value import cues, patterns
from huazhongdian.render.selection import clause_spans
from huazhongdian.types import Digest

__all__ = ["lede_spans"]


def lede_spans(digest: Digest) -> tuple[tuple[int, int], ...]:
    """The report's own key formulation: the clauses after the first lede cue found (主题是,
    中心任务, 总体要求…), up to ``max_chars``; else nothing (the view then names the top term)."""
    k = cues()
    doc = digest.document
    text = doc.text
    for cue, at, sent in _lede_candidates(digest):
        start = at + len(cue)
        end = sent.end if sent else text.find("。", start)
        if end < 0:
            end = len(text)
        while start < end and text[start] in "：:，":
            start += 1
        clauses = clause_spans(text, start, end)
        if not clauses:
            continue
        # The 总体要求 ends on its core ("推动…增长，保持社会和谐稳定，实现'十五五'良好开局");
        # a 主题 / 中心任务 sentence starts on it.
        tail = "总体要求" in cue or "做好" in cue
        picked: list[tuple[int, int]] = []
        if tail:
            # …but not on a slogan ("奋力谱写中国式现代化辽宁篇章", "以优异的成绩迎接……胜利召开")
            while len(clauses) > 1 and patterns().lede_tail_not.search(text[clauses[-1][0]:clauses[-1][1]]):
                clauses.pop()
        for s, e in (reversed(clauses) if tail else clauses):
            if picked and (max(e, picked[0][1]) - min(s, picked[0][0])) > k.lede_max:
                break
            picked.append((s, e))
        s, e = min(p[0] for p in picked), max(p[1] for p in picked)
        if cue in ("中心任务", "首要任务"):
            s = _past_purpose_lead(text, max(text.rfind("。", 0, at) + 1, sent.start if sent else 0), at)
        return ((s, e),)
    return ()


def _lede_candidates(digest: Digest):
    """(cue, where, sentence) for every occurrence of each lede cue, in the cues' order — not in a
    sentence that holds a ``lede.not_in`` word (the 指导思想: "坚持以……为指导")."""
    k = cues()
    doc = digest.document
    text = doc.text
    for cue in k.lede_cues:
        at = text.find(cue)
        while at >= 0:
            sent = next((s for s in doc.sentences if s.start <= at < s.end), None)
            if sent is None or not any(w in text[sent.start:sent.end] for w in k.lede_not):
                yield cue, at, sent
            at = text.find(cue, at + len(cue))


def _past_purpose_lead(text: str, s: int, at: int) -> int:
    """Where a lede sentence's own words begin: after its framing clauses and modal ("实现上述目标，
    必须牢牢把握……首要任务": Hubei 2026's lede opens on 牢牢把握; data ``lede.modal_leads``)."""
    clauses, p = clause_spans(text, s, at), patterns()
    while len(clauses) > 1 and (p.never.search(text, *clauses[0]) or p.never_pattern.search(text[slice(*clauses[0])])):
        clauses.pop(0)
    s = clauses[0][0] if clauses else s
    return s + next((len(w) for w in cues().lede_modal if text.startswith(w, s) and s + len(w) < at), 0)
