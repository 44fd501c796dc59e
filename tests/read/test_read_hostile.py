"""Real PDFs from two producers, limits on every input, and hostile files: one line, exit 2, bounded.

Each hostile case runs through the library (``read``) and through the CLI in a subprocess with
a wall-clock timeout and an address-space limit — bounds that stop a runaway reader, not
timing assertions.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.errors import UnreadableDocument
from huazhongdian.render import render_digest

ROOT = Path(__file__).resolve().parents[2]
PDFS = ROOT / "tests" / "fixtures" / "read" / "pdf"
SAMPLE = ROOT / "examples" / "national-2025-gov-work-report.txt"
MEMORY_BOUND = 1500 * 1024 * 1024  # bytes of address space for one CLI run (python + numpy-free path)


def _facts(d):
    return ([(t.metric, t.value, t.low, t.high, t.qualifier, t.absent) for t in d.targets],
            [(i.metric, i.value, i.unit, i.qualifier) for i in d.indicators])


@pytest.fixture(scope="module")
def txt_digest():
    return hzd.digest(hzd.read(SAMPLE))


def test_browser_printed_pdf_digests_like_the_txt(txt_digest) -> None:
    # Chromium's print-to-PDF of the 2025 report: its text layer names 1,828 characters by
    # their Kangxi or supplementary radical (⼯ U+2F2F, ⺠ U+2EA0), folded back in normalisation.
    pdf = hzd.digest(hzd.read(PDFS / "national-2025-chromium-print.pdf"))
    targets, indicators = _facts(pdf)
    assert len(targets) == 11
    assert (targets, indicators) == _facts(txt_digest)
    assert pdf.document.meta.title == "2025年政府工作报告" and pdf.document.meta.date == "2025-03-05"
    assert not any(0x2E80 <= ord(ch) <= 0x2FDF for ch in pdf.document.text)
    assert pdf.document.warnings == ()


def test_word_processor_pdf_has_the_same_targets(txt_digest) -> None:
    # LibreOffice's export of a docx of the same report. Its text layer differs from the txt in
    # one way the reader cannot undo: pypdf returns the curly quotes (set in a Latin font)
    # out of place ("“ ”稳"), so one metric loses a character and one figure its subject.
    pdf = hzd.digest(hzd.read(PDFS / "national-2025-libreoffice-export.pdf"))
    targets, indicators = _facts(pdf)
    txt_targets, txt_indicators = _facts(txt_digest)
    assert targets == txt_targets and len(targets) == 11
    from collections import Counter

    shared = sum((Counter(indicators) & Counter(txt_indicators)).values())
    assert shared >= len(txt_indicators) - 2  # 60 of 62
    assert "国内生产总值达到134.9万亿元" in pdf.document.text  # "134.9 万亿元" closed up


def test_garbled_text_layer_is_a_warning_in_the_document_and_the_json() -> None:
    doc = hzd.read_text("各位代表：过去一年，国内生产总值增长5%。" * 20 + "\ue001\ue002" * 40)
    assert len(doc.warnings) == 1 and "unmappable glyphs" in doc.warnings[0]
    import json

    assert json.loads(render_digest(hzd.digest(doc), "json"))["document"]["warnings"] == list(doc.warnings)
    assert hzd.read(SAMPLE).warnings == ()


def test_cli_prints_each_warning_as_one_line(tmp_path, hzd_run) -> None:
    bad = tmp_path / "garbled.txt"
    bad.write_text("各位代表：过去一年，国内生产总值增长5%。" * 20 + "\ue001\ue002" * 40, "utf-8")
    code, out, err = hzd_run("terms", str(bad), "--term", "国内生产总值")
    assert code == 0 and "国内生产总值" in out
    assert err.count("\n") == 1 and "warning: text layer" in err


def test_lone_surrogate_is_a_clear_error() -> None:
    with pytest.raises(UnreadableDocument, match="lone surrogate"):
        hzd.read_text("\ud800各位代表")


# --- hostile files, through the library and the CLI --------------------------------------------

def _zip_bomb(path: Path, inflated: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b" " * (1 << 20)
            for _ in range(inflated >> 20):
                fh.write(chunk)
    return path


def _malformed_docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document><<<")
    return path


def _many_pages(path: Path, pages: int) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    for _ in range(pages - 1):
        writer.add_page(writer.pages[0])  # one page object, referenced again: a small file
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def _no_punctuation(path: Path, megabytes: int) -> Path:
    text = SAMPLE.read_text("utf-8")
    for ch in "。；！？\n":
        text = text.replace(ch, "")
    chars = megabytes * 1_000_000 // 3
    path.write_text((text * (chars // len(text) + 1))[:chars], "utf-8")
    return path


HOSTILE = {
    "docx-200MB": (lambda p: _zip_bomb(p / "bomb.docx", 200 << 20), "zip bomb"),
    "docx-3GB": (lambda p: _zip_bomb(p / "bomb3.docx", 3 << 30), "zip bomb"),
    "docx-malformed": (lambda p: _malformed_docx(p / "bad.docx"), "malformed .docx"),
    "pdf-100000-pages": (lambda p: _many_pages(p / "pages.pdf", 100_000), "100,000 pages"),
}


@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
def test_hostile_file_is_refused_by_the_library(case, tmp_path_factory) -> None:
    make, phrase = HOSTILE[case]
    path = make(tmp_path_factory.mktemp(case))
    with pytest.raises(UnreadableDocument, match=phrase):
        hzd.read(path)


def _run_bounded(*argv: str) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BOUND, MEMORY_BOUND))

    return subprocess.run([sys.executable, "-m", "huazhongdian.cli", *argv], capture_output=True,
                          text=True, timeout=120, preexec_fn=limit)


@pytest.mark.parametrize("command", ["digest", "terms", "targets"])
@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
def test_hostile_file_is_one_line_exit_2_in_the_cli(case, command, tmp_path_factory) -> None:
    make, phrase = HOSTILE[case]
    path = make(tmp_path_factory.mktemp(case))
    argv = [command, str(path)] + (["--term", "发展"] if command == "terms" else [])
    result = _run_bounded(*argv)
    assert result.returncode == 2, result.stderr[-500:]
    assert result.stderr.count("\n") == 1 and phrase in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_before_it_is_opened(tmp_path) -> None:
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)  # opening it would wait for a writer forever
    with pytest.raises(UnreadableDocument, match="not a regular file"):
        hzd.read(fifo)
    result = _run_bounded("digest", str(fifo))
    assert result.returncode == 2 and "not a regular file" in result.stderr


def test_non_utf8_file_name_is_shown_with_replacement_characters(tmp_path) -> None:
    name = os.fsdecode(b"\xc4\xe3\xba\xc3-report.txt")  # 你好 in GBK, as Python sees it on UTF-8
    (tmp_path / name).write_bytes(SAMPLE.read_bytes())
    doc = hzd.read(tmp_path / name)
    shown = doc.source.rsplit("/", 1)[-1]
    assert shown == b"\xc4\xe3\xba\xc3-report.txt".decode("utf-8", "replace")  # three U+FFFD
    shown.encode("utf-8")  # no surrogate left to crash a print or a JSON dump
    missing = _run_bounded("digest", str(tmp_path / os.fsdecode(b"\xff\xfe-missing.txt")))
    assert missing.returncode == 2 and "\ufffd\ufffd-missing.txt: no such file" in missing.stderr


@pytest.mark.slow
def test_ten_megabytes_without_punctuation_finishes(tmp_path) -> None:
    # 244 s before sentences were capped at MAX_SENTENCE; ≈ 18 s now (bench/bench_large.py).
    path = _no_punctuation(tmp_path / "flat.txt", 10)
    result = subprocess.run([sys.executable, "-m", "huazhongdian.cli", "digest", str(path), "--format", "json",
                             "-o", str(tmp_path / "out.json")], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-500:]
    assert (tmp_path / "out.json").stat().st_size > 1_000_000


def test_over_long_sentences_are_cut_at_a_comma() -> None:
    from huazhongdian.structure import MAX_SENTENCE

    doc = hzd.read_text("各位代表：\n" + "坚持稳中求进，推动高质量发展，" * 400)
    longest = max(s.end - s.start for s in doc.sentences)
    assert longest <= MAX_SENTENCE
    assert all(doc.text[s.end - 1] == "，" for s in doc.sentences[:-1] if s.end - s.start > 500)


def test_markdown_escapes_html_from_the_report() -> None:
    doc = hzd.read_text("<img src=x onerror=alert(1)>各位代表：\n过去一年，国内生产总值增长5%。")
    md = render_digest(hzd.digest(doc), "md")
    assert "<img" not in md and "&lt;img src=x onerror=alert(1)&gt;" in md
    assert "## 回顾" in md and "| 词 |" in md and "**增长5%**" in md  # Markdown's own syntax is untouched


def test_deeply_nested_html_is_read_whole_or_refused_never_cut() -> None:
    def page(depth: int) -> bytes:
        return ("<html><body>" + "<div>" * depth + "<p>各位代表：过去一年，国内生产总值增长5%。</p>"
                + "</div>" * depth + "</body></html>").encode()

    # libxml2 used to drop everything below level 255 and answer with the shallow text only.
    deep = hzd.read_bytes(page(400), source="deep.html", filename="deep.html")
    assert "国内生产总值增长5%" in deep.text
    for depth in (1_000, 100_000):
        with pytest.raises(UnreadableDocument, match="more than 500 levels deep"):
            hzd.read_bytes(page(depth), source="deeper.html", filename="deeper.html")
