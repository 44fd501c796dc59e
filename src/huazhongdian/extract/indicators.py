"""Every quantitative statement as a traceable Indicator. (Stub; indicators helper owns it.)"""

from __future__ import annotations

from huazhongdian.types import Document, Indicator


def extract_indicators(doc: Document) -> list[Indicator]:
    return []
