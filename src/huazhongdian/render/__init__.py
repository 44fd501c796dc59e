"""Renderers: one Digest, many faces, registered by format name and media type.

Every digest format is a :class:`Renderer` in :data:`RENDERERS`: its name (``hzd digest
--format NAME``, the web app's download links), its media type, whether it is text or bytes,
and the function that makes it. All of them show the same :class:`~huazhongdian.render.view.DigestView`
(one selection). A format is one module with a ``render(digest, previous, *, view=None)``
function: a built-in one adds a line to :data:`RENDERERS`, anyone else calls
:func:`register_renderer` (docs/architecture.md, "Adding an output format"). ``hzd digest
--format``, the web app's downloads and :func:`render_text` / :func:`render_bytes` all look the
format up here, so it is then everywhere.

Example: ``r = renderer("png"); r.media_type, r.binary``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from huazhongdian.types import Digest

if TYPE_CHECKING:
    from huazhongdian.across.compare import Comparison
    from huazhongdian.render.view import DigestView


@dataclass(frozen=True, slots=True)
class Renderer:
    """One output format: ``module:function`` is imported only when the format is used."""

    name: str
    media_type: str
    binary: bool
    target: str          # "huazhongdian.render.markdown:render_markdown"
    label: str           # the download link's text
    suffix: str

    def function(self) -> Callable[..., str | bytes]:
        module, _, fn = self.target.partition(":")
        return getattr(import_module(module), fn)


RENDERERS: dict[str, Renderer] = {r.name: r for r in (
    Renderer("md", "text/markdown; charset=utf-8", False, "huazhongdian.render.markdown:render_markdown",
             "Markdown", ".md"),
    Renderer("json", "application/json; charset=utf-8", False, "huazhongdian.render.json:render_json",
             "JSON", ".json"),
    Renderer("html", "text/html; charset=utf-8", False, "huazhongdian.render.html:render_html", "HTML", ".html"),
    Renderer("png", "image/png", True, "huazhongdian.render.poster:render_poster_png", "海报 PNG", ".png"),
    Renderer("svg", "image/svg+xml; charset=utf-8", False, "huazhongdian.render.poster:render_poster_svg",
             "海报 SVG", ".svg"),
    Renderer("wechat", "text/html; charset=utf-8", False, "huazhongdian.render.wechat:render_wechat",
             "公众号 HTML", ".wechat.html"),
)}


def register_renderer(r: Renderer, *, replace: bool = False) -> Renderer:
    """Add ``r`` to the registry (ValueError if its name is taken, unless ``replace``)."""
    if r.name in RENDERERS and not replace:
        raise ValueError(f"format {r.name!r} is already registered")
    RENDERERS[r.name] = r
    return r


def renderer(fmt: str) -> Renderer:
    """The registered renderer of ``fmt``; ValueError naming the formats when it is unknown."""
    try:
        return RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(RENDERERS)}") from None


def _call(r: Renderer, digest: Digest, previous: Comparison | None, view: DigestView | None) -> str | bytes:
    return r.function()(digest, previous) if view is None else r.function()(digest, previous, view=view)


def render_text(digest: Digest, fmt: str, previous: Comparison | None = None, *,
                view: DigestView | None = None) -> str:
    """A text format (md, json, html, svg, wechat) as ``str``; TypeError for a binary one."""
    r = renderer(fmt)
    if r.binary:
        raise TypeError(f"format {fmt!r} is binary; use render_bytes")
    return _call(r, digest, previous, view)  # type: ignore[return-value]


def render_bytes(digest: Digest, fmt: str, previous: Comparison | None = None, *,
                 view: DigestView | None = None) -> bytes:
    """Any format as bytes (text formats encoded as UTF-8), for files and HTTP bodies."""
    out = _call(renderer(fmt), digest, previous, view)
    return out if isinstance(out, bytes) else out.encode("utf-8")


def render_digest(digest: Digest, fmt: str, previous: Comparison | None = None, *,
                  view: DigestView | None = None) -> str | bytes:
    """Kept for callers of 0.x: the registered renderer's output, ``str`` for a text format and
    ``bytes`` when ``renderer(fmt).binary``. New code says which it wants: :func:`render_text`
    (text formats) or :func:`render_bytes` (any format); the CLI and the web app do.

    ``previous`` (``compare_digests(older_digest, digest)``) adds the "与上年相比" part to the
    md, json and html digests, and a block of the changed targets to the poster. ``view`` (an
    edited view, :func:`huazhongdian.render.edit.apply_edit`) is shown instead of ``build_view(digest)``.

    Raises:
        BadInput: ``previous`` was not made against this digest's report.
        ValueError: an unknown format.
    """
    return _call(renderer(fmt), digest, previous, view)
