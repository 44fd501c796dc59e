"""Many files → the library: a process pool (``--jobs``) or a Dask cluster (``--engine dask``).

The per-document work (read, digest, segment, build rows) is one pure function,
:func:`process_path`, run by either engine; the parent process is the only writer and
stores results in input order, so both engines produce identical tables. Everything after
reading is :func:`record_document`, which the web app's upload calls too, so a report
added from a folder and the same report uploaded give the same rows.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from huazhongdian.digest import digest
from huazhongdian.errors import BadInput, HzdError, display_path
from huazhongdian.load import read
from huazhongdian.store.library import DocRecord, Library, build_record
from huazhongdian.types import Document

SUFFIXES = frozenset({".txt", ".html", ".htm", ".docx", ".pdf"})
ENGINES = ("local", "dask")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file a batch could not use, and why."""

    path: str
    reason: str


@dataclass(slots=True)
class AddSummary:
    """What ``add`` did: paths added, already present (same text), and skipped with reasons.

    ``doubles`` pairs an added path with the documents already held for the same region, level,
    kind and year (kept: the caller warns); ``replaced`` with those it removed (``replace=True``).
    """

    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    doubles: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)
    replaced: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return len(self.added) + len(self.present)


def collect_paths(inputs: Iterable[str | Path]) -> list[str]:
    """Expand inputs: files as given, directories walked for report files.

    Directories are walked recursively (sorted, so runs are reproducible) for
    .txt/.html/.htm/.docx/.pdf, skipping hidden files and folders; MANIFEST.tsv
    and other side files are not report formats, so they are left out.
    """
    out: list[str] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                        out.append(str(Path(root) / name))
        else:
            out.append(str(p))
    return list(dict.fromkeys(out))


def record_document(doc: Document, path: str, size: int,
                    known: Container[str] = frozenset()) -> DocRecord | str:
    """Digest an already-read document into the :class:`DocRecord` the library stores.

    The one step after reading that ``hzd add`` (:func:`process_path`, bytes from a path)
    and the web upload (bytes from a request) share, so the two cannot store different rows.

    Example: ``record_document(read("2019.txt"), "2019.txt", 12345)``.

    Args:
        doc: the read document.
        path: what the library records as the document's path.
        size: the input's size in bytes.
        known: sha256 hashes already stored (a set, or an open :class:`Library`).

    Returns:
        The sha256 alone (a ``str``) when ``doc``'s text is in ``known``, so nothing is
        digested; otherwise the record. A failing digest raises: the caller decides
        whether that skips a file (batch) or fails a request (web).
    """
    if doc.sha256 in known:
        return doc.sha256
    return build_record(digest(doc), path, size)


def process_path(path: str, known: frozenset[str] = frozenset()) -> DocRecord | Skipped | str:
    """Read and digest one file into a :class:`DocRecord` (runs in a worker).

    Returns the sha256 alone (a ``str``) when the text is already in ``known``,
    skipping the digest; a :class:`Skipped` when the file cannot be read or digested —
    whatever went wrong with that one file, so a batch always goes on. A FIFO, a device
    or a socket is skipped before it is opened (opening a FIFO would wait for a writer).
    """
    shown = display_path(path)
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None  # missing or unreadable: read() says which, in its own words
    if mode is not None and not stat.S_ISREG(mode):
        return Skipped(shown, "not a regular file (a FIFO, device or socket); skipped without opening it")
    try:
        doc = read(path)
    except HzdError as exc:
        return Skipped(shown, exc.reason)
    except Exception as exc:  # noqa: BLE001 - one document's failure must not stop a corpus run
        return Skipped(shown, f"unreadable: {type(exc).__name__}: {exc}")
    try:
        return record_document(doc, shown, os.stat(path).st_size, known)
    except Exception as exc:  # noqa: BLE001 - one document's failure must not stop a corpus run
        return Skipped(shown, f"digest failed: {type(exc).__name__}: {exc}")


def _run_local(paths: Sequence[str], jobs: int, known: frozenset[str]) -> Iterator[DocRecord | Skipped | str]:
    if jobs <= 1 or len(paths) <= 1:
        for p in paths:
            yield process_path(p, known)
        return
    # deferred: multiprocessing loads only for a process pool (--jobs > 1)
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # forkserver/spawn would re-import jieba per worker anyway; fork is cheapest where available.
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    # The known hashes go to each worker once (initializer), not pickled with every path.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_set_known,
                             initargs=(known,)) as pool:
        # map() yields in input order, so document ids do not depend on timing.
        yield from pool.map(_process_with_known, paths, chunksize=1)


