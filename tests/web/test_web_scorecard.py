"""The 目标完成情况 page and ``/api/scorecard`` over a temp library of two real national reports."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import huazhongdian as hzd  # noqa: E402
from huazhongdian.across.scorecard import scorecard, scorecard_digest  # noqa: E402
from huazhongdian.render.scorecard import row_to_dict  # noqa: E402
from huazhongdian.web.app import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def files(fixtures):
    return fixtures / "across" / "national-2024-gov-work-report.txt", ROOT / "examples" / "national-2025-gov-work-report.txt"


@pytest.fixture(scope="module")
def library(tmp_path_factory, files):
    client = TestClient(create_app(tmp_path_factory.mktemp("db") / "lib.db"))
    ids = []
    for path in files:
        r = client.post("/api/documents", files={"file": (path.name, path.read_bytes())})
        assert r.status_code == 201
        ids.append(r.json()["id"])
    return client, ids[0], ids[1]


def test_api_equals_scorecard_of_the_files(library, files):
    client, old, new = library
    want = [row_to_dict(r) for r in scorecard(*(scorecard_digest(hzd.read(str(p))) for p in files))]
    got = client.get(f"/api/scorecard?new={new}").json()          # old found as the previous report
    assert [(r["metric"], r["status"]) for r in got] == [(r["metric"], r["status"]) for r in want]
    assert client.get(f"/api/scorecard?new={new}&old={old}").json() == got
    jobs = next(r for r in got if r["metric"] == "urban_new_jobs")
    assert (jobs["realised"]["value"], jobs["status"]) == (1256, "超额完成")


def test_api_csv_and_errors(library):
    client, _, new = library
    r = client.get(f"/api/scorecard?new={new}&format=csv")
    assert r.headers["content-type"].startswith("text/csv") and r.text.startswith("year,metric,target,")
    assert client.get(f"/api/scorecard?new={new}&format=xml").status_code == 400
    assert client.get("/api/scorecard?new=999").status_code == 404


def test_page_shows_rows_and_downloads(library):
    client, _, new = library
    html = client.get(f"/scorecard?new={new}").text
    assert "<h1>目标完成情况</h1>" in html and "1200万人以上" in html and "超额完成" in html
    assert f"/api/scorecard?new={new}&amp;format=csv" in html
    assert client.get("/scorecard?new=abc").status_code == 400


def test_targets_page_charts_target_and_realised(library):
    client, _, _ = library
    html = client.get("/targets").text
    assert '<figure class="sc-figure" id="chart-urban_new_jobs"><figcaption>城镇新增就业</figcaption><svg' in html
    assert "2024 目标 1200万人以上 · 实际 1256万人 · 超额完成" in html
    rows = client.get("/api/scorecard/all").json()
    assert {r["target"]["source"] for r in rows} <= {"target", "qualitative"} and rows[0]["year"] == 2024
