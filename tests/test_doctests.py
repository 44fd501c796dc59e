"""The ``>>>`` examples in the package's docstrings run, module by module.

Every module whose source holds a ``>>>`` is collected, so a new example runs without being
listed here. An example that needs files a fresh clone lacks says ``# doctest: +SKIP``.
The docs pages in ``DOCS`` run too (their ``>>>`` examples, fenced or not).
"""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "huazhongdian"
DOCS = ("architecture.md",)


def _modules_with_examples() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if ">>>" in path.read_text(encoding="utf-8"):
            parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


MODULES = _modules_with_examples()


def test_examples_are_found() -> None:
    assert {"huazhongdian.chars", "huazhongdian.extract.targets"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} failed (output above)"


@pytest.mark.parametrize("page", DOCS)
def test_docs_examples(page: str) -> None:
    path = PACKAGE.parent.parent / "docs" / page
    result = doctest.testfile(str(path), module_relative=False, encoding="utf-8",
                              optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.attempted > 0, f"no examples found in docs/{page}"
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in docs/{page} failed (output above)"
