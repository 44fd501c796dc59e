"""Renderers: one Digest, many faces (Markdown, JSON, HTML, poster)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from huazhongdian.types import Digest

if TYPE_CHECKING:
    from huazhongdian.across.compare import Comparison


def render_digest(digest: Digest, fmt: str, previous: Comparison | None = None) -> str | bytes:
    """Dispatch on the output format: md, json, html (str) or png (bytes), svg (str).

    ``previous`` (``compare_digests(older_digest, digest)``) adds the "与上年相比" part to the
    md, json and html digests, and a block of the changed targets to the poster.

    Raises:
        BadInput: ``previous`` was not made against this digest's report.
    """
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
        return render_poster_png(digest, previous)
    if fmt == "svg":
        from huazhongdian.render.poster import render_poster_svg
        return render_poster_svg(digest, previous)
    raise ValueError(f"unknown format {fmt!r}")
