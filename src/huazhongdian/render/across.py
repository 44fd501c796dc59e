"""Compare / track / trend / search results → Markdown, HTML, JSON, plain tables.

The JSON shapes are the contract's (see docs/across.md); the Markdown and HTML are for
people: a compare reads like the 划重点 "what changed" box, a track like a checklist.
"""

from __future__ import annotations

import html
import json
import unicodedata
from collections.abc import Sequence
from typing import Any

from huazhongdian.across.compare import Comparison
from huazhongdian.across.track import TrackResult
from huazhongdian.across.trend import TrendRow
from huazhongdian.render.json import comparison_to_dict, hits_to_list, target_change_text, track_to_list, trend_to_rows
from huazhongdian.render.wording import word, words
from huazhongdian.types import Document, Item

# Track statuses in Chinese, in display order (data/wording.toml): the CLI's Markdown and the web track page share them.
TRACK_STATUS_ZH = words("track_status")
_STATUS_ZH = {**words("term_status"), **TRACK_STATUS_ZH}
_ITEMS_ZH = words("items")


def _doc_label(doc: Document) -> str:
    m = doc.meta
    name = m.title or doc.source.replace("\\", "/").rsplit("/", 1)[-1] or "(untitled)"
    return f"{name}（{m.year}）" if m.year else name


def _md_cell(text: str) -> str:
    return text.replace("|", "｜").replace("\n", " ")


# --- compare ------------------------------------------------------------------------------

def render_compare(c: Comparison, fmt: str, *, top_k: int = 20) -> str:
    """``fmt``: md | json | html. Markdown/HTML show the top ``top_k`` rows of each list."""
    if fmt == "json":
        return json.dumps(comparison_to_dict(c), ensure_ascii=False, indent=1)
    if fmt == "html":
        return _compare_html(c, top_k)
    return _compare_md(c, top_k)


def _compare_md(c: Comparison, top_k: int) -> str:
    lines = [f"# 对比：{_doc_label(c.old.document)} → {_doc_label(c.new.document)}", ""]
    lines += ["## 词频变化", "", "| 词 | 状态 | 旧 次数 | 新 次数 | 旧 每万字 | 新 每万字 |", "|---|---|---:|---:|---:|---:|"]
    changed = [t for t in c.terms if t.status != "same"][:top_k]
    for t in changed:
        lines.append(f"| {_md_cell(t.term)} | {_STATUS_ZH[t.status]} | {t.old_count} | {t.new_count} | "
                     f"{t.old_per_10k} | {t.new_per_10k} |")
    if not changed:
        lines.append("| — | 无明显变化 | | | | |")
    lines += ["", "## 主要预期目标", ""]
    if c.targets:
        lines += ["| 指标 | 变化 |", "|---|---|"]
        lines += [f"| {t.metric} | {_md_cell(target_change_text(t))} |" for t in c.targets]
    else:
        lines.append("（两份报告都没有识别出主要预期目标）")
    for title, items in ((_ITEMS_ZH["new"], c.items_new), (_ITEMS_ZH["dropped"], c.items_dropped)):
        lines += ["", f"## {title}（{len(items)}）", ""]
        lines += [f"- {_md_cell(i.text)}" for i in _top_items(items, top_k)]
        if len(items) > top_k:
            lines.append(f"- ……另有 {len(items) - top_k} 条")
    return "\n".join(lines) + "\n"


_CSS = ("body{font-family:'Noto Sans SC',sans-serif;max-width:960px;margin:2em auto;color:#262626;"
        "background:#FBF7F0;line-height:1.6}h1{color:#C8161D}h2{border-bottom:2px solid #D9A441}"
        "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #E8DFD0;padding:4px 8px;"
        "text-align:left}.new,.up,.done{color:#C8161D}.dropped,.down,.not_mentioned{color:#6E6A64}"
        ".progress{color:#1F5FA8}mark{background:#F6E3B4}")


def _page(title: str, body: list[str]) -> str:
    return ("<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
            + "".join(body) + "</body></html>\n")


def _compare_html(c: Comparison, top_k: int) -> str:
    e = html.escape
    title = f"对比：{_doc_label(c.old.document)} → {_doc_label(c.new.document)}"
    body = [f"<h1>{e(title)}</h1><h2>词频变化</h2><table><tr><th>词</th><th>状态</th>"
            "<th>旧 次数</th><th>新 次数</th><th>旧 每万字</th><th>新 每万字</th></tr>"]
    for t in [t for t in c.terms if t.status != "same"][:top_k]:
        body.append(f"<tr><td>{e(t.term)}</td><td class=\"{t.status}\">{_STATUS_ZH[t.status]}</td>"
                    f"<td>{t.old_count}</td><td>{t.new_count}</td><td>{t.old_per_10k}</td>"
                    f"<td>{t.new_per_10k}</td></tr>")
    body.append("</table><h2>主要预期目标</h2><table><tr><th>指标</th><th>变化</th></tr>")
    body += [f"<tr><td>{e(t.metric)}</td><td>{e(target_change_text(t))}</td></tr>" for t in c.targets]
    body.append("</table>")
    for title_, items in ((_ITEMS_ZH["new"], c.items_new), (_ITEMS_ZH["dropped"], c.items_dropped)):
        body.append(f"<h2>{title_}（{len(items)}）</h2><ul>")
        body += [f"<li>{e(i.text)}</li>" for i in _top_items(items, top_k)]
        body.append("</ul>")
    return _page(title, body)


