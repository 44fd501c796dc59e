"""One selection for every output (issues #11 and #12): Markdown, HTML, the web page, the JSON
view and the poster show the same bullets in the same order (the poster the first few of each
theme it shows), and every bullet is an exact span of the report."""

from __future__ import annotations

import re

import pytest

import huazhongdian as hzd
from huazhongdian.render import RENDERERS, render_bytes, render_digest, renderer
from huazhongdian.render.html import render_html
from huazhongdian.render.json import digest_to_dict
from huazhongdian.render.markdown import render_markdown
from huazhongdian.render.poster import layout_poster
from huazhongdian.render.selection import is_never
from huazhongdian.render.view import build_view

_NOTE = re.compile(r"（[^（）]*(?:（[^（）]*）[^（）]*)*第\d+段）$")


@pytest.fixture(scope="module")
def d(sample_path):
    return hzd.digest(hzd.read(sample_path), lens="general")


def _shown(d):
    return [(g.mode, t.theme, b.text) for g in build_view(d).groups for t in g.themes for b in t.top]


def _md(d):
    out, mode, theme = [], "", ""
    for line in render_markdown(d).splitlines():
        if line.startswith("## "):
            mode = {"回顾": "achievement", "安排": "plan", "其他要点": "other"}.get(
                next((k for k in ("回顾", "安排", "其他要点") if k in line), ""), "")
        elif line.startswith("### "):
            theme = line[4:]
        elif mode and line.startswith("- ") and not line.startswith("- ……"):
            out.append((mode, theme, _NOTE.sub("", line[2:].replace("**", ""))))
    return out


def _li(html: str, cls: str) -> list[str]:
    """Texts of the <li> of <ul class=cls> outside <details> (tags stripped, 原文 links dropped)."""
    html = re.sub(r"<details.*?</details>", "", html, flags=re.S)
    html = re.sub(r'<a class="src"[^>]*>.*?</a>', "", html)
    out = []
    for ul in re.findall(rf'<ul class="{cls}">(.*?)</ul>', html, flags=re.S):
        out += [re.sub(r"<[^>]+>", "", li).strip() for li in re.findall(r"<li[^>]*>(.*?)</li>", ul, flags=re.S)]
    return out


def test_every_output_shows_the_same_bullets_in_the_same_order(d):
    from html import unescape

    from huazhongdian.web.pages import digest_context, render_page

    shown = _shown(d)
    assert len(shown) > 20
    texts = [t for _, _, t in shown]
    assert _md(d) == shown
    assert [unescape(x) for x in _li(render_html(d), "bullets")] == texts
    page = render_page("digest.html", active="digest", **digest_context(d)).body.decode("utf-8")
    assert [unescape(x) for x in _li(page, "items")] == texts
    view = digest_to_dict(d)["view"]
    assert [b["text"] for b in view["bullets"] if b["shown"]] == texts


def test_the_poster_shows_the_first_bullets_of_its_themes(d):
    from huazhongdian.render.poster import Limits, _pick, _share, _themes

    lay = layout_poster(d)
    drawn = "".join(op.text for op in lay.ops if hasattr(op, "text"))
    for g in build_view(d).groups:
        for t in _themes(g, 6):
            assert _pick(t, 2) == list(t.top[:2])  # a prefix of what every other output lists
            assert t.top[0].text[:8] in drawn
        # Shared by news value: each theme shows its first bullet, and only bullets the view shows, in its order.
        for t, bullets in _share(_themes(g, 6), Limits(), False, lambda b: True):
            assert bullets[0] is t.top[0] and [b for b in t.top if b in bullets] == bullets


def test_the_rest_is_folded_not_dropped(d):
    view = build_view(d)
    folded = [b for g in view.groups for t in g.themes for b in t.more]
    assert folded
    md, html = render_markdown(d), render_html(d)
    assert "……另有" in md
    assert "<details" in html and "展开全部" in html
    details = re.findall(r"<details.*?</details>", html, flags=re.S)
    assert sum(d_.count("<li>") for d_ in details) == len(folded)


def test_bullets_are_spans_fact_sized_and_never_framing(d):
    text = d.document.text
    view = build_view(d)
    for g in view.groups:
        for t in g.themes:
            for b in t.bullets:
                assert text[b.start:b.end] == b.text
                assert b.sentence_start <= b.start < b.end <= b.sentence_end
            for b in t.top[:3]:
                assert not is_never(b.text), b.text
    gdp = next(b for g in view.groups for t in g.themes for b in t.bullets if "134.9万亿元" in b.text)
    # The bare "增速…" clause after it has no subject of its own: it stays with the GDP clause.
    assert gdp.text == "国内生产总值达到134.9万亿元、增长5%，增速居世界主要经济体前列"


def test_the_lede_comes_first_everywhere(d):
    view = build_view(d)
    assert view.lede and view.lede[0].text
    lede = view.lede[0].text
    md = render_markdown(d)
    assert md.index(lede) < md.index("## 关键词")
    html = render_html(d)
    assert html.index(lede) < html.index('id="terms"')


