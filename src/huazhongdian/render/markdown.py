"""Digest → a Markdown 划重点 laid out like a newsroom's hand-written one.

Headline; the lede; key terms with their counts; the year's achievements grouped by theme,
numbers in bold; the plans grouped by theme, a bullet opening with its task verb in bold; the
targets table; key institutions and facilities; the title and source. What is shown is the
one view every output shares (:func:`~huazhongdian.render.view.build_view`): per theme the top
bullets by news value, each an exact span of the report (the clauses that carry one fact),
followed by where it stands (section, paragraph); the rest are counted ("另有 N 条").
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence

from typing import TYPE_CHECKING

from huazhongdian.classify.lens import builtin_lenses, load_lens
from huazhongdian.numerals import HEADING_ORDINAL
from huazhongdian.render.lede_congress import older_congress
from huazhongdian.render.edit import EDITOR_MARK, EDITOR_NOTE
from huazhongdian.render.view import (Bullet, DigestView, ModeGroup, build_view, lede_term_note, listed_terms,
                                      target_label, target_value)
from huazhongdian.types import Digest, Entity, Item, Sentence, Term

if TYPE_CHECKING:
    from huazhongdian.across.compare import Comparison
    from huazhongdian.classify.lens import Lens

_CORE_WEIGHT = 3  # lens cue weight of the words named in the key-term lead
_ENTITY_TYPES = OrderedDict([
    ("institution", "机构"), ("facility", "设施"), ("platform", "平台"), ("park", "园区"),
    ("fund", "基金"), ("programme", "计划与工程"), ("place", "地区"), ("other", "其他"),
])
# Only used for items the indicator extractor left without indicators: a figure with its unit
# (bare numbers are mostly years, which should not shout).
_FIGURE = re.compile(
    r"[0-9０-９]+(?:[.．][0-9０-９]+)?(?:万亿|亿|万|千)?"
    r"(?:%|％|个百分点|元|美元|人次|人|名|项|个|家|座|所|千瓦|吨|斤|公里|辆|户|套|倍|件|年)"
)


def _bold_spans(text: str, offset: int, spans: Sequence[tuple[int, int]]) -> str:
    """Wrap the given absolute spans (clipped to this text) in ** **, skipping overlaps."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        s, e = start - offset, end - offset
        if s < 0 or e > len(text) or s >= e or (merged and s < merged[-1][1]):
            continue
        if merged and s == merged[-1][1]:
            merged[-1][1] = e  # "**75%****80%**" would not render: one bold run instead
        else:
            merged.append([s, e])
    out, pos = [], 0
    for s, e in merged:
        out.append(text[pos:s])
        out.append(f"**{text[s:e]}**")
        pos = e
    out.append(text[pos:])
    return "".join(out)


def _heading(d: Digest, view: DigestView) -> list[str]:
    meta = d.document.meta
    lines = [f"# 划重点｜{view.title}{EDITOR_MARK if view.edit and view.edit.title else ''}", ""]
    facts = [x for x in (meta.meeting, meta.date, meta.region) if x]
    if facts:
        lines += ["> " + " · ".join(facts), ""]
    lens = _builtin_lens(d)
    title = lens.title if lens is not None and lens.title else d.lens
    view = f"视角：{title}。" if d.lens != "general" else ""
    lines += [f"*{view}条目均为报告原文的一段（一句或其中说事实的分句），括号内为出处。*", ""]
    return lines


def _lede_lines(view: DigestView) -> list[str]:
    """The lede: the report's own key formulation, first in every output (or the editor's, marked)."""
    if view.editor_lede:
        return ["> " + view.editor_lede + EDITOR_MARK, ""]
    if not view.lede:
        return []
    lines = ["> " + "".join(f"**{r}**" if f else r for b in view.lede for r, f in _merged(b.segments))]
    if view.lede_term:
        lines.append(f"> ——{lede_term_note(view.lede_term)}")
    return lines + [""]


