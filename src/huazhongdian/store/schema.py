"""The library's SQLite schema: the tables (see :mod:`huazhongdian.store.library` for what each
holds), the column order of each fact table, and the columns added since a table was released."""

from __future__ import annotations

SCHEMA_VERSION = "2"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,
  title TEXT, kind TEXT, level TEXT, region TEXT, year INTEGER, review_year INTEGER,
  plan_year INTEGER, chars INTEGER NOT NULL, text TEXT NOT NULL, digest_json TEXT NOT NULL,
  added_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS terms (
  document_id INTEGER NOT NULL REFERENCES documents(id), term TEXT NOT NULL, count INTEGER NOT NULL,
  per_10k REAL NOT NULL, spans TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS indicators (
  document_id INTEGER NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL, text TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence_start INTEGER, sentence_end INTEGER,
  metric TEXT, value REAL, unit TEXT, base_value REAL, base_unit TEXT, qualifier TEXT, low REAL,
  high REAL, from_value REAL, direction TEXT, kind TEXT, mode TEXT, period INTEGER, point REAL);
CREATE TABLE IF NOT EXISTS targets (
  document_id INTEGER NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL, metric TEXT NOT NULL,
  year INTEGER, value REAL, low REAL, high REAL, unit TEXT, qualifier TEXT, absent INTEGER NOT NULL,
  text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, point REAL, base_value REAL,
  base_unit TEXT);
CREATE TABLE IF NOT EXISTS items (
  document_id INTEGER NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL, text TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, mode TEXT, theme TEXT, section TEXT);
CREATE TABLE IF NOT EXISTS tasks (
  document_id INTEGER NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL, text TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, verb TEXT, objects TEXT, theme TEXT);
CREATE TABLE IF NOT EXISTS entities (
  document_id INTEGER NOT NULL REFERENCES documents(id), name TEXT NOT NULL, type TEXT,
  count INTEGER NOT NULL, spans TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS passages (
  id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_words USING fts5(words, content='');
CREATE VIRTUAL TABLE IF NOT EXISTS passages_trigram USING fts5(body, content='', tokenize='trigram');
CREATE TABLE IF NOT EXISTS skipped (path TEXT PRIMARY KEY, reason TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS snapshots (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id), url TEXT NOT NULL, final_url TEXT NOT NULL,
  fetched_at TEXT NOT NULL, sha256 TEXT NOT NULL, content_type TEXT NOT NULL, size INTEGER NOT NULL,
  body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS edits (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id), json TEXT NOT NULL, saved_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS terms_doc ON terms(document_id);
CREATE INDEX IF NOT EXISTS terms_term ON terms(term);
CREATE INDEX IF NOT EXISTS indicators_doc ON indicators(document_id);
CREATE INDEX IF NOT EXISTS targets_doc ON targets(document_id);
CREATE INDEX IF NOT EXISTS items_doc ON items(document_id);
CREATE INDEX IF NOT EXISTS tasks_doc ON tasks(document_id);
CREATE INDEX IF NOT EXISTS entities_doc ON entities(document_id);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(document_id);
"""

# Column order of each fact table after document_id; DocRecord rows follow it.
COLUMNS: dict[str, tuple[str, ...]] = {
    "terms": ("term", "count", "per_10k", "spans"),
    "indicators": ("idx", "text", "start", "end", "sentence_start", "sentence_end", "metric", "value",
                   "unit", "base_value", "base_unit", "qualifier", "low", "high", "from_value",
                   "direction", "kind", "mode", "period", "point"),
    "targets": ("idx", "metric", "year", "value", "low", "high", "unit", "qualifier", "absent", "text",
                "start", "end", "point", "base_value", "base_unit"),
    "items": ("idx", "text", "start", "end", "mode", "theme", "section"),
    "tasks": ("idx", "text", "start", "end", "verb", "objects", "theme"),
    "entities": ("name", "type", "count", "spans"),
}
# Columns added after a table was first released: a library made before them gains them (empty
# until its documents are added again), so an old library still opens, reads and exports.
ADDED_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "indicators": (("point", "REAL"),),
    "targets": (("point", "REAL"), ("base_value", "REAL"), ("base_unit", "TEXT")),
}
DOC_COLUMNS = ("path", "sha256", "size", "title", "kind", "level", "region", "year", "review_year",
                "plan_year", "chars", "text", "digest_json", "added_at")


def quote(col: str) -> str:
    return f'"{col}"'
