"""Hostile requests: every bad request is a 4xx, headers on every answer, no cross-site writes."""

from __future__ import annotations

import io
import threading
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from huazhongdian.web.app import create_app  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "read"
OPENING = FIXTURES / "national-2025-opening.txt"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    # raise_server_exceptions=False: a 500 must show up as a 500 here, like a browser would see it.
    return TestClient(create_app(tmp_path_factory.mktemp("db") / "lib.db"), raise_server_exceptions=False)


def _malformed_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document><<<")
    return buf.getvalue()


@pytest.mark.parametrize("body", [
    b"{not json",
    b'{"text": "\\ud800\\u5404\\u4f4d\\u4ee3\\u8868"}',     # a lone surrogate
    b"[" * 1000 + b"]" * 1000,
    b"[" * 100_000 + b"]" * 100_000,
    b'{"text": 5}',
    b"\xff\xfe\x00",
], ids=["malformed", "surrogate", "nested-1000", "nested-100000", "not-a-string", "not-utf8"])
def test_bad_json_bodies_are_400(client, body):
    r = client.post("/api/digest", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400, r.text
    assert r.json()["ok"] is False


@pytest.mark.parametrize("route", ["/api/digest", "/api/documents"])
def test_malformed_docx_upload_is_400(client, route):
    r = client.post(route, files={"file": ("report.docx", _malformed_docx())})
    assert r.status_code == 400, r.text
    assert "report.docx" in r.json()["error"]


@pytest.mark.parametrize("path, status", [
    ("/api/documents/1%20", 404), ("/api/documents/abc", 404), ("/api/documents/" + "9" * 23, 404),
    ("/api/documents/-1", 404), ("/library/1%20", 404), ("/library/abc", 404),
    ("/api/compare?old=abc&new=1", 400), ("/api/compare?old=1&new=" + "9" * 23, 404),
    ("/api/track?plan=x&review=1", 400), ("/compare?old=abc&new=1", 400),
    ("/compare?old=" + "9" * 23 + "&new=1", 400), ("/api/documents/1?previous=x", 400),
])
def test_ids_are_parsed_strictly(client, path, status):
    r = client.get(path)
    assert r.status_code == status, (path, r.status_code, r.text[:200])


def test_lens_accepts_built_in_names_only(client, tmp_path, monkeypatch):
    # A lens file in the server's working folder must not be reachable, nor its existence told.
    (tmp_path / "secret.toml").write_text("name = 'x'\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    answers = {name: client.post("/api/digest", json={"text": OPENING.read_text("utf-8"), "lens": name})
               for name in ("secret", "secret.toml", "nosuch", "../etc/passwd")}
    assert {r.status_code for r in answers.values()} == {400}
    assert len({r.json()["error"].split(":", 1)[1] for r in answers.values()}) == 1


def test_security_headers_on_every_answer(client):
    for r in (client.get("/"), client.get("/static/style.css"), client.get("/api/health"),
              client.get("/nope"), client.post("/api/digest", content=b"{")):
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "default-src 'self'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("headers", [
    {"origin": "https://evil.example"},
    {"sec-fetch-site": "cross-site"},
    {"origin": "null"},
])
def test_cross_site_writes_are_refused(client, headers):
    r = client.post("/api/documents", files={"file": ("a.txt", OPENING.read_bytes())}, headers=headers)
    assert r.status_code == 403
    r = client.post("/library", files={"file": ("a.txt", OPENING.read_bytes())}, headers=headers)
    assert r.status_code == 403
    assert client.get("/api/documents").json() == []


def test_same_origin_and_non_browser_writes_work(tmp_path):
    c = TestClient(create_app(tmp_path / "lib.db"))
    same = c.post("/api/documents", files={"file": ("a.txt", OPENING.read_bytes())},
                  headers={"origin": "http://testserver", "sec-fetch-site": "same-origin"})
    assert same.status_code == 201
    plain = c.post("/api/documents", files={"file": ("a.txt", OPENING.read_bytes())})  # curl, httpx
    assert plain.status_code == 200 and plain.json()["id"] == same.json()["id"]


def test_concurrent_adds_of_one_report_give_one_row(tmp_path):
    app = create_app(tmp_path / "lib.db")
    answers: list = []

    def upload() -> None:
        with TestClient(app) as c:
            answers.append(c.post("/api/documents", files={"file": ("a.txt", OPENING.read_bytes())}))

    threads = [threading.Thread(target=upload) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sorted(r.status_code for r in answers) == [200] * 5 + [201]
    assert len({r.json()["id"] for r in answers}) == 1
    with TestClient(app) as c:
        assert len(c.get("/api/documents").json()) == 1


def test_api_answers_hold_no_server_path(tmp_path, series):
    from huazhongdian.store.batch import add_paths
    from huazhongdian.store.library import Library

    with Library(tmp_path / "lib.db") as lib:
        add_paths(lib, [series / "2019.txt"], jobs=1)
    c = TestClient(create_app(tmp_path / "lib.db"))
    listing = c.get("/api/documents").json()
    assert [d["path"] for d in listing] == ["2019.txt"]
    digest = c.get(f"/api/documents/{listing[0]['id']}").json()
    assert digest["document"]["source"] == "2019.txt"
    assert str(tmp_path) not in c.get("/api/documents").text + c.get(f"/api/documents/{listing[0]['id']}").text


def test_token_in_the_url_becomes_a_cookie_so_pages_work(tmp_path):
    c = TestClient(create_app(tmp_path / "lib.db", token="s3cret"), follow_redirects=False)
    assert c.get("/static/style.css").status_code == 401
    first = c.get("/library?token=s3cret&year=2019")
    assert first.status_code == 303 and first.headers["location"] == "/library?year=2019"
    cookie = first.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    # The browser now sends the cookie with every request: the page's CSS and links work.
    assert c.get("/static/style.css").status_code == 200
    assert c.get("/library").status_code == 200
    assert c.get("/api/documents").status_code == 200


def test_token_file_for_serve(tmp_path, hzd_run):
    empty = tmp_path / "token"
    empty.write_text("", "utf-8")
    code, _, err = hzd_run("serve", "--token-file", str(empty), "--host", "0.0.0.0")
    assert code == 2 and "token" in err


def test_the_whole_hostile_sweep_holds():
    """bench/web_hostile.py's ≈ 190 cases (ids, bodies, uploads, origins, lenses, paths) all hold."""
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "bench" / "web_hostile.py"
    spec = importlib.util.spec_from_file_location("web_hostile", path)
    sweep = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sweep)
    tried, failures = sweep.run()
    assert tried >= 127
    assert failures == []
