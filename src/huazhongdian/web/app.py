"""The FastAPI app behind ``hzd serve``: JSON API per the contract, plus server-rendered pages.

Routes stay thin: parse the request, call the library's public functions
(off the event loop), shape the answer. API errors all have one shape,
``{"ok": false, "error": "…"}``.
"""

from __future__ import annotations

import json
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from huazhongdian.errors import HzdError
from huazhongdian.web import service
from huazhongdian.web.security import RequireToken, SameOrigin, SecurityHeaders, UploadLimit

DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message}, status_code=status)


def create_app(db_path: str | Path | None = None, *, token: str | None = None,
               max_upload: int = DEFAULT_MAX_UPLOAD, workers: int = 0, allow_private: bool = False) -> FastAPI:
    """Build the app.

    Args:
        db_path: the SQLite library the library pages and ``/api/documents`` read (default: the user's).
        token: when set, every request but ``/api/health`` must carry it.
        max_upload: request bodies above this many bytes get 413.
        workers: 0 runs digests in the thread pool; N > 0 in N worker processes.
        allow_private: the URL field may fetch from private, loopback and link-local addresses
            (``hzd serve --allow-private``; off by default, so a client cannot make the server
            probe its own network).
    """
    runner = service.Runner(workers)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        runner.close()

    app = FastAPI(title="huazhongdian 划重点", version="1", docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.db_path = str(db_path) if db_path else None
    app.state.cache = service.DigestCache()
    app.state.max_upload = max_upload
    app.state.runner = runner
    app.state.allow_private = allow_private
    app.state.snapshots = service.SnapshotCache()

    @app.exception_handler(HzdError)
    async def _hzd_error(request: Request, exc: HzdError) -> JSONResponse:
        return error_response(400, str(exc))

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404:
            message = f"not found: {request.url.path}"
        return error_response(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return error_response(400, f"bad request: {where} {first.get('msg', '')}".strip())

    from huazhongdian.web import api, pages, shared

    app.include_router(api.router)
    app.include_router(shared.router)  # /d/{id}: a library document's persisted page (#16)
    app.include_router(pages.router)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # The last line of defence: no traceback or server detail reaches the client. Every
        # known bad input has its own 4xx above (tests/web/test_web_hostile.py).
        import logging

        logging.getLogger("huazhongdian.web").exception("unexpected error on %s", request.url.path)
        return error_response(500, "internal error")

    # Outermost last: headers on every answer, then the cross-site check, the token, the size cap.
    app.add_middleware(UploadLimit, max_bytes=max_upload)  # type: ignore[arg-type]
    if token:
        app.add_middleware(RequireToken, token=token)  # type: ignore[arg-type]
    app.add_middleware(SameOrigin)  # type: ignore[arg-type]
    app.add_middleware(SecurityHeaders)  # type: ignore[arg-type]
    return app


async def read_digest_request(request: Request, *, with_json: bool = False) -> tuple[Any, str]:
    """Accept multipart ``file`` (or ``url``, or ``text``) with optional ``lens``, or JSON
    ``{"text" | "url", "lens"}``. A ``url`` is fetched (its snapshot kept for 加入文库).

    Returns the Digest and the lens name; raises ApiError/HzdError on bad input. With
    ``with_json`` the first item is ``(Digest, JSON bytes)``, both made where the digest runs.
    """
    content_type = request.headers.get("content-type", "")
    runner = request.app.state.runner
    digest_upload = service.digest_upload_json if with_json else service.digest_upload
    digest_pasted = service.digest_pasted_json if with_json else service.digest_pasted
    lens = request.query_params.get("lens", "general")
    if content_type.startswith("multipart/form-data") or content_type.startswith("application/x-www-form-urlencoded"):
        form = await request.form()
        lens = str(form.get("lens") or lens)
        upload = form_upload(form)
        if upload is not None:
            data = await upload.read()
            if data:
                return await runner.run(digest_upload, data, upload.filename or "upload", lens), lens
        url = form.get("url")
        if isinstance(url, str) and url.strip():
            return await _fetched(request, url, lens, with_json), lens
        text = form.get("text")
        if isinstance(text, str) and text.strip():
            return await runner.run(digest_pasted, text, lens), lens
        raise ApiError(400, "no report given: send a file in field 'file', a link in 'url' or text in 'text'")
    if content_type.startswith("application/json"):
        raw = await request.body()
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ApiError(400, f"request body is not valid JSON: {exc}") from exc
        except RecursionError:
            raise ApiError(400, "request body is not valid JSON: nested too deeply") from None
        if isinstance(body, dict) and isinstance(body.get("url"), str) and body["url"].strip():
            lens = str(body.get("lens") or lens)
            return await _fetched(request, body["url"], lens, with_json), lens
        if not isinstance(body, dict) or not isinstance(body.get("text"), str) or not body["text"].strip():
            raise ApiError(400, "JSON body needs a non-empty string field 'text' (or 'url')")
        lens = str(body.get("lens") or lens)
        return await runner.run(digest_pasted, body["text"], lens), lens
    raise ApiError(400, "send multipart/form-data with a 'file' field, or a JSON body {\"text\": …}")


async def _fetched(request: Request, url: str, lens: str, with_json: bool) -> Any:
    """:func:`digest_url`, as ``(Digest, JSON bytes)`` when the caller wants the JSON too."""
    d = await digest_url(request, url, lens)
    return (d, await request.app.state.runner.run(service.json_bytes, d)) if with_json else d


async def digest_url(request: Request, url: str, lens: str) -> Any:
    """Fetch and digest a report page with the server's ``allow_private`` setting; the page's
    snapshot is kept (by text hash) so 加入文库 can store it."""
    d, snap = await request.app.state.runner.run(service.digest_url, url, lens, request.app.state.allow_private)
    request.app.state.snapshots.put(d.document.sha256, snap)
    return d


def form_upload(form: Any) -> Any | None:
    """The form's ``file`` field when it is an uploaded file (not a plain string), else None."""
    upload = form.get("file")
    return upload if upload is not None and hasattr(upload, "read") else None


def static_file(name: str) -> tuple[bytes, str] | None:
    """A packaged static asset by exact name; anything else (``..``, slashes) is simply not found.

    The Chinese font comes from the pip package ``pylopdf-fonts-zh-cn`` (OFL), so pages never
    show boxes even where the system has no CJK font.
    """
    allowed = {"app.js": "text/javascript; charset=utf-8", "desk.js": "text/javascript; charset=utf-8",
               "style.css": "text/css; charset=utf-8"}
    if name in allowed:
        return resources.files("huazhongdian.web").joinpath("static", name).read_bytes(), allowed[name]
    if name == "NotoSansSC-Regular.otf":
        return resources.files("pylopdf_fonts_zh_cn").joinpath(name).read_bytes(), "font/otf"
    return None


__all__ = ["create_app", "ApiError", "read_digest_request", "form_upload", "static_file", "HTMLResponse"]
