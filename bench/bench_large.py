"""Time and peak memory of ``hzd digest --format json`` on large synthetic inputs (1, 5, 10 MB).

Two kinds of input, both cut from the bundled 2025 report: the report repeated (normal text,
many facts) and the report with its sentence punctuation and line breaks removed, repeated
(one 10 MB "sentence": the case that was quadratic). Each run is a fresh process, measured
with ``os.wait4`` (the child's own peak resident memory). Run:

    python bench/bench_large.py            # prints a Markdown table
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "national-2025-gov-work-report.txt"
SIZES_MB = (1, 5, 10)


def inputs(folder: Path) -> list[tuple[str, int, Path]]:
    text = SAMPLE.read_text("utf-8")
    flat = text
    for ch in "。；！？\n":
        flat = flat.replace(ch, "")
    out = []
    for kind, base in (("report repeated", text), ("no punctuation, one line", flat)):
        for mb in SIZES_MB:
            chars = mb * 1_000_000 // 3  # three UTF-8 bytes a Chinese character
            path = folder / f"{kind[:6].strip()}-{mb}.txt"
            path.write_text((base * (chars // len(base) + 1))[:chars], "utf-8")
            out.append((kind, mb, path))
    return out


def measure(path: Path) -> tuple[float, float]:
    t0 = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "huazhongdian.cli", "digest", str(path),
                              "--format", "json", "-o", "/dev/null"])
    _, status, usage = os.wait4(child.pid, 0)  # this child's own peak, not the largest so far
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{path}: exit {child.returncode}")
    return time.perf_counter() - t0, usage.ru_maxrss / 1024


if __name__ == "__main__":
    print("| input | MB | seconds | peak RSS (MB) |\n|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as where:
        for kind, mb, path in inputs(Path(where)):
            seconds, rss = measure(path)
            print(f"| {kind} | {mb} | {seconds:.1f} | {rss:.0f} |", flush=True)
