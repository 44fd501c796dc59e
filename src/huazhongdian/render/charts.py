"""Charts as PNG bytes: term counts (``hzd terms --format png``) and a term across years
(``hzd trend --format png``), in the project's palette and the shipped Noto Sans SC.

matplotlib is imported inside the functions (it costs ~0.3 s) and used through its
object API with the Agg canvas, so no global backend is switched and no pyplot state
leaks into a caller's notebook.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from huazhongdian.render.style import PALETTE, font_path, mpl_rc
from huazhongdian.types import Term

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

_DPI = 144
_SERIES = (PALETTE.red, PALETTE.plan, PALETTE.gold, PALETTE.ink_soft, PALETTE.red_deep, "#3C8D5A", "#8A5FB0")


@lru_cache(maxsize=1)
def _register_fonts() -> None:
    """Teach matplotlib the shipped fonts once (it does not scan pip packages itself)."""
    # deferred: matplotlib loads only when a chart is drawn
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(font_path("sans")))


def _png(fig: Figure) -> bytes:
    # deferred: matplotlib loads only when a chart is drawn
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=_DPI)
    return buf.getvalue()


def _empty_png(fig: Figure, ax: Axes, message: str) -> bytes:
    """The chart with nothing to draw: its title and a centred note instead of empty axes."""
    ax.text(0.5, 0.5, message, ha="center", va="center", color=PALETTE.ink_soft, transform=ax.transAxes)
    ax.set_axis_off()
    return _png(fig)


def _title(fig: Figure, title: str, subtitle: str) -> None:
    fig.text(0.02, 0.975, title, ha="left", va="top", fontsize=16, color=PALETTE.ink)
    fig.text(0.02, 0.975 - 0.36 / fig.get_figheight(), subtitle, ha="left", va="top", fontsize=10,
             color=PALETTE.ink_soft)


def render_terms_png(terms: Sequence[Term], title: str = "", *, top_k: int = 25) -> bytes:
    """Horizontal bars of term counts, largest first, the count at each bar's end.

    Example: ``Path("terms.png").write_bytes(render_terms_png(extract_terms(doc, ["科技"]), "2025"))``.
    """
    # deferred: matplotlib loads only when a chart is drawn
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    _register_fonts()
    shown = sorted(terms, key=lambda t: -t.count)[:top_k]
    height = 1.3 + 0.34 * max(1, len(shown))
    with rc_context(mpl_rc()):
        fig = Figure(figsize=(7.5, height))
        top = 1 - 0.95 / height
        ax = fig.add_axes((0.24, 0.35 / height, 0.68, top - 0.35 / height))
        _title(fig, title or "关键词出现次数", "出现次数（每万字）")
        if not shown:
            return _empty_png(fig, ax, "没有词可画")
        labels = [t.term for t in reversed(shown)]
        counts = [t.count for t in reversed(shown)]
        colours = [PALETTE.red_deep if i == len(shown) - 1 else PALETTE.red for i in range(len(shown))]
        ax.barh(range(len(shown)), counts, color=colours, height=0.62)
        ax.set_yticks(range(len(shown)), labels)
        ax.tick_params(axis="y", length=0, labelsize=11)
        ax.tick_params(axis="x", labelsize=9)
        ax.spines["left"].set_visible(False)
        ax.set_xlim(0, max(max(counts), 1) * 1.18)
        for i, t in enumerate(reversed(shown)):
            ax.text(t.count, i, f" {t.count}（{_fmt(t.per_10k)}）", va="center", fontsize=9,
                    color=PALETTE.ink_soft)
        ax.xaxis.get_major_locator().set_params(integer=True)
        return _png(fig)


def _fmt(value: Decimal | float) -> str:
    return f"{float(value):.2f}".rstrip("0").rstrip(".")


def _trend_series(rows: Sequence[Mapping[str, Any]]) -> dict[str, list[tuple[int, float]]]:
    """term → [(year, per_10k)], several documents of one year averaged; rows without a year dropped.

    Rows of split series (``hzd trend --by region|kind|level``: a non-empty ``series``) give a
    line per term and series, labelled ``term · series``.
    """
    acc: dict[str, dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        if row.get("year") is None:
            continue
        label = f"{row['term']} · {row['series']}" if row.get("series") else str(row["term"])
        acc[label][int(row["year"])].append(float(row["per_10k"]))
    return {term: sorted((year, sum(v) / len(v)) for year, v in years.items()) for term, years in acc.items()}


def _consecutive(points: list[tuple[int, float]]) -> list[list[tuple[int, float]]]:
    """Split (year, value) points, sorted by year, into runs of consecutive years."""
    runs: list[list[tuple[int, float]]] = []
    for point in points:
        if runs and point[0] == runs[-1][-1][0] + 1:
            runs[-1].append(point)
        else:
            runs.append([point])
    return runs


def render_trend_png(rows: Sequence[Mapping[str, Any]], title: str = "") -> bytes:
    """Lines of per-10k-character frequency by year, one per term.

    ``rows`` are the ``hzd trend --format json`` rows: ``{term, year, document, count, per_10k}``.
    Per 10k characters (not raw counts) so long and short reports compare fairly.

    Example: ``render_trend_png([{"term": "科技", "year": 2024, "document": "a", "count": 9, "per_10k": 4.8}])``.
    """
    # deferred: matplotlib loads only when a chart is drawn
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    _register_fonts()
    series = _trend_series(rows)
    with rc_context(mpl_rc()):
        fig = Figure(figsize=(8, 4.2))
        ax = fig.add_axes((0.08, 0.1, 0.88, 0.64))
        _title(fig, title or "词频走势", "每万字出现次数，按年份")
        if not series:
            return _empty_png(fig, ax, "没有带年份的数据")
        for i, (term, points) in enumerate(series.items()):
            colour = _SERIES[i % len(_SERIES)]
            # A missing year breaks the line: drawing 2019→2021 straight would invent 2020.
            for j, run in enumerate(_consecutive(points)):
                years, values = zip(*run)
                ax.plot(years, values, color=colour, linewidth=2.2, marker="o", markersize=4.5,
                        label=term if j == 0 else None)
            last_year, last_value = points[-1]
            ax.annotate(_fmt(last_value), (last_year, last_value), xytext=(4, 4), textcoords="offset points",
                        fontsize=9, color=colour)
        ax.grid(axis="y", color=PALETTE.line, linewidth=0.8)
        ax.set_ylim(bottom=0)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.tick_params(labelsize=9)
        ax.legend(frameon=False, loc="lower left", bbox_to_anchor=(0, 1.01), ncol=min(6, len(series)),
                  fontsize=10, borderaxespad=0)
        return _png(fig)
