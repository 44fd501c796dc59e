"""A fact cut from a long sentence takes the theme its own clause names (issue 12), on excerpts of
Beijing 2026 copied into tests/fixtures/render/themes/: a technology-transfer figure is 科技创新
even in a sentence that a 新能源汽车生态港 would make 生态, and the citizens' hotline is 政府建设,
not 三农 (the sentence also names 农村供水); a running total (总里程) keeps the clause it totals, and what a measure brought about (带动…) keeps
the measure (national 2026)."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.view import build_view

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "themes" / "clauses.txt"


@pytest.fixture(scope="module")
def themes_of() -> dict[str, str]:
    digest = hzd.digest(read_text(FIXTURE.read_text("utf-8"), source="clauses.txt"))
    view = build_view(digest)
    return {b.text: t.theme for g in view.groups if g.mode == "achievement" for t in g.themes for b in t.bullets}


def _theme(themes_of: dict[str, str], figure: str) -> str:
    (theme,) = [t for text, t in themes_of.items() if figure in text]
    return theme


def test_technology_transfer_is_science_not_ecology(themes_of):
    assert _theme(themes_of, "996亿元") == "科技创新"


def test_the_hotline_is_government_not_agriculture(themes_of):
    assert _theme(themes_of, "97.3%") == "政府建设"


def test_an_ecosystem_of_firms_is_not_ecology(themes_of):
    assert "生态" not in themes_of.values()


def test_a_running_total_keeps_what_it_totals(themes_of):
    (bullet,) = [text for text in themes_of if "909公里" in text]
    assert bullet.startswith("开通3条地铁新线") and bullet.endswith("居全国首位")


def test_what_a_measure_brought_about_keeps_the_measure(themes_of):
    (bullet,) = [text for text in themes_of if "2.6万亿元" in text]
    assert bullet == "加力扩围实施消费品以旧换新，带动商品销售额超过2.6万亿元"
