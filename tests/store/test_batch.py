"""Engines: the process pool and Dask give the same library as a plain loop."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from huazhongdian.errors import BadInput
from huazhongdian.store.batch import add_paths
from huazhongdian.store.library import FACT_TABLES, Library

TABLES = ("documents", *FACT_TABLES, "passages", "skipped")


@pytest.fixture
def folder(fixtures: Path, tmp_path: Path) -> Path:
    out = tmp_path / "in"
    out.mkdir()
    for year in (2018, 2019, 2021):
        shutil.copy(fixtures / "across" / "series" / f"{year}.txt", out / f"{year}.txt")
    (out / "empty.txt").write_bytes(b"")
    return out


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
