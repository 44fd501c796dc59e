"""Start from a link, 加入文库 in one step, and the persisted page /d/{id} (#16 items 2, 4, 5).

The app is restarted on the same library file to show that /d/{id} and its downloads come
from the library, not from the in-memory digest cache.
"""

from __future__ import annotations

import re
import sqlite3

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from huazhongdian.store.library import Library  # noqa: E402
from huazhongdian.web.app import create_app  # noqa: E402

REPORT = ("关于加快建设制造强省的报告\n\n各位代表：\n一、2024年工作回顾\n"
          "过去一年，全省地区生产总值增长5.2%，城镇新增就业61万人。我们大力推进现代化产业体系建设。\n"
          "二、2025年政府工作任务\n地区生产总值增长5%左右。大力推进新型工业化，积极培育新兴产业和未来产业。\n")


def keep_pasted(client: TestClient, text: str = REPORT) -> int:
    page = client.post("/digest", data={"text": text, "lens": "general"})
    assert page.status_code == 200 and 'id="keep"' in page.text
    sha = re.search(r'name="sha" value="([0-9a-f]{64})"', page.text).group(1)
    kept = client.post("/d", data={"sha": sha, "lens": "general"}, follow_redirects=False)
    assert kept.status_code == 303
    return int(kept.headers["location"].rsplit("/", 1)[1])


def test_keep_then_the_shared_page_and_downloads_survive_a_restart(tmp_path) -> None:
    db = tmp_path / "lib.db"
    with TestClient(create_app(db)) as first:
        doc_id = keep_pasted(first)
        assert first.get(f"/d/{doc_id}").status_code == 200
        assert f'<a href="/d/{doc_id}" id="share-url">' in first.get(f"/library/{doc_id}").text
    # A new app on the same file: nothing of the first one's cache is left.
    with TestClient(create_app(db)) as second:
        page = second.get(f"/d/{doc_id}")
        assert page.status_code == 200
        assert "<h1>关于加快建设制造强省的报告</h1>" in page.text
        assert f'href="/d/{doc_id}/md"' in page.text and "/api/download/" not in page.text
        md = second.get(f"/d/{doc_id}/md")
        assert md.status_code == 200 and md.text.startswith("# 划重点｜关于加快建设制造强省的报告")
        assert "地区生产总值**增长5.2%**" in md.text
        png = second.get(f"/d/{doc_id}/png")
        assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
        assert second.get(f"/d/{doc_id}/html").text.count("关于加快建设制造强省的报告") >= 1
        assert second.get(f"/d/{doc_id}/docx").status_code == 400
        assert second.get("/d/999").status_code == 404 and second.get("/d/1x").status_code == 404


def test_keeping_the_same_text_twice_stores_it_once(tmp_path) -> None:
    with TestClient(create_app(tmp_path / "lib.db")) as client:
        assert keep_pasted(client) == keep_pasted(client)
        assert len(client.get("/api/documents").json()) == 1


def test_a_pasted_text_is_titled_by_its_first_line(tmp_path) -> None:
    with TestClient(create_app(tmp_path / "lib.db")) as client:
        doc_id = keep_pasted(client, REPORT.split("\n\n", 1)[1])  # no title line: starts 各位代表：
        docs = client.get("/api/documents").json()
        assert [d["title"] for d in docs] == ["各位代表"]
        assert "&lt;pasted text&gt;" not in client.get(f"/d/{doc_id}").text


def test_keep_after_the_cache_forgot_the_digest(tmp_path) -> None:
    with TestClient(create_app(tmp_path / "lib.db")) as client:
        r = client.post("/d", data={"sha": "0" * 64, "lens": "general"})
        assert r.status_code == 404 and "不在缓存中" in r.text


