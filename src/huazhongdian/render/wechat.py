"""Digest → HTML a 公众号 editor keeps: inline styles only.

The WeChat editor strips ``<style>``, ``<script>``, class names, web fonts and links to outside
pages, and shrinks images wider than 1080 px (over 5 MB it refuses them). So this page has
none of them: every element of the body carries its own ``style`` attribute, colours and sizes
from :mod:`huazhongdian.render.style`, no ``class``, no ``id``, no link, no ``url(…)``. The one
image is the poster, a separate PNG file beside the HTML (``image`` names it, relative), 1080 px
wide; without ``image`` the page has no image.

The "复制到公众号" button needs a script, so it lives in a separate helper page
(:func:`copy_page`), which shows this HTML and puts it on the clipboard as rich text.

What is shown is the same view as every other output (an edited one with ``view=``): title,
lede, cards, bullets by mode and theme (the listed ones; folded ones are left out of a post),
targets, the source. The report's appendix is not reprinted.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from huazhongdian.render.edit import EDITOR_NOTE
from huazhongdian.render.style import PALETTE
from huazhongdian.render.view import Bullet, DigestView, build_view, lede_term_note

if TYPE_CHECKING:
    from huazhongdian.across.compare import Comparison
    from huazhongdian.types import Digest

_FONT = "-apple-system,BlinkMacSystemFont,'PingFang SC','Microsoft YaHei',sans-serif"
_S = {
    "body": f"margin:0;padding:0;background:{PALETTE.paper}",
    "page": f"max-width:677px;margin:0 auto;padding:0 0 24px 0;font-family:{_FONT};font-size:16px;"
            f"line-height:1.75;color:{PALETTE.ink};background:{PALETTE.paper};letter-spacing:0.5px",
    "band": f"background:{PALETTE.red};color:#ffffff;padding:24px 16px 20px 16px;text-align:center;margin:0 0 16px 0",
    "kicker": f"display:inline-block;background:{PALETTE.gold};color:{PALETTE.red_deep};font-size:13px;"
              "font-weight:bold;letter-spacing:3px;padding:1px 10px;border-radius:3px",
    "title": "font-size:24px;line-height:1.4;margin:12px 0 6px 0;color:#ffffff;font-weight:bold",
    "meta": "font-size:13px;margin:0;color:#ffffff;opacity:0.9",
    "lede": f"margin:0 12px 18px 12px;padding:4px 0 4px 12px;border-left:4px solid {PALETTE.red};"
            "font-size:17px;line-height:1.7",
    "h2": f"font-size:19px;font-weight:bold;margin:24px 12px 12px 12px;padding:2px 0 6px 10px;"
          f"border-left:6px solid {PALETTE.red};border-bottom:1px solid {PALETTE.line};color:{PALETTE.ink}",
    "h3": f"font-size:17px;font-weight:bold;margin:16px 12px 6px 12px;color:{PALETTE.red}",
    "p": f"margin:0 12px;padding:6px 0 6px 0;border-bottom:1px dashed {PALETTE.line};font-size:16px",
    "dot": f"color:{PALETTE.red};margin:0 6px 0 0",
    "fig": f"background:{PALETTE.gold_soft};color:{PALETTE.red_deep};font-weight:bold;padding:0 2px",
    "table": f"width:100%;border-collapse:collapse;background:{PALETTE.card};font-size:15px",
    "cards": "width:100%;border-collapse:separate;border-spacing:8px;table-layout:fixed",
    "card": f"background:{PALETTE.card};border-top:4px solid {PALETTE.gold};padding:10px;vertical-align:top;"
            "width:50%",
    "num": f"display:block;color:{PALETTE.red};font-size:26px;font-weight:bold;line-height:1.2",
    "unit": "font-size:15px",
    "label": f"display:block;color:{PALETTE.ink};font-size:14px;line-height:1.4;margin:4px 0 0 0",
    "tag": f"display:inline-block;color:{PALETTE.ink_soft};font-size:12px;border:1px solid {PALETTE.line};"
           "padding:0 4px;margin:4px 0 0 0",
    "th": f"border-bottom:1px solid {PALETTE.line};padding:6px;text-align:left;color:{PALETTE.ink_soft};"
          "font-weight:normal;font-size:13px",
    "td": f"border-bottom:1px solid {PALETTE.line};padding:6px;text-align:left;vertical-align:top",
    "value": f"border-bottom:1px solid {PALETTE.line};padding:6px;text-align:left;vertical-align:top;"
             f"color:{PALETTE.red};font-weight:bold",
    "wrap": "margin:0 12px",
    "ed": f"display:inline-block;font-size:12px;font-weight:normal;color:{PALETTE.ink_soft};"
          f"border:1px solid {PALETTE.line};border-radius:3px;padding:0 4px;margin:0 0 0 6px;"
          "vertical-align:middle;letter-spacing:0",
    "ed_band": "display:inline-block;font-size:12px;font-weight:normal;color:#ffffff;border:1px solid #ffffff;"
               "border-radius:3px;padding:0 4px;margin:0 0 0 6px;vertical-align:middle;letter-spacing:0",
    "img": "display:block;width:100%;max-width:1080px;height:auto;margin:16px auto 0 auto",
    "imgwrap": "margin:16px 12px 0 12px",
    "foot": f"margin:24px 12px 0 12px;padding:10px 0 0 0;border-top:1px solid {PALETTE.line};"
            f"color:{PALETTE.ink_soft};font-size:13px",
    "footp": "margin:0 0 6px 0",
}


def _el(tag: str, style: str, inner: str) -> str:
    return f'<{tag} style="{_S[style]}">{inner}</{tag}>'


def _ed(band: bool = False) -> str:
    return _el("span", "ed_band" if band else "ed", "编者")


def _runs(segments: tuple[tuple[str, bool], ...]) -> str:
    return "".join(_el("strong", "fig", escape(t)) if fig else escape(t) for t, fig in segments)


def _bullet(b: Bullet) -> str:
    return _el("p", "p", _el("span", "dot", "●") + _runs(b.segments))


def _cards(view: DigestView) -> list[str]:
    if not view.cards:
        return []
    cells = []
    for c in view.cards:
        number = (_el("span", "unit", escape(c.prefix)) if c.prefix else "") + escape(c.number) \
            + _el("span", "unit", escape(c.unit))
        inner = _el("span", "num", number) + _el("span", "label", escape(c.label))
        if c.tag:
            inner += _el("span", "tag", escape(c.tag))
        cells.append(_el("td", "card", inner))
    rows = [_el("tr", "td", "".join(cells[i:i + 2])) for i in range(0, len(cells), 2)]
    return [_el("h2", "h2", "数说"), _el("table", "cards", _el("tbody", "td", "".join(rows)))]


def _targets(view: DigestView) -> list[str]:
    if not view.targets:
        return []
    head = _el("tr", "td", _el("th", "th", "指标") + _el("th", "th", "目标") + _el("th", "th", "原文"))
    rows = "".join(_el("tr", "td", _el("td", "td", escape(t.label) + (f" {escape(t.year)}" if t.year else ""))
                           + _el("td", "value", escape(t.value)) + _el("td", "td", escape(t.text)))
                   for t in view.targets)
    return [_el("h2", "h2", "主要预期目标"), _el("table", "table", _el("tbody", "td", head + rows))]


def wechat_body(view: DigestView, image: str | None = None, lens: str = "general") -> str:
    """The post's content: one ``<section>``, every element inline-styled (what the copy page copies)."""
    marks = view.edit
    band = [_el("span", "kicker", escape(view.kicker)),
            _el("h1", "title", escape(view.title) + (_ed(band=True) if marks and marks.title else ""))]
    if view.meta_line:
        band.append(_el("p", "meta", escape(view.meta_line)))
    out = [_el("section", "band", "".join(band))]
    if view.editor_lede:
        out.append(_el("p", "lede", escape(view.editor_lede) + _ed()))
    elif view.lede:
        note = f"——{escape(lede_term_note(view.lede_term))}" if view.lede_term else ""
        out.append(_el("p", "lede", "".join(_runs(b.segments) for b in view.lede) + note))
    out += _cards(view)
    for group in view.groups:
        if not group.listed:
            continue  # (the post lists no folded bullet: a group that lists none has no heading)
        out.append(_el("h2", "h2", escape(group.title)))
        for theme in group.listed:
            out.append(_el("h3", "h3", escape(theme.theme) + (_ed() if theme.edited else "")))
            out += [_bullet(b) for b in theme.top]
    out += _targets(view)
    if image:
        out.append(_el("p", "imgwrap", f'<img src="{escape(image, quote=True)}" alt="一图读懂：{escape(view.title)}" '
                                        f'width="1080" style="{_S["img"]}">'))
    where = f" · 来源：{escape(view.source_name)}" if view.source_name else ""
    foot = [_el("p", "footp", f"{escape(view.title)}{where} · {view.chars} 字 · 视角 {escape(lens)}")]
    if view.edited:
        foot.append(_el("p", "footp", escape(EDITOR_NOTE)))
    foot.append(_el("p", "footp", "条目均为报告原文摘录 · huazhongdian 划重点"))
    out.append(_el("section", "foot", "".join(foot)))
    return _el("section", "page", "\n".join(out))


