"""The HTML digest: parses, is self-contained, escapes report text, shows and links every bullet."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from render_sample import SAMPLE, empty_digest, hostile_digest, national_digest

import huazhongdian as hzd
from huazhongdian.cli import main
from huazhongdian.render.html import render_html
from huazhongdian.render.view import build_view, format_number

VOID = {"meta", "br", "img", "hr", "input", "link", "col", "source", "wbr", "area", "base", "embed", "track"}
SVG_VOID_OK = {"rect", "path", "circle", "line"}


class Page(HTMLParser):
    """Collects what the tests look at: tags, ids, hrefs, bullet texts, marks, paragraph texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ids: dict[str, list[str]] = {}
        self.stack: list[str] = []
        self.bullets: list[dict] = []
        self.paragraphs: dict[str, list[str]] = {}
        self._bullet: dict | None = None
        self._para: str | None = None
        self._in_mark = False
        self._in_src = False
        self._id_stack: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag not in VOID:
            self.stack.append(tag)
            self._id_stack.append(a.get("id"))
        if a.get("id"):
            self.ids[a["id"]] = []
        if tag == "li" and "bullets" in self._parent_classes():
            self._bullet = {"text": "", "marks": [], "href": None}
        if tag == "p" and (a.get("id") or "").startswith("p-"):
            self._para = a["id"]
            self.paragraphs[self._para] = []
        if tag == "mark":
            self._in_mark = True
            if self._bullet is not None:
                self._bullet["marks"].append("")
        if tag == "a" and "src" in (a.get("class") or "").split() and self._bullet is not None:
            self._bullet["href"] = a.get("href")
            self._in_src = True

    def _parent_classes(self) -> str:
        for tag, a in reversed(self.tags[:-1]):
            if tag == "ul":
                return a.get("class") or ""
        return ""

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}> after {self.stack[-3:]}"
        self.stack.pop()
        self._id_stack.pop()
        if tag == "li" and self._bullet is not None:
            self.bullets.append(self._bullet)
            self._bullet = None
        if tag == "p":
            self._para = None
        if tag == "mark":
            self._in_mark = False
        if tag == "a":
            self._in_src = False

    def handle_data(self, data):
        for el_id in self._id_stack:
            if el_id:
                self.ids[el_id].append(data)
        if self._bullet is not None and not self._in_src:
            self._bullet["text"] += data
            if self._in_mark:
                self._bullet["marks"][-1] += data
        if self._para is not None:
            self.paragraphs[self._para].append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert page.stack == [], f"unclosed tags {page.stack}"
    return page


@pytest.fixture(scope="module")
def national():
    return national_digest()


@pytest.fixture(scope="module")
def national_html(national):
    return render_html(national)


def test_page_parses_and_is_one_document(national_html):
    page = parse(national_html)
    assert national_html.startswith("<!DOCTYPE html>")
    assert [t for t, _ in page.tags].count("html") == 1
    assert page.ids["s-0"]  # the appendix starts at the first sentence


def test_references_nothing_outside_itself(national_html):
    page = parse(national_html)
    for tag, attrs in page.tags:
        assert tag not in ("script", "link", "img", "iframe", "object", "embed"), tag
        for name in ("src", "href", "srcset", "action", "xlink:href"):
            value = attrs.get(name) or ""
            assert not re.match(r"\s*(https?:|//|data:|javascript:)", value, re.I), (tag, name, value)
            if name == "href" and value:
                assert value.startswith("#"), value
    assert "@import" not in national_html
    assert "url(" not in national_html
    assert "@font-face" not in national_html


def test_hostile_report_text_is_escaped():
    d = hostile_digest()
    html = render_html(d)
    page = parse(html)
    tags = [t for t, _ in page.tags]
    assert "script" not in tags and "img" not in tags and "i" not in tags
    assert not any("onerror" in attrs for _, attrs in page.tags)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "&lt;i&gt;主题&lt;/i&gt;" in html              # an item's theme
    assert "国内生产总值&lt;b&gt;" in html                 # an indicator's metric, on its card
    # Each bullet is an exact piece of a hostile sentence, as text.
    assert page.bullets and all(any(b["text"] in i.text for i in d.items) for b in page.bullets)


def _view_bullets(d):
    return [b for g in build_view(d).groups for t in g.themes for b in t.bullets]


