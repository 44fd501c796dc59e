"""Institutions, facilities, platforms, programmes, places. (Stub; classify helper owns it.)"""

from __future__ import annotations

from huazhongdian.types import Document, Entity


def extract_entities(doc: Document) -> list[Entity]:
    return []
