"""Digest → a Markdown 划重点 laid out like a newsroom's hand-written one.

Headline; key terms with their counts; the year's achievements grouped by theme, numbers
in bold; the plans grouped by theme, each bullet opening with its task verb in bold; the
targets table; key institutions and facilities. Every bullet is the report's own words
(trimmed, never rewritten) followed by where it stands in the report (section, paragraph).
Long reports are kept readable by showing, per theme, the most relevant bullets only
(and saying how many were left out).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence

from typing import TYPE_CHECKING

from huazhongdian.render.view import target_label, target_value
from huazhongdian.types import Digest, Entity, Item, Mode, Sentence, Task

if TYPE_CHECKING:
    from huazhongdian.across.compare import Comparison
    from huazhongdian.classify.lens import Lens

_MODE_TITLES: dict[Mode, str] = {"achievement": "回顾", "plan": "安排"}
_MIN_PER_THEME = 3
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


def _heading(d: Digest) -> list[str]:
    meta = d.document.meta
    title = meta.title or d.document.source or "报告"
    lines = [f"# 划重点｜{title}", ""]
    facts = [x for x in (meta.meeting, meta.date, meta.region) if x]
    if facts:
        lines += ["> " + " · ".join(facts), ""]
    lens = _builtin_lens(d)
    title = lens.title if lens is not None and lens.title else d.lens
    view = f"视角：{title}。" if d.lens != "general" else ""
    lines += [f"*{view}条目均为报告原文（仅去掉项目符号），括号内为出处。*", ""]
    return lines


def _builtin_lens(d: Digest) -> Lens | None:
    """The digest's lens when it is a built-in one (a user's lens file is not known here)."""
    from huazhongdian.classify.lens import builtin_lenses, load_lens

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


def _where(d: Digest, item: Item) -> str:
    """'（section，第N段）' for a bullet's source note."""
    bits = [item.section] if item.section else []
    if d.document.paragraphs:
        bits.append(f"第{item.paragraph + 1}段")
    return "（" + "，".join(bits) + "）" if bits else ""


def _item_spans(d: Digest, item: Item) -> list[tuple[int, int]]:
    spans = [(d.indicators[i].start, d.indicators[i].end) for i in item.indicator_ids if 0 <= i < len(d.indicators)]
    if not spans and not d.indicators:
        spans = [(item.start + m.start(), item.start + m.end()) for m in _FIGURE.finditer(item.text)]
    return spans


def _theme_order(d: Digest, mode: Mode, items: Sequence[Item]) -> list[str]:
    """Themes in the lens's order when it is a built-in lens, else by first appearance."""
    seen = list(dict.fromkeys(i.theme or "其他" for i in items))
    lens = _builtin_lens(d)
    if lens is not None:
        order = [t.label for t in lens.themes_for(mode)]
        return [t for t in order if t in seen] + [t for t in seen if t not in order]
    return seen


def _group_lines(d: Digest, mode: Mode, items: Sequence[Item], tasks_at: dict[int, Task], cap: int) -> list[str]:
    groups: OrderedDict[str, list[Item]] = OrderedDict((t, []) for t in _theme_order(d, mode, items))
    for item in items:
        groups[item.theme or "其他"].append(item)
    lines: list[str] = []
    for theme, members in groups.items():
        lines += [f"### {theme}", ""]
        # The most relevant bullets, shown in report order.
        shown = sorted(sorted(members, key=lambda i: (-i.relevance, i.start))[:cap], key=lambda i: i.start)
        for item in shown:
            spans = _item_spans(d, item)
            task = tasks_at.get(item.start)
            if task is None and mode == "plan":
                task = next((t for s, t in tasks_at.items() if item.start <= s < item.end), None)
            if task is not None and task.verb and not any(a < task.start + len(task.verb) and task.start < b
                                                          for a, b in spans):
                spans.append((task.start, task.start + len(task.verb)))
            lines.append(f"- {_bold_spans(item.text, item.start, spans)}{_where(d, item)}")
        if len(members) > len(shown):
            lines.append(f"- ……另有 {len(members) - len(shown)} 条（按相关度只列前 {cap} 条）")
        lines.append("")
    return lines


def _terms_lines(d: Digest, top_k: int) -> list[str]:
    lines = ["## 关键词", "", *_lens_terms_line(d)]
    shown = [t for t in d.terms if t.count][:top_k]
    if shown:
        lines += ["、".join(f"“{t.term}”出现 **{t.count}** 次" for t in shown[:5]) + "。", ""]
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
        # The page's label: budget metrics (赤字规模 …) named from targets.toml, 地区生产总值 below national.
        label = target_label(t.metric, d.document.meta.level)
        lines.append(f"| {label} | {t.year or ''} | {target_value(t)} | {t.text.replace('|', '｜')} |")
    return lines + [""]


def _previous_lines(d: Digest, c: Comparison) -> list[str]:
    """The "与上年相比" section: targets side by side, terms that moved, new items (compare's results)."""
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


def _contexts(d: Digest, top_k: int) -> list[str]:
    """For the top terms, the sentences where they appear, the term in bold."""
    lines = ["## 关键词在原文中", ""]
    sents: Sequence[Sentence] = d.document.sentences
    for term in [t for t in d.terms if t.count][:top_k]:
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


def render_markdown(d: Digest, *, top_k_terms: int = 15, context_terms: int = 3, per_theme: int = 8,
                    max_bullets: int = 60, previous: Comparison | None = None) -> str:
    """The whole digest as Markdown.

    Example: ``render_markdown(digest(read("2025.txt"), lens="science"))``.

    Args:
        d: the digest.
        top_k_terms: rows of the key-term table.
        context_terms: top terms shown with their sentences.
        per_theme: most bullets per theme (the most relevant; the rest are counted, not shown).
        max_bullets: about how many bullets the review and the plan part each show: with many
            themes (the general lens has fourteen) each theme gets fewer than ``per_theme``, at
            least three, so the digest stays short enough to publish.
        previous: ``compare_digests(older_digest, d)``; adds the "与上年相比" section after the
            targets (see :mod:`huazhongdian.render.previous`).
    """
    lines = _heading(d) + _terms_lines(d, top_k_terms)
    tasks_at = {t.start: t for t in d.tasks}
    review, plan = d.document.meta.review_year, d.document.meta.plan_year
    # A heading ("（一）大力提振消费……。") is an item and a ranked task in JSON, but here it is
    # already the source note of the bullets under it; as a bullet of its own it would repeat.
    heads = {s.start for s in d.document.sections}
    for mode, label in _MODE_TITLES.items():
        items = [i for i in d.items if i.mode == mode and i.start not in heads]
        if items:
            year = review if mode == "achievement" else plan
            lines += [f"## {year or ''}{'年' if year else ''}工作{label}", ""]
            themes = len({i.theme for i in items})
            cap = min(per_theme, max(_MIN_PER_THEME, max_bullets // max(themes, 1)))
            lines += _group_lines(d, mode, items, tasks_at, cap)
    lines += _targets_lines(d)
    if previous is not None:
        lines += _previous_lines(d, previous)
        from huazhongdian.render.scorecard import scorecard_markdown_lines

        lines += scorecard_markdown_lines(previous)
    lines += _entity_lines(d.entities)
    lines += _contexts(d, context_terms)
    return "\n".join(lines).rstrip() + "\n"
