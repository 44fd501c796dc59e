"""Is the extracted text a text at all? Warnings for text layers that read as garbage.

A PDF's text layer is only as good as the fonts' Unicode mapping. Without one, extraction
gives private-use code points, U+FFFD or Latin look-alikes; some producers place every
character on its own line. The digest of such a text is garbage, so the reader says so —
one warning each, kept on ``Document.warnings`` and printed by the CLI — instead of digesting
it silently. Thresholds live in ``data/read_limits.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from huazhongdian.chars import HAN
from huazhongdian.datafiles import load_toml

_HAN = re.compile(f"[{HAN}]")
# Private use and U+FFFD are dropped by normalisation, so they are counted in the raw text;
# radicals are folded to ideographs there, so only the ones left are counted, after it.
_PRIVATE = re.compile("[\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]")
_RADICAL = re.compile("[\u2e80-\u2fdf]")


@lru_cache(maxsize=1)
def load_read_limits() -> dict[str, dict[str, float]]:
    """``data/read_limits.toml``: input size limits and the text-layer thresholds."""
    return load_toml("read_limits.toml")


def quality_limits() -> dict[str, float]:
    """The text-layer thresholds (section ``text_layer``)."""
    return load_read_limits()["text_layer"]


def input_limits() -> dict[str, int]:
    """The size, page, time and depth limits every reader applies (section ``input``)."""
    return {k: int(v) for k, v in load_read_limits()["input"].items()}


def text_layer_warnings(raw: str, folded: str) -> tuple[str, ...]:
    """Warnings about an extracted text (``raw``, before normalisation; ``folded``, after).

    Example: ``text_layer_warnings("\\ue001" * 500, "")`` warns about unmappable glyphs.
    """
    limits = quality_limits()
    visible = len(raw) - sum(1 for ch in raw if ch.isspace())
    if visible < limits["min_chars"]:
        return ()
    warnings = []
    unmapped = len(_PRIVATE.findall(raw)) + len(_RADICAL.findall(folded))
    if unmapped / visible > limits["max_unmapped_share"]:
        warnings.append(f"text layer: {unmapped / visible:.0%} of the characters are private-use or "
                        "unmappable glyphs (fonts without a Unicode mapping); the digest will miss "
                        "what they stand for — use the report's txt, html or docx if there is one")
    lines = [line for line in raw.splitlines() if line.strip()]
    if len(lines) >= limits["min_lines"]:
        single = sum(1 for line in lines if len(line.strip()) == 1)
        if single / len(lines) > limits["max_single_char_line_share"]:
            warnings.append(f"text layer: {single / len(lines):.0%} of the lines hold one character "
                            "(laid out glyph by glyph); sentences and numbers may be broken")
    han = len(_HAN.findall(folded))
    letters = sum(1 for ch in folded if ch.isalpha())
    if letters and han / letters < limits["min_han_share"]:
        warnings.append(f"text layer: only {han / letters:.0%} of the letters are Chinese characters; "
                        "the text may be garbled (or the report is not in Chinese)")
    return tuple(warnings)
