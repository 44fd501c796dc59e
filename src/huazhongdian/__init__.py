"""huazhongdian (划重点): the digest of a Chinese government report, with evidence.

    >>> import huazhongdian as hzd
    >>> doc = hzd.read("report.txt")            # doctest: +SKIP
    >>> d = hzd.digest(doc, lens="science")     # doctest: +SKIP
    >>> d.records("targets")                    # doctest: +SKIP
    >>> hzd.targets("library.db", level="national", years="2004-2026")   # doctest: +SKIP

``targets``, ``scorecard`` and ``trend`` (the notebook API, :mod:`huazhongdian.api`) are
imported on first use, so ``import huazhongdian`` stays cheap.
"""

import importlib
from typing import Any


from huazhongdian.digest import digest
from huazhongdian.errors import BadInput, BadLens, HzdError, UnreadableDocument, UnsupportedFormat
from huazhongdian.load import read, read_bytes, read_text
from huazhongdian.types import Digest, Document, register_digest_export


def _digest_to_dict(d: Digest) -> dict:
    # deferred: render.json (the view and its wording) loads on the first to_dict(), not at import
    from huazhongdian.render.json import digest_to_dict

    return digest_to_dict(d)


# Digest.to_dict() is the render layer's JSON; the package wires it in, so types imports nothing above it.
register_digest_export(_digest_to_dict)

__all__ = [
    "read", "read_bytes", "read_text", "digest", "Digest", "Document",
    "targets", "scorecard", "trend", "plot_style", "Library", "Records",
    "HzdError", "UnreadableDocument", "UnsupportedFormat", "BadLens", "BadInput",
]
__version__ = "0.1.0"

_LAZY = {"targets": "huazhongdian.api", "scorecard": "huazhongdian.api", "trend": "huazhongdian.api",
         "plot_style": "huazhongdian.api",
         "Library": "huazhongdian.store.library", "Records": "huazhongdian.records"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'huazhongdian' has no attribute {name!r}")