def render_wechat(digest: Digest, previous: Comparison | None = None, *, view: DigestView | None = None,
                  image: str | None = None) -> str:
    """The WeChat-ready HTML page (UTF-8 text). ``image``: the poster file's name, relative to
    the page (``hzd digest --format wechat -o post.html`` writes ``post.poster.png``).

    ``previous`` is accepted for the registry's sake; the 与上年相比 part is not in a post.
    """
    view = view if view is not None else build_view(digest)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{escape(view.title)}</title>\n</head>\n<body style=\"{_S['body']}\">\n"
            f"{wechat_body(view, image, digest.lens)}\n</body>\n</html>\n")


def copy_page(body_html: str, title: str) -> str:
    """The helper page with the 复制到公众号 button: it shows the post (``wechat_body``) and
    copies it as rich text (``text/html`` on the clipboard), for pasting into the WeChat editor.
    This page has a script; the post it copies has none."""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>复制到公众号｜{escape(title)}</title>
</head>
<body style="margin:0;background:#eee;font-family:sans-serif">
<p style="position:sticky;top:0;margin:0;padding:10px;background:#fff;border-bottom:1px solid #ddd;text-align:center">
<button id="copy" type="button" style="font-size:16px;padding:8px 20px;background:{PALETTE.red};color:#fff;border:0;border-radius:4px">复制到公众号</button>
<span id="done" style="margin-left:8px;color:#666;font-size:14px"></span></p>
<p style="max-width:677px;margin:8px auto;color:#666;font-size:13px">点按钮后到公众号编辑器里粘贴。海报图片请在编辑器中另行上传（本地图片不会随粘贴上传）。</p>
<div id="post" style="max-width:677px;margin:0 auto;background:#fff">
{body_html}
</div>
<script>
document.getElementById("copy").addEventListener("click", async function () {{
  var post = document.getElementById("post"), done = document.getElementById("done");
  try {{
    var html = post.innerHTML, text = post.innerText;
    await navigator.clipboard.write([new ClipboardItem({{
      "text/html": new Blob([html], {{type: "text/html"}}),
      "text/plain": new Blob([text], {{type: "text/plain"}})}})]);
    done.textContent = "已复制";
  }} catch (e) {{
    var range = document.createRange(); range.selectNodeContents(post);
    var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
    done.textContent = document.execCommand("copy") ? "已复制" : "请按 Ctrl+C / ⌘C 复制";
  }}
}});
</script>
</body>
</html>
"""


def publish_wechat(digest: Digest, previous: Comparison | None, view: DigestView, name: str) -> dict[str, bytes]:
    """The files of a WeChat post, by file name: ``name`` (the post, e.g. ``post.html``), and beside
    it ``{stem}.poster.png`` (the poster it shows, 1080 px wide) and ``{stem}.copy.html`` (the
    复制到公众号 helper), ``stem`` being ``name`` without ``.html``."""
    # deferred: Pillow (the poster) loads only when the post is published with its poster
    from huazhongdian.render.poster import render_poster_png

    stem = name[:-5] if name.lower().endswith(".html") else name
    image = f"{stem}.poster.png"
    return {
        name: render_wechat(digest, previous, view=view, image=image).encode("utf-8"),
        image: render_poster_png(digest, previous, view=view),
        f"{stem}.copy.html": copy_page(wechat_body(view, image, digest.lens), view.title).encode("utf-8"),
    }
