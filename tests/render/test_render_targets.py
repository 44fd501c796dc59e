"""``hzd targets`` output: the year × metric grid as table and CSV, the JSON list, and the CLI."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from huazhongdian.cli import app
from huazhongdian.errors import BadInput
from huazhongdian.extract.targets import CONTRACT_METRICS, extract_targets
from huazhongdian.load import read, read_text
from huazhongdian.render.targets import format_cell, render_targets
from huazhongdian.types import Target

NAMES = ("national-2026.txt", "national-2016.txt", "national-2020.txt", "national-2025.txt")


@pytest.fixture(scope="module")
def rows(fixtures):
    docs = [read(fixtures / "targets" / n) for n in NAMES]
    empty = read_text("我们的国家正在前进。", source="1954.txt", filename="1954.txt")
    return [(d, extract_targets(d)) for d in [*docs, empty]]


def _t(**kw) -> Target:
    base = dict(metric="gdp_growth", year=2025, value=None, low=None, high=None, unit="%",
                qualifier=None, absent=False, text="x", start=0, end=1)
    return Target(**{**base, **kw})


@pytest.mark.parametrize("target, cell", [
    (None, "—"),
    (_t(absent=True, unit=""), "不设"),
    (_t(qualifier="range", low=Decimal("6.5"), high=Decimal("7")), "6.5–7%"),
    (_t(value=Decimal("5"), qualifier="approx"), "5%左右"),
    (_t(value=Decimal("1100"), unit="万人", qualifier="at_least"), "1100万人以上"),
    (_t(value=Decimal("4.6"), qualifier="at_most"), "4.6%以内"),
    (_t(value=Decimal("10500"), unit="亿元"), "10500亿元"),
    (_t(value=Decimal("1.30"), unit="万亿斤"), "1.3万亿斤"),
    (_t(metric="resident_income", unit="", text="居民收入增长和经济增长基本同步"), "基本同步"),
])
def test_format_cell(target, cell):
    assert format_cell(target) == cell


def test_csv_is_a_wide_grid_sorted_by_year(rows):
    got = list(csv.DictReader(io.StringIO(render_targets(rows, "csv"))))
    assert [r["year"] for r in got] == ["1954", "2016", "2020", "2025", "2026"]
    by_year = {r["year"]: r for r in got}
    assert by_year["2016"]["gdp_growth"] == "6.5–7%"
    assert by_year["2020"]["gdp_growth"] == "不设"
    assert by_year["2025"]["cpi"] == "2%左右"
    assert by_year["2026"]["gdp_growth"] == "4.5–5%"
    assert by_year["2025"]["deficit_ratio"] == "4%左右"
    assert all(by_year["1954"][k] == "—" for k in CONTRACT_METRICS)
    assert list(got[0])[:3] == ["year", "source", "gdp_growth"]


def test_csv_long_has_one_row_per_target(rows):
    got = list(csv.DictReader(io.StringIO(render_targets(rows, "csv", long=True))))
    assert len(got) == sum(len(t) for _, t in rows)
    gdp2016 = next(r for r in got if r["year"] == "2016" and r["metric"] == "gdp_growth")
    assert (gdp2016["low"], gdp2016["high"], gdp2016["qualifier"], gdp2016["value"]) == ("6.5", "7", "range", "")


def test_json_list_carries_source_and_numbers(rows):
    got = json.loads(render_targets(rows, "json"))
    gdp2020 = next(o for o in got if o["year"] == 2020 and o["metric"] == "gdp_growth")
    assert gdp2020["absent"] is True and gdp2020["value"] is None
    assert gdp2020["source"].endswith("national-2020.txt")
    cpi2025 = next(o for o in got if o["year"] == 2025 and o["metric"] == "cpi")
    assert (cpi2025["value"], cpi2025["qualifier"]) == (2, "approx")
    assert set(cpi2025) == {"metric", "year", "value", "low", "high", "unit", "qualifier", "absent",
                            "text", "start", "end", "source", "base_value", "base_unit", "point"}
    gdp2016 = next(o for o in got if o["year"] == 2016 and o["metric"] == "gdp_growth")
    assert (gdp2016["point"], gdp2016["base_value"], gdp2016["base_unit"]) == (6.75, 6.75, "%")


def test_table_aligns_cjk_columns(rows):
    lines = render_targets(rows, "table").splitlines()
    assert lines[0].split()[:3] == ["year", "source", "GDP增长"]
    assert lines[2].startswith("1954  1954.txt")
    row2016 = next(ln for ln in lines if ln.startswith("2016"))
    assert row2016.split()[2:4] == ["6.5–7%", "3%左右"]
    # every column starts at the same display column in every row (CJK counts double)
    def starts(line: str) -> list[int]:
        return [sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line[: m.start()])
                for m in re.finditer(r"\S+", line)]

    assert len({tuple(starts(ln)) for ln in [lines[0], *lines[2:]]}) == 1


def test_unknown_format_raises_bad_input(rows):
    with pytest.raises(BadInput):
        render_targets(rows, "xml")


@pytest.mark.parametrize("fmt, needle", [("table", "4.5–5%"), ("csv", "4.5–5%"), ("json", '"low": 4.5')])
def test_cli_targets_formats(fixtures, fmt, needle):
    files = [str(fixtures / "targets" / n) for n in NAMES]
    result = CliRunner().invoke(app, ["targets", *files, "--format", fmt])
    assert result.exit_code == 0, result.output
    assert needle in result.output
    if fmt == "json":
        years = sorted({o["year"] for o in json.loads(result.output)})
        assert years == [2016, 2020, 2025, 2026]


def test_cli_targets_writes_file(fixtures, tmp_path):
    out = tmp_path / "t.csv"
    result = CliRunner().invoke(app, ["targets", str(fixtures / "targets" / "national-2025.txt"),
                                      "-f", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    row = next(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert (row["year"], row["gdp_growth"], row["grain_output"]) == ("2025", "5%左右", "1.4万亿斤左右")


def test_cli_targets_bad_format_exits_2_with_one_line(fixtures, capsys):
    from huazhongdian.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["targets", str(fixtures / "targets" / "national-2025.txt"), "--format", "xml"])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "xml" in err[0]
