"""Digest → the ``huazhongdian.digest/1`` JSON object, and compare's JSON object (see docs/contract.md).

Decimals become JSON numbers in :mod:`huazhongdian.jsonable` (re-exported here), and only there.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from huazhongdian.jsonable import document_meta, to_jsonable
from huazhongdian.render.view import DigestView, build_view, view_to_dict
from huazhongdian.types import Digest

if TYPE_CHECKING:
    from huazhongdian.across.compare import Comparison

__all__ = ["SCHEMA", "comparison_to_dict", "digest_to_dict", "document_meta", "previous_to_dict",
           "render_json", "to_jsonable"]

SCHEMA = "huazhongdian.digest/1"


def comparison_to_dict(c: Comparison) -> dict[str, Any]:
    """The contract's compare JSON object."""
    return {
        "old": document_meta(c.old.document, with_text=False),
        "new": document_meta(c.new.document, with_text=False),
        "terms": [{"term": t.term, "old_count": t.old_count, "new_count": t.new_count,
                   "old_per_10k": float(t.old_per_10k), "new_per_10k": float(t.new_per_10k),
                   "status": t.status, "old_word_count": t.old_word_count,
                   "new_word_count": t.new_word_count} for t in c.terms],
        "targets": [{"metric": t.metric, "old": to_jsonable(t.old), "new": to_jsonable(t.new),
                     "change": t.change} for t in c.targets],
        "items_new": [to_jsonable(i) for i in c.items_new],
        "items_dropped": [to_jsonable(i) for i in c.items_dropped],
    }


def previous_to_dict(comparison: Comparison) -> dict[str, Any]:
    """The digest's optional ``previous`` object: the older report's metadata (no text) and the
    comparison exactly as ``hzd compare OLD NEW --format json`` prints it.

    Offsets keep compare's meaning: ``items_new`` index this digest's ``document.text``,
    ``items_dropped`` the older report's text, which is not included.
    """
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
