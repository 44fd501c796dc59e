"""What every ``hzd`` command shares: the typer app and its help, writing output, reading a report,
checking a choice, the library filter options.

The commands themselves live beside this module by group (``report``, ``across``, ``library``,
``serve``, ``scorecard``) and register on :data:`app` when :mod:`huazhongdian.cli` imports them.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Optional

import typer
from typer.core import TyperArgument, TyperGroup

import huazhongdian
from huazhongdian.errors import BadInput
from huazhongdian.read import read_plain_text_file


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
    from huazhongdian.read.fetch import is_url  # deferred: httpx and socket load only for a URL
    from huazhongdian.load import read_url

    doc = read_url(path, allow_private=allow_private)[0] if is_url(path) else huazhongdian.read(path)
    for warning in doc.warnings:
        typer.echo(f"hzd: {doc.source}: warning: {warning}", err=True)
    return doc


def check_choice(value: str, choices: Sequence[str], option: str) -> str:
    if value not in choices:
        raise BadInput(option, f"unknown value {value!r}; choose one of {', '.join(choices)}")
    return value


def read_terms_file(path: Path) -> list[str]:
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
    # deferred: store.filters loads only for a command with library filters, not for hzd --help
    from huazhongdian.store.filters import LibraryFilter

    return LibraryFilter.parse(level=level, kind=kind, region=region, years=years)




DB_HELP = "Library file (default: $HZD_DB, else the user data dir's huazhongdian/library.db)."


def format_rows(names: list[str], rows: Sequence[Sequence[object]], fmt: str) -> str:
    """Rows as TSV (a header line; tabs and line breaks inside a value become spaces), CSV or
    a JSON list of objects."""
    # deferred: json and csv (7 modules, ~1 ms) load only for rows output, not for hzd --help
    import csv
    import json

    if fmt == "json":
        return json.dumps([dict(zip(names, row)) for row in rows], ensure_ascii=False, indent=1)

    buf = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(buf)
        writer.writerow(names)
        writer.writerows(rows)
        return buf.getvalue()

    def cell(value: object) -> str:
        return "" if value is None else " ".join(str(value).split())

    return "\n".join("\t".join(cell(v) for v in row) for row in [names, *rows])


def existing_db(db: Optional[Path]) -> Path:
    """Reading commands must not create an empty library by accident."""
    # deferred: store.library (sqlite3, ~35 ms) loads only for a library command
    from huazhongdian.store.library import default_db_path

    path = db if db is not None else default_db_path()
    if not path.is_file():
        raise BadInput(str(path), "no library here; run `hzd add PATH… --db DB` first")
    return path
