"""Speed of ``hzd scorecard --db`` against ``hzd targets`` over the same files (issue 13's goal:
the scorecard of a whole series in under 2× the time of its targets).

Run: ``PYTHONPATH=src .venv/bin/python bench/bench_scorecard.py`` (``--folder``, ``--runs 3``).

Builds a fresh library of ``--folder`` (default: the national series) in a temp folder — without
the held-out files and the sides of the held-out pairs (``bench/heldout.py``) — then times, alternately and in the same run, the two commands as a user runs them —
``hzd targets FILES… --format json`` and ``hzd scorecard --db LIB --format json`` — each in its
own process (interpreter start-up included, output discarded). Prints every run's wall seconds,
the medians and their ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("HZD_SHARED", ROOT.parent / "shared")) / "corpus"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import held_out_files, held_out_pairs  # noqa: E402  (bench/heldout.py, beside this script)


def _files(folder: Path) -> list[str]:
    """The folder's .txt reports, held-out files left out (no bench run reads them), and both sides
    of a held-out pair (1957 and 1958: else the library's consecutive pairs would score it)."""
    hidden = set(held_out_files()) | {f for pair in held_out_pairs() for f in pair}
    out = []
    for p in sorted(folder.glob("*.txt")):
        try:
            rel = p.resolve().relative_to(CORPUS.resolve()).as_posix()
        except ValueError:
            rel = p.name
        if rel not in hidden:
            out.append(str(p))
    return out


def _hzd(*args: str) -> list[str]:
    return [sys.executable, "-m", "huazhongdian.cli", *args]


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd[2:4])}: exit {done.returncode}: {done.stderr.decode()[-300:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=CORPUS / "national-series")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    files = _files(args.folder)
    if not files:
        sys.exit(f"{args.folder}: no .txt files")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "series.db")
        subprocess.run(_hzd("add", *files, "--db", db, "--jobs", "1"), check=True,
                       stdout=subprocess.DEVNULL, env=env)
        targets, cards = [], []
        for _ in range(args.runs):
            targets.append(_timed(_hzd("targets", *files, "--format", "json"), env))
            cards.append(_timed(_hzd("scorecard", "--db", db, "--format", "json"), env))
    t, c = statistics.median(targets), statistics.median(cards)
    print(f"{len(files)} reports in {args.folder} (held-out files and pairs left out)")
    print("hzd targets FILES:      " + ", ".join(f"{x:.2f}" for x in targets) + f" s  (median {t:.2f})")
    print("hzd scorecard --db LIB: " + ", ".join(f"{x:.2f}" for x in cards) + f" s  (median {c:.2f})")
    print(f"ratio scorecard / targets: {c / t:.2f}× (goal < 2×)")


if __name__ == "__main__":
    main()
