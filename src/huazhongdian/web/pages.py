"""Server-rendered pages. Templates autoescape every report string; the JS only reads data-* offsets."""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from huazhongdian.across.track import UNIT_KINDS, TrackResult
from huazhongdian.errors import HzdError
from huazhongdian.extract.targets import metric_keys, metric_labels
from huazhongdian.render.across import TRACK_STATUS_ZH
from huazhongdian.render.wording import message, word, wording, words
from huazhongdian.render import RENDERERS
from huazhongdian.render.view import build_view, listed_terms, source_paragraphs
from huazhongdian.store.library import Library
from huazhongdian.types import Digest
from huazhongdian.web import library
from huazhongdian.web.common import ApiError, read_digest_request, static_file
from huazhongdian.web.service import check_lens

router = APIRouter(include_in_schema=False)

LENSES = ("general", "science")


@lru_cache(maxsize=1)
def _env():
    # deferred: jinja2 (~10 ms) loads on the first page, not at server start (the JSON API needs none)
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("huazhongdian.web", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True))


def render_page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_env().get_template(name).render(**context), status_code=status)


def digest_context(d: Digest) -> dict[str, Any]:
    # deferred: render.edit loads on the first digest page, not at server start
    from huazhongdian.render.edit import CARD_POOL, edit_template

    terms = listed_terms(d)[:15]
    top = max((t.count for t in terms), default=1)
    view = build_view(d, card_pool=CARD_POOL)
    edit = edit_template(view)
    edit["document"]["lens"] = d.lens
    return {
        "d": d, "doc": d.document, "meta": d.document.meta,
        "terms": terms, "term_max": top,
        # The same view (lede, cards, bullets, targets) as the HTML digest, Markdown and the poster.
        "view": view, "edit": edit, "formats": [(r.name, r.label) for r in RENDERERS.values()],
        "paragraphs": source_paragraphs(d),
        "sha": d.document.sha256, "lens": d.lens,
    }


