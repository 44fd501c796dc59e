"""The poster's display list (rectangles and text runs) and its two painters, PNG and SVG.

:mod:`huazhongdian.render.poster` lays the poster out once into a :class:`Layout`; both
painters draw that same list, so the PNG and the SVG show the same content in the same places.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from huazhongdian.render.poster_text import _font
from huazhongdian.render.style import PALETTE, SVG_FONT_FAMILY, FontName


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    radius: float = 0


@dataclass(frozen=True, slots=True)
class Run:
    """Text drawn from its left baseline point ``(x, y)`` in one font, size, colour."""

    x: float
    y: float
    text: str
    size: int
    fill: str
    bold: bool = False
    font: FontName = "sans"


@dataclass(slots=True)
class Layout:
    width: int
    height: int = 0
    ops: list[Rect | Run] = field(default_factory=list)

    def characters(self) -> str:
        """Every character the poster draws (for glyph-coverage checks)."""
        return "".join(op.text for op in self.ops if isinstance(op, Run))


def paint_png(lay: Layout) -> bytes:
    """``lay`` as PNG bytes (Pillow)."""
    # deferred: Pillow loads only when a poster is drawn
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (lay.width, lay.height), PALETTE.paper)
    draw = ImageDraw.Draw(img)
    for op in lay.ops:
        if isinstance(op, Rect):
            box = (op.x, op.y, op.x + op.w, op.y + op.h)
            if op.radius:
                draw.rounded_rectangle(box, radius=op.radius, fill=op.fill)
            else:
                draw.rectangle(box, fill=op.fill)
        else:
            # Only Regular weights ship, so bold is a hairline stroke in the same colour.
            stroke = max(1, op.size // 40) if op.bold else 0
            draw.text((op.x, op.y), op.text, font=_font(op.font, op.size), fill=op.fill, anchor="ls",
                      stroke_width=stroke, stroke_fill=op.fill)
    buf = io.BytesIO()
    # zlib level 3: a third less CPU than the default 6 and, for flat poster colours, a smaller file.
    img.save(buf, format="PNG", compress_level=3)
    return buf.getvalue()


def paint_svg(lay: Layout) -> str:
    """``lay`` as SVG text: rectangles and ``<text>`` in Noto Sans SC."""
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{lay.width}" height="{lay.height}" '
        f'viewBox="0 0 {lay.width} {lay.height}">',
        f'<rect width="{lay.width}" height="{lay.height}" fill="{PALETTE.paper}"/>',
        f'<g font-family={quoteattr(SVG_FONT_FAMILY)} style="white-space:pre">',
    ]
    for op in lay.ops:
        if isinstance(op, Rect):
            r = f' rx="{op.radius:g}"' if op.radius else ""
            out.append(f'<rect x="{op.x:.1f}" y="{op.y:.1f}" width="{op.w:.1f}" height="{op.h:.1f}"{r} '
                       f'fill="{op.fill}"/>')
        else:
            family = ' font-family="Noto Serif SC, serif"' if op.font == "serif" else ""
            weight = ' font-weight="bold"' if op.bold else ""
            out.append(f'<text x="{op.x:.1f}" y="{op.y:.1f}" font-size="{op.size}" fill="{op.fill}"'
                       f'{weight}{family}>{escape(op.text)}</text>')
    out.append("</g></svg>")
    return "\n".join(out) + "\n"
