"""The 一图读懂 poster: a real PNG of the right size, never blank, never tofu; the SVG matches."""

from __future__ import annotations

import dataclasses
import io
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageStat
from render_sample import SAMPLE, empty_digest, hostile_digest, national_digest

import huazhongdian as hzd
from huazhongdian.cli import main
from huazhongdian.render.view import build_view
from huazhongdian.render.poster import (ELLIPSIS, Limits, Run, drawable, layout_poster, render_poster_png,
                                        render_poster_svg, text_width, wrap)
from huazhongdian.render.style import SPACE, font_coverage
from huazhongdian.types import Item

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def national():
    return national_digest()


@pytest.fixture(scope="module")
def national_png(national):
    return render_poster_png(national)


def test_png_is_valid_wide_and_not_blank(national_png):
    img = Image.open(io.BytesIO(national_png))
    img.verify()
    img = Image.open(io.BytesIO(national_png)).convert("RGB")
    assert img.format is None or img.format == "PNG"
    assert img.width == SPACE.poster_width >= 750
    assert 2000 < img.height <= SPACE.poster_max_height
    stddev = ImageStat.Stat(img.convert("L")).stddev[0]
    assert stddev > 30  # a red band, white cards and dark text: far from one flat colour
    # The title band is 中国红 and the page below it is paper.
    assert img.getpixel((5, 5)) == (0xC8, 0x16, 0x1D)
    assert img.getpixel((5, img.height // 2)) == (0xFB, 0xF7, 0xF0)


def test_every_drawn_character_has_a_glyph_in_its_font(national):
    lay = layout_poster(national)
    runs = [op for op in lay.ops if isinstance(op, Run)]
    assert runs
    for run in runs:
        cmap = font_coverage(run.font)
        missing = [ch for ch in run.text if not ch.isspace() and ord(ch) not in cmap]
        assert missing == [], (run.font, run.text)


def test_the_poster_shows_title_figures_themes_and_targets(national):
    drawn = layout_poster(national).characters()
    for text in ("一图读懂 · 科学元素", "2025年政府工作报告", "134.9", "万亿元", "国内生产总值", "科技创新", "数字经济",
                 "主要预期目标", "5%左右", "2024年工作回顾", "2025年工作安排", "关键词"):
        assert text in drawn, text


def test_bullets_are_the_reports_words_cut_never_rewritten(national):
    lay = layout_poster(national)
    body = [op for op in lay.ops if isinstance(op, Run) and op.size == 29]
    text = "".join(op.text for op in body)
    # The poster shows the view's bullets, each an exact span of the report (fact-sized, so whole).
    view = build_view(national)
    shown = [b for g in view.groups for t in g.themes for b in t.top]
    assert shown and all(national.document.text[b.start:b.end] == b.text for b in shown)
    assert "高技术制造业、装备制造业增加值分别增长8.9%、7.7%" in text
    # A clause with no science word of its own is not a science bullet, even in a science sentence.
    assert "国内生产总值达到134.9万亿元" not in text


def test_missing_glyphs_fall_back_to_serif_or_are_dropped(national):
    serif_only = sorted(set(font_coverage("serif")) - set(font_coverage("sans")))
    ch = next(chr(c) for c in serif_only if chr(c).isprintable() and not chr(c).isspace())
    nowhere = "\U0001F52C"  # 🔬: in neither Noto font
    assert ord(nowhere) not in font_coverage("sans") and ord(nowhere) not in font_coverage("serif")
    meta = dataclasses.replace(national.document.meta, title=f"科技{ch}报告{nowhere}")
    doc = dataclasses.replace(national.document, meta=meta)
    lay = layout_poster(dataclasses.replace(national, document=doc))
    runs = [op for op in lay.ops if isinstance(op, Run)]
    assert any(op.font == "serif" and op.text == ch for op in runs)
    assert nowhere not in lay.characters()
    assert drawable(f"a{nowhere}b") == [("a", "sans"), ("b", "sans")]


def test_long_reports_are_cut_by_salience_to_the_height_cap(national):
    doc = national.document
    sents = [s for s in doc.sentences if len(s.text) > 20]
    items = tuple(Item(text=s.text, start=s.start, end=s.end, mode="plan" if i % 2 else "achievement",
                       theme=f"主题{i % 9}", section="", relevance=Decimal(i % 5))
                  for i, s in enumerate(sents))
    # A lens of its own (not built in): the items' made-up themes stand as they are — no clause of
    # theirs is re-checked for science or moved to the theme its own words name.
    big = dataclasses.replace(national, items=items, lens="made-up")
    lay = layout_poster(big)
    assert lay.height <= SPACE.poster_max_height
    full = layout_poster(big, Limits(bullets=1000, themes=1000))
    assert full.height > SPACE.poster_max_height  # it really had to cut
    drawn = lay.characters()
    # What stays is the most relevant: a theme's top bullet (relevance 4) is drawn, its first words at least.
    # (a plan item: a review sentence with no figure of its own is never a shown bullet)
    best = next(i for i in items if i.relevance == 4 and i.mode == "plan")
    assert best.text[:8] in drawn


def _overflowing(lay) -> list[str]:
    m = SPACE.poster_margin
    return [op.text for op in lay.ops if isinstance(op, Run)
            and (op.x < m - 1 or op.x + text_width(op.text, op.size) > lay.width - m + op.size)]


def test_nothing_is_drawn_past_the_margins(national):
    assert _overflowing(layout_poster(national)) == []


def test_odd_strings_are_cut_to_fit_not_overflowed(national):
    long = "以习近平新时代中国特色社会主义思想为指导全面贯彻落实党的二十大和二十届二中三中全会精神" * 2
    meta = dataclasses.replace(national.document.meta, title=long, meeting=long)
    doc = dataclasses.replace(national.document, meta=meta)
    items = tuple(dataclasses.replace(i, theme=long if n % 2 else "🔬") for n, i in enumerate(national.items))
    targets = tuple(dataclasses.replace(t, metric="") for t in national.targets)
    from huazhongdian.types import Keyword

    odd = dataclasses.replace(national, document=doc, items=items, targets=targets,
                              keywords=(Keyword(long, Decimal(1), 1), Keyword("🔬", Decimal(1), 1)))
    lay = layout_poster(odd)
    assert _overflowing(lay) == []
    assert ELLIPSIS in lay.characters()
    Image.open(io.BytesIO(render_poster_png(odd))).verify()


def test_png_renders_for_hostile_and_empty_digests():
    for d in (hostile_digest(), empty_digest()):
        img = Image.open(io.BytesIO(render_poster_png(d)))
        assert img.width == SPACE.poster_width and img.height > 200


def test_svg_parses_and_matches_the_png_layout(national):
    svg = render_poster_svg(national)
    root = ET.fromstring(svg)
    lay = layout_poster(national)
    assert root.get("width") == str(lay.width) and root.get("height") == str(lay.height)
    texts = root.findall(f".//{SVG}text")
    assert [t.text for t in texts] == [op.text for op in lay.ops if isinstance(op, Run)]
    assert "Noto Sans SC" in root.find(f"{SVG}g").get("font-family")


def test_svg_escapes_hostile_text():
    svg = render_poster_svg(hostile_digest())
    root = ET.fromstring(svg)  # would fail on a raw "<img src=x …>"
    assert root.findall(f".//{SVG}script") == []
    assert any("<script>" in (t.text or "") for t in root.iter(f"{SVG}text"))


def test_wrap_keeps_numbers_whole_and_respects_width():
    chars = [(c, n, False) for c, n in drawable("亩产提升10.1斤；高技术制造业、装备制造业增加值分别增长8.9%、7.7%")]
    lines = wrap(chars, 29, 29 * 5.2, 10)
    words = ["".join(c[0] for c in line) for line in lines]
    assert "".join(words) == "亩产提升10.1斤；高技术制造业、装备制造业增加值分别增长8.9%、7.7%"
    assert not any(w.startswith(("0.1", "1斤", ".9", "%")) for w in words)
    assert all(not w.startswith(("，", "、", "；")) for w in words)


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="科技创新人工智能，。、0123456789.%abc🔬", min_size=1, max_size=80),
       lines=st.integers(1, 3))
