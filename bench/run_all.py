"""Run every benchmark and evaluation in bench/, one after another, each as its own process.

    .venv/bin/python bench/run_all.py            # all of them
    .venv/bin/python bench/run_all.py digest web # only those whose file name contains a word

Each script is runnable alone and prints its own figures; the ones that maintain a block in
BENCHMARKS.md take --write. This runner only sequences them, so that one measurement never
competes with another for the two cores.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCRIPTS = [
    "bench_digest.py",
    "eval_indicators.py",
    "eval_targets.py",
    "eval_classify.py",
    "bench_render.py",
    "eval_track.py",
    "bench_add.py",
    "bench_web_load.py",
]


def main(words: list[str]) -> int:
    failed = []
    for name in SCRIPTS:
        if words and not any(w in name for w in words):
            continue
        if not (HERE / name).exists():
            print(f"== {name}: missing, skipped")
            continue
        print(f"\n== {name}", flush=True)
        t0 = time.perf_counter()
        rc = subprocess.call([sys.executable, str(HERE / name)])
        print(f"== {name}: exit {rc} in {time.perf_counter() - t0:.1f} s", flush=True)
        if rc:
            failed.append(name)
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
