"""A party congress's numbered sub-headings that state a thesis: items of their own.

A congress report heads its sub-sections with whole formulations ("（一）把发展科学技术和教育事业放在首要位置，
使经济建设转到依靠科技进步和提高劳动者素质的轨道上来。" 1987, "（二）贯彻“三个代表”重要思想，必须把发展作为党执政兴国
的第一要务，……。" 2002): a sentence of two clauses or more, ending on its full stop. The structure reads such a line
as a heading only (it is no sentence of its paragraph); here it is a sentence too, from after its label to its
end, so that it can be classified, themed and selected like any other (spans of ``doc.text``, never rewritten).
A short heading ("（一）实行党政分开") names a topic and stays a heading only.
"""

from __future__ import annotations

from huazhongdian.types import Document, Sentence

__all__ = ["thesis_headings"]


def thesis_headings(doc: Document) -> tuple[Sentence, ...]:
    """The level-2 headings of a party-congress report that are thesis sentences, as Sentences
    (``start`` after the heading's label, so the label "（一）" is no part of the item)."""
    if doc.meta.kind != "party-congress-report":
        return ()
    para_at = {p.start: i for i, p in enumerate(doc.paragraphs)}
    out = []
    for i, sec in enumerate(doc.sections):
        line = doc.text[sec.start:sec.end]
        if sec.level != 2 or not line.endswith("。") or "，" not in line or "。" in line[:-1]:
            continue
        if sec.start not in para_at:
            continue
        start = sec.start + len(sec.label)
        while start < sec.end and doc.text[start].isspace():
            start += 1
        out.append(Sentence(doc.text[start:sec.end], start, sec.end, para_at[sec.start], i))
    return tuple(out)
