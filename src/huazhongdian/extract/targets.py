"""Headline targets (主要预期目标, 赤字率). (Stub; targets helper owns it.)"""

from __future__ import annotations

from collections.abc import Sequence

from huazhongdian.types import Document, Indicator, Target


def extract_targets(doc: Document, indicators: Sequence[Indicator] = ()) -> list[Target]:
    return []