@router.get("/", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    return render_page("index.html", lenses=LENSES, active="digest")


@router.post("/digest", response_class=HTMLResponse)
async def digest_page(request: Request) -> HTMLResponse:
    try:
        d, _ = await read_digest_request(request)
    except (HzdError, ApiError) as exc:
        return render_page("index.html", status=400, lenses=LENSES, active="digest", error=str(exc))
    request.app.state.cache.put(d)
    return render_page("digest.html", active="digest", keep=True, **digest_context(d))


@router.get("/static/{name}")
async def static(name: str) -> Response:
    found = static_file(name)
    if found is None:
        raise ApiError(404, f"not found: /static/{name}")
    data, media = found
    return Response(data, media_type=media, headers={"cache-control": "max-age=3600"})


@router.get("/docs", response_class=HTMLResponse)
async def api_docs(request: Request) -> HTMLResponse:
    """A local, script-free rendering of the OpenAPI schema (Swagger UI would load a CDN)."""
    spec = request.app.openapi()
    routes = [{"method": m.upper(), "path": path, "summary": op.get("summary", ""),
               "doc": op.get("description", "")}
              for path, ops in spec.get("paths", {}).items() for m, op in ops.items()]
    return render_page("docs.html", routes=routes, active="docs")


# --- library pages -------------------------------------------------------------------------

async def _call(fn, *args):
    return await run_in_threadpool(fn, *args)


@router.get("/library", response_class=HTMLResponse)
async def library_page(request: Request) -> HTMLResponse:
    filters = {k: request.query_params.get(k, "") for k in library.FILTERS}
    all_docs = await _call(library.list_documents, request.app.state.db_path, {})
    docs = [d for d in all_docs if all(not v or str(d.get(k) or "") == v for k, v in filters.items())]
    return render_page("library.html", active="library", docs=docs, facets=library.facets(all_docs),
                       filters=filters, added=request.query_params.get("added"))


@router.post("/library", response_class=HTMLResponse)
async def library_add(request: Request) -> Response:
    form = await request.form()
    # Several files at once (<input multiple>): each is added or refused on its own.
    uploads = [u for u in form.getlist("file") if hasattr(u, "read")]
    if not uploads:
        return render_page("library.html", status=400, active="library", docs=[], facets={}, filters={},
                           error="请选择要加入文库的文件")
    ids, errors = [], []
    for upload in uploads:
        try:
            result = await _call(library.add_upload, request.app.state.db_path, await upload.read(),
                                 upload.filename or "upload")
            ids.append(str(result["id"]))
        except HzdError as exc:
            errors.append(str(exc))
    if errors:
        all_docs = await _call(library.list_documents, request.app.state.db_path, {})
        return render_page("library.html", status=400 if not ids else 200, active="library", docs=all_docs,
                           facets=library.facets(all_docs), filters={}, added="、".join(ids),
                           error="；".join(errors))

    return RedirectResponse(f"/library?added={','.join(ids)}", status_code=303)


@router.get("/library/{doc_id}", response_class=HTMLResponse)
async def library_document(request: Request, doc_id: str) -> HTMLResponse:
    lens = request.query_params.get("lens", "general")

    def load() -> Digest:
        with Library(request.app.state.db_path) as lib:
            return lib.load_digest(library.check_id(doc_id), check_lens(lens))

    try:
        doc_id = library.check_id(doc_id)
        d = await _call(load)
    except HzdError as exc:
        return render_page("index.html", status=404, lenses=LENSES, active="library", error=str(exc))
    request.app.state.cache.put(d)
    return render_page("digest.html", active="library", **digest_context(d), share_url=f"/d/{doc_id}",
                       **await previous_context(request.app.state.db_path, doc_id, d))


async def previous_context(db: str | None, doc_id: int, d: Digest) -> dict[str, Any]:
    """The "与上年相比" section of a library document's page: the view ``render.previous`` builds
    for the Markdown and HTML digests, against the library's previous report of the same region,
    level and kind (:func:`library.find_previous`), plus that report's id for the compare and
    track links. Empty when the library holds no such report."""
    # deferred: render.previous loads on the first page with a previous report, not at server start
    from huazhongdian.render.previous import build_previous_view

    older = await _call(library.previous_of, db, doc_id)
    if older is None:
        return {}
    comparison = await _call(library.compare_with_previous, db, d, older["id"])
    return {"previous": build_previous_view(d, comparison), "previous_id": older["id"], "this_id": doc_id}


@router.get("/compare", response_class=HTMLResponse)
async def compare_page(request: Request) -> HTMLResponse:
    docs = await _call(library.list_documents, request.app.state.db_path, {})
    old, new = request.query_params.get("old"), request.query_params.get("new")
    result, error = None, None
    status = 200
    if old or new:
        try:
            old_id, new_id = library.check_id(old or ""), library.check_id(new or "")
        except HzdError:
            status, error = 400, "请选择两篇文库报告（文库编号）"
        else:
            try:
                result = await _call(library.compare, request.app.state.db_path, old_id, new_id)
            except HzdError as exc:
                status, error = 404, str(exc)
    return render_page("compare.html", status=status, active="compare", docs=docs, old=old, new=new,
                       term_status=words("term_status"),
                       c=result, error=error)


def track_context(plan: Digest, review: Digest, results: list[TrackResult]) -> dict[str, Any]:
    """What the track page shows: one row per plan unit, counts per status and per theme, both texts."""
    rows = [{"status": r.status, "label": TRACK_STATUS_ZH.get(r.status, r.status), "score": r.score,
             "theme": r.plan.theme or "其他", "plan": r.plan, "evidence": r.evidence} for r in results]
    counts = OrderedDict((s, 0) for s in TRACK_STATUS_ZH)
    themes: OrderedDict[str, dict[str, int]] = OrderedDict()  # in the order the plan report raises them
    for row in rows:
        counts[row["status"]] = counts.get(row["status"], 0) + 1
        per = themes.setdefault(row["theme"], {s: 0 for s in TRACK_STATUS_ZH})
        per[row["status"]] = per.get(row["status"], 0) + 1
    pm, rm = plan.document.meta, review.document.meta
    # The CLI's Markdown warns about the same thing: a 2023 plan read against the 2025 review.
    mismatch = bool(pm.plan_year and rm.review_year and pm.plan_year != rm.review_year)
    return {"rows": rows, "counts": counts, "themes": themes,
            "plan_doc": plan.document, "review_doc": review.document, "mismatch": mismatch,
            "plan_paragraphs": source_paragraphs(plan), "review_paragraphs": source_paragraphs(review)}


def _default_pair(docs: list[dict[str, Any]]) -> tuple[str, str]:
    """The last two library documents (ordered by year): the likeliest plan → review pair."""
    ids = [str(d["id"]) for d in docs]
    return (ids[-2] if len(ids) > 1 else "", ids[-1] if ids else "")


@router.get("/track", response_class=HTMLResponse)
async def track_page(request: Request) -> HTMLResponse:
    docs = await _call(library.list_documents, request.app.state.db_path, {})
    params = request.query_params
    plan, review, units = params.get("plan", ""), params.get("review", ""), params.get("units", "auto")
    page = {"active": "track", "docs": docs, "units": units, "statuses": TRACK_STATUS_ZH}
    if not plan and not review:
        default_plan, default_review = _default_pair(docs)
        return render_page("track.html", plan=default_plan, review=default_review, **page)
    page.update(plan=plan, review=review)
    if not (plan.isascii() and plan.isdigit() and review.isascii() and review.isdigit()
            and len(plan) <= 18 and len(review) <= 18):
        return render_page("track.html", status=400, error="请选择计划报告和回顾报告（文库编号）", **page)
    if units not in UNIT_KINDS:
        return render_page("track.html", status=400, error=f"units 只能是 {'、'.join(UNIT_KINDS)}", **page)
    try:
        plan_d, review_d, results = await _call(library.track, request.app.state.db_path,
                                                int(plan), int(review), units)
    except HzdError as exc:
        return render_page("track.html", status=404, error=str(exc), **page)
    return render_page("track.html", **page, **track_context(plan_d, review_d, results))


def filter_context(request: Request, docs: list[dict[str, Any]]) -> dict[str, Any]:
    """The filter bar's menus (level, kind, region with their Chinese names) and the current values."""
    facets = library.facets(docs)
    return {"f": {k: request.query_params.get(k, "") for k in ("level", "kind", "region", "years")},
            "menus": {"level": [(v, word("level", v)) for v in facets["level"]],
                      "kind": [(v, word("kind", v)) for v in facets["kind"]],
                      "region": [(v, v) for v in facets["region"]]}}


def _page_filters(request: Request) -> tuple[dict[str, Any], str | None]:
    try:
        return library.parse_filters(request.query_params), None
    except HzdError as exc:
        return {}, exc.reason


@router.get("/trend", response_class=HTMLResponse)
async def trend_page(request: Request) -> HTMLResponse:
    """Up to six terms on a real time axis, one series per kind of document unless ``by`` says otherwise."""
    # deferred: web.charts (with markupsafe) loads on the first chart page, not at server start
    from huazhongdian.web import charts

    db = request.app.state.db_path
    terms = [t.strip() for t in request.query_params.getlist("term") if t.strip()]
    by = request.query_params.get("by", "kind")
    filters, error = _page_filters(request)
    rows: list[dict[str, Any]] = []
    if terms and error is None:
        try:
            rows = await _call(library.trend_series, db, terms, by, filters)
        except HzdError as exc:
            error = exc.reason
    docs = await _call(library.list_documents, db, {})
    query = request.url.query
    return render_page("trend.html", status=400 if error else 200, active="trend", terms=terms, by=by,
                       by_choices=[(b, wording()["by"][b]) for b in library.TREND_BY], rows=rows,
                       svg=charts.trend_svg(rows) if rows else None, legend=charts.legend(rows),
                       flags=wording()["flag"], max_terms=library.MAX_TERMS, query=query, error=error,
                       **filter_context(request, docs))


@router.get("/targets", response_class=HTMLResponse)
async def targets_page(request: Request) -> HTMLResponse:
    """Targets of the filtered library as compact values (the clause on hover or click), a chart
    per metric over the years, and CSV/JSON downloads of the same records (``/api/targets``)."""
    # deferred: render.scorecard and web.charts load on the first targets page, not at server start
    from huazhongdian.render.scorecard import metric_charts
    from huazhongdian.web import charts

    db = request.app.state.db_path
    filters, error = _page_filters(request)
    records = await _call(library.target_records, db, filters)
    docs = await _call(library.list_documents, db, {})
    shown = [d for d in docs if library.keep(d, filters)]
    keys = [k for k in metric_order() if any(r["metric"] == k for r in records)]
    cells: dict[int, dict[str, dict[str, Any]]] = {}
    for r in records:
        cells.setdefault(r["document_id"], {}).setdefault(r["metric"], r)
    rows = [{"doc": d, "cells": cells.get(d["id"], {})} for d in shown]

    sc_charts = metric_charts(await _call(library.scorecard_all, db), labels=wording()["metric"]) if not filters else []

    return render_page("targets.html", status=400 if error else 200, active="targets", keys=keys, rows=rows,
                       labels=wording()["metric"], charts=charts.target_charts(records), scorecard_charts=sc_charts,
                       query=request.url.query, error=error, **filter_context(request, docs))


def metric_order() -> tuple[str, ...]:
    return metric_keys()


@router.get("/search", response_class=HTMLResponse)
async def search_page(request: Request) -> HTMLResponse:
    """Hits with a count, filters, two orders; each hit opens its passage, marked, in the document."""
    db = request.app.state.db_path
    q = request.query_params.get("q", "")
    sort = request.query_params.get("sort", "relevance")
    filters, error = _page_filters(request)
    hits: list[dict[str, Any]] = []
    if q.strip() and error is None:
        try:
            hits = await _call(library.search_hits, db, q, filters, sort)
        except HzdError as exc:
            error = exc.reason
    docs = await _call(library.list_documents, db, {})
    return render_page("search.html", status=400 if error else 200, active="search", q=q, sort=sort,
                       sorts=wording()["sort"], hits=hits, n_docs=len({h["document_id"] for h in hits}),
                       kind_word=lambda k: word("kind", k), error=error, **filter_context(request, docs))


@router.get("/library/{doc_id}/passage", response_class=HTMLResponse)
async def passage_page(request: Request, doc_id: str) -> HTMLResponse:
    """A library document's text with ``start``–``end`` marked; the page opens scrolled to it (``#hit``)."""
    params = request.query_params
    start, end = params.get("start", ""), params.get("end", "")
    if not (start.isascii() and start.isdigit() and end.isascii() and end.isdigit() and len(start + end) < 19):
        return render_page("passage.html", status=400, active="search", error=message("bad_offsets"))
    try:
        view = await _call(library.passage, request.app.state.db_path, library.check_id(doc_id), int(start), int(end))
    except HzdError as exc:
        return render_page("passage.html", status=404, active="search", error=exc.reason
                           if "文" in exc.reason or "段" in exc.reason else message("bad_id"))
    return render_page("passage.html", active="search", q=params.get("q", ""), **view)


def scorecard_rows(rows: list) -> list[dict[str, Any]]:
    """The scorecard page's cells: compact values, with each clause for the hover."""
    # deferred: render.scorecard loads on the first scorecard page, not at server start
    from huazhongdian.render.scorecard import compact_realised, compact_target

    labels = metric_labels()
    return [{"year": r.ledger.target.year or "", "metric": labels.get(r.ledger.target.metric, r.ledger.target.metric),
             "theme": r.ledger.theme, "source": r.ledger.source, "target": compact_target(r.ledger.target),
             "target_text": r.ledger.target.text, "realised": compact_realised(r),
             "realised_text": r.realised.text if r.realised else "", "status": r.status, "verdict": r.verdict_text}
            for r in rows]


@router.get("/scorecard", response_class=HTMLResponse)
async def scorecard_page(request: Request) -> HTMLResponse:
    """目标完成情况 of a library report (``?new=ID``, optionally ``&old=ID``)."""
    docs = await _call(library.list_documents, request.app.state.db_path, {})
    new, old = request.query_params.get("new"), request.query_params.get("old") or None
    page = {"active": "scorecard", "docs": docs, "new": new, "old": old}
    if not new:
        return render_page("scorecard.html", **page)
    if not new.isdigit() or (old is not None and not old.isdigit()):
        return render_page("scorecard.html", status=400, error="请选择文库中的报告（文库编号）", **page)
    try:
        older, rows = await _call(library.scorecard, request.app.state.db_path, int(new),
                                  int(old) if old else None)
    except HzdError as exc:
        return render_page("scorecard.html", status=404, error=str(exc), **page)
    return render_page("scorecard.html", older=older, rows=scorecard_rows(rows), **page)
