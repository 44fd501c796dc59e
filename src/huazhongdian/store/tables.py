"""The library's tables as data: filtered rows, pandas frames, CSV/Parquet files, targets per document.

The :class:`~huazhongdian.store.library.Library` methods ``target_rows``, ``table_rows``,
``to_pandas`` and ``export`` are these functions; they read, never write the library.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from huazhongdian.errors import BadInput, LibraryError, require_extra
from huazhongdian.store.filters import LibraryFilter
from huazhongdian.types import Document, DocumentMeta, Target

if TYPE_CHECKING:
    from huazhongdian.store.library import Library

FACT_TABLES = ("terms", "indicators", "targets", "items", "tasks", "entities")
TABLES = ("documents", *FACT_TABLES, "passages", "skipped", "meta", "snapshots", "edits")


def check_table(table: str) -> str:
    if table not in TABLES:
        raise BadInput(table, "no such library table")
    return table


def target_rows(lib: Library, where: LibraryFilter | None = None) -> list[tuple[Document, list[Target]]]:
    """The stored targets per (selected) document, as ``hzd targets FILE…`` has them from files:
    ``(document, targets)`` pairs. The document carries the metadata and the stored path as
    ``source`` but no text (the targets' clauses are stored with their offsets)."""
    def number(v: Any) -> Decimal | None:
        return None if v is None else Decimal(repr(v)) if isinstance(v, float) else Decimal(v)

    by_doc: dict[int, list[Target]] = {}
    for t in lib.targets(where):
        by_doc.setdefault(t["document_id"], []).append(Target(
            metric=t["metric"], year=t["year"], value=number(t["value"]), low=number(t["low"]),
            high=number(t["high"]), unit=t["unit"] or "", qualifier=t["qualifier"], absent=t["absent"],
            text=t["text"], start=t["start"], end=t["end"], base_value=number(t["base_value"]),
            base_unit=t["base_unit"] or "", point=number(t["point"])))
    out = []
    for d in lib.documents(where):
        meta = DocumentMeta(title=d["title"] or "", kind=d["kind"] or "other", level=d["level"] or "",
                            region=d["region"] or "", year=d["year"], review_year=d["review_year"],
                            plan_year=d["plan_year"])
        out.append((Document(text="", meta=meta, source=d["path"], sha256=d["sha256"]),
                    by_doc.get(d["id"], [])))
    return out


def to_pandas(lib: Library, table: str, where: LibraryFilter | None = None) -> Any:
    """One library table as a pandas DataFrame (only the selected documents' rows with ``where``).

    Example: ``lib.to_pandas("targets").pivot_table(index="year", columns="metric", values="point")``
    — the ``targets`` table joined with each document's ``year``, ``level``, ``kind``, ``region``
    and ``title`` (as ``doc_year`` … when the table has a column of that name).

    Raises:
        MissingExtra: pandas is not installed (``pip install pandas``).
        BadInput: no such table.
    """
    require_extra("notebook", "Library.to_pandas", "pandas")
    # deferred: pandas loads only for to_pandas()
    import pandas as pd

    names, rows = table_rows(lib, check_table(table), where)
    return pd.DataFrame(rows, columns=names)


def table_rows(lib: Library, table: str, where: LibraryFilter | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
    """``(column names, rows)`` of a plain table, restricted to the documents ``where`` selects.

    A fact table's rows gain the document's ``year``, ``level``, ``kind``, ``region`` and
    ``title`` (prefixed ``doc_`` where the table has its own column of that name), so a row
    says on its own what it is about. ``skipped`` is files, not documents: never filtered.
    """
    ids = lib.selected_ids(where)
    restrict = "" if ids is None else " WHERE {col} IN (SELECT value FROM json_each(?))"
    params: tuple[Any, ...] = () if ids is None else (json.dumps(ids),)
    if table in (*FACT_TABLES, "passages"):
        own = {r[1] for r in lib.conn.execute(f"PRAGMA table_info({table})")}
        extra = ", ".join(f"d.{c} AS {'doc_' + c if c in own else c}"
                          for c in ("year", "level", "kind", "region", "title"))
        sql = (f"SELECT t.*, {extra} FROM {table} t JOIN documents d ON d.id = t.document_id"
               + restrict.format(col="t.document_id"))
    elif table == "documents":
        sql = "SELECT * FROM documents" + restrict.format(col="id")
    else:
        sql, params = f"SELECT * FROM {check_table(table)}", ()
    cur = lib.conn.execute(sql, params)
    return [d[0] for d in cur.description], cur.fetchall()


def export(lib: Library, out_dir: str | Path, fmt: str = "csv", where: LibraryFilter | None = None) -> list[Path]:
    """Write every plain table to ``out_dir`` as ``<table>.csv`` or ``<table>.parquet``.

    Tables are written as stored (``where`` keeps only the selected documents and their rows).
    """
    if fmt not in ("csv", "parquet"):
        raise BadInput("--format", f"unknown export format {fmt!r}; choose csv or parquet")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise BadInput(str(out), "exists and is not a directory")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    ids = lib.selected_ids(where)
    for table in lib.table_names():
        if ids is None or table == "skipped":
            cur = lib.conn.execute(f"SELECT * FROM {table}")
        else:
            col = "id" if table == "documents" else "document_id"
            cur = lib.conn.execute(f"SELECT * FROM {table} WHERE {col} IN (SELECT value FROM json_each(?))",
                                    (json.dumps(ids),))
        names = [d[0] for d in cur.description]
        rows = cur.fetchall()
        target = out / f"{table}.{fmt}"
        if fmt == "csv":
            _write_csv(target, names, rows)
        else:
            _write_parquet(target, names, rows)
        written.append(target)
    return written


def _write_csv(path: Path, names: list[str], rows: list[tuple[Any, ...]]) -> None:
    # deferred: csv loads only for a CSV export, not with the library
    import csv

    with _temp_beside(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(names)
        writer.writerows(rows)


def _write_parquet(path: Path, names: list[str], rows: list[tuple[Any, ...]]) -> None:
    # deferred: pyarrow loads only for Parquet export
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {name: [row[i] for row in rows] for i, name in enumerate(names)}
    with _temp_beside(path) as tmp:
        pq.write_table(pa.table(columns), tmp)


@contextmanager
def _temp_beside(path: Path) -> Iterator[Path]:
    """A fresh temp file beside ``path`` (``mkstemp``: unpredictable name, created exclusively,
    so a planted symlink is never followed); moved over ``path`` when the block succeeds,
    removed when it fails. A write that cannot happen is one LibraryError line."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise LibraryError(str(path), f"cannot write: {exc.strerror or exc}") from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise LibraryError(str(path), f"cannot write: {exc.strerror or exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
