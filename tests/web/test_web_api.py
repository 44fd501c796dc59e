"""The JSON API through FastAPI's test client."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from huazhongdian.web.app import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return TestClient(create_app(tmp_path_factory.mktemp("db") / "lib.db"))


def test_health(client):
    assert client.get("/api/health").json() == {"ok": True}


def test_upload_digest_equals_cli_digest(client, sample_path, tmp_path):
    with open(sample_path, "rb") as fh:
        web = client.post("/api/digest", files={"file": (sample_path.name, fh)}, data={"lens": "science"}).json()
    out = tmp_path / "cli.json"
    subprocess.run([sys.executable, "-m", "huazhongdian.cli", "digest", str(sample_path), "--lens", "science",
                    "--format", "json", "-o", str(out)], check=True)
    cli = json.loads(out.read_text("utf-8"))
    # The source names differ by design (a path on the command line, the file name over the web).
    assert web["document"].pop("source") == sample_path.name
    assert cli["document"].pop("source") == str(sample_path)
    assert web == cli


def test_json_body_digest_counts_terms_in_posted_text(client):
    text = "各位代表：\n过去一年，我们坚持科技创新引领，加快发展新质生产力。新质生产力稳步发展。"
    body = client.post("/api/digest", json={"text": text, "lens": "general"}).json()
    assert body["schema"] == "huazhongdian.digest/1"
    counts = {t["term"]: t["count"] for t in body["terms"]}
    assert counts["新质生产力"] == 2
    assert body["document"]["text"].count("新质生产力") == 2


@pytest.mark.parametrize("payload", [{"text": ""}, {"text": 5}, {"lens": "science"}, []])
def test_bad_json_bodies_get_400_with_one_error_shape(client, payload):
    r = client.post("/api/digest", json=payload)
    assert r.status_code == 400
    assert r.json()["ok"] is False and "text" in r.json()["error"]


def test_invalid_json_is_400(client):
    r = client.post("/api/digest", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["ok"] is False


def test_binary_upload_is_400_naming_the_file(client):
    r = client.post("/api/digest", files={"file": ("report.pdf", b"\x00\x01\x02\xff" * 50)})
    assert r.status_code == 400
    assert "report.pdf" in r.json()["error"]


def test_lens_paths_are_refused_over_the_web(client):
    r = client.post("/api/digest", json={"text": "各位代表：过去一年。", "lens": "/etc/passwd"})
    assert r.status_code == 400 and "lens" in r.json()["error"]


def test_upload_over_the_cap_is_413(tmp_path):
    small = TestClient(create_app(tmp_path / "lib.db", max_upload=1024 * 1024))
    r = small.post("/api/digest", files={"file": ("big.txt", "中".encode() * 400_000)})
    assert r.status_code == 413
    assert r.json() == {"ok": False, "error": "upload too large: the limit is 1 MiB (1048576 bytes)"}


def test_unknown_route_is_404_json(client):
    r = client.get("/api/nothing-here")
    assert r.status_code == 404 and r.json()["ok"] is False


@pytest.mark.parametrize("path", ["/static/../../etc/passwd", "/static/%2e%2e%2fetc%2fpasswd",
                                  "/static/..%2f..%2fpyproject.toml", "/static/app.js%00.css"])
def test_no_path_traversal_in_static(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "root:" not in r.text


def test_static_assets_are_served_locally(client):
    r = client.get("/static/app.js")
    assert r.status_code == 200 and "hzdHighlight" in r.text


def test_token_required_when_configured(tmp_path):
    guarded = TestClient(create_app(tmp_path / "lib.db", token="s3cret"))
    assert guarded.get("/api/health").status_code == 200
    assert guarded.get("/").status_code == 401
    assert guarded.post("/api/digest", json={"text": "各位代表：过去一年。"}).json()["ok"] is False
    assert guarded.get("/", headers={"X-HZD-Token": "s3cret"}).status_code == 200
    assert guarded.get("/", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert guarded.get("/", cookies={"hzd_token": "s3cret"}).status_code == 200
    assert guarded.get("/", headers={"X-HZD-Token": "wrong"}).status_code == 401


def test_render_endpoint_returns_markdown_download(client):
    r = client.post("/api/render?format=md", json={"text": "各位代表：\n过去一年，科技创新成果丰硕。"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/markdown")
    assert "科技创新" in r.text


def test_worker_processes_give_the_same_digest_as_threads(tmp_path, sample_path):
    data = sample_path.read_bytes()
    answers = []
    for workers in (0, 1):
        with TestClient(create_app(tmp_path / "lib.db", workers=workers)) as c:
            answers.append(c.post("/api/digest", files={"file": (sample_path.name, data)}).json())
    assert answers[0] == answers[1]
    assert answers[0]["targets"]
