"""The researcher's library pages in headless Chromium (#15), at 390 px and 1280 px: the targets
charts and a clause opened from its compact cell, the trend chart with filters, and a search hit
clicked through to its marked passage. Screenshots go to tests/artifacts/; with
``HZD_UPDATE_SCREENSHOTS=1`` also to docs/img/ (the ones docs/web.md shows)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from browser_support import ARTIFACTS, serving

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
DOCS_IMG = ROOT / "docs" / "img"
WIDTHS = [390, 1280]


@pytest.fixture(scope="module")
def server(browser, tmp_path_factory, fixtures, sample_path):
    from test_web_research import build_library

    from huazhongdian.web.app import create_app

    db = build_library(tmp_path_factory.mktemp("research-browser") / "lib.db", fixtures, sample_path)
    with serving(create_app(db)) as url:
        yield url


def shoot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))
    if os.environ.get("HZD_UPDATE_SCREENSHOTS") == "1":
        shutil.copy(ARTIFACTS / name, DOCS_IMG / name)


def no_overflow(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0


@pytest.mark.parametrize("width", WIDTHS)
def test_targets_chart_and_clause(server, browser, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(server + "/targets?kind=gov-work-report")
    chart = page.locator("#target-chart-gdp_growth svg")
    assert chart.is_visible()
    # national 2018, 2019, 2024, 2025 and Hailar 2016–2018 each set a growth target
    years = sorted(int(y) for y in chart.locator("circle.point").evaluate_all("cs => cs.map(c => c.dataset.year)"))
    assert years == [2016, 2017, 2018, 2018, 2019, 2024, 2025]
    box = chart.bounding_box()
    assert box["width"] <= width  # the chart fits the screen
    cell = page.locator("details.clause summary", has_text="6–6.5%").first
    assert cell.get_attribute("title") == "国内生产总值增长6%－6.5%"
    cell.scroll_into_view_if_needed()
    cell.click()
    assert page.locator("details.clause[open] a").first.inner_text() == "国内生产总值增长6%－6.5%"
    assert no_overflow(page)
    page.locator("#target-chart-gdp_growth").scroll_into_view_if_needed()
    shoot(page, f"web-targets-{width}.png")
    page.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_trend_chart_with_filters(server, browser, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(server + "/trend")
    terms = page.locator("input[name=term]")
    assert terms.count() == 6
    terms.nth(0).fill("民生")
    terms.nth(1).fill("改革")
    page.select_option("select[name=level]", "national")
    page.fill("input[name=years]", "2018-2025")
    page.click("form.trend-form button[type=submit]")
    page.wait_for_selector("svg.trend-chart")
    assert "level=national" in page.url and "years=2018-2025" in page.url
    svg = page.locator("svg.trend-chart")
    # two terms × one series (national reports); 2020–2023 are missing, so each line is two pieces
    assert svg.locator("g.series").count() == 2 and svg.locator("polyline").count() == 4
    labels = svg.locator("text.year").all_text_contents()
    assert labels == [str(y) for y in range(2018, 2026)]
    assert svg.bounding_box()["width"] <= width
    assert {h.get_attribute("href").split("format=")[1] for h in page.locator(".downloads a").all()} == {"png", "svg", "csv"}
    assert no_overflow(page)
    svg.scroll_into_view_if_needed()
    shoot(page, f"web-trend-{width}.png")
    page.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_search_hit_opens_its_marked_passage(server, browser, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(server + "/search")
    page.fill("input[name=q]", "新质生产力")
    page.select_option("select[name=sort]", "year")
    page.click("form.filters button[type=submit]")
    count = page.locator(".hit-count b").inner_text()
    hits = page.locator("a.hit")
    assert int(count) == hits.count() > 0
    first = hits.first
    assert first.inner_text().startswith("2025年")
    first.click()
    page.wait_for_selector("mark#hit")
    mark = page.locator("mark#hit")
    assert mark.inner_text() == "新质生产力"
    top = page.evaluate("document.getElementById('hit').getBoundingClientRect().top")
    assert 0 <= top <= 900  # the page opened scrolled to the passage
    assert no_overflow(page)
    shoot(page, f"web-search-passage-{width}.png")
    page.close()
