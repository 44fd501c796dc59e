"""Bytes → normalised text → :class:`~huazhongdian.types.Document`.

``read(path)`` picks a reader by sniffing the content (not trusting the
name), normalises the text and builds the document structure.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from huazhongdian.errors import UnreadableDocument
from huazhongdian.read.normalise import normalise
from huazhongdian.read.sniff import read_bytes_as_text
from huazhongdian.structure import build_document
from huazhongdian.types import Document

__all__ = ["read", "read_text", "read_bytes"]


def read(path: str | Path) -> Document:
    """Read a report from a path (or ``"-"`` for stdin) into a Document.

    Example: ``doc = read("2025.txt"); doc.meta.year == 2025``.

    Raises:
        UnreadableDocument: missing, empty, binary, corrupt or undecodable.
        UnsupportedFormat: a format huazhongdian does not read.
    """
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        return read_bytes(data, source="<stdin>")
    p = Path(path)
    if not p.exists():
        raise UnreadableDocument(str(path), "no such file")
    if p.is_dir():
        raise UnreadableDocument(str(path), "is a directory, not a file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(str(path), f"cannot read: {exc.strerror or exc}") from exc
    return read_bytes(data, source=str(path), filename=p.name)


def read_bytes(data: bytes, source: str = "<bytes>", filename: str = "") -> Document:
    """Read a report from raw bytes of any supported format."""
    raw = read_bytes_as_text(data, source=source, filename=filename)
    doc = read_text(raw, source=source, filename=filename)
    return doc


def read_text(text: str, source: str = "<text>", filename: str = "") -> Document:
    """Build a Document from already-decoded text (normalised here)."""
    clean = normalise(text)
    if not clean.strip():
        raise UnreadableDocument(source, "no text found (empty document)")
    sha = hashlib.sha256(clean.encode("utf-8")).hexdigest()
    return build_document(clean, source=source, sha256=sha, filename=filename)


def read_plain_text_file(path: str | Path) -> str:
    """Decode a small plain-text side file (a terms list) with the same encoding rules."""
    p = Path(path)
    if not p.is_file():
        raise UnreadableDocument(str(path), "no such file")
    return normalise(read_bytes_as_text(p.read_bytes(), source=str(path), filename=p.name))
