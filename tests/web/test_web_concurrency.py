"""The app stays responsive while a large report is being digested."""

from __future__ import annotations

import socket
import threading
import time

import pytest

uvicorn = pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")


def test_health_answers_while_a_large_digest_runs(tmp_path, sample_path):
    from huazhongdian.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(tmp_path / "lib.db"), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            if server.started:
                break
            time.sleep(0.05)
        big = sample_path.read_text("utf-8") * 20  # ~370k characters: seconds of work
        done = {}

        def post() -> None:
            t0 = time.perf_counter()
            r = httpx.post(base + "/api/digest", json={"text": big}, timeout=120)
            done["status"], done["seconds"], done["at"] = r.status_code, time.perf_counter() - t0, time.perf_counter()

        worker = threading.Thread(target=post)
        worker.start()
        time.sleep(0.2)  # let the digest start
        latencies = []
        while worker.is_alive() and len(latencies) < 5:
            t0 = time.perf_counter()
            assert httpx.get(base + "/api/health", timeout=60).json() == {"ok": True}
            latencies.append(time.perf_counter() - t0)
        worker.join(timeout=120)
        assert done["status"] == 200
        # A blocked event loop would hold the first health check until the digest finished
        # (seconds); off the loop it is answered between the digest thread's time slices.
        assert latencies and latencies[0] < 0.25 * done["seconds"]
    finally:
        server.should_exit = True
        thread.join(timeout=10)