def _footer_lines(view: DigestView) -> list[str]:
    bits = [view.title] + ([f"来源：{view.source_name}"] if view.source_name else [])
    note = [f"*{EDITOR_NOTE}*", ""] if view.edited else []
    return ["---", "", *note, "*" + " · ".join(bits) + " · huazhongdian 划重点*", ""]


def _builtin_lens(d: Digest) -> Lens | None:
    """The digest's lens when it is a built-in one (a user's lens file is not known here)."""
    return load_lens(d.lens) if d.lens in builtin_lenses() else None


def _lens_terms_line(d: Digest, top_k: int = 5) -> list[str]:
    """For a subject lens, how often its core words occur ("“科技”出现 N 次"), like a newsroom lead."""
    lens = _builtin_lens(d)
    if lens is None or not lens.relevance_cues:
        return []
    text = d.document.text
    core = [cue for cue, weight in lens.relevance_cues if weight >= _CORE_WEIGHT]
    counted = sorted(((text.count(cue), cue) for cue in core), key=lambda x: (-x[0], core.index(x[1])))
    shown = [f"“{cue}”出现 **{n}** 次" for n, cue in counted[:top_k] if n]
    return [f"**{lens.title}**：" + "、".join(shown) + "。", ""] if shown else []


_PART_HEADING = re.compile(rf"^[{HEADING_ORDINAL}]+、")  # a part of the report: 一、… 十二、…
# A section's own bracketed ordinal ("（一）", "(3)"): inside our note's brackets it would read "（（一）…，第9段）".
_NOTE_CLAUSE = re.compile("[，；。！？]")
_BRACKET_ORDINAL = re.compile(rf"^\s*[（(][{HEADING_ORDINAL}0-9]+[）)]\s*")


def note_section(section: str) -> str:
    """A section heading as a source note names it: without its own bracketed ordinal, only its
    first clause (a prefix of the heading: "（二）推动科技创新和产业创新深度融合，新质生产力发展壮大。"
    → "推动科技创新和产业创新深度融合"), its inner brackets as 〔〕.
    Example: ``note_section("（一）稳住经济大盘") == "稳住经济大盘"``."""
    head = _BRACKET_ORDINAL.sub("", section)
    head = _NOTE_CLAUSE.split(head, maxsplit=1)[0] or head
    return head.replace("（", "〔").replace("）", "〕")


def _where(d: Digest, item: Item, *, under_group: bool = False) -> str:
    """'（section，第N段）' for a bullet's source note. Under a group heading (2025年工作回顾) a
    part's own heading ("一、2025年工作回顾") is left out, so the note stays short: （第8段）."""
    part = bool(item.section) and under_group and bool(_PART_HEADING.match(item.section))
    section = note_section(item.section)
    bits = [section] if section and not part else []
    if d.document.paragraphs:
        bits.append(f"第{item.paragraph + 1}段")
    return "（" + "，".join(bits) + "）" if bits else ""


def _item_spans(d: Digest, item: Item) -> list[tuple[int, int]]:
    spans = [(d.indicators[i].start, d.indicators[i].end) for i in item.indicator_ids if 0 <= i < len(d.indicators)]
    if not spans and not d.indicators:
        spans = [(item.start + m.start(), item.start + m.end()) for m in _FIGURE.finditer(item.text)]
    return spans


def _bullet_line(d: Digest, b: Bullet, verbs: dict[int, str]) -> str:
    """One bullet: its span with the figures in bold (and a plan's opening task verb), then where
    it stands in the report."""
    verb = verbs.get(b.start, "")
    segments = list(b.segments)
    if verb and segments and not segments[0][1] and segments[0][0].startswith(verb):
        segments[:1] = [(verb, True), (segments[0][0][len(verb):], False)]
    text = "".join(f"**{run}**" if fig else run for run, fig in _merged(segments) if run)
    return f"- {text}{_where(d, d.items[b.item], under_group=True)}"


