"""The library: one SQLite file holding reports, their digests and their facts.

Layout (schema version in ``meta``):

- ``documents``: one row per distinct normalised text (``sha256`` UNIQUE), with the
  metadata, the text and the digest JSON (without the text, which is its own column).
- ``terms``, ``indicators``, ``targets``, ``items``, ``tasks``, ``entities``: the facts,
  each with ``document_id`` and offsets into ``documents.text``.
- ``passages``: paragraphs (document, start, end), indexed twice for search —
  ``passages_words`` (FTS5 over jieba-segmented words, space-joined) and
  ``passages_trigram`` (FTS5 ``tokenize='trigram'`` for substrings). Both are
  contentless: the text lives once, in ``documents.text``.
- ``skipped``: files a batch could not read, with the reason.
- ``snapshots`` (schema 2): for a document fetched from a URL, the page's bytes as fetched, with
  the URL, the final URL after redirects, the fetch time (UTC ISO) and the bytes' sha256 — the
  document survives its page vanishing.
- ``edits`` (schema 2): an editor's latest curation of a document (the "edit" JSON), with the
  time it was saved.

Schema 1 libraries open as they are: the schema 2 tables are created (empty) on first open and
``meta.schema_version`` is raised; nothing existing is rewritten.

Writes are one transaction per document, so an interrupted ``add`` never leaves half
a document. Workers build a :class:`DocRecord` (plain data, picklable); only the
parent process writes (a single writer).
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from huazhongdian.digest import digest
from huazhongdian.errors import BadInput, LibraryError, display_path
from huazhongdian.load import read_text
from huazhongdian.store.build import DocRecord, build_record, index_words, segment
from huazhongdian.store.filters import LibraryFilter, kinds_of
from huazhongdian.store.schema import ADDED_COLUMNS, COLUMNS, DOC_COLUMNS, SCHEMA, SCHEMA_VERSION, quote
from huazhongdian.store.search import SearchHit, search_passages
from huazhongdian.store.tables import FACT_TABLES, check_table, export, table_rows, target_rows, to_pandas
from huazhongdian.types import Digest, Document, Target

__all__ = ["SCHEMA_VERSION", "DocRecord", "Library", "SearchHit", "build_record", "check_id", "default_db_path",
           "segment"]


def default_db_path() -> Path:
    """``$HZD_DB`` if set, else ``<user data dir>/huazhongdian/library.db``."""
    env = os.environ.get("HZD_DB")
    if env:
        return Path(env)
    # deferred: platformdirs loads only when no library path is given
    import platformdirs

    return Path(platformdirs.user_data_dir("huazhongdian")) / "library.db"


class Library:
    """A SQLite library of reports. Use as a context manager or call :meth:`close`.

    Example: ``with Library("lib.db") as lib: lib.search("新质生产力")``.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        if str(self.path) != ":memory:":
            if self.path.is_dir():
                raise BadInput(str(self.path), "is a directory; give a database file for --db")
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # isolation_level=None: transactions are explicit (BEGIN/COMMIT per document).
            # timeout: wait for another writer (a web upload during `hzd add`) instead of failing.
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
            self._open_schema()
        except sqlite3.DatabaseError as exc:
            raise BadInput(str(self.path), f"not a huazhongdian library: {exc}") from exc
        # Schema 1 → 2 only adds tables (created above): raising the number is the whole migration.
        self.conn.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE"
                          " SET value = excluded.value WHERE CAST(value AS INTEGER) < CAST(excluded.value AS INTEGER)",
                          (SCHEMA_VERSION,))
        self.conn.execute("PRAGMA foreign_keys = ON")

    def _open_schema(self, wait: float = 30.0) -> None:
        """WAL mode and the schema. Switching a new file to WAL takes the lock without waiting for
        a busy one (SQLite calls no busy handler there), so several first opens at once — six
        uploads to a new library — retry for up to ``wait`` seconds instead of failing."""
        deadline = time.monotonic() + wait
        while True:
            try:
                # WAL lets readers (search, the web app) work while a batch is writing.
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.executescript(SCHEMA)
                self._add_missing_columns()
                return
            except sqlite3.OperationalError as exc:
                if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _add_missing_columns(self) -> None:
        for table, added in ADDED_COLUMNS.items():
            have = {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}
            for name, kind in added:
                if name not in have:
                    self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {quote(name)} {kind}")

    def __repr__(self) -> str:
        return f"<Library {display_path(self.path)}: {self._count_documents()} documents>"

    def _repr_html_(self) -> str:
        # deferred: records (html) loads only for notebook display
        from huazhongdian.records import html_table

        docs = self.documents()
        years = [d["year"] for d in docs if d["year"] is not None]
        kinds = ", ".join(f"{k or '(none)'} {n}" for k, n in kinds_of(docs).items())
        return html_table([("library", display_path(self.path)), ("documents", len(docs)),
                           ("years", f"{min(years)}–{max(years)}" if years else ""), ("kinds", kinds)])

    def _count_documents(self) -> int | str:
        try:
            return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.ProgrammingError:  # closed
            return "closed,"

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # --- writing ------------------------------------------------------------------------

    def has(self, sha256: str) -> bool:
        return self.id_of(sha256) is not None

    def __contains__(self, sha256: object) -> bool:
        """``sha in lib``: so an open library can serve as the ``known`` hashes of a batch step."""
        return isinstance(sha256, str) and self.has(sha256)

    def id_of(self, sha256: str) -> int | None:
        """The id of the document with this text hash, or None when it is not in the library."""
        row = self.conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else row[0]

    def known_hashes(self) -> frozenset[str]:
        return frozenset(r[0] for r in self.conn.execute("SELECT sha256 FROM documents"))

    def add_record(self, record: DocRecord) -> int | None:
        """Insert one document and all its facts in one transaction.

        Returns the new document id, or None when a document with the same text
        (sha256) is already in the library — adding twice changes nothing. The hash is
        checked inside the write transaction, so two processes adding the same report at
        once store it once and neither fails.

        Raises:
            LibraryError: the library cannot take the write (disk full, read-only); the
                transaction is rolled back, so the library stays as it was.
        """
        if self.has(record.sha256):
            return None
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        m = record.meta
        with self._write(f"store {display_path(record.path)}"):
            stored = self.conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", (record.sha256,)).fetchone()
            if stored is not None:  # another writer stored it while we digested
                self.conn.execute("ROLLBACK")
                return None
            cur = self.conn.execute(
                f"INSERT INTO documents ({', '.join(DOC_COLUMNS)}) VALUES ({', '.join('?' * len(DOC_COLUMNS))})",
                (record.path, record.sha256, record.size, m.get("title") or "", m.get("kind") or "",
                 m.get("level") or "", m.get("region") or "", m.get("year"), m.get("review_year"),
                 m.get("plan_year"), record.chars, record.text, record.digest_json, now))
            doc_id = cur.lastrowid
            assert doc_id is not None
            self._insert_facts(doc_id, record)
            self.conn.execute("DELETE FROM skipped WHERE path = ?", (record.path,))
        return doc_id

    @contextmanager
    def _write(self, what: str) -> Iterator[None]:
        """One write transaction (``BEGIN IMMEDIATE`` … ``COMMIT``) that leaves no half-write.

        The block may end the transaction itself (a ``ROLLBACK`` when it finds nothing to do).
        Any exception rolls back — BaseException too: Ctrl-C in the middle must not leave half a
        document — and SQLite's own failures (a full disk, a read-only file) become one
        :class:`LibraryError` line saying what could not be done.
        """
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")
        except BaseException as exc:
            # SQLite may already have rolled back by itself (a full disk): only roll back an open one.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise LibraryError(str(self.path), f"cannot {what}: {exc}") from None
            raise

    def _insert_facts(self, doc_id: int, record: DocRecord) -> None:
        for table in FACT_TABLES:
            cols = ("document_id", *COLUMNS[table])
            sql = (f"INSERT INTO {table} ({', '.join(quote(c) for c in cols)}) "
                   f"VALUES ({', '.join('?' * len(cols))})")
            self.conn.executemany(sql, [(doc_id, *row) for row in record.rows.get(table, ())])
        for start, end, words in record.passages:
            pid = self.conn.execute("INSERT INTO passages (document_id, start, \"end\") VALUES (?, ?, ?)",
                                    (doc_id, start, end)).lastrowid
            self.conn.execute("INSERT INTO passages_words (rowid, words) VALUES (?, ?)", (pid, words))
            self.conn.execute("INSERT INTO passages_trigram (rowid, body) VALUES (?, ?)",
                              (pid, record.text[start:end]))

    def slot_mates(self, doc_id: int) -> list[dict[str, Any]]:
        """Other documents for the same region, level, kind and year as ``doc_id`` (a second copy
        of one report, such as two different texts of the 2024 national report).

        A document without a year or a kind has no slot and no mates.
        """
        row = self.conn.execute("SELECT region, level, kind, year FROM documents WHERE id = ?",
                                (doc_id,)).fetchone()
        if row is None or row[3] is None or not row[2]:
            return []
        return [d for d in self.documents() if d["id"] != doc_id
                and (d["region"], d["level"], d["kind"], d["year"]) == tuple(row)]

    def remove(self, doc_id: int) -> bool:
        """Delete a document with all its facts and its search passages, in one transaction.

        Returns False when there is no such document.

        Raises:
            LibraryError: the library cannot take the write; it stays as it was.
        """
        with self._write(f"remove document {doc_id}"):
            text = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if text is None:
                self.conn.execute("ROLLBACK")
                return False
            for pid, start, end in self.conn.execute(
                    'SELECT id, start, "end" FROM passages WHERE document_id = ?', (doc_id,)).fetchall():
                # The full-text tables keep no content, so an entry is removed by giving back
                # exactly what was indexed (the segmenter is deterministic).
                body = text[0][start:end]
                self.conn.execute("INSERT INTO passages_words (passages_words, rowid, words) "
                                  "VALUES ('delete', ?, ?)", (pid, index_words(body)))
                self.conn.execute("INSERT INTO passages_trigram (passages_trigram, rowid, body) "
                                  "VALUES ('delete', ?, ?)", (pid, body))
            for table in (*FACT_TABLES, "passages", "snapshots", "edits"):
                self.conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))
            self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        return True

    # --- snapshots (documents fetched from a URL) and edits --------------------------------

    def save_snapshot(self, doc_id: int, snap: Any) -> bool:
        """Keep the fetched bytes of document ``doc_id`` (a :class:`~huazhongdian.types.Snapshot`).

        The first snapshot of a document is kept (it is what was digested); a later fetch of a
        page with the same text changes nothing. Returns whether one was stored.

        Raises:
            BadInput: no such document.
            LibraryError: the library cannot take the write.
        """
        with self._write(f"store the snapshot of {snap.url}"):
            if self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is None:
                self.conn.execute("ROLLBACK")
                raise BadInput(str(doc_id), "no such document in the library")
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO snapshots VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, snap.url, snap.final_url, snap.fetched_at, snap.sha256, snap.content_type,
                 len(snap.data), snap.data))
        return cur.rowcount == 1

    def snapshot(self, doc_id: int) -> dict[str, Any] | None:
        """The stored snapshot of a document — ``url``, ``final_url``, ``fetched_at``, ``sha256``,
        ``content_type``, ``size`` and the bytes as ``body`` — or None when it was not fetched."""
        cur = self.conn.execute("SELECT * FROM snapshots WHERE document_id = ?", (doc_id,))
        row = cur.fetchone()
        return None if row is None else dict(zip([d[0] for d in cur.description], row))

    def save_edit(self, doc_id: int, edit: dict[str, Any]) -> str:
        """Store ``edit`` (the editor's curation, any JSON object) as document ``doc_id``'s latest
        edit, replacing the one before. Returns the save time (UTC ISO).

        Raises:
            BadInput: no such document, or ``edit`` is not a JSON object.
            LibraryError: the library cannot take the write.
        """
        if not isinstance(edit, dict):
            raise BadInput("edit", "an edit is a JSON object")
        try:
            body = json.dumps(edit, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise BadInput("edit", f"not JSON: {exc}") from None
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._write(f"save the edit of document {doc_id}"):
            if self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is None:
                self.conn.execute("ROLLBACK")
                raise BadInput(str(doc_id), "no such document in the library")
            self.conn.execute("INSERT OR REPLACE INTO edits VALUES (?, ?, ?)", (doc_id, body, now))
        return now

    def load_edit(self, doc_id: int) -> dict[str, Any] | None:
        """Document ``doc_id``'s latest saved edit, or None when it has none."""
        row = self.conn.execute("SELECT json FROM edits WHERE document_id = ?", (doc_id,)).fetchone()
        return None if row is None else json.loads(row[0])

    def query(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run one read-only SQL statement; returns ``(column names, rows)``.

        The statement runs on a second connection opened read-only, so no statement — not an
        UPDATE, a DROP, an ATTACH or a PRAGMA that writes — can change the library.

        Raises:
            BadInput: the SQL is wrong or tries to write (the SQLite message, one line).
        """
        if str(self.path) == ":memory:":
            conn = self.conn
        else:
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            conn.execute("PRAGMA query_only = ON")
            # ATTACH would open (and create) another file, which mode=ro does not cover.
            conn.set_authorizer(_read_only_authorizer)
            cur = conn.execute(sql)
            names = [d[0] for d in cur.description or ()]
            return names, cur.fetchall()
        except (sqlite3.Error, sqlite3.Warning, OverflowError) as exc:
            raise BadInput("SQL", " ".join(str(exc).split()) or type(exc).__name__) from None
        finally:
            conn.set_authorizer(None)
            if conn is self.conn:
                conn.execute("PRAGMA query_only = OFF")
            else:
                conn.close()

    def record_skipped(self, path: str, reason: str) -> None:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        try:
            self.conn.execute("INSERT OR REPLACE INTO skipped VALUES (?, ?, ?)", (display_path(path), reason, now))
        except sqlite3.OperationalError as exc:
            raise LibraryError(str(self.path), f"cannot record {display_path(path)} as skipped: {exc}") from None

    # --- reading ------------------------------------------------------------------------

    def documents(self, where: LibraryFilter | None = None) -> list[dict[str, Any]]:
        """Every document's metadata (no text), ordered by year then id; ``where`` selects some;
        ``url`` is the page a fetched document came from (None for a file)."""
        cur = self.conn.execute(
            "SELECT id, path, sha256, size, title, kind, level, region, year, review_year, plan_year, chars,"
            " added_at, (SELECT url FROM snapshots s WHERE s.document_id = documents.id) AS url"
            " FROM documents ORDER BY year IS NULL, year, id")
        names = [d[0] for d in cur.description]
        docs = [dict(zip(names, row)) for row in cur]
        return where.select(docs) if where is not None and where.active else docs

    def texts(self, where: LibraryFilter | None = None) -> Iterator[tuple[dict[str, Any], str]]:
        """``(metadata, text)`` for every (selected) document, ordered by year then id."""
        cur = self.conn.execute(
            "SELECT id, path, title, region, level, kind, year, chars, text FROM documents"
            " ORDER BY year IS NULL, year, id")
        for doc_id, path, title, region, level, kind, year, chars, text in cur:
            meta = {"id": doc_id, "path": path, "title": title, "region": region, "level": level,
                    "kind": kind, "year": year, "chars": chars}
            if where is None or where.matches(meta):
                yield meta, text

    def selected_ids(self, where: LibraryFilter | None) -> list[int] | None:
        """The ids ``where`` selects, or None when it selects everything (no restriction needed)."""
        if where is None or not where.active:
            return None
        return [d["id"] for d in self.documents(where)]

    def digest_dict(self, doc_id: int) -> dict[str, Any]:
        """The stored ``huazhongdian.digest/1`` object of a document, text included."""
        row = self.conn.execute("SELECT digest_json, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise BadInput(str(doc_id), "no such document in the library")
        data = json.loads(row[0])
        data["document"]["text"] = row[1]
        return data

    def document(self, doc_id: int) -> Document:
        """Rebuild the Document from the stored text (reading is deterministic), with the stored
        title: a fetched page's own title, or a pasted text's first line, is not in what the
        reader finds again in the text."""
        row = self.conn.execute("SELECT text, path, title FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise BadInput(str(doc_id), "no such document in the library")
        doc = read_text(row[0], source=row[1], filename=Path(row[1]).name)
        if row[2] and row[2] != doc.meta.title:
            doc = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, title=row[2]))
        return doc

    def load_digest(self, doc_id: int, lens: str = "general") -> Digest:
        """A fresh Digest of a stored document (for compare/track over library ids)."""
        return digest(self.document(doc_id), lens=lens)

    def targets(self, where: LibraryFilter | None = None) -> list[dict[str, Any]]:
        """Every stored headline target with its ``document_id``, by document then report order
        (only the documents ``where`` selects, when given)."""
        ids = self.selected_ids(where)
        cur = self.conn.execute(
            'SELECT document_id, metric, year, value, low, high, point, unit, base_value, base_unit, qualifier,'
            ' absent, text, start, "end" FROM targets'
            + ("" if ids is None else " WHERE document_id IN (SELECT value FROM json_each(?))")
            + " ORDER BY document_id, idx", () if ids is None else (json.dumps(ids),))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row), absent=bool(row[names.index("absent")])) for row in cur]

    def target_rows(self, where: LibraryFilter | None = None) -> list[tuple[Document, list[Target]]]:
        """The stored targets per (selected) document: see :func:`huazhongdian.store.tables.target_rows`."""
        return target_rows(self, where)

    def to_pandas(self, table: str, where: LibraryFilter | None = None) -> Any:
        """One table as a pandas DataFrame, each fact row with its document's year, level, kind,
        region and title: see :func:`huazhongdian.store.tables.to_pandas`.

        Example: ``lib.to_pandas("targets").pivot_table(index="year", columns="metric", values="point")``.
        """
        return to_pandas(self, table, where)

    def table_rows(self, table: str, where: LibraryFilter | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
        """``(column names, rows)`` of a table: see :func:`huazhongdian.store.tables.table_rows`."""
        return table_rows(self, table, where)

    def counts(self) -> dict[str, int]:
        """Row counts per table (documents, facts, passages, skipped)."""
        tables = ("documents", *FACT_TABLES, "passages", "skipped")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def dump(self, table: str, *, exclude: Sequence[str] = ("added_at", "at")) -> list[tuple[Any, ...]]:
        """All rows of a table in a stable order, minus timestamp columns (for comparisons)."""
        cols = [r[1] for r in self.conn.execute(f"PRAGMA table_info({check_table(table)})")
                if r[1] not in exclude]
        sql = f"SELECT {', '.join(quote(c) for c in cols)} FROM {table} ORDER BY {', '.join(quote(c) for c in cols)}"
        return list(self.conn.execute(sql))

    def table_names(self) -> list[str]:
        """The plain tables users may export (not the FTS internals)."""
        return ["documents", *FACT_TABLES, "passages", "skipped", "edits"]

    # --- search -------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 20, context: int = 30,
               where: LibraryFilter | None = None) -> list[SearchHit]:
        """Passages matching ``query``, best first, with highlighted context (in the documents
        ``where`` selects, when given): see :func:`huazhongdian.store.search.search_passages`."""
        return search_passages(self, query, limit=limit, context=context, where=where)

    # --- export -------------------------------------------------------------------------

    def export(self, out_dir: str | Path, fmt: str = "csv", where: LibraryFilter | None = None) -> list[Path]:
        """Write every plain table to ``out_dir`` as ``<table>.csv`` or ``<table>.parquet`` (only the
        documents ``where`` selects, when given): see :func:`huazhongdian.store.tables.export`."""
        return export(self, out_dir, fmt, where)


def check_id(doc_id: int | str) -> int:
    """A library id as the URL gave it: ASCII digits only (``1%20``, ``+1``, ``١`` are no id),
    and small enough for SQLite (10**30 would make the query itself fail instead of finding
    nothing).

    Raises:
        BadInput: not an id, or no document can have it.
    """
    raw = str(doc_id)
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 18):
        raise BadInput(raw[:40], "no such document in the library (ids are whole numbers)")
    return int(raw)


_READ_ACTIONS = frozenset({sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
                           sqlite3.SQLITE_RECURSIVE, sqlite3.SQLITE_PRAGMA})


def _read_only_authorizer(action: int, *_args: object) -> int:
    return sqlite3.SQLITE_OK if action in _READ_ACTIONS else sqlite3.SQLITE_DENY
