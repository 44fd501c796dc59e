"""A bullet whose subject is a headline metric stands under one of that metric's themes (issue 12, editors:
"我国工农业总产值平均每年增长百分之十一" of national 1986 was listed under 三农 for the 农业 in 工农业; Hunan 2026's
revenue and 规模工业增加值 clauses under 民生). The map is the general lens's ``[metric_themes]``; the rule
render/metric_theme.py. The fixture tests/fixtures/render/themes/metrics.txt holds 1986's sentence (in a
paragraph of rural work, whose cues make the sentence 三农)."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.classify.lens import load_lens, parse_lens
from huazhongdian.datafiles import load_toml
from huazhongdian.errors import BadLens
from huazhongdian.load import read_text
from huazhongdian.render.metric_theme import metric_theme, subject_metric
from huazhongdian.render.news_value import cues
from huazhongdian.render.view import build_view

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "themes" / "metrics.txt"
GENERAL = load_lens("general")


@pytest.fixture(scope="module")
def themes_of() -> dict[str, str]:
    digest = hzd.digest(read_text(FIXTURE.read_text("utf-8"), source="metrics.txt"))
    return {b.text: t.theme for g in build_view(digest).groups for t in g.themes for b in t.bullets}


def _theme(themes_of: dict[str, str], words: str) -> str:
    (theme,) = [t for text, t in themes_of.items() if text.startswith(words)]
    return theme


def test_gross_output_of_industry_and_agriculture_is_the_economy(themes_of):
    assert _theme(themes_of, "我国工农业总产值") == "经济运行"
    assert _theme(themes_of, "工业总产值") == "经济运行"


def test_agriculture_and_its_sentence_keep_their_theme(themes_of):
    assert _theme(themes_of, "农业总产值") == "三农"
    assert _theme(themes_of, "新建高标准农田") == "三农"
    assert _theme(themes_of, "粮食产量") == "三农"


@pytest.mark.parametrize(("text", "metric"), [
    ("我国工农业总产值平均每年增长百分之十一", "工农业总产值"),
    ("全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%", "地区生产总值"),
    ("地方一般公共预算收入达3507.6亿元、增长1.7%", "一般公共预算收入"),
    ("城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%", "人均可支配收入"),
    ("1979年国民收入比上年增长7%", "国民收入"),
])
def test_a_metric_opening_the_bullet_is_its_subject(text, metric):
    assert subject_metric(GENERAL, text) == metric


@pytest.mark.parametrize("text", [
    "磨憨镇固定资产投资、一般公共预算收入、引进省外到位资金、常住人口实现“四个翻番”",  # a town's: 区域
    "服务业对经济增长贡献率超70%",                                                  # a contribution to growth
    "单位国内生产总值能耗降低5.1%",                                                 # energy intensity: 生态
    "园区规模工业增加值占全省比重增至76%以上",                                       # a share
    "国家财政性教育经费占国内生产总值比例继续保持在4%以上",                           # a ratio's denominator
    "新建高标准农田300万亩",
])
def test_no_subject_metric(text):
    assert subject_metric(GENERAL, text) == ""


def test_a_bullet_moves_home_only_from_a_theme_not_its_metrics():
    labels = frozenset(t.label for t in GENERAL.themes_for("achievement"))
    theme_of = metric_theme(GENERAL, labels)
    assert theme_of("地方一般公共预算收入达3507.6亿元、增长1.7%", "民生") == "经济运行"
    assert theme_of("规模工业增加值增长6.2%、高于全国平均0.3个百分点", "民生") == "经济运行"
    assert theme_of("规上工业增加值增长9.4%", "产业") == "产业"            # a metric's second theme keeps it
    assert theme_of("城镇调查失业率5.2%", "经济运行") == "经济运行"          # jobs among the main indicators
    assert theme_of("城镇新增就业82.7万人", "三农") == "民生"
    assert theme_of("新建高标准农田300万亩", "三农") == "三农"
    # (a home the mode's themes lack is no move)
    assert metric_theme(GENERAL, frozenset({"民生"}))("地方一般公共预算收入达3507.6亿元", "民生") == "民生"


def test_every_mapped_metric_is_a_headline_metric():
    headline = set(cues().headline)
    assert GENERAL.metric_themes and GENERAL.metric_leads
    assert {m for m, _ in GENERAL.metric_themes} <= headline


def test_a_map_naming_no_theme_of_the_lens_is_refused():
    raw = dict(load_toml("lenses", "general.toml"))
    with pytest.raises(BadLens, match="metric_themes"):
        parse_lens({**raw, "metric_themes": {"地区生产总值": ["宏观经济"]}}, "test")
    with pytest.raises(BadLens, match="metric_subject"):
        parse_lens({**raw, "metric_subject": {"leads": [""]}}, "test")
