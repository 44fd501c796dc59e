"""The notebook API: targets, scorecards and term trends as lists of plain records.

Each function takes report files, folders of them, or a library (an open
:class:`~huazhongdian.store.library.Library` or the path of its ``.db`` file), the shared
library filters (``level``, ``kind``, ``region``, ``years``; see
:mod:`huazhongdian.store.filters`), and returns :class:`~huazhongdian.records.Records`: a
list of dicts whose values are only ``str``, ``int``, ``float``, ``bool`` or ``None`` (numbers
are floats here, never ``Decimal``), ready for ``pandas.DataFrame(records)``.

    >>> import huazhongdian as hzd
    >>> t = hzd.targets("corpus/national-series", years="2004-2026")    # doctest: +SKIP
    >>> hzd.trend("library.db", ["新质生产力"], level="national")         # doctest: +SKIP
    >>> hzd.scorecard("2024.txt", "2025.txt")                            # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, Union

from huazhongdian.digest import digest
from huazhongdian.errors import BadInput
from huazhongdian.extract.targets import extract_targets, metric_labels, report_year
from huazhongdian.load import read
from huazhongdian.records import Records
from huazhongdian.render.json import trend_to_rows
from huazhongdian.render.view import build_view
from huazhongdian.store.filters import LibraryFilter
from huazhongdian.store.library import Library
from huazhongdian.structure import build_document
from huazhongdian.types import Digest, Document, ScorecardRow

__all__ = ["targets", "scorecard", "trend", "library_scorecard", "plot_style", "digest_with_previous",
           "compare_reports", "track_reports"]

Source = Union[str, Path, Library, Iterable[Union[str, Path]]]
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _is_library_file(path: Path) -> bool:
    if path.suffix.lower() in (".db", ".sqlite", ".sqlite3"):
        return True
    if not path.is_file():
        return False
    with path.open("rb") as fh:
        return fh.read(16) == _SQLITE_MAGIC


@contextmanager
def _library_or_paths(source: Source) -> Iterator[tuple[Library | None, list[str]]]:
    """``(library, [])`` for a library or its file, else ``(None, report paths)``."""
    # deferred: store.batch loads only for report files, not for a library
    from huazhongdian.store.batch import collect_paths

    if isinstance(source, Library):
        yield source, []
        return
    if isinstance(source, (str, Path)):
        path = Path(source)
        if _is_library_file(path):
            if not path.is_file():
                raise BadInput(str(path), "no library here; run `hzd add PATH… --db DB` first")
            with Library(path) as lib:
                yield lib, []
            return
        source = [path]
    paths = collect_paths(source)
    if not paths:
        raise BadInput("source", "no report files given")
    yield None, paths


def _read_all(paths: Sequence[str], where: LibraryFilter) -> list[Document]:
    docs = [read(p) for p in paths]
    return [d for d in docs if where.matches(_meta(d))]


def _meta(doc: Document) -> dict[str, Any]:
    m = doc.meta
    return {"title": m.title, "level": m.level, "kind": m.kind, "region": m.region, "year": m.year,
            "path": doc.source}


def _name(source: str) -> str:
    return source.replace("\\", "/").rsplit("/", 1)[-1]


# --- the workflows the CLI and the web app share --------------------------------------------

def digest_with_previous(doc: Document, old: Document | None = None, *, lens: str = "general",
                         terms: Sequence[str] = (), edit: Any = None,
                         card_pool: bool = False) -> tuple[Digest, Any, Any]:
    """``(digest, comparison, view)`` of ``doc``: ``hzd digest [--previous OLD] [--edit FILE]``.

    The comparison (None without ``old``) digests ``old`` with the same lens and terms, so the
    two digests differ only by their report. The view is None unless an edit (a
    :func:`huazhongdian.render.edit.load_edit` result) is given or ``card_pool`` asks for the
    editor's wider card pool (the WeChat post); the renderers build the default one themselves.

    Raises:
        BadInput: the edit was made with another lens.
    """
    the_digest = digest(doc, lens=lens, terms=list(terms))
    comparison = compare_reports(old, the_digest, lens=lens, terms=terms) if old is not None else None
    view = None
    if edit is not None or card_pool:
        # deferred: render.edit loads only for a curated (--edit / card pool) digest
        from huazhongdian.render.edit import CARD_POOL, apply_edit

        if edit is not None and edit.lens and edit.lens != the_digest.lens:
            raise BadInput(edit.source,
                           f"made with --lens {edit.lens}, not {the_digest.lens}: its themes and bullets are another lens's")
        view = build_view(the_digest, card_pool=CARD_POOL if edit is not None else 0)
        view = apply_edit(view, edit) if edit is not None else view
    return the_digest, comparison, view


def compare_reports(old: Document | Digest, new: Document | Digest, *, lens: str = "general",
                    terms: Sequence[str] = ()) -> Any:
    """``hzd compare OLD NEW``: the :class:`~huazhongdian.across.compare.Comparison` of two reports
    (documents are digested with ``lens`` and ``terms``; digests are used as they are)."""
    # deferred: across.compare loads only for a comparison (hzd digest without --previous needs none)
    from huazhongdian.across.compare import compare_digests

    def as_digest(x: Document | Digest) -> Digest:
        return x if isinstance(x, Digest) else digest(x, lens=lens, terms=list(terms))

    return compare_digests(as_digest(old), as_digest(new))


def track_reports(plan: Document, review: Document, units: str = "auto") -> list:
    """``hzd track PLAN REVIEW``: each plan unit of ``plan`` with its status in ``review``."""
    # deferred: across.track loads only for hzd track
    from huazhongdian.across.track import track as run_track

    return run_track(digest(plan), digest(review), units)


# --- targets ------------------------------------------------------------------------------

def targets(source: Source, *, level: str | None = None, kind: str | None = None,
            region: str | None = None, years: str | tuple[int | None, int | None] | None = None) -> Records:
    """The headline targets (主要预期目标) of reports or of a library, one record per target.

    Records, sorted by year: ``year`` (the year the target is for), ``document_year``,
    ``title``, ``source`` (file name), ``level``, ``kind``, ``region``, ``metric``, ``label``
    (GDP增长 …), ``cell`` (as written: 6.5–7%), ``value``, ``low``, ``high``, ``point`` (the
    value, or a range's midpoint), ``unit``, ``base_value`` and ``base_unit`` (1.62万亿元 →
    1.62e12, 元; % stays %), ``qualifier``, ``absent``, ``text``, ``start``, ``end``.

    Example: ``hzd.targets(folder, years="2016")`` has the gdp_growth record with ``point == 6.75``.
    """
    # deferred: render.targets loads only for hzd.targets()
    from huazhongdian.render.targets import format_cell

    where = LibraryFilter.parse(level=level, kind=kind, region=region, years=years)
    with _library_or_paths(source) as (lib, paths):
        if lib is not None:
            pairs = lib.target_rows(where)
        else:
            pairs = [(doc, extract_targets(doc)) for doc in _read_all(paths, where)]
    labels = metric_labels()
    out = []
    for doc, found in pairs:
        for t in found:
            out.append({"year": t.year if t.year is not None else report_year(doc), "document_year": doc.meta.year,
                        "title": doc.meta.title, "source": _name(doc.source), "level": doc.meta.level,
                        "kind": doc.meta.kind, "region": doc.meta.region, "metric": t.metric,
                        "label": labels.get(t.metric, t.metric), "cell": format_cell(t),
                        "value": _float(t.value), "low": _float(t.low), "high": _float(t.high),
                        "point": _float(t.point), "unit": t.unit, "base_value": _float(t.base_value),
                        "base_unit": t.base_unit, "qualifier": t.qualifier, "absent": t.absent,
                        "text": t.text, "start": t.start, "end": t.end})
    out.sort(key=lambda r: (r["year"] is None, r["year"] or 0, r["source"]))
    return Records(out, "targets")


# --- scorecard ----------------------------------------------------------------------------

def library_pairs(lib: Library, where: LibraryFilter | None = None) -> Iterator[tuple[dict, dict, Digest, Digest]]:
    """Each consecutive pair of the selected library documents (same region, level and kind,
    one year apart) with the scorecard digests of both; each document is digested once."""
    # deferred: across.scorecard (~8 ms) loads only for scorecards, not for hzd digest
    from huazhongdian.across.scorecard import consecutive_pairs, scorecard_digest

    pairs = consecutive_pairs(lib.documents(where))
    needed = {m["id"]: m for pair in pairs for m in pair}
    # The stored text is the reader's normalised text: the Document is built from it directly
    # (Library.document would normalise it again) — about half the time of the scorecard.
    texts = {meta["id"]: text for meta, text in lib.texts() if meta["id"] in needed}
    cache: dict[int, Digest] = {}

    def load(doc_id: int) -> Digest:
        if doc_id not in cache:
            meta = needed[doc_id]
            cache[doc_id] = scorecard_digest(build_document(
                texts[doc_id], source=meta["path"], sha256=meta["sha256"], filename=Path(meta["path"]).name))
        return cache[doc_id]

    for old_meta, new_meta in pairs:
        yield old_meta, new_meta, load(old_meta["id"]), load(new_meta["id"])


def library_scorecard(lib: Library, where: LibraryFilter | None = None) -> list[ScorecardRow]:
    """The scorecard rows of every consecutive pair of the selected documents (``hzd scorecard --db``)."""
    # deferred: across.scorecard (~8 ms) loads only for scorecards, not for hzd digest
    from huazhongdian.across.scorecard import scorecard as run_scorecard

    rows: list[ScorecardRow] = []
    for _old, _new, old, new in library_pairs(lib, where):
        rows.extend(run_scorecard(old, new))
    return rows


def scorecard(old: Source, new: str | Path | None = None, *, headline: bool = False,
              level: str | None = None, kind: str | None = None, region: str | None = None,
              years: str | tuple[int | None, int | None] | None = None) -> Records:
    """目标完成情况 as records: ``scorecard(OLD, NEW)`` for two reports, or ``scorecard(library,
    **filters)`` for every consecutive pair of the selected library documents.

    Records: ``year``, ``metric``, ``label``, ``theme``, ``source`` (target | task | qualitative),
    ``target`` (as written: 5%左右), ``target_point``, ``target_base_value``, ``target_unit``,
    ``realised`` (as written), ``realised_value``, ``realised_base_value``, ``realised_unit``,
    ``status`` (完成 | 超额完成 | 未完成 | 未提及), ``status_key`` (met | exceeded | missed |
    not_stated), ``verdict``, ``region``, ``plan_document``, ``review_document`` and the target
    clause with its offsets in the plan report (``target_text``, ``target_start``, ``target_end``).
    ``headline=True`` keeps only the 主要预期目标 rows.
    """
    # deferred: across.scorecard (~8 ms) loads only for scorecards, not for hzd digest
    from huazhongdian.across.scorecard import scorecard as run_scorecard
    from huazhongdian.across.scorecard import scorecard_digest

    where = LibraryFilter.parse(level=level, kind=kind, region=region, years=years)
    if new is not None:
        if where.active:
            raise BadInput("scorecard", f"{where.describe()} selects library documents; give a library, not two files")
        if not isinstance(old, (str, Path)):
            raise BadInput("scorecard", "give two report files, or a library and no second argument")
        old_doc, new_doc = read(old), read(new)
        groups = [(_meta(old_doc), _meta(new_doc), run_scorecard(scorecard_digest(old_doc), scorecard_digest(new_doc)))]
    else:
        with _library_or_paths(old) as (lib, _paths):
            if lib is None:
                raise BadInput("scorecard", "give two report files, or a library")
            groups = [(o, n, run_scorecard(od, nd)) for o, n, od, nd in library_pairs(lib, where)]
    return Records([_scorecard_record(row, o, n) for o, n, rows in groups for row in rows
                    if not headline or row.ledger.source == "target"], "scorecard rows")


def _scorecard_record(row: ScorecardRow, old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    # deferred: the scorecard modules load only for scorecards, not for hzd digest
    from huazhongdian.across.scorecard import STATUS_KEYS
    from huazhongdian.render.scorecard import compact_realised, compact_target

    t, r = row.ledger.target, row.realised
    return {"year": t.year, "metric": t.metric, "label": metric_labels().get(t.metric, t.metric),
            "theme": row.ledger.theme, "source": row.ledger.source, "target": compact_target(t),
            "target_point": _float(t.point), "target_base_value": _float(t.base_value), "target_unit": t.unit,
            "realised": compact_realised(row) if r is not None else None,
            "realised_value": _float(r.value) if r else None,
            "realised_base_value": _float(r.base_value) if r else None,
            "realised_unit": r.unit if r else None, "status": row.status,
            "status_key": STATUS_KEYS.get(row.status, row.status), "verdict": row.verdict_text or None,
            "region": old.get("region") or "", "plan_document": _name(str(old.get("path") or "")),
            "review_document": _name(str(new.get("path") or "")),
            "target_text": t.text, "target_start": t.start, "target_end": t.end}


# --- trend --------------------------------------------------------------------------------

def trend(source: Source, terms: str | Sequence[str], *, by: str = "year", mixed_kinds: bool = False,
          level: str | None = None, kind: str | None = None, region: str | None = None,
          years: str | tuple[int | None, int | None] | None = None) -> Records:
    """Terms across documents: one record per term per document, as ``hzd trend --format json``.

    Records: ``term``, ``year``, ``document``, ``count``, ``per_10k``, ``word_count``,
    ``document_id`` (the library id; for files, the position in the sorted file list, from 1),
    ``region``, ``kind``, ``level``, ``series`` and ``flags`` (debut, spike, gap; joined by
    commas). A selection of several kinds of document is refused unless ``by="kind"`` or
    ``mixed_kinds=True`` (see :mod:`huazhongdian.across.trend`).

    Example: ``hzd.trend(folder, "新质生产力", years="2023-2026")``.
    """
    # deferred: across.trend loads only for hzd.trend()
    from huazhongdian.across.trend import check_one_kind, compute_trend

    where = LibraryFilter.parse(level=level, kind=kind, region=region, years=years)
    wanted = [terms] if isinstance(terms, str) else list(terms)
    with _library_or_paths(source) as (lib, paths):
        if lib is not None:
            docs = list(lib.texts(where))
        else:
            docs = [(dict(_meta(doc), id=i), doc.text) for i, doc in enumerate(_read_all(paths, where), 1)]
    if not docs:
        raise BadInput("trend", f"no document matches {where.describe()}")
    check_one_kind([meta for meta, _ in docs], by=by, mixed_kinds=mixed_kinds)
    rows = trend_to_rows(compute_trend(wanted, docs, by=by))
    return Records([dict(r, flags=",".join(r["flags"])) for r in rows], "trend rows")


# --- charts -------------------------------------------------------------------------------

def plot_style() -> dict[str, Any]:
    """matplotlib settings that draw Chinese with the bundled Noto Sans SC, in the project's colours.

    Registers the font with matplotlib (it does not look inside pip packages by itself) and
    returns rcParams: ``plt.rcParams.update(hzd.plot_style())`` or
    ``with plt.rc_context(hzd.plot_style()): …``.
    """
    # deferred: matplotlib loads only for plot_style()
    from matplotlib import font_manager

    from huazhongdian.render.style import font_path, mpl_rc

    font_manager.fontManager.addfont(str(font_path("sans")))
    return mpl_rc()
