"""No module of ``src/huazhongdian`` over :data:`MAX_MODULE_LINES` lines, no function over
:data:`MAX_FUNCTION_LINES` (issue #11), except the ones listed here with their reason.

Both lists only shrink: an entry that is no longer needed (the module or function got small, or
went away) fails the test too, so whoever shrinks it deletes its line. A module or function that
has to stay long says why here, in one line a reviewer can judge.

Below those hard limits, a module over :data:`SOFT_MODULE_LINES` lines or a function over
:data:`SOFT_FUNCTION_LINES` says why in its own docstring: a paragraph starting "Long because:"
(issue #11: "no module over ~500 lines, no function over ~60 without a reason in its docstring").
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "huazhongdian"

MAX_MODULE_LINES = 600
# A function's lines from its ``def`` to its last line, its docstring not counted.
MAX_FUNCTION_LINES = 80
# Longer than these needs "Long because:" in the module's (the function's) docstring.
SOFT_MODULE_LINES = 500
SOFT_FUNCTION_LINES = 60
REASON = "Long because:"

# path under src/ → why it is longer than MAX_MODULE_LINES for now.
LONG_MODULES: dict[str, str] = {}

# "path under src/:function" (a method as Class.method) → why it is longer than MAX_FUNCTION_LINES.
# None today; the only one over SOFT_FUNCTION_LINES is structure.split_sentences (67), whose
# docstring gives its reason.
LONG_FUNCTIONS: dict[str, str] = {}

def module_lines() -> dict[str, int]:
    return {str(p.relative_to(SRC)): len(p.read_text(encoding="utf-8").splitlines())
            for p in sorted(PACKAGE.rglob("*.py"))}


def _function_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    lines = (node.end_lineno or node.lineno) - node.lineno + 1
    first = node.body[0]
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        lines -= (first.end_lineno or first.lineno) - first.lineno + 1
    return lines


def function_lines(docstrings: dict[str, str] | None = None) -> dict[str, int]:
    """Every function and method (nested ones too, as outer.inner) → its length; ``docstrings``,
    when given, is filled with each one's docstring."""
    out: dict[str, int] = {}

    def visit(node: ast.AST, prefix: str, path: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = f"{prefix}{child.name}"
                out[f"{path}:{name}"] = _function_lines(child)
                if docstrings is not None:
                    docstrings[f"{path}:{name}"] = ast.get_docstring(child) or ""
                visit(child, name + ".", path)
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.", path)
            else:
                visit(child, prefix, path)

    for p in sorted(PACKAGE.rglob("*.py")):
        visit(ast.parse(p.read_text(encoding="utf-8")), "", str(p.relative_to(SRC)))
    return out


def test_the_lengths_are_read() -> None:
    lines = module_lines()
    assert lines["huazhongdian/__main__.py"] == len((PACKAGE / "__main__.py").read_text(encoding="utf-8").splitlines())
    funcs = function_lines()
    # A method is named with its class; the docstring does not count.
    assert "huazhongdian/store/library.py:Library.search" in funcs
    assert funcs["huazhongdian/store/library.py:Library.search"] == 3


def test_no_module_is_too_long() -> None:
    long = {path: n for path, n in module_lines().items() if n > MAX_MODULE_LINES and path not in LONG_MODULES}
    assert long == {}, f"split these modules (at most {MAX_MODULE_LINES} lines), or say why in LONG_MODULES"


def test_no_function_is_too_long() -> None:
    long = {name: n for name, n in function_lines().items() if n > MAX_FUNCTION_LINES and name not in LONG_FUNCTIONS}
    assert long == {}, f"split these functions (at most {MAX_FUNCTION_LINES} lines), or say why in LONG_FUNCTIONS"


def test_every_listed_exception_is_still_needed() -> None:
    lines, funcs = module_lines(), function_lines()
    stale = [p for p in LONG_MODULES if lines.get(p, 0) <= MAX_MODULE_LINES]
    stale += [f for f in LONG_FUNCTIONS if funcs.get(f, 0) <= MAX_FUNCTION_LINES]
    assert stale == [], "short enough now: delete these entries"


def module_docstrings() -> dict[str, str]:
    return {str(p.relative_to(SRC)): ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) or ""
            for p in sorted(PACKAGE.rglob("*.py"))}


def _gives_reason(doc: str) -> bool:
    """A paragraph of ``doc`` opens with "Long because:" and says something after it."""
    return any(par.strip().startswith(REASON) and len(par.strip()) > len(REASON) + 10 for par in doc.split("\n\n"))


def test_a_long_module_says_why_in_its_docstring() -> None:
    docs = module_docstrings()
    silent = {path: n for path, n in module_lines().items() if n > SOFT_MODULE_LINES and not _gives_reason(docs[path])}
    assert silent == {}, f"over {SOFT_MODULE_LINES} lines: split, or add a '{REASON} …' paragraph to the module docstring"


def test_a_long_function_says_why_in_its_docstring() -> None:
    docs: dict[str, str] = {}
    lines = function_lines(docs)
    silent = {name: n for name, n in lines.items() if n > SOFT_FUNCTION_LINES and not _gives_reason(docs[name])}
    assert silent == {}, f"over {SOFT_FUNCTION_LINES} lines: split, or add a '{REASON} …' paragraph to its docstring"


def test_the_reason_is_a_paragraph_that_says_something() -> None:
    assert _gives_reason("Splits sentences.\n\n    Long because: one pass of a state machine over the paragraph.")
    assert not _gives_reason("Splits sentences.") and not _gives_reason("Long because:")
    assert not _gives_reason("Splits sentences; not long because: it is short.")
