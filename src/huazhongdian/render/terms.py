"""``hzd terms`` output: counts and keyword-in-context lines."""

from __future__ import annotations

import json
from collections.abc import Sequence

from huazhongdian.jsonable import to_jsonable
from huazhongdian.types import Document, Term


def kwic(doc: Document, term: Term, width: int = 20) -> list[dict]:
    """Each occurrence with ``width`` characters of context either side (newlines shown as ⏎)."""
    rows = []
    for span in term.spans:
        left = doc.text[max(0, span.start - width):span.start].replace("\n", "⏎")
        right = doc.text[span.end:span.end + width].replace("\n", "⏎")
        rows.append({"start": span.start, "end": span.end, "left": left,
                     "match": doc.text[span.start:span.end], "right": right})
    return rows


def render_terms(doc: Document, terms: Sequence[Term], fmt: str, width: int = 20) -> str | bytes:
    if fmt == "json":
        payload = [dict(to_jsonable(t), kwic=kwic(doc, t, width)) for t in terms]
        return json.dumps({"source": doc.source, "chars": doc.chars, "terms": payload},
                          ensure_ascii=False, indent=1)
    if fmt == "png":
        # deferred: matplotlib loads only for PNG output
        from huazhongdian.render.charts import render_terms_png
        return render_terms_png(terms, title=doc.meta.title or doc.source)
    lines = [f"{doc.source}  ({doc.chars} 字)"]
    for t in terms:
        lines.append(f"\n{t.term}\t{t.count} 次（成词 {t.word_count} 次）\t每万字 {t.per_10k}")
        for row in kwic(doc, t, width):
            lines.append(f"  {row['start']:>7}  {row['left']:>{width}}【{row['match']}】{row['right']}")
    return "\n".join(lines) + "\n"
