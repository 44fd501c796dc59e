"""The notebook API: hzd.targets / scorecard / trend records, Digest.to_dict/records, reprs, to_pandas."""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.errors import BadInput
from huazhongdian.extract.indicators import indicators_in_text
from huazhongdian.render.json import digest_to_dict
from huazhongdian.store.batch import add_paths
from huazhongdian.store.filters import LibraryFilter
from huazhongdian.store.library import Library

FIX = Path(__file__).resolve().parent / "fixtures"
SCALARS = (str, int, float, bool, type(None))


def library_files() -> list[str]:
    """Five national target passages (kind "other"), four national reports, three Hailar reports."""
    return ([str(FIX / "targets" / f"national-{y}.txt") for y in range(2009, 2014)]
            + [str(FIX / "across" / "series" / f"{y}.txt") for y in (2018, 2019, 2021, 2022)]
            + [str(FIX / "across" / f"neimenggu-hulunbuir-hailar-district-{y}-gov-work-report.txt")
               for y in (2014, 2015, 2016)])


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("lib") / "lib.db"
    with Library(path) as lib:
        add_paths(lib, library_files(), jobs=1)
    return path


def test_targets_from_files_are_plain_comparable_records() -> None:
    records = hzd.targets(FIX / "targets", years="2009-2026")
    assert all(isinstance(v, SCALARS) for r in records for v in r.values())
    by = {(r["source"], r["metric"]): r for r in records}
    gdp_2016 = by[("national-2016.txt", "gdp_growth")]
    assert (gdp_2016["low"], gdp_2016["high"], gdp_2016["point"], gdp_2016["cell"]) == (6.5, 7.0, 6.75, "6.5–7%")
    assert gdp_2016["value"] is None and gdp_2016["base_value"] == 6.75 and gdp_2016["base_unit"] == "%"
    deficit_2010 = by[("national-2010.txt", "deficit")]
    assert deficit_2010["base_value"] == 1.05e12 and deficit_2010["base_unit"] == "元"
    assert by[("national-2016.txt", "deficit")]["base_value"] == 2.18e12  # 2.18万亿元: same unit as 2010's
    assert by[("national-2010.txt", "urban_new_jobs")]["base_value"] == 9e6
    assert by[("national-2026.txt", "grain_output")]["base_unit"] == "斤"


def test_targets_years_filter_keeps_exactly_those_years(db: Path) -> None:
    assert sorted({r["year"] for r in hzd.targets(FIX / "targets", years="2010-2012")}) == [2010, 2011, 2012]
    assert sorted({r["year"] for r in hzd.targets(db, years="2010-2012")}) == [2010, 2011, 2012]


def test_targets_from_a_library_match_the_files(db: Path) -> None:
    from_lib = {(r["year"], r["metric"]): r["point"] for r in hzd.targets(db, region="国家", years="2009-2013")}
    from_files = {(r["year"], r["metric"]): r["point"] for r in hzd.targets(library_files()[:5])}
    assert from_lib == from_files and from_lib[(2010, "deficit")] == 10500


def test_trend_refuses_mixed_kinds_and_splits_them(db: Path) -> None:
    with pytest.raises(BadInput, match="mixes kinds"):
        hzd.trend(db, "改革")
    split = hzd.trend(db, "改革", by="kind")
    assert {r["series"] for r in split} == {"gov-work-report", "other"}
    district = hzd.trend(db, ["改革"], kind="gov-work-report", level="district")
    assert [(r["year"], r["count"]) for r in district] == [(2014, 1), (2015, 14), (2016, 33)]
    assert district[1]["flags"] == "debut" and isinstance(district[0]["per_10k"], float)


def test_trend_from_files(db: Path) -> None:
    rows = hzd.trend([FIX / "across" / "series"], "改革", years="2019-2021")
    assert [(r["year"], r["count"]) for r in rows] == [(2019, 30), (2021, 11)]


def test_scorecard_of_a_library_selection(db: Path) -> None:
    rows = hzd.scorecard(db, region="海拉尔", years="2014-2015", headline=True)
    assert {r["year"] for r in rows} == {2014}
    gdp = next(r for r in rows if r["metric"] == "gdp_growth")
    assert (gdp["target"], gdp["target_point"], gdp["realised_value"], gdp["status"], gdp["status_key"]) == (
        "11%", 11.0, 9.1, "未完成", "missed")
    assert all(isinstance(v, SCALARS) for r in rows for v in r.values())


def test_scorecard_of_two_files() -> None:
    old, new = (FIX / "across" / f"neimenggu-hulunbuir-hailar-district-{y}-gov-work-report.txt" for y in (2014, 2015))
    rows = hzd.scorecard(old, new, headline=True)
    assert [(r["metric"], r["status"]) for r in rows][:1] == [("gdp_growth", "未完成")]
    assert rows[0]["plan_document"] == old.name and rows[0]["review_document"] == new.name


