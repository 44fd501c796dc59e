"""Library routes and pages over a fresh SQLite file: add by upload, filter, trend, compare, search."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from huazhongdian.web.app import create_app  # noqa: E402

FIXTURES_2024 = "各位代表：\n一、2023年工作回顾\n过去一年，城镇新增就业1244万人。我们大力推进现代化产业体系建设。\n二、2024年政府工作任务\n大力推进新型工业化，积极培育新兴产业和未来产业。\n"
FIXTURES_2025 = "各位代表：\n一、2024年工作回顾\n过去一年，城镇新增就业1256万人。新质生产力稳步发展。\n二、2025年政府工作任务\n因地制宜发展新质生产力，加快建设现代化产业体系。新质生产力是关键。\n"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    c = TestClient(create_app(tmp_path_factory.mktemp("db") / "lib.db"))
    for name, text in (("2024.txt", FIXTURES_2024), ("2025.txt", FIXTURES_2025)):
        r = c.post("/api/documents", files={"file": (name, text.encode("utf-8"))})
        assert r.status_code == 201 and r.json()["added"] is True
    return c


def test_adding_the_same_text_twice_changes_nothing(client):
    before = client.get("/api/documents").json()
    r = client.post("/api/documents", files={"file": ("again.txt", FIXTURES_2025.encode("gb18030"))})
    assert r.status_code == 200 and r.json()["added"] is False
    assert client.get("/api/documents").json() == before


def test_documents_filter_by_year(client):
    docs = client.get("/api/documents").json()
    assert sorted(d["year"] for d in docs) == [2024, 2025]
    only = client.get("/api/documents?year=2025").json()
    assert [d["year"] for d in only] == [2025]


def test_document_digest_and_missing_id(client):
    doc_id = client.get("/api/documents?year=2025").json()[0]["id"]
    body = client.get(f"/api/documents/{doc_id}").json()
    assert body["schema"] == "huazhongdian.digest/1"
    assert body["document"]["text"].count("新质生产力") == 3
    missing = client.get("/api/documents/9999")
    assert missing.status_code == 404 and missing.json()["ok"] is False


def test_trend_counts_equal_str_count(client):
    rows = client.get("/api/trend", params={"term": "新质生产力"}).json()
    by_year = {r["year"]: r["count"] for r in rows}
    assert by_year == {2024: FIXTURES_2024.count("新质生产力"), 2025: FIXTURES_2025.count("新质生产力")}
    assert client.get("/api/trend").status_code == 400


def test_compare_marks_new_terms(client):
    ids = {d["year"]: d["id"] for d in client.get("/api/documents").json()}
    body = client.get(f"/api/compare?old={ids[2024]}&new={ids[2025]}").json()
    status = {t["term"]: t["status"] for t in body["terms"]}
    assert status.get("新质生产力") == "new"
    assert body["old"]["year"] == 2024 and body["new"]["year"] == 2025


def test_search_finds_the_passage(client):
    hits = client.get("/api/search", params={"q": "新质生产力"}).json()
    assert hits and all("新质生产力" in h["snippet"] for h in hits)
    assert client.get("/api/search", params={"q": " "}).status_code == 400


@pytest.mark.parametrize("path", ["/library", "/library?year=2025", "/compare", "/trend?term=新质生产力",
                                  "/targets", "/search?q=新质生产力"])
def test_library_pages_render(client, path):
    r = client.get(path)
    assert r.status_code == 200 and "划重点" in r.text


def test_trend_page_draws_svg_series(client):
    html = client.get("/trend?term=新质生产力").text
    assert "<polyline" in html and "新质生产力" in html


def test_library_document_page_links_source(client):
    doc_id = client.get("/api/documents?year=2025").json()[0]["id"]
    html = client.get(f"/library/{doc_id}").text
    assert 'id="source"' in html and "新质生产力" in html


def test_targets_page_shows_stored_targets(tmp_path, sample_path):
    c = TestClient(create_app(tmp_path / "lib.db"))
    r = c.post("/api/documents", files={"file": (sample_path.name, sample_path.read_bytes())})
    doc_id = r.json()["id"]
    stored = c.get(f"/api/documents/{doc_id}").json()["targets"]
    html = c.get("/targets").text
    assert stored and all(t["text"] in html for t in stored if not t["absent"])
    assert "国内生产总值增长5%左右" in html


def test_upload_stores_the_same_rows_as_adding_the_file(tmp_path, fixtures):
    from huazhongdian.store.batch import add_paths
    from huazhongdian.store.library import FACT_TABLES, Library

    path = fixtures / "across" / "series" / "2019.txt"
    with Library(tmp_path / "batch.db") as lib:
        assert add_paths(lib, [path], jobs=1).added == [str(path)]
    c = TestClient(create_app(tmp_path / "web.db"))
    r = c.post("/api/documents", files={"file": (path.name, path.read_bytes())})
    assert r.status_code == 201 and r.json() == {"ok": True, "id": 1, "added": True}
    with Library(tmp_path / "batch.db") as batch, Library(tmp_path / "web.db") as web:
        for table in (*FACT_TABLES, "passages"):
            assert web.dump(table) == batch.dump(table), table
        # Only the recorded path differs: the upload's bare file name, the batch's path as given.
        apart = ("added_at", "path", "digest_json")
        assert web.dump("documents", exclude=apart) == batch.dump("documents", exclude=apart)
        web_digest, batch_digest = web.digest_dict(1), batch.digest_dict(1)
        assert (web_digest["document"].pop("source"), batch_digest["document"].pop("source")) == ("2019.txt", str(path))
        assert web_digest == batch_digest
        assert [d["path"] for d in web.documents()] == ["2019.txt"]
        assert [d["year"] for d in web.documents()] == [2019]


def test_upload_errors_keep_their_status(tmp_path):
    c = TestClient(create_app(tmp_path / "lib.db"))
    empty = c.post("/api/documents", files={"file": ("empty.txt", b"")})
    assert empty.status_code == 400 and empty.json() == {"ok": False, "error": "empty.txt: file is empty"}
    assert c.post("/api/documents", data={"x": "1"}).status_code == 400
    assert c.get("/api/documents").json() == []


@pytest.mark.parametrize("path", [f"/api/documents/{10**30}", f"/api/compare?old={10**30}&new=1", f"/library/{10**30}"])
def test_ids_beyond_sqlite_range_are_not_found(client, path):
    # SQLite cannot bind such an integer at all; the answer is "no such document", not a 500.
    r = client.get(path)
    assert r.status_code == 404 and "no such document" in r.text
