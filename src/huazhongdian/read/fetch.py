"""A report from a link: fetch a page (gov.cn, a provincial portal, a WeChat article) safely.

:func:`fetch_url` gets the bytes and keeps them as a :class:`~huazhongdian.types.Snapshot`
(URL, fetch time, sha256), so a document survives its page vanishing; :func:`huazhongdian.load.read_url` then
reads them like a file — the same :func:`~huazhongdian.load.read_bytes` path and format
sniffing — with the URL as the source and the page's own title as the document's title.

What a fetch refuses, each as one :class:`~huazhongdian.errors.FetchFailed` line naming the
URL: a scheme other than http/https (``file://``, ``data:``, ``ftp://``); a host that resolves
to a private, loopback, link-local or reserved address, unless ``allow_private`` (every
resolved address is checked, again after each redirect, and the address actually connected
to is checked too, so a name that changes its answer between the check and the connection
is caught); more redirects than ``[fetch] max_redirects`` or a loop; a timeout (connect, each
read, and the whole fetch); more bytes than ``[input] max_file_bytes`` (by Content-Length,
and counted while streaming when there is none); a content type that is not HTML, PDF, docx
or text. Limits live in ``data/read_limits.toml``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import ipaddress
import re
import socket
import time
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

from huazhongdian.errors import FetchFailed, HzdError
from huazhongdian.read.quality import input_limits, load_read_limits
from huazhongdian.types import Document, Snapshot

__all__ = ["fetch_url", "is_url", "page_title", "fetch_limits", "snapshot_filename", "document_from_snapshot"]

# Media types a report page may come as; application/octet-stream is left to the byte sniffing.
_TYPES = {
    "text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt",
    "application/pdf": ".pdf", "application/x-pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    # Left to the byte sniffing: portals often send attachments under these.
    "application/octet-stream": "", "application/x-download": "", "application/force-download": "",
    "binary/octet-stream": "",
}
_SUFFIXES = (".html", ".htm", ".shtml", ".txt", ".pdf", ".docx")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_TITLE_CUT = re.compile(r"\s*(?:_|\||｜| - | — |--)\s*")
_WS = re.compile(r"\s+")


def fetch_limits() -> dict[str, float]:
    """Connect, read and total seconds and the redirect limit (section ``fetch``)."""
    return dict(load_read_limits()["fetch"])


def is_url(arg: str) -> bool:
    """Whether a command-line argument is meant as a URL (``scheme:…``) rather than a file name.

    A Windows drive (``C:\\…``) is a file; so is anything that exists on disk under that name.
    """
    if not _SCHEME.match(arg) or re.match(r"^[A-Za-z]:[\\/]", arg):
        return False
    return not Path(arg).exists()


def _refused_address(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    """What makes an address off limits ("" when it is a public one)."""
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    for name in ("loopback", "private", "link_local", "multicast", "unspecified", "reserved"):
        if getattr(addr, f"is_{name}"):
            return name.replace("_", "-")
    return "" if addr.is_global else "non-public"


def _check_host(url: str, host: str, port: int) -> None:
    """Resolve ``host`` and refuse it when any of its addresses is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchFailed(url, f"cannot resolve host {host}: {getattr(exc, 'strerror', None) or exc}") from None
    for info in infos:
        _check_address(url, host, info[4][0])


def _check_address(url: str, host: str, raw: str) -> None:
    addr = ipaddress.ip_address(raw.split("%", 1)[0])
    why = _refused_address(addr)
    if why:
        raise FetchFailed(url, f"refused: {host} is {addr}, a {why} address "
                               "(pass --allow-private to fetch from this network)")


def _check_url(url: str, allow_private: bool, asked: str = "") -> tuple[str, str, int]:
    """The URL's scheme, host and port, after the scheme and address checks. Errors name
    ``asked`` (the URL the user gave) and, when it redirected here, this hop."""
    try:
        return _check_hop(url, allow_private)
    except FetchFailed as exc:
        if not asked or asked == url:
            raise
        raise FetchFailed(asked, f"redirected to {url}: {exc.reason}") from None


