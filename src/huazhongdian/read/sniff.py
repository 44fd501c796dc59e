"""Pick a reader by looking at the bytes; the file name is only a hint.

=========  =====================================================================
format     recognised by
=========  =====================================================================
pdf        ``%PDF-`` within the first 1024 bytes (as the PDF spec allows)
docx       a zip archive holding ``word/document.xml``
html       markup: ``<!doctype html``, ``<html``, ``<head``, ``<body`` near the start
           (any tag at all when the name ends in .html/.htm)
text       everything else that decodes as text (see :mod:`huazhongdian.read.txt`)
=========  =====================================================================

Known non-report formats (images, spreadsheets, legacy .doc, archives) raise
:class:`UnsupportedFormat` naming what the file is; a name that promises a
format the bytes do not have (``report.pdf`` that is not a PDF) raises
:class:`UnreadableDocument`.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from huazhongdian.errors import UnreadableDocument, UnsupportedFormat

__all__ = ["sniff_format", "read_bytes_as_text"]

_READS = "huazhongdian reads .txt, .html, .docx and .pdf"
# Magic numbers of formats people might hand us by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls/.ppt)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"%!PS", "a PostScript file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00asm", "a WebAssembly module"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"fLaC", "a FLAC audio file"),
)
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                         rb"<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body|head)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(rb"<(?:p|div|br|span|table|h[1-6]|section|article)\b[^>]*>", re.IGNORECASE)


def _suffix(filename: str) -> str:
    return PurePath(filename).suffix.lower() if filename else ""


def _zip_kind(data: bytes, source: str, suffix: str) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile as exc:
        what = "corrupt .docx" if suffix == ".docx" else "corrupt zip archive"
        raise UnreadableDocument(source, f"{what}: {exc}") from exc
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise UnsupportedFormat(source, f"an Excel workbook (.xlsx), not a report ({_READS})")
    if any(n.startswith("ppt/") for n in names):
        raise UnsupportedFormat(source, f"a PowerPoint file (.pptx), not a report ({_READS})")
    if "mimetype" in names and "content.xml" in names:
        raise UnsupportedFormat(source, f"an OpenDocument file; save it as .docx ({_READS})")
    if suffix == ".docx":
        raise UnreadableDocument(source, "corrupt .docx: the archive has no word/document.xml")
    raise UnsupportedFormat(source, f"a zip archive, not a report ({_READS})")


def sniff_format(data: bytes, source: str, filename: str = "") -> str:
    """Name the format of ``data``: ``"pdf"``, ``"docx"``, ``"html"`` or ``"text"``.

    Args:
        data: the file's bytes.
        source: how to name the file in errors.
        filename: the file's name; its extension is a hint, never trusted over the bytes.

    Raises:
        UnreadableDocument: empty, or the name promises a format the bytes are not.
        UnsupportedFormat: an image, spreadsheet, archive or other non-report format.

    Example: ``sniff_format(b"%PDF-1.7 ...", "a.pdf") == "pdf"``.
    """
    if not data:
        raise UnreadableDocument(source, "file is empty")
    suffix = _suffix(filename)
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data, source, suffix)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise UnsupportedFormat(source, f"{what}, not a report ({_READS})")
    if data[:12].startswith(b"RIFF") and data[8:12] == b"WEBP":
        raise UnsupportedFormat(source, f"a WebP image, not a report ({_READS})")
    if data[4:8] == b"ftyp":
        raise UnsupportedFormat(source, f"a video or HEIC image (ISO media file), not a report ({_READS})")
    if suffix == ".pdf":
        raise UnreadableDocument(source, "named .pdf but is not a PDF (no %PDF- header)")
    if suffix == ".docx":
        raise UnreadableDocument(source, "named .docx but is not a Word document (not a zip archive)")
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 markup is sniffed as UTF-8
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    head = head.removeprefix(b"\xef\xbb\xbf")
    if _HTML_START.match(head) or _HTML_ANYWHERE.search(head):
        return "html"
    if suffix in (".html", ".htm", ".xhtml") and _ANY_TAG.search(data[:65536]):
        return "html"
    return "text"


def read_bytes_as_text(data: bytes, source: str, filename: str = "") -> str:
    """Extract the raw text of a document of any supported format (not yet normalised).

    Raises:
        UnreadableDocument: empty, binary, corrupt, undecodable, or a PDF without text.
        UnsupportedFormat: a format huazhongdian does not read.
    """
    kind = sniff_format(data, source, filename)
    if kind == "pdf":
        # deferred: each format's reader (pypdf, python-docx, lxml) loads only for that format
        from huazhongdian.read.pdf import pdf_to_text

        text = pdf_to_text(data, source)
    elif kind == "docx":
        # deferred: each format's reader (pypdf, python-docx, lxml) loads only for that format
        from huazhongdian.read.docx import docx_to_text

        text = docx_to_text(data, source)
    elif kind == "html":
        # deferred: each format's reader (pypdf, python-docx, lxml) loads only for that format
        from huazhongdian.read.html import html_to_text

        text = html_to_text(data, source)
    else:
        # deferred: read.txt loads only when bytes are decoded
        from huazhongdian.read.txt import decode_text

        text = decode_text(data, source)
        if not text.strip():
            raise UnreadableDocument(source, "file is empty (only whitespace)")
    return text
