"""``hzd scorecard`` (目标完成情况): last year's targets against this year's review."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from huazhongdian.cli.common import (KIND_OPTION, LEVEL_OPTION, REGION_OPTION, YEARS_OPTION, existing_db, app,
                                     check_choice, library_filter, read_report, write_output)
from huazhongdian.errors import BadInput

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
    # deferred: the scorecard modules (~10 ms) load only for hzd scorecard, not for hzd --help
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
        # deferred: api and the library (sqlite3) load only for hzd scorecard --db
        from huazhongdian.api import library_scorecard
        from huazhongdian.store.library import Library

        with Library(existing_db(db)) as lib:
            rows = library_scorecard(lib, where)
    write_output(render_scorecard(rows, fmt, headline_only=headline), out)
