"""JSON API routes (see docs/contract.md)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from huazhongdian.render import render_digest
from huazhongdian.render.json import digest_to_dict
from huazhongdian.web import service
from huazhongdian.web.app import ApiError, read_digest_request

router = APIRouter()


@router.get("/api/health")
async def health() -> dict:
    return {"ok": True}


@router.post("/api/digest")
async def api_digest(request: Request) -> JSONResponse:
    """The digest JSON (schema huazhongdian.digest/1) of an uploaded file or posted text."""
    d, _ = await read_digest_request(request)
    request.app.state.cache.put(d)
    return JSONResponse(await run_in_threadpool(digest_to_dict, d))


def _download(d, fmt: str) -> Response:
    if fmt not in service.FORMATS:
        raise ApiError(400, f"unknown format {fmt!r}; choose one of {', '.join(service.FORMATS)}")
    body = render_digest(d, fmt)
    stem = (d.document.meta.title or "digest").replace("/", "_").replace("\"", "")[:60]
    ext = fmt
    from urllib.parse import quote

    headers = {"content-disposition": f"attachment; filename*=UTF-8''{quote(stem)}.{ext}"}
    return Response(body, media_type=service.FORMATS[fmt], headers=headers)


@router.post("/api/render")
async def api_render(request: Request, format: str = "html") -> Response:
    """Digest and render in one call: ``?format=md|json|html|png|svg``."""
    if format not in service.FORMATS:
        raise ApiError(400, f"unknown format {format!r}; choose one of {', '.join(service.FORMATS)}")
    d, _ = await read_digest_request(request)
    request.app.state.cache.put(d)
    return await run_in_threadpool(_download, d, format)


@router.get("/api/download/{sha}/{lens}/{fmt}")
async def api_download(request: Request, sha: str, lens: str, fmt: str) -> Response:
    """A recently computed digest, again, in another format."""
    d = request.app.state.cache.get(sha, lens)
    if d is None:
        raise ApiError(404, "that digest is no longer cached; digest the report again")
    return await run_in_threadpool(_download, d, fmt)
