"""What a scorecard of two hand-written reports says, for the rule tests: target → (result, status)."""

from __future__ import annotations

from huazhongdian.across.scorecard import scorecard
from huazhongdian.types import Digest


def rows_of(old: Digest, new: Digest) -> dict[str, tuple[str | None, str]]:
    """target text → (realised text or None, status); every realised text is checked to be an exact
    span of the newer report."""
    out = {}
    for row in scorecard(old, new):
        got = row.realised
        if got is not None:
            assert new.document.text[got.start:got.end] == got.text     # an exact span
        out[row.ledger.target.text] = (got.text if got else None, row.status)
    return out
