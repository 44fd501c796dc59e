"""The corpus files of the held-out reference sets, so that no habitual bench run prints their text.

A held-out set is one no one may tune on (today ``fresh6``, the ninth; see
tests/gold/digest/ and tests/gold/scorecard/). Bench scripts that run over the whole corpus still count these files, but
print no line of their text (extras, misses); the figures they report stay whole.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT_SETS = ("fresh6",)   # fresh5: development data since its first run (2026-12-07)
# Held out though no reference file names them: the national-series copy of fresh6's national 2022.
EXTRA = ("national-series/2022.txt",)


def held_out_files() -> frozenset[str]:
    """Corpus-relative paths named by a held-out digest or scorecard reference file."""
    names: set[str] = set(EXTRA)
    for name in HELD_OUT_SETS:
        for f in (ROOT / "tests" / "gold" / "digest" / name).glob("*.json"):
            names.add(json.loads(f.read_text("utf-8"))["file"])
        for f in (ROOT / "tests" / "gold" / "scorecard" / name).glob("*.json"):
            pair = json.loads(f.read_text("utf-8"))
            names.update((pair["old"], pair["new"]))
    return frozenset(names)
