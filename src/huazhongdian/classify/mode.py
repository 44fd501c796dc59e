"""achievement / plan / target / other for each sentence. (Stub; classify helper owns it.)"""

from __future__ import annotations

from huazhongdian.types import Document, Mode, Sentence


def classify_mode(doc: Document, sent: Sentence) -> Mode:
    return "other"
