"""The Han character class, defined here once for every pattern in the package.

``HAN`` is the body of a regex character class (no brackets), so a pattern can add to it:
``rf"[{HAN}A-Za-z0-9]"``. It covers every block of CJK ideographs Unicode has: Extension A
(U+3400–4DBF), the Unified Ideographs (U+4E00–9FFF), the Compatibility Ideographs
(U+F900–FAFF), and the supplementary planes from Extension B to Extension H, the Compatibility
Supplement among them (U+20000–323AF). A rare character in a place or person's name (𬍛, 㟃)
is Han like any other; the Yijing hexagrams (U+4DC0–4DFF) between Extension A and the
Unified Ideographs are not (a ``\\u3400-\\u9fff`` shortcut would count them).

jieba's own ``re_han_default`` stops at U+9FD5 and knows no extension; the segmenter here does
not depend on it (``extract.segment`` tokenises whole texts and keeps offsets itself).

Example: ``is_han("划") and not is_han("Ⅲ")``; ``re.findall(rf"[{HAN}]+", "鹏城云脑Ⅲ") == ["鹏城云脑"]``.
"""

from __future__ import annotations

__all__ = ["HAN", "HAN_BMP", "is_han"]

# The ideographs of the Basic Multilingual Plane: Extension A, the Unified and the Compatibility
# Ideographs. Alone only where a supplementary character is more likely a decoding accident than
# text (``read.txt`` judging which encoding reads a file best).
HAN_BMP = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN = HAN_BMP + "\U00020000-\U000323af"

_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x323AF))


def is_han(char: str) -> bool:
    """Whether the one character ``char`` is a Han ideograph (in :data:`HAN`).

    >>> is_han("划"), is_han("𬍛"), is_han("Ⅲ"), is_han("，")
    (True, True, False, False)
    """
    code = ord(char)
    return any(low <= code <= high for low, high in _RANGES)