def _merged(segments: Sequence[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Adjacent figure runs as one ("**75%****80%**" would not render)."""
    out: list[tuple[str, bool]] = []
    for run, fig in segments:
        if not run:
            continue  # an empty run between two figures ("办好" | "" | "30项") would keep them apart
        if out and out[-1][1] == fig:
            out[-1] = (out[-1][0] + run, fig)
        else:
            out.append((run, fig))
    return out


def _group_lines(d: Digest, group: ModeGroup) -> list[str]:
    lines: list[str] = [f"## {group.title}", ""]
    # (not in a congress's report before 1978: with hardly a figure in it, a bold task verb — "**健全**合理的规章制度" —
    # reads as its highlighted figure)
    verbs = {t.start: t.verb for t in d.tasks if t.verb} if group.mode == "plan" and not older_congress(d) else {}
    # Only a theme that lists a bullet has a heading; the others are counted in one closing line (view.ModeGroup).
    for theme in group.listed:
        lines += [f"### {theme.theme}{EDITOR_MARK if theme.edited else ''}", ""]
        lines += [_bullet_line(d, b, verbs) for b in theme.top]
        if theme.more:
            lines.append(f"- ……另有 {len(theme.more)} 条（按新闻价值只列前 {len(theme.top)} 条）")
        lines.append("")
    if group.unlisted:
        lines += [group.unlisted_note, ""]
    return lines


def _terms_lines(d: Digest, listed: Sequence[Term], top_k: int) -> list[str]:
    lines = ["## 关键词", "", *_lens_terms_line(d)]
    shown = listed[:top_k]
    if shown:
        lines += ["、".join(f"“{t.term}”出现 **{t.count}** 次" for t in shown[:5]) + "。", ""]
        lines += ["| 词 | 出现次数 | 成词次数 | 每万字 |", "|---|---:|---:|---:|"]
        lines += [f"| {t.term} | {t.count} | {t.word_count} | {t.per_10k} |" for t in shown]
        lines.append("")
    if d.keywords:
        lines += ["**与众不同的词**：" + "、".join(k.term for k in d.keywords), ""]
    return lines


def _targets_lines(d: Digest) -> list[str]:
    if not d.targets:
        return []
    lines = ["## 主要预期目标", "", "| 指标 | 年份 | 目标 | 原文 |", "|---|---|---|---|"]
    for t in d.targets:
        # The page's label: budget metrics (赤字规模 …) named from targets.toml, 地区生产总值 below national.
        label = target_label(t.metric, d.document.meta.level)
        lines.append(f"| {label} | {t.year or ''} | {target_value(t)} | {t.text.replace('|', '｜')} |")
    return lines + [""]


def _previous_lines(d: Digest, c: Comparison) -> list[str]:
    """The "与上年相比" section: targets side by side, terms that moved, new items (compare's results)."""
    # deferred: render.previous loads only for a digest with a previous report
    from huazhongdian.render.previous import build_previous_view

    view = build_previous_view(d, c)
    lines = [f"## {view.heading}", "", "### 主要预期目标", ""]
    if view.targets:
        lines += [f"| 指标 | {view.old_column} | {view.new_column} | 变化 |", "|---|---|---|---|"]
        lines += [f"| {row.label} | {_cell(row.old)} | {_cell(row.new)} | {row.change_title} |"
                  for row in view.targets]
    else:
        lines.append("（两份报告都没有识别出主要预期目标）")
    lines += ["", "### 词频变化", ""]
    for line in view.terms:
        shifts = "、".join(f"{s.term} {s.old_count} → {s.new_count} 次" for s in line.terms)
        lines.append(f"- **{line.title}**：{shifts}")
    if not view.terms:
        lines.append("- 没有明显升降的词")
    counts = f"新增表述 **{view.items_new}** 条，不再出现的表述 **{view.items_dropped}** 条"
    lines += ["", "### 新增与不再出现的表述", "", f"{counts}（逐句近似比对）。"]
    if view.new_items:
        lines += [f"新增中相关度最高的 {len(view.new_items)} 条：", ""]
        lines += [f"- {_bold_spans(i.text, i.start, _item_spans(d, i))}{_where(d, i)}" for i in view.new_items]
    return lines + [""]


def _cell(text: str) -> str:
    """A table cell: "—" when empty; a literal | would end the cell."""
    return text.replace("|", "｜").replace("\n", " ") if text else "—"


def _entity_lines(entities: Sequence[Entity], per_type: int = 12) -> list[str]:
    if not entities:
        return []
    lines = ["## 重点机构与设施", ""]
    for kind, label in _ENTITY_TYPES.items():
        members = [e for e in entities if e.type == kind][:per_type]
        if members:
            lines.append(f"- **{label}**：" + "、".join(
                f"{e.name}（{e.count}次）" if e.count > 1 else e.name for e in members))
    return lines + [""]


def _contexts(d: Digest, listed: Sequence[Term], top_k: int) -> list[str]:
    """For the top terms, the sentences where they appear, the term in bold."""
    lines = ["## 关键词在原文中", ""]
    sents: Sequence[Sentence] = d.document.sentences
    for term in listed[:top_k]:
        lines += [f"### {term.term}（{term.count}次）", ""]
        shown = 0
        spans = sorted((s.start, s.end) for s in term.spans)
        k = 0
        for sent in sents:
            while k < len(spans) and spans[k][0] < sent.start:
                k += 1
            hits = [sp for sp in spans[k:k + 20] if sp[1] <= sent.end]
            if hits:
                lines.append(f"- {_bold_spans(sent.text, sent.start, hits)}")
                shown += 1
                if shown >= 3:
                    break
        lines.append("")
    return lines


def render_markdown(d: Digest, previous: Comparison | None = None, *, top_k_terms: int = 15,
                    context_terms: int = 3, per_theme: int = 5, max_bullets: int = 56,
                    view: DigestView | None = None) -> str:
    """The whole digest as Markdown: the view's lede, terms, bullets (the top of each theme,
    the rest counted as "另有 N 条"), targets, entities and term contexts.

    Example: ``render_markdown(digest(read("2025.txt"), lens="science"))``.

    Args:
        d: the digest.
        previous: ``compare_digests(older_digest, d)``; adds the "与上年相比" section after the
            targets (see :mod:`huazhongdian.render.previous`).
        top_k_terms: rows of the key-term table.
        context_terms: top terms shown with their sentences.
        per_theme, max_bullets: passed to :func:`~huazhongdian.render.view.build_view` (the
            same defaults as the HTML page, so both list the same bullets).
        view: an edited view (:mod:`huazhongdian.render.edit`) instead of ``build_view(d)``.
    """
    view = view if view is not None else build_view(d, per_theme=per_theme, max_bullets=max_bullets, poster=False)
    listed = listed_terms(d)
    lines = _heading(d, view) + _lede_lines(view) + _terms_lines(d, listed, top_k_terms)
    for group in view.groups:
        lines += _group_lines(d, group)
    lines += _targets_lines(d)
    if previous is not None:
        lines += _previous_lines(d, previous)
        # deferred: render.scorecard loads only for a digest with a previous report
        from huazhongdian.render.scorecard import scorecard_markdown_lines

        lines += scorecard_markdown_lines(previous)
    lines += _entity_lines(d.entities)
    lines += _contexts(d, listed, context_terms)
    lines += _footer_lines(view)
    return "\n".join(escape_html_line(line) for line in lines).rstrip() + "\n"


_QUOTE_MARK = re.compile(r"^(?:> ?)+")


def escape_html_line(line: str) -> str:
    """``<``, ``>`` and ``&`` of one Markdown line as entities, so that text from a report
    (``<img src=x onerror=…>`` in a saved page) shows as text in any CommonMark renderer
    instead of being run as HTML. A leading ``>`` (a block quote) stays Markdown.

    Example: ``escape_html_line("> a<b") == "> a&lt;b"``.
    """
    mark = _QUOTE_MARK.match(line)
    head = mark.group() if mark else ""
    body = line[len(head):]
    if not any(ch in body for ch in "<>&"):
        return line
    return head + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
