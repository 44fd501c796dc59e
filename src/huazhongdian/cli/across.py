"""``hzd compare`` and ``hzd track``: two reports side by side."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from huazhongdian.cli.common import app, check_choice, read_report, write_output


# --- across commands (compare, track, add, search, trend, export) -------------------------

@app.command()
def compare(
    old: str = typer.Argument(..., help="The earlier report."),
    new: str = typer.Argument(..., help="The later report."),
    fmt: str = typer.Option("md", "--format", "-f", help="md | json | html"),
    out: Optional[Path] = typer.Option(None, "-o", "--output"),
) -> None:
    """What changed between two reports: terms, targets, items new and dropped."""
    # deferred: api and the renderers load only for the command that runs, not for hzd --help
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
    # deferred: track, api and the renderers load only for the command that runs, not for hzd --help
    from huazhongdian.across.track import UNIT_KINDS
    from huazhongdian.api import track_reports
    from huazhongdian.render.across import render_track

    check_choice(fmt, ("md", "json"), "--format")
    check_choice(units, UNIT_KINDS, "--units")
    plan_doc, review_doc = read_report(plan_report), read_report(review_report)
    results = track_reports(plan_doc, review_doc, units)
    write_output(render_track(results, fmt, plan=plan_doc, review=review_doc), out)
