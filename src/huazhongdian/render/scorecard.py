"""目标完成情况 as Markdown, JSON (the contract's rows), CSV, and the digest's block."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from huazhongdian.extract.targets import metric_labels
from huazhongdian.jsonable import to_jsonable
from huazhongdian.types import ScorecardRow, Target

__all__ = ["row_to_dict", "render_scorecard", "render_scorecard_block", "compact_target", "compact_realised"]

_QUALIFIER_ZH = {"approx": "左右", "at_least": "以上", "more_than": "以上", "at_most": "以内"}
_HEADERS = ("year", "metric", "target", "realised", "status", "verdict")
_HEADERS_ZH = ("年份", "指标", "目标", "实际", "完成情况", "报告表述")


def row_to_dict(row: ScorecardRow) -> dict[str, Any]:
    """One contract row: metric, year, target (with theme and source), realised | null, status, verdict | null."""
    target = to_jsonable(row.ledger.target)
    target.update(theme=row.ledger.theme, source=row.ledger.source)
    return {"metric": row.ledger.target.metric, "year": row.ledger.target.year, "target": target,
            "realised": to_jsonable(row.realised) if row.realised is not None else None,
            "status": row.status,
            "verdict": ({"text": row.verdict_text, "start": row.verdict.start, "end": row.verdict.end}
                        if row.verdict is not None else None)}


def _num(value: Any) -> str:
    return "" if value is None else format(value.normalize(), "f") if hasattr(value, "normalize") else str(value)


def compact_target(target: Target) -> str:
    """5%左右, 6.5–7%, 1100万人以上; the clause itself for a target without a number."""
    if target.qualifier == "range" and target.low is not None:
        return f"{_num(target.low)}–{_num(target.high)}{target.unit}"
    if target.value is None:
        return target.text
    return f"{_num(target.value)}{target.unit}{_QUALIFIER_ZH.get(target.qualifier or '', '')}"


def compact_realised(row: ScorecardRow) -> str:
    return "—" if row.realised is None else f"{_num(row.realised.value)}{row.realised.unit}"


def metric_label(metric: str) -> str:
    """The metric's Chinese label (its key when the data has none)."""
    return metric_labels().get(metric, metric)


def _table_rows(rows: Sequence[ScorecardRow]) -> list[tuple[str, ...]]:
    return [(str(r.ledger.target.year or ""), metric_label(r.ledger.target.metric), compact_target(r.ledger.target),
             compact_realised(r), r.status, r.verdict_text) for r in rows]


_MD_PARTS = ("", "**量化任务**", "**文字任务**（报告以文字提出、未给数值的任务）")


def _md_part(row: ScorecardRow) -> int:
    """Which part of the Markdown table a row is in: 0 a target or stated row, 1 a task with a figure, 2 one in words."""
    t = row.ledger.target
    return 0 if row.ledger.source != "task" else 2 if t.value is None and t.point is None else 1


