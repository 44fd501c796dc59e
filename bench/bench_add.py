"""Throughput of ``hzd add``: the whole shared corpus with 1 and 2 jobs, and synthetic corpora
up to 10× its size, to show the speed-up from a second process and how time grows with size.

Run: ``.venv/bin/python bench/bench_add.py`` (``--scales 1 5 10``, ``--jobs 1 2``, ``--engine``).

The synthetic corpus copies every report k times, each copy with a short unique line in
the middle so its hash differs and the library really stores it. Each run writes a fresh
library in a temp folder; times include starting the worker pool and writing SQLite.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("HZD_SHARED", ROOT.parent / "shared")) / "corpus"


def synthetic(corpus: Path, copies: int, out: Path) -> list[Path]:
    """``copies`` variants of every report in ``corpus`` under ``out`` (copy 0 is the original)."""
    from huazhongdian.store.batch import collect_paths

    made = []
    for k in range(copies):
        folder = out / f"copy{k:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        for src in map(Path, collect_paths([corpus])):
            dst = folder / f"{src.parent.name}-{src.name}"
            if k == 0:
                shutil.copy(src, dst)
            else:
                text = src.read_bytes().decode("utf-8", errors="replace")
                # A paragraph in the middle: the reader trims boilerplate at either end.
                mid = text.find("\n", len(text) // 2) + 1 or len(text)
                dst.write_text(text[:mid] + f"（合成副本 {k}）\n" + text[mid:], encoding="utf-8")
            made.append(dst)
    return made


def run(paths: list[str], jobs: int, engine: str) -> dict[str, float]:
    from huazhongdian.store.batch import add_paths
    from huazhongdian.store.library import Library

    with tempfile.TemporaryDirectory() as tmp:
        with Library(Path(tmp) / "bench.db") as lib:
            t0 = time.perf_counter()
            summary = add_paths(lib, paths, jobs=jobs, engine=engine)
            elapsed = time.perf_counter() - t0
            chars = lib.conn.execute("SELECT coalesce(sum(chars), 0) FROM documents").fetchone()[0]
            docs = len(summary.added)
    if summary.present or summary.skipped:
        print(f"  note: {len(summary.present)} already present, {len(summary.skipped)} skipped", flush=True)
    return {"docs": docs, "skipped": len(summary.skipped), "seconds": elapsed, "chars": chars,
            "docs_per_s": docs / elapsed, "chars_per_s": chars / elapsed}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 5, 10])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--engine", default="local", choices=("local", "dask"))
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"bench_add: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    print(f"cpu_count={os.cpu_count()} engine={args.engine} corpus={args.corpus} "
          f"loadavg(1m)={os.getloadavg()[0]:.1f} at {time.strftime('%H:%M UTC', time.gmtime())}")
    # Warm up once (segmenter dictionary, lexicon, lenses): forked workers inherit a warm
    # parent, so without this the serial run alone would pay the one-off loading.
    from huazhongdian.store.batch import collect_paths, process_path

    process_path(collect_paths([args.corpus])[0])
    print(f"{'corpus':>8} {'jobs':>4} {'docs':>5} {'seconds':>8} {'docs/s':>7} {'chars/s':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        base: dict[int, float] = {}
        for scale in args.scales:
            paths = [str(p) for p in synthetic(args.corpus, scale, Path(tmp) / f"x{scale}")]
            # The whole speed-up table at 1×; larger corpora only with the most jobs (time grows).
            for jobs in (args.jobs if scale == args.scales[0] else [max(args.jobs)]):
                r = run(paths, jobs, args.engine)
                base.setdefault(jobs, r["seconds"]) if scale == args.scales[0] else None
                print(f"{str(scale) + '×':>8} {jobs:>4} {r['docs']:>5} {r['seconds']:>8.1f} "
                      f"{r['docs_per_s']:>7.1f} {r['chars_per_s']:>9.0f}", flush=True)
                if scale != args.scales[0]:
                    ratio = r["seconds"] / base[max(args.jobs)]
                    print(f"{'':>8} time ÷ {args.scales[0]}× time = {ratio:.2f} (linear would be "
                          f"{scale / args.scales[0]:.2f})", flush=True)
            shutil.rmtree(Path(tmp) / f"x{scale}")
        print(f"loadavg(1m) at the end: {os.getloadavg()[0]:.1f} (other work on the machine skews the figures)")
        if len(base) > 1:
            print(f"speed-up {min(base)}→{max(base)} jobs at {args.scales[0]}×: "
                  f"{base[min(base)] / base[max(base)]:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
