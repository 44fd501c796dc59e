"""Bytes → normalised text: the first step of a report's way (``huazhongdian.load`` builds the
:class:`~huazhongdian.types.Document` from it, with the structure).

A reader is picked by sniffing the content (not trusting the name): ``.txt`` in UTF-8 /
GB18030 / UTF-16, ``.html`` saved from gov.cn or WeChat, ``.docx``, ``.pdf`` with a text layer.
The text is then normalised (:func:`~huazhongdian.read.normalise.normalise`); all offsets index
the normalised text.

Every problem with an input raises :class:`~huazhongdian.errors.UnreadableDocument`
or :class:`~huazhongdian.errors.UnsupportedFormat` naming the file and the reason.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from huazhongdian.errors import UnreadableDocument, display_path
from huazhongdian.read.normalise import normalise, normalise_chars
from huazhongdian.read.quality import input_limits, text_layer_warnings
from huazhongdian.read.sniff import read_bytes_as_text, sniff_format

__all__ = ["file_bytes", "read_bytes_as_text", "read_plain_text_file", "normalise", "sniff_format",
           "text_layer_warnings"]


def file_bytes(path: str | Path) -> bytes:
    """The bytes of a file, or an error that says why there are none."""
    p = Path(path)
    try:
        info = os.stat(p)
    except FileNotFoundError:
        raise UnreadableDocument(str(path), "no such file") from None
    except OSError as exc:
        raise UnreadableDocument(str(path), f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableDocument(str(path), "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        # Checked before opening: opening a FIFO waits for a writer, a device may never end.
        raise UnreadableDocument(str(path), "not a regular file (a FIFO, device or socket); give a file")
    limit = input_limits()["max_file_bytes"]
    if info.st_size > limit:
        raise UnreadableDocument(str(path), f"file too large ({info.st_size:,} bytes; the limit is {limit:,})")
    try:
        return p.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(str(path), f"cannot read: {exc.strerror or exc}") from exc


def read_plain_text_file(path: str | Path) -> str:
    """Decode a small plain-text side file (a terms list) with the same encoding rules.

    Only characters are normalised (widths, invisible marks); lines are never
    joined, so one term per line stays one term per line.

    Raises:
        UnreadableDocument: missing, a directory, empty, binary or undecodable.
    """
    # deferred: read.txt (its decoding regexes) loads only when a file is decoded
    from huazhongdian.read.txt import decode_text

    data = file_bytes(path)
    text = decode_text(data, source=str(path)) if data else ""
    if not text.strip():
        raise UnreadableDocument(str(path), "file is empty")
    return normalise_chars(text)
