"""The lede of a 划重点: the report's own key formulation, as spans (issue 12, item 4).

The first lede cue found (主题是, 总体要求是, 做好今年政府工作，要, 中心任务…, regexes of ``data/news_value.toml``
[lede]) names the sentence; its clauses up to ``lede.max_chars`` are the lede — the 总体要求's core at its end, a
主题 / 中心任务 sentence from its start past any purpose lead and modal (实现上述目标，必须…). A sentence holding the
指导思想 is never the lede; a cue that ends its sentence ("今年政府工作的总体要求是：") gives the next one; a task cue
(中心任务, 首要任务) counts only outside the review and outside a framing sentence.

A party congress's report before 1978 has the line it names as central (render/lede_congress.py).
A report stating none of these but its own line — the year's 主要任务, 经济工作的重点, 过渡时期的总任务, its most
named 方针 (an old national report) — leads with that line (render/lede_stated.py). No lede opens on a fragment
(是, 的, 和, 依靠…). No cue at all (a 纲要, a congress of the 1940s): the lede is the clause where the report's most
stressed distinctive term first stands in its plan, and :func:`lede_term` gives that term with its count, so every
report type has a lede of its own words.
"""

from __future__ import annotations

import re

from huazhongdian.render.lede_congress import older_congress_lede
from huazhongdian.render.lede_stated import fragment, stated_lede
from huazhongdian.render.news_value import cues, patterns
from huazhongdian.render.selection import clause_spans
from huazhongdian.types import Digest

__all__ = ["lede_spans", "lede_term"]


def lede_spans(digest: Digest) -> tuple[tuple[int, int], ...]:
    """The report's own key formulation: the clauses after the first lede cue found, up to ``max_chars``;
    else the clause of the most stressed distinctive term (:func:`lede_term`); else nothing."""
    return _cued(digest) or older_congress_lede(digest) or stated_lede(digest) or _term_spans(digest)


def lede_term(digest: Digest) -> tuple[str, int] | None:
    """The term a cue-less lede is built on, with its count in the report (``None`` when the report
    has a cued lede, or no term counted ``term_min`` times).

    Example: national 2016 → ``("结构性改革", 10)``.
    """
    if _cued(digest) or older_congress_lede(digest) or stated_lede(digest):
        return None
    found = _stressed_term(digest)
    return (found[0], len(found[1])) if found and _term_spans(digest) else None


def _cued(digest: Digest) -> tuple[tuple[int, int], ...]:
    k = cues()
    text = digest.document.text
    found = list(_lede_candidates(digest))
    period = {at for _, at, _, _ in found if _in_plan_period(digest, at)}
    # the year's cue before the plan period's (a term-start report states both)
    for cue, at, end_cue, sent in sorted(found, key=lambda c: c[1] in period):
        start = end_cue
        end = sent.end if sent else text.find("。", start)
        if end < 0:
            end = len(text)
        while start < end and text[start] in "：:，":
            start += 1
        if not text[start:end].strip("。 \n") and cue in k.lede_plan_only and sent is not None:
            # the task named at the sentence's end ("二是锚定高质量发展这一首要任务。"): the sentence up to it
            start = sent.start
        elif not text[start:end].strip() and cue not in k.lede_plan_only:
            # "今年政府工作的总体要求是：" ends its line: the requirement is the next sentence
            nxt = next((s for s in digest.document.sentences if s.start >= end), None)
            if nxt is None or any(w in text[nxt.start:nxt.end] for w in k.lede_not):
                continue
            start, end = nxt.start, nxt.end
        clauses = clause_spans(text, start, end)
        if not clauses:
            continue
        # The 总体要求 ends on its core ("推动…增长，保持社会和谐稳定，实现'十五五'良好开局");
        # a 主题 / 中心任务 sentence starts on it.
        tail = cue not in k.lede_task
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
        if tail and patterns().lede_tail_not.search(text[s:e]) and len(picked) == 1:
            continue      # only a list lead or a slogan is left ("把握好以下原则")
        if cue in k.lede_plan_only:
            s = _past_purpose_lead(text, max(text.rfind("。", 0, at) + 1, sent.start if sent else 0), at)
            ordinal = re.match(k.lede_ordinal, text[s:e])
            s += ordinal.end() if ordinal and ordinal.end() < e - s else 0
        if fragment(text[s:e]):
            continue      # never a fragment (render/lede_stated.fragment: "是关系……", "依靠……")
        return ((s, e),)
    return ()