_KNOWN: frozenset[str] = frozenset()


def _set_known(known: frozenset[str]) -> None:
    global _KNOWN
    _KNOWN = known


def _process_with_known(path: str) -> DocRecord | Skipped | str:
    return process_path(path, _KNOWN)


def _run_dask(paths: Sequence[str], scheduler: str | None, jobs: int,
              known: frozenset[str]) -> Iterator[DocRecord | Skipped | str]:
    # deferred: dask.distributed loads only for --scheduler
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, min(jobs, len(paths))), threads_per_worker=1, processes=True,
                               dashboard_address=":0")
        client = Client(cluster)
    try:
        # Scattered once to every worker, then passed by reference with each path.
        known_ref = client.scatter(known, broadcast=True) if known else known
        futures = client.map(process_path, list(paths), known=known_ref, pure=False)
        for fut in futures:  # input order, as in the local engine
            yield fut.result()
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def add_paths(
    library: Library,
    inputs: Iterable[str | Path],
    *,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Callable[[str], None] | None = None,
    replace: bool = False,
) -> AddSummary:
    """Add files and folders to the library; bad files are skipped with their reason.

    Example: ``add_paths(Library("lib.db"), ["corpus/"], jobs=2)``.

    Args:
        library: the open library (the only writer).
        inputs: files and/or directories.
        jobs: worker processes (default ``os.cpu_count()``); with dask, LocalCluster workers.
        engine: "local" (process pool) or "dask" (distributed; a LocalCluster when no scheduler).
        scheduler: a dask scheduler address such as ``tcp://10.0.0.5:8786``.
        progress: called with each path once it is stored or skipped.
        replace: a new document removes those already held for its region, level, kind and
            year (another text of the same report); without it both are kept and listed in
            ``doubles``.
    """
    if engine not in ENGINES:
        raise BadInput("--engine", f"unknown engine {engine!r}; choose local or dask")
    paths = collect_paths(inputs)
    jobs = jobs or os.cpu_count() or 1
    known = library.known_hashes()
    results = (_run_dask(paths, scheduler, jobs, known) if engine == "dask"
               else _run_local(paths, jobs, known))
    summary = AddSummary()
    for path, result in zip(map(display_path, paths), results):
        if isinstance(result, Skipped):
            library.record_skipped(result.path, result.reason)
            summary.skipped.append(result)
        elif isinstance(result, str) or (doc_id := library.add_record(result)) is None:
            summary.present.append(path)
        else:
            _added(library, summary, path, doc_id, replace)
        if progress is not None:
            progress(path)
    return summary


def _added(library: Library, summary: AddSummary, name: str, doc_id: int, replace: bool) -> None:
    """Count a newly added document; one that doubles a report of the same region, level, kind
    and year replaces it (``replace``) or is reported as a double."""
    summary.added.append(name)
    mates = library.slot_mates(doc_id)
    if mates and replace:
        for mate in mates:
            library.remove(mate["id"])
        summary.replaced.append((name, mates))
    elif mates:
        summary.doubles.append((name, mates))


def add_urls(
    library: Library,
    urls: Iterable[str],
    *,
    allow_private: bool = False,
    summary: AddSummary | None = None,
    progress: Callable[[str], None] | None = None,
    replace: bool = False,
) -> AddSummary:
    """Fetch report pages and add them, each with its snapshot (the bytes, URL, fetch time and
    sha256), so the document stays readable when the page is gone.

    A URL that cannot be fetched or read is skipped with its reason, like a bad file. The same
    text already held (from a file or another URL) is ``present``; it gains the snapshot when it
    had none.

    Example: ``add_urls(Library("lib.db"), ["https://www.gov.cn/zhengce/…/content_….htm"])``.
    """
    # deferred: read.fetch (httpx) loads only for URLs
    from huazhongdian.load import read_url

    summary = summary if summary is not None else AddSummary()
    for url in urls:
        try:
            doc, snap = read_url(url, allow_private=allow_private)
            result = record_document(doc, url, len(snap.data), known=library)
        except HzdError as exc:
            library.record_skipped(url, exc.reason)
            summary.skipped.append(Skipped(url, exc.reason))
        else:
            doc_id = None if isinstance(result, str) else library.add_record(result)
            if doc_id is None:
                summary.present.append(url)
                held = library.id_of(doc.sha256)
                if held is not None:
                    library.save_snapshot(held, snap)
            else:
                library.save_snapshot(doc_id, snap)
                _added(library, summary, url, doc_id, replace)
        if progress is not None:
            progress(url)
    return summary
