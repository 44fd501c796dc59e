"""--format wechat (#16 item 3a): HTML the 公众号 editor keeps — inline styles only, no class,
script, <style>, external URL or web font; the poster a separate PNG ≤ 1080 px wide and ≤ 5 MB."""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from huazhongdian.render.edit import edit_template

EXCERPT = Path(__file__).parent.parent / "fixtures" / "render" / "national-2026-excerpt.txt"
# Elements that are not shown, so need no style of their own.
_UNSEEN = {"html", "head", "meta", "title", "br"}


class _Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def audit(html: str) -> list[str]:
    """Every rule the WeChat editor imposes; the broken ones, as messages."""
    p = _Audit()
    p.feed(html)
    problems = []
    for tag, attrs in p.tags:
        if tag in ("style", "script", "link", "iframe", "object", "embed", "form", "input", "button"):
            problems.append(f"<{tag}> present")
        if "class" in attrs or "id" in attrs:
            problems.append(f"<{tag}> has class/id")
        if any(k.startswith("on") for k in attrs):
            problems.append(f"<{tag}> has an event handler")
        for key in ("href", "src", "srcset", "action", "background"):
            value = attrs.get(key) or ""
            if key in attrs and re.match(r"^\s*(?:[a-z][a-z0-9+.-]*:|//)", value, re.I):
                problems.append(f"<{tag} {key}={value!r}> is an external or scheme URL")
        style = attrs.get("style") or ""
        if tag not in _UNSEEN and not style.strip():
            problems.append(f"<{tag}> has no inline style")
        if re.search(r"url\(|@font-face|@import", style, re.I):
            problems.append(f"<{tag}> style loads a resource")
    if re.search(r"@font-face|\.woff|\.ttf|fonts\.googleapis", html, re.I):
        problems.append("a web font")
    return problems


def images(html: str) -> list[str]:
    return re.findall(r'<img [^>]*src="([^"]+)"', html)


def run(*args: str) -> int:
    from huazhongdian.cli import main

    try:
        main(list(args))
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    out = tmp_path_factory.mktemp("wechat")
    assert run("digest", str(EXCERPT), "--format", "wechat", "-o", str(out / "post.html")) == 0
    return out


def test_the_wechat_html_obeys_every_rule(published):
    html = (published / "post.html").read_text(encoding="utf-8")
    assert audit(html) == []
    assert "<style" not in html and "<script" not in html and "class=" not in html
    # It shows the digest: the cards, the bullets, the targets, with figures highlighted inline.
    assert "数说" in html and "主要预期目标" in html and "国内生产总值增长5%" in re.sub(r"<[^>]+>", "", html)


def test_the_poster_is_a_separate_file_at_most_1080_px_and_5_mb(published):
    from PIL import Image

    html = (published / "post.html").read_text(encoding="utf-8")
    assert images(html) == ["post.poster.png"]
    png = (published / "post.poster.png").read_bytes()
    assert len(png) <= 5 * 1024 * 1024
    with Image.open(io.BytesIO(png)) as img:
        assert img.format == "PNG" and img.width <= 1080


def test_the_copy_page_holds_the_post_and_the_button(published):
    page = (published / "post.copy.html").read_text(encoding="utf-8")
    assert "复制到公众号" in page and "navigator.clipboard.write" in page and "text/html" in page
    body = page.split('<div id="post"', 1)[1].split("</div>\n<script>", 1)[0]
    assert audit(body.split(">", 1)[1]) == []
    assert 'src="post.poster.png"' in body


def test_an_edited_post_is_marked_and_still_clean(tmp_path):
    import huazhongdian as hzd
    from huazhongdian.render.edit import CARD_POOL
    from huazhongdian.render.view import build_view

    view = build_view(hzd.digest(hzd.read(EXCERPT)), card_pool=CARD_POOL)
    e = edit_template(view)
    e["title"] = "<b>编者的标题</b> & more"
    e["items"][0]["keep"] = False
    (tmp_path / "e.json").write_text(json.dumps(e, ensure_ascii=False), encoding="utf-8")
    assert run("digest", str(EXCERPT), "--edit", str(tmp_path / "e.json"), "-f", "wechat", "-o",
               str(tmp_path / "p.html")) == 0
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert audit(html) == []
    assert "&lt;b&gt;编者的标题&lt;/b&gt; &amp; more" in html and ">编者</span>" in html
    assert e["items"][0]["text"] not in re.sub(r"<[^>]+>", "", html)


def test_to_stdout_the_post_has_no_image(capsys):
    assert run("digest", str(EXCERPT), "-f", "wechat") == 0
    captured = capsys.readouterr()
    assert audit(captured.out) == [] and images(captured.out) == []
    assert "poster image is written only with -o" in captured.err
