"""Pick a reader by looking at the bytes. (Minimal: UTF-8 text only; see read helper.)"""

from __future__ import annotations

from huazhongdian.errors import UnreadableDocument


def read_bytes_as_text(data: bytes, source: str, filename: str = "") -> str:
    if not data:
        raise UnreadableDocument(source, "file is empty")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(source, "not valid UTF-8 text") from exc
