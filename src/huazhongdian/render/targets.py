"""``hzd targets`` output: a year × metric table. (Minimal; targets helper owns it.)"""

from __future__ import annotations

import json
from collections.abc import Sequence

from huazhongdian.render.json import to_jsonable
from huazhongdian.types import Document, Target


def render_targets(rows: Sequence[tuple[Document, Sequence[Target]]], fmt: str) -> str:
    out = []
    for doc, targets in rows:
        for t in targets:
            out.append(dict(to_jsonable(t), source=doc.source))
    return json.dumps(out, ensure_ascii=False, indent=1)