def test_library_to_pandas_and_filtered_export(db: Path, tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    with Library(db) as lib:
        frame = lib.to_pandas("targets", LibraryFilter.parse(years="2010-2012"))
        assert sorted(frame["doc_year"].unique()) == [2010, 2011, 2012]
        pivot = frame.pivot_table(index="year", columns="metric", values="point")
        assert pivot.loc[2010, "gdp_growth"] == 8 and str(frame["point"].dtype) == "float64"
        written = lib.export(tmp_path / "out", "csv", where=LibraryFilter.parse(level="district"))
    import csv

    csv.field_size_limit(1 << 26)  # documents.csv holds each digest's JSON
    docs = list(csv.DictReader((tmp_path / "out" / "documents.csv").open(encoding="utf-8")))
    assert [d["year"] for d in docs] == ["2014", "2015", "2016"]
    assert sorted(p.stem for p in written) == sorted(["documents", "terms", "indicators", "targets", "items", "tasks",
                                                     "entities", "passages", "skipped", "edits"])
    header = (tmp_path / "out" / "targets.csv").read_text("utf-8").splitlines()[0].split(",")
    assert {"point", "base_value", "base_unit"} <= set(header)


def test_records_are_a_list_with_a_short_repr() -> None:
    records = hzd.targets(FIX / "targets" / "national-2016.txt")
    assert isinstance(records, list) and records[:2] == list(records)[:2]
    assert json.loads(json.dumps(records)) == list(records)
    assert repr(records).startswith(f"<{len(records)} targets: year, ") and len(repr(records)) < 200
    assert "<table>" in records._repr_html_() and "6.5–7%" in records._repr_html_()


def test_digest_to_dict_records_and_reprs(sample_path: Path) -> None:
    doc = hzd.read(sample_path)
    digest = hzd.digest(doc)
    assert digest.to_dict() == digest_to_dict(digest)
    targets = digest.records("targets")
    assert targets == digest.to_dict()["targets"]
    gdp = next(t for t in targets if t["metric"] == "gdp_growth")
    assert gdp["point"] == 5 and gdp["base_unit"] == "%"
    assert len(digest.records("indicators")) == len(digest.indicators)
    assert digest.records("items")[0]["text"] == digest.items[0].text
    with pytest.raises(BadInput):
        digest.records("passages")
    for obj in (doc, digest):
        assert len(repr(obj)) < 200 and "2025" in repr(obj)
        assert "<table>" in obj._repr_html_() and len(obj._repr_html_()) < 2000
    assert f"{len(digest.targets)} targets" in repr(digest)


def test_range_indicators_carry_a_midpoint() -> None:
    ind = indicators_in_text("国内生产总值增长6.5%-7%")[0]
    assert (ind.low, ind.high, ind.point, ind.base_value) == (6.5, 7, 6.75, 6.75)
    one = indicators_in_text("赤字1.62万亿元")[0]
    assert one.point == one.value and one.base_value == 1620000000000 and one.base_unit == "元"


def test_an_older_library_gains_the_new_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Library(path).close()
    conn = sqlite3.connect(path)
    for col in ("point", "base_value", "base_unit"):
        conn.execute(f"ALTER TABLE targets DROP COLUMN {col}")
    conn.execute("ALTER TABLE indicators DROP COLUMN point")
    conn.commit()
    conn.close()
    with Library(path) as lib:
        add_paths(lib, [str(FIX / "targets" / "national-2016.txt")], jobs=1)
        point = lib.query("SELECT point FROM targets WHERE metric = 'gdp_growth'")[1][0][0]
    assert math.isclose(point, 6.75)


def test_py_typed_is_packaged() -> None:
    root = Path(hzd.__file__).parent
    assert (root / "py.typed").is_file()
    assert '"py.typed"' in (root.parent.parent / "pyproject.toml").read_text("utf-8")


def test_to_pandas_without_pandas_is_one_clear_error(db: Path, monkeypatch) -> None:
    import sys

    from huazhongdian.errors import MissingExtra

    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with Library(db) as lib, pytest.raises(MissingExtra, match=r"pandas.*huazhongdian\[notebook\]"):
        lib.to_pandas("targets")
    with pytest.raises(MissingExtra):
        hzd.targets(FIX / "targets" / "national-2016.txt").to_pandas()


def test_the_cli_workflows_live_in_the_api(fixtures, sample_path):
    from huazhongdian.api import compare_reports, digest_with_previous, track_reports
    from huazhongdian.render.json import comparison_to_dict, track_to_list

    old, new = hzd.read(fixtures / "across" / "national-2024-gov-work-report.txt"), hzd.read(sample_path)
    d, comparison, view = digest_with_previous(new, old, lens="science")
    assert view is None and comparison.new is d and d.lens == "science"
    assert comparison_to_dict(comparison) == comparison_to_dict(compare_reports(old, new, lens="science"))
    from huazhongdian.across.track import track

    units = track_to_list(track_reports(old, new))
    assert units and units == track_to_list(track(hzd.digest(old), hzd.digest(new)))
