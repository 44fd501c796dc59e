"""The editor's desk in headless Chromium (#16), at phone (390 px) and desktop (1280 px) width:
upload, 编辑, drop two bullets, move one up, rename a theme, pick 6 cards, preview, download the
edit JSON and the WeChat HTML; the downloads reflect every edit."""

from __future__ import annotations

import importlib.util
import json
import re
from html import unescape
from pathlib import Path

import pytest

from browser_support import ARTIFACTS
from test_web_browser import server  # noqa: F401 - the server fixture

pytestmark = pytest.mark.browser
HERE = Path(__file__).resolve().parent


def _audit():
    """The WeChat rules' checker of tests/render/test_wechat.py."""
    spec = importlib.util.spec_from_file_location("wechat_audit_for_desk", HERE.parent / "render" / "test_wechat.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.audit

EXCERPT = Path(__file__).parent.parent / "fixtures" / "render" / "national-2026-excerpt.txt"


def _text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


@pytest.mark.parametrize("width", [390, 1280])
def test_the_desk_curates_and_the_downloads_show_it(server, browser, width, tmp_path):  # noqa: F811
    audit = _audit()
    ARTIFACTS.mkdir(exist_ok=True)
    ctx = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
    page = ctx.new_page()
    page.goto(server + "/")
    page.set_input_files("#file", str(EXCERPT))
    page.click("#go")
    page.click("#desk-toggle")
    page.wait_for_selector("#desk .desk-item")
    items = page.locator("#desk .desk-item")
    texts = [items.nth(i).locator(".desk-text").inner_text() for i in range(items.count())]
    dropped = texts[:2]
    for i in (0, 1):
        items.nth(i).locator("input[type=checkbox]").uncheck()
    # Move the second bullet of the theme 产业 up, then rename 产业 to 新质生产力.
    theme = page.locator(".desk-theme").filter(has=page.locator('input.desk-theme-name[value="产业"]'))
    first, second = (theme.locator(".desk-text").nth(i).inner_text() for i in (0, 1))
    theme.locator("button.up").nth(1).click()
    assert theme.locator(".desk-text").first.inner_text() == second
    theme.locator("input.desk-theme-name").fill("新质生产力")
    page.fill("#desk-title", "一图看懂2026年政府工作报告")
    # Six cards: none of the defaults but the first, then five others.
    boxes = page.locator("#desk-cards input[type=checkbox]")
    for i in range(boxes.count()):
        boxes.nth(i).set_checked(False)
    for i in (0, 6, 7, 8, 9, 10):
        boxes.nth(i).check()
    assert page.locator("#desk-card-count").inner_text() == "已选 6 张"
    cards = [boxes.nth(i).get_attribute("value") for i in (0, 6, 7, 8, 9, 10)]
    page.click("#desk-preview")
    page.wait_for_selector("#desk-status:text-is('预览已更新')")
    preview = page.locator("#desk-preview-html").inner_text()
    assert "新质生产力" in preview and "一图看懂2026年政府工作报告" in preview
    assert all(t not in preview for t in dropped)
    assert preview.index(second) < preview.index(first)
    assert page.locator("#desk-poster-img").evaluate("img => img.naturalWidth") == 1080
    if width == 390:
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
    theme.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / f"web-desk-{width}.png"))
    page.locator("#desk-preview-html").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / f"web-desk-preview-{width}.png"))

    with page.expect_download() as dl:
        page.click("#desk-json")
    edit = json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
    assert [i["keep"] for i in edit["items"][:2]] == [False, False]
    assert edit["cards"] == cards and edit["title"] == "一图看懂2026年政府工作报告"
    renamed = [i["text"] for i in edit["items"] if i["theme"] == "新质生产力"]
    assert renamed[:2] == [second, first]

    with page.expect_download() as dl:
        page.click("#desk-wechat")
    wechat = Path(dl.value.path()).read_text(encoding="utf-8")
    assert audit(wechat) == []
    body = _text(wechat)
    assert "新质生产力" in body and "一图看懂2026年政府工作报告" in body and "编者" in body
    assert all(t not in body for t in dropped) and body.index(second) < body.index(first)

    with page.expect_download() as dl:
        page.click("#desk-poster")
    assert Path(dl.value.path()).read_bytes().startswith(b"\x89PNG")
    ctx.close()


