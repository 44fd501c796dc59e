"""The main text of a web page saved from gov.cn, a provincial portal or WeChat.

Only the article comes out: navigation, scripts, styles, share buttons,
related links and footers are dropped. The article is found by the
containers these sites use (gov.cn ``#UCAP-CONTENT`` / ``.pages_content``,
TRS ``.TRS_Editor``, WeChat ``#js_content`` …); failing those, by descending
from ``<body>`` into whichever child holds most of the page's Chinese text
that is not link text. Block elements become paragraph breaks (a blank line),
``<br>`` a line break, table cells are separated by a space and rows by a line.
The page's title (``<h1>``, WeChat's ``#activity-name``, ``og:title``) is put
first when the article does not already start with it.
"""

from __future__ import annotations

import re

from huazhongdian.chars import HAN
from huazhongdian.errors import UnreadableDocument
from huazhongdian.read.quality import input_limits

__all__ = ["html_to_text"]

_MAIN_SELECTORS = (
    "#UCAP-CONTENT", ".pages_content", "#js_content", ".rich_media_content", ".TRS_Editor",
    ".trs_editor_view", "#zoom", ".zoom", "#Zoom", ".article-content", ".article_content",
    "#article-content", ".artcle-content", "#content_text", ".news_content", ".detail-content",
    ".xxgk_content", "article",
)
_TITLE_SELECTORS = ("#activity-name", ".rich_media_title", ".article-title", ".article_title")
_DROP_TAGS = {
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button",
    "select", "input", "textarea", "nav", "header", "footer", "aside", "object", "embed",
    "audio", "video", "map", "head", "menu", "dialog",
}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
    "li", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "blockquote", "pre", "figure",
    "figcaption", "center", "address", "hr", "body", "html", "caption",
}
# Page furniture by id/class. Short words must stand alone in the class list; distinctive
# ones (bdshare, breadcrumb …) may be part of a longer name.
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|share|footer|foot|header|top|topbar|sidebar|side|tools?|print"
    r"|related|relate|recommend|comments?|search|login|ad|ads|advert|crumbs?|position|location"
    r"|fontsize|font-size|qr|ewm|pager|pagination|copyright|banner)(?:$|[\s_-])"
    r"|bdshare|breadcrumb|qrcode|copyright|sharebox|share-box|social|js_profile|rich_media_meta"
    r"|rich_media_tool|js_tags|reward|weui-dialog",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_CJK_CHAR = re.compile(f"[{HAN}]")
_WS = re.compile(r"[ \t\r\n\f\u00a0]+")
# A source line break between two CJK characters is no space at all (CSS Text 3 §4.1.3).
# CJK punctuation, kana and the like (U+3000–33FF), Han, and full-width forms.
_CJK_BREAK = re.compile(rf"(?<=[\u3000-\u33ff{HAN}\uff00-\uffef])[ \t\r\f]*\n[ \t\r\n\f]*(?=[\u3000-\u33ff{HAN}\uff00-\uffef])")

_PARA = "\x00P"  # paragraph-break marker while collecting pieces
_LINE = "\x00L"  # line-break marker


def _decode(data: bytes, source: str) -> str:
    # deferred: read.txt loads only when a page is decoded
    from huazhongdian.read.txt import decode_text

    declared = _META_CHARSET.search(data[:4096])
    if declared:
        codec = declared.group(1).decode("ascii").lower()
        if codec in ("gb2312", "gbk", "gb_2312-80", "x-gbk"):
            codec = "gb18030"  # the superset: pages labelled gb2312 often hold GBK characters
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: fall back to detection
    return decode_text(data, source)


def _is_furniture(el) -> bool:
    if el.tag in _DROP_TAGS:
        return True
    if el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style", "")):
        return True
    label = f"{el.get('id', '')} {el.get('class', '')}".strip()
    return bool(label) and bool(_FURNITURE.search(label))


def _strip_furniture(root) -> None:
    """Drop furniture below ``root`` (never ``root`` itself: WeChat hides its article until
    a script shows it, so the container of a page fetched raw has ``visibility: hidden``)."""
    for el in list(root.iterdescendants()):
        if isinstance(el.tag, str) and el.getparent() is not None and _is_furniture(el):
            el.drop_tree()


def _cjk_outside_links(el) -> int:
    total = len(_CJK_CHAR.findall(el.text_content()))
    links = sum(len(_CJK_CHAR.findall(a.text_content())) for a in el.iter("a"))
    return total - links


