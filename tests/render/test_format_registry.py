"""Adding an output format is one module: a test-only format, registered, then used through the
CLI, the library API and the web download (issue #11 item 3)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian import cli
from huazhongdian.render import RENDERERS, Renderer, register_renderer, render_bytes, render_text, renderer
from huazhongdian.render.view import build_view

FORMATS = Path(__file__).resolve().parent.parent / "fixtures" / "formats"


@pytest.fixture()
def plain(monkeypatch):
    monkeypatch.syspath_prepend(str(FORMATS))
    monkeypatch.setattr("huazhongdian.render.RENDERERS", dict(RENDERERS))  # leave the registry as found
    monkeypatch.setattr(cli, "RENDERERS", __import__("huazhongdian.render").render.RENDERERS)
    importlib.reload(importlib.import_module("hzd_plain"))
    return renderer("plain")


def _shown(d):
    return [b.text for g in build_view(d).groups for t in g.themes for b in t.top]


def test_one_module_adds_a_format_to_the_cli(plain, sample_path, tmp_path, capsys):
    assert (plain.media_type, plain.binary, plain.suffix) == ("text/plain; charset=utf-8", False, ".txt")
    out = tmp_path / "digest.txt"
    cli.main(["digest", str(sample_path), "--format", "plain", "-o", str(out)])  # returns on success
    d = hzd.digest(hzd.read(sample_path))
    assert out.read_text(encoding="utf-8").splitlines() == _shown(d)
    assert render_text(d, "plain") == out.read_text(encoding="utf-8")
    assert render_bytes(d, "plain") == out.read_bytes()


def test_the_web_download_serves_a_registered_format(plain, monkeypatch, tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    import huazhongdian.web.api as web_api
    from huazhongdian.web.app import create_app

    monkeypatch.setattr(web_api, "RENDERERS", __import__("huazhongdian.render").render.RENDERERS)
    text = "各位代表：\n一、2024年工作回顾\n粮食产量1.4万亿斤，科技创新成果丰硕。\n"
    with TestClient(create_app(db_path=str(tmp_path / "lib.db"))) as client:
        r = client.post("/api/render?format=plain", json={"text": text})
    assert r.status_code == 200 and r.headers["content-type"] == "text/plain; charset=utf-8"
    assert r.headers["content-disposition"].endswith(".txt")
    assert r.text == render_text(hzd.digest(hzd.read_text(text)), "plain")


def test_an_unregistered_format_is_exit_2(sample_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["digest", str(sample_path), "--format", "plain"])
    assert exit_.value.code == 2
    assert "--format" in capsys.readouterr().err


def test_a_name_is_registered_once():
    with pytest.raises(ValueError, match="already registered"):
        register_renderer(Renderer("md", "text/plain", False, "x:y", "x", ".x"))
    with pytest.raises(TypeError, match="binary"):
        render_text(hzd.digest(hzd.read_text("一、工作回顾\n粮食产量1.4万亿斤。\n")), "png")
