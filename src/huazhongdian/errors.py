"""Exceptions the library raises. The CLI turns each into one line on stderr and exit 2."""

from __future__ import annotations


class HzdError(Exception):
    """Base class: a problem with an input, reported as ``<source>: <reason>``."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UnreadableDocument(HzdError):
    """The file is missing, empty, binary, corrupt or undecodable."""


class UnsupportedFormat(HzdError):
    """The file's format is not one huazhongdian reads."""


class BadLens(HzdError):
    """A lens file is missing or malformed."""


class BadInput(HzdError):
    """Any other invalid argument that names a file or value (e.g. a terms file)."""
