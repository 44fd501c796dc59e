"""The library as the web app sees it: thin calls into ``store`` and ``across``, one connection per call.

Every function here is synchronous and is run off the event loop by the routes.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

from huazhongdian.across.compare import Comparison, compare_digests
from huazhongdian.extract.targets import metric_keys
from huazhongdian.render.json import comparison_to_dict
from huazhongdian.across.track import TrackResult
from huazhongdian.across.track import track as run_track
from huazhongdian.across.trend import compute_trend
from huazhongdian.render.json import trend_to_rows
from huazhongdian.errors import BadInput
from huazhongdian.render.wording import message, word
from huazhongdian.store.batch import record_document
from huazhongdian.store.filters import LibraryFilter, parse_years as cli_years
from huazhongdian.store.library import Library, check_id  # noqa: F401 - check_id is used by pages too
from huazhongdian.types import Digest, Target
from huazhongdian.web.service import read_upload, upload_name

FILTERS = ("year", "level", "region", "kind")


def list_documents(db: str | None, filters: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Library documents (metadata only), filtered by exact year/level/region/kind when given."""
    wanted = {k: v for k, v in (filters or {}).items() if k in FILTERS and v not in (None, "")}
    with Library(db) as lib:
        docs = [{**d, "path": public_name(d["path"])} for d in lib.documents()]
    return [d for d in docs if all(str(d.get(k) or "") == str(v) for k, v in wanted.items())]


def public_name(path: str | None) -> str:
    """What a client may see of a stored path: the file name (or the URL), never the server's folders."""
    if not path or "://" in path:
        return path or ""
    return upload_name(path)


def facets(docs: list[dict[str, Any]]) -> dict[str, list[str]]:
    """The distinct values of each filter among the documents, for the filter menus."""
    return {k: sorted({str(d[k]) for d in docs if d.get(k) not in (None, "")}) for k in FILTERS}


def get_digest(db: str | None, doc_id: int) -> dict[str, Any]:
    with Library(db) as lib:
        answer = lib.digest_dict(check_id(doc_id))
    document = answer.get("document")
    if isinstance(document, dict) and "source" in document:
        document["source"] = public_name(document["source"])
    return answer


def add_upload(db: str | None, data: bytes, filename: str) -> dict[str, Any]:
    """Read, digest and store one uploaded report; adding the same text twice changes nothing.

    After reading, this is the step ``hzd add`` runs on a file (:func:`record_document`).
    """
    name = upload_name(filename)
    doc = read_upload(data, filename)
    with Library(db) as lib:
        record = record_document(doc, name, len(data), known=lib)
        doc_id = None if isinstance(record, str) else lib.add_record(record)
        if doc_id is None:  # already stored, perhaps by a concurrent upload of the same text
            return {"ok": True, "id": lib.id_of(doc.sha256), "added": False}
    return {"ok": True, "id": doc_id, "added": True}


def trend(db: str | None, terms: list[str], by: str = "year") -> list[dict[str, Any]]:
    terms = [t.strip() for t in terms if t and t.strip()]
    if not terms:
        raise BadInput("term", "give at least one term")
    if by not in ("year", "region"):
        raise BadInput("by", "choose year or region")
    with Library(db) as lib:
        return trend_to_rows(compute_trend(terms, lib.texts(), by=by))


def compare(db: str | None, old: int, new: int, lens: str = "general") -> dict[str, Any]:
    with Library(db) as lib:
        return comparison_to_dict(compare_digests(lib.load_digest(check_id(old), lens),
                                                  lib.load_digest(check_id(new), lens)))


def find_previous(docs: list[dict[str, Any]], doc_id: int) -> dict[str, Any] | None:
    """The library document to set ``doc_id`` against under "与上年相比", or None.

    Same region (:func:`same_region`), level and kind (a 党代会报告 is not last year's
    政府工作报告), and the
    nearest earlier year: last year's report when the library holds it, else the latest one
    before. National reports have no region (``""``), so an empty region matches an empty one;
    documents without a year or level are never paired, as a guess would put a wrong
    "与上年相比" on the page. Of two candidates of one year the later-added one wins.

    Example: with Hailar's 2014 and 2016 reports stored, 2016's previous is 2014's.
    """
    me = next((d for d in docs if d["id"] == doc_id), None)
    if me is None or not (me.get("year") and me.get("level")):
        return None

    def key(d: dict[str, Any]) -> tuple[str, str]:
        return (d.get("level") or "", d.get("kind") or "")

    same = [d for d in docs if d["id"] != doc_id and d.get("year") and d["year"] < me["year"]
            and key(d) == key(me) and same_region(d.get("region") or "", me.get("region") or "")]
    return max(same, key=lambda d: (d["year"], d["id"]), default=None)


