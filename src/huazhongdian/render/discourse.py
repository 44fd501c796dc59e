"""Whole sentences of a discourse kind give no bullet (issue 12, wt-carry-frame).

Phrase cues tuned on some reports do not carry to the next ([cues] framing is worded afresh in every
report); a sentence's *kind* does. An item (a sentence of the report) that states a thesis ("计划生育和
环境保护是我国的基本国策", "把…作为…的重中之重"), makes an appeal or praises an effort ("希望台湾同胞…",
"…作出了很大的努力") or only leads a list by its count ("必须抓好三项工作") is discourse, and so is none
of its clauses a bullet: the whole sentence goes, so no fragment of it is left ("能源的开发和生产").
Only a sentence with nothing concrete goes: any figure (not a set count), named entity, quoted or
book-titled name keeps it. A theme left with fewer than three bullets shows fewer rather than its
weakest. A party congress's report keeps its theses (they are its facts: [congress] thesis); only CONGRESS_KINDS apply.

Data: ``news_value.toml`` ``[discourse]`` (regexes searched in the item's simplified text).
Called from one place: :func:`huazhongdian.render.selection._select`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from huazhongdian.datafiles import load_toml
from huazhongdian.derive import derived
from huazhongdian.render.news_value import no_figures, patterns
from huazhongdian.render.selection_parts import _Spans

if TYPE_CHECKING:
    from huazhongdian.render.selection_parts import Fact
    from huazhongdian.types import Digest

__all__ = ["clause_kind", "discourse_kind", "drop_discourse"]

KINDS = ("thesis", "appeal", "lead", "value", "slogan", "purpose")
# kinds of one bullet's own clause (round 7): the bullet goes, the sentence's other clauses stay
CLAUSE_KINDS = ("lead", "principle", "value", "context", "praise", "slogan", "appeal",
                "judgement", "closing", "count", "saying")
# (round 8) the kinds of a party congress's report, whose theses are its facts: a judgement of possibility, a closing,
# a count or speech lead, and (there only) a comment on what was said before by an anaphoric subject ("这个纲领，是…";
# in a work report "这是…" after a figure states its record, a fact)
CONGRESS_KINDS = ("judgement", "anaphor", "closing", "count", "saying")
# kinds that go whatever they name ("政府工作的总体要求是：…“十五五”…"; "藏族是…56个民族大家庭的一员")
STRONG_KINDS = ("requirement", "identity", "formula")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    raw = load_toml("news_value.toml")["discourse"]
    out = {k: re.compile("|".join(f"(?:{p})" for p in raw[k])) for k in (*KINDS, "concrete")}
    out["count_only"] = re.compile(raw["count_only"])
    clause = load_toml("news_value.toml")["discourse_clause"]
    for k in {*CLAUSE_KINDS, *CONGRESS_KINDS, *STRONG_KINDS}:
        out["clause_" + k] = re.compile("|".join(f"(?:{p})" for p in clause[k]))
    # one search for "any kind at all" first: most clauses are of none, and then one search answers for eleven
    for name, kinds in (("clause_any", CLAUSE_KINDS), ("congress_any", CONGRESS_KINDS)):
        out[name] = re.compile("|".join(f"(?:{p})" for k in kinds for p in clause[k]))
    out["heading_chars"] = clause["heading_chars"]
    out["set_count"] = re.compile(clause["set_count"])
    out["ordinal"] = re.compile(clause["ordinal"])
    return out


def clause_kind(text: str, concrete: bool = False, congress: bool = False) -> str:
    """The discourse kind of one bullet's clause by its form, or "" (``concrete``: it holds a figure or name;
    ``congress``: a party congress's report, where only :data:`CONGRESS_KINDS` are discourse)."""
    p = _patterns()
    for kind in ("formula",) if congress else STRONG_KINDS:
        if p["clause_" + kind].search(text):
            return kind
    if concrete or not p["congress_any" if congress else "clause_any"].search(text) or p["concrete"].search(text):
        return ""
    for kind in CONGRESS_KINDS if congress else CLAUSE_KINDS:
        if p["clause_" + kind].search(text):
            return kind
    return ""


