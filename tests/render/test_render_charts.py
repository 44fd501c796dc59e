"""Charts: term bars and a term across years, as PNG in the project's palette and font."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from PIL import Image, ImageStat
from render_sample import SAMPLE

import huazhongdian as hzd
from huazhongdian.cli import main
from huazhongdian.extract.terms import extract_terms
from huazhongdian.render.charts import _consecutive, _trend_series, render_terms_png, render_trend_png
from huazhongdian.render.style import PALETTE


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def _open(png: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(png))
    assert img.format == "PNG"
    return img.convert("RGB")


@pytest.fixture(scope="module")
def doc():
    return hzd.read(SAMPLE)


def test_terms_png_draws_bars_in_the_palette(doc):
    terms = extract_terms(doc, ["科技创新", "人工智能", "高质量发展", "新质生产力"])
    img = _open(render_terms_png(terms, "2025年政府工作报告"))
    assert img.width == 1080  # 7.5 in at 144 dpi
    colours = {c for _, c in img.getcolors(maxcolors=1 << 20)}
    assert _rgb(PALETTE.red) in colours and _rgb(PALETTE.red_deep) in colours  # bars; the top one deep red
    assert img.getpixel((2, 2)) == _rgb(PALETTE.paper)
    assert ImageStat.Stat(img.convert("L")).stddev[0] > 10


def test_terms_png_grows_with_the_number_of_terms(doc):
    few = _open(render_terms_png(extract_terms(doc, ["科技"]), "t"))
    many = _open(render_terms_png(extract_terms(doc, ["科技", "创新", "人才", "教育", "改革", "开放"]), "t"))
    assert many.height > few.height


def test_terms_png_with_nothing_to_draw_is_still_an_image():
    img = _open(render_terms_png([], "空"))
    assert img.width == 1080


def test_trend_series_averages_one_years_documents_and_drops_undated_rows():
    rows = [
        {"term": "科技", "year": 2024, "document": "a", "count": 9, "per_10k": 4.0},
        {"term": "科技", "year": 2024, "document": "b", "count": 3, "per_10k": 2.0},
        {"term": "科技", "year": 2023, "document": "c", "count": 5, "per_10k": Decimal("2.5")},
        {"term": "科技", "year": None, "document": "d", "count": 1, "per_10k": 9.0},
        {"term": "人才", "year": 2023, "document": "c", "count": 2, "per_10k": 1.0},
    ]
    assert _trend_series(rows) == {"科技": [(2023, 2.5), (2024, 3.0)], "人才": [(2023, 1.0)]}


def test_a_missing_year_breaks_the_line():
    points = [(2018, 1.0), (2019, 2.0), (2021, 3.0), (2022, 4.0), (2024, 5.0)]
    assert _consecutive(points) == [[(2018, 1.0), (2019, 2.0)], [(2021, 3.0), (2022, 4.0)], [(2024, 5.0)]]


def test_trend_png_draws_one_line_per_term(corpus):
    rows = []
    for year in (2022, 2023, 2024, 2025):
        doc = hzd.read(corpus / "national-series" / f"{year}.txt")
        for t in extract_terms(doc, ["科技", "人工智能"]):
            rows.append({"term": t.term, "year": year, "document": f"{year}.txt", "count": t.count,
                         "per_10k": t.per_10k})
    img = _open(render_trend_png(rows, "全国政府工作报告"))
    colours = {c for _, c in img.getcolors(maxcolors=1 << 20)}
    assert _rgb(PALETTE.red) in colours and _rgb(PALETTE.plan) in colours  # the two series
    assert img.width == 1152


def test_trend_png_without_rows_is_still_an_image():
    assert _open(render_trend_png([], "")).width == 1152


def test_cli_terms_png(tmp_path):
    out = tmp_path / "terms.png"
    main(["terms", str(SAMPLE), "--term", "科技", "--term", "创新", "--format", "png", "-o", str(out)])
    assert Image.open(out).format == "PNG"
