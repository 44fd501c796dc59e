"""What the routes share: the API's one error shape, reading a digest request (file, link or
text), and the packaged static files. ``app`` builds the app from the routers; the routers
(``api``, ``pages``, ``shared``) import this module, never ``app``, so imports run one way.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

from huazhongdian.web import service


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message}, status_code=status)


async def read_digest_request(request: Request, *, with_json: bool = False) -> tuple[Any, str]:
    """Accept multipart ``file`` (or ``url``, or ``text``) with optional ``lens``, or JSON
    ``{"text" | "url", "lens"}``. A ``url`` is fetched (its snapshot kept for 加入文库).

    Returns the Digest and the lens name; raises ApiError/HzdError on bad input. With
    ``with_json`` the first item is ``(entry, JSON bytes)``, both made where the digest runs,
    ``entry`` being what the digest cache keeps (:meth:`service.DigestCache.put`): the Digest,
    or with worker processes a recipe, so the Digest does not cross back to this process.
    """
    content_type = request.headers.get("content-type", "")
    runner = request.app.state.runner
    lens = request.query_params.get("lens", "general")

    async def upload(data: bytes, filename: str, lens: str) -> Any:
        if not with_json:
            return await runner.run(service.digest_upload, data, filename, lens)
        if not runner.in_processes:
            return await runner.run(service.digest_upload_json, data, filename, lens)
        recipe, body = await runner.run(service.upload_answer, data, filename, lens)
        return service.with_args(recipe, data, filename, lens), body

    async def pasted(text: str, lens: str) -> Any:
        if not with_json:
            return await runner.run(service.digest_pasted, text, lens)
        if not runner.in_processes:
            return await runner.run(service.digest_pasted_json, text, lens)
        recipe, body = await runner.run(service.pasted_answer, text, lens)
        return service.with_args(recipe, text, lens), body

    if content_type.startswith("multipart/form-data") or content_type.startswith("application/x-www-form-urlencoded"):
        form = await request.form()
        lens = str(form.get("lens") or lens)
        file = form_upload(form)
        if file is not None:
            data = await file.read()
            if data:
                return await upload(data, file.filename or "upload", lens), lens
        url = form.get("url")
        if isinstance(url, str) and url.strip():
            return await _fetched(request, url, lens, with_json), lens
        text = form.get("text")
        if isinstance(text, str) and text.strip():
            return await pasted(text, lens), lens
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
        return await pasted(body["text"], lens), lens
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
