"""End to end in headless Chromium: upload a real report, click a bullet, see its sentence highlighted;
on the track page, a plan and its evidence each lit in their own report, the status filter, no overflow."""

from __future__ import annotations


import pytest

pytestmark = pytest.mark.browser

from browser_support import ARTIFACTS, serving


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from huazhongdian.web.app import create_app

    with serving(create_app(tmp_path_factory.mktemp("db") / "lib.db")) as url:
        yield url


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


@pytest.fixture(scope="module")
def track_url(server, browser, fixtures):
    """Hailar's 2018 (plans) and 2019 (review) reports added to the server's library by upload."""
    ctx = browser.new_context()
    ids = []
    for year in (2018, 2019):
        path = fixtures / "across" / f"neimenggu-hulunbuir-hailar-district-{year}-gov-work-report.txt"
        r = ctx.request.post(server + "/api/documents", multipart={
            "file": {"name": path.name, "mimeType": "text/plain", "buffer": path.read_bytes()}})
        assert r.ok
        ids.append(r.json()["id"])
    ctx.close()
    return f"{server}/track?plan={ids[0]}&review={ids[1]}"


def _lit(page, pane: str) -> tuple[int, int]:
    lit = page.locator(f"#{pane} .hl")
    assert lit.count() == 1
    return int(lit.get_attribute("data-start")), int(lit.get_attribute("data-end"))


@pytest.mark.parametrize("width", [420, 1280])
def test_track_click_plan_and_evidence_highlights_each_in_its_report(track_url, browser, width):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(track_url)
    row = page.locator('.track-row[data-status="done"]').first
    plan, evidence = row.locator(".plan"), row.locator(".evidence")
    plan.click()
    s, e = _lit(page, "source-plan")
    assert s <= int(plan.get_attribute("data-start")) < e
    assert page.locator("#source-review .hl").count() == 0
    evidence.click()
    s, e = _lit(page, "source-review")
    assert (s, e) == (int(evidence.get_attribute("data-start")), int(evidence.get_attribute("data-end")))
    assert page.locator("#source-review .hl").inner_text() == evidence.inner_text().split(" ", 1)[1]
    assert page.locator("#source-plan .hl").count() == 1  # the plan stays lit in its own pane
    page.screenshot(path=str(ARTIFACTS / f"web-track-{width}.png"), full_page=False)
    if width == 420:
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
    assert all(u.startswith(track_url.split("/track")[0]) for u in requests)  # all assets local
    page.close()


def test_track_status_filter_shows_only_that_status(track_url, browser):
    page = browser.new_page(viewport={"width": 420, "height": 900})
    page.goto(track_url)
    wanted = int(page.locator("b.count-not_mentioned").inner_text())
    page.click('.status-filter [data-filter="not_mentioned"]')
    visible = page.locator(".track-row:visible")
    assert visible.count() == wanted > 0
    assert set(page.eval_on_selector_all(".track-row:not([hidden])", "rs => rs.map(r => r.dataset.status)")) \
        == {"not_mentioned"}
    page.click('.status-filter [data-filter="all"]')
    assert page.locator(".track-row:visible").count() == page.locator(".track-row").count()
    page.close()


@pytest.mark.parametrize("width", [420, 1280])
def test_library_page_previous_section_links_and_fits(track_url, browser, width):
    """Hailar 2019's library page sets it against 2018's: a target row jumps to its sentence,
    the compare/track links name the pair, assets stay local, and a phone gets no sideways scroll."""
    import re

    plan, review = re.search(r"plan=(\d+)&review=(\d+)", track_url).groups()
    server = track_url.split("/track")[0]
    page = browser.new_page(viewport={"width": width, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{server}/library/{review}")
    section = page.locator("#previous")
    assert section.locator("h2").inner_text().startswith("与上年相比（对照：")
    assert section.locator(".pair-links a").nth(1).get_attribute("href") == f"/track?plan={plan}&review={review}"
    section.screenshot(path=str(ARTIFACTS / f"web-previous-section-{width}.png"))
    row = section.locator("tr.jump, li.jump").first
    start = int(row.get_attribute("data-start"))
    row.click()
    s, e = _lit(page, "source")
    assert s <= start < e
    page.screenshot(path=str(ARTIFACTS / f"web-previous-{width}.png"), full_page=False)
    if width == 420:
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
    assert all(u.startswith(server) for u in requests)
    page.close()
