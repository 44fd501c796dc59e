"""What the web layer asks of the library, run off the event loop.

No analysis here: reading, digesting and rendering are the same public
functions the CLI calls. This module only adds where they run (:class:`Runner`:
a thread pool or warmed worker processes) and a small cache so that a digest
shown on a page can be downloaded in another format without the client sending
it again (:class:`DigestCache`).
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool

from huazhongdian.classify.lens import builtin_lenses
from huazhongdian.datafiles import load_text
from huazhongdian.digest import digest as run_digest
from huazhongdian.errors import BadInput, BadLens, HzdError, UnreadableDocument
from huazhongdian.load import read_bytes, read_text, titled
from huazhongdian.render import RENDERERS
from huazhongdian.render.json import digest_to_dict
from huazhongdian.types import Digest, Document, Snapshot

# Format name → media type, from the one registry of renderers.
FORMATS = {r.name: r.media_type for r in RENDERERS.values()}


def check_lens(lens: str) -> str:
    """Only built-in lens names over the web: a lens path would let a client read server files,
    and a name that fell back to a file in the server's folder would tell a client which files
    exist there — so every other value gets the same answer, without touching the disk."""
    if lens not in builtin_lenses():
        raise BadLens(str(lens)[:40], f"unknown lens; the web app takes built-in lens names only "
                                      f"({', '.join(builtin_lenses())})")
    return lens


@dataclass(frozen=True, slots=True)
class Recipe:
    """How to compute a digest again: ``fn(*args)`` gives it. What a worker process's digest
    leaves in the server's cache instead of the Digest itself (see :class:`DigestCache`)."""

    sha256: str
    lens: str
    fn: Callable[..., Digest]
    args: tuple[Any, ...]
    size: int  # bytes held by ``args`` (the upload), for the cache's bound


class DigestCache:
    """The last few digests, keyed by (sha256, lens), for downloads, previews and 加入文库.

    An entry is the Digest, or (for ``/api/digest`` answered by a worker process) a
    :class:`Recipe`: sending the Digest back from the worker would cost both processes more than
    a fifth of the digest itself (pickling 0.6 MB of facts), for the few answers that are ever
    downloaded. :meth:`digest` computes a recipe's Digest again, once, when it is asked for;
    the digest is deterministic, so it is the one the client saw. Recipes hold the uploaded bytes,
    bounded by ``max_bytes`` over all recipes (the oldest go first).
    """

    def __init__(self, size: int = 32, max_bytes: int = 100 * 1024 * 1024,
                 runner: Runner | None = None) -> None:
        self._items: OrderedDict[tuple[str, str], Digest | Recipe] = OrderedDict()
        self._size = size
        self._max_bytes = max_bytes
        self._runner = runner
        self._lock = threading.Lock()
        self._pending: dict[tuple[str, str], asyncio.Future[Digest]] = {}

    def put(self, entry: Digest | Recipe) -> tuple[str, str]:
        key = ((entry.sha256, entry.lens) if isinstance(entry, Recipe)
               else (entry.document.sha256, entry.lens))
        with self._lock:
            if isinstance(entry, Recipe) and isinstance(self._items.get(key), Digest):
                entry = self._items[key]  # already computed here: keep it
            self._items[key] = entry
            self._items.move_to_end(key)
            while len(self._items) > 1 and (len(self._items) > self._size or self._recipe_bytes() > self._max_bytes):
                self._items.popitem(last=False)
        return key

    def _recipe_bytes(self) -> int:
        return sum(e.size for e in self._items.values() if isinstance(e, Recipe))

    def get(self, sha: str, lens: str) -> Digest | None:
        """The cached Digest if it is here already (a recipe not yet computed counts as absent)."""
        with self._lock:
            entry = self._items.get((sha, lens))
        return entry if isinstance(entry, Digest) else None

    async def digest(self, sha: str, lens: str) -> Digest | None:
        """The cached Digest, computing a recipe's in the runner first (concurrent callers of the
        same key share that one computation); None when the key is not cached."""
        key = (sha, lens)
        with self._lock:
            entry = self._items.get(key)
        if entry is None or isinstance(entry, Digest):
            return entry
        future = self._pending.get(key)
        if future is None:  # only the event loop's thread gets here, so no lock is needed
            future = self._pending[key] = asyncio.ensure_future(self._compute(key, entry))
        return await asyncio.shield(future)  # a caller that goes away does not cancel the others'

    async def _compute(self, key: tuple[str, str], recipe: Recipe) -> Digest | None:
        try:
            d = (await self._runner.run(recipe.fn, *recipe.args) if self._runner is not None
                 else recipe.fn(*recipe.args))
        finally:
            self._pending.pop(key, None)
        if (d.document.sha256, d.lens) != key:  # the same text gives the same digest; this is another
            return None
        with self._lock:
            if self._items.get(key) is recipe:
                self._items[key] = d
        return d


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
    # deferred: read.fetch (httpx) loads only for a URL
    from huazhongdian.load import read_url

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


