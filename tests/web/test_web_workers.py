"""Worker processes (``hzd serve --workers N``): answers, downloads and 加入文库 as with threads,
though the Digest of ``/api/digest`` stays in the worker (the server keeps a recipe)."""

from __future__ import annotations

import asyncio
import os

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from huazhongdian.web import service  # noqa: E402
from huazhongdian.web.app import create_app  # noqa: E402

# The first lines of the 2025 national report's plan (examples/national-2025-gov-work-report.txt).
REPORT = ("政府工作报告\n各位代表：\n二、2025年经济社会发展总体要求和政策取向\n"
          "今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；"
          "居民消费价格涨幅2%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.4万亿斤左右；"
          "单位国内生产总值能耗降低3%左右，生态环境质量持续改善。\n")


def answers(tmp_path, workers: int) -> dict:
    """The digest JSON, then its downloads, an edit preview and 加入文库, all on one server."""
    with TestClient(create_app(tmp_path / f"lib{workers}.db", workers=workers)) as c:
        digest = c.post("/api/digest", files={"file": ("report.txt", REPORT.encode())}).json()
        sha = digest["document"]["sha256"]
        # With workers the server holds a recipe until a download asks for the Digest.
        out = {"digest": digest, "held": c.app.state.cache.get(sha, "general") is not None}
        for fmt in ("md", "json", "html"):
            r = c.get(f"/api/download/{sha}/general/{fmt}")
            assert r.status_code == 200, (workers, fmt, r.text[:200])
            out[fmt] = r.content
        preview = c.post("/api/edit-preview?format=md", json={"sha256": sha, "lens": "general", "edit": {}})
        out["preview"] = (preview.status_code, preview.content)
        kept = c.post("/d", data={"sha": sha, "lens": "general"}, follow_redirects=False)
        out["kept"] = (kept.status_code, kept.headers.get("location"))
        out["missing"] = c.get(f"/api/download/{'0' * 64}/general/md").status_code
    return out


def test_a_worker_digest_downloads_and_keeps_like_a_thread_digest(tmp_path):
    threads, processes = answers(tmp_path, 0), answers(tmp_path, 1)
    assert (threads.pop("held"), processes.pop("held")) == (True, False)
    assert processes == threads
    assert threads["preview"][0] == 200
    assert threads["kept"] == (303, "/d/1") and threads["missing"] == 404
    assert "国内生产总值增长5%左右" in threads["md"].decode("utf-8")


def test_a_recipe_is_computed_once_for_concurrent_callers():
    calls = []

    def again(text: str, lens: str):
        calls.append(text)
        return service.digest_pasted(text, lens)

    d = service.digest_pasted(REPORT, "general")
    cache = service.DigestCache()
    cache.put(service.Recipe(d.document.sha256, "general", again, (REPORT, "general"), len(REPORT)))
    assert cache.get(d.document.sha256, "general") is None  # not computed yet

    async def both():
        return await asyncio.gather(cache.digest(d.document.sha256, "general"),
                                    cache.digest(d.document.sha256, "general"))

    first, second = asyncio.run(both())
    assert first is second and first.document.sha256 == d.document.sha256 and len(calls) == 1
    assert cache.get(d.document.sha256, "general") is first  # now the Digest itself is cached
    assert asyncio.run(cache.digest("0" * 64, "general")) is None


def test_recipes_are_bounded_by_their_bytes():
    cache = service.DigestCache(size=32, max_bytes=100)
    for i in range(3):
        cache.put(service.Recipe(f"{i}" * 64, "general", service.digest_pasted, ("x", "general"), 60))
    # 3 × 60 bytes > 100: only the newest recipe stays.
    assert [sha[0] for sha, _ in cache._items] == ["2"]


@pytest.mark.parametrize(("cores", "expected"), [(1, 0), (2, 2), (3, 3), (16, 4)])
def test_default_workers_is_one_per_core_up_to_four(monkeypatch, cores, expected):
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(cores)), raising=False)
    assert service.default_workers() == expected
