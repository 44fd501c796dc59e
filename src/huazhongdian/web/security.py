"""Request guards for ``hzd serve``: an upload cap and an optional access token.

Both are plain ASGI middleware so they act before FastAPI parses a body:
an oversized multipart upload is refused while it streams in, not after it
has been buffered.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_HEADER = "x-hzd-token"
TOKEN_COOKIE = "hzd_token"


async def send_json_error(send: Send, status: int, message: str) -> None:
    """The one error shape of the API: ``{"ok": false, "error": "…"}``."""
    body = json.dumps({"ok": False, "error": message}, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


class UploadLimit:
    """Refuse request bodies over ``max_bytes`` with 413, by header or while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _message(self) -> str:
        return f"upload too large: the limit is {self.max_bytes // (1024 * 1024)} MiB ({self.max_bytes} bytes)"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await send_json_error(send, 413, self._message())
                return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await send_json_error(send, 413, self._message())


def token_from_scope(scope: Scope) -> str | None:
    """The token a request carries: X-HZD-Token, ``Authorization: Bearer``, cookie, or ``?token=``."""
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
    if TOKEN_HEADER in headers:
        return headers[TOKEN_HEADER]
    auth = headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    for part in headers.get("cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == TOKEN_COOKIE:
            return value
    return _query_token(scope)


def _query_token(scope: Scope) -> str | None:
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return query.get("token", [None])[0]


class RequireToken:
    """When a token is configured, every request must carry it (health check excepted)."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") == "/api/health":
            await self.app(scope, receive, send)
            return
        given = token_from_scope(scope)
        if given is None or not hmac.compare_digest(given.encode(), self.token.encode()):
            await send_json_error(send, 401, "missing or wrong access token (send X-HZD-Token, a Bearer token, or ?token=)")
            return
        if scope.get("method") == "GET" and _query_token(scope) is not None:
            await self._remember(scope, send)
            return
        await self.app(scope, receive, send)

    async def _remember(self, scope: Scope, send: Send) -> None:
        """``/?token=T`` opened in a browser: keep the token in a cookie and go to the clean URL,
        so the page's CSS, script and links (which carry no token) work, and the token leaves
        the address bar and the history."""
        rest = [(k, v) for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1"),
                                             keep_blank_values=True) if k != "token"]
        location = scope.get("path", "/") + (f"?{urlencode(rest)}" if rest else "")
        cookie = f"{TOKEN_COOKIE}={self.token}; HttpOnly; SameSite=Strict; Path=/"
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", location.encode("latin-1", "replace")),
                                (b"set-cookie", cookie.encode("latin-1")),
                                (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})


# Pages load only the app's own script, styles and font; style="" attributes (bar widths, chart
# colours) need 'unsafe-inline' for styles, never for scripts.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityHeaders:
    """Add the security headers to every response, errors and static files included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *((k, v) for k, v in SECURITY_HEADERS if k not in present)]
            await send(message)

        await self.app(scope, receive, with_headers)


STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def is_cross_site(scope: Scope) -> bool:
    """Whether a request comes from another site's page (a form or fetch it made the browser send).

    Browsers send ``Sec-Fetch-Site`` and ``Origin`` on such requests; a script, curl or httpx
    sends neither and is not a page the user merely visited, so it is not refused.
    """
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site not in ("same-origin", "none")
    origin = headers.get("origin")
    if origin is None:
        return False
    host = headers.get("host", "")

    parts = urlsplit(origin)
    return origin == "null" or parts.netloc != host


class SameOrigin:
    """Refuse state-changing requests sent by another site's page (CSRF), even on loopback:
    any page the user visits could otherwise add documents to their library."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("method") in STATE_CHANGING and is_cross_site(scope):
            await send_json_error(send, 403, "cross-site request refused: post from the app's own pages")
            return
        await self.app(scope, receive, send)