def _densest(body):
    """Descend from ``body`` while a single child holds most of the non-link Chinese text."""
    node = body
    while True:
        own = _cjk_outside_links(node)
        if own == 0:
            return node
        best, best_score = None, 0
        for child in node:
            if not isinstance(child.tag, str):
                continue
            score = _cjk_outside_links(child)
            if score > best_score:
                best, best_score = child, score
        if best is None or best_score < 0.7 * own:
            return node
        node = best


def _collect(el, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "br":
        out.append(_LINE)
    elif tag:
        block = tag in _BLOCK_TAGS
        if block:
            out.append(_PARA)
        elif tag == "tr":
            out.append(_LINE)
        elif tag in ("td", "th"):
            out.append(" ")
        if el.text:
            out.append(el.text)
        for child in el:
            _collect(child, out)
        if block:
            out.append(_PARA)
        elif tag == "tr":
            out.append(_LINE)
    if el.tail:
        out.append(el.tail)


def _element_text(el) -> str:
    pieces: list[str] = []
    if el.text:
        pieces.append(el.text)
    for child in el:
        _collect(child, pieces)
    raw = "".join(pieces)
    paragraphs = []
    for para in raw.split(_PARA):
        lines = []
        for line in para.split(_LINE):
            line = _WS.sub(" ", _CJK_BREAK.sub("", line)).strip()
            lines.append(line)
        text = "\n".join(lines).strip("\n")
        if text.strip():
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _select(root, selector: str):
    """The first element matching a ``#id``, ``.class`` or tag selector (no cssselect needed)."""
    if selector.startswith("#"):
        found = root.xpath("//*[@id=$v]", v=selector[1:])
    elif selector.startswith("."):
        found = root.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), $v)]",
                           v=f" {selector[1:]} ")
    else:
        found = root.xpath(f"//{selector}")
    return found[0] if found else None


def html_to_text(data: bytes, source: str) -> str:
    """Extract the article text of an HTML page.

    Args:
        data: the page's bytes, in any encoding its ``<meta charset>`` declares or
            that :func:`~huazhongdian.read.txt.decode_text` detects.
        source: the file name, for error messages.

    Returns:
        The title (if found and not already first) and the article's paragraphs,
        separated by blank lines; not yet normalised.

    Raises:
        UnreadableDocument: the page cannot be parsed or has no text.
    """
    # deferred: lxml loads only for an HTML file
    import lxml.etree
    import lxml.html

    markup = _XML_DECL.sub("", _decode(data, source))
    if not markup.strip():
        raise UnreadableDocument(source, "file is empty (only whitespace)")
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise UnreadableDocument(source, f"cannot parse the HTML: {exc}") from exc
    limit = input_limits()["max_html_depth"]
    if _deeper_than(root, limit):
        raise UnreadableDocument(source, f"the HTML nests elements more than {limit} levels deep "
                                         "(no real page does); save the article as text")
    title = ""
    for selector in _TITLE_SELECTORS:
        found = _select(root, selector)
        if found is not None and found.text_content().strip():
            title = _WS.sub(" ", found.text_content()).strip()
            break
    body = root.find("body")
    if body is None:
        body = root
    page_text = _cjk_outside_links(body)
    main = None
    for selector in _MAIN_SELECTORS:
        found = _select(root, selector)
        # A known container must hold a fair share of the page (an <article> teaser does not).
        if found is not None and _cjk_outside_links(found) * 10 >= page_text * 3 > 0:
            main = found
            break
    if main is None:
        _strip_furniture(body)
        main = _densest(body)
    else:
        _strip_furniture(main)
    if not title:
        title = _fallback_title(root)
    text = _element_text(main)
    if not text.strip():
        raise UnreadableDocument(source, "no text found in the HTML page")
    if title and title not in text[: len(title) + 300]:
        text = f"{title}\n\n{text}"
    return text


def _deeper_than(root, limit: int) -> bool:  # noqa: ANN001 - an lxml element
    """Whether any element sits more than ``limit`` levels below ``root`` (no recursion: the
    readers below recurse, and a page nested 100,000 deep must not reach them)."""
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in element)
    return False


def _fallback_title(root) -> str:
    """The first Chinese ``<h1>`` outside page furniture, else ``og:title``."""
    for h1 in root.iter("h1"):
        text = _WS.sub(" ", h1.text_content()).strip()
        if _CJK_CHAR.search(text) and not any(_is_furniture(a) for a in (h1, *h1.iterancestors())):
            return text
    for meta in root.iter("meta"):
        if meta.get("property") == "og:title" and meta.get("content", "").strip():
            return meta.get("content").strip()
    return ""
