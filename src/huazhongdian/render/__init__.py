"""Renderers: one Digest, many faces (Markdown, JSON, HTML, poster)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from huazhongdian.errors import BadInput
from huazhongdian.types import Digest

if TYPE_CHECKING:
    from huazhongdian.across.compare import Comparison


def render_digest(digest: Digest, fmt: str, previous: Comparison | None = None) -> str | bytes:
    """Dispatch on the output format: md, json, html (str) or png (bytes), svg (str).

    ``previous`` (``compare_digests(older_digest, digest)``) adds the "与上年相比" part to the
    md, json and html digests; the poster has no room for it.

    Raises:
        BadInput: ``previous`` given with a poster format.
    """
    if previous is not None and fmt in ("png", "svg"):
        raise BadInput("--previous", f"the {fmt} poster has no 与上年相比 part; use --format md, json or html")
    if fmt == "md":
        from huazhongdian.render.markdown import render_markdown
        return render_markdown(digest, previous=previous)
    if fmt == "json":
        from huazhongdian.render.json import render_json
        return render_json(digest, previous)
    if fmt == "html":
        from huazhongdian.render.html import render_html
        return render_html(digest, previous)
    if fmt == "png":
        from huazhongdian.render.poster import render_poster_png
        return render_poster_png(digest)
    if fmt == "svg":
        from huazhongdian.render.poster import render_poster_svg
        return render_poster_svg(digest)
    raise ValueError(f"unknown format {fmt!r}")
