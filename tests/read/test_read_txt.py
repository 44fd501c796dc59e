"""decode_text: explicit, checked encoding detection (property-tested on Chinese text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huazhongdian.errors import UnreadableDocument
from huazhongdian.read.txt import decode_text, looks_binary

# Characters a report is made of: common hanzi (some traditional), digits, punctuation, newlines.
_REPORT_CHARS = st.sampled_from(list(
    "政府工作报告各位代表现在我国发展经济增长科技创新新质生产力粤港澳大湾区鹏城云脑區域協定經濟"
    "一二三四五六七八九十百千万亿元年月日0123456789.%，。、；：！？（）“”《》——\n "
))


@settings(max_examples=200, deadline=None)
@given(st.lists(_REPORT_CHARS, min_size=20, max_size=300).map("".join).filter(lambda t: t.strip()))
def test_utf8_gb18030_and_utf16_decode_to_the_same_text(text):
    assert decode_text(text.encode("utf-8"), "a.txt") == text
    assert decode_text(text.encode("gb18030"), "a.txt") == text
    assert decode_text(text.encode("utf-16"), "a.txt") == text


def test_utf16_without_bom_in_both_byte_orders():
    text = "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。国内生产总值增长5%。"
    assert decode_text(text.encode("utf-16-le"), "a.txt") == text
    assert decode_text(text.encode("utf-16-be"), "a.txt") == text


def test_big5_traditional_text_is_detected():
    text = "我們第一屆全國人民代表大會第一次會議，在聽了劉少奇同志關於憲法草案的報告並進行了三天的討論以後，" * 4
    assert decode_text(text.encode("big5"), "old.txt") == text


def test_a_stray_dos_eof_mark_is_tolerated():
    assert decode_text("政府工作报告。\n".encode("utf-8") + b"\x1a", "a.txt") == "政府工作报告。\n\x1a"


def test_bad_utf8_after_a_bom_names_the_offset():
    expected = r"a\.txt: starts with a UTF-8 byte-order mark but is not valid UTF-8 \(bad bytes at offset 6\)"
    with pytest.raises(UnreadableDocument, match=expected):
        decode_text(b"\xef\xbb\xbf\xe6\x94\xbf\xff\xfe\xfd", "a.txt")


def test_looks_binary():
    assert looks_binary(b"%PDF\x00\x01\x02")
    assert not looks_binary("政府工作报告\r\n\t".encode("utf-8"))