def _lede_candidates(digest: Digest):
    """(cue, where, where it ends, sentence) for every match of each lede cue, in the cues' order — not in a
    sentence that holds a ``lede.not_in`` word (the 指导思想: "坚持以……为指导"); a task cue not in the review
    nor in a framing sentence ("我们一定牢牢把握……首要任务")."""
    k = cues()
    doc = digest.document
    text = doc.text
    review = [(i.start, i.end) for i in digest.items if i.mode == "achievement"]
    for cue in k.lede_cues:
        for m in re.finditer(cue, text):
            at = m.start()
            sent = next((s for s in doc.sentences if s.start <= at < s.end), None)
            if sent is not None and any(w in text[sent.start:sent.end] for w in k.lede_not):
                continue
            if cue in k.lede_plan_only and sent is not None and (
                    any(a <= at < b for a, b in review) or patterns().never_pattern.search(text[sent.start:sent.end])):
                continue
            yield cue, at, m.end(), sent


def _in_plan_period(digest: Digest, at: int) -> bool:
    """Whether a cue stands in a part of the plan period: under a heading that names it and not the year
    ("二、“十五五”时期总体要求和目标任务"), or after it in its paragraph ("“十五五”时期我省……的指导思想是")."""
    k, text = cues(), digest.document.text
    heads = [sec.text for sec in digest.document.sections if sec.start <= at < sec.body_end]
    before = text[text.rfind("\n", 0, at) + 1:at]
    return any(re.search(k.lede_period, h) and not re.search(k.lede_year, h) for h in heads + [before])


def _stressed_term(digest: Digest) -> tuple[str, tuple[int, ...]] | None:
    """The report's most stressed distinctive term and where it stands: the first of its first ``term_keywords``
    keywords that is a counted term at least ``term_min`` times, else its most counted term of three characters or
    more, else the first keyword found ``term_min`` times in the text (a report of no counted term)."""
    k = cues()
    text = digest.document.text
    counted = {t.term: t for t in digest.terms if t.count >= k.lede_term_min}
    keywords = [kw.term for kw in digest.keywords[:k.lede_term_keywords]]
    term = next((w for w in keywords if w in counted), None)
    if term is None:
        longest = [t for t in counted.values() if len(t.term) >= 3]
        term = max(longest, key=lambda t: t.count).term if longest else None
    if term is not None:
        return term, tuple(s.start for s in counted[term].spans)
    for w in keywords:
        starts = tuple(m.start() for m in re.finditer(re.escape(w), text))
        if len(w) >= 2 and len(starts) >= k.lede_term_min:
            return w, starts
    return None


def _term_spans(digest: Digest) -> tuple[tuple[int, int], ...]:
    """The clause (with the next when it is short) of the stressed term's first fitting occurrence: in a sentence
    of the plan or the targets, the term near the clause's start ("大力推进结构性改革"), before any other; never a
    heading, a framing or slogan clause, or a clause opening on a conjunction or pronoun (``term_not_openings``)."""
    found = _stressed_term(digest)
    if not found:
        return ()
    k, p = cues(), patterns()
    text = digest.document.text
    spans = [(item.start, item.end, item.mode) for item in digest.items]
    sentences = digest.document.sentences
    best: tuple[int, tuple[int, int]] | None = None
    for at in found[1]:
        sent = next((s for s in sentences if s.start <= at < s.end), None)
        if sent is None:
            continue
        clauses = clause_spans(text, sent.start, sent.end)
        i = next((j for j, (s, e) in enumerate(clauses) if s <= at < e), None)
        if i is None:
            continue
        s, e = clauses[i]
        t = text[s:e]
        if any(w in text[sent.start:sent.end] for w in k.lede_not) or re.search(k.lede_term_lead, t):
            continue      # not the 指导思想 ("以高质量发展为首要任务" in Zhejiang's), not a lead-in
        if (p.never.search(text, s, e) or p.never_pattern.search(t) or p.list_lead.search(t)
                or p.lede_tail_not.search(t) or t.startswith(k.lede_term_not) or re.search(k.lede_term_clause_not, t) or fragment(t)):
            continue
        if e - s < 8 and i + 1 < len(clauses) and clauses[i + 1][1] - s <= k.lede_max:
            e = clauses[i + 1][1]
        if e - s > k.lede_max:
            continue
        mode = next((m for a, b, m in spans if a <= at < b), "")
        rank = (0 if mode in ("plan", "target") else 2) + (0 if at - s <= 6 else 1)
        if best is None or rank < best[0]:
            best = (rank, (s, e))
        if rank == 0:
            break
    return (best[1],) if best else ()


def _past_purpose_lead(text: str, s: int, at: int) -> int:
    """Where a lede sentence's own words begin: after its framing clauses and modal ("实现上述目标，
    必须牢牢把握……首要任务": Hubei 2026's lede opens on 牢牢把握; data ``lede.modal_leads``)."""
    clauses, p = clause_spans(text, s, at), patterns()
    while len(clauses) > 1 and (p.never.search(text, *clauses[0]) or p.never_pattern.search(text[slice(*clauses[0])])):
        clauses.pop(0)
    s = clauses[0][0] if clauses else s
    return s + next((len(w) for w in cues().lede_modal if text.startswith(w, s) and s + len(w) < at), 0)
