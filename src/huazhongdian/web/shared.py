"""A library document's shareable page, ``/d/{id}``: a GET that anyone with the link can reload.

Everything it shows comes from the library (the stored text, its latest saved edit, the page
snapshot of a fetched document), never from the in-memory digest cache, so the page and its
downloads (``/d/{id}/md|html|png|svg|json``) survive a restart and any number of other digests.

Also here: 加入文库 from a result page (``POST /d``: the cached digest, with the fetched page's
snapshot when it came from a URL, goes into the library, then a redirect to its ``/d/{id}``),
and the stored edit as JSON (``GET``/``PUT /api/documents/{id}/edit``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from huazhongdian.errors import HzdError
from huazhongdian.render import render_bytes, renderer
from huazhongdian.render.view import build_view
from huazhongdian.store.library import Library, build_record, check_id
from huazhongdian.types import Digest
from huazhongdian.web import service
from huazhongdian.web.common import ApiError
from huazhongdian.web.pages import LENSES, digest_context, render_page

router = APIRouter()


def curate(d: Digest, edit: dict[str, Any] | None) -> tuple[Any, Callable[[str], bytes]]:
    """The view a stored document's page shows and the function rendering its downloads, with the
    document's saved ``edit`` applied (every format renders that one curated view).

    Raises:
        BadInput: the saved edit does not fit this digest (another report or lens, unknown ids,
            a rewritten bullet) — the caller decides whether to refuse or fall back.
    """
    # deferred: render.edit loads on the first curated digest, not at server start
    from huazhongdian.render.edit import CARD_POOL, apply_edit, load_edit

    view = build_view(d, card_pool=CARD_POOL)
    if edit is not None:
        view = apply_edit(view, load_edit(edit))
    return view, lambda fmt: render_bytes(d, fmt, view=view)


def curate_or_default(d: Digest, edit: dict[str, Any] | None) -> tuple[Any, Callable[[str], bytes], str]:
    """:func:`curate`, falling back to the uncurated digest when a saved edit no longer fits (the
    code that cuts bullets changed since it was saved): the page still opens, and says why."""
    try:
        return (*curate(d, edit), "")
    except HzdError as exc:
        return (*curate(d, None), f"保存的编辑与当前摘要不符，未应用：{exc.reason}")


def load_stored(db: str | None, doc_id: int, lens: str) -> tuple[Digest, dict[str, Any] | None, dict[str, Any] | None]:
    """A stored document's fresh digest, its latest edit, and its snapshot's metadata (no bytes)."""
    with Library(db) as lib:
        d = lib.load_digest(doc_id, service.check_lens(lens))
        snap = lib.snapshot(doc_id)
        if snap is not None:
            snap.pop("body")
        return d, lib.load_edit(doc_id), snap


def _db(request: Request) -> str | None:
    return request.app.state.db_path


@router.get("/d/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
async def shared_page(request: Request, doc_id: str) -> HTMLResponse:
    """The persisted page of library document ``doc_id`` (``?lens=`` as on the other pages)."""
    lens = request.query_params.get("lens", "general")
    try:
        n = check_id(doc_id)
        d, edit, snap = await run_in_threadpool(load_stored, _db(request), n, lens)
    except HzdError as exc:
        return render_page("index.html", status=404, lenses=LENSES, active="library", error=str(exc))
    view, _render, problem = curate_or_default(d, edit)
    request.app.state.cache.put(d)  # the desk's previews (/api/edit-preview) find it by sha256
    context = {**digest_context(d), "view": view}
    if edit is not None and not problem:
        # The desk starts from the saved curation (with the card choices of the fresh template).
        context["edit"] = {**edit, "options": context["edit"].get("options", {})}
    return render_page("digest.html", active="library", **context, download_base=f"/d/{n}",
                       share_url=f"/d/{n}", snapshot=snap, edited=edit is not None and not problem,
                       doc_id=n, edit_problem=problem)


@router.get("/d/{doc_id}/snapshot", include_in_schema=False)
async def shared_snapshot(request: Request, doc_id: str) -> Response:
    """The fetched page's bytes as they were stored (a download, never rendered as a page here)."""
    def load() -> dict[str, Any] | None:
        with Library(_db(request)) as lib:
            return lib.snapshot(check_id(doc_id))

    snap = await run_in_threadpool(load)
    if snap is None:
        raise ApiError(404, f"{doc_id}: no fetched page is stored for this document")
    name = quote(f"snapshot-{doc_id}{_suffix(snap['content_type'])}")
    return Response(snap["body"], media_type="application/octet-stream",
                    headers={"content-disposition": f"attachment; filename*=UTF-8''{name}",
                             "x-hzd-url": quote(snap["url"], safe=":/?&=#%"), "x-hzd-sha256": snap["sha256"],
                             "x-hzd-fetched-at": snap["fetched_at"]})


