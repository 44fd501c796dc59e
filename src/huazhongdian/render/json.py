"""Digest → the ``huazhongdian.digest/1`` JSON object (see docs/contract.md).

Decimals become JSON numbers here, and only here.
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from huazhongdian.render.view import DigestView, build_view, view_to_dict
from huazhongdian.types import Digest, Document, Span

if TYPE_CHECKING:
    from huazhongdian.across.compare import Comparison

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
    out.update(chars=doc.chars, sha256=doc.sha256, source=doc.source, warnings=list(doc.warnings))
    if with_text:
        out["text"] = doc.text
    return out


def previous_to_dict(comparison: Comparison) -> dict[str, Any]:
    """The digest's optional ``previous`` object: the older report's metadata (no text) and the
    comparison exactly as ``hzd compare OLD NEW --format json`` prints it.

    Offsets keep compare's meaning: ``items_new`` index this digest's ``document.text``,
    ``items_dropped`` the older report's text, which is not included.
    """
    # Imported here: across.compare itself builds on this module (document_meta, to_jsonable).
    from huazhongdian.across.compare import comparison_to_dict

    from huazhongdian.render.scorecard import comparison_scorecard, row_to_dict

    return {"document": document_meta(comparison.old.document, with_text=False),
            "comparison": comparison_to_dict(comparison),
            "scorecard": [row_to_dict(r) for r in comparison_scorecard(comparison)]}


def _realised(digest: Digest) -> dict[str, Any]:
    """The review's realised headline figures under their metric keys (``across.scorecard``)."""
    from huazhongdian.across.scorecard import realised_headlines

    # ``document`` would repeat this digest's own source (and differ between an upload and its file).
    return {key: {k: v for k, v in to_jsonable(r).items() if k != "document"}
            for key, r in realised_headlines(digest).items()}


def digest_to_dict(digest: Digest, previous: Comparison | None = None, *,
                   view: DigestView | None = None) -> dict[str, Any]:
    """The contract's digest object; with ``previous`` (``compare_digests(older, digest)``) it
    gains the top-level ``"previous"`` field, which is absent otherwise."""
    out = {
        "schema": SCHEMA,
        "lens": digest.lens,
        "document": document_meta(digest.document),
        "terms": to_jsonable(digest.terms),
        "keywords": to_jsonable(digest.keywords),
        "indicators": to_jsonable(digest.indicators),
        "targets": to_jsonable(digest.targets),
        "realised": _realised(digest),
        "items": to_jsonable(digest.items),
        "tasks": to_jsonable(digest.tasks),
        "entities": to_jsonable(digest.entities),
        "view": view_to_dict(view if view is not None else build_view(digest)),  # what every output shows (render.view)
    }
    if previous is not None:
        from huazhongdian.render.previous import check_newer

        check_newer(digest, previous)
        out["previous"] = previous_to_dict(previous)
    return out


def render_json(digest: Digest, previous: Comparison | None = None, *, view: DigestView | None = None) -> str:
    """The digest JSON text (``previous``, ``view``: see :func:`digest_to_dict`)."""
    return json.dumps(digest_to_dict(digest, previous, view=view), ensure_ascii=False, indent=1)
