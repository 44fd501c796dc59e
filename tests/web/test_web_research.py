"""The researcher's library pages (#15 item 4): /api/targets and the targets page (compact values,
clause on hover, a chart per metric), the trend on a year axis (gaps, ticks, series by kind, up to
6 terms, downloads), search (count, filters, sort, the passage view), and Chinese wording only."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from huazhongdian.web.app import create_app  # noqa: E402

NATIONAL = ("national-2018-gov-work-report.txt", "national-2019-gov-work-report.txt",
            "national-2024-gov-work-report.txt")
HAILAR = tuple(f"neimenggu-hulunbuir-hailar-district-{y}-gov-work-report.txt" for y in (2016, 2017, 2018))


def build_library(db, fixtures, sample_path):
    """National reports 2018, 2019, 2024, 2025 (no 2020–2023: a gap) and Hailar district 2016–2018."""
    from huazhongdian.store.batch import add_paths
    from huazhongdian.store.library import Library

    paths = [fixtures / "across" / n for n in NATIONAL + HAILAR] + [sample_path]
    with Library(db) as lib:
        assert len(add_paths(lib, paths, jobs=1).added) == 7
    return db


@pytest.fixture(scope="module")
def client(tmp_path_factory, fixtures, sample_path):
    db = build_library(tmp_path_factory.mktemp("research") / "lib.db", fixtures, sample_path)
    return TestClient(create_app(db))


@pytest.fixture(scope="module")
def ids(client):
    return {(d["level"], d["year"]): d["id"] for d in client.get("/api/documents").json()}


# --- targets ---------------------------------------------------------------------------------

def test_api_targets_records_compact_and_comparable(client, ids):
    rows = client.get("/api/targets", params={"level": "national"}).json()
    gdp = {r["year"]: r for r in rows if r["metric"] == "gdp_growth"}
    assert sorted(gdp) == [2018, 2019, 2024, 2025]
    assert (gdp[2019]["compact"], gdp[2019]["low"], gdp[2019]["high"], gdp[2019]["point"], gdp[2019]["value"]) == \
        ("6–6.5%", 6.0, 6.5, 6.25, None)
    assert (gdp[2025]["compact"], gdp[2025]["point"], gdp[2025]["text"]) == ("5%左右", 5.0, "国内生产总值增长5%左右")
    assert gdp[2025]["label"] == "国内生产总值增长" and gdp[2025]["document_id"] == ids[("national", 2025)]
    assert {r["level"] for r in rows} == {"national"}
    assert {r["year"] for r in client.get("/api/targets", params={"years": "2024-2025"}).json()} == {2024, 2025}


def test_api_targets_csv_has_the_same_rows(client):
    records = client.get("/api/targets").json()
    r = client.get("/api/targets", params={"format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(r.text)))
    assert len(table) == len(records)
    first = next(t for t in table if t["metric"] == "gdp_growth" and t["year"] == "2019")
    assert (first["compact"], first["point"], first["label"]) == ("6–6.5%", "6.25", "国内生产总值增长")
    assert client.get("/api/targets", params={"format": "xml"}).status_code == 400
    assert client.get("/api/targets", params={"years": "20x4"}).status_code == 400


def test_targets_page_compact_cells_with_the_clause_and_charts(client):
    html = client.get("/targets").text
    assert '<summary title="国内生产总值增长6%－6.5%">6–6.5%</summary>' in html
    assert '<summary title="国内生产总值增长5%左右">5%左右</summary>' in html
    chart = html[html.index('id="target-chart-gdp_growth"'):]
    chart = chart[:chart.index("</figure>")]
    assert "国内生产总值增长（%）" in chart
    # one dot per year with a target (national and Hailar), a band for the 2019 range
    assert 'data-year="2019" data-value="6.25"' in chart and chart.count('class="range"') == 1
    assert '/api/targets?format=csv' in html and 'href="/api/targets"' in html
    narrowed = client.get("/targets", params={"level": "district"}).text
    assert "2018年政府工作报告" not in narrowed and "海拉尔区政府工作报告" in narrowed


# --- trend -----------------------------------------------------------------------------------

def test_trend_series_by_kind_never_mix_levels(client):
    rows = client.get("/api/trend", params={"term": "民生"}).json()
    series = {r["series"] for r in rows}
    assert series == {"国家级政府工作报告", "区县级政府工作报告"}
    national = [r["year"] for r in rows if r["series"] == "国家级政府工作报告"]
    assert national == [2018, 2019, 2024, 2025]
    # the flags run along each series: each has its own debut
    assert [r["year"] for r in rows if "debut" in r["flags"]] == [2016, 2018]
    one = client.get("/api/trend", params={"term": "民生", "by": "year"}).json()
    assert {r["series"] for r in one} == {"全部"} and [r["year"] for r in one if "debut" in r["flags"]] == [2016]
    assert client.get("/api/trend", params={"term": "民生", "by": "colour"}).status_code == 400


def test_trend_svg_year_axis_gaps_and_ticks(client):
    from huazhongdian.web.charts import trend_svg

    rows = client.get("/api/trend", params={"term": "民生", "level": "national"}).json()
    svg = str(trend_svg(rows))
    # 2018–2019 joined, 2020–2023 missing, 2024–2025 joined: two polylines, never one across the gap
    assert svg.count("<polyline") == 2
    years = re.findall(r'class="year"[^>]*>(\d{4})<', svg)
    assert years == [str(y) for y in range(2018, 2026)]  # every year labelled, the missing ones too
    assert "年份" in svg and "每万字出现次数" in svg
    ticks = re.findall(r'text-anchor="end">([\d.]+)<', svg)
    assert ticks[0] == "0" and len(ticks) >= 3
    x = {int(m[1]): float(m[0]) for m in re.findall(r'cx="([\d.]+)"[^>]*data-year="(\d+)"', svg)}
    # a real time axis: 2019→2024 is five times as wide as 2018→2019
    assert abs((x[2024] - x[2019]) - 5 * (x[2019] - x[2018])) < 0.5


def test_trend_six_terms_filters_and_downloads(client):
    terms = ["民生", "改革", "创新", "就业", "开放", "生态"]
    rows = client.get("/api/trend", params={"term": terms, "kind": "gov-work-report", "years": "2016-2019"}).json()
    assert list(dict.fromkeys(r["term"] for r in rows)) == terms
    assert {r["year"] for r in rows} == {2016, 2017, 2018, 2019}
    assert client.get("/api/trend", params={"term": terms + ["绿色"]}).status_code == 400
    png = client.get("/api/trend", params={"term": "民生", "format": "png"})
    assert png.content[:8] == b"\x89PNG\r\n\x1a\n"
    svg = client.get("/api/trend", params={"term": "民生", "format": "svg"})
    assert svg.headers["content-type"] == "image/svg+xml" and svg.text.startswith("<svg xmlns")
    table = list(csv.DictReader(io.StringIO(client.get("/api/trend", params={"term": "民生", "format": "csv"}).text)))
    assert [t["year"] for t in table if t["series"] == "国家级政府工作报告"] == ["2018", "2019", "2024", "2025"]
    page = client.get("/trend", params={"term": terms, "by": "level"}).text
    assert page.count('name="term"') == 6 and "format=png" in page and "format=csv" in page


def test_trend_never_mixes_party_congress_and_government_reports(tmp_path, corpus):
    from huazhongdian.store.batch import add_paths
    from huazhongdian.store.library import Library

    with Library(tmp_path / "lib.db") as lib:
        add_paths(lib, [corpus / "national-2017-cpc-19th-congress-report.txt",
                        corpus / "national-2018-gov-work-report.txt"], jobs=1)
    c = TestClient(create_app(tmp_path / "lib.db"))
    rows = c.get("/api/trend", params={"term": "新时代"}).json()
    assert {(r["year"], r["series"]) for r in rows} == {(2017, "国家级党代会报告"), (2018, "国家级政府工作报告")}
    assert all("debut" in r["flags"] for r in rows)  # each series starts on its own


# --- search ----------------------------------------------------------------------------------

def test_search_count_filters_sort_and_passage_link(client, ids):
    hits = client.get("/api/search", params={"q": "民生", "sort": "year"}).json()
    years = [h["year"] for h in hits]
    assert years == sorted(years, reverse=True) and {"national", "district"} <= {h["level"] for h in hits}
    only = client.get("/api/search", params={"q": "民生", "years": "2018", "level": "national"}).json()
    assert only and {(h["year"], h["level"]) for h in only} == {(2018, "national")}
    html = client.get("/search", params={"q": "民生", "years": "2018", "level": "national"}).text
    assert f"共 <b>{len(only)}</b> 段，来自 1 篇文件" in html
    h = only[0]
    link = f'/library/{h["document_id"]}/passage?start={h["start"]}&amp;end={h["end"]}&amp;q=%E6%B0%91%E7%94%9F#hit'
    assert link in html
    assert client.get("/api/search", params={"q": "民生", "sort": "colour"}).status_code == 400


def test_passage_view_marks_exactly_the_hit(client, ids):
    doc_id = ids[("national", 2025)]
    text = client.get(f"/api/documents/{doc_id}").json()["document"]["text"]
    start = text.index("新质生产力")
    html = client.get(f"/library/{doc_id}/passage", params={"start": start, "end": start + 5}).text
    assert '<mark id="hit" class="hit">新质生产力</mark>' in html and html.count('id="hit"') == 1
    assert client.get(f"/library/{doc_id}/passage", params={"start": 10, "end": 10**6}).status_code == 404
    assert client.get(f"/library/{doc_id}/passage", params={"start": "a", "end": 3}).status_code == 400
    assert client.get("/library/999/passage", params={"start": 0, "end": 3}).status_code == 404


# --- Chinese only ------------------------------------------------------------------------------

class VisibleText(HTMLParser):
    """Text a reader sees (and hover titles, placeholders) of the page's own wording: without
    scripts, styles, code, URLs, and the report's own text (marked ``translate="no"``)."""

    VOID = {"br", "img", "input", "meta", "link", "hr", "circle", "line", "rect", "polyline"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._depth = 0  # open tags inside a skipped element

    def handle_starttag(self, tag, attrs):
        if self._depth:
            self._depth += tag not in self.VOID
            return
        if tag in ("script", "style", "code", "pre") or ("translate", "no") in attrs:
            self._depth = 1
            return
        for name, value in attrs:
            if name in ("title", "placeholder", "aria-label", "alt") and value:
                self.parts.append(value)

    def handle_startendtag(self, tag, attrs):
        if not self._depth:
            self.handle_starttag(tag, attrs)
            self._depth = 0 if self._depth == 1 and tag in self.VOID else self._depth

    def handle_endtag(self, tag):
        if self._depth and tag not in self.VOID:
            self._depth -= 1

    def handle_data(self, data):
        if not self._depth:
            self.parts.append(data)


#: File formats, the API link and the project's own name: names, not words to translate.
ALLOWED = {"CSV", "JSON", "PNG", "SVG", "API", "huazhongdian"}


def english_words(html: str) -> set[str]:
    parser = VisibleText()
    parser.feed(html)
    text = re.sub(r"https?://\S+|/\S+", " ", " ".join(parser.parts))
    return {w for w in re.findall(r"[A-Za-z_][A-Za-z_0-9]+", text) if w not in ALLOWED}


def test_no_english_or_metric_key_on_the_library_pages(client, ids):
    from huazhongdian.render.wording import wording

    doc_id = ids[("national", 2025)]
    pages = ["/targets", "/targets?level=national&years=2018-2025", "/trend?term=民生&term=改革",
             "/trend?term=民生&by=level", "/trend?term=民生&by=region", "/search?q=民生&sort=year",
             f"/library/{doc_id}/passage?start=100&end=110", "/trend?term=" + "&term=".join("一二三四五六七"),
             "/targets?years=abc", "/search?q=民生&sort=colour", "/trend?term=民生&by=colour",
             "/library/999/passage?start=0&end=3", f"/library/{doc_id}/passage?start=a&end=3"]
    keys = set(wording()["metric"]) | {"debut", "spike", "gap", "national", "district", "gov-work-report"}
    for path in pages:
        html = client.get(path).text
        assert not english_words(html), (path, english_words(html))
        parser = VisibleText()
        parser.feed(html)
        visible = " ".join(parser.parts)
        assert not [k for k in keys if k in visible], path


def test_wording_table_is_the_clis_too():
    from huazhongdian.across.trend import TrendRow
    from huazhongdian.render.across import render_trend
    from huazhongdian.render.wording import word
    from decimal import Decimal

    row = TrendRow("民生", 2018, "a", 1, "", 3, Decimal(1), ("spike",), 3, Decimal(1))
    assert "骤增" in render_trend([row], "text") and word("flag", "gap") == "中断"
    assert word("metric", "ultra_long_special_bonds") == "超长期特别国债"
