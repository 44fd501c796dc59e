"""The shared library filter: --level, --kind, --region, --years."""

from __future__ import annotations

import pytest

from huazhongdian.errors import BadInput
from huazhongdian.store.filters import LibraryFilter, parse_years

HAILAR = {"level": "district", "kind": "gov-work-report", "region": "海拉尔区", "year": 2015}
NATIONAL = {"level": "national", "kind": "gov-work-report", "region": "", "year": 2016}
CONGRESS = {"level": "national", "kind": "party-congress-report", "region": "", "year": 2022}


@pytest.mark.parametrize("text, span", [("2010-2012", (2010, 2012)), ("2010", (2010, 2010)),
                                        ("2010-", (2010, None)), ("-2012", (None, 2012)),
                                        (" 2004 – 2026 ", (2004, 2026)), ("2010至2012", (2010, 2012))])
def test_parse_years(text, span) -> None:
    assert parse_years(text) == span


@pytest.mark.parametrize("text", ["", "20", "2012-2010", "ten", "2010-2012-2014"])
def test_bad_years(text) -> None:
    with pytest.raises(BadInput, match="--years"):
        parse_years(text)


def test_unknown_level_and_kind_name_the_choices() -> None:
    with pytest.raises(BadInput, match="provincial"):
        LibraryFilter.parse(level="province")
    with pytest.raises(BadInput, match="party-congress-report"):
        LibraryFilter.parse(kind="congress")


def test_matches() -> None:
    docs = [HAILAR, NATIONAL, CONGRESS]
    assert LibraryFilter.parse().select(docs) == docs and not LibraryFilter.parse().active
    assert LibraryFilter.parse(level="national").select(docs) == [NATIONAL, CONGRESS]
    assert LibraryFilter.parse(kind="gov-work-report").select(docs) == [HAILAR, NATIONAL]
    assert LibraryFilter.parse(region="海拉尔").select(docs) == [HAILAR]  # the start of 海拉尔区
    assert LibraryFilter.parse(region="国家").select(docs) == [NATIONAL, CONGRESS]
    assert LibraryFilter.parse(years="2016-2022").select(docs) == [NATIONAL, CONGRESS]
    assert LibraryFilter.parse(years="2016-2022", kind="party-congress-report").select(docs) == [CONGRESS]
    assert not LibraryFilter.parse(years="2010-").matches({**HAILAR, "year": None})


def test_describe() -> None:
    assert LibraryFilter.parse(level="national", years="2010-2012").describe() == "--level national --years 2010-2012"