def _top_items(items: Sequence[Item], k: int) -> list[Item]:
    # The classifier's relevance picks what a reader should see first; document order breaks ties.
    return sorted(items, key=lambda i: -i.relevance)[:k]


# --- track --------------------------------------------------------------------------------

def render_track(results: Sequence[TrackResult], fmt: str, *, plan: Document | None = None,
                 review: Document | None = None) -> str:
    """``fmt``: md | json. Markdown lists every plan unit with its status and evidence."""
    if fmt == "json":
        return json.dumps(track_to_list(results), ensure_ascii=False, indent=1)
    head = "# 计划落实追踪"
    if plan is not None and review is not None:
        head += f"：{_doc_label(plan)} → {_doc_label(review)}"
    counts = {s: sum(1 for r in results if r.status == s) for s in ("done", "progress", "not_mentioned")}
    lines = [head, ""]
    if plan is not None and review is not None and plan.meta.plan_year and review.meta.review_year \
            and plan.meta.plan_year != review.meta.review_year:
        lines += [f"> 注意：计划报告安排的是 {plan.meta.plan_year} 年，回顾报告回顾的是 "
                  f"{review.meta.review_year} 年，两者不是同一年。", ""]
    lines += ["，".join(f"{_STATUS_ZH[s]} {n}" for s, n in counts.items()), ""]
    for r in results:
        lines.append(f"- **{_STATUS_ZH[r.status]}**（{r.score}）{_md_cell(r.plan.text)}")
        if r.evidence is not None:
            lines.append(f"  - 证据：{_md_cell(r.evidence.text)}")
    return "\n".join(lines) + "\n"


# --- trend --------------------------------------------------------------------------------

def render_trend(rows: Sequence[TrendRow], fmt: str) -> str | bytes:
    """``fmt``: table | json | png (png via :func:`huazhongdian.render.charts.render_trend_png`)."""
    if fmt == "json":
        return json.dumps(trend_to_rows(rows), ensure_ascii=False, indent=1)
    if fmt == "png":
        # deferred: matplotlib loads only for PNG output
        from huazhongdian.render.charts import render_trend_png

        terms = list(dict.fromkeys(r.term for r in rows))
        return render_trend_png(trend_to_rows(rows), "、".join(terms))
    width = max([4, *(_width(r.term) for r in rows)])
    # Split series (--by region|kind|level) show their key; one series shows the region, if any.
    split = any(r.series for r in rows)
    group = (lambda r: r.series) if split else (lambda r: r.region)
    regions = split or any(r.region for r in rows)
    rwidth = max([6, *(_width(group(r)) for r in rows)])
    head = next((f for f in ("region", "kind", "level") if all(getattr(r, f) == r.series for r in rows)),
                "series") if split else "region"
    region_head = f"{_pad(head, rwidth)}  " if regions else ""
    out = [f"{_pad('term', width)}  {region_head}year  count  words  per_10k  {_pad('flags', 9)}  document"]
    for r in rows:
        flags = ",".join(word("flag", f) for f in r.flags)  # data/wording.toml, as the web page
        year = str(r.year) if r.year is not None else "-"
        region = f"{_pad(group(r) or '-', rwidth)}  " if regions else ""
        out.append(f"{_pad(r.term, width)}  {region}{year:>4}  {r.count:>5}  {r.word_count:>5}  {r.per_10k!s:>7}  "
                   f"{_pad(flags, 9)}  {r.document}")
    return "\n".join(out) + "\n"


def _width(text: str) -> int:
    # CJK characters take two terminal columns; pad by display width, not len().
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


# --- search -------------------------------------------------------------------------------

def render_search(hits: Sequence[Any], fmt: str) -> str:
    """Search hits (:class:`huazhongdian.store.library.SearchHit`) as text lines or JSON."""
    if fmt == "json":
        return json.dumps(hits_to_list(hits), ensure_ascii=False, indent=1)
    if not hits:
        return "no matches\n"
    lines = []
    for h in hits:
        where = " ".join(str(x) for x in (h.year, h.region) if x)
        lines.append(f"[{h.document_id}] {h.title} {where} @{h.start}\n    {h.snippet}")
    return "\n".join(lines) + "\n"
