"""The FastAPI app behind ``hzd serve``: JSON API per the contract, plus server-rendered pages.

Routes stay thin: parse the request, call the library's public functions
(off the event loop), shape the answer. API errors all have one shape,
``{"ok": false, "error": "…"}``.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from huazhongdian.errors import HzdError
from huazhongdian.web import api, pages, service, shared
from huazhongdian.web.common import ApiError, error_response, form_upload, read_digest_request, static_file
from huazhongdian.web.security import RequireToken, SameOrigin, SecurityHeaders, UploadLimit

DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024


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
        runner.start()  # spawn and warm the worker processes now, not on the first uploads
        yield
        runner.close()

    app = FastAPI(title="huazhongdian 划重点", version="1", docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.db_path = str(db_path) if db_path else None
    app.state.cache = service.DigestCache(runner=runner)
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

    app.include_router(api.router)
    app.include_router(shared.router)  # /d/{id}: a library document's persisted page (#16)
    app.include_router(pages.router)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # The last line of defence: no traceback or server detail reaches the client. Every
        # known bad input has its own 4xx above (tests/web/test_web_hostile.py).
        logging.getLogger("huazhongdian.web").exception("unexpected error on %s", request.url.path)
        return error_response(500, "internal error")

    # Outermost last: headers on every answer, then the cross-site check, the token, the size cap.
    app.add_middleware(UploadLimit, max_bytes=max_upload)  # type: ignore[arg-type]
    if token:
        app.add_middleware(RequireToken, token=token)  # type: ignore[arg-type]
    app.add_middleware(SameOrigin)  # type: ignore[arg-type]
    app.add_middleware(SecurityHeaders)  # type: ignore[arg-type]
    return app


__all__ = ["create_app", "ApiError", "read_digest_request", "form_upload", "static_file", "HTMLResponse"]
