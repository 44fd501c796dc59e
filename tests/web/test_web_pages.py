"""Server-rendered pages: the digest beside its source, escaped."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from huazhongdian.web.app import create_app  # noqa: E402

HOSTILE = "各位代表：\n过去一年，<script>alert(1)</script>科技创新<img src=x onerror=alert(2)>成果丰硕。"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return TestClient(create_app(tmp_path_factory.mktemp("db") / "lib.db"))


def test_index_has_upload_form(client):
    html = client.get("/").text
    assert 'enctype="multipart/form-data"' in html and 'name="file"' in html and 'name="lens"' in html


def test_digest_page_escapes_report_text(client):
    html = client.post("/digest", data={"text": HOSTILE, "lens": "general"}).text
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_digest_page_shows_source_sentences_with_offsets(client, sample_path):
    with open(sample_path, "rb") as fh:
        r = client.post("/digest", files={"file": (sample_path.name, fh)}, data={"lens": "general"})
    assert r.status_code == 200
    spans = re.findall(r'<span class="s" id="s-(\d+)" data-start="(\d+)" data-end="(\d+)">', r.text)
    assert len(spans) > 100
    assert all(a == b for a, b, _ in spans)


def test_download_after_digest_gives_each_format(client):
    page = client.post("/digest", data={"text": "各位代表：\n过去一年，科技创新成果丰硕。", "lens": "general"}).text
    link = re.search(r'href="(/api/download/[0-9a-f]{64}/general/)md"', page).group(1)
    assert client.get(link + "md").text.startswith("#")
    assert client.get(link + "json").json()["schema"] == "huazhongdian.digest/1"
    assert client.get(link + "exe").status_code == 400


def test_bad_upload_re_renders_form_with_error(client):
    r = client.post("/digest", data={"text": "   ", "lens": "general"})
    assert r.status_code == 400 and 'class="error"' in r.text


def test_docs_page_lists_routes_without_cdn(client):
    html = client.get("/docs").text
    assert "/api/digest" in html
    assert not re.search(r'(src|href)="(https?:)?//', html)
