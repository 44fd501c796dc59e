"""Path, bytes or text → a built :class:`~huazhongdian.types.Document`: the text from
:mod:`huazhongdian.read`, normalised, then its structure from :mod:`huazhongdian.structure`.

``read(path)`` takes a file of any supported format, or ``-`` for stdin; ``read_bytes`` the raw
bytes of an upload; ``read_text`` already-decoded text; ``read_url`` a report page. These are
``hzd.read``, ``hzd.read_bytes`` and ``hzd.read_text``.

Every problem with an input raises :class:`~huazhongdian.errors.UnreadableDocument`
or :class:`~huazhongdian.errors.UnsupportedFormat` naming the file and the reason.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import sys
from pathlib import Path

from huazhongdian.errors import UnreadableDocument, display_path
from huazhongdian.read import file_bytes, normalise, read_bytes_as_text, text_layer_warnings
from huazhongdian.structure import build_document
from huazhongdian.types import Document, Snapshot

__all__ = ["read", "read_bytes", "read_text", "read_url", "titled"]


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
    return read_bytes(file_bytes(path), source=display_path(path), filename=display_path(Path(path).name))


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


def read_url(url: str, *, allow_private: bool = False, timeout: float | None = None) -> tuple[Document, Snapshot]:
    """Fetch and read a report page: ``(document, snapshot)``.

    The document's source is the URL; its title is the page's own when the page has one, else
    what the reader found in the text.

    Raises:
        FetchFailed: the fetch was refused or failed.
        UnreadableDocument, UnsupportedFormat: the bytes are not a readable report.
    """
    # deferred: read.fetch (httpx, socket) loads only for a URL
    from huazhongdian.read.fetch import document_from_snapshot, fetch_url, snapshot_filename

    snap = fetch_url(url, allow_private=allow_private, timeout=timeout)
    doc = read_bytes(snap.data, source=url, filename=snapshot_filename(snap))
    return document_from_snapshot(doc, snap), snap
