"""Every JSON shape of the project (see docs/contract.md): the ``huazhongdian.digest/1`` digest
object, compare's object, track's list, trend's rows and search hits. across/ returns data;
these functions give it its JSON form.

Decimals become JSON numbers in :mod:`huazhongdian.jsonable` (re-exported here), and only there.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from huazhongdian.jsonable import to_jsonable
from huazhongdian.render.view import DigestView, build_view, view_to_dict
from huazhongdian.render.wording import words
from huazhongdian.types import Digest, Document

if TYPE_CHECKING:
    from huazhongdian.across.compare import Comparison, TargetChange
    from huazhongdian.across.track import TrackResult
    from huazhongdian.across.trend import TrendRow

__all__ = ["SCHEMA", "comparison_to_dict", "digest_to_dict", "document_meta", "hits_to_list",
           "previous_to_dict", "render_json", "target_change_text", "to_jsonable", "track_to_list",
           "trend_to_rows"]

SCHEMA = "huazhongdian.digest/1"


def document_meta(doc: Document, with_text: bool = True) -> dict[str, Any]:
    """The contract's ``document`` object (``with_text=False`` drops the text, for compare)."""
    out: dict[str, Any] = to_jsonable(doc.meta)
    out.update(chars=doc.chars, sha256=doc.sha256, source=doc.source, warnings=list(doc.warnings))
    if with_text:
        out["text"] = doc.text
    return out


def target_change_text(t: TargetChange) -> str:
    """The compare row's "change" cell: ``"3%左右 → 2%左右"``, ``"新增 5%左右"``, ``"5%左右 → 未提"``,
    ``"不变 2%左右"`` (``data/wording.toml``, section ``target_change``)."""
    # deferred: across.compare loads only for a digest with a previous report
    from huazhongdian.across.compare import target_phrase

    return words("target_change")[t.status].format(old=target_phrase(t.old) if t.old is not None else "",
                                                   new=target_phrase(t.new) if t.new is not None else "")


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
                     "change": target_change_text(t)} for t in c.targets],
        "items_new": [to_jsonable(i) for i in c.items_new],
        "items_dropped": [to_jsonable(i) for i in c.items_dropped],
    }


def previous_to_dict(comparison: Comparison) -> dict[str, Any]:
    """The digest's optional ``previous`` object: the older report's metadata (no text) and the
    comparison exactly as ``hzd compare OLD NEW --format json`` prints it.

    Offsets keep compare's meaning: ``items_new`` index this digest's ``document.text``,
    ``items_dropped`` the older report's text, which is not included.
    """
    # deferred: render.scorecard loads only for a digest with a previous report
    from huazhongdian.render.scorecard import comparison_scorecard, row_to_dict

    return {"document": document_meta(comparison.old.document, with_text=False),
            "comparison": comparison_to_dict(comparison),
            "scorecard": [row_to_dict(r) for r in comparison_scorecard(comparison)]}


def _realised(digest: Digest) -> dict[str, Any]:
    """The review's realised headline figures under their metric keys (``across.scorecard``)."""
    # deferred: across.scorecard (~8 ms) loads only when JSON is written (render.json loads for Markdown too)
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
        # deferred: render.previous loads only for a digest with a previous report
        from huazhongdian.render.previous import check_newer

        check_newer(digest, previous)
        out["previous"] = previous_to_dict(previous)
    return out


def render_json(digest: Digest, previous: Comparison | None = None, *, view: DigestView | None = None) -> str:
    """The digest JSON text (``previous``, ``view``: see :func:`digest_to_dict`)."""
    return json.dumps(digest_to_dict(digest, previous, view=view), ensure_ascii=False, indent=1)


def track_to_list(results: Sequence[TrackResult]) -> list[dict[str, Any]]:
    """The contract's track JSON: one object per plan unit (``hzd track --format json``)."""
    return [{"plan": {"text": r.plan.text, "start": r.plan.start, "end": r.plan.end, "theme": r.plan.theme},
             "status": r.status, "score": float(r.score),
             "evidence": ({"text": r.evidence.text, "start": r.evidence.start, "end": r.evidence.end}
                          if r.evidence is not None else None)} for r in results]


def trend_to_rows(rows: Sequence[TrendRow]) -> list[dict[str, Any]]:
    """The contract's trend JSON rows: term, year, document, count, per_10k (+ id, region, flags)."""
    return [{"term": r.term, "year": r.year, "document": r.document, "count": r.count,
             "per_10k": float(r.per_10k), "word_count": r.word_count, "document_id": r.document_id,
             "region": r.region, "kind": r.kind, "level": r.level, "series": r.series,
             "flags": list(r.flags)} for r in rows]


def hits_to_list(hits: Sequence[Any]) -> list[dict[str, Any]]:
    """Search hits (:class:`huazhongdian.store.library.SearchHit`) as ``hzd search --format json`` prints them."""
    return [{"document_id": h.document_id, "title": h.title, "year": h.year, "region": h.region,
             "path": h.path, "start": h.start, "end": h.end, "snippet": h.snippet} for h in hits]