def _check_hop(url: str, allow_private: bool) -> tuple[str, str, int]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchFailed(url, f"not a valid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"{scheme}:" if scheme else "no scheme"
        raise FetchFailed(url, f"only http and https URLs are fetched, not {shown}")
    host = parts.hostname or ""
    if not host:
        raise FetchFailed(url, "the URL names no host")
    port = port or (443 if scheme == "https" else 80)
    if not allow_private:
        _check_host(url, host, port)
    return scheme, host, port


def _media_type(header: str) -> str:
    return header.split(";", 1)[0].strip().lower()


def _filename(url: str, media: str) -> str:
    """A file name for the reader's hint: the URL's own when it has a report suffix, else one
    from the content type (the bytes are sniffed either way)."""
    name = unquote(PurePosixPath(urlsplit(url).path).name)
    if name.lower().endswith(_SUFFIXES):
        return name
    return f"{name or 'page'}{_TYPES.get(media, '')}"


def fetch_url(url: str, *, allow_private: bool = False, timeout: float | None = None,
              max_bytes: int | None = None) -> Snapshot:
    """Fetch ``url`` into a :class:`Snapshot` (the bytes with URL, UTC time and sha256).

    Args:
        url: an http or https URL.
        allow_private: also fetch from private, loopback and link-local addresses.
        timeout: seconds for the connect, each read and the whole fetch (default: the
            ``[fetch]`` limits: 10, 20 and 60).
        max_bytes: the size cap (default: ``[input] max_file_bytes``, 20 MiB).

    Raises:
        FetchFailed: one line naming the URL and the problem.

    Example: ``fetch_url("https://www.gov.cn/zhengce/…/content_….htm").title``.
    """
    # deferred: httpx (~50 ms) loads only when a URL is fetched
    import httpx

    limits = fetch_limits()
    connect = timeout if timeout is not None else float(limits["connect_seconds"])
    read = timeout if timeout is not None else float(limits["read_seconds"])
    total = timeout if timeout is not None else float(limits["total_seconds"])
    cap = max_bytes if max_bytes is not None else input_limits()["max_file_bytes"]
    hops = int(limits["max_redirects"])
    fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    deadline = time.monotonic() + total
    seen: list[str] = []
    current = url
    with httpx.Client(timeout=httpx.Timeout(connect=connect, read=read, write=read, pool=connect),
                      follow_redirects=False, trust_env=False,
                      headers={"user-agent": "huazhongdian (hzd digest URL)"}) as client:
        while True:
            _check_url(current, allow_private, asked=url)
            seen.append(current)
            try:
                answer = _get(client, url, current, allow_private, cap, deadline, total)
            except httpx.TimeoutException as exc:
                if isinstance(exc, httpx.ConnectTimeout):
                    raise FetchFailed(url, f"timed out connecting (limit {_seconds(connect)})") from None
                raise FetchFailed(url, f"timed out waiting for the server (limit {_seconds(read)})") from None
            except httpx.InvalidURL as exc:
                raise FetchFailed(url, f"not a valid URL: {exc}") from None
            except httpx.HTTPError as exc:
                raise FetchFailed(url, f"cannot fetch: {' '.join(str(exc).split()) or type(exc).__name__}") from None
            if not isinstance(answer, str):
                break
            if answer in seen:  # a redirect: to a URL already asked for, or one too many
                raise FetchFailed(url, f"redirect loop ({current} → {answer} again)")
            if len(seen) > hops:
                raise FetchFailed(url, f"more than {hops} redirects")
            current = answer
    data, media, final = answer
    if not data:
        raise FetchFailed(url, "the page is empty (0 bytes)")
    is_html = media in ("text/html", "application/xhtml+xml") or not _TYPES[media]
    return Snapshot(url=url, final_url=final, fetched_at=fetched_at, sha256=hashlib.sha256(data).hexdigest(),
                    content_type=media, data=data, title=page_title(data) if is_html else "")


def _get(client, url: str, current: str, allow_private: bool, cap: int, deadline: float,  # noqa: ANN001
         total: float) -> str | tuple[bytes, str, str]:
    """One request: the redirect's target URL, or ``(bytes, media type, final URL)``."""
    with client.stream("GET", current) as response:
        if not allow_private:
            _check_peer(url, response)
        if response.is_redirect:
            target = response.headers.get("location", "")
            if not target:
                raise FetchFailed(url, f"HTTP {response.status_code} redirect without a Location")
            return urljoin(current, target)
        if response.status_code >= 400:
            raise FetchFailed(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
        media = _media_type(response.headers.get("content-type", "application/octet-stream"))
        if media not in _TYPES:
            raise FetchFailed(url, f"content type {media} is not a report page "
                                   "(huazhongdian fetches HTML, PDF, docx and plain text)")
        return _body(url, response, cap, deadline, total), media, str(response.url)


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _check_peer(url: str, response) -> None:  # noqa: ANN001 - an httpx response
    """The address the connection really went to must be public too (a DNS answer can change
    between the check and the connect)."""
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if peer:
        _check_address(url, urlsplit(str(response.url)).hostname or "", str(peer[0]))


def _body(url: str, response, cap: int, deadline: float, total: float) -> bytes:  # noqa: ANN001
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise FetchFailed(url, f"too large ({int(declared):,} bytes declared; the limit is {cap:,})")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_raw():
        size += len(chunk)
        if size > cap:
            raise FetchFailed(url, f"too large (more than the limit of {cap:,} bytes)")
        if time.monotonic() > deadline:
            raise FetchFailed(url, f"timed out: the whole fetch took longer than {_seconds(total)}")
        chunks.append(chunk)
    return b"".join(chunks)


def page_title(data: bytes) -> str:
    """The page's own title: WeChat's article title, ``og:title``, else ``<title>`` without the
    site's name (``政府工作报告_中国政府网`` → ``政府工作报告``). "" when there is none."""
    # deferred: lxml and read.html load only for a fetched HTML page
    import lxml.etree
    import lxml.html

    from huazhongdian.read.html import _XML_DECL, _decode  # the reader's own charset rules

    try:
        markup = _XML_DECL.sub("", _decode(data, "<page>"))
        root = lxml.html.document_fromstring(markup, parser=lxml.html.HTMLParser(huge_tree=False))
    except (HzdError, lxml.etree.ParserError, ValueError):
        return ""
    found = root.get_element_by_id("activity-name", None)
    if found is not None and found.text_content().strip():
        return _WS.sub(" ", found.text_content()).strip()
    for meta in root.iter("meta"):
        if meta.get("property") == "og:title" and (meta.get("content") or "").strip():
            return _WS.sub(" ", meta.get("content")).strip()
    title = root.find(".//title")
    if title is None:
        return ""
    text = _WS.sub(" ", title.text_content()).strip()
    first = next((part for part in _TITLE_CUT.split(text) if part.strip()), "")
    return first.strip()


def snapshot_filename(snap: Snapshot) -> str:
    """The file name a fetched page would have: its extension is the reader's hint."""
    return _filename(snap.final_url, snap.content_type)


def document_from_snapshot(doc: Document, snap: Snapshot) -> Document:
    """``doc`` titled by the page it came from (when the page names itself)."""
    if snap.title and snap.title != doc.meta.title:
        return dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, title=snap.title))
    return doc