DOCX = Path(__file__).parent.parent / "fixtures" / "read" / "national-2025-opening.docx"


@pytest.mark.parametrize("width", [390, 1280])
def test_a_docx_kept_curated_saved_and_reloaded_from_its_shared_url(server, browser, width):  # noqa: F811
    """The whole desk (#16): upload a docx, 加入文库, on /d/{id} drop two bullets, move one up, rename
    a theme, re-title, pick 6 cards, 保存到文库, reload the shared URL in a fresh browser context: the
    page, its JSON, WeChat HTML and poster downloads carry every edit."""
    audit = _audit()
    ctx = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
    page = ctx.new_page()
    page.goto(server + "/")
    page.set_input_files("#file", str(DOCX))
    page.click("#go")
    page.click("#keep")
    page.wait_for_url(re.compile(r"/d/\d+$"))
    shared = page.url
    page.click("#desk-toggle")
    page.wait_for_selector("#desk .desk-item")
    items = page.locator("#desk .desk-item")
    dropped = [items.nth(i).locator(".desk-text").inner_text() for i in (0, 1)]
    for i in (0, 1):
        items.nth(i).locator("input[type=checkbox]").uncheck()
    # Move a bullet up inside a theme with two or more, and rename that theme.
    theme = next(t for t in (page.locator(".desk-theme").nth(i) for i in range(page.locator(".desk-theme").count()))
                 if t.locator(".desk-item:not(.dropped)").count() >= 2)
    first, second = (theme.locator(".desk-item:not(.dropped) .desk-text").nth(i).inner_text() for i in (0, 1))
    theme.locator(".desk-item:not(.dropped) button.up").nth(1).click()
    theme.locator("input.desk-theme-name").fill("编者的主题")
    page.fill("#desk-title", "一图看懂：编者的标题")
    # Six cards: the first default and five others.
    boxes = page.locator("#desk-cards input[type=checkbox]")
    for i in range(boxes.count()):
        boxes.nth(i).set_checked(False)
    picks = [0, 6, 7, 8, 9, 10][: min(6, boxes.count())]
    for i in picks:
        boxes.nth(i).check()
    cards = [boxes.nth(i).get_attribute("value") for i in picks]
    page.click("#desk-save")
    page.wait_for_url(shared)
    ctx.close()

    again = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
    page = again.new_page()
    page.goto(shared)
    body = page.locator("main").inner_text() if page.locator("main").count() else page.inner_text("body")
    assert "一图看懂：编者的标题" in body and "编者的主题" in body
    with page.expect_download() as dl:
        page.evaluate(f"window.location.href = '{shared}/wechat'")
    wechat = Path(dl.value.path()).read_text(encoding="utf-8")
    assert audit(wechat) == []
    text = _text(wechat)
    assert "一图看懂：编者的标题" in text and "编者的主题" in text and all(t not in text for t in dropped)
    assert text.index(second) < text.index(first)
    # The saved view's cards are the six picked, in the picker's order.
    view = json.loads(page.evaluate(f"fetch('{shared}/json').then(r => r.text())"))["view"]
    assert [c["id"] for c in view["cards"]] == cards and len(cards) == 6
    with page.expect_download() as dl:
        page.evaluate(f"window.location.href = '{shared}/png'")
    assert Path(dl.value.path()).read_bytes().startswith(b"\x89PNG")
    if width == 390:
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    page.screenshot(path=str(ARTIFACTS / f"web-desk-shared-{width}.png"))
    again.close()
