"""The library commands: ``hzd add``, ``search``, ``trend``, ``export``, ``ls``, ``rm``, ``query``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from huazhongdian.cli.common import (DB_HELP, KIND_OPTION, LEVEL_OPTION, REGION_OPTION, YEARS_OPTION, existing_db,
                                     app, check_choice, format_rows, library_filter, write_output)
from huazhongdian.errors import BadInput, require_extra


@app.command()
def add(
    paths: list[str] = typer.Argument(..., help="Report files, folders (walked for .txt/.html/.docx/.pdf) and/or "
                                      "http(s) URLs (fetched; the page's bytes are kept)."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes (default: CPU count)."),
    engine: str = typer.Option("local", "--engine", help="local | dask"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (dask engine)."),
    replace: bool = typer.Option(False, "--replace", help="A new text replaces the library's document for the same "
                                 "region, level, kind and year (default: keep both and warn)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="URLs may be on private, loopback or "
                                       "link-local addresses (refused by default)."),
) -> None:
    """Put reports into the library. Exit 0 if any file was stored or already there, 2 if none."""
    # deferred: rich, httpx and the library (sqlite3) load only for hzd add, not for hzd --help
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from huazhongdian.read.fetch import is_url
    from huazhongdian.store.batch import add_paths, add_urls, collect_paths
    from huazhongdian.store.library import Library

    check_choice(engine, ("local", "dask"), "--engine")
    if jobs is not None and jobs < 1:
        raise BadInput("--jobs", "must be at least 1")
    if "-" in paths:
        raise BadInput("-", "add stores files and folders, not standard input; save the report to a file first")
    if engine == "dask":
        require_extra("dask", "--engine dask", "dask", "distributed")
    urls = [p for p in paths if is_url(p)]
    files = [p for p in paths if p not in urls]
    total = len(collect_paths(files)) + len(urls)
    with Library(db) as lib, Progress(TextColumn("adding"), BarColumn(), MofNCompleteColumn(),
                                      TimeElapsedColumn(), transient=True,
                                      console=_stderr_console()) as bar:
        task = bar.add_task("add", total=total)
        summary = add_paths(lib, files, jobs=jobs, engine=engine, scheduler=scheduler,
                            progress=lambda _p: bar.advance(task), replace=replace)
        add_urls(lib, urls, allow_private=allow_private, summary=summary,
                 progress=lambda _p: bar.advance(task), replace=replace)
        where = lib.path
    typer.echo(f"added {len(summary.added)}, already present {len(summary.present)}, "
               f"skipped {len(summary.skipped)} → {where}", err=True)
    for s in summary.skipped:
        typer.echo(f"hzd: skipped {s.path}: {s.reason}", err=True)
    for path, mates in summary.doubles:
        held = ", ".join(f"id {m['id']} ({Path(m['path']).name})" for m in mates)
        typer.echo(f"hzd: {path}: warning: the library already holds this report's region, level, kind and "
                   f"year as {held}; both are kept (trend and targets will count the year twice) — "
                   f"`hzd rm ID` one, or add with --replace", err=True)
    for path, mates in summary.replaced:
        gone = ", ".join(f"id {m['id']} ({Path(m['path']).name})" for m in mates)
        typer.echo(f"hzd: {path}: replaced {gone}", err=True)
    if summary.processed == 0:
        raise typer.Exit(2)


def _stderr_console():  # noqa: ANN202 - rich type imported lazily
    # deferred: rich loads only for a progress bar
    from rich.console import Console

    return Console(stderr=True)


@app.command()
def search(
    query: str = typer.Argument(..., help="Words or any substring (1+ characters)."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(20, "--limit", "-n", help="At most this many passages."),
    fmt: str = typer.Option("text", "--format", "-f", help="text | json"),
    level: Optional[str] = LEVEL_OPTION,
    kind: Optional[str] = KIND_OPTION,
    region: Optional[str] = REGION_OPTION,
    years: Optional[str] = YEARS_OPTION,
) -> None:
    """Search the library: passages with the match in 【】, title, year, region."""
    # deferred: the library (sqlite3) and the renderers load only for the command that runs
    from huazhongdian.render.across import render_search
    from huazhongdian.store.library import Library

    check_choice(fmt, ("text", "json"), "--format")
    where = library_filter(level, kind, region, years)
    with Library(existing_db(db)) as lib:
        write_output(render_search(lib.search(query, limit=limit, where=where), fmt), None)


@app.command()
def trend(
    term: list[str] = typer.Argument(..., help="One or more terms."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    by: str = typer.Option("year", "--by", help="year (one series) | region | kind | level (a series for each)"),
    mixed_kinds: bool = typer.Option(False, "--mixed-kinds", help="Allow one series over several kinds of "
                                     "document (refused by default: use --kind or --by kind)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json | png"),
    out: Optional[Path] = typer.Option(None, "-o", "--output"),
    level: Optional[str] = LEVEL_OPTION,
    kind: Optional[str] = KIND_OPTION,
    region: Optional[str] = REGION_OPTION,
    years: Optional[str] = YEARS_OPTION,
) -> None:
    """A term across the library's documents: count, per 10k chars, debut/spike/gap."""
    # deferred: the library (sqlite3), across.trend and the renderers load only for the command that runs
    from huazhongdian.across.trend import BY_CHOICES, check_one_kind, compute_trend
    from huazhongdian.render.across import render_trend
    from huazhongdian.store.library import Library

    check_choice(fmt, ("table", "json", "png"), "--format")
    check_choice(by, BY_CHOICES, "--by")
    if fmt == "png" and out is None and sys.stdout.isatty():
        raise BadInput("-o", "PNG output needs -o FILE (or a pipe)")
    where = library_filter(level, kind, region, years)
    with Library(existing_db(db)) as lib:
        docs = list(lib.texts(where))
    if where.active and not docs:
        raise BadInput("trend", f"no document in the library matches {where.describe()}")
    check_one_kind([meta for meta, _ in docs], by=by, mixed_kinds=mixed_kinds)
    write_output(render_trend(compute_trend(term, docs, by=by), fmt), out)