def same_region(a: str, b: str) -> bool:
    """Whether two reports' regions name one place: equal, or one the other with its parents
    spelled out. Hailar's 2019 report calls itself 呼伦贝尔市海拉尔区 and its 2018 report 海拉尔区."""
    return a == b or (bool(a) and bool(b) and (a.endswith(b) or b.endswith(a)))


def previous_of(db: str | None, doc_id: int) -> dict[str, Any] | None:
    """The metadata of ``doc_id``'s previous report in the library (:func:`find_previous`)."""
    return find_previous(list_documents(db), doc_id)


def digest_with_previous(db: str | None, doc_id: int, previous: int,
                         lens: str = "general") -> tuple[Digest, Comparison]:
    """Document ``doc_id``'s digest and its comparison with document ``previous``: what
    ``hzd digest NEW --previous OLD`` computes, on the two stored texts with one lens.

    Raises:
        BadInput: either id is not in the library.
    """
    with Library(db) as lib:
        new_digest = lib.load_digest(check_id(doc_id), lens)
        old_digest = lib.load_digest(check_id(previous), lens)
    return new_digest, compare_digests(old_digest, new_digest)


def compare_with_previous(db: str | None, d: Digest, previous: int) -> Comparison:
    """An already computed digest (an upload) against library document ``previous``, in ``d``'s lens."""
    with Library(db) as lib:
        old_digest = lib.load_digest(check_id(previous), d.lens)
    return compare_digests(old_digest, d)


def track(db: str | None, plan: int, review: int, units: str = "auto") -> tuple[Digest, Digest, list[TrackResult]]:
    """Year N's plans (document ``plan``) against year N+1's review (document ``review``).

    The same call as ``hzd track PLAN REVIEW``: both stored texts digested with the general
    lens, then :func:`huazhongdian.across.track.track`. Returns both digests too, for the
    page's source panes. An unknown id raises :class:`~huazhongdian.errors.BadInput`.
    """
    with Library(db) as lib:
        plan_digest, review_digest = lib.load_digest(check_id(plan)), lib.load_digest(check_id(review))
    return plan_digest, review_digest, run_track(plan_digest, review_digest, units)


def search(db: str | None, query: str, limit: int = 30) -> list[dict[str, Any]]:
    if not query.strip():
        raise BadInput("q", "empty query")
    with Library(db) as lib:
        hits = lib.search(query.strip(), limit=limit)
    return [{"document_id": h.document_id, "title": h.title, "year": h.year, "region": h.region,
             "path": public_name(h.path), "start": h.start, "end": h.end, "snippet": h.snippet} for h in hits]


def targets_table(db: str | None) -> tuple[list[str], list[dict[str, Any]]]:
    """Stored targets of every library document: (metric keys in use, one row per document).

    Read from the library's targets table, not by re-parsing each stored digest.
    """
    with Library(db) as lib:
        docs, targets = lib.documents(), lib.targets()
    cells: dict[int, dict[str, dict[str, Any]]] = {}
    for t in targets:
        cells.setdefault(t["document_id"], {})[t["metric"]] = t
    used = {t["metric"] for t in targets}
    rows = [{"doc": meta, "cells": cells.get(meta["id"], {})} for meta in docs]
    return [k for k in metric_keys() if k in used], rows


def scorecard(db: str | None, new: int, old: int | None = None) -> tuple[dict[str, Any] | None, list]:
    """目标完成情况 of library document ``new``: the ledger of ``old`` (default: the library's
    previous report of the same region, level and kind, :func:`find_previous`) against ``new``'s
    review — the same call as ``hzd scorecard OLD NEW``. Returns (old's metadata or None, rows)."""
    # deferred: across.scorecard (~8 ms) loads on the first scorecard request, not at server start
    from huazhongdian.across.scorecard import scorecard as run_scorecard
    from huazhongdian.across.scorecard import scorecard_digest

    docs = list_documents(db)
    if not any(d["id"] == new for d in docs):
        raise BadInput(str(new), "no such document in the library")
    older = next((d for d in docs if d["id"] == old), None) if old is not None else find_previous(docs, new)
    if old is not None and older is None:
        raise BadInput(str(old), "no such document in the library")
    if older is None:
        return None, []
    with Library(db) as lib:
        new_digest = scorecard_digest(lib.document(check_id(new)))
        old_digest = scorecard_digest(lib.document(older["id"]))
    return older, run_scorecard(old_digest, new_digest)


def scorecard_all(db: str | None) -> list:
    """The headline scorecard rows of every consecutive pair in the library (``hzd scorecard --db``)."""
    # deferred: across.scorecard (~8 ms) loads on the first scorecard request, not at server start
    from huazhongdian.across.scorecard import consecutive_pairs, scorecard_digest
    from huazhongdian.across.scorecard import scorecard as run_scorecard

    rows: list = []
    with Library(db) as lib:
        cache: dict[int, Digest] = {}

        def load(doc_id: int) -> Digest:
            if doc_id not in cache:
                cache[doc_id] = scorecard_digest(lib.document(doc_id))
            return cache[doc_id]

        for old, new in consecutive_pairs(lib.documents()):
            rows += [r for r in run_scorecard(load(old["id"]), load(new["id"])) if r.ledger.source != "task"]
    return rows


