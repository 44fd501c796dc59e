"""The one loader of the package's data files (``src/huazhongdian/data/``).

Every module that reads a lexicon, a cue list or a table asks here, so each file is read (and a
TOML file parsed) once per process, however many modules use it: ``structure_cues.toml`` serves
``structure`` and ``meta``, ``task_verbs.toml`` serves ``extract.tasks`` and
``extract.entities``, ``gazetteer.tsv`` the segmenter and the entity finder.

The parsed TOML is shared between its users: read it, never change it.

Example: ``load_toml("structure_cues.toml")["review"]``; ``load_text("terms.txt").splitlines()``.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

__all__ = ["data_file", "data_names", "has_data", "load_bytes", "load_text", "load_toml"]

_PACKAGE = "huazhongdian.data"


def data_file(*parts: str) -> Traversable:
    """A packaged data file by its path under ``data/`` (``data_file("lenses", "general.toml")``)."""
    return resources.files(_PACKAGE).joinpath(*parts)


def has_data(*parts: str) -> bool:
    """Whether the data file exists (an optional table such as ``gazetteer.tsv``)."""
    return data_file(*parts).is_file()


def data_names(folder: str, suffix: str) -> list[str]:
    """The names (``suffix`` cut off) of the files in a data folder that end in ``suffix``, sorted.

    Example: ``data_names("lenses", ".toml")`` → ``["general", "science", …]``.
    """
    return sorted(p.name[: -len(suffix)] for p in data_file(folder).iterdir() if p.name.endswith(suffix))


@cache
def load_text(*parts: str) -> str:
    """A data file's text (UTF-8), read once."""
    return data_file(*parts).read_text(encoding="utf-8")


def load_bytes(*parts: str) -> bytes:
    """A data file's bytes (a compressed table: its user keeps what it decodes, not the bytes)."""
    return data_file(*parts).read_bytes()


@cache
def load_toml(*parts: str) -> dict[str, Any]:
    """A TOML data file, parsed once (shared between callers: do not change it)."""
    return tomllib.loads(load_text(*parts))
