"""End to end in headless Chromium: upload a real report, click a bullet, see its sentence highlighted."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    uvicorn = pytest.importorskip("uvicorn")
    from huazhongdian.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(tmp_path_factory.mktemp("db") / "lib.db"), host="127.0.0.1",
                            port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("chromium not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.mark.parametrize("width", [420, 1280])
def test_upload_click_bullet_highlights_sentence(server, browser, sample_path, width):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(server + "/")
    page.set_input_files("#file", str(sample_path))
    page.select_option("#lens", "general")
    page.click("#go")
    page.wait_for_selector("#source .s")
    bullet = page.locator(".digest .jump").first
    start = int(bullet.get_attribute("data-start"))
    bullet.click()
    highlighted = page.locator("#source .hl")
    assert highlighted.count() == 1
    s, e = int(highlighted.get_attribute("data-start")), int(highlighted.get_attribute("data-end"))
    assert s <= start < e
    page.screenshot(path=str(ARTIFACTS / f"web-digest-{width}.png"), full_page=False)
    if width == 420:
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
    page.close()
