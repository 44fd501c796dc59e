"""The desk's server side: the digest page carries its edit template and the desk script, and
POST /api/edit-preview renders a cached digest with an edit (#16)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from huazhongdian.web.app import create_app  # noqa: E402

EXCERPT = Path(__file__).parent.parent / "fixtures" / "render" / "national-2026-excerpt.txt"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return TestClient(create_app(tmp_path_factory.mktemp("db") / "lib.db"))


@pytest.fixture(scope="module")
def template(client):
    page = client.post("/digest", files={"file": (EXCERPT.name, EXCERPT.read_bytes(), "text/plain")},
                       data={"lens": "general"})
    assert page.status_code == 200 and 'src="/static/desk.js"' in page.text and 'id="desk-toggle"' in page.text
    raw = re.search(r'<script type="application/json" id="edit-data">(.*?)</script>', page.text, re.S).group(1)
    assert "<" not in raw  # tojson escapes markup, so report text cannot close the script element
    return json.loads(raw)


def preview(client, template, edit, fmt="wechat"):
    return client.post(f"/api/edit-preview?format={fmt}",
                       json={"sha256": template["document"]["sha256"], "lens": "general", "edit": edit})


def test_the_page_template_is_the_cli_template(template):
    import huazhongdian as hzd
    from huazhongdian.render.edit import CARD_POOL, edit_template
    from huazhongdian.render.view import build_view

    cli = edit_template(build_view(hzd.digest(hzd.read(EXCERPT)), card_pool=CARD_POOL))
    assert template["items"] == cli["items"] and template["cards"] == cli["cards"]
    assert template["document"]["lens"] == "general" and len(template["options"]["cards"]) > 6


def test_preview_renders_the_edit(client, template):
    edit = json.loads(json.dumps(template))
    dropped = edit["items"][0]["text"]
    edit["items"][0]["keep"] = False
    edit["title"] = "编者的题目"
    r = preview(client, template, edit)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "编者的题目" in r.text and dropped not in r.text and "<script" not in r.text
    j = preview(client, template, edit, "json").json()["view"]
    assert j["edited"]["title"] is True and dropped not in [b["text"] for b in j["bullets"]]
    assert preview(client, template, edit, "png").content.startswith(b"\x89PNG")


def test_preview_errors(client, template):
    edit = json.loads(json.dumps(template))
    edit["items"][1]["text"] = "改写的文字"
    r = preview(client, template, edit)
    assert r.status_code == 400 and "text differs from the report's words" in r.json()["error"]
    r = client.post("/api/edit-preview", json={"sha256": "0" * 64, "lens": "general", "edit": template})
    assert r.status_code == 404 and "no longer cached" in r.json()["error"]
    assert client.post("/api/edit-preview", content=b"nope").status_code == 400
    assert client.post("/api/edit-preview?format=doc", json={}).status_code == 400
    assert client.get("/static/desk.js").status_code == 200
