"""Trend rows: counts are str.count, densities per 10k chars, debut/spike/gap flags."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import huazhongdian as hzd
from huazhongdian.across.trend import TrendRow, compute_trend, flag_series
from huazhongdian.render.json import trend_to_rows
from huazhongdian.errors import BadInput

YEARS = (2018, 2019, 2021, 2022)


@pytest.fixture(scope="module")
def docs(fixtures: Path) -> list[tuple[dict, str]]:
    out = []
    for i, year in enumerate(YEARS):
        doc = hzd.read(fixtures / "across" / "series" / f"{year}.txt")
        meta = {"id": i + 1, "title": f"{year}年政府工作报告", "year": year, "region": "", "path": ""}
        out.append((meta, doc.text))
    return out


@pytest.mark.parametrize("term", ["改革", "疫情", "脱贫", "减税降费", "新质生产力", "。"])
def test_counts_equal_str_count(docs, term: str) -> None:
    rows = compute_trend([term], docs)
    assert [r.year for r in rows] == list(YEARS)
    for row, (_, text) in zip(rows, docs):
        assert row.count == text.count(term)
        assert row.per_10k == (Decimal(text.count(term)) * 10000 / len(text)).quantize(Decimal("0.01"))


def test_debut_of_a_term(docs) -> None:
    rows = compute_trend(["疫情"], docs)
    assert [(r.year, r.count, r.flags) for r in rows][:3] == [(2018, 0, ()), (2019, 0, ()), (2021, 8, ("debut",))]


def _series(counts: list[int]) -> list[TrendRow]:
    return [TrendRow("t", 2000 + i, f"d{i}", i, "", c, Decimal(c), word_count=c, word_per_10k=Decimal(c))
            for i, c in enumerate(counts)]


def test_flags_on_a_hand_built_series() -> None:
    flags = [r.flags for r in flag_series(_series([0, 2, 2, 7, 0, 0, 5, 1, 1, 0]))]
    # debut at 2; 7 ≥ 3 × mean(2, 2); gap after the run 2, 2, 7; no spike at 5 (mean since debut 2.2 → 6.6);
    # 1, 1 is a run of two, so its end is a gap too.
    assert flags == [(), ("debut",), (), ("spike",), ("gap",), (), (), (), (), ("gap",)]


def test_no_gap_after_a_single_appearance() -> None:
    assert [r.flags for r in flag_series(_series([3, 0, 0]))] == [("debut",), (), ()]


def test_by_region_makes_one_series_per_region(docs) -> None:
    regional = []
    for (meta, text), region in zip(docs, ("北京", "上海", "北京", "上海")):
        regional.append(({**meta, "region": region}, text))
    rows = compute_trend(["疫情"], regional, by="region")
    assert [(r.region, r.year) for r in rows] == [("上海", 2019), ("上海", 2022), ("北京", 2018), ("北京", 2021)]
    assert [r.flags for r in rows] == [(), ("debut",), (), ("debut",)]


def test_json_rows_follow_the_contract(docs) -> None:
    row = trend_to_rows(compute_trend(["改革"], docs))[0]
    assert {"term", "year", "document", "count", "per_10k"} <= set(row)
    assert row["document"] == "2018年政府工作报告" and isinstance(row["per_10k"], float)


def test_bad_arguments() -> None:
    with pytest.raises(BadInput):
        compute_trend([" "], [])
    with pytest.raises(BadInput):
        compute_trend(["x"], [], by="decade")


def test_table_shows_regions_only_when_there_are_some(docs) -> None:
    from huazhongdian.render.across import render_trend

    plain = render_trend(compute_trend(["疫情"], docs), "table")
    assert plain.splitlines()[0].split()[:2] == ["term", "year"]
    regional = [({**meta, "region": "北京市"}, text) for meta, text in docs]
    table = render_trend(compute_trend(["疫情"], regional, by="region"), "table")
    assert table.splitlines()[0].split()[:3] == ["term", "region", "year"]
    assert "北京市  2021" in table and "首次" in table


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="改革开放改革放开。", min_size=1, max_size=40), min_size=1, max_size=5),
       st.text(alphabet="改革开放。", min_size=1, max_size=4))
def test_counts_and_flags_on_any_texts(texts: list[str], term: str) -> None:
    docs = [({"id": i, "title": f"d{i}", "year": 2000 + i, "region": ""}, t) for i, t in enumerate(texts)]
    rows = compute_trend([term], docs)
    assert [r.count for r in rows] == [t.count(term) for t in texts]
    # Flags follow word_count (occurrences on word boundaries), never more than count.
    assert all(r.word_count <= r.count for r in rows)
    counts = [r.word_count for r in rows]
    debuts = [i for i, r in enumerate(rows) if "debut" in r.flags]
    if any(counts):
        first = next(i for i, c in enumerate(counts) if c)
        assert debuts == [first]
    else:
        assert debuts == []
    assert all(r.word_count == 0 for r in rows if "gap" in r.flags)


def test_a_spike_is_measured_against_the_recent_past_not_decades_of_zeros() -> None:
    # 民生 as a word in the national series (word_count): once in 1954, almost never until 2006,
    # then a steady 6–21 a report. Against the average since 1954 every year from 2006 on was a
    # spike; against the previous five documents only the return is, and 1 or 2 mentions never are.
    counts = [1] + [0] * 40 + [1, 2, 6, 10, 14, 9, 7, 6, 10, 12, 13, 9, 10, 6, 17, 13, 21, 13, 14]
    spikes = [i - 41 for i, r in enumerate(flag_series(_series(counts))) if "spike" in r.flags]
    assert spikes == [2, 3, 4]  # 6, 10 and 14: the rise itself
