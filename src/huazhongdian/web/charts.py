"""Server-side SVG charts for the library pages: a term trend on a real time axis and one small
chart per target metric over the years. Plain SVG strings (no script, no external resource);
every piece of report text is escaped. The pages inline them; ``/api/trend?format=svg`` serves
the trend chart as a file.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

from huazhongdian.render.wording import word

COLOURS = ("#c8102e", "#2f5d8a", "#d4a017", "#3c8d5a", "#8a5fb0", "#555555")
DASHES = ("", "6 3", "2 3", "8 3 2 3")


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round y ticks from 0 to at least ``top``: 0, 2, 4, 6 … (a 1, 2 or 5 step)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / max(count - 1, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    n = math.ceil(top / step - 1e-9)
    return [round(i * step, 10) for i in range(n + 1)]


def year_ticks(lo: int, hi: int, most: int = 12) -> list[int]:
    """Year labels for the x axis: every year, or every 2nd, 5th, 10th … so at most ``most``."""
    span = max(hi - lo, 1)
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50) if span / s <= most - 1)
    first = lo if step == 1 else int(math.ceil(lo / step) * step)
    ticks = list(range(first, hi + 1, step))
    return ticks or [lo]


def runs(points: Sequence[tuple[int, float]]) -> list[list[tuple[int, float]]]:
    """(year, value) points, sorted by year, cut wherever a year is missing: a gap stays a gap."""
    out: list[list[tuple[int, float]]] = []
    for p in points:
        if out and p[0] == out[-1][-1][0] + 1:
            out[-1].append(p)
        else:
            out.append([p])
    return out


def _fmt(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".") if v else "0"


def trend_lines(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One line per (term, series): ``{term, series, points: [(year, per_10k)], docs: {year: [...]}}``.
    Documents of one year in one series (several provinces) are averaged; undated ones are left out."""
    acc: OrderedDict[tuple[str, str], dict[int, list[dict[str, Any]]]] = OrderedDict()
    for r in rows:
        if r.get("year") is None:
            continue
        acc.setdefault((r["term"], r.get("series", "")), {}).setdefault(int(r["year"]), []).append(r)
    lines = []
    for (term, series), years in acc.items():
        points = [(y, sum(float(r["per_10k"]) for r in rs) / len(rs)) for y, rs in sorted(years.items())]
        lines.append({"term": term, "series": series, "points": points, "docs": years})
    return lines


