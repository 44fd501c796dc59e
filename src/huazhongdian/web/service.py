"""What the web layer asks of the library, run off the event loop.

No analysis here: reading, digesting and rendering are the same public
functions the CLI calls. This module only adds a small cache so that a
digest shown on a page can be downloaded in another format without being
computed again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from starlette.concurrency import run_in_threadpool

from huazhongdian.digest import digest as run_digest
from huazhongdian.errors import BadInput, BadLens, HzdError, UnreadableDocument
from huazhongdian.read import read_bytes, read_text, titled
from huazhongdian.render import RENDERERS
from huazhongdian.types import Digest, Document, Snapshot

# Format name → media type, from the one registry of renderers.
FORMATS = {r.name: r.media_type for r in RENDERERS.values()}


def check_lens(lens: str) -> str:
    """Only built-in lens names over the web: a lens path would let a client read server files,
    and a name that fell back to a file in the server's folder would tell a client which files
    exist there — so every other value gets the same answer, without touching the disk."""
    from huazhongdian.classify.lens import builtin_lenses

    if lens not in builtin_lenses():
        raise BadLens(str(lens)[:40], f"unknown lens; the web app takes built-in lens names only "
                                      f"({', '.join(builtin_lenses())})")
    return lens


class DigestCache:
    """The last few digests, keyed by (sha256, lens), for downloads and page links."""

    def __init__(self, size: int = 32) -> None:
        self._items: OrderedDict[tuple[str, str], Digest] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def put(self, d: Digest) -> tuple[str, str]:
        key = (d.document.sha256, d.lens)
        with self._lock:
            self._items[key] = d
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return key

    def get(self, sha: str, lens: str) -> Digest | None:
        with self._lock:
            return self._items.get((sha, lens))


def upload_name(filename: str | None) -> str:
    """The bare file name of an upload (a browser may send a client-side path), for ``source``."""
    return (filename or "upload").replace("\\", "/").rsplit("/", 1)[-1] or "upload"


def read_upload(data: bytes, filename: str | None) -> Document:
    """Bytes of any supported format (sniffed, not trusted from the name) → Document.

    An upload is untrusted: whatever a reader raises on it is a bad file (400), like a file a
    batch skips, never a server error.

    Raises:
        HzdError: the file cannot be read (``UnreadableDocument`` for unexpected reader errors).
    """
    name = upload_name(filename)
    try:
        return read_bytes(data, source=name, filename=name)
    except HzdError:
        raise
    except Exception as exc:  # noqa: BLE001 - a hostile file must not become a 500
        raise UnreadableDocument(name, f"cannot read this file ({type(exc).__name__})") from None


def digest_upload(data: bytes, filename: str, lens: str) -> Digest:
    """Bytes of any supported format → Digest (see :func:`read_upload`)."""
    lens = check_lens(lens)
    return run_digest(read_upload(data, filename), lens=lens)


def digest_pasted(text: str, lens: str) -> Digest:
    if not isinstance(text, str):
        raise BadInput("text", "must be a string")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # "\ud800" in a JSON body: not text at all
            raise BadInput("text", "contains lone surrogates (not valid Unicode text)") from None
    # Titled by its own first line: a pasted text has no file name to stand in for a title.
    return run_digest(titled(read_text(text, source="<pasted text>")), lens=check_lens(lens))


def digest_url(url: str, lens: str, allow_private: bool = False) -> tuple[Digest, Snapshot]:
    """Fetch a report page (:mod:`huazhongdian.read.fetch`: the same checks as ``hzd digest URL``)
    and digest it; the snapshot comes back too, for 加入文库.

    Raises:
        HzdError: the fetch was refused or failed, or the page is not a readable report.
    """
    from huazhongdian.read.fetch import read_url

    lens = check_lens(lens)
    if not isinstance(url, str) or not url.strip():
        raise BadInput("url", "give the address of a report page")
    doc, snap = read_url(url.strip(), allow_private=allow_private)
    return run_digest(doc, lens=lens), snap


class SnapshotCache:
    """The snapshots of the last few fetched pages, keyed by the text's sha256, so 加入文库 on a
    URL's result page stores the page's bytes with it. Bounded by count and by bytes (a page
    may be 20 MB)."""

    def __init__(self, size: int = 32, max_bytes: int = 100 * 1024 * 1024) -> None:
        self._items: OrderedDict[str, Snapshot] = OrderedDict()
        self._size = size
        self._max_bytes = max_bytes
        self._lock = threading.Lock()

    def put(self, sha: str, snap: Snapshot) -> None:
        with self._lock:
            self._items[sha] = snap
            self._items.move_to_end(sha)
            while len(self._items) > 1 and (len(self._items) > self._size or
                                            sum(len(s.data) for s in self._items.values()) > self._max_bytes):
                self._items.popitem(last=False)

    def get(self, sha: str) -> Snapshot | None:
        with self._lock:
            return self._items.get(sha)


def json_bytes(d: Digest) -> bytes:
    """The digest JSON as ``/api/digest`` answers it (what FastAPI's JSONResponse would write)."""
    import json

    from huazhongdian.render.json import digest_to_dict

    return json.dumps(digest_to_dict(d), ensure_ascii=False, allow_nan=False, indent=None,
                      separators=(",", ":")).encode("utf-8")


def digest_upload_json(data: bytes, filename: str, lens: str) -> tuple[Digest, bytes]:
    """:func:`digest_upload` and its JSON in one call, so a worker process does both: with
    ``--workers N`` the server process then only relays bytes instead of serialising 50 digests
    under one interpreter lock (bench/bench_web_load.py)."""
    d = digest_upload(data, filename, lens)
    return d, json_bytes(d)


def digest_pasted_json(text: str, lens: str) -> tuple[Digest, bytes]:
    d = digest_pasted(text, lens)
    return d, json_bytes(d)


class Runner:
    """Where digests run: the thread pool (default), or worker processes for CPU parallelism.

    Threads keep the event loop free but share one interpreter lock; with ``workers > 0``
    digests run in that many processes, which on a multi-core machine serves concurrent
    uploads faster. Either way the answer is the same Digest.
    """

    def __init__(self, workers: int = 0) -> None:
        self.workers = workers
        self._pool = None

    def _executor(self):
        if self._pool is None and self.workers > 0:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn, not fork: the server process runs threads, and forking those is unsafe.
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        return self._pool

    async def run(self, fn, *args):
        pool = self._executor()
        if pool is None:
            return await run_in_threadpool(fn, *args)
        import asyncio

        return await asyncio.get_running_loop().run_in_executor(pool, fn, *args)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
