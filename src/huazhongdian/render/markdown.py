"""Digest → a Markdown 划重点 that reads like a newsroom's hand-written one.

Bullets are the report's own words (trimmed, never rewritten), numbers in bold,
each followed by its source location.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from huazhongdian.types import Digest, Indicator, Item, Sentence

_MODE_HEADINGS = {"achievement": "回顾", "plan": "安排"}


def _bold_spans(text: str, offset: int, spans: Sequence[tuple[int, int]]) -> str:
    """Wrap the given absolute spans (clipped to this text) in ** **, skipping overlaps."""
    out, pos = [], 0
    for start, end in sorted(spans):
        s, e = start - offset, end - offset
        if s < pos or s < 0 or e > len(text) or s >= e:
            continue
        out.append(text[pos:s])
        out.append(f"**{text[s:e]}**")
        pos = e
    out.append(text[pos:])
    return "".join(out)


def _heading(d: Digest) -> list[str]:
    meta = d.document.meta
    title = meta.title or d.document.source or "报告"
    lines = [f"# 划重点｜{title}", ""]
    facts = [x for x in (meta.meeting, meta.date, meta.region) if x]
    if facts:
        lines += ["> " + " · ".join(facts), ""]
    return lines


def _where(d: Digest, start: int) -> str:
    """'第N段' plus the governing section label, for a bullet's source note."""
    doc = d.document
    para = next((i for i, p in enumerate(doc.paragraphs) if p.start <= start < p.end + 1), None)
    sec = None
    for s in doc.sections:
        if s.start <= start < s.body_end:
            sec = s
    bits = []
    if sec is not None:
        bits.append(sec.text[:24])
    if para is not None:
        bits.append(f"第{para + 1}段")
    return "（" + "，".join(bits) + "）" if bits else ""


def _item_lines(d: Digest, items: Sequence[Item]) -> list[str]:
    groups: OrderedDict[str, list[Item]] = OrderedDict()
    for item in items:
        groups.setdefault(item.theme or "其他", []).append(item)
    lines: list[str] = []
    for theme, members in groups.items():
        lines += [f"### {theme}", ""]
        for item in members:
            spans = [(d.indicators[i].start, d.indicators[i].end) for i in item.indicator_ids
                     if 0 <= i < len(d.indicators)]
            lines.append(f"- {_bold_spans(item.text, item.start, spans)} {_where(d, item.start)}")
        lines.append("")
    return lines


def _terms_lines(d: Digest, top_k: int) -> list[str]:
    lines = ["## 关键词", ""]
    shown = [t for t in d.terms if t.count][:top_k]
    if shown:
        lines += ["| 词 | 出现次数 | 每万字 |", "|---|---:|---:|"]
        lines += [f"| {t.term} | {t.count} | {t.per_10k} |" for t in shown]
        lines.append("")
    if d.keywords:
        lines += ["**与众不同的词**：" + "、".join(k.term for k in d.keywords), ""]
    return lines


def _targets_lines(d: Digest) -> list[str]:
    if not d.targets:
        return []
    lines = ["## 主要预期目标", "", "| 指标 | 年份 | 目标 | 原文 |", "|---|---|---|---|"]
    for t in d.targets:
        value = "不设具体目标" if t.absent else t.text
        lines.append(f"| {t.metric} | {t.year or ''} | {value} | {t.text} |")
    return lines + [""]


def _contexts(d: Digest, top_k: int) -> list[str]:
    """For the top terms, the sentences where they appear, the term in bold."""
    lines = ["## 关键词在原文中", ""]
    sents: Sequence[Sentence] = d.document.sentences
    for term in [t for t in d.terms if t.count][:top_k]:
        lines += [f"### {term.term}（{term.count}次）", ""]
        shown = 0
        for sent in sents:
            hits = [(s.start, s.end) for s in term.spans if sent.start <= s.start and s.end <= sent.end]
            if hits:
                lines.append(f"- {_bold_spans(sent.text, sent.start, hits)}")
                shown += 1
                if shown >= 5:
                    break
        lines.append("")
    return lines


def render_markdown(d: Digest, *, top_k_terms: int = 15, context_terms: int = 5) -> str:
    """The whole digest as Markdown."""
    lines = _heading(d) + _terms_lines(d, top_k_terms)
    review, plan = d.document.meta.review_year, d.document.meta.plan_year
    for mode, label in _MODE_HEADINGS.items():
        items = [i for i in d.items if i.mode == mode]
        if items:
            year = review if mode == "achievement" else plan
            lines += [f"## {year or ''}{'年' if year else ''}工作{label}", ""]
            lines += _item_lines(d, items)
    lines += _targets_lines(d)
    if d.entities:
        lines += ["## 重点机构与设施", "", "、".join(f"{e.name}（{e.count}）" for e in d.entities[:30]), ""]
    lines += _contexts(d, context_terms)
    return "\n".join(lines).rstrip() + "\n"
