"""``hzd digest``, ``edit-template``, ``terms`` and ``targets``: one report (or a few) in, its facts out."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Optional

import typer

import huazhongdian as hzd
from huazhongdian import render as render_registry
from huazhongdian.cli.common import (KIND_OPTION, LEVEL_OPTION, REGION_OPTION, YEARS_OPTION, existing_db, app,
                                     check_choice, library_filter, read_report, read_terms_file, write_output)
from huazhongdian.errors import BadInput
from huazhongdian.extract.targets import extract_targets
from huazhongdian.extract.terms import extract_terms
from huazhongdian.render import render_bytes, render_text, renderer

# --- digest and terms ---------------------------------------------------------------------

DIGEST_FORMATS = tuple(render_registry.RENDERERS)  # the built-in formats, for --help; --format checks the live registry


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
    # deferred: api (~30 ms) loads only when hzd digest runs, not for hzd --help
    from huazhongdian.api import digest_with_previous

    check_choice(fmt, tuple(render_registry.RENDERERS), "--format")
    entry = renderer(fmt)
    if entry.binary and out is None and sys.stdout.isatty():
        raise BadInput("-o", "PNG output needs -o FILE (or a pipe)")
    if previous == "-" and file == "-":
        raise BadInput("--previous", "FILE and --previous cannot both be - (stdin)")
    user_terms = list(term) + (read_terms_file(terms_file) if terms_file else [])
    the_edit = None
    if edit is not None:
        # deferred: render.edit loads only for --edit
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
        # deferred: render.wechat (Pillow for the poster) loads only for --format wechat
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
    # deferred: json, render.edit and render.view load only for hzd edit-template, not for hzd --help
    import json

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
    # deferred: render.terms loads only for hzd terms, not for hzd --help
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
    # deferred: render.targets loads only for hzd targets, not for hzd --help
    from huazhongdian.render.targets import render_targets

    check_choice(fmt, ("table", "csv", "json"), "--format")
    where = library_filter(level, kind, region, years)
    if db is not None:
        if files:
            raise BadInput("targets", "give FILE… or --db DB, not both")
        # deferred: the library (sqlite3, ~35 ms) loads only for --db
        from huazhongdian.store.library import Library

        with Library(existing_db(db)) as lib:
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
