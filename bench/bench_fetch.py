"""Fetch + read over loopback against reading the same file (issue 16). Development figures.

Run: ``PYTHONPATH=src python bench/bench_fetch.py`` (starts tests/page_server.py on 127.0.0.1).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import page_server  # noqa: E402

import huazhongdian as hzd  # noqa: E402
from huazhongdian.errors import FetchFailed  # noqa: E402
from huazhongdian.read.fetch import fetch_url  # noqa: E402
from huazhongdian.load import read_url

REPORT = ROOT / "examples" / "national-2025-gov-work-report.txt"


def main(rounds: int = 3) -> None:
    page_server.PAGES["/whole"] = (str(REPORT), "text/plain; charset=utf-8")  # an absolute path wins
    with page_server.serve() as base:
        for _ in range(rounds):
            t = time.perf_counter()
            snap = fetch_url(base + "/whole", allow_private=True)
            fetched = time.perf_counter() - t
            t = time.perf_counter()
            doc, _ = read_url(base + "/whole", allow_private=True)
            both = time.perf_counter() - t
            t = time.perf_counter()
            local = hzd.read(REPORT)
            read = time.perf_counter() - t
            print(f"{len(snap.data)} bytes: fetch {fetched * 1000:.0f} ms, fetch+read {both * 1000:.0f} ms, "
                  f"file read {read * 1000:.0f} ms, same text: {doc.text == local.text}")
        t = time.perf_counter()
        try:
            fetch_url(base + "/huge-streamed", allow_private=True)
        except FetchFailed as exc:
            print(f"refused after {time.perf_counter() - t:.2f} s: {exc}")


if __name__ == "__main__":
    main()
