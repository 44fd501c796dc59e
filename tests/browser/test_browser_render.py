"""The HTML digest in a real browser: headless Chromium at phone and desktop widths.

Screenshots go to ``tests/artifacts/`` (gitignored) for a human to look at. Chromium gets a
fontconfig file that adds the pip-shipped Noto fonts, so the screenshots show Chinese,
not boxes, even on a machine with no CJK fonts installed.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import pytest

from huazhongdian.render.html import render_html
from huazhongdian.render.style import font_dir

pytestmark = pytest.mark.browser

HERE = Path(__file__).resolve().parent
ARTIFACTS = HERE.parent / "artifacts"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _samples():
    spec = importlib.util.spec_from_file_location("render_sample_for_browser", HERE.parent / "render" / "render_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    conf = tmp_path_factory.mktemp("fontconfig") / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{font_dir()}</dir>\n  <cachedir>{conf.parent / 'cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS,
                               env={**os.environ, "FONTCONFIG_FILE": str(conf)})
        yield b
        b.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    samples = _samples()
    folder = tmp_path_factory.mktemp("html")
    out = {}
    for name, make in (("national", samples.national_digest), ("hostile", samples.hostile_digest)):
        path = folder / f"{name}.html"
        digest = make()
        path.write_text(render_html(digest), encoding="utf-8")
        out[name] = (path, digest)
    return out


def _open(browser, path: Path, width: int):
    page = browser.new_page(viewport={"width": width, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    return page, requests


@pytest.mark.parametrize("name, width", [("national", 420), ("national", 1280), ("hostile", 420)])
def test_no_horizontal_overflow_and_screenshot(browser, pages, name, width):
    ARTIFACTS.mkdir(exist_ok=True)
    path, _ = pages[name]
    page, requests = _open(browser, path, width)
    scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    page.screenshot(path=str(ARTIFACTS / f"digest-{name}-{width}.png"), full_page=False)
    page.close()
    assert scroll <= inner, f"horizontal overflow at {width}px: {scroll} > {inner}"
    assert requests == [path.as_uri()]  # the page fetched nothing but itself


def test_column_is_readable_on_desktop(browser, pages):
    path, _ = pages["national"]
    page, _ = _open(browser, path, 1280)
    width = page.evaluate("document.querySelector('main').getBoundingClientRect().width")
    page.close()
    assert 600 <= width <= 800


def test_bullet_link_targets_and_highlights_its_sentence(browser, pages):
    path, digest = pages["national"]
    page, _ = _open(browser, path, 420)
    link = page.locator("ul.bullets li a.src").first
    href = link.get_attribute("href")
    link.click()
    target_id = page.evaluate("document.querySelector(':target').id")
    background = page.evaluate("getComputedStyle(document.querySelector(':target')).backgroundColor")
    mark = page.evaluate("getComputedStyle(document.querySelector(':target mark.fig')).backgroundColor")
    page.screenshot(path=str(ARTIFACTS / "digest-420-target.png"))
    page.close()
    assert target_id == href[1:]
    assert background == "rgb(246, 227, 180)"  # PALETTE.gold_soft behind the sentence
    assert mark == "rgb(200, 22, 29)"         # PALETTE.red behind its figures


def test_hostile_text_stays_text_in_the_browser(browser, pages):
    path, _ = pages["hostile"]
    page, requests = _open(browser, path, 420)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    counts = page.evaluate("[document.scripts.length, document.images.length]")
    body = page.evaluate("document.body.innerText")
    page.close()
    assert counts == [0, 0]
    assert dialogs == []
    assert "<script>alert(1)</script>" in body and "<img src=x onerror=alert(2)>" in body
    assert requests == [path.as_uri()]
