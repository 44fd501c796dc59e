"""PDF files with a text layer, via pypdf.

Scanned PDFs (images only) have no text to read; they are reported as such
rather than digested as empty. Page furniture that PDF extraction mixes into
the text — running page numbers such as ``— 3 —`` or ``- 3 -`` — is dropped;
lines broken by the page layout are re-joined later by normalisation.
"""

from __future__ import annotations

import io
import logging
import re
import time

from huazhongdian.chars import HAN
from huazhongdian.errors import UnreadableDocument
from huazhongdian.read.normalise import close_digit_gaps
from huazhongdian.read.quality import input_limits
from huazhongdian.read.txt import textlike_share

__all__ = ["pdf_to_text"]

# Running page numbers: "— 3 —", "- 3 -", "第3页", "第3页 共20页", "3/20".
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*$",
    re.MULTILINE,
)
_CJK_OR_WORD = re.compile(f"[{HAN}A-Za-z0-9]")
# Fewer readable characters than this per page means the pages are images.
_MIN_CHARS_PER_PAGE = 5


def _page_texts(reader, source: str) -> list[str]:  # noqa: ANN001 - a pypdf PdfReader
    """Each page's text, within the page and time limits of ``data/read_limits.toml``.

    A report runs to a few hundred pages at most; a file of 100,000 pages (or one whose pages
    take minutes to decode) is refused with its limit instead of holding the process.
    """
    limits = input_limits()
    # The page tree's own /Count first: len(reader.pages) would build every page object.
    declared = reader.trailer["/Root"]["/Pages"].get("/Count", 0)
    if isinstance(declared, int) and declared > limits["max_pdf_pages"]:
        raise UnreadableDocument(source, f"the PDF has {declared:,} pages; the limit is {limits['max_pdf_pages']:,}")
    count = len(reader.pages)
    if count > limits["max_pdf_pages"]:
        raise UnreadableDocument(source, f"the PDF has {count:,} pages; the limit is {limits['max_pdf_pages']:,}")
    deadline = time.monotonic() + limits["max_pdf_seconds"]
    pages = []
    for page in reader.pages:
        pages.append(page.extract_text() or "")
        if time.monotonic() > deadline:
            raise UnreadableDocument(source, f"reading the PDF's text took over {limits['max_pdf_seconds']} s "
                                             f"(stopped at page {len(pages)} of {count})")
    return pages


def pdf_to_text(data: bytes, source: str) -> str:
    """Extract the text layer of a PDF.

    Args:
        data: the file's bytes.
        source: the file name, for error messages.

    Returns:
        The pages' text, one line per layout line, pages separated by a line break.

    Raises:
        UnreadableDocument: corrupt, encrypted with a password, or no text layer.
    """
    # deferred: pypdf loads only for a PDF file
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PyPdfError

    # pypdf logs its repairs of damaged files as warnings; the CLI promises one line on
    # stderr, and a real problem surfaces as an exception below anyway.
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument(source, "the PDF is encrypted and needs a password")
        pages = _page_texts(reader, source)
    except FileNotDecryptedError as exc:
        raise UnreadableDocument(source, "the PDF is encrypted and needs a password") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AssertionError, OSError) as exc:
        raise UnreadableDocument(source, f"corrupt PDF: {exc or type(exc).__name__}") from exc
    finally:
        log.setLevel(level)
    if not pages:
        raise UnreadableDocument(source, "the PDF has no pages")
    text = close_digit_gaps("\n".join(_PAGE_NUMBER.sub("", page) for page in pages))
    if len(_CJK_OR_WORD.findall(text)) < _MIN_CHARS_PER_PAGE * len(pages):
        raise UnreadableDocument(source, "no text layer (scanned PDF?); run OCR first")
    # Fonts embedded without a Unicode map extract as private-use or random characters.
    if textlike_share(_PAGE_NUMBER.sub("", text).replace("\n", "")) < 0.8:
        raise UnreadableDocument(source, "the text layer does not decode to readable text "
                                         "(fonts without a Unicode map?); run OCR first")
    return text
