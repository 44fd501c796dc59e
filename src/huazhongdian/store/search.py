"""Searching the library's passages: the segmented-word index, then the trigram index, then
``LIKE``; each hit with its place in ``documents.text`` and a highlighted snippet."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from huazhongdian.errors import BadInput
from huazhongdian.store.build import segment
from huazhongdian.store.filters import LibraryFilter

if TYPE_CHECKING:
    from huazhongdian.store.library import Library


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One passage that matches a query; ``start``/``end`` is the first match in ``documents.text``."""

    document_id: int
    title: str
    year: int | None
    region: str
    path: str
    start: int
    end: int
    snippet: str  # context with the match between 【 and 】


def search_passages(lib: Library, query: str, *, limit: int = 20, context: int = 30,
                    where: LibraryFilter | None = None) -> list[SearchHit]:
    """Passages matching ``query``, best first, with highlighted context (in the documents
    ``where`` selects, when given).

    The query is segmented like the index and matched as a phrase; when that
    finds nothing, a query of 3+ characters falls back to the trigram index
    (any substring) and a 1–2 character query to ``LIKE`` over the text.
    """
    q = query.strip()
    if not q:
        raise BadInput("QUERY", "empty search query")
    if limit < 1:
        raise BadInput("--limit", "must be at least 1")
    words = [w for w in segment(q) if w.strip()]
    # Only word characters reach the index (unicode61 drops punctuation), so a query of
    # punctuation alone goes straight to the substring fallbacks.
    indexable = [w for w in words if any(ch.isalnum() for ch in w)]
    ids = lib.selected_ids(where)
    only = "" if ids is None else " AND p.document_id IN (SELECT value FROM json_each(?))"
    selected: tuple[Any, ...] = () if ids is None else (json.dumps(ids),)
    rows = []
    if indexable:
        phrase = '"' + " ".join(w.replace('"', '""') for w in indexable) + '"'
        rows = lib.conn.execute(
            "SELECT p.id FROM passages_words JOIN passages p ON p.id = passages_words.rowid"
            " WHERE passages_words MATCH ?" + only + " ORDER BY bm25(passages_words) LIMIT ?",
            (phrase, *selected, limit)).fetchall()
    if not rows and len(q) >= 3:
        rows = lib.conn.execute(
            "SELECT p.id FROM passages_trigram JOIN passages p ON p.id = passages_trigram.rowid"
            " WHERE passages_trigram MATCH ?" + only + " ORDER BY bm25(passages_trigram) LIMIT ?",
            ('"' + q.replace('"', '""') + '"', *selected, limit)).fetchall()
    if not rows and len(q) < 3:
        rows = lib.conn.execute(
            "SELECT p.id FROM passages p JOIN documents d ON d.id = p.document_id"
            " WHERE instr(substr(d.text, p.start + 1, p.\"end\" - p.start), ?) > 0" + only
            + " ORDER BY p.document_id, p.start LIMIT ?", (q, *selected, limit)).fetchall()
    return [_hit(lib, pid, q, words, context) for (pid,) in rows]


def _hit(lib: Library, passage_id: int, query: str, words: list[str], context: int) -> SearchHit:
    doc_id, title, year, region, path, start, end, text = lib.conn.execute(
        "SELECT d.id, d.title, d.year, d.region, d.path, p.start, p.\"end\","
        " substr(d.text, p.start + 1, p.\"end\" - p.start)"
        " FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.id = ?",
        (passage_id,)).fetchone()
    # Highlight the query itself when it occurs verbatim, else its first word.
    needle = query if query in text else next((w for w in words if w in text), query)
    at = text.find(needle)
    if at < 0:
        at, needle = 0, ""
    lo, hi = max(0, at - context), min(len(text), at + len(needle) + context)
    snippet = ("…" if lo else "") + text[lo:at] + "【" + needle + "】" + text[at + len(needle):hi] + (
        "…" if hi < len(text) else "")
    return SearchHit(doc_id, title or Path(path).name, year, region or "", path, start + at,
                     start + at + len(needle), snippet)
