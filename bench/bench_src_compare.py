"""Warm digest time of two source trees in the same run: is this change slower than that one?

Run from the repo root, with another checkout's ``src`` (e.g. a worktree at the day's first commit)::

    git worktree add /tmp/before <rev>
    .venv/bin/python bench/bench_src_compare.py /tmp/before/src src [--rounds 5]

Each round starts one fresh process per tree, in alternating order, and each process times a warm
``digest(read(path))`` plus the Markdown and the view (what every output needs) on the same
reports (national 2025 and 2026, four provincial 2026 reports, a Hailar district report and the
20th congress report), each after one warm-up call, as CPU time. It prints per tree the median
over rounds of the per-round total, and the ratio of the second tree to the first.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from heldout import held_out_files  # noqa: E402
CORPUS = Path(os.environ.get("HZD_SHARED", ROOT.parent / "shared")) / "corpus"
REPORTS = ("national-series/2025.txt", "national-2026-gov-work-report.txt", "hunan-2026-gov-work-report.txt",
           "anhui-2026-gov-work-report.txt", "beijing-2026-gov-work-report.txt", "hubei-2026-gov-work-report.txt",
           "neimenggu-hulunbuir-hailar-district-2019-gov-work-report.txt",
           "national-2022-cpc-20th-congress-report.txt")

# The child: import the tree's package, warm up on each report, then time one more digest of each.
CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
import huazhongdian as hzd
from huazhongdian.render.markdown import render_markdown
from huazhongdian.render.view import build_view
load = getattr(hzd, "read")
out = {}
for path in sys.argv[2:]:
    doc = load(path)
    d = hzd.digest(doc); render_markdown(d); build_view(d)
    t = time.process_time()
    d = hzd.digest(load(path)); render_markdown(d); build_view(d)
    out[path] = time.process_time() - t
print(json.dumps(out))
"""


def run(src: Path, paths: list[str]) -> float:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(src), *paths], capture_output=True, text=True,
                          check=True)
    return sum(json.loads(proc.stdout.strip().splitlines()[-1]).values())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path, help="the first tree's src/ folder")
    ap.add_argument("after", type=Path, help="the second tree's src/ folder")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--skip-held-out", action="store_true",
                    help="leave out the held-out files (bench/heldout.py; today Beijing 2026): for a helper's run")
    args = ap.parse_args()
    held = held_out_files() if args.skip_held_out else frozenset()
    paths = [str(CORPUS / r) for r in REPORTS if (CORPUS / r).is_file() and r not in held]
    if not paths:
        print(f"no reports under {CORPUS}", file=sys.stderr)
        return 2
    times: dict[str, list[float]] = {"before": [], "after": []}
    for k in range(args.rounds):
        order = [("before", args.before), ("after", args.after)]
        for name, src in order if k % 2 == 0 else order[::-1]:
            times[name].append(run(src.resolve(), paths))
    b, a = statistics.median(times["before"]), statistics.median(times["after"])
    print(f"{len(paths)} reports, {args.rounds} rounds (CPU s per round, warm digest + Markdown + view)")
    print(f"before {args.before}: median {b:.3f} s  (runs {', '.join(f'{t:.3f}' for t in times['before'])})")
    print(f"after  {args.after}: median {a:.3f} s  (runs {', '.join(f'{t:.3f}' for t in times['after'])})")
    print(f"ratio after/before: {a / b:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
