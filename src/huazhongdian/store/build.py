"""One digest → the rows the library stores (:class:`DocRecord`), built in worker processes, and the
word segmentation the search index and its queries share."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from huazhongdian.extract.segment import segment as project_segment
from huazhongdian.render.json import digest_to_dict
from huazhongdian.store.schema import COLUMNS
from huazhongdian.store.tables import FACT_TABLES
from huazhongdian.types import Digest

_YEAR_IN_NAME = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class DocRecord:
    """Everything one document contributes to the library, built in a worker process.

    ``rows`` maps each fact table to tuples in :data:`COLUMNS` order; ``passages``
    are ``(start, end, segmented_words)`` per paragraph.
    """

    path: str
    size: int
    sha256: str
    meta: dict[str, Any]
    chars: int
    text: str
    digest_json: str
    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    passages: list[tuple[int, int, str]] = field(default_factory=list)


def segment(text: str) -> list[str]:
    """Words of ``text``, by the project's segmenter (the one the digest uses)."""
    return list(project_segment(text))


def index_words(text: str) -> str:
    # FTS5's unicode61 tokenizer treats a run of CJK characters as one token, so the
    # words must be separated by spaces before indexing (and the query likewise).
    return " ".join(w for w in segment(text) if w.strip())


def _year_from_name(path: str) -> int | None:
    found = _YEAR_IN_NAME.findall(Path(path).name)
    return int(found[0]) if found else None


def build_record(digest: Digest, path: str, size: int) -> DocRecord:
    """Turn a digest into the rows the library stores (pure; runs in worker processes).

    The year falls back to a four-digit year in the file name when the document's
    metadata has none, so trends over a folder of ``2019.txt``… files still line up.
    """
    doc = digest.document
    # One conversion to JSON-able values, reused for the rows: converting twice was the
    # single biggest cost of building a record.
    data = digest_to_dict(digest)
    data["document"].pop("text", None)  # stored once, in documents.text
    meta = dict(data["document"])
    if meta.get("year") is None:
        meta["year"] = _year_from_name(path)
    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in FACT_TABLES}
    for t in data["terms"]:
        rows["terms"].append((t["term"], t["count"], t["per_10k"], json.dumps(t["spans"])))
    for i, d in enumerate(data["indicators"]):
        rows["indicators"].append((i, *(d[c] for c in COLUMNS["indicators"][1:])))
    for i, d in enumerate(data["targets"]):
        rows["targets"].append((i, *(int(d[c]) if c == "absent" else d[c] for c in COLUMNS["targets"][1:])))
    for i, d in enumerate(data["items"]):
        rows["items"].append((i, *(d[c] for c in COLUMNS["items"][1:])))
    for i, d in enumerate(data["tasks"]):
        rows["tasks"].append((i, d["text"], d["start"], d["end"], d["verb"],
                              json.dumps(d["objects"], ensure_ascii=False), d["theme"]))
    for e in data["entities"]:
        rows["entities"].append((e["name"], e["type"], e["count"], json.dumps(e["spans"])))
    passages = [(p.start, p.end, index_words(doc.text[p.start:p.end])) for p in doc.paragraphs
                if doc.text[p.start:p.end].strip()]
    return DocRecord(path=path, size=size, sha256=doc.sha256, meta=meta, chars=doc.chars, text=doc.text,
                     digest_json=json.dumps(data, ensure_ascii=False), rows=rows, passages=passages)
