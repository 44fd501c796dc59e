"""Values → JSON-ready values, and a document's contract ``document`` object.

The lowest layer's JSON edge: ``across/`` builds on it as well as ``render/``, so it sits below
both (``render.json`` re-exports it). Decimals become JSON numbers here, and only here.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from huazhongdian.types import Document, Span


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
    out.update(chars=doc.chars, sha256=doc.sha256, source=doc.source, warnings=list(doc.warnings))
    if with_text:
        out["text"] = doc.text
    return out
