"""Every bad input of issue 2 part 2 raises the right exception, naming the file and the problem."""

from __future__ import annotations

import pytest
from read_bad_inputs import CASES, make

import huazhongdian as hzd
from huazhongdian.errors import HzdError
from huazhongdian.load import read_bytes, read_text
from huazhongdian.read import read_plain_text_file


@pytest.mark.parametrize("case", CASES)
def test_bad_input_raises_named_error(case, tmp_path):
    path, exc_name, phrase = make(case, tmp_path)
    with pytest.raises(HzdError) as info:
        hzd.read(path)
    assert type(info.value).__name__ == exc_name
    assert str(path) in str(info.value)
    assert phrase in info.value.reason
    assert info.value.source == str(path)


def test_read_bytes_names_its_source():
    with pytest.raises(hzd.UnreadableDocument, match=r"^upload\.pdf: named \.pdf but is not a PDF"):
        read_bytes(b"just text", source="upload.pdf", filename="upload.pdf")


def test_read_text_rejects_whitespace_and_pure_emoji():
    with pytest.raises(hzd.UnreadableDocument, match="file is empty"):
        read_text(" \n\u3000 ", source="<pasted text>")
    with pytest.raises(hzd.UnreadableDocument, match="no text left after normalising"):
        read_text("👇👇\n\u200b", source="<pasted text>")


def test_terms_file_errors(tmp_path):
    with pytest.raises(hzd.UnreadableDocument, match="no such file"):
        read_plain_text_file(tmp_path / "terms.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(hzd.UnreadableDocument, match="file is empty"):
        read_plain_text_file(tmp_path / "empty.txt")
    with pytest.raises(hzd.UnreadableDocument, match="is a directory"):
        read_plain_text_file(tmp_path)
