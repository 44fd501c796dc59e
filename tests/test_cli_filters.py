"""The library filters on every command that reads the library, end to end."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

FIX = Path(__file__).resolve().parent / "fixtures"
FILES = ([str(FIX / "targets" / f"national-{y}.txt") for y in range(2009, 2014)]
         + [str(FIX / "across" / "series" / f"{y}.txt") for y in (2018, 2019, 2021)]
         + [str(FIX / "across" / f"neimenggu-hulunbuir-hailar-district-{y}-gov-work-report.txt")
            for y in (2014, 2015, 2016)])


@pytest.fixture
def db(hzd_run, tmp_path: Path) -> str:
    path = str(tmp_path / "lib.db")
    code, _, err = hzd_run("add", *FILES, "--db", path, "--jobs", "1")
    assert code == 0, err
    return path


def test_targets_db_with_years(hzd_run, db: str) -> None:
    code, out, _ = hzd_run("targets", "--db", db, "--years", "2010-2012", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and sorted({r["year"] for r in rows}) == [2010, 2011, 2012]
    deficit = next(r for r in rows if r["metric"] == "deficit" and r["year"] == 2010)
    assert deficit["base_value"] == 1050000000000 and deficit["base_unit"] == "元" and deficit["point"] == 10500
    code, out, _ = hzd_run("targets", "--db", db, "--level", "district")
    assert code == 0 and [line.split()[0] for line in out.splitlines()[2:]] == ["2014", "2015", "2016"]


def test_targets_files_with_filters_and_long_csv(hzd_run) -> None:
    files = [str(FIX / "targets" / f"national-{y}.txt") for y in (2015, 2016, 2017)]
    code, out, _ = hzd_run("targets", *files, "--years", "2016", "--format", "csv", "--long")
    rows = list(csv.DictReader(out.splitlines()))
    gdp = next(r for r in rows if r["metric"] == "gdp_growth")
    assert code == 0 and {r["year"] for r in rows} == {"2016"}
    assert (gdp["low"], gdp["high"], gdp["point"], gdp["base_value"], gdp["base_unit"]) == ("6.5", "7", "6.75", "6.75", "%")


def test_targets_needs_files_or_db(hzd_run, db: str) -> None:
    assert hzd_run("targets")[0] == 2
    code, _, err = hzd_run("targets", "--db", db, "--years", "1990-1991")
    assert code == 2 and "no document matches --years 1990-1991" in err
    code, _, err = hzd_run("targets", "--db", db, "--years", "2012-2010")
    assert code == 2 and err.count("\n") == 1 and "backwards" in err


def test_trend_mixed_kinds_refused_then_split(hzd_run, db: str) -> None:
    code, _, err = hzd_run("trend", "改革", "--db", db)
    assert code == 2 and "mixes kinds" in err and "--by kind" in err and err.count("\n") == 1
    code, out, _ = hzd_run("trend", "改革", "--db", db, "--by", "kind", "--format", "json")
    assert code == 0 and {r["series"] for r in json.loads(out)} == {"gov-work-report", "other"}
    code, out, _ = hzd_run("trend", "改革", "--db", db, "--mixed-kinds", "--format", "json")
    assert code == 0 and len(json.loads(out)) == len(FILES)
    code, out, _ = hzd_run("trend", "改革", "--db", db, "--kind", "gov-work-report", "--by", "level",
                           "--years", "2015-2019", "--format", "json")
    rows = json.loads(out)
    assert [(r["series"], r["year"]) for r in rows] == [("district", 2015), ("district", 2016),
                                                        ("national", 2018), ("national", 2019)]


def test_search_filters(hzd_run, db: str) -> None:
    code, out, _ = hzd_run("search", "改革", "--db", db, "--format", "json", "--years", "2018-2019", "-n", "50")
    hits = json.loads(out)
    assert code == 0 and hits and {h["year"] for h in hits} == {2018, 2019}
    code, out, _ = hzd_run("search", "改革", "--db", db, "--format", "json", "--region", "海拉尔")
    assert {h["region"] for h in json.loads(out)} == {"海拉尔区"}


def test_scorecard_db_filters(hzd_run, db: str) -> None:
    code, out, _ = hzd_run("scorecard", "--db", db, "--region", "海拉尔", "--years", "2015-2016",
                           "--format", "json", "--headline")
    rows = json.loads(out)
    assert code == 0 and rows and {r["year"] for r in rows} == {2015}
    code, _, err = hzd_run("scorecard", *FILES[:2], "--years", "2010")
    assert code == 2 and "use it with --db" in err


def test_export_filters(hzd_run, db: str, tmp_path: Path) -> None:
    code, _, _ = hzd_run("export", "--db", db, "--format", "csv", "-o", str(tmp_path / "out"), "--kind", "other")
    csv.field_size_limit(1 << 26)
    docs = list(csv.DictReader((tmp_path / "out" / "documents.csv").open(encoding="utf-8")))
    targets = list(csv.DictReader((tmp_path / "out" / "targets.csv").open(encoding="utf-8")))
    assert code == 0 and [d["year"] for d in docs] == ["2009", "2010", "2011", "2012", "2013"]
    assert {t["document_id"] for t in targets} == {d["id"] for d in docs}
    gdp_2010 = next(t for t in targets if t["metric"] == "gdp_growth" and t["year"] == "2010")
    assert float(gdp_2010["point"]) == 8 and gdp_2010["base_unit"] == "%"


def test_unknown_filter_values(hzd_run, db: str) -> None:
    for args in (("--level", "provinces"), ("--kind", "report")):
        code, _, err = hzd_run("search", "改革", "--db", db, *args)
        assert code == 2 and "choose one of" in err


def test_trend_png_draws_a_line_per_series() -> None:
    from huazhongdian.render.charts import _trend_series

    rows = [{"term": "改革", "year": 2015, "per_10k": 1.0, "series": "district"},
            {"term": "改革", "year": 2015, "per_10k": 3.0, "series": "national"},
            {"term": "改革", "year": 2016, "per_10k": 2.0, "series": ""}]
    assert _trend_series(rows) == {"改革 · district": [(2015, 1.0)], "改革 · national": [(2015, 3.0)],
                                   "改革": [(2016, 2.0)]}
