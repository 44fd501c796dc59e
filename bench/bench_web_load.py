"""Load test: N concurrent digest requests for a report against ``hzd serve`` on loopback.

Run alone:  .venv/bin/python bench/bench_web_load.py [--requests 50] [--concurrency 50] [--workers 2]
            [--report ../shared/corpus/guangdong-2026-gov-work-report.txt]

It first digests the report in this process (one warm-up, then the median CPU time of three warm
digests), then starts ``hzd serve`` as a subprocess bound to 127.0.0.1 on a free port, sends a
bounded number of POST /api/digest requests (multipart upload of the report) with httpx, and
stops the server. Prints p50/p95/max latency, throughput, the error count and the goal of
issue #15: p95 within 1.5 × (N × one warm digest's CPU time ÷ cores), both measured in this run.
Only loopback traffic; the loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "national-2025-gov-work-report.txt"
# The longest provincial 2026 report of the shared corpus (32,954 characters; none reaches 40,000).
PROVINCIAL = ROOT.parent / "shared" / "corpus" / "guangdong-2026-gov-work-report.txt"


def warm_digest_cpu(path: Path) -> tuple[float, int]:
    """Median CPU seconds of three warm in-process digests of ``path`` (after one warm-up), and its length."""
    from huazhongdian.digest import digest
    from huazhongdian.read import read_bytes

    data = path.read_bytes()
    digest(read_bytes(data, source=path.name, filename=path.name))
    times = []
    for _ in range(3):
        t0 = time.process_time()
        d = digest(read_bytes(data, source=path.name, filename=path.name))
        times.append(time.process_time() - t0)
    return statistics.median(times), len(d.document.text)


def tree_cpu(pid: int) -> float:
    """CPU seconds used so far by process ``pid`` and its live children (Linux /proc; 0 elsewhere):
    the server's own cost, which other load on the machine does not inflate as it does latency."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0.0
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(base: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit("server did not come up")


async def one(client: httpx.AsyncClient, base: str, data: bytes, name: str) -> tuple[float, int]:
    t0 = time.perf_counter()
    r = await client.post(base + "/api/digest", files={"file": (name, data)}, data={"lens": "general"})
    ok = r.status_code == 200 and r.json().get("schema") == "huazhongdian.digest/1"
    return time.perf_counter() - t0, 0 if ok else 1


async def run(base: str, n: int, concurrency: int, report: Path) -> tuple[list[float], int, float]:
    data = report.read_bytes()
    sem = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(timeout=300, limits=limits) as client:
        async def guarded() -> tuple[float, int]:
            async with sem:
                return await one(client, base, data, report.name)
        t0 = time.perf_counter()
        results = await asyncio.wait_for(asyncio.gather(*(guarded() for _ in range(n))), timeout=600)
        wall = time.perf_counter() - t0
    return [r[0] for r in results], sum(r[1] for r in results), wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=50)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--workers", type=int, default=0, help="hzd serve --workers (0: thread pool)")
    ap.add_argument("--report", type=Path, default=PROVINCIAL if PROVINCIAL.is_file() else SAMPLE)
    args = ap.parse_args()
    cpu, chars = warm_digest_cpu(args.report)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "huazhongdian.cli", "serve", "--host", "127.0.0.1",
                               "--port", str(port), "--workers", str(args.workers)], stderr=subprocess.DEVNULL)
    try:
        wait_up(base)
        for _ in range(max(1, args.workers)):  # warm every worker process
            httpx.post(base + "/api/digest", files={"file": (args.report.name, args.report.read_bytes())}, timeout=120)
        cpu_before = tree_cpu(server.pid)
        latencies, errors, wall = asyncio.run(run(base, args.requests, args.concurrency, args.report))
        server_cpu = tree_cpu(server.pid) - cpu_before
    finally:
        server.terminate()
        server.wait(timeout=10)
    latencies.sort()
    p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)]
    goal = 1.5 * args.requests * cpu / cores()
    print(f"report={args.report.name} chars={chars} warm digest cpu={cpu:.3f}s cores={cores()} "
          f"load={os.getloadavg()[0]:.1f}")
    print(f"requests={args.requests} concurrency={args.concurrency} workers={args.workers} errors={errors}")
    print(f"p50={statistics.median(latencies):.2f}s p95={p95:.2f}s max={latencies[-1]:.2f}s "
          f"wall={wall:.2f}s throughput={args.requests / wall:.2f} req/s")
    print(f"server cpu={server_cpu:.2f}s for {args.requests} requests = {server_cpu / args.requests:.3f}s each "
          f"({server_cpu / args.requests / cpu:.2f}x one warm digest)")
    verdict = "met" if p95 <= goal else f"missed by {p95 / goal:.2f}x"
    print(f"goal p95 <= 1.5 x {args.requests} x {cpu:.3f}s / {cores()} = {goal:.2f}s: {verdict}")


if __name__ == "__main__":
    main()