def test_the_library_takes_several_files_at_once(tmp_path) -> None:
    other = REPORT.replace("制造强省", "数字经济").replace("5.2%", "6.1%")
    with TestClient(create_app(tmp_path / "lib.db")) as client:
        r = client.post("/library", files=[("file", ("a.txt", REPORT.encode())), ("file", ("b.txt", other.encode()))],
                        follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/library?added=1,2"
        assert sorted(d["path"] for d in client.get("/api/documents").json()) == ["a.txt", "b.txt"]
        bad = client.post("/library", files=[("file", ("c.png", b"\x89PNG\r\n\x1a\n0000")),
                                             ("file", ("a.txt", REPORT.encode()))])
        assert bad.status_code == 200 and "c.png: a PNG image" in bad.text


def _edit_template(page: str) -> dict:
    import html
    import json

    raw = re.search(r'<script type="application/json" id="edit-data">(.*?)</script>', page, re.S).group(1)
    return json.loads(html.unescape(raw))


def test_a_saved_edit_curates_the_shared_page_and_its_downloads_after_a_restart(tmp_path) -> None:
    db = tmp_path / "lib.db"
    with TestClient(create_app(db)) as client:
        doc_id = keep_pasted(client)
        assert client.get(f"/api/documents/{doc_id}/edit").status_code == 404
        page = client.get(f"/d/{doc_id}").text
        assert 'id="desk-save"' in page and f'data-doc="{doc_id}"' in page
        edit = _edit_template(page)
        dropped = next(i for i in edit["items"] if "61万人" in i["text"])
        dropped["keep"] = False
        edit["title"] = "制造强省报告划重点"
        saved = client.put(f"/api/documents/{doc_id}/edit", json=edit)
        assert saved.status_code == 200 and saved.json()["url"] == f"/d/{doc_id}"
        # Not stored: an edit that rewrites a bullet, one for no document, one that is not an object.
        bad = {**edit, "items": [{**edit["items"][0], "text": "改写的文字"}, *edit["items"][1:]]}
        assert client.put(f"/api/documents/{doc_id}/edit", json=bad).status_code == 400
        assert client.put("/api/documents/99/edit", json=edit).status_code == 404
        assert client.put(f"/api/documents/{doc_id}/edit", json=[1]).status_code == 400
    with TestClient(create_app(db)) as again:
        assert again.get(f"/api/documents/{doc_id}/edit").json() == edit
        page = again.get(f"/d/{doc_id}").text
        assert "制造强省报告划重点" in page
        md = again.get(f"/d/{doc_id}/md").text
        assert md.startswith("# 划重点｜制造强省报告划重点〔编者〕") and "增长5.2%" in md
        bullets = [b["text"] for b in again.get(f"/d/{doc_id}/json").json()["view"]["bullets"]]
        assert dropped["text"] not in bullets and bullets
        # The desk reopens on the saved curation.
        assert _edit_template(page)["title"] == "制造强省报告划重点"
    with Library(db) as lib:
        assert lib.load_edit(doc_id) == edit


# --- the URL field ----------------------------------------------------------------------------

def test_the_url_field_refuses_loopback_by_default(tmp_path, page_server: str) -> None:
    with TestClient(create_app(tmp_path / "lib.db")) as client:
        r = client.post("/digest", data={"url": f"{page_server}/govcn.html", "lens": "general"})
        assert r.status_code == 400
        assert f"{page_server}/govcn.html: refused: 127.0.0.1 is 127.0.0.1, a loopback address" in r.text
        api = client.post("/api/digest", json={"url": "file:///etc/passwd"})
        assert api.status_code == 400 and api.json()["error"] == (
            "file:///etc/passwd: only http and https URLs are fetched, not file:")


def test_a_fetched_page_is_kept_with_its_snapshot(tmp_path, page_server: str) -> None:
    from pathlib import Path

    url = f"{page_server}/govcn.html"
    page_bytes = (Path(__file__).resolve().parent.parent / "fixtures" / "read" / "govcn-2025-report.html").read_bytes()
    db = tmp_path / "lib.db"
    with TestClient(create_app(db, allow_private=True)) as client:
        page = client.post("/digest", data={"url": url, "lens": "general"})
        assert page.status_code == 200 and "<h1>政府工作报告</h1>" in page.text
        sha = re.search(r'name="sha" value="([0-9a-f]{64})"', page.text).group(1)
        doc_id = int(client.post("/d", data={"sha": sha, "lens": "general"},
                                 follow_redirects=False).headers["location"].rsplit("/", 1)[1])
    with TestClient(create_app(db)) as client:
        shared = client.get(f"/d/{doc_id}")
        assert f'来源 <a href="{url}"' in shared.text and "网页存档" in shared.text
        snap = client.get(f"/d/{doc_id}/snapshot")
        assert snap.content == page_bytes and snap.headers["content-type"] == "application/octet-stream"
        assert client.get("/api/documents").json()[0]["url"] == url
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT url, final_url, length(body), sha256 FROM snapshots").fetchone()
    import hashlib

    assert row == (url, url, len(page_bytes), hashlib.sha256(page_bytes).hexdigest())
