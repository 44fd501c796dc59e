"""Canonical text that all offsets index. (Minimal version; the read helper owns it.)"""

from __future__ import annotations


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
