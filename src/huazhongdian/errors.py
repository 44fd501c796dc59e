"""Exceptions the library raises. The CLI turns each into one line on stderr and exit 2."""

from __future__ import annotations

import importlib
import os


class HzdError(Exception):
    """Base class: a problem with an input, reported as ``<source>: <reason>``."""

    def __init__(self, source: str, reason: str) -> None:
        source = display_path(source)  # a file name that is not UTF-8 must not break the message
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UnreadableDocument(HzdError):
    """The file is missing, empty, binary, corrupt or undecodable."""


class UnsupportedFormat(HzdError):
    """The file's format is not one huazhongdian reads."""


class FetchFailed(HzdError):
    """A URL could not be fetched (refused, timed out, too large, the wrong type, a redirect loop)."""


class BadLens(HzdError):
    """A lens file is missing or malformed."""


class BadInput(HzdError):
    """Any other invalid argument that names a file or value (e.g. a terms file)."""


class LibraryError(HzdError):
    """The library file cannot take a write (a full disk, a read-only file); nothing was half-written."""


class MissingExtra(HzdError):
    """An optional feature whose packages are not installed; the message names the pip extra."""


def require_extra(extra: str, source: str, *modules: str) -> None:
    """Import ``modules`` or raise :class:`MissingExtra` naming ``pip install 'huazhongdian[extra]'``.

    Example: ``require_extra("web", "serve", "fastapi", "uvicorn")`` before starting the web app.
    """
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            raise MissingExtra(source, f"needs {name}, which is not installed; "
                                       f"pip install 'huazhongdian[{extra}]'") from None


def display_path(path: object) -> str:
    """A path as it can be printed and stored: bytes that are not UTF-8 become U+FFFD.

    File names copied from Windows machines are often GBK or Latin-1; Python keeps their bytes
    as lone surrogates, which cannot be written to a terminal, a UTF-8 file or SQLite.

    Example: ``display_path("\udcc4\udce3.txt") == "\ufffd\ufffd.txt"``.
    """
    return os.fsencode(os.fspath(path)).decode("utf-8", "replace") if path is not None else ""
