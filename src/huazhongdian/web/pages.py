"""Server-rendered pages. Templates autoescape every report string; the JS only reads data-* offsets."""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from huazhongdian.across.track import UNIT_KINDS, TrackResult
from huazhongdian.errors import HzdError
from huazhongdian.render.across import TRACK_STATUS_ZH
from huazhongdian.render import RENDERERS
from huazhongdian.render.view import build_view, source_paragraphs
from huazhongdian.types import Digest
from huazhongdian.web import library
from huazhongdian.web.app import ApiError, form_upload, read_digest_request, static_file

router = APIRouter(include_in_schema=False)

LENSES = ("general", "science")


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("huazhongdian.web", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True))


def render_page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_env().get_template(name).render(**context), status_code=status)


def digest_context(d: Digest) -> dict[str, Any]:
    from huazhongdian.render.edit import CARD_POOL, edit_template

    terms = [t for t in d.terms if t.count][:15]
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
    from starlette.concurrency import run_in_threadpool

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
    from fastapi.responses import RedirectResponse

    return RedirectResponse(f"/library?added={','.join(ids)}", status_code=303)


@router.get("/library/{doc_id}", response_class=HTMLResponse)
async def library_document(request: Request, doc_id: str) -> HTMLResponse:
    lens = request.query_params.get("lens", "general")
    from huazhongdian.store.library import Library
    from huazhongdian.web.service import check_lens

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


@router.get("/trend", response_class=HTMLResponse)
async def trend_page(request: Request) -> HTMLResponse:
    terms = [t for t in request.query_params.getlist("term") if t.strip()]
    rows, error = [], None
    if terms:
        try:
            rows = await _call(library.trend, request.app.state.db_path, terms)
        except HzdError as exc:
            error = str(exc)
    return render_page("trend.html", active="trend", terms=terms, rows=rows, chart=trend_chart(rows), error=error)


@router.get("/targets", response_class=HTMLResponse)
async def targets_page(request: Request) -> HTMLResponse:
    keys, rows = await _call(library.targets_table, request.app.state.db_path)
    from huazhongdian.extract.targets import metric_labels

    from huazhongdian.render.scorecard import metric_charts

    charts = metric_charts(await _call(library.scorecard_all, request.app.state.db_path))
    return render_page("targets.html", active="targets", keys=keys, rows=rows, labels=metric_labels(),
                       scorecard_charts=charts)


@router.get("/search", response_class=HTMLResponse)
async def search_page(request: Request) -> HTMLResponse:
    q = request.query_params.get("q", "")
    hits, error = [], None
    if q.strip():
        try:
            hits = await _call(library.search, request.app.state.db_path, q)
        except HzdError as exc:
            error = str(exc)
    return render_page("search.html", active="search", q=q, hits=hits, error=error)


def trend_chart(rows: list[dict[str, Any]], width: int = 640, height: int = 220) -> dict[str, Any]:
    """Polyline coordinates of per-10k density by document order, one series per term (drawn as SVG)."""
    series: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    for r in rows:
        series.setdefault(r["term"], []).append(r)
    peak = max((float(r["per_10k"]) for r in rows), default=0) or 1.0
    n = max((len(v) for v in series.values()), default=1)
    step = (width - 40) / max(n - 1, 1)
    lines = []
    for k, (term, pts) in enumerate(series.items()):
        coords = [(20 + i * step, height - 20 - (height - 40) * float(p["per_10k"]) / peak) for i, p in enumerate(pts)]
        lines.append({"term": term, "k": k, "points": " ".join(f"{x:.1f},{y:.1f}" for x, y in coords),
                      "dots": [{"x": x, "y": y, "label": f"{p.get('year') or ''} {p['document']}: {p['count']}"}
                               for (x, y), p in zip(coords, pts)]})
    return {"width": width, "height": height, "lines": lines, "peak": peak}


def scorecard_rows(rows: list) -> list[dict[str, Any]]:
    """The scorecard page's cells: compact values, with each clause for the hover."""
    from huazhongdian.extract.targets import metric_labels
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