# --- the researcher's filters (level, kind, region, years) on the library pages -------------
# The same four filters as the CLI's (``--level --kind --region --years A-B``); parsed here
# from the query string so the pages, /api/targets, /api/trend and /api/search share them.

MAX_TERMS = 6
TREND_BY = ("kind", "level", "region", "year")
SEARCH_SORTS = ("relevance", "year")


def parse_years(raw: str) -> tuple[int | None, int | None] | None:
    """``2004-2026`` (or ``2004–2026``, ``2024``, ``2020-``) → (2004, 2026); "" → None — the CLI's
    ``--years`` (:func:`huazhongdian.store.filters.parse_years`), with the page's Chinese message.

    Raises:
        BadInput: anything else.
    """

    raw = (raw or "").strip()
    if not raw:
        return None
    try:
        return cli_years(raw)
    except BadInput:
        raise BadInput("years", message("bad_years")) from None


def parse_filters(params: Any) -> dict[str, Any]:
    """The filters of a request's query string: ``level``, ``kind``, ``region`` and ``years`` (a
    range, :func:`parse_years`); empty values are no filter. The pages keep them as a dict (their
    forms show them again); :func:`keep` applies them as the CLI's :class:`LibraryFilter` does."""
    out: dict[str, Any] = {k: str(params.get(k) or "").strip() for k in ("level", "kind", "region")}
    out["years"] = parse_years(str(params.get("years") or ""))
    return {k: v for k, v in out.items() if v}


def library_filter(filters: dict[str, Any]) -> LibraryFilter:
    """The page's filters as the one library filter the CLI and the notebook API use."""
    return LibraryFilter(level=filters.get("level") or None, kind=filters.get("kind") or None,
                         region=filters.get("region") or None, years=filters.get("years"))


def keep(meta: dict[str, Any], filters: dict[str, Any]) -> bool:
    """Whether a document's metadata passes the filters, as on the command line: a year range
    drops undated documents, a region matches its own name or a longer one it begins (安徽 →
    安徽省), and 国家/全国 select the national documents."""
    return library_filter(filters).matches(meta)


def filtered_documents(db: str | None, filters: dict[str, Any]) -> list[dict[str, Any]]:
    return [d for d in list_documents(db) if keep(d, filters)]


def series_key(meta: dict[str, Any], by: str) -> str:
    """The series a document belongs to in a trend: by ``kind`` (the default) its level and kind
    together — national reports, provincial reports and party-congress reports are three series —,
    by ``level`` its level, by ``region`` its region, by ``year`` one series for everything."""
    level, kind = word("level", meta.get("level") or ""), word("kind", meta.get("kind") or "other")
    if by == "kind":
        return f"{level}{kind}" if level else kind
    if by == "level":
        return level or "未定层级"
    if by == "region":
        return meta.get("region") or "全国"
    return "全部"


