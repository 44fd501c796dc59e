"""A batch goes on past any bad file; the library survives concurrent writers and a full disk."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from huazhongdian.errors import LibraryError, display_path
from huazhongdian.load import read
from huazhongdian.store.batch import add_paths, process_path, record_document
from huazhongdian.store.library import Library


def _malformed_docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document><<<")
    return path


def _skipped(db: Path) -> dict[str, str]:
    with Library(db) as lib:
        return dict(lib.conn.execute("SELECT path, reason FROM skipped"))


def test_malformed_docx_is_skipped_and_good_file_added(series: Path, tmp_path: Path) -> None:
    bad = _malformed_docx(tmp_path / "bad.docx")
    with Library(tmp_path / "lib.db") as lib:
        summary = add_paths(lib, [bad, series / "2018.txt"], jobs=1)
    assert summary.added == [str(series / "2018.txt")]
    assert [s.path for s in summary.skipped] == [str(bad)]
    assert str(bad) in _skipped(tmp_path / "lib.db")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_in_a_folder_is_skipped_without_opening_it(series: Path, tmp_path: Path) -> None:
    fifo = series / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would wait forever for a writer
    result = process_path(str(fifo))
    assert result.reason.startswith("not a regular file")
    with Library(tmp_path / "lib.db") as lib:
        summary = add_paths(lib, [series], jobs=1)
    assert len(summary.added) == 3
    assert "not a regular file" in _skipped(tmp_path / "lib.db")[str(fifo)]


def test_non_utf8_file_name_is_stored_with_replacement_characters(series: Path, tmp_path: Path) -> None:
    # A GBK file name (你好.txt) as Python sees it on a UTF-8 system: lone surrogates.
    name = os.fsdecode(b"\xc4\xe3\xba\xc3.txt")
    target = series / name
    target.write_bytes((series / "2019.txt").read_bytes())
    (series / "2019.txt").unlink()
    with Library(tmp_path / "lib.db") as lib:
        summary = add_paths(lib, [series], jobs=1)
        paths = [row[0] for row in lib.conn.execute("SELECT path FROM documents")]
    assert len(summary.added) == 3
    shown = display_path(target)
    assert shown in paths and "\ufffd" in shown
    shown.encode("utf-8")  # printable and storable


def test_same_report_from_two_processes_is_stored_once(series: Path, tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    with Library(db):
        pass
    files = [str(series / f"{y}.txt") for y in (2018, 2019, 2021)]
    hzd = [sys.executable, "-m", "huazhongdian.cli"]
    runs = [subprocess.Popen([*hzd, "add", *order, "--db", str(db), "--jobs", "1"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for order in (files, files[::-1])]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in runs]
    assert [code for code, _ in results] == [0, 0], results
    with Library(db) as lib:
        assert lib.conn.execute("SELECT count(*) FROM documents").fetchone() == (3,)


def test_hash_is_checked_inside_the_write_transaction(series: Path, tmp_path: Path) -> None:
    record = record_document(read(series / "2018.txt"), "2018.txt", 1)
    with Library(tmp_path / "lib.db") as first, Library(tmp_path / "lib.db") as second:
        # Both saw an empty library before digesting; the second writer must not fail.
        assert first.add_record(record) is not None
        second.has = lambda sha: False  # as if it had checked before the first one wrote
        assert second.add_record(record) is None
        assert second.conn.execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_full_disk_is_one_error_and_leaves_the_library_intact(series: Path, tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    big = record_document(read(series / "2021.txt"), "2021.txt", 1)
    with Library(db) as lib:
        add_paths(lib, [series / "2018.txt"], jobs=1)
        pages = lib.conn.execute("PRAGMA page_count").fetchone()[0]
        lib.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # a disk with two pages left
        with pytest.raises(LibraryError, match="full"):
            lib.add_record(big)
        assert lib.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert lib.conn.execute("SELECT count(*) FROM documents").fetchone() == (1,)
        lib.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed: the re-run completes
        assert lib.add_record(big) is not None
        assert lib.conn.execute("SELECT count(*) FROM documents").fetchone() == (2,)


def test_full_disk_from_the_cli_is_one_line_exit_2(series: Path, tmp_path: Path, hzd_run,
                                                  monkeypatch) -> None:
    real_add = Library.add_record

    def full(self, record):
        self.conn.execute(f"PRAGMA max_page_count = {self.conn.execute('PRAGMA page_count').fetchone()[0]}")
        return real_add(self, record)

    monkeypatch.setattr(Library, "add_record", full)
    code, _, err = hzd_run("add", str(series / "2021.txt"), "--db", str(tmp_path / "lib.db"), "--jobs", "1")
    assert code == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "full" in lines[0] and "Traceback" not in err
    with sqlite3.connect(tmp_path / "lib.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
