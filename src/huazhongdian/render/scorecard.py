"""目标完成情况 as Markdown, JSON (the contract's rows), CSV, and the digest's block."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from huazhongdian.extract.targets import metric_labels
from huazhongdian.render.json import to_jsonable
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


def _label(metric: str) -> str:
    return metric_labels().get(metric, metric)


def _table_rows(rows: Sequence[ScorecardRow]) -> list[tuple[str, ...]]:
    return [(str(r.ledger.target.year or ""), _label(r.ledger.target.metric), compact_target(r.ledger.target),
             compact_realised(r), r.status, r.verdict_text) for r in rows]


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
    lines = ["| " + " | ".join(_HEADERS_ZH) + " |", "|" + "---|" * len(_HEADERS_ZH)]
    for cells in _table_rows(rows):
        lines.append("| " + " | ".join(c.replace("|", "｜") for c in cells) + " |")
    return "\n".join(lines) + "\n"


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
    from huazhongdian.across.scorecard import scorecard

    return scorecard(comparison.old, comparison.new)


def scorecard_markdown_lines(comparison: Any) -> list[str]:
    """Lines of the digest's 目标完成情况 section (after 与上年相比)."""
    return render_scorecard_block(comparison_scorecard(comparison)).splitlines() + [""]


def scorecard_html(comparison: Any) -> str:
    """The digest page's 目标完成情况 section: the headline rows as a table, escaped."""
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
