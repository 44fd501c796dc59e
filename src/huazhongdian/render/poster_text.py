"""Poster text: every character measured with the shipped fonts, wrapped into lines.

Text is measured with Noto Sans SC character by character (CJK text has no kerning to lose);
a character Noto Sans SC lacks goes to Noto Serif SC, one neither has is dropped, so the poster
never shows a box. Lines break greedily, a closing mark hangs rather than start a line, a number
or Latin word moves whole to the next line, and cut text ends with "…".
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from huazhongdian.render.style import FontName, font_path, glyph_font

if TYPE_CHECKING:
    from PIL import ImageFont

ELLIPSIS = "…"
# Characters that must not start a line (they hang at the end of the previous one instead).
_NO_LINE_START = set("，。、；：！？）》」』”’%…·,.;:!?)")


@lru_cache(maxsize=64)
def _font(name: FontName, size: int) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont  # deferred: Pillow loads only when a poster is drawn

    return ImageFont.truetype(str(font_path(name)), size)


@lru_cache(maxsize=65536)
def _advance(ch: str, size: int, name: FontName) -> float:
    return _font(name, size).getlength(ch)


def drawable(text: str) -> list[tuple[str, FontName]]:
    """Each character with the shipped font that has it; characters no font has are dropped."""
    out = []
    for ch in text:
        if ch in "\n\r\t":
            ch = " "
        name = glyph_font(ch)
        if name is not None:
            out.append((ch, name))
    return out


def text_width(text: str, size: int) -> float:
    return sum(_advance(ch, size, name) for ch, name in drawable(text))


Styled = tuple[str, FontName, bool]  # character, font, is_figure


def _styled(segments: tuple[tuple[str, bool], ...]) -> list[Styled]:
    return [(ch, name, fig) for text, fig in segments for ch, name in drawable(text)]


def _plain(text: str) -> list[Styled]:
    return [(ch, name, False) for ch, name in drawable(text)]


def _width(chars: list[Styled], size: int) -> float:
    return sum(_advance(c[0], size, c[1]) for c in chars)


def fit_line(text: str, size: int, width: float) -> list[Styled]:
    """``text`` as one line no wider than ``width``, cut with "…" if needed ([] for nothing drawable)."""
    lines = wrap(_plain(text), size, width, 1)
    return lines[0] if lines else []


def wrap(chars: list[Styled], size: int, width: float, max_lines: int) -> list[list[Styled]]:
    """Greedy line breaking for CJK text; the last kept line ends with "…" when text is cut."""
    lines: list[list[Styled]] = []
    line: list[Styled] = []
    used = 0.0
    for i, c in enumerate(chars):
        adv = _advance(c[0], size, c[1])
        # One closing mark may hang past the edge rather than start a line; a second must wrap.
        hang = c[0] in _NO_LINE_START and used <= width
        if line and used + adv > width and not hang:
            carry = _word_tail(line) if _is_word(c[0]) else []
            if carry:
                line = line[:-len(carry)]
            lines.append(line)
            if len(lines) == max_lines:
                return _with_ellipsis(lines, size, width)
            line = carry
            used = sum(_advance(x[0], size, x[1]) for x in carry)
        if not line and c[0] == " ":
            continue
        line.append(c)
        used += adv
    if line:
        lines.append(line)
    return lines


def _is_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in ".%+-")


def _word_tail(line: list[Styled]) -> list[Styled]:
    """The trailing number or Latin word of a line, moved whole to the next line (10.1斤 never splits
    as 1|0.1斤); empty when the word fills most of the line anyway."""
    i = len(line)
    while i > 0 and _is_word(line[i - 1][0]):
        i -= 1
    return line[i:] if 0 < i and len(line) - i <= 12 else []


def _with_ellipsis(lines: list[list[Styled]], size: int, width: float) -> list[list[Styled]]:
    last = list(lines[-1])
    room = width - _advance(ELLIPSIS, size, "sans")
    while last and sum(_advance(c[0], size, c[1]) for c in last) > room:
        last.pop()
    while last and last[-1][0] in "，、；：,;:":  # "…" after a comma reads as a typo
        last.pop()
    last.append((ELLIPSIS, "sans", False))
    return lines[:-1] + [last]
