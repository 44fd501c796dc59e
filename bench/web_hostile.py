"""Throw hostile requests at the web app (in process) and count how many it holds.

A case is *held* when the answer is not a 5xx, is a 4xx where the request is bad, carries the
security headers, and no HTML answer echoes an injected script. Run:

    python bench/web_hostile.py            # prints cases tried / held and any that failed

Nothing leaves the process: FastAPI's TestClient calls the app directly.
"""

from __future__ import annotations

import io
import sys
import tempfile
import zipfile
from pathlib import Path

from fastapi.testclient import TestClient

from huazhongdian.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
OPENING = (ROOT / "tests" / "fixtures" / "read" / "national-2025-opening.txt").read_bytes()
SCRIPT = "<script>alert(1)</script>"


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def cases() -> list[tuple[str, str, dict, bool]]:
    """(method, url, request keyword arguments, whether the request is bad) for every case."""
    out: list[tuple[str, str, dict, bool]] = []
    bad_ids = ["abc", "1%20", "%20%31", "-1", "+1", "1.0", "9" * 23, "0x1", "%00", "١", SCRIPT, "1;DROP"]
    for raw in bad_ids:
        out += [("GET", f"/api/documents/{raw}", {}, True), ("GET", f"/library/{raw}", {}, True),
                ("GET", f"/api/compare?old={raw}&new=1", {}, True), ("GET", f"/compare?old={raw}&new=1", {}, True),
                ("GET", f"/api/track?plan={raw}&review=1", {}, True),
                ("GET", f"/api/documents/1?previous={raw}", {}, True),
                ("GET", f"/d/{raw}", {}, True), ("GET", f"/d/{raw}/md", {}, True), ("GET", f"/d/{raw}/snapshot", {}, True),
                ("GET", f"/api/documents/{raw}/edit", {}, True),
                ("PUT", f"/api/documents/{raw}/edit", {"json": {"title": "x"}}, True)]
    # The URL field (#16): never a fetch of the server's own network or another scheme.
    for url in ("file:///etc/passwd", "http://127.0.0.1:1/", "http://localhost/", "http://169.254.169.254/latest",
                "http://[::1]/", "http://[::1", "javascript:alert(1)", "data:text/html,x", "ftp://x/y", SCRIPT,
                "http://" + "x" * 5000, "http://no-such-host.invalid/"):
        out.append(("POST", "/digest", {"data": {"url": url}}, True))
        out.append(("POST", "/api/digest", {"json": {"url": url}}, True))
    for body in (b"{", b"[1]", b"null", b"\xff", b"[" * 100_000 + b"]" * 100_000, b'{"a": NaN}'):
        out.append(("PUT", "/api/documents/1/edit", {"content": body, "headers": {"content-type": "application/json"}},
                    True))
    out += [("POST", "/d", {"data": {"sha": "0" * 64, "lens": "general"}}, True),
            ("POST", "/d", {"data": {"sha": SCRIPT, "lens": SCRIPT}}, True),
            ("POST", "/d", {"data": {"sha": "x"}, "headers": {"origin": "https://evil.example"}}, True),
            ("GET", "/d/1/exe", {}, True), ("GET", "/d/1/snapshot", {}, True)]
    json_bodies = [b"{", b"[" * 1000 + b"]" * 1000, b"[" * 100_000 + b"]" * 100_000,
                   b'{"text": "\\ud800"}', b'{"text": "\\udfff\\ud800x"}', b'{"text": 1}', b'{"text": ""}',
                   b'{"text": null}', b"null", b'"x"', b"\xff\xfe", b'{"text": "' + b"a" * 10 + b'", "lens": "../x"}',
                   b'{"text": "x", "lens": "' + SCRIPT.encode() + b'"}']
    for body in json_bodies:
        for route in ("/api/digest", "/api/render?format=html", "/digest"):
            out.append(("POST", route, {"content": body, "headers": {"content-type": "application/json"}}, True))
    uploads = {
        "malformed.docx": _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document><<<"}),
        "notzip.docx": b"PK\x03\x04garbage",
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 20,
        "script.html": f"<html><body>{SCRIPT}<img src=x onerror=alert(1)></body></html>".encode(),
        "fake.pdf": b"%PDF-1.4\n garbage",
        "zeros.txt": b"\x00" * 4096,
        "bom-only.txt": b"\xef\xbb\xbf",
    }
    for name, data in uploads.items():
        for route in ("/api/digest", "/api/documents", "/library", "/digest", "/api/render?format=md"):
            bad = name != "script.html"
            out.append(("POST", route, {"files": {"file": (name, data)}}, bad))
    for route in ("/api/documents", "/library", "/api/digest", "/digest"):
        for headers in ({"origin": "https://evil.example"}, {"sec-fetch-site": "cross-site"}, {"origin": "null"},
                        {"origin": "http://testserver.evil.example"}):
            out.append(("POST", route, {"files": {"file": ("a.txt", OPENING)}, "headers": headers}, True))
    for lens in ("secret", "../etc/passwd", "/etc/passwd", "general.toml", SCRIPT, "x" * 5000):
        out.append(("POST", "/api/digest", {"json": {"text": OPENING.decode("utf-8"), "lens": lens}}, True))
        out.append(("GET", f"/api/compare?old=1&new=1&lens={lens}", {}, True))
    for path in ("/static/../pyproject.toml", "/static/%2e%2e/x", "/static/app.js%00", "/nope",
                 "/api/download/x/general/html", "/api/download/x/general/exe", f"/search?q={SCRIPT}",
                 f"/trend?term={SCRIPT}", "/api/trend", "/api/trend?term=", "/api/trend?term=x&by=zz",
                 "/track?plan=1&review=2&units=bogus"):
        out.append(("GET", path, {}, path not in (f"/search?q={SCRIPT}", f"/trend?term={SCRIPT}")))
    for method in ("PUT", "DELETE", "PATCH"):
        out.append((method, "/api/documents", {}, True))
    return out


def run() -> tuple[int, list[str]]:
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as where:
        client = TestClient(create_app(Path(where) / "lib.db"), raise_server_exceptions=False)
        client.post("/api/documents", files={"file": ("a.txt", OPENING)})  # document 1 exists
        all_cases = cases()
        for method, url, kwargs, bad in all_cases:
            r = client.request(method, url, **kwargs)
            why = []
            if r.status_code >= 500:
                why.append(f"{r.status_code}")
            elif bad and not 400 <= r.status_code < 500:
                why.append(f"{r.status_code} for a bad request")
            if "content-security-policy" not in r.headers or r.headers.get("x-content-type-options") != "nosniff":
                why.append("no security headers")
            if "text/html" in r.headers.get("content-type", "") and SCRIPT in r.text:
                why.append("script echoed")
            if why:
                failures.append(f"{method} {url[:70]} → {', '.join(why)}")
    return len(all_cases), failures


if __name__ == "__main__":
    tried, failed = run()
    print(f"web hostile cases: {tried} tried, {tried - len(failed)} held, {len(failed)} failed")
    for line in failed:
        print("  " + line)
    sys.exit(1 if failed else 0)