def test_the_registry_names_every_format():
    assert list(RENDERERS) == ["md", "json", "html", "png", "svg", "wechat"]
    assert renderer("png").binary and renderer("png").media_type == "image/png"
    assert not renderer("svg").binary
    with pytest.raises(ValueError, match="unknown format 'doc'"):
        renderer("doc")


def test_render_bytes_and_text(d):
    assert render_bytes(d, "png").startswith(b"\x89PNG")
    assert render_bytes(d, "md").decode("utf-8") == render_digest(d, "md")


def test_a_pasted_text_takes_its_title_from_the_text():
    from huazhongdian.load import read_text

    doc = read_text("某某区2025年政府工作报告\n国内生产总值增长5%。\n", source="<pasted text>")
    d = hzd.digest(doc)
    assert build_view(d).title == "某某区2025年政府工作报告"
    assert "<pasted" not in render_markdown(d)


def test_the_wechat_post_and_the_svg_poster_show_the_same_items(d):
    """The two outputs the test above leaves out: the post lists every shown bullet in the same
    order; the SVG poster draws its themes' bullets (shared by news value) in the view's order."""
    from html import unescape

    from huazhongdian.render.poster import _share, _themes, bullet_fits, poster_groups, poster_limits

    texts = [t for _, _, t in _shown(d)]
    post = render_digest(d, "wechat")
    dots = re.findall(r"●</span>(.*?)</p>", post, flags=re.S)
    assert [unescape(re.sub(r"<[^>]+>", "", x)) for x in dots] == texts
    svg = render_bytes(d, "svg").decode("utf-8")
    drawn = unescape("".join(re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)))
    # The poster's step (the first that fits its height): its themes, its bullets a theme shared by news
    # value. (Its groups are the view's but the coming plan period's goals; a bullet drawn is one that fits
    # its lines and does not only repeat a row of its 主要预期目标 block.)
    view = build_view(d)
    step = poster_limits(view, d.lens)
    picked = [b.text for g in poster_groups(view)
              for _, bullets in _share(_themes(g, step.themes), step, False, bullet_fits(view, g, step))
              for b in bullets]
    assert picked and all(p in texts for p in picked)
    at = 0  # each pick is drawn after the one before it (a figure card may repeat a prefix earlier)
    for p in picked:
        at = drawn.find(p[:6], at)
        assert at >= 0, p


def _term(text: str, term: str):
    from huazhongdian.types import Span, Term

    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(term, text))
    return Term(term, len(spans), 0, spans)


def test_a_term_only_ever_inside_a_longer_one_is_not_listed():
    from huazhongdian.render.view import shown_terms

    text = "加快建设全国统一大市场。破除全国统一大市场建设的堵点。"
    assert [t.term for t in shown_terms([_term(text, "全国统一大市场"), _term(text, "统一大市场")])] == ["全国统一大市场"]
    # One occurrence of its own is enough to be listed.
    text += "统一大市场之外，还有营商环境。"
    assert [t.term for t in shown_terms([_term(text, "全国统一大市场"), _term(text, "统一大市场")])] == [
        "全国统一大市场", "统一大市场"]


def test_a_term_that_is_mostly_half_of_two_words_is_not_listed():
    from huazhongdian.extract.terms import count_term
    from huazhongdian.render.view import shown_terms

    # 民生 inside 人民生活 (人民 | 生活) is no 民生: a report that says 人民生活 five times and 国计民生 once
    # does not headline "“民生”出现6次"; its count stays what str.count says.
    text = "改善人民生活。人民生活明显提高。提高人民生活水平。人民生活更加殷实。保障人民生活。关系国计民生的重要商品。"
    doc = hzd.read_text(text)
    term = count_term(doc, "民生")
    assert term.count == text.count("民生") == 6
    assert [t.term for t in shown_terms([term], doc.text)] == []
    assert [t.term for t in shown_terms([term])] == ["民生"]      # (without the text: the old rule only)
    # Three occurrences of its own (改善民生) keep it listed, and so does a term inside one word (扩大内需).
    text2 = text + "改善民生。保障和改善民生。民生为重。坚定实施扩大内需战略。扩大内需。"
    doc2 = hzd.read_text(text2)
    assert [t.term for t in shown_terms([count_term(doc2, "民生"), count_term(doc2, "内需")], doc2.text)] == [
        "民生", "内需"]


def test_every_output_lists_the_same_terms(d):
    from huazhongdian.derive import derived
    from huazhongdian.render.view import shown_terms

    listed = [t.term for t in shown_terms(d.terms, derived(d.document).matching)]
    assert [t.term for t in build_view(d).terms] == listed[: len(build_view(d).terms)]
    md = render_markdown(d)
    table = [line.split(" | ")[0][2:] for line in md.split("## 关键词", 1)[1].split("\n## ", 1)[0].splitlines()
             if line.startswith("| ") and not line.startswith("| 词")]
    assert table == listed[: len(table)]
