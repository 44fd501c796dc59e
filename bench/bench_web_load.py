"""Load test: N concurrent digest requests for a national report against ``hzd serve`` on loopback.

Run alone:  .venv/bin/python bench/bench_web_load.py [--requests 50] [--concurrency 50]

It starts ``hzd serve`` as a subprocess bound to 127.0.0.1 on a free port, sends a bounded
number of POST /api/digest requests (multipart upload of the sample report) with httpx,
then stops the server. Prints p50/p95/max latency, throughput and the error count.
Only loopback traffic; the loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "national-2025-gov-work-report.txt"


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


async def one(client: httpx.AsyncClient, base: str, data: bytes) -> tuple[float, int]:
    t0 = time.perf_counter()
    r = await client.post(base + "/api/digest", files={"file": (SAMPLE.name, data)}, data={"lens": "general"})
    ok = r.status_code == 200 and r.json().get("schema") == "huazhongdian.digest/1"
    return time.perf_counter() - t0, 0 if ok else 1


async def run(base: str, n: int, concurrency: int) -> tuple[list[float], int, float]:
    data = SAMPLE.read_bytes()
    sem = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(timeout=300, limits=limits) as client:
        async def guarded() -> tuple[float, int]:
            async with sem:
                return await one(client, base, data)
        t0 = time.perf_counter()
        results = await asyncio.wait_for(asyncio.gather(*(guarded() for _ in range(n))), timeout=600)
        wall = time.perf_counter() - t0
    return [r[0] for r in results], sum(r[1] for r in results), wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=50)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--workers", type=int, default=0, help="hzd serve --workers (0: thread pool)")
    args = ap.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "huazhongdian.cli", "serve", "--host", "127.0.0.1",
                               "--port", str(port), "--workers", str(args.workers)], stderr=subprocess.DEVNULL)
    try:
        wait_up(base)
        httpx.post(base + "/api/digest", json={"text": SAMPLE.read_text("utf-8")}, timeout=120)  # warm-up
        latencies, errors, wall = asyncio.run(run(base, args.requests, args.concurrency))
    finally:
        server.terminate()
        server.wait(timeout=10)
    latencies.sort()
    p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)]
    print(f"requests={args.requests} concurrency={args.concurrency} workers={args.workers} errors={errors}")
    print(f"p50={statistics.median(latencies):.2f}s p95={p95:.2f}s max={latencies[-1]:.2f}s "
          f"wall={wall:.2f}s throughput={args.requests / wall:.2f} req/s")


if __name__ == "__main__":
    main()
