"""parse_number / split_magnitude: the numeral forms other parsers get wrong."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huazhongdian.extract.numbers import magnitude_factor, parse_number, split_magnitude


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("3541.07", "3541.07"),
        ("47.264287", "47.264287"),
        ("100000万", "1000000000"),
        ("二十万亿", "20000000000000"),
        ("一万五千亿", "1500000000000"),
        ("3万4000", "34000"),
        ("25万6千", "256000"),
        ("百分之一点五七", "0.0157"),
        ("千分之一", "0.001"),
        ("四分之一", "0.25"),
        ("1,100万", "11000000"),
        ("1,234,567.5", "1234567.5"),
        ("三十万", "300000"),
        ("五十七", "57"),
        ("一九八○", "1980"),  # the 1980s reports write the zero of a year as a circle
        ("两千八百", "2800"),
        ("两", "2"),
        ("十", "10"),
        ("十一", "11"),
        ("一百零五", "105"),
        ("一点五", "1.5"),
        ("七十八点二", "78.2"),
        ("1.37万亿", "1370000000000"),
        ("三亿五千万", "350000000"),
        ("十亿四千万", "1040000000"),
        ("二万八千亿", "2800000000000"),
        ("5千万", "50000000"),
        ("二〇二四", "2024"),
        ("四万万", "400000000"),  # 四万万同胞: the old way to write 4亿
        ("１２．５", "12.5"),
    ],
)
def test_parse_number_reads_the_numeral_exactly(numeral: str, value: str) -> None:
    assert parse_number(numeral) == Decimal(value)


@pytest.mark.parametrize("text", ["", "  ", "5%", "两三", "十四五", "万", "亿", "一城三区", "PM2.5", "abc", "点"])
def test_parse_number_refuses_what_is_not_one_numeral(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("numeral", "value", "magnitude"),
    [
        ("1.37万亿", "1.37", "万亿"),
        ("4000亿", "4000", "亿"),
        ("1206万", "1206", "万"),
        ("一万五千亿", "15000", "亿"),
        ("二万八千亿", "28000", "亿"),
        ("二十万亿", "20", "万亿"),
        ("三亿五千万", "350000000", ""),  # the 万 tail is part of 3.5亿, not a unit prefix
        ("3万4000", "34000", ""),
        ("57", "57", ""),
    ],
)
def test_split_magnitude_keeps_the_unit_prefix_apart(numeral: str, value: str, magnitude: str) -> None:
    assert split_magnitude(numeral) == (Decimal(value), magnitude)


def test_magnitude_factor_multiplies_the_run() -> None:
    assert (magnitude_factor(""), magnitude_factor("万"), magnitude_factor("万亿")) == (1, 10**4, 10**12)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_chinese_numerals_from_cn2an_parse_back(n: int) -> None:
    assert parse_number(cn2an.an2cn(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**8), st.integers(min_value=1, max_value=99))
def test_chinese_decimals_from_cn2an_parse_back(whole: int, cents: int) -> None:
    value = Decimal(whole) + Decimal(cents) / 100
    assert parse_number(cn2an.an2cn(str(value))) == value


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="零〇一二两三四五六七八九十百千万亿点分之0123456789.,%", max_size=12))
def test_parse_number_never_raises_on_numeral_soup(text: str) -> None:
    result = parse_number(text)
    assert result is None or isinstance(result, Decimal)
