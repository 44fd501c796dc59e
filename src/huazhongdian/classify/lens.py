"""Theme lenses loaded from data/lenses/*.toml. (Stub; classify helper owns it.)"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from huazhongdian.types import Document, Indicator, Item


@dataclass(frozen=True, slots=True)
class Lens:
    name: str
    title: str = ""


def load_lens(name_or_path: str = "general") -> Lens:
    return Lens(name=name_or_path)


def classify_items(doc: Document, indicators: Sequence[Indicator], lens: Lens) -> list[Item]:
    return []
