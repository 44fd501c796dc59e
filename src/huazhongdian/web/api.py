"""JSON API routes (see docs/contract.md)."""

from __future__ import annotations

import json

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from huazhongdian.across.track import UNIT_KINDS
from huazhongdian.errors import HzdError
from huazhongdian.render import RENDERERS, render_bytes, renderer
from huazhongdian.render.across import render_track
from huazhongdian.render.json import digest_to_dict
from huazhongdian.render.view import build_view
from huazhongdian.web import library, service
from huazhongdian.web.common import ApiError, form_upload, read_digest_request

router = APIRouter()


@router.get("/api/health")
async def health() -> dict:
    return {"ok": True}


def previous_param(request: Request) -> int | None:
    """The optional ``?previous=ID`` (a library id), checked before any work; not digits → 400."""
    raw = request.query_params.get("previous")
    if raw is None:
        return None
    return query_id(raw, "previous")


def query_id(raw: str, name: str) -> int:
    """A library id given in the query string: not digits → 400; digits no document can have → 404."""
    if not (raw.isascii() and raw.isdigit()):
        raise ApiError(400, f"{name} must be a library document id, not {raw[:40]!r}")
    try:
        return library.check_id(raw)
    except HzdError as exc:
        raise ApiError(404, str(exc)) from None


@router.post("/api/digest")
async def api_digest(request: Request) -> JSONResponse:
    """The digest JSON (schema huazhongdian.digest/1) of an uploaded file or posted text.

    With ``?previous=ID`` (a library id) it gains the ``previous`` object that
    ``hzd digest FILE --previous OLD --format json`` adds; an unknown id is a 404.
    """
    previous = previous_param(request)
    if previous is not None:  # an unknown id fails before the upload is digested
        await run_in_threadpool(_check_known, _db(request), previous)
    if previous is None:  # digest and JSON both where the digest runs (a worker process with --workers)
        (d, body), _ = await read_digest_request(request, with_json=True)
        request.app.state.cache.put(d)
        return Response(body, media_type="application/json")
    d, _ = await read_digest_request(request)
    request.app.state.cache.put(d)
    try:
        comparison = await run_in_threadpool(library.compare_with_previous, _db(request), d, previous)
    except HzdError as exc:
        raise ApiError(404, str(exc)) from exc
    return JSONResponse(await run_in_threadpool(digest_to_dict, d, comparison))


def _check_known(db: str | None, doc_id: int) -> None:
    if not any(doc["id"] == doc_id for doc in library.list_documents(db)):
        raise ApiError(404, f"{doc_id}: no such document in the library")


def _check_format(fmt: str) -> str:
    if fmt not in RENDERERS:  # the live registry: a format registered after start-up is served too
        raise ApiError(400, f"unknown format {fmt!r}; choose one of {', '.join(RENDERERS)}")
    return fmt


def _download(d, fmt: str, view=None) -> Response:
    r = renderer(_check_format(fmt))
    body = render_bytes(d, fmt, view=view)
    stem = (d.document.meta.title or "digest").replace("/", "_").replace("\"", "")[:60]
    ext = r.suffix.lstrip(".")

    headers = {"content-disposition": f"attachment; filename*=UTF-8''{quote(stem)}.{ext}"}
    return Response(body, media_type=r.media_type, headers=headers)


@router.post("/api/render")
async def api_render(request: Request, format: str = "html") -> Response:
    """Digest and render in one call: ``?format=md|json|html|png|svg``."""
    _check_format(format)  # before the digest, so a bad format costs nothing
    d, _ = await read_digest_request(request)
    request.app.state.cache.put(d)
    return await run_in_threadpool(_download, d, format)


@router.get("/api/download/{sha}/{lens}/{fmt}")
async def api_download(request: Request, sha: str, lens: str, fmt: str) -> Response:
    """A recently computed digest, again, in another format."""
    d = await request.app.state.cache.digest(sha, lens)
    if d is None:
        raise ApiError(404, "that digest is no longer cached; digest the report again")
    return await run_in_threadpool(_download, d, fmt)


_EDIT_BODY_MAX = 2 * 1024 * 1024


def edited_view(d, raw_edit):
    """The digest's view with an edit applied (:mod:`huazhongdian.render.edit`); a bad edit → 400."""
    # deferred: render.edit loads on the first curated view, not at server start
    from huazhongdian.render.edit import CARD_POOL, apply_edit, load_edit

    try:
        return apply_edit(build_view(d, card_pool=CARD_POOL), load_edit(raw_edit))
    except HzdError as exc:
        raise ApiError(400, str(exc)) from None