def test_wrap_is_a_prefix_of_the_text_and_fits(text, lines):
    chars = [(c, n, False) for c, n in drawable(text)]
    width = 29 * 6.0
    out = wrap(chars, 29, width, lines)
    assert len(out) <= lines
    shown = "".join(c[0] for line in out for c in line)
    kept = "".join(c for c, _ in drawable(text))
    if shown.endswith(ELLIPSIS):
        assert kept.replace(" ", "").startswith(shown[:-1].replace(" ", ""))
        assert len(out) == lines
    else:
        assert shown.replace(" ", "") == kept.replace(" ", "")
    for line in out:
        # Hanging punctuation may pass the width by one character, never more.
        assert text_width("".join(c[0] for c in line[:-1]), 29) <= width + 0.5


def test_cli_writes_png_and_svg(tmp_path):
    png, svg = tmp_path / "p.png", tmp_path / "p.svg"
    main(["digest", str(SAMPLE), "--lens", "science", "--format", "png", "-o", str(png)])
    main(["digest", str(SAMPLE), "--lens", "science", "--format", "svg", "-o", str(svg)])
    assert Image.open(png).width == SPACE.poster_width
    assert ET.parse(svg).getroot().tag == f"{SVG}svg"


def test_real_pipeline_poster(sample_path):
    d = hzd.digest(hzd.read(sample_path), lens="science")
    img = Image.open(io.BytesIO(render_poster_png(d)))
    assert img.width == SPACE.poster_width
    assert ImageStat.Stat(img.convert("L")).stddev[0] > 20
