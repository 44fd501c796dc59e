"""A local HTTP server on 127.0.0.1 serving saved report pages, for the URL fetcher's tests.

The pages are the reader's fixtures (cut from the corpus): a gov.cn page, a WeChat article, a
GB2312 portal page, the 2025 report's opening as PDF, docx and text. Other paths answer slowly,
too much, with the wrong type, or with redirects (see :class:`Handler`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

READ = Path(__file__).resolve().parent / "fixtures" / "read"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PAGES = {
    "/govcn.html": ("govcn-2025-report.html", "text/html; charset=utf-8"),
    "/s?__biz=wechat": ("wechat-guangming.html", "text/html; charset=utf-8"),
    "/portal": ("portal-gb2312.html", "text/html"),
    "/2025.pdf": ("national-2025-opening.pdf", "application/pdf"),
    "/download?id=7": ("national-2025-opening.docx", DOCX),
    "/plain": ("national-2025-opening.txt", "text/plain; charset=utf-8"),
    "/image": ("national-2025-opening.txt", "image/png"),
}
REDIRECTS = {"/moved": "/govcn.html", "/loop-a": "/loop-b", "/loop-b": "/loop-a"}
TWENTY_MB = 20 * 1024 * 1024


class Handler(BaseHTTPRequestHandler):
    """HTTP/1.0 (no keep-alive): a body without Content-Length ends when the server closes."""

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def _send(self, status: int, headers: dict[str, str], body: bytes = b"") -> None:
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        path = self.path
        if path in PAGES:
            name, media = PAGES[path]
            data = (READ / name).read_bytes()
            self._send(200, {"Content-Type": media, "Content-Length": str(len(data))}, data)
        elif path in REDIRECTS:
            self._send(302, {"Location": REDIRECTS[path]})
        elif path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1])
            self._send(302, {"Location": f"/chain/{n + 1}"})
        elif path.startswith("/to/"):  # a redirect to another host: /to/127.0.0.2:PORT/plain
            self._send(302, {"Location": "http://" + path[len("/to/"):]})
        elif path == "/slow":
            time.sleep(3)
            self._send(200, {"Content-Type": "text/plain"}, "迟到的报告".encode())
        elif path == "/drip":  # a byte at a time, never quite timing out a read
            self._send(200, {"Content-Type": "text/plain"})
            try:
                for _ in range(40):
                    self.wfile.write("字".encode())
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        elif path == "/huge-declared":
            self._send(200, {"Content-Type": "text/html", "Content-Length": str(TWENTY_MB + 1)})
        elif path == "/huge-streamed":  # no Content-Length: 64 KiB pieces until the client leaves
            self._send(200, {"Content-Type": "text/plain"})
            piece = "报告".encode() * 10922
            try:
                for _ in range(TWENTY_MB // len(piece) + 20):
                    self.wfile.write(piece)
            except OSError:
                pass
        elif path == "/empty":
            self._send(200, {"Content-Type": "text/html", "Content-Length": "0"})
        else:
            self._send(404, {"Content-Type": "text/plain"}, b"not found")


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001 - a client that hung up
        pass


@contextmanager
def serve() -> Iterator[str]:
    """Serve :class:`Handler` on a free loopback port; yields the base URL."""
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
