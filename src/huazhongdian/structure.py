"""Metadata, headings, paragraphs, sentences and list items. (Minimal version.)"""

from __future__ import annotations

import re

from huazhongdian.types import Document, DocumentMeta, Paragraph, Sentence

_SENT_END = re.compile(r"[^。！？；\n]+[。！？；]?")


def build_document(text: str, source: str = "", sha256: str = "", filename: str = "") -> Document:
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        paragraphs.append(Paragraph(start, end))
        for m in _SENT_END.finditer(line):
            s = m.group().strip()
            if not s:
                continue
            off = start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            sentences.append(Sentence(s, off, off + len(s), len(paragraphs) - 1))
    return Document(text=text, meta=DocumentMeta(), source=source, sha256=sha256,
                    paragraphs=tuple(paragraphs), sentences=tuple(sentences))