def render_scorecard(rows: Sequence[ScorecardRow], fmt: str = "md", *, headline_only: bool = False) -> str:
    """``md`` (a table: 年份 · 指标 · 目标 · 实际 · 完成情况), ``json`` (the contract's rows) or ``csv``."""
    if headline_only:
        rows = [r for r in rows if r.ledger.source != "task"]
    if fmt == "json":
        return json.dumps([row_to_dict(r) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(_HEADERS + ("theme", "source", "target_text", "target_start", "target_end",
                                    "realised_text", "realised_start", "realised_end", "document"))
        for r, cells in zip(rows, _table_rows(rows)):
            t, got = r.ledger.target, r.realised
            writer.writerow(cells + (r.ledger.theme, r.ledger.source, t.text, t.start, t.end,
                                     got.text if got else "", got.start if got else "", got.end if got else "",
                                     got.document if got else ""))
        return buf.getvalue()
    # Markdown: the headline and stated rows first; the plan tasks after, those with a figure, then those in words
    # (an old report's year's tasks, mostly 未提及), each under its own heading so they do not drown the targets.
    out: list[str] = []
    for k, title in enumerate(_MD_PARTS):
        chunk = [r for r in rows if _md_part(r) == k]
        if title and not chunk:
            continue
        out += ([""] if out else []) + ([title, ""] if title else [])
        out += ["| " + " | ".join(_HEADERS_ZH) + " |", "|" + "---|" * len(_HEADERS_ZH)]
        out += ["| " + " | ".join(c.replace("|", "｜") for c in cells) + " |" for cells in _table_rows(chunk)]
    return "\n".join(out) + "\n"


def render_scorecard_block(rows: Sequence[ScorecardRow]) -> str:
    """The digest's 目标完成情况 block (Markdown): the headline rows, then a count of the tasks."""
    head = [r for r in rows if r.ledger.source != "task"]
    tasks = [r for r in rows if r.ledger.source == "task"]
    out = ["## 目标完成情况", "", render_scorecard(head, "md").rstrip()]
    if tasks:
        counts = {s: sum(r.status == s for r in tasks) for s in ("完成", "超额完成", "未完成", "未提及")}
        out += ["", f"量化任务 {len(tasks)} 项：" + "，".join(f"{k} {v}" for k, v in counts.items() if v)]
    return "\n".join(out) + "\n"


def comparison_scorecard(comparison: Any) -> list[ScorecardRow]:
    """The scorecard of a digest's ``previous`` comparison (older report's ledger, this review)."""
    # deferred: across.scorecard (~8 ms) loads only when a scorecard is computed
    from huazhongdian.across.scorecard import scorecard

    return scorecard(comparison.old, comparison.new)


def scorecard_markdown_lines(comparison: Any) -> list[str]:
    """Lines of the digest's 目标完成情况 section (after 与上年相比)."""
    return render_scorecard_block(comparison_scorecard(comparison)).splitlines() + [""]


def scorecard_html(comparison: Any) -> str:
    """The digest page's 目标完成情况 section: the headline rows as a table, escaped."""
    # deferred: markupsafe (with jinja2) loads only for HTML output
    from markupsafe import Markup, escape

    rows = [r for r in comparison_scorecard(comparison) if r.ledger.source != "task"]
    if not rows:
        return Markup("")
    body = "".join(
        f"<tr><td>{escape(c[1])}</td><td>{escape(c[2])}</td><td>{escape(c[3])}</td>"
        f"<td class=\"status\">{escape(c[4])}</td><td>{escape(c[5])}</td></tr>"
        for c in _table_rows(rows))
    return Markup('<section id="scorecard"><h2>目标完成情况</h2><table class="targets"><thead><tr>'
                  "<th>指标</th><th>目标</th><th>实际</th><th>完成情况</th><th>报告表述</th></tr></thead>"
                  f"<tbody>{body}</tbody></table></section>")


def _f(value: Any) -> float:
    return float(value)


def metric_charts(rows: Sequence[ScorecardRow], width: int = 360, height: int = 150,
                  labels: dict[str, str] | None = None) -> list[tuple[str, str, Any]]:
    """One small SVG per headline metric over the years: the target (a band for a range, a bar
    with ▲ for 以上, ▼ for 以内, a dash for 左右/exact) and the realised value (a dot).

    ``labels`` overrides the metric names (the web pages pass the full Chinese ones of
    ``data/wording.toml``). Returns ``(metric key, label, svg Markup)``, in the order the metrics first appear. Values
    are the rows' own units (a metric's unit is the same across years; % for the rates).
    """
    # deferred: markupsafe (with jinja2) loads only for HTML output
    from markupsafe import Markup, escape

    by_metric: dict[str, list[ScorecardRow]] = {}
    for r in rows:
        t = r.ledger.target
        if r.ledger.source == "target" and t.point is not None and t.year is not None:
            by_metric.setdefault(t.metric, []).append(r)
    charts = []
    pad_l, pad_r, pad_t, pad_b = 34, 8, 10, 20
    for metric, mrows in by_metric.items():
        units = {r.ledger.target.unit for r in mrows}
        if len(units) != 1:
            continue  # 亿元 one year, 万亿元 the next: not one axis (base values would be)
        unit = units.pop()
        years = sorted({r.ledger.target.year for r in mrows})
        values = [_f(v) for r in mrows for v in (r.ledger.target.low, r.ledger.target.high, r.ledger.target.point,
                                                  r.realised.value if r.realised and r.realised.unit == unit else None)
                  if v is not None]
        lo, hi = min(values + [0.0]), max(values)
        hi = hi if hi > lo else lo + 1
        x0, x1 = years[0], years[-1] if years[-1] > years[0] else years[0] + 1

        def x(year: int) -> float:
            return pad_l + (year - x0) / (x1 - x0) * (width - pad_l - pad_r)

        def y(v: float) -> float:
            return pad_t + (1 - (v - lo) / (hi - lo)) * (height - pad_t - pad_b)

        name = (labels or {}).get(metric) or metric_label(metric)
        parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" class="sc-chart" '
                 f'role="img" aria-label="{escape(name)}">',
                 f'<line x1="{pad_l}" y1="{y(lo):.1f}" x2="{width - pad_r}" y2="{y(lo):.1f}" stroke="#999"/>',
                 f'<text x="2" y="{y(hi) + 4:.1f}" font-size="10">{_num_f(hi)}{escape(unit)}</text>',
                 f'<text x="2" y="{y(lo):.1f}" font-size="10">{_num_f(lo)}</text>']
        for year in years:
            parts.append(f'<text x="{x(year):.1f}" y="{height - 4}" font-size="9" text-anchor="middle">{year}</text>')
        for r in mrows:
            t = r.ledger.target
            cx = x(t.year)
            title = escape(f"{t.year} 目标 {compact_target(t)} · 实际 {compact_realised(r)} · {r.status}")
            if t.qualifier == "range" and t.low is not None:
                parts.append(f'<rect x="{cx - 5:.1f}" y="{y(_f(t.high)):.1f}" width="10" '
                             f'height="{max(1.0, y(_f(t.low)) - y(_f(t.high))):.1f}" fill="#f4b6b6"><title>{title}</title></rect>')
            else:
                ty = y(_f(t.point))
                mark = {"at_least": "▲", "more_than": "▲", "at_most": "▼"}.get(t.qualifier or "", "")
                parts.append(f'<line x1="{cx - 6:.1f}" y1="{ty:.1f}" x2="{cx + 6:.1f}" y2="{ty:.1f}" '
                             f'stroke="#c33" stroke-width="2"><title>{title}</title></line>')
                if mark:
                    parts.append(f'<text x="{cx + 7:.1f}" y="{ty + 3:.1f}" font-size="8" fill="#c33">{mark}</text>')
            if r.realised is not None and r.realised.unit == unit and r.realised.value is not None:
                parts.append(f'<circle cx="{cx:.1f}" cy="{y(_f(r.realised.value)):.1f}" r="3" fill="#236">'
                             f'<title>{title}</title></circle>')
        parts.append("</svg>")
        charts.append((metric, name, Markup("".join(parts))))
    return charts


def _num_f(v: float) -> str:
    return f"{v:g}"


#: How many headline rows the poster's 目标完成情况 block lists.
POSTER_ROWS = 6


def poster_rows(comparison: Any) -> list[ScorecardRow]:
    """The poster's rows: headline targets with a number that the review answers, report order."""
    rows = [r for r in comparison_scorecard(comparison)
            if r.ledger.source == "target" and r.realised is not None]
    return rows[:POSTER_ROWS]
