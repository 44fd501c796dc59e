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
from typing import Optional

import typer

# The commands register on ``app`` as their modules are imported, in the order ``hzd --help`` lists them.
from huazhongdian.cli import report  # noqa: F401, I001 - registers digest, edit-template, terms, targets
from huazhongdian.cli import across  # noqa: F401 - compare, track
from huazhongdian.cli import library  # noqa: F401 - add, search, trend, export, ls, rm, query
from huazhongdian.cli import serve  # noqa: F401 - serve
from huazhongdian.cli import scorecard  # noqa: F401 - scorecard
from huazhongdian.cli.common import (app, check_choice, fail, format_rows, read_report, read_terms_file,
                                     write_output)
from huazhongdian.errors import HzdError
from huazhongdian.render import RENDERERS

__all__ = ["RENDERERS", "app", "check_choice", "fail", "format_rows", "main", "read_report", "read_terms_file",
           "usage_message", "write_output"]


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
