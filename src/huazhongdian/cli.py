"""The ``hzd`` command: parse arguments, call the public API, print. No analysis here.

Every command that reads input turns library errors into one line on stderr
and exit status 2; ``-o`` output is written atomically (temp file + rename),
so a failed run never leaves half a file. Usage errors (an unknown option, a
missing argument, a bad value) are one line too, with the command's usage and a
"did you mean" where there is one, also exit 2; ``hzd --version`` and ``hzd``
alone (help) exit 0.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Optional

import typer
from typer.core import TyperArgument, TyperGroup

from huazhongdian.errors import BadInput, HzdError, require_extra
from huazhongdian.render import RENDERERS


class HzdGroup(TyperGroup):
    """typer's command group, with help that names values instead of showing Python types.

    Every argument and option gets a metavar unless it has one: arguments their name in
    capitals (FILE, PATHS...), options a word for their value (PATH, N, or the option's
    name: FORMAT, LENS, TERM); flags show none. So help reads ``--term TERM`` rather than
    ``--term <list[str]>``, for commands added later too.
    """

    def get_params(self, ctx: typer.Context) -> list:  # noqa: ANN401 - click's own types
        return _readable(super().get_params(ctx))

    def get_command(self, ctx: typer.Context, cmd_name: str):  # noqa: ANN201
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _readable(command.get_params(ctx))
        return command


def _readable(params: list) -> list:
    for param in params:
        if isinstance(param, TyperArgument):
            if param.metavar is None:
                param.metavar = param.name.upper()
            param.display_type_rich = _no_type  # the metavar says what it is
        elif getattr(param, "is_flag", False):
            param.metavar = ""
        elif param.metavar is None:
            param.metavar = _option_metavar(param)
    return params


def _no_type(ctx: typer.Context) -> None:
    return None


def _option_metavar(param) -> str:  # noqa: ANN001
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is not None and descriptor.is_path:
        return "PATH"
    if descriptor is not None and descriptor.annotation is int:
        return "N"
    longest = max(param.opts, key=len).lstrip("-")
    return longest.upper().replace("-", "_")


app = typer.Typer(
    name="hzd",
    cls=HzdGroup,
    help="划重点: digests of Chinese government reports, every fact with its place in the text.",
    add_completion=True,
    pretty_exceptions_enable=False,
    invoke_without_command=True,
)


def _print_version(value: bool) -> None:
    if value:
        import huazhongdian

        typer.echo(f"hzd (huazhongdian) {huazhongdian.__version__}")
        raise typer.Exit(0)


@app.callback()
def hzd(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", "-V", callback=_print_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """The root of every command: ``--version``, and the help when no command is given."""
    if ctx.invoked_subcommand is None:  # `hzd` alone: the help, exit 0
        typer.echo(ctx.get_help())
        raise typer.Exit(0)


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"hzd: {message}", err=True)
    raise typer.Exit(code)


def write_output(data: str | bytes, out: Optional[Path]) -> None:
    """Write to ``out`` atomically, or to stdout when ``out`` is None or '-'."""
    if out is None or str(out) == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(data if data.endswith("\n") else data + "\n")
        return
    target = Path(out)
    if target.is_dir():
        raise BadInput(str(out), "is a directory; give a file name for -o")
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise BadInput(str(out), "output folder does not exist")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if target.exists() and not target.is_file():
        # /dev/stdout, /dev/null, a FIFO: written in place; renaming over it would replace the device.
        try:
            with target.open("wb") as fh:
                fh.write(payload)
        except OSError as exc:
            raise BadInput(str(out), f"cannot write here: {exc.strerror or exc}") from None
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=parent)
    except OSError as exc:
        raise BadInput(str(out), f"cannot write here: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        # mkstemp makes the file private (0600); give the output the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:  # a full disk, a read-only target …
        raise BadInput(str(out), f"cannot write here: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def read_report(path: str, allow_private: bool = False):  # noqa: ANN201 - a Document, typed lazily
    """Read one report (a file, ``-`` or an http(s) URL) and print what the reader noticed about
    it (one line a warning)."""
    import huazhongdian as hzd
    from huazhongdian.read.fetch import is_url, read_url

    doc = read_url(path, allow_private=allow_private)[0] if is_url(path) else hzd.read(path)
    for warning in doc.warnings:
        typer.echo(f"hzd: {doc.source}: warning: {warning}", err=True)
    return doc


def check_choice(value: str, choices: Sequence[str], option: str) -> str:
    if value not in choices:
        raise BadInput(option, f"unknown value {value!r}; choose one of {', '.join(choices)}")
    return value


def read_terms_file(path: Path) -> list[str]:
    from huazhongdian.read import read_plain_text_file

    # Same layout as the built-in lexicon: one term a line, optionally followed by white space
    # and a category, # comments.
    terms = []
    for line in read_plain_text_file(path).splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            terms.append(fields[0])
    if not terms:
        raise BadInput(str(path), "no terms in the file (one term a line)")
    return terms


# --- the library filters: one set of options for every command that selects documents -------

LEVEL_OPTION = typer.Option(None, "--level", help="Only documents of this level: national | provincial | "
                                                  "municipal | district | county.")
KIND_OPTION = typer.Option(None, "--kind", help="Only documents of this kind: gov-work-report | "
                                                "party-congress-report | plan | other.")
REGION_OPTION = typer.Option(None, "--region", help="Only this region (安徽省, or its start: 安徽); 国家 for "
                                                    "the national documents.")
YEARS_OPTION = typer.Option(None, "--years", metavar="A-B", help="Only documents of these years: 2010-2012 "
                                                                 "(both included), 2010, 2010- or -2012.")


def library_filter(level: Optional[str], kind: Optional[str], region: Optional[str], years: Optional[str]):  # noqa: ANN201
    """The shared filter options → one :class:`~huazhongdian.store.filters.LibraryFilter`."""
    from huazhongdian.store.filters import LibraryFilter

    return LibraryFilter.parse(level=level, kind=kind, region=region, years=years)


# --- digest and terms ---------------------------------------------------------------------

DIGEST_FORMATS = tuple(RENDERERS)  # the built-in formats, for --help; --format checks the live registry


@app.command()
def digest(
    file: str = typer.Argument(..., help="Report: .txt/.html/.docx/.pdf, an http(s) URL, or - for stdin."),
    lens: str = typer.Option("general", "--lens", help="Built-in lens (general, science) or a lens .toml path."),
    fmt: str = typer.Option("md", "--format", "-f", help=" | ".join(DIGEST_FORMATS)),
    out: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here instead of stdout."),
    term: list[str] = typer.Option([], "--term", help="Also count this term (repeatable)."),
    terms_file: Optional[Path] = typer.Option(None, "--terms", help="File of terms, one a line."),
    previous: Optional[str] = typer.Option(
        None, "--previous", metavar="FILE", help="An earlier report (e.g. last year's): adds a 与上年相比 part (md, json, html; "
             "on the png/svg poster, the targets that changed)."),
    title: Optional[str] = typer.Option(None, "--title", help="The report's title (for a pasted text without one)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="A URL may be on a private, loopback or "
                                       "link-local address (refused by default)."),
    edit: Optional[Path] = typer.Option(None, "--edit", metavar="FILE",
                                        help="An edit file (hzd edit-template): the editor's curation, for every format."),
) -> None:
    """One report → its 划重点 digest (Markdown by default)."""
    import dataclasses

    from huazhongdian.api import digest_with_previous
    from huazhongdian.render import render_bytes, render_text, renderer

    check_choice(fmt, tuple(RENDERERS), "--format")
    entry = renderer(fmt)
    if entry.binary and out is None and sys.stdout.isatty():
        raise BadInput("-o", "PNG output needs -o FILE (or a pipe)")
    if previous == "-" and file == "-":
        raise BadInput("--previous", "FILE and --previous cannot both be - (stdin)")
    user_terms = list(term) + (read_terms_file(terms_file) if terms_file else [])
    the_edit = None
    if edit is not None:
        from huazhongdian.render.edit import load_edit

        the_edit = load_edit(edit)  # a bad edit file fails before any analysis
    # Both reports are read before any analysis, so a bad --previous fails at once.
    old_doc = read_report(previous) if previous is not None else None
    doc = read_report(file, allow_private=allow_private)
    if title:
        doc = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, title=title.strip()))
    the_digest, comparison, view = digest_with_previous(doc, old_doc, lens=lens, terms=user_terms, edit=the_edit,
                                                        card_pool=fmt == "wechat")
    if fmt == "wechat" and out is not None and str(out) != "-":
        from huazhongdian.render.wechat import publish_wechat

        files = publish_wechat(the_digest, comparison, view, Path(out).name)
        for name, data in files.items():  # the post last, so it never points at a missing image
            if name != Path(out).name:
                write_output(data, Path(out).with_name(name))
        write_output(files[Path(out).name], out)
        return
    if fmt == "wechat":
        typer.echo("hzd: note: the poster image is written only with -o FILE (beside the HTML)", err=True)
    render = render_bytes if entry.binary else render_text
    write_output(render(the_digest, fmt, previous=comparison, view=view), out)


@app.command("edit-template")
def edit_template_command(
    file: str = typer.Argument(..., help="Report: .txt/.html/.docx/.pdf, or - for stdin."),
    lens: str = typer.Option("general", "--lens", help="Built-in lens (general, science) or a lens .toml path."),
    out: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here instead of stdout."),
    term: list[str] = typer.Option([], "--term", help="Also count this term (repeatable)."),
    title: Optional[str] = typer.Option(None, "--title", help="The report's title (for a pasted text without one)."),
) -> None:
    """The default edit file of a report's digest (JSON), to curate and pass to hzd digest --edit."""
    import dataclasses
    import json

    import huazhongdian as hzd
    from huazhongdian.render.edit import CARD_POOL, edit_template
    from huazhongdian.render.view import build_view

    doc = read_report(file)
    if title:
        doc = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, title=title.strip()))
    the_digest = hzd.digest(doc, lens=lens, terms=list(term))
    template = edit_template(build_view(the_digest, card_pool=CARD_POOL))
    template["document"]["lens"] = the_digest.lens
    write_output(json.dumps(template, ensure_ascii=False, indent=1), out)