@router.post("/api/edit-preview")
async def api_edit_preview(request: Request, format: str = "wechat") -> Response:
    """A cached digest rendered with an edit: JSON body ``{"sha256", "lens", "edit"}`` (the edit
    as ``hzd edit-template`` prints it), ``?format=wechat|html|md|json|png|svg`` (default wechat,
    the post; ``png`` the poster). A digest no longer cached is a 404, a bad edit a 400."""
    _check_format(format)
    body = await request.body()
    if len(body) > _EDIT_BODY_MAX:
        raise ApiError(413, "edit too large")
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "send JSON: {\"sha256\", \"lens\", \"edit\"}") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("edit"), dict):
        raise ApiError(400, "send JSON: {\"sha256\", \"lens\", \"edit\"}")
    d = await request.app.state.cache.digest(str(payload.get("sha256", "")), str(payload.get("lens", "general")))
    if d is None:
        raise ApiError(404, "that digest is no longer cached; digest the report again")
    view = await run_in_threadpool(edited_view, d, payload["edit"])
    return await run_in_threadpool(_download, d, format, view)


# --- the library ---------------------------------------------------------------------------

def _db(request: Request) -> str | None:
    return request.app.state.db_path


@router.get("/api/documents")
async def api_documents(request: Request, year: str = "", level: str = "", region: str = "",
                        kind: str = "") -> list:
    """Library documents, filtered by year, level, region, kind."""
    filters = {"year": year, "level": level, "region": region, "kind": kind}
    return await run_in_threadpool(library.list_documents, _db(request), filters)


@router.post("/api/documents")
async def api_add_document(request: Request) -> JSONResponse:
    """Add an uploaded report (multipart field ``file``) to the library."""
    form = await request.form()
    upload = form_upload(form)
    if upload is None:
        raise ApiError(400, "send the report as multipart field 'file'")
    data = await upload.read()
    result = await run_in_threadpool(library.add_upload, _db(request), data, upload.filename or "upload")
    return JSONResponse(result, status_code=201 if result["added"] else 200)


@router.get("/api/documents/{doc_id}")
async def api_document(request: Request, doc_id: str) -> dict:
    """A stored document's digest JSON; ``?previous=ID`` adds the ``previous`` object of
    ``hzd digest NEW --previous OLD --format json`` for library document ID."""
    previous = previous_param(request)
    try:
        doc_id = library.check_id(doc_id)
        if previous is None:
            return await run_in_threadpool(library.get_digest, _db(request), doc_id)
        d, comparison = await run_in_threadpool(library.digest_with_previous, _db(request), doc_id, previous)
    except HzdError as exc:
        raise ApiError(404, str(exc)) from exc
    return await run_in_threadpool(digest_to_dict, d, comparison)


def _filters(request: Request) -> dict:
    """``level``, ``kind``, ``region``, ``years=A-B`` of the query string (:func:`library.parse_filters`)."""
    return library.parse_filters(request.query_params)


@router.get("/api/trend")
async def api_trend(request: Request, by: str = "kind", format: str = "json") -> Response:
    """``?term=A&term=B`` (up to 6): each term's count and density in every library document.

    Each row names its ``series``: by ``kind`` (default) national reports, provincial reports and
    party-congress reports are separate series, flags computed along each; ``by=level|region``
    splits otherwise, ``by=year`` puts everything in one. ``level``, ``kind``, ``region``,
    ``years=A-B`` filter the documents. ``format=csv|svg|png`` downloads the rows or the chart.
    """
    if format not in library.TREND_FORMATS:
        raise ApiError(400, f"unknown format {format!r}; choose one of {', '.join(library.TREND_FORMATS)}")
    rows = await run_in_threadpool(library.trend_series, _db(request), request.query_params.getlist("term"),
                                   by, _filters(request))
    if format == "json":
        return JSONResponse(rows)
    if format == "csv":
        return _attachment(library.rows_csv(rows, library.TREND_COLUMNS), "text/csv; charset=utf-8", "trend.csv")
    if format == "svg":
        # deferred: web.charts (with markupsafe) loads on the first chart, not at server start
        from huazhongdian.web import charts

        return _attachment(str(charts.trend_svg(rows, standalone=True)), "image/svg+xml", "trend.svg")
    # deferred: matplotlib loads only for a PNG chart
    from huazhongdian.render.charts import render_trend_png

    named = [{**r, "term": f'{r["term"]} · {r["series"]}'} for r in rows]
    return _attachment(await run_in_threadpool(render_trend_png, named), "image/png", "trend.png")


