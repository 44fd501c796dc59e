"""Digest speed against the jieba baseline, over the national series (issue 2).

Run from the repo root::

    .venv/bin/python bench/bench_digest.py [--corpus ../shared/corpus] [--limit N]

For every ``national-series/*.txt`` it times

* cold: a fresh process running ``hzd digest FILE --format json`` against a fresh process
  running ``import jieba; jieba.lcut(text)`` on the same file (start-up, imports and
  dictionary loading included on both sides; jieba uses its prefix-dict cache, as any
  second run on a machine does);
* warm: in one process, ``digest(read(path))`` against ``jieba.lcut(text)``, each after one
  warm-up call.

and prints a Markdown summary (totals, per-report medians, the ratios, chars/s), the date,
the git revision and which digest components produced anything, ready for BENCHMARKS.md.
The goal is a cold ratio of at most 1.5.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JIEBA_BASELINE = "import sys, jieba; jieba.lcut(open(sys.argv[1], encoding='utf-8').read())"
COMPONENTS = ("terms", "keywords", "indicators", "targets", "items", "tasks", "entities")


def run_timed(argv: list[str]) -> float | str:
    """Wall time of one subprocess, or the last line of its stderr when it fails."""
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    if done.returncode:
        return (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
    return time.perf_counter() - start


def cold(files: list[Path]) -> tuple[list[float], list[float], list[str]]:
    """Paired cold timings; a report whose digest fails is left out of both sides and listed."""
    hzd = str(Path(sys.executable).parent / "hzd")
    digest_argv = lambda f: [hzd, "digest", str(f), "--format", "json"]  # noqa: E731
    jieba_argv = lambda f: [sys.executable, "-c", JIEBA_BASELINE, str(f)]  # noqa: E731
    run_timed(digest_argv(files[-1]))  # warm the OS file cache and jieba's dictionary cache
    run_timed(jieba_argv(files[-1]))
    ours, base, failed = [], [], []
    for f in files:  # interleaved, so machine noise hits both sides alike
        mine, theirs = run_timed(digest_argv(f)), run_timed(jieba_argv(f))
        if isinstance(mine, str) or isinstance(theirs, str):
            failed.append(f"{f.name}: {mine if isinstance(mine, str) else theirs}")
            continue
        ours.append(mine)
        base.append(theirs)
    return ours, base, failed


def warm(files: list[Path]) -> tuple[list[float], list[float], dict[str, int]]:
    import jieba

    import huazhongdian as hzd

    jieba.setLogLevel(60)
    texts = [f.read_text("utf-8") for f in files]
    jieba.lcut(texts[0])
    sample = hzd.digest(hzd.read(files[-1]))
    ours, base = [], []
    for f, text in zip(files, texts):
        start = time.perf_counter()
        hzd.digest(hzd.read(f))
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        jieba.lcut(text)
        base.append(time.perf_counter() - start)
    return ours, base, {name: len(getattr(sample, name)) for name in COMPONENTS}


def git_revision() -> str:
    out = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                         capture_output=True, text=True, check=False)
    return out.stdout.strip() or "unknown"


def row(label: str, ours: list[float], base: list[float], chars: int) -> str:
    total_o, total_b = sum(ours), sum(base)
    med_o, med_b = statistics.median(ours), statistics.median(base)
    return (f"| {label} | {total_o:.2f} s | {total_b:.2f} s | **{total_o / total_b:.2f}×** | "
            f"{med_o * 1000:.0f} ms | {med_b * 1000:.0f} ms | {med_o / med_b:.2f}× | "
            f"{chars / total_o:,.0f} | {chars / total_b:,.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--limit", type=int, default=0, help="only the first N reports (quick check)")
    args = parser.parse_args()
    files = sorted((args.corpus / "national-series").glob("*.txt"))
    if args.limit:
        files = files[:args.limit]
    if not files:
        raise SystemExit(f"bench_digest: no reports in {args.corpus / 'national-series'}")
    chars = sum(len(f.read_text("utf-8")) for f in files)

    from huazhongdian.extract.segment import backend_name

    cold_ours, cold_base, failed = cold(files)
    warm_ours, warm_base, components = warm(files)
    active = ", ".join(f"{name} ({n})" for name, n in components.items() if n) or "none"
    idle = ", ".join(name for name, n in components.items() if not n) or "none"
    print(f"Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC at git {git_revision()}, "
          f"{len(files)} reports of national-series ({chars:,} chars), segmenter {backend_name()}.")
    print(f"Components producing output (facts for {files[-1].name}): {active}; empty: {idle}.\n")
    print("| run | hzd digest total | jieba total | ratio | hzd median | jieba median | median ratio "
          "| hzd chars/s | jieba chars/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    left_out = {x.split(":", 1)[0] for x in failed}
    cold_chars = chars - sum(len(f.read_text("utf-8")) for f in files if f.name in left_out)
    print(row("cold (fresh process each)", cold_ours, cold_base, cold_chars))
    print(row("warm (in-process)", warm_ours, warm_base, chars))
    if failed:
        print(f"\nLeft out of the cold run ({len(failed)}): " + "; ".join(failed))


if __name__ == "__main__":
    main()