def trend_svg(rows: Sequence[dict[str, Any]], width: int = 760, height: int = 320, *,
              standalone: bool = False) -> Markup:
    """The trend chart: x = year (a real time axis, labelled), y = occurrences per 10,000
    characters with ticks; one colour per term, one dash per series; consecutive years joined,
    a missing year leaves a gap; each point's title names its documents and counts."""
    lines = trend_lines(rows)
    pad_l, pad_r, pad_t, pad_b = 48, 22, 16, 52
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" class="chart trend-chart" role="img" aria-label="词频走势：每万字出现次数，按年份">')
    if not lines:
        return Markup(head + f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">没有带年份的数据</text></svg>')
    years = [y for line in lines for y, _ in line["points"]]
    lo, hi = min(years), max(years)
    if hi == lo:
        lo, hi = lo - 1, hi + 1
    ticks = nice_ticks(max(v for line in lines for _, v in line["points"]))
    top = ticks[-1] or 1.0
    plot_w, plot_h = width - pad_l - pad_r, height - pad_t - pad_b

    def x(year: float) -> float:
        return pad_l + (year - lo) / (hi - lo) * plot_w

    def y(v: float) -> float:
        return pad_t + (1 - v / top) * plot_h

    parts = [head]
    if standalone:
        parts.append(f'<rect width="{width}" height="{height}" fill="#fff"/>')
    parts.append('<g class="axis" font-size="11" fill="#555">')
    for t in ticks:
        parts.append(f'<line x1="{pad_l}" y1="{y(t):.1f}" x2="{width - pad_r}" y2="{y(t):.1f}" stroke="#e5e5e5"/>'
                     f'<text x="{pad_l - 6}" y="{y(t) + 4:.1f}" text-anchor="end">{_fmt(t)}</text>')
    parts.append(f'<line x1="{pad_l}" y1="{y(0):.1f}" x2="{width - pad_r}" y2="{y(0):.1f}" stroke="#888"/>')
    for year in year_ticks(min(years), max(years)):
        parts.append(f'<line x1="{x(year):.1f}" y1="{y(0):.1f}" x2="{x(year):.1f}" y2="{y(0) + 4:.1f}" stroke="#888"/>'
                     f'<text class="year" x="{x(year):.1f}" y="{y(0) + 17:.1f}" text-anchor="middle">{year}</text>')
    parts.append(f'<text x="{pad_l + plot_w / 2:.1f}" y="{height - 8}" text-anchor="middle">年份</text>')
    parts.append(f'<text transform="translate(12 {pad_t + plot_h / 2:.1f}) rotate(-90)" text-anchor="middle">'
                 f'每万字出现次数</text></g>')
    terms = list(dict.fromkeys(line["term"] for line in lines))
    series = list(dict.fromkeys(line["series"] for line in lines))
    for line in lines:
        colour = COLOURS[terms.index(line["term"]) % len(COLOURS)]
        dash = DASHES[series.index(line["series"]) % len(DASHES)]
        name = escape(f'{line["term"]} · {line["series"]}' if line["series"] else line["term"])
        parts.append(f'<g class="series" data-term="{escape(line["term"])}" data-series="{escape(line["series"])}">')
        for run in runs(line["points"]):
            if len(run) > 1:
                pts = " ".join(f"{x(a):.1f},{y(b):.1f}" for a, b in run)
                dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
                parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2"{dash_attr} points="{pts}"/>')
        for year, value in line["points"]:
            docs = "；".join(f'{r["document"]} {r["count"]}次' for r in line["docs"][year])
            parts.append(f'<circle cx="{x(year):.1f}" cy="{y(value):.1f}" r="3.5" fill="{colour}" data-year="{year}">'
                         f'<title>{name} {year}年：每万字 {_fmt(value)}（{escape(docs)}）</title></circle>')
        parts.append("</g>")
    parts.append("</svg>")
    return Markup("".join(parts))


def legend(rows: Sequence[dict[str, Any]]) -> list[dict[str, str]]:
    """The chart's key: colour and dash of each (term, series) line, in drawing order."""
    lines = trend_lines(rows)
    terms = list(dict.fromkeys(line["term"] for line in lines))
    series = list(dict.fromkeys(line["series"] for line in lines))
    return [{"term": line["term"], "series": line["series"],
             "colour": COLOURS[terms.index(line["term"]) % len(COLOURS)],
             "dash": DASHES[series.index(line["series"]) % len(DASHES)]} for line in lines]


def target_charts(records: Sequence[dict[str, Any]], width: int = 360, height: int = 170) -> list[dict[str, Any]]:
    """One small SVG per metric over the years, from :func:`web.library.target_records`: a range
    is a band from low to high, a single number a dot; one colour per region (national reports
    are 全国). A metric whose unit changes over the years (赤字 in 亿元, then 万亿元) is drawn in
    the unit most years use, the other years listed as left out.

    Returns ``[{metric, label, unit, svg, skipped}]`` in the order the metrics first appear.
    """
    by_metric: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    for r in records:
        if r["point"] is not None and r["year"] is not None and not r["absent"]:
            by_metric.setdefault(r["metric"], []).append(r)
    out = []
    pad_l, pad_r, pad_t, pad_b = 40, 18, 12, 34
    for metric, rs in by_metric.items():
        units: dict[str, int] = {}
        for r in rs:
            units[r["unit"]] = units.get(r["unit"], 0) + 1
        unit = max(units, key=lambda u: units[u])
        shown = [r for r in rs if r["unit"] == unit]
        skipped = sorted({r["year"] for r in rs if r["unit"] != unit})
        values = [v for r in shown for v in (r["low"], r["high"], r["point"]) if v is not None]
        ticks = nice_ticks(max(values))
        top = ticks[-1] or 1.0
        years = sorted({r["year"] for r in shown})
        lo, hi = years[0], years[-1]
        if hi == lo:
            lo, hi = lo - 1, hi + 1
        plot_w, plot_h = width - pad_l - pad_r, height - pad_t - pad_b

        def x(year: float) -> float:
            return pad_l + (year - lo) / (hi - lo) * plot_w

        def y(v: float) -> float:
            return pad_t + (1 - v / top) * plot_h

        label = word("metric", metric)
        parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" class="chart target-chart" '
                 f'role="img" aria-label="{escape(label)}（{escape(unit)}），按年份" data-metric="{escape(metric)}">',
                 '<g font-size="10" fill="#555">']
        for t in ticks:
            parts.append(f'<line x1="{pad_l}" y1="{y(t):.1f}" x2="{width - pad_r}" y2="{y(t):.1f}" stroke="#eee"/>'
                         f'<text x="{pad_l - 4}" y="{y(t) + 3:.1f}" text-anchor="end">{_fmt(t)}</text>')
        for year in year_ticks(years[0], years[-1], most=7):
            parts.append(f'<text class="year" x="{x(year):.1f}" y="{y(0) + 14:.1f}" text-anchor="middle">{year}</text>')
        parts.append(f'<text x="{pad_l + plot_w / 2:.1f}" y="{height - 4}" text-anchor="middle">年份</text></g>')
        regions = list(dict.fromkeys(r["region"] or "全国" for r in shown))
        for r in shown:
            colour = COLOURS[regions.index(r["region"] or "全国") % len(COLOURS)]
            tip = escape(f'{r["year"]}年 {r["region"] or "全国"}：{r["compact"]}——{r["text"]}')
            cx = x(r["year"])
            if r["low"] is not None and r["high"] is not None and r["value"] is None:
                parts.append(f'<rect class="range" x="{cx - 4:.1f}" y="{y(r["high"]):.1f}" width="8" '
                             f'height="{max(2.0, y(r["low"]) - y(r["high"])):.1f}" fill="{colour}" opacity="0.45">'
                             f'<title>{tip}</title></rect>')
            parts.append(f'<circle class="point" cx="{cx:.1f}" cy="{y(r["point"]):.1f}" r="3" fill="{colour}" '
                         f'data-year="{r["year"]}" data-value="{r["point"]:g}"><title>{tip}</title></circle>')
        parts.append("</svg>")
        out.append({"metric": metric, "label": label, "unit": unit, "svg": Markup("".join(parts)),
                    "skipped": skipped, "regions": [(g, COLOURS[i % len(COLOURS)]) for i, g in enumerate(regions)]})
    return out
