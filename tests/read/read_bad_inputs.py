"""Builders for the bad inputs of part 2 of issue 2, shared by the API and CLI tests."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "read"


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _scanned_pdf() -> bytes:
    import matplotlib

    matplotlib.use("pdf")
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(4, 4))
    fig.add_axes([0, 0, 1, 1]).imshow([[0, 1], [1, 0]], cmap="gray")  # an image, no text
    fig.axes[0].set_axis_off()
    buf = io.BytesIO()
    fig.savefig(buf, format="pdf")
    plt.close(fig)
    return buf.getvalue()


def make(case: str, folder: Path) -> tuple[Path, str, str]:
    """Create the bad input ``case`` in ``folder``.

    Returns:
        (path, exception class name, a phrase the message must contain).
    """
    docx_bytes = (FIX / "national-2025-opening.docx").read_bytes()
    pdf_bytes = (FIX / "national-2025-opening.pdf").read_bytes()
    cases: dict[str, tuple[str, bytes | None, str, str]] = {
        "missing": ("nope.txt", None, "UnreadableDocument", "no such file"),
        "empty": ("empty.txt", b"", "UnreadableDocument", "file is empty"),
        "whitespace": ("blank.txt", " \n\t\r\n\u3000\n".encode("utf-8"), "UnreadableDocument", "file is empty"),
        "binary": ("data.txt", bytes(range(256)) * 8, "UnreadableDocument", "looks binary"),
        "undecodable": ("weird.txt", b"\x80\xff" * 200, "UnreadableDocument", "cannot decode"),
        "corrupt-docx": ("report.docx", docx_bytes[: len(docx_bytes) // 2], "UnreadableDocument", "corrupt .docx"),
        "docx-bad-xml": ("bad.docx", _zip({"[Content_Types].xml": b"<Types", "word/document.xml": b"<w:document"}),
                         "UnreadableDocument", "corrupt .docx"),
        "corrupt-pdf": ("report.pdf", pdf_bytes[:400], "UnreadableDocument", "PDF"),
        "fake-pdf": ("fake.pdf", "政府工作报告\n各位代表：".encode("utf-8"), "UnreadableDocument", "not a PDF"),
        "fake-docx": ("fake.docx", "政府工作报告".encode("gb18030"), "UnreadableDocument", "not a Word document"),
        "scanned-pdf": ("scan.pdf", _scanned_pdf(), "UnreadableDocument", "no text layer"),
        "zip": ("bundle.zip", _zip({"notes.txt": b"hello"}), "UnsupportedFormat", "zip archive"),
        "xlsx": ("table.xlsx", _zip({"xl/workbook.xml": b"<workbook/>", "[Content_Types].xml": b"<Types/>"}),
                 "UnsupportedFormat", "Excel"),
        "image": ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "UnsupportedFormat", "PNG image"),
        "legacy-doc": ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "UnsupportedFormat", ".doc"),
        "directory": ("a-folder", None, "UnreadableDocument", "is a directory"),
    }
    name, data, exc, phrase = cases[case]
    path = folder / name
    if case == "directory":
        path.mkdir()
    elif data is not None:
        path.write_bytes(data)
    return path, exc, phrase


CASES = ["missing", "empty", "whitespace", "binary", "undecodable", "corrupt-docx", "docx-bad-xml", "corrupt-pdf",
         "fake-pdf", "fake-docx", "scanned-pdf", "zip", "xlsx", "image", "legacy-doc", "directory"]
