"""No empty theme heading (issue 12 point 1): every output of one digest heads the same themes in
the same order — the themes that list a bullet (``ModeGroup.listed``) — and counts the others once,
at their group's end: Markdown's closing line, one 展开全部 in the HTML digest and the web page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

import pytest

import huazhongdian as hzd
from huazhongdian.render import render_bytes, render_digest
from huazhongdian.render.html import render_html
from huazhongdian.render.markdown import render_markdown
from huazhongdian.render.poster import _themes, poster_groups, poster_limits
from huazhongdian.render.unlisted import NO_FACT, unlisted_note
from huazhongdian.render.view import build_view

# Shanxi 2026: its five-year review's 安全 has one bullet, with no fact of its own (development data).
SHANXI = "shanxi-2026-gov-work-report.txt"


@pytest.fixture(scope="module", params=["sample", "shanxi"])
def report(request, sample_path, corpus):
    path = sample_path if request.param == "sample" else corpus / SHANXI
    return path, hzd.digest(hzd.read(path), lens="general")


def _expected(view) -> list[tuple[str, str]]:
    return [(g.title, t.theme) for g in view.groups for t in g.listed]


def _md_heads(md: str, titles: set[str]) -> list[tuple[str, str]]:
    out, group = [], ""
    for line in md.splitlines():
        if line.startswith("## "):
            group = line[3:] if line[3:] in titles else ""
        elif line.startswith("### ") and group:
            out.append((group, line[4:]))
    return out


def _html_heads(html: str, titles: set[str]) -> list[tuple[str, str]]:
    """(group, theme) of every <h2>/<h3> outside <details>, tags stripped, the 编者 mark dropped."""
    html = re.sub(r"<details.*?</details>", "", html, flags=re.S)
    html = re.sub(r"<small[^>]*>.*?</small>", "", html, flags=re.S)
    out, group = [], ""
    for level, inner in re.findall(r"<h([23])[^>]*>(.*?)</h\1>", html, flags=re.S):
        text = unescape(re.sub(r"<[^>]+>", "", inner)).strip()
        if level == "2":
            group = text if text in titles else ""
        elif group:
            out.append((group, text))
    return out


def _web_page(path) -> str:
    pytest.importorskip("fastapi")
    import tempfile
    from pathlib import Path

    from fastapi.testclient import TestClient

    from huazhongdian.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp, open(path, "rb") as fh:
        client = TestClient(create_app(Path(tmp) / "lib.db"))
        r = client.post("/digest", files={"file": (path.name, fh)}, data={"lens": "general"})
    assert r.status_code == 200
    return r.text


def test_every_output_heads_the_same_themes_in_the_same_order(report):
    path, d = report
    view = build_view(d)
    expected = _expected(view)
    assert expected and all(t.top for g in view.groups for t in g.listed)
    titles = {g.title for g in view.groups}
    assert _md_heads(render_markdown(d), titles) == expected
    assert _html_heads(render_html(d), titles) == expected
    assert _html_heads(_web_page(path), titles) == expected
    post = render_digest(d, "wechat")
    h3 = [unescape(re.sub(r"<[^>]+>", "", x)).strip() for x in re.findall(r"<h3[^>]*>(.*?)</h3>", post, flags=re.S)]
    assert h3 == [theme for _, theme in expected]
    # The poster heads fewer themes, each one the others head, in their order.
    step = poster_limits(view, d.lens)
    for g in poster_groups(view):
        drawn = [t.theme for t in _themes(g, step.themes)]
        listed = [t.theme for t in g.listed]
        assert all(t in listed for t in drawn) and drawn == [t for t in listed if t in drawn]
    svg = unescape(render_bytes(d, "svg").decode("utf-8"))
    headed = {t.theme for g in poster_groups(view) for t in g.listed}
    for g in poster_groups(view):
        for t in g.unlisted:
            if t.theme not in headed:   # (a theme another group lists may be drawn under that group)
                assert f">{t.theme}<" not in svg


def test_a_theme_that_lists_nothing_has_no_heading_and_its_bullets_stay_behind_one_toggle(corpus):
    d = hzd.digest(hzd.read(corpus / SHANXI), lens="general")
    view = build_view(d)
    term = next(g for g in view.groups if g.key == "term")
    assert "安全" in [t.theme for t in term.unlisted] and "安全" not in [t.theme for t in term.listed]
    md = render_markdown(d)
    section = md.split(f"## {term.title}", 1)[1].split("\n## ", 1)[0]
    assert "### 安全" not in section
    assert section.rstrip().endswith(term.unlisted_note)   # one line, closing the group
    assert section.count("未列出") == 1 and NO_FACT in term.unlisted_note
    for html in (render_html(d), _web_page(corpus / SHANXI)):
        block = html.split(f">{term.title}</h2>", 1)[1].split("</h2>", 1)[0]
        toggles = re.findall(r'<details class="more unlisted">(.*?)</details>', block, flags=re.S)
        assert len(toggles) == 1 and unescape(term.unlisted_note) in unescape(toggles[0])
        folded = [b.text for t in term.unlisted for b in t.more]
        assert len(re.findall(r"<li", toggles[0])) == len(folded)
        assert all(unescape(re.sub(r"<[^>]+>", "", toggles[0])).count(text) for text in folded)
    # Every group with such themes ends on exactly one note, in every output that lists folded bullets.
    notes = [g.unlisted_note for g in view.groups if g.unlisted]
    assert [line for line in md.splitlines() if "未列出" in line and not line.startswith("- ")] == notes


@dataclass
class _T:
    theme: str
    shown: int
    more: tuple


def test_the_closing_line_counts_each_theme_in_the_view_order():
    assert unlisted_note([]) == ""
    assert unlisted_note([_T("安全", 0, ("a",)), _T("政府建设", 0, ("b", "c"))]) == (
        "另有安全方面 1 条、政府建设方面 2 条未列出（没有数字、首次、排名或具名项目）")
    # A theme whose listed bullets all repeat the targets table lists nothing for another reason: none given.
    assert unlisted_note([_T("经济运行", 2, ("a",))]) == "另有经济运行方面 1 条未列出"


# Shanghai 2026: its "十四五" review has a single bullet, with no fact of its own (development data).
SHANGHAI = "shanghai-2026-gov-work-report.txt"


def test_a_group_that_lists_nothing_has_no_heading_in_any_output(corpus):
    path = corpus / SHANGHAI
    d = hzd.digest(hzd.read(path), lens="general")
    view = build_view(d)
    assert view.groups and all(g.listed for g in view.groups)
    md = render_markdown(d)
    html = render_html(d)
    shown = [line[3:] for line in md.splitlines() if line.startswith("## ")]
    for g in view.groups:
        assert g.title in shown
    # No "## group" heading followed directly by a closing line or another heading.
    blocks = re.split(r"^## ", md, flags=re.M)[1:]
    for block in blocks:
        title, _, body = block.partition("\n")
        if title in {g.title for g in view.groups}:
            assert "### " in body
    assert "“十四五”时期成就回顾" not in md and "“十四五”时期成就回顾" not in unescape(html)
