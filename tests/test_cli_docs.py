"""Every ``hzd`` command and every option of it is in docs/cli.md (the last section's table), and
the table lists nothing the CLI does not have."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from huazhongdian.cli import app

CLI_MD = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
_ROW = re.compile(r"^\| `hzd ([a-z-]+)` \|[^|]*\|([^|]*)\|$", re.MULTILINE)


def _documented() -> dict[str, set[str]]:
    text = CLI_MD.read_text(encoding="utf-8")
    section = text[text.index("## Every command and its options"):]
    return {name: {o for cell in re.findall(r"`([^`]+)`", opts) for o in cell.split("/")}
            for name, opts in _ROW.findall(section)}


def _commands() -> dict[str, set[str]]:
    group = typer.main.get_command(app)
    return {name: {o for p in cmd.params if p.param_type_name == "option" for o in (*p.opts, *p.secondary_opts)}
            for name, cmd in group.commands.items()}


def test_every_command_has_a_row() -> None:
    assert sorted(_documented()) == sorted(_commands())


def test_every_option_is_documented() -> None:
    documented = _documented()
    missing = {name: sorted(opts - documented.get(name, set())) for name, opts in _commands().items()}
    assert {k: v for k, v in missing.items() if v} == {}


def test_no_documented_option_is_gone() -> None:
    commands = _commands()
    stale = {name: sorted(opts - commands.get(name, set())) for name, opts in _documented().items()}
    assert {k: v for k, v in stale.items() if v} == {}


def test_the_global_options_are_described() -> None:
    text = CLI_MD.read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    assert "digest" in _documented() and "-o" in _documented()["digest"]
    assert [o for p in group.params for o in p.opts if o not in text] == []
