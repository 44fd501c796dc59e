"""Digest → the ``huazhongdian.digest/1`` JSON object (see docs/contract.md).

Decimals become JSON numbers here, and only here.
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from typing import Any

from huazhongdian.types import Digest, Document, Span

SCHEMA = "huazhongdian.digest/1"


def to_jsonable(value: Any) -> Any:
    """Dataclasses → dicts, Spans → [start, end], Decimal → int or float, tuples → lists."""
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and abs(value) < 10**18 else float(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


def document_meta(doc: Document, with_text: bool = True) -> dict[str, Any]:
    """The contract's ``document`` object (``with_text=False`` drops the text, for compare)."""
    out: dict[str, Any] = to_jsonable(doc.meta)
    out.update(chars=doc.chars, sha256=doc.sha256, source=doc.source)
    if with_text:
        out["text"] = doc.text
    return out


def digest_to_dict(digest: Digest) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "lens": digest.lens,
        "document": document_meta(digest.document),
        "terms": to_jsonable(digest.terms),
        "keywords": to_jsonable(digest.keywords),
        "indicators": to_jsonable(digest.indicators),
        "targets": to_jsonable(digest.targets),
        "items": to_jsonable(digest.items),
        "tasks": to_jsonable(digest.tasks),
        "entities": to_jsonable(digest.entities),
    }


def render_json(digest: Digest) -> str:
    return json.dumps(digest_to_dict(digest), ensure_ascii=False, indent=1)