def upload_answer(data: bytes, filename: str, lens: str) -> tuple[Recipe, bytes]:
    """What a worker process sends back for ``/api/digest``: the JSON bytes, and instead of the
    Digest a :class:`Recipe` for the server's cache (its arguments are the server's own copy of
    the upload, so nothing big crosses back but the answer)."""
    d, body = digest_upload_json(data, filename, lens)
    return Recipe(d.document.sha256, d.lens, digest_upload, (), len(data)), body


def pasted_answer(text: str, lens: str) -> tuple[Recipe, bytes]:
    """:func:`upload_answer` for pasted text."""
    d, body = digest_pasted_json(text, lens)
    return Recipe(d.document.sha256, d.lens, digest_pasted, (), len(text)), body


def with_args(recipe: Recipe, *args: Any) -> Recipe:
    """The recipe with its arguments filled in (the server's copy, not the worker's)."""
    return Recipe(recipe.sha256, recipe.lens, recipe.fn, args, recipe.size)


def warm_worker() -> None:
    """A worker process's initializer: load what every digest needs (jieba and its dictionary,
    the lexicons, every built-in lens, the view and JSON code) on a short real passage, so the
    first uploads a new server gets do not pay for it; then freeze the loaded objects out of the
    garbage collector's way (they live as long as the process)."""
    text = load_text("warm_up.txt")  # lines of the 2025 national report: review, plan, targets
    try:
        for lens in builtin_lenses():
            json_bytes(digest_pasted(text, lens))
    except Exception:  # noqa: BLE001 - a failed initializer breaks the whole pool; a cold worker still works
        logging.getLogger("huazhongdian.web").exception("warming a worker process failed")
    gc.collect()
    gc.freeze()


def worker_ready() -> int:
    """A no-op the server sends each worker at start-up, so that every process is spawned and
    warmed then (a process pool starts its processes as work arrives)."""
    return os.getpid()


def default_workers(cap: int = 4) -> int:
    """``hzd serve``'s default ``--workers``: one worker process per core the server may use, at
    most ``cap`` (each holds its own copy of jieba and the lexicons, ~90 MB); 0 (the thread pool)
    on one core, where processes buy nothing, or where the platform has no process pools."""
    try:
        # deferred: multiprocessing.synchronize loads only to probe for process pools
        import multiprocessing.synchronize  # noqa: F401 - fails where process pools cannot work
    except ImportError:
        return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return min(cores, cap) if cores > 1 else 0


class Runner:
    """Where digests run: the thread pool, or worker processes for CPU parallelism.

    Threads keep the event loop free but share one interpreter lock; with ``workers > 0``
    digests run in that many processes, which on a multi-core machine serves concurrent
    uploads faster. Either way the answer is the same Digest. :meth:`start` spawns and warms
    every worker process (:func:`warm_worker`) when the server starts.
    """

    def __init__(self, workers: int = 0) -> None:
        self.workers = workers
        self._pool = None
        self._warming: list[Any] = []

    @property
    def in_processes(self) -> bool:
        """Whether :meth:`run` hands its work to other processes (arguments and results are pickled)."""
        return self.workers > 0

    def _executor(self):
        if self._pool is None and self.workers > 0:
            # deferred: multiprocessing and the process pool load only for --workers > 0
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn, not fork: the server process runs threads, and forking those is unsafe.
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=warm_worker)
        return self._pool

    def start(self) -> None:
        """Start every worker process now, each warming itself up, without waiting for them: a
        pool spawns a process per task while none is idle, so ``workers`` tasks at once start
        them all. Requests that arrive meanwhile queue behind the warm-up."""
        pool = self._executor()
        if pool is not None:
            self._warming = [pool.submit(worker_ready) for _ in range(self.workers)]

    async def run(self, fn, *args):
        pool = self._executor()
        if pool is None:
            return await run_in_threadpool(fn, *args)
        return await asyncio.get_running_loop().run_in_executor(pool, fn, *args)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
            self._warming = []
