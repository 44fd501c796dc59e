"""Bytes → normalised text → :class:`~huazhongdian.types.Document`.

``read(path)`` picks a reader by sniffing the content (not trusting the
name): ``.txt`` in UTF-8 / GB18030 / UTF-16, ``.html`` saved from gov.cn or
WeChat, ``.docx``, ``.pdf`` with a text layer, or ``-`` for stdin. The text
is then normalised (:func:`~huazhongdian.read.normalise.normalise`) — all
offsets index the normalised text — and the document structure is built.

Every problem with an input raises :class:`~huazhongdian.errors.UnreadableDocument`
or :class:`~huazhongdian.errors.UnsupportedFormat` naming the file and the reason.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import stat
import sys
from pathlib import Path

from huazhongdian.errors import UnreadableDocument, display_path
from huazhongdian.read.normalise import normalise, normalise_chars
from huazhongdian.read.quality import input_limits, text_layer_warnings
from huazhongdian.read.sniff import read_bytes_as_text, sniff_format
from huazhongdian.structure import build_document
from huazhongdian.types import Document

__all__ = ["read", "read_text", "read_bytes", "read_plain_text_file", "normalise", "sniff_format", "titled"]


def _file_bytes(path: str | Path) -> bytes:
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


def read(path: str | Path) -> Document:
    """Read a report from a path (or ``"-"`` for stdin) into a Document.

    Example: ``doc = read("2025.txt"); doc.text[:6] == "政府工作报告"``.

    Raises:
        UnreadableDocument: missing, empty, binary, corrupt or undecodable.
        UnsupportedFormat: a format huazhongdian does not read.
    """
    if str(path) == "-":
        return read_bytes(sys.stdin.buffer.read(), source="<stdin>")
    # The Document names its source in printable UTF-8 (a GBK or Latin-1 file name keeps U+FFFD).
    return read_bytes(_file_bytes(path), source=display_path(path), filename=display_path(Path(path).name))


def read_bytes(data: bytes, source: str = "<bytes>", filename: str = "") -> Document:
    """Read a report from the raw bytes of any supported format.

    Args:
        data: the file's bytes.
        source: how to name the input in the Document and in errors.
        filename: the original file name; its extension is only a hint.
    """
    raw = read_bytes_as_text(data, source=source, filename=filename)
    return read_text(raw, source=source, filename=filename)


_SURROGATE = re.compile("[\ud800-\udfff]")


def read_text(text: str, source: str = "<text>", filename: str = "") -> Document:
    """Build a Document from already-decoded text (normalised here).

    Raises:
        UnreadableDocument: nothing but whitespace, emoji or boilerplate; lone surrogates.
    """
    if not text.strip():
        raise UnreadableDocument(source, "file is empty (no text)")
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        # Not characters at all (a broken decode upstream); hashing or writing them would fail later.
        raise UnreadableDocument(source, f"text holds a lone surrogate (U+{ord(surrogate.group()):04X}) at "
                                         f"offset {surrogate.start()}: not valid Unicode text")
    clean = normalise(text)
    if not clean:
        raise UnreadableDocument(source, "no text left after normalising (only emoji, marks or boilerplate)")
    sha = hashlib.sha256(clean.encode("utf-8")).hexdigest()
    doc = build_document(clean, source=source, sha256=sha, filename=filename)
    warnings = text_layer_warnings(text, clean)
    return dataclasses.replace(doc, warnings=warnings) if warnings else doc


_TITLE_END = re.compile(r"[。！？；：:!?;]")


def titled(doc: Document, max_chars: int = 30) -> Document:
    """``doc`` with a title: its own when the reader found one, else the text's first line (up to
    its first sentence end, at most ``max_chars`` characters) — never a placeholder such as
    ``<pasted text>``, for texts that come without a file name.

    Example: ``titled(read_text("关于加快发展的意见\n\n……")).meta.title == "关于加快发展的意见"``.
    """
    if doc.meta.title:
        return doc
    first = next((line.strip() for line in doc.text.splitlines() if line.strip()), "")
    cut = _TITLE_END.search(first)
    head = first[:cut.start()] if cut and cut.start() > 0 else first
    title = head if len(head) <= max_chars else head[:max_chars] + "…"
    return dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, title=title)) if title else doc


def read_plain_text_file(path: str | Path) -> str:
    """Decode a small plain-text side file (a terms list) with the same encoding rules.

    Only characters are normalised (widths, invisible marks); lines are never
    joined, so one term per line stays one term per line.

    Raises:
        UnreadableDocument: missing, a directory, empty, binary or undecodable.
    """
    # deferred: read.txt (its decoding regexes) loads only when a file is decoded
    from huazhongdian.read.txt import decode_text

    data = _file_bytes(path)
    text = decode_text(data, source=str(path)) if data else ""
    if not text.strip():
        raise UnreadableDocument(str(path), "file is empty")
    return normalise_chars(text)
