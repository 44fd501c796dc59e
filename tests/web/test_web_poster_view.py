"""One view for every output (wt-cards8): the web app's poster — a stored document's download and the edit
preview — and the 公众号 post's poster show the same cards as the CLI poster of the same digest, the view's
six and the headline results it adds (``build_view``'s ``poster_cards``, built by default)."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import huazhongdian as hzd  # noqa: E402
from huazhongdian.render.edit import CARD_POOL, edit_template  # noqa: E402
from huazhongdian.render.poster import layout_poster  # noqa: E402
from huazhongdian.render.style import PALETTE  # noqa: E402
from huazhongdian.render.view import build_view  # noqa: E402
from huazhongdian.render.wechat import publish_wechat  # noqa: E402
from huazhongdian.web.app import create_app  # noqa: E402
from huazhongdian.web.shared import curate  # noqa: E402

NAME = "national-2026-gov-work-report.txt"
_ELEMENT = re.compile(r'<rect [^>]*height="([0-9.]+)"[^>]*fill="([^"]+)"/>|<text [^>]*>([^<]*)</text>')


def svg_cards(svg: str) -> list[tuple[str, ...]]:
    """Each card's texts (figure, unit, label lines, period), in order: what follows a card's 8-px gold strip."""
    cards: list[list[str]] = []
    inside = False
    for m in _ELEMENT.finditer(svg):
        if m.group(1) is not None:
            inside = float(m.group(1)) == 8.0 and m.group(2) == PALETTE.gold
            if inside:
                cards.append([])
        elif inside:
            cards[-1].append(html.unescape(m.group(3)))
    return [tuple(c) for c in cards]


@pytest.fixture(scope="module")
def report(corpus):
    return corpus / NAME


@pytest.fixture(scope="module")
def cli_cards(report, tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "poster.svg"
    subprocess.run([sys.executable, "-m", "huazhongdian.cli", "digest", str(report), "--format", "svg", "-o", str(out)],
                   check=True)
    cards = svg_cards(out.read_text("utf-8"))
    assert len(cards) == 9     # the six and three headline results (the economy's size among them)
    return cards


def test_the_web_posters_show_the_cli_posters_cards(report, cli_cards, tmp_path):
    client = TestClient(create_app(tmp_path / "lib.db"))
    with open(report, "rb") as fh:
        page = client.post("/digest", files={"file": (report.name, fh)}, data={"lens": "general"})
    assert page.status_code == 200
    sha = re.search(r'name="sha" value="([0-9a-f]{64})"', page.text).group(1)
    # a stored document's poster download
    kept = client.post("/d", data={"sha": sha, "lens": "general"}, follow_redirects=False)
    doc_id = kept.headers["location"].rsplit("/", 1)[1]
    stored = client.get(f"/d/{doc_id}/svg")
    assert stored.status_code == 200 and svg_cards(stored.text) == cli_cards
    # the edit preview of the default edit (the desk's starting point)
    d = hzd.digest(hzd.read(report))
    edit = edit_template(build_view(d, card_pool=CARD_POOL))
    preview = client.post("/api/edit-preview?format=svg", content=json.dumps(
        {"sha256": sha, "lens": "general", "edit": edit}).encode("utf-8"))
    assert preview.status_code == 200 and svg_cards(preview.text) == cli_cards


def test_the_wechat_posters_view_is_the_cli_posters(report, cli_cards):
    d = hzd.digest(hzd.read(report))
    view, _render = curate(d, None)
    assert view.poster_cards == build_view(d).poster_cards and view.poster_cards
    files = publish_wechat(d, None, view, "post.html")
    assert "post.poster.png" in files
    # the post's poster is drawn from this view: the same cards as the CLI poster
    from huazhongdian.render.poster_paint import paint_svg
    assert svg_cards(paint_svg(layout_poster(d, view=view))) == cli_cards
