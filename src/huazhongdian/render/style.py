"""The visual identity, defined once: palette, type scale, spacing and fonts.

The HTML digest (CSS custom properties), the 一图读懂 poster (Pillow / SVG) and the
charts (matplotlib) all read these values, so a newsroom that wants its own colours
changes this file and nothing else.

The look borrows from printed 划重点 pages: a 中国红 title band, a warm gold accent for
the big numbers, ink-grey text on a paper background.

Fonts are Noto Sans SC / Noto Serif SC (SIL OFL), shipped through pip by the
``pylopdf-fonts-zh-cn`` package, so rendering needs no system CJK font and no
network. Glyph coverage comes from the fonts' own cmaps (fontTools, loaded lazily
and cached) so the poster never draws a box for a missing character.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

FontName = Literal["sans", "serif"]


@dataclass(frozen=True, slots=True)
class Palette:
    """Colours as ``#rrggbb`` strings (CSS, SVG, Pillow and matplotlib all accept them)."""

    red: str = "#C8161D"        # 中国红: title band, headings, bars
    red_deep: str = "#8E0F14"   # band gradient end, pressed states
    red_light: str = "#D4252C"  # faint shapes on the red band
    gold: str = "#D9A441"       # accent: big numbers' rule, keyword highlights
    gold_soft: str = "#F6E3B4"  # figure highlight behind numbers
    ink: str = "#262626"        # body text
    ink_soft: str = "#6E6A64"   # labels, notes, source lines
    paper: str = "#FBF7F0"      # page background
    card: str = "#FFFFFF"       # panels and cards
    line: str = "#E8DFD0"       # hairlines, table rules
    plan: str = "#1F5FA8"       # 安排/plans, to tell them apart from 回顾/achievements (red)


@dataclass(frozen=True, slots=True)
class TypeScale:
    """Font sizes in px. ``poster_*`` are for the 1080 px poster, ``css_*`` for the HTML page."""

    poster_kicker: int = 34
    poster_title: int = 64
    poster_meta: int = 28
    poster_h2: int = 44
    poster_h3: int = 34
    poster_number: int = 76
    poster_unit: int = 32
    poster_label: int = 28
    poster_body: int = 29
    poster_small: int = 22
    css_base: int = 16
    css_title: int = 26
    css_h2: int = 21
    css_h3: int = 17
    css_number: int = 30
    css_small: int = 13


@dataclass(frozen=True, slots=True)
class Spacing:
    """Spacing in px for the poster; the HTML uses the same ratios in rem."""

    poster_width: int = 1080
    poster_margin: int = 56
    poster_gap: int = 28
    poster_radius: int = 18
    poster_max_height: int = 7200
    html_max_width: int = 760


PALETTE = Palette()
TYPE = TypeScale()
SPACE = Spacing()

# System-safe stack: the shipped Noto Sans SC first (when installed system-wide), then what
# phones and desktops already have. No @font-face: the HTML must not fetch anything.
CSS_FONT_STACK = '"Noto Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Source Han Sans SC", sans-serif'
CSS_SERIF_STACK = '"Noto Serif SC", "Songti SC", "SimSun", serif'
SVG_FONT_FAMILY = "Noto Sans SC, PingFang SC, Microsoft YaHei, sans-serif"


def font_path(name: FontName = "sans") -> Path:
    """Path of a shipped font file.

    Example: ``ImageFont.truetype(str(font_path("sans")), 32)``.
    """
    files = resources.files("pylopdf_fonts_zh_cn")
    filename = "NotoSansSC-Regular.otf" if name == "sans" else "NotoSerifSC-Regular.otf"
    return Path(str(files.joinpath(filename)))


def font_dir() -> Path:
    """The folder holding the shipped fonts (for fontconfig, e.g. a headless browser)."""
    return font_path("sans").parent


@lru_cache(maxsize=2)
def font_coverage(name: FontName = "sans") -> frozenset[int]:
    """Code points the font has a glyph for (its best Unicode cmap)."""
    from fontTools.ttLib import TTFont  # deferred: fontTools loads only to read a font's cmap (~0.1 s)

    font = TTFont(str(font_path(name)), lazy=True)
    try:
        return frozenset(font.getBestCmap())
    finally:
        font.close()


def glyph_font(ch: str) -> FontName | None:
    """Which shipped font can draw ``ch``: "sans" first, then "serif", else None.

    Whitespace counts as drawable in sans (it has no visible glyph to miss).
    """
    code = ord(ch)
    if ch.isspace() or code in font_coverage("sans"):
        return "sans"
    if code in font_coverage("serif"):
        return "serif"
    return None


def mpl_rc() -> dict[str, object]:
    """matplotlib rcParams for charts in this identity (font registered by the caller)."""
    return {
        "font.family": "sans-serif",
        "font.sans-serif": ["Noto Sans SC", "DejaVu Sans"],
        "axes.unicode_minus": False,  # Noto Sans SC lacks U+2212 in some builds; '-' is safe
        "axes.edgecolor": PALETTE.line,
        "axes.labelcolor": PALETTE.ink_soft,
        "axes.titlecolor": PALETTE.ink,
        "axes.titlesize": 15,
        "axes.titleweight": "normal",  # only Regular ships; matplotlib would warn on bold
        "axes.spines.top": False,
        "axes.spines.right": False,
        "xtick.color": PALETTE.ink_soft,
        "ytick.color": PALETTE.ink,
        "figure.facecolor": PALETTE.paper,
        "axes.facecolor": PALETTE.paper,
        "savefig.facecolor": PALETTE.paper,
        "font.size": 11,
    }


def css_variables() -> str:
    """The palette and type scale as CSS custom properties for ``:root``."""
    p, t = PALETTE, TYPE
    return (
        f"--red:{p.red};--red-deep:{p.red_deep};--gold:{p.gold};--gold-soft:{p.gold_soft};"
        f"--ink:{p.ink};--ink-soft:{p.ink_soft};--paper:{p.paper};--card:{p.card};"
        f"--line:{p.line};--plan:{p.plan};"
        f"--fs-base:{t.css_base}px;--fs-title:{t.css_title}px;--fs-h2:{t.css_h2}px;"
        f"--fs-h3:{t.css_h3}px;--fs-number:{t.css_number}px;--fs-small:{t.css_small}px;"
        f"--max-width:{SPACE.html_max_width}px;--font:{CSS_FONT_STACK};--font-serif:{CSS_SERIF_STACK};"
    )
