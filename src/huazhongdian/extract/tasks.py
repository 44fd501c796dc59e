"""Plan sentences split into tasks (verb + objects + predicate). (Stub; classify helper owns it.)"""

from __future__ import annotations

from collections.abc import Sequence

from huazhongdian.types import Document, Item, Task


def extract_tasks(doc: Document, items: Sequence[Item]) -> list[Task]:
    return []