def test_every_bullet_is_shown_once_with_its_figures(national):
    page = parse(render_html(national))
    bullets = _view_bullets(national)
    assert sorted(b["text"] for b in page.bullets) == sorted(b.text for b in bullets)
    by_text = {b["text"]: b for b in page.bullets}
    for b in bullets:
        assert by_text[b.text]["marks"] == [run for run, fig in b.segments if fig]


def test_every_link_lands_on_the_sentence_holding_the_fact(national):
    html = render_html(national)
    page = parse(html)
    doc = national.document
    hrefs = [a["href"] for t, a in page.tags if t == "a" and a.get("href")]
    bullets = _view_bullets(national)
    assert len(hrefs) >= len(bullets) + len(national.targets)
    for href in hrefs:
        assert href[1:] in page.ids, href
    by_text = {b["text"]: b for b in page.bullets}
    for b in bullets:
        start = int(by_text[b.text]["href"].removeprefix("#s-"))
        sent = next(s for s in doc.sentences if s.start == start)
        assert sent.start <= b.start < sent.end
        assert "".join(page.ids[f"s-{start}"]) == doc.text[sent.start:sent.end]


def test_appendix_reprints_every_paragraph_exactly(national):
    page = parse(render_html(national))
    doc = national.document
    assert len(page.paragraphs) == len(doc.paragraphs)
    for para in doc.paragraphs:
        assert "".join(page.paragraphs[f"p-{para.start}"]) == doc.text[para.start:para.end]


def test_cards_show_the_salient_figures(national):
    view = build_view(national)
    numbers = [(c.prefix, c.number, c.unit, c.label) for c in view.cards]
    # National report: the headline targets first, then the big achievements.
    assert {c.tag for c in view.cards[:2]} == {"2025年目标"}
    assert ("", "134.9", "万亿元", "国内生产总值") in numbers
    assert {c.tag for c in view.cards[2:]} == {"2024年"}  # then last year's headline results
    # 技术合同成交额 is a headline result of its own (data/news_value.toml), in this science digest too.
    assert ("", "11.2", "%", "技术合同成交额增长") in numbers
    assert len({(c.label, c.tag) for c in view.cards}) == len(view.cards) == 6
    # A target's card is named by its headline target: 5% is GDP *growth*.
    assert (view.cards[0].number, view.cards[0].unit, view.cards[0].label) == ("5", "%左右", "国内生产总值增长")
    html = render_html(national)
    assert '<span class="num">134.9<span class="unit">万亿元</span></span>' in html


def test_targets_table_and_headline(national):
    html = render_html(national)
    assert "<title>划重点｜2025年政府工作报告</title>" in html
    assert "第十四届全国人民代表大会第三次会议" in html
    assert '<span class="kicker">划重点 · 科学元素</span>' in html  # the science lens's title
    for label, value in (("国内生产总值增长", "5%左右"), ("城镇新增就业", "1200万人以上"), ("居民消费价格涨幅", "2%左右")):
        assert re.search(rf"<td>{label}.*?</td><td class=\"value\">{re.escape(value)}</td>", html)
    assert "2024年工作回顾" in html and "2025年工作安排" in html


def test_empty_digest_omits_empty_sections():
    d = empty_digest()
    page = parse(render_html(d))
    ids = set(page.ids)
    assert not ids & {"terms", "figures", "achievement", "plan", "targets", "entities"}
    assert "source" in ids
    assert page.bullets == []


def test_format_number_writes_numbers_as_reports_do():
    from decimal import Decimal

    assert [format_number(Decimal(x)) for x in ("134.9", "1300", "0.20", "1E+3", "5.0")] == \
        ["134.9", "1300", "0.2", "1000", "5"]


def test_real_pipeline_renders_and_keeps_every_item(sample_path):
    d = hzd.digest(hzd.read(sample_path), lens="science")
    page = parse(render_html(d))
    assert sorted(b["text"] for b in page.bullets) == sorted(b.text for b in _view_bullets(d))
    assert len(page.paragraphs) == len(d.document.paragraphs)
    hrefs = [a["href"] for t, a in page.tags if t == "a" and a.get("href")]
    assert hrefs and all(h[1:] in page.ids for h in hrefs)


def test_cli_writes_html(tmp_path):
    out = tmp_path / "out.html"
    main(["digest", str(SAMPLE), "--lens", "science", "--format", "html", "-o", str(out)])
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    parse(html)
