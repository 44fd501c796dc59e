"""The first uploads after ``hzd serve`` starts: do they pay for the worker processes' start-up?

Run alone:  PYTHONPATH=src .venv/bin/python bench/bench_web_start.py [--workers 2] [--settle 10]

Starts ``hzd serve --workers N`` on 127.0.0.1 (a free port), waits until ``/api/health`` answers
and then ``--settle`` seconds more, sends three different ~40,000-character reports one after
another (the texts of bench_web_load.py) and prints each latency and the resident memory of the
server's child processes (the workers and the pool's resource tracker). Only loopback traffic.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_web_load as load  # noqa: E402


def rss_mb(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/status").read_text().split("VmRSS:")[1].split()[0]) // 1024
    except (OSError, IndexError):
        return 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--settle", type=float, default=10.0, help="seconds to wait after the server answers")
    args = ap.parse_args()
    texts = load.reports(3, 40_000, load.BASE if load.BASE.is_file() else load.SAMPLE)
    port = load.free_port()
    server = subprocess.Popen([sys.executable, "-m", "huazhongdian.cli", "serve", "--host", "127.0.0.1",
                               "--port", str(port), "--workers", str(args.workers)], stderr=subprocess.DEVNULL)
    try:
        load.wait_up(port)
        time.sleep(args.settle)
        latencies = []
        for name, data in texts:
            results, _ = asyncio.run(load.run(port, [load.request_bytes(port, name, data, "")], 1))
            latencies.append(results[0][0])
        memory = [rss_mb(pid) for pid in load.children(server.pid)]
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"workers={args.workers} settle={args.settle:.0f}s first uploads: "
          + " ".join(f"{t:.2f}s" for t in latencies) + f"; child processes' memory (MB): {memory}")


if __name__ == "__main__":
    main()