def _heading(digest: Digest, idx: int) -> bool:
    """A paragraph's opening sentence that is short, with no comma, and either a review's summary ("区域协调发展迈出
    新步伐。") or a field of work with no object ("毫不松懈地加强节能减排和生态环保工作。"). A plan's task heading
    ("大力培育战略性新兴产业。") stays: it is the task an editor lists."""
    item, text = digest.items[idx], digest.document.text
    body = text[item.start:item.end].strip().rstrip("。；！")
    p = _patterns()
    if not body or len(body) > p["heading_chars"] or any(c in body for c in "，,：:；") or p["ordinal"].match(body) \
            or p["concrete"].search(body) or patterns().record.search(body):
        return False
    if item.mode != "achievement" and not body.endswith("工作"):
        return False
    before = text[max(0, item.start - 40):item.start].rstrip(" \t\u3000")
    return not before or before.endswith("\n")


def discourse_kind(text: str) -> str:
    """The discourse kind of a sentence's text by its form ("thesis", "appeal", "lead", "value", "slogan"), or ""."""
    p = _patterns()
    if p["concrete"].search(text):
        return ""
    for kind in KINDS:
        if p[kind].search(text):
            return kind
    return ""


def _concrete_spans(digest: Digest) -> list[tuple[int, int]]:
    none = no_figures(digest)
    text, count_only = digest.document.text, _patterns()["count_only"]
    spans = [(ind.start, ind.end) for i, ind in enumerate(digest.indicators) if ind.end > ind.start and i not in none
             and not count_only.match(text, ind.end)]
    spans += [(s.start, s.end) for e in digest.entities for s in e.spans]
    return sorted(spans)


def discourse_items(digest: Digest, items: set[int], concrete: list[tuple[int, int]]) -> set[int]:
    """Of the ``items`` (indices into ``digest.items``), those that are discourse with nothing ``concrete`` (the
    digest's :func:`_concrete_spans`) in them."""
    if digest.document.meta.kind == "party-congress-report" or not items:
        return set()
    match = derived(digest.document).matching   # the simplified matching text, same offsets
    spans = _Spans(concrete)
    out = set()
    for idx in items:
        item = digest.items[idx]
        sentence = match[item.start:item.end].strip()
        if _patterns()["clause_requirement"].search(sentence):
            out.add(idx)
            continue
        if spans.overlaps(item.start, item.end):
            continue
        if discourse_kind(sentence) or _heading(digest, idx):
            out.add(idx)
    return out


def _discourse_clauses(digest: Digest, facts: list[Fact], concrete: list[tuple[int, int]]) -> set[int]:
    """Indices into ``facts`` of bullets whose own clause is of a discourse kind (the sentence's others stay);
    ``concrete``: the digest's :func:`_concrete_spans`."""
    congress = digest.document.meta.kind == "party-congress-report"
    match = derived(digest.document).matching
    text, count = digest.document.text, _patterns()["set_count"]
    spans = _Spans([(s, e) for s, e in concrete if not count.match(text[s:e])])   # "这三项改革": a set
    out = set()
    for i, f in enumerate(facts):
        concrete = spans.overlaps(f.start, f.end)
        if clause_kind(match[f.start:f.end].strip(), concrete, congress):
            out.add(i)
    return out


def drop_discourse(digest: Digest, facts: list[Fact]) -> list[Fact]:
    """``facts`` without those of a discourse item (every clause of it: no fragment is left) and without
    the bullets whose own clause is discourse (:func:`clause_kind`)."""
    concrete = _concrete_spans(digest)   # (figures and names: both rules read them, so they are found once)
    gone = discourse_items(digest, {f.item for f in facts}, concrete)
    if gone:
        facts = [f for f in facts if f.item not in gone]
    bad = _discourse_clauses(digest, facts, concrete)
    return [f for i, f in enumerate(facts) if i not in bad] if bad else facts
