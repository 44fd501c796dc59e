"""Engines: the process pool and Dask give the same library as a plain loop."""

from __future__ import annotations

from pathlib import Path

import pytest

from huazhongdian.errors import BadInput
from huazhongdian.load import read
from huazhongdian.store.batch import Skipped, add_paths, process_path, record_document
from huazhongdian.store.library import FACT_TABLES, Library

TABLES = ("documents", *FACT_TABLES, "passages", "skipped")


@pytest.fixture
def folder(series: Path) -> Path:
    """The three excerpts and an empty file, which every add skips."""
    (series / "empty.txt").write_bytes(b"")
    return series


def _dump(db: Path) -> dict[str, list[tuple]]:
    with Library(db) as lib:
        return {t: lib.dump(t) for t in TABLES}


def _add(folder: Path, db: Path, **kwargs) -> None:
    with Library(db) as lib:
        summary = add_paths(lib, [folder], **kwargs)
    assert len(summary.added) == 3 and len(summary.skipped) == 1


def test_process_pool_equals_serial(folder: Path, tmp_path: Path) -> None:
    _add(folder, tmp_path / "serial.db", jobs=1)
    _add(folder, tmp_path / "pool.db", jobs=2)
    assert _dump(tmp_path / "pool.db") == _dump(tmp_path / "serial.db")
    with Library(tmp_path / "pool.db") as lib:  # workers learn the known hashes and skip the digest
        again = add_paths(lib, [folder], jobs=2)
    assert again.added == [] and len(again.present) == 3


def test_dask_equals_local(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    _add(folder, tmp_path / "local.db", jobs=2)
    _add(folder, tmp_path / "dask.db", jobs=2, engine="dask")
    local, dask = _dump(tmp_path / "local.db"), _dump(tmp_path / "dask.db")
    assert dask == local
    assert len(dask["documents"]) == 3 and len(dask["passages"]) > 30
    with Library(tmp_path / "dask.db") as lib:
        again = add_paths(lib, [folder], jobs=2, engine="dask")
    assert again.added == [] and len(again.present) == 3


def test_unknown_engine_is_bad_input(folder: Path, tmp_path: Path) -> None:
    with Library(tmp_path / "x.db") as lib, pytest.raises(BadInput, match="engine"):
        add_paths(lib, [folder], engine="spark")


def test_process_path_is_read_then_record_document(folder: Path) -> None:
    path = folder / "2019.txt"
    doc = read(path)
    record = record_document(doc, str(path), path.stat().st_size)
    assert process_path(str(path)) == record
    assert record.meta["year"] == 2019 and record.text == doc.text
    assert record.rows["terms"] and record.passages
    # A text already stored is not digested again, whichever step is asked.
    assert process_path(str(path), frozenset({doc.sha256})) == doc.sha256
    assert record_document(doc, str(path), 1, known={doc.sha256}) == doc.sha256


def test_record_document_takes_an_open_library_as_known(folder: Path, tmp_path: Path) -> None:
    doc = read(folder / "2018.txt")
    with Library(tmp_path / "lib.db") as lib:
        doc_id = lib.add_record(record_document(doc, "2018.txt", 100, known=lib))
        assert doc_id is not None and lib.id_of(doc.sha256) == doc_id
        assert record_document(doc, "again.txt", 100, known=lib) == doc.sha256
        assert lib.id_of("0" * 64) is None


def test_a_failing_digest_is_skipped_by_the_batch_and_raised_to_other_callers(folder: Path, monkeypatch) -> None:
    import sys

    def broken(doc, **kwargs):
        raise ValueError("no sentences")

    # Patch the name store.batch digests with (imported at its top).
    monkeypatch.setattr(sys.modules["huazhongdian.store.batch"], "digest", broken)
    path = str(folder / "2021.txt")
    assert process_path(path) == Skipped(path, "digest failed: ValueError: no sentences")
    with pytest.raises(ValueError, match="no sentences"):
        record_document(read(path), path, 1)