def _attachment(body, media: str, name: str) -> Response:
    return Response(body, media_type=media, headers={"content-disposition": f'attachment; filename="{name}"'})


@router.get("/api/targets")
async def api_targets(request: Request, format: str = "json") -> Response:
    """Every stored headline target of the library's documents as plain records (``level``,
    ``kind``, ``region``, ``years=A-B`` filter them); ``format=csv`` for a spreadsheet."""
    if format not in ("json", "csv"):
        raise ApiError(400, f"unknown format {format!r}; choose json or csv")
    rows = await run_in_threadpool(library.target_records, _db(request), _filters(request))
    if format == "json":
        return JSONResponse(rows)
    return _attachment(library.rows_csv(rows, library.TARGET_COLUMNS), "text/csv; charset=utf-8", "targets.csv")


@router.get("/api/compare")
async def api_compare(request: Request, old: str, new: str, lens: str = "general") -> dict:
    """What changed between two library documents."""
    old, new = query_id(old, "old"), query_id(new, "new")
    service.check_lens(lens)
    try:
        return await run_in_threadpool(library.compare, _db(request), old, new, lens)
    except HzdError as exc:
        raise ApiError(404, str(exc)) from exc


def check_units(units: str) -> str:
    """The ``units`` of a track request, one of :data:`across.track.UNIT_KINDS`, else a 400."""
    if units not in UNIT_KINDS:
        raise ApiError(400, f"unknown units {units!r}; choose one of {', '.join(UNIT_KINDS)}")
    return units


@router.get("/api/track")
async def api_track(request: Request, plan: str, review: str, units: str = "auto") -> Response:
    """Which plans of library document ``plan`` (year N) show up in the review of ``review`` (year N+1).

    The body is exactly ``hzd track PLAN REVIEW --format json`` for the two stored reports:
    one row per plan unit, ``{plan: {text, start, end, theme}, status, score, evidence}``.
    """
    plan, review = query_id(plan, "plan"), query_id(review, "review")
    check_units(units)
    try:
        _, _, results = await run_in_threadpool(library.track, _db(request), plan, review, units)
    except HzdError as exc:
        raise ApiError(404, str(exc)) from exc
    # The CLI's own JSON renderer, so the two can never drift apart.
    return Response(render_track(results, "json"), media_type="application/json; charset=utf-8")


@router.get("/api/search")
async def api_search(request: Request, q: str = "", sort: str = "relevance") -> list:
    """Full-text search over the library, with highlighted snippets; ``level``, ``kind``,
    ``region``, ``years=A-B`` filter the documents, ``sort=relevance|year`` orders the hits."""
    return await run_in_threadpool(library.search_hits, _db(request), q, _filters(request), sort)


@router.get("/api/scorecard")
async def api_scorecard(request: Request, new: int, old: int | None = None, format: str = "json") -> Response:
    """目标完成情况 of library document ``new`` against ``old`` (default: its previous report).

    The body is exactly ``hzd scorecard OLD NEW --format json`` (or ``csv``) on the two stored reports.
    """
    # deferred: the scorecard modules load on the first scorecard request, not at server start
    from huazhongdian.render.scorecard import render_scorecard

    if format not in ("json", "csv"):
        raise ApiError(400, f"unknown format {format!r}; choose json or csv")
    try:
        _, rows = await run_in_threadpool(library.scorecard, _db(request), new, old)
    except HzdError as exc:
        raise ApiError(404, str(exc)) from exc
    media = "application/json" if format == "json" else "text/csv"
    return Response(render_scorecard(rows, format), media_type=f"{media}; charset=utf-8")


@router.get("/api/scorecard/all")
async def api_scorecard_all(request: Request, format: str = "json") -> Response:
    """The headline rows of every consecutive pair in the library: ``hzd scorecard --db DB --headline``."""
    # deferred: the scorecard modules load on the first scorecard request, not at server start
    from huazhongdian.render.scorecard import render_scorecard

    if format not in ("json", "csv"):
        raise ApiError(400, f"unknown format {format!r}; choose json or csv")
    rows = await run_in_threadpool(library.scorecard_all, _db(request))
    media = "application/json" if format == "json" else "text/csv"
    return Response(render_scorecard(rows, format), media_type=f"{media}; charset=utf-8")
