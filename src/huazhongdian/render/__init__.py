"""Renderers: one Digest, many faces (Markdown, JSON, HTML, poster)."""

from __future__ import annotations

from huazhongdian.types import Digest


def render_digest(digest: Digest, fmt: str) -> str | bytes:
    """Dispatch on the output format: md, json, html (str) or png (bytes), svg (str)."""
    if fmt == "md":
        from huazhongdian.render.markdown import render_markdown
        return render_markdown(digest)
    if fmt == "json":
        from huazhongdian.render.json import render_json
        return render_json(digest)
    if fmt == "html":
        from huazhongdian.render.html import render_html
        return render_html(digest)
    if fmt == "png":
        from huazhongdian.render.poster import render_poster_png
        return render_poster_png(digest)
    if fmt == "svg":
        from huazhongdian.render.poster import render_poster_svg
        return render_poster_svg(digest)
    raise ValueError(f"unknown format {fmt!r}")
