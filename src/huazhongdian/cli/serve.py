"""``hzd serve``: the web app, on loopback unless a token guards it."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from huazhongdian.cli.common import app
from huazhongdian.errors import BadInput, require_extra
from huazhongdian.read import read_plain_text_file

# --- web command (serve) ------------------------------------------------------------------

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    db: Optional[Path] = typer.Option(None, "--db", help="Library SQLite file (default: the user's)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Bind address; anything but loopback needs --token."),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    token: Optional[str] = typer.Option(None, "--token", envvar="HZD_TOKEN",
                                        help="Access token (header X-HZD-Token, Bearer, cookie or ?token=). "
                                             "Prefer HZD_TOKEN or --token-file: a --token value shows in the process list."),
    token_file: Optional[Path] = typer.Option(None, "--token-file", help="Read the access token from this file."),
    max_upload_mb: int = typer.Option(20, "--max-upload-mb", help="Largest accepted upload, in MiB."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Digest in N worker processes (default: one "
                                          "per core, at most 4; 0: a thread pool in the server process)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="The URL field may fetch from private, "
                                       "loopback and link-local addresses (refused by default)."),
) -> None:
    """The web app and its JSON API."""
    if token_file is not None:
        token = read_plain_text_file(token_file).strip()
    if host not in LOOPBACK_HOSTS and not token:
        raise BadInput("--host", f"binding {host} exposes the app beyond this machine; give --token (or HZD_TOKEN)")
    if max_upload_mb < 1:
        raise BadInput("--max-upload-mb", "must be at least 1")
    if workers is not None and workers < 0:
        raise BadInput("--workers", "must be 0 or more")
    require_extra("web", "serve", "fastapi", "starlette", "uvicorn", "python_multipart")
    # deferred: uvicorn and the web app (fastapi, ~230 ms) load only for hzd serve
    import uvicorn

    from huazhongdian.web.app import create_app
    from huazhongdian.web.service import default_workers

    if workers is None:
        workers = default_workers()

    _check_listen(host, port)
    web_app = create_app(db, token=token, max_upload=max_upload_mb * 1024 * 1024, workers=workers,
                         allow_private=allow_private)
    typer.echo(f"hzd: serving on http://{host}:{port}/", err=True)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


def _check_listen(host: str, port: int) -> None:
    """Fail in one line, before the app starts, when HOST:PORT cannot be listened on."""
    # deferred: socket loads only for hzd serve
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _name, address = infos[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as exc:
        raise BadInput(f"{host}:{port}", f"cannot listen here: {exc.strerror or exc}") from None
