"""Render speed: HTML digest, poster PNG and poster SVG for one report (issue 5).

Run from the repo root::

    .venv/bin/python bench/bench_render.py [--report PATH] [--lens science] [--repeat 10]

The digest is computed once; only rendering is timed. "first" is the first call in the
process (imports of jinja2 / Pillow, font loading, glyph-coverage tables included), "warm"
is the median of ``--repeat`` further calls; CPU time (``time.process_time``) is shown beside
wall time because the 2-core machine is often shared. Prints a Markdown table for BENCHMARKS.md.
Goals: poster < 2 s (first call included), HTML < 100 ms warm.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "national-series" / "2025.txt"


def timed(fn, *args) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process, result): CPU time stays honest on a busy machine."""
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn(*args)
    return time.perf_counter() - t0, time.process_time() - c0, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--report", type=Path, default=DEFAULT if DEFAULT.exists()
                    else ROOT / "examples" / "national-2025-gov-work-report.txt")
    ap.add_argument("--lens", default="science")
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args(argv)

    import huazhongdian as hzd
    from huazhongdian.render.html import render_html
    from huazhongdian.render.poster import layout_poster, render_poster_png, render_poster_svg

    d = hzd.digest(hzd.read(args.report), lens=args.lens)
    rows = []
    for name, fn in (("HTML digest", render_html), ("poster PNG", render_poster_png),
                     ("poster SVG", render_poster_svg)):
        first, first_cpu, out = timed(fn, d)
        runs = [timed(fn, d) for _ in range(args.repeat)]
        warm = statistics.median(r[0] for r in runs)
        warm_cpu = statistics.median(r[1] for r in runs)
        size = len(out.encode("utf-8")) if isinstance(out, str) else len(out)
        rows.append((name, first, first_cpu, warm, warm_cpu, size))
    lay = layout_poster(d)
    print(f"report: {args.report.name} ({d.document.chars} chars), lens {args.lens}; "
          f"{len(d.items)} items, {len(d.indicators)} indicators, {len(d.targets)} targets; "
          f"poster {lay.width}×{lay.height} px")
    print()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print()
    print("| output | first call, wall (CPU) | warm median of %d, wall (CPU) | size |" % args.repeat)
    print("|---|---:|---:|---:|")
    for name, first, first_cpu, warm, warm_cpu, size in rows:
        print(f"| {name} | {first * 1000:.0f} ms ({first_cpu * 1000:.0f} ms) | "
              f"{warm * 1000:.0f} ms ({warm_cpu * 1000:.0f} ms) | {size / 1024:.0f} KiB |")
    slow = [r for r in rows if r[0].startswith("poster") and r[1] >= 2.0]
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