@app.command()
def terms(
    file: str = typer.Argument(..., help="Report file, or - for stdin."),
    term: list[str] = typer.Option([], "--term", "-t", help="Term to count (repeatable)."),
    terms_file: Optional[Path] = typer.Option(None, "--terms", help="File of terms, one a line."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json | png"),
    out: Optional[Path] = typer.Option(None, "-o", "--output"),
    width: int = typer.Option(20, "--width", help="Characters of context on each side."),
) -> None:
    """Counts and every occurrence in context (KWIC) for the given terms."""
    from huazhongdian.extract.terms import extract_terms
    from huazhongdian.render.terms import render_terms

    check_choice(fmt, ("table", "json", "png"), "--format")
    wanted = list(term) + (read_terms_file(terms_file) if terms_file else [])
    doc = read_report(file)
    counted = extract_terms(doc, wanted) if wanted else extract_terms(doc)
    write_output(render_terms(doc, counted, fmt, width=width), out)


# --- targets ------------------------------------------------------------------------------

@app.command()
def targets(
    files: list[str] = typer.Argument(None, metavar="[FILE]...", help="One or more reports (or --db DB)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | csv | json"),
    out: Optional[Path] = typer.Option(None, "-o", "--output"),
    long: bool = typer.Option(False, "--long", help="csv: one row per target instead of the grid."),
    db: Optional[Path] = typer.Option(None, "--db", help="The library's stored targets instead of files."),
    level: Optional[str] = LEVEL_OPTION,
    kind: Optional[str] = KIND_OPTION,
    region: Optional[str] = REGION_OPTION,
    years: Optional[str] = YEARS_OPTION,
) -> None:
    """Headline targets (主要预期目标) of one or more reports: a year × metric table."""
    from huazhongdian.extract.targets import extract_targets
    from huazhongdian.render.targets import render_targets

    check_choice(fmt, ("table", "csv", "json"), "--format")
    where = library_filter(level, kind, region, years)
    if db is not None:
        if files:
            raise BadInput("targets", "give FILE… or --db DB, not both")
        from huazhongdian.store.library import Library

        with Library(_existing_db(db)) as lib:
            rows = lib.target_rows(where)
    else:
        if not files:
            raise BadInput("targets", "give one or more report files, or --db DB")
        # Targets parse their own narrow language, so the indicator pass is not needed here.
        docs = [doc for doc in map(read_report, files) if where.matches(_meta_of(doc))]
        rows = [(doc, extract_targets(doc)) for doc in docs]
    if where.active and not rows:
        raise BadInput("targets", f"no document matches {where.describe()}")
    write_output(render_targets(rows, fmt, long=long), out)


def _meta_of(doc) -> dict:  # noqa: ANN001 - a Document, typed lazily
    m = doc.meta
    return {"level": m.level, "kind": m.kind, "region": m.region, "year": m.year}


# --- across commands (compare, track, add, search, trend, export) -------------------------

@app.command()
def compare(
    old: str = typer.Argument(..., help="The earlier report."),
    new: str = typer.Argument(..., help="The later report."),
    fmt: str = typer.Option("md", "--format", "-f", help="md | json | html"),
    out: Optional[Path] = typer.Option(None, "-o", "--output"),
) -> None:
    """What changed between two reports: terms, targets, items new and dropped."""
    from huazhongdian.api import compare_reports
    from huazhongdian.render.across import render_compare

    check_choice(fmt, ("md", "json", "html"), "--format")
    old_doc, new_doc = read_report(old), read_report(new)
    write_output(render_compare(compare_reports(old_doc, new_doc), fmt), out)


@app.command()
def track(
    plan_report: str = typer.Argument(..., help="Year N report (its plans)."),
    review_report: str = typer.Argument(..., help="Year N+1 report (its review of year N)."),
    fmt: str = typer.Option("md", "--format", "-f", help="md | json"),
    out: Optional[Path] = typer.Option(None, "-o", "--output"),
    units: str = typer.Option("auto", "--units", help="auto (plan sentences with their theme) | items | sentences | tasks"),
) -> None:
    """Did last year's plans show up as this year's achievements?"""
    from huazhongdian.across.track import UNIT_KINDS
    from huazhongdian.api import track_reports
    from huazhongdian.render.across import render_track

    check_choice(fmt, ("md", "json"), "--format")
    check_choice(units, UNIT_KINDS, "--units")
    plan_doc, review_doc = read_report(plan_report), read_report(review_report)
    results = track_reports(plan_doc, review_doc, units)
    write_output(render_track(results, fmt, plan=plan_doc, review=review_doc), out)


DB_HELP = "Library file (default: $HZD_DB, else the user data dir's huazhongdian/library.db)."


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
    from huazhongdian.render.across import render_search
    from huazhongdian.store.library import Library

    check_choice(fmt, ("text", "json"), "--format")
    where = library_filter(level, kind, region, years)
    with Library(_existing_db(db)) as lib:
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
    from huazhongdian.across.trend import BY_CHOICES, check_one_kind, compute_trend
    from huazhongdian.render.across import render_trend
    from huazhongdian.store.library import Library

    check_choice(fmt, ("table", "json", "png"), "--format")
    check_choice(by, BY_CHOICES, "--by")
    if fmt == "png" and out is None and sys.stdout.isatty():
        raise BadInput("-o", "PNG output needs -o FILE (or a pipe)")
    where = library_filter(level, kind, region, years)
    with Library(_existing_db(db)) as lib:
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
    from huazhongdian.store.library import Library

    check_choice(fmt, ("parquet", "csv"), "--format")
    if fmt == "parquet":
        require_extra("parquet", "--format parquet", "pyarrow")
    where = library_filter(level, kind, region, years)
    with Library(_existing_db(db)) as lib:
        written = lib.export(out, fmt, where=where)
    typer.echo(f"wrote {len(written)} tables to {out}", err=True)


@app.command("ls")
def list_documents(
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    fmt: str = typer.Option("tsv", "--format", "-f", help="tsv | csv | json"),
    out: Optional[Path] = typer.Option(None, "-o", "--output"),
) -> None:
    """List the library's documents: id, year, level, kind, region, title, chars, path, url."""
    from huazhongdian.store.library import Library

    check_choice(fmt, ("tsv", "csv", "json"), "--format")
    names = ["id", "year", "level", "kind", "region", "title", "chars", "path", "url"]
    with Library(_existing_db(db)) as lib:
        docs = lib.documents()
    write_output(format_rows(names, [tuple(d[n] for n in names) for d in docs], fmt), out)


@app.command("rm")
def remove_documents(
    ids: list[str] = typer.Argument(..., metavar="ID...", help="Document ids, as `hzd ls` shows them."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Remove documents (with their facts and search passages) from the library."""
    from huazhongdian.store.library import Library, check_id

    numbers = [check_id(i) for i in ids]
    with Library(_existing_db(db)) as lib:
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
    from huazhongdian.store.library import Library

    check_choice(fmt, ("tsv", "csv", "json"), "--format")
    with Library(_existing_db(db)) as lib:
        names, rows = lib.query(sql)
    write_output(format_rows(names, rows, fmt), out)


def format_rows(names: list[str], rows: Sequence[Sequence[object]], fmt: str) -> str:
    """Rows as TSV (a header line; tabs and line breaks inside a value become spaces), CSV or
    a JSON list of objects."""
    if fmt == "json":
        import json

        return json.dumps([dict(zip(names, row)) for row in rows], ensure_ascii=False, indent=1)
    import csv
    import io

    buf = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(buf)
        writer.writerow(names)
        writer.writerows(rows)
        return buf.getvalue()

    def cell(value: object) -> str:
        return "" if value is None else " ".join(str(value).split())

    return "\n".join("\t".join(cell(v) for v in row) for row in [names, *rows])


def _existing_db(db: Optional[Path]) -> Path:
    """Reading commands must not create an empty library by accident."""
    from huazhongdian.store.library import default_db_path

    path = db if db is not None else default_db_path()
    if not path.is_file():
        raise BadInput(str(path), "no library here; run `hzd add PATH… --db DB` first")
    return path


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
        from huazhongdian.read import read_plain_text_file

        token = read_plain_text_file(token_file).strip()
    if host not in LOOPBACK_HOSTS and not token:
        raise BadInput("--host", f"binding {host} exposes the app beyond this machine; give --token (or HZD_TOKEN)")
    if max_upload_mb < 1:
        raise BadInput("--max-upload-mb", "must be at least 1")
    if workers is not None and workers < 0:
        raise BadInput("--workers", "must be 0 or more")
    require_extra("web", "serve", "fastapi", "starlette", "uvicorn", "python_multipart")
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
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _name, address = infos[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as exc:
        raise BadInput(f"{host}:{port}", f"cannot listen here: {exc.strerror or exc}") from None


# --- scorecard (目标完成情况) ---------------------------------------------------------------

@app.command()
def scorecard(
    files: list[str] = typer.Argument(None, metavar="[OLD NEW]", help="The year-N report and the year-N+1 report."),
    db: Optional[Path] = typer.Option(None, "--db", help="Every consecutive pair in this library instead."),
    fmt: str = typer.Option("md", "--format", "-f", help="md | json | csv"),
    headline: bool = typer.Option(False, "--headline", help="Only the headline targets, not the plan tasks."),
    out: Optional[Path] = typer.Option(None, "-o", "--output"),
    level: Optional[str] = LEVEL_OPTION,
    kind: Optional[str] = KIND_OPTION,
    region: Optional[str] = REGION_OPTION,
    years: Optional[str] = YEARS_OPTION,
) -> None:
    """目标完成情况: last year's targets and quantitative tasks against this year's review."""
    from huazhongdian.across.scorecard import scorecard_digest
    from huazhongdian.across.scorecard import scorecard as run_scorecard
    from huazhongdian.render.scorecard import render_scorecard

    check_choice(fmt, ("md", "json", "csv"), "--format")
    where = library_filter(level, kind, region, years)
    if db is None:
        if not files or len(files) != 2:
            raise BadInput("scorecard", "give OLD NEW, or --db DB")
        if where.active:
            raise BadInput("scorecard", f"{where.describe()} selects library documents; use it with --db DB")
        old_doc, new_doc = read_report(files[0]), read_report(files[1])
        rows = run_scorecard(scorecard_digest(old_doc), scorecard_digest(new_doc))
    else:
        if files:
            raise BadInput("scorecard", "give OLD NEW or --db DB, not both")
        from huazhongdian.api import library_scorecard
        from huazhongdian.store.library import Library

        with Library(_existing_db(db)) as lib:
            rows = library_scorecard(lib, where)
    write_output(render_scorecard(rows, fmt, headline_only=headline), out)


def main(argv: Optional[list[str]] = None) -> None:
    """Entry point: library and usage errors become one line on stderr and exit status 2."""
    try:
        # With standalone_mode=False click *returns* the code of a typer.Exit instead of raising.
        code = app(args=argv, prog_name="hzd", standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except HzdError as exc:
        typer.echo(f"hzd: {exc}", err=True)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("hzd: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # The reader went away (`hzd … | head`): stop quietly, like any Unix filter.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
    except _CLICK_ERROR as exc:
        typer.echo(f"hzd: {usage_message(exc)}", err=True)
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("HZD_DEBUG"):
            raise
        typer.echo(f"hzd: internal error: {type(exc).__name__}: {exc} (set HZD_DEBUG=1 for details)", err=True)
        sys.exit(1)


# typer carries its own copy of click (0.29+) and exports only some of its exceptions; the base
# classes are found from BadParameter, so no `import click` (which typer no longer installs).
_CLICK_ERROR = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
_USAGE_ERROR = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")


def usage_message(exc: Exception) -> str:
    """One line: what is wrong, "did you mean" where click has a guess, the usage, where help is."""
    message = " ".join(exc.format_message().split())
    possibilities = sorted(getattr(exc, "possibilities", None) or ())
    if possibilities and getattr(exc, "option_name", None):  # NoSuchOption
        message = f"No such option: {exc.option_name}; did you mean {' or '.join(possibilities)}?"
    ctx = getattr(exc, "ctx", None)
    if not isinstance(exc, _USAGE_ERROR) or ctx is None:
        return message
    usage = " ".join(ctx.get_usage().split())
    if not message.endswith((".", "?")):
        message += "."
    return f"{message} {usage} (see '{ctx.command_path} --help')"


if __name__ == "__main__":
    main()
