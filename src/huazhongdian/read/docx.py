"""Word ``.docx`` files: body paragraphs and table cells, in document order.

Headers, footers, comments and footnotes are left out; they are page
furniture, not the report. Paragraphs are separated by a blank line so
that normalisation never glues two of them together; table rows become
lines with their cells separated by a space.
"""

from __future__ import annotations

import io
import zipfile

from huazhongdian.errors import UnreadableDocument
from huazhongdian.read.quality import input_limits

__all__ = ["docx_to_text"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
            if text:
                cells.append(text)
        if cells:
            rows.append(" ".join(cells))
    return rows


def check_zip_limits(data: bytes, source: str) -> None:
    """Refuse a zip whose members would inflate past the limits, before inflating anything.

    The sizes are the ones the archive declares; python-docx (and zipfile) stop at the declared
    size, so a member cannot inflate beyond it. A docx of a report inflates to a few MB.

    Raises:
        UnreadableDocument: not a zip, too large in total, or a member compressed too well.
    """
    limits = input_limits()
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UnreadableDocument(source, f"corrupt .docx: {exc or type(exc).__name__}") from exc
    total = sum(info.file_size for info in infos)
    if total > limits["max_docx_uncompressed_bytes"]:
        raise UnreadableDocument(source, f"the .docx would inflate to {total:,} bytes; the limit is "
                                         f"{limits['max_docx_uncompressed_bytes']:,} (a zip bomb?)")
    for info in infos:
        if info.file_size > 1_000_000 and info.file_size > limits["max_docx_ratio"] * max(info.compress_size, 1):
            raise UnreadableDocument(source, f"the .docx member {info.filename} is compressed "
                                             f"{info.file_size // max(info.compress_size, 1):,}:1; the limit is "
                                             f"{limits['max_docx_ratio']}:1 (a zip bomb?)")


def docx_to_text(data: bytes, source: str) -> str:
    """Extract the text of a ``.docx`` document.

    Args:
        data: the file's bytes (a zip archive holding ``word/document.xml``).
        source: the file name, for error messages.

    Returns:
        Paragraphs and table rows in document order, separated by blank lines.

    Raises:
        UnreadableDocument: the archive or its XML is corrupt, or there is no text.
    """
    # deferred: python-docx and lxml load only for a .docx file
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml.etree import XMLSyntaxError

    check_zip_limits(data, source)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        for child in document.element.body.iterchildren():
            if child.tag == f"{_W}p":
                blocks.append(Paragraph(child, document).text)
            elif child.tag == f"{_W}tbl":
                blocks.append("\n".join(_table_rows(Table(child, document))))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, XMLSyntaxError, ValueError) as exc:
        raise UnreadableDocument(source, f"corrupt .docx: {exc or type(exc).__name__}") from exc
    except (AttributeError, TypeError, IndexError) as exc:
        # python-docx walks the parts it expects; a part that parses as XML but is not what
        # Word writes (a bare <w:document>, a wrong root) fails inside it, not with its own error.
        raise UnreadableDocument(source, f"malformed .docx: its XML parts are not a Word document "
                                         f"({type(exc).__name__})") from exc
    text = "\n\n".join(block.strip() for block in blocks if block.strip())
    if not text:
        raise UnreadableDocument(source, "the .docx has no text")
    return text
