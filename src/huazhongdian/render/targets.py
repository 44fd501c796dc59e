"""``hzd targets`` output: the year × metric table analysts publish, as text, CSV or JSON.

* ``table`` — one row per report (sorted by year), one column per metric, cells as people
  write them: ``5%左右``, ``6.5–7%``, ``1100万人以上``, ``同步``; ``—`` when the report sets no
  such target and ``不设`` when it says it sets none (2020's GDP growth).
* ``csv`` — the same grid, wide: ``year,source,gdp_growth,cpi,…`` with the same cell text.
  ``long=True`` gives tidy rows instead: one target per line with its numbers and clause, and
  the comparable ``point`` (a range's midpoint), ``base_value`` and ``base_unit`` (1.62万亿元 →
  1620000000000, 元) at the end of the row.
* ``json`` — a list of target objects (the digest's ``targets`` schema) each with ``source``.

A report with no targets still gets its row of dashes in the grid, so a series over
``national-series/*.txt`` shows where the 主要预期目标 passage begins (2004).
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from pathlib import PurePath

from huazhongdian.errors import BadInput
from huazhongdian.extract.targets import (
    CONTRACT_METRICS,
    metric_keys,
    metric_labels,
    qualitative_label,
    report_year,
)
from huazhongdian.jsonable import to_jsonable
from huazhongdian.render.view import format_number
from huazhongdian.types import Document, Target

__all__ = ["render_targets", "format_cell"]

NONE_CELL = "—"
ABSENT_CELL = "不设"
_SUFFIX = {"approx": "左右", "at_least": "以上", "at_most": "以内", "near": "近", "more_than": "余"}

Rows = Sequence[tuple[Document, Sequence[Target]]]


def format_cell(target: Target | None) -> str:
    """One grid cell as analysts write it.

    Example: a 2016 gdp_growth range 6.5–7 % → ``"6.5–7%"``; cpi 3 approx → ``"3%左右"``.
    """
    if target is None:
        return NONE_CELL
    if target.absent:
        return ABSENT_CELL
    if target.qualifier == "range" and target.low is not None and target.high is not None:
        return f"{format_number(target.low)}–{format_number(target.high)}{target.unit}"
    if target.value is None:
        return qualitative_label(target) or target.text
    return f"{format_number(target.value)}{target.unit}{_SUFFIX.get(target.qualifier or '', '')}"


def _sorted_rows(rows: Rows) -> list[tuple[Document, int | None, Sequence[Target]]]:
    keyed = [(doc, report_year(doc), targets) for doc, targets in rows]
    # Reports without a year go last; the source name breaks ties so output is stable.
    return sorted(keyed, key=lambda r: (r[1] is None, r[1] or 0, r[0].source))


def _columns(rows: Rows) -> list[str]:
    used = {t.metric for _, targets in rows for t in targets}
    return [k for k in metric_keys() if k in CONTRACT_METRICS or k in used] + sorted(
        used - set(metric_keys()))


def _source_name(doc: Document) -> str:
    return PurePath(doc.source).name if doc.source else ""


def _grid(rows: Rows) -> tuple[list[str], list[list[str]]]:
    columns = _columns(rows)
    body = []
    for doc, year, targets in _sorted_rows(rows):
        by_metric = {t.metric: t for t in targets}
        body.append([str(year) if year is not None else "", _source_name(doc)]
                    + [format_cell(by_metric.get(k)) for k in columns])
    return columns, body


def _width(s: str) -> int:
    # CJK characters take two terminal columns; aligning by len() would skew the grid.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))


def _render_table(rows: Rows) -> str:
    columns, body = _grid(rows)
    labels = metric_labels()
    header = ["year", "source"] + [labels.get(k, k) for k in columns]
    widths = [max(_width(r[i]) for r in [header, *body]) for i in range(len(header))]
    lines = ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in [header, *body]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def _render_csv(rows: Rows, long: bool) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if long:
        writer.writerow(["year", "source", "metric", "value", "low", "high", "unit", "qualifier",
                         "absent", "cell", "text", "start", "end", "point", "base_value", "base_unit"])
        for doc, year, targets in _sorted_rows(rows):
            for t in targets:
                writer.writerow([year if year is not None else "", _source_name(doc), t.metric,
                                 *("" if d is None else format_number(d) for d in (t.value, t.low, t.high)),
                                 t.unit, t.qualifier or "", str(t.absent).lower(), format_cell(t),
                                 t.text, t.start, t.end,
                                 *("" if d is None else format_number(d) for d in (t.point, t.base_value)),
                                 t.base_unit])
        return buf.getvalue()
    columns, body = _grid(rows)
    writer.writerow(["year", "source", *columns])
    writer.writerows(body)
    return buf.getvalue()


def _render_json(rows: Rows) -> str:
    out = []
    for doc, _, targets in _sorted_rows(rows):
        for t in targets:
            out.append(dict(to_jsonable(t), source=doc.source))
    return json.dumps(out, ensure_ascii=False, indent=1)


def render_targets(rows: Rows, fmt: str, long: bool = False) -> str:
    """Render the targets of several reports.

    Args:
        rows: ``(doc, extract_targets(doc))`` pairs, in any order (output is sorted by year).
        fmt: ``"table"``, ``"csv"`` or ``"json"``.
        long: for ``csv`` only: one row per target instead of the year × metric grid.

    Returns:
        The rendered text.

    Raises:
        BadInput: for an unknown ``fmt`` (the CLI checks choices first).
    """
    if fmt == "table":
        return _render_table(rows)
    if fmt == "csv":
        return _render_csv(rows, long)
    if fmt == "json":
        return _render_json(rows)
    raise BadInput("--format", f"unknown targets format {fmt!r}; choose table, csv or json")