def trend_series(db: str | None, terms: list[str], by: str = "kind",
                 filters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The contract's trend rows plus ``series`` (the :func:`series_key` of the row's document),
    flags computed along each series, for at most :data:`MAX_TERMS` terms."""
    terms = [t for t in dict.fromkeys(t.strip() for t in terms if t and t.strip())]
    if not terms:
        raise BadInput("term", message("no_term"))
    if len(terms) > MAX_TERMS:
        raise BadInput("term", message("too_many_terms", n=MAX_TERMS))
    if by not in TREND_BY:
        raise BadInput("by", message("bad_by", choices="、".join(word("by", b) for b in TREND_BY)))
    metas = {d["id"]: d for d in list_documents(db) if keep(d, filters or {})}
    groups: dict[str, list[tuple[dict[str, Any], str]]] = {}
    with Library(db) as lib:
        for meta, text in lib.texts():
            if meta["id"] in metas:
                groups.setdefault(series_key(metas[meta["id"]], by), []).append((meta, text))
    rows: list[dict[str, Any]] = []
    for term in terms:
        for key in sorted(groups):
            for row in trend_to_rows(compute_trend([term], groups[key], by="year")):
                meta = metas[row["document_id"]]
                rows.append({**row, "series": key, "kind": meta.get("kind") or "", "level": meta.get("level") or ""})
    return rows


def target_records(db: str | None, filters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """One plain record per stored headline target of the filtered documents (``/api/targets``):
    the document's id, title, year, region, level and kind; the metric key and its Chinese name;
    value, low, high, ``point`` (value, or the midpoint of a range) as floats; unit, qualifier,
    absent; the compact wording (5%左右, 6.5–7%); the clause and its offsets."""
    # deferred: render.scorecard loads on the first targets request, not at server start
    from huazhongdian.render.scorecard import compact_target

    docs = {d["id"]: d for d in list_documents(db) if keep(d, filters or {})}
    with Library(db) as lib:
        stored = lib.targets()
    out = []
    for t in stored:
        meta = docs.get(t["document_id"])
        if meta is None:
            continue
        nums = {k: _decimal(t[k]) for k in ("value", "low", "high")}
        point = nums["value"] if nums["value"] is not None else (
            (nums["low"] + nums["high"]) / 2 if nums["low"] is not None and nums["high"] is not None else None)
        target = Target(metric=t["metric"], year=t["year"], value=nums["value"], low=nums["low"], high=nums["high"],
                        unit=t["unit"] or "", qualifier=t["qualifier"], absent=t["absent"], text=t["text"],
                        start=t["start"], end=t["end"], point=point)
        out.append({"document_id": meta["id"], "document": meta.get("title") or meta["path"],
                    "year": t["year"] if t["year"] is not None else meta.get("year"),
                    "region": meta.get("region") or "", "level": meta.get("level") or "",
                    "kind": meta.get("kind") or "", "metric": t["metric"], "label": word("metric", t["metric"]),
                    "value": _float(nums["value"]), "low": _float(nums["low"]), "high": _float(nums["high"]),
                    "point": _float(point), "unit": target.unit, "qualifier": t["qualifier"],
                    "absent": t["absent"], "compact": "不设" if t["absent"] else compact_target(target),
                    "text": t["text"], "start": t["start"], "end": t["end"]})
    return out


def _decimal(v: Any):
    return None if v is None else Decimal(str(v))


def _float(v: Any) -> float | None:
    return None if v is None else float(v)


def search_hits(db: str | None, query: str, filters: dict[str, Any] | None = None,
                sort: str = "relevance", limit: int = 500) -> list[dict[str, Any]]:
    """Search hits (:func:`search`) of the filtered documents, with the document's kind and level,
    best first (``relevance``) or newest first (``year``)."""
    if not query.strip():
        raise BadInput("q", message("empty_query"))
    if sort not in SEARCH_SORTS:
        raise BadInput("sort", message("bad_sort", choices="、".join(word("sort", s) for s in SEARCH_SORTS)))
    docs = {d["id"]: d for d in list_documents(db) if keep(d, filters or {})}
    hits = [{**h, "kind": docs[h["document_id"]].get("kind") or "", "level": docs[h["document_id"]].get("level") or ""}
            for h in search(db, query, limit=limit) if h["document_id"] in docs]
    if sort == "year":
        hits.sort(key=lambda h: (-(h["year"] or 0), h["document_id"], h["start"]))
    return hits


def passage(db: str | None, doc_id: int, start: int, end: int) -> dict[str, Any]:
    """A stored document's text cut around ``start``–``end`` for the passage view: its title and
    metadata, and paragraphs as ``(start, text before, marked text, text after)`` — the marked
    part is ``text[start:end]`` exactly.

    Raises:
        BadInput: no such document, or offsets outside its text.
    """
    with Library(db) as lib:
        try:
            doc = lib.document(check_id(doc_id))
        except BadInput:
            raise BadInput(str(doc_id), message("no_document", id=doc_id)) from None
    text = doc.text
    if not (0 <= start <= end <= len(text)) or start == end:
        raise BadInput("start", message("bad_offsets"))
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        if not line.strip():
            continue
        if hi <= start or lo >= end:
            paragraphs.append({"start": lo, "before": line, "hit": "", "after": ""})
        else:
            a, b = max(start, lo) - lo, min(end, hi) - lo
            paragraphs.append({"start": lo, "before": line[:a], "hit": line[a:b], "after": line[b:],
                               "anchor": not any(p["hit"] for p in paragraphs)})
    return {"meta": doc.meta, "id": doc_id, "start": start, "end": end, "hit": text[start:end],
            "paragraphs": paragraphs}


TREND_FORMATS = ("json", "csv", "svg", "png")
TREND_COLUMNS = ("term", "series", "year", "document", "document_id", "region", "level", "kind", "count",
                 "word_count", "per_10k", "flags")
TARGET_COLUMNS = ("year", "region", "level", "kind", "document", "document_id", "metric", "label", "compact",
                  "value", "low", "high", "point", "unit", "qualifier", "absent", "text", "start", "end")


def rows_csv(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    """Records as CSV with the given columns (lists joined with ``,``; None as empty)."""

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow(["," .join(v) if isinstance(v, list) else ("" if v is None else v)
                         for v in (r.get(c) for c in columns)])
    return buf.getvalue()