@app.command()
def export(
    fmt: str = typer.Option(..., "--format", "-f", help="parquet | csv"),
    out: Path = typer.Option(..., "-o", "--output", help="Folder to write one file per table into."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    level: Optional[str] = LEVEL_OPTION,
    kind: Optional[str] = KIND_OPTION,
    region: Optional[str] = REGION_OPTION,
    years: Optional[str] = YEARS_OPTION,
) -> None:
    """Write the library's tables as Parquet or CSV files (for pandas, DuckDB, …)."""
    # deferred: the library (sqlite3, ~35 ms) loads only for a library command, not for hzd --help
    from huazhongdian.store.library import Library

    check_choice(fmt, ("parquet", "csv"), "--format")
    if fmt == "parquet":
        require_extra("parquet", "--format parquet", "pyarrow")
    where = library_filter(level, kind, region, years)
    with Library(existing_db(db)) as lib:
        written = lib.export(out, fmt, where=where)
    typer.echo(f"wrote {len(written)} tables to {out}", err=True)


@app.command("ls")
def list_documents(
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    fmt: str = typer.Option("tsv", "--format", "-f", help="tsv | csv | json"),
    out: Optional[Path] = typer.Option(None, "-o", "--output"),
) -> None:
    """List the library's documents: id, year, level, kind, region, title, chars, path, url."""
    # deferred: the library (sqlite3, ~35 ms) loads only for a library command, not for hzd --help
    from huazhongdian.store.library import Library

    check_choice(fmt, ("tsv", "csv", "json"), "--format")
    names = ["id", "year", "level", "kind", "region", "title", "chars", "path", "url"]
    with Library(existing_db(db)) as lib:
        docs = lib.documents()
    write_output(format_rows(names, [tuple(d[n] for n in names) for d in docs], fmt), out)


@app.command("rm")
def remove_documents(
    ids: list[str] = typer.Argument(..., metavar="ID...", help="Document ids, as `hzd ls` shows them."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Remove documents (with their facts and search passages) from the library."""
    # deferred: the library (sqlite3, ~35 ms) loads only for a library command, not for hzd --help
    from huazhongdian.store.library import Library, check_id

    numbers = [check_id(i) for i in ids]
    with Library(existing_db(db)) as lib:
        held = {d["id"] for d in lib.documents()}
        missing = [n for n in numbers if n not in held]
        if missing:  # check all before removing any: a typo must not leave half the job done
            raise BadInput(str(missing[0]), f"no document with this id in {lib.path}")
        for n in numbers:
            lib.remove(n)
        where = lib.path
    typer.echo(f"removed {len(numbers)} → {where}", err=True)


@app.command()
def query(
    sql: str = typer.Argument(..., metavar="SQL", help="One SELECT (or WITH …) statement."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    fmt: str = typer.Option("tsv", "--format", "-f", help="tsv | csv | json"),
    out: Optional[Path] = typer.Option(None, "-o", "--output"),
) -> None:
    """Run read-only SQL on the library (tables: documents, terms, indicators, targets, …)."""
    # deferred: the library (sqlite3, ~35 ms) loads only for a library command, not for hzd --help
    from huazhongdian.store.library import Library

    check_choice(fmt, ("tsv", "csv", "json"), "--format")
    with Library(existing_db(db)) as lib:
        names, rows = lib.query(sql)
    write_output(format_rows(names, rows, fmt), out)