def _suffix(media: str) -> str:
    return {"application/pdf": ".pdf", "text/plain": ".txt",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}.get(media, ".html")


@router.get("/d/{doc_id}/{fmt}", include_in_schema=False)
async def shared_download(request: Request, doc_id: str, fmt: str) -> Response:
    """A stored document's digest as md, html, png, svg or json, rendered from the library."""
    if fmt not in service.FORMATS:
        raise ApiError(400, f"unknown format {fmt!r}; choose one of {', '.join(service.FORMATS)}")
    lens = request.query_params.get("lens", "general")
    try:
        n = check_id(doc_id)
        d, edit, _snap = await run_in_threadpool(load_stored, _db(request), n, lens)
    except HzdError as exc:
        raise ApiError(404, str(exc)) from exc
    _view, render, _problem = curate_or_default(d, edit)
    body = await run_in_threadpool(render, fmt)
    r = renderer(fmt)
    stem = (d.document.meta.title or "digest").replace("/", "_").replace('"', "")[:60]
    headers = {"content-disposition": f"attachment; filename*=UTF-8''{quote(stem)}{r.suffix}"}
    return Response(body, media_type=r.media_type, headers=headers)


def keep_digest(db: str | None, d: Digest, snap: Any | None) -> int:
    """Store a digest shown on a result page (and its page snapshot); the library's id for it.

    The same text already in the library is not stored twice; it gains the snapshot if it had none.
    """
    size = len(snap.data) if snap is not None else len(d.document.text.encode("utf-8"))
    with Library(db) as lib:
        doc_id = lib.id_of(d.document.sha256)
        if doc_id is None:
            doc_id = lib.add_record(build_record(d, d.document.source or "upload", size))
            if doc_id is None:  # a concurrent request stored the same text first
                doc_id = lib.id_of(d.document.sha256)
        assert doc_id is not None
        if snap is not None:
            lib.save_snapshot(doc_id, snap)
    return doc_id


@router.post("/d", include_in_schema=False)
async def keep(request: Request) -> Response:
    """加入文库 on a result page: the digest just shown (form fields ``sha`` and ``lens``)."""
    form = await request.form()
    sha, lens = str(form.get("sha") or ""), str(form.get("lens") or "general")
    d = await request.app.state.cache.digest(sha, lens)
    if d is None:
        return render_page("index.html", status=404, lenses=LENSES, active="digest",
                           error="这份摘要已不在缓存中，请重新上传后再加入文库")
    doc_id = await run_in_threadpool(keep_digest, _db(request), d, request.app.state.snapshots.get(sha))
    return RedirectResponse(f"/d/{doc_id}", status_code=303)


@router.get("/api/documents/{doc_id}/edit")
async def api_get_edit(request: Request, doc_id: str) -> JSONResponse:
    """The document's latest saved edit (the curation JSON); 404 when none is saved."""
    def load() -> dict[str, Any] | None:
        with Library(_db(request)) as lib:
            n = check_id(doc_id)
            lib.digest_dict(n)  # 404 for an unknown document, not "no edit"
            return lib.load_edit(n)

    try:
        edit = await run_in_threadpool(load)
    except HzdError as exc:
        raise ApiError(404, str(exc)) from exc
    if edit is None:
        raise ApiError(404, f"{doc_id}: no edit saved for this document")
    return JSONResponse(edit)


@router.put("/api/documents/{doc_id}/edit")
async def api_put_edit(request: Request, doc_id: str) -> JSONResponse:
    """Save a JSON object as the document's latest edit (replacing the one before)."""
    try:
        edit = json.loads((await request.body()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ApiError(400, f"request body is not valid JSON: {type(exc).__name__}") from None
    if not isinstance(edit, dict):
        raise ApiError(400, "an edit is a JSON object")

    def save() -> str:
        n = check_id(doc_id)
        meta = edit.get("document")
        lens = meta.get("lens") if isinstance(meta, dict) and isinstance(meta.get("lens"), str) else "general"
        d, _old, _snap = load_stored(_db(request), n, lens)
        curate(d, edit)  # an edit that does not fit this document is refused, not stored
        with Library(_db(request)) as lib:
            return lib.save_edit(n, edit)

    try:
        saved_at = await run_in_threadpool(save)
    except HzdError as exc:
        raise ApiError(404 if "no such document" in exc.reason else 400, str(exc)) from exc
    return JSONResponse({"ok": True, "id": int(doc_id), "saved_at": saved_at, "url": f"/d/{doc_id}"})
