"""Distinctive keywords scored against background statistics. (Stub; terms/keywords helper owns it.)"""

from __future__ import annotations

from huazhongdian.types import Document, Keyword


def extract_keywords(doc: Document, top_k: int = 20) -> list[Keyword]:
    return []
