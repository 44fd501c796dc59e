"""Headline targets of the 1990s reports, found missing when the whole national series was tabled.

Before 2003 the reports did not use "主要预期目标是"; 1997 and 1999 state the growth target as
"经济增长速度的调控目标定为8%" and "今年的经济增长预期为7%左右", and the table showed "—".
Fixtures: the one paragraph of each report, verbatim (tests/fixtures/targets/qa-*.txt).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from huazhongdian.extract.targets import extract_targets
from huazhongdian.load import read_text


@pytest.mark.parametrize(("name", "year", "value", "qualifier", "text"), [
    ("qa-national-1997-growth.txt", 1997, Decimal("8"), None, "经济增长速度的调控目标定为8%"),
    ("qa-national-1999-growth.txt", 1999, Decimal("7"), "approx", "经济增长预期为7%左右"),
])
def test_growth_target_of_the_1990s(fixtures, name, year, value, qualifier, text):
    raw = (fixtures / "targets" / name).read_text("utf-8")
    doc = read_text(raw, filename=f"{year}.txt")
    gdp = [t for t in extract_targets(doc) if t.metric == "gdp_growth"]
    assert [(t.year, t.value, t.unit, t.qualifier, t.text) for t in gdp] == [(year, value, "%", qualifier, text)]
    assert doc.text[gdp[0].start:gdp[0].end] == gdp[0].text
