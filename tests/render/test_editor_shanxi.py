"""What an editor found reading Shanxi 2026 untuned (issue 12), on a hand-cut excerpt
(tests/fixtures/render/editor_shanxi/): a card label never ends on the 均 of a shared figure; air
pollutants are 生态, not the 区域 of 城市; coal and green power are 产业, not the 科技创新 of their
paragraph's heading; the citizens' hotline is 政府建设; a bare count of unnamed measures ("谋划9条技术路径")
is no bullet, a named one is; a goal's modal before a bare metric ("力争产量…") keeps the clause before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.cards import card_label, shared_figure
from huazhongdian.render.news_value import cues
from huazhongdian.render.view import build_view

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "editor_shanxi" / "province.txt"


@pytest.fixture(scope="module")
def digest():
    return hzd.digest(read_text(FIXTURE.read_text("utf-8"), source="province.txt"))


def _themes(digest) -> dict[str, str]:
    return {b.text: t.theme for g in build_view(digest).groups for t in g.themes for b in t.bullets}


def _theme_of(digest, part: str) -> set[str]:
    return {th for text, th in _themes(digest).items() if part in text}


def test_a_figure_after_jun_and_any_verb_is_shared(digest):
    text = digest.document.text
    at = text.index("均保持") + len("均保持")
    i = next(i for i, ind in enumerate(digest.indicators) if ind.start == at)
    assert shared_figure(digest.indicators[i]) and not card_label(digest, i)[1]
    labels = [c.label for c in build_view(digest, cards=12).cards]
    assert labels and not any(label.endswith("均") for label in labels)


@pytest.mark.parametrize("label", ["重点监测景区接待游客、经营收入均", "城乡居民收入分别", "经济增速同比"])
def test_a_label_ending_on_a_shared_adverb_is_a_fragment(label):
    assert re.search(cues().fragment_label, label)


@pytest.mark.parametrize("label", ["城镇居民人均", "居民收入年均", "地区生产总值"])
def test_renjun_and_nianjun_are_no_fragment(label):
    assert not re.search(cues().fragment_label, label)


@pytest.mark.parametrize("part, theme", [
    ("臭氧改善幅度", "生态"),
    ("原煤产量", "产业"),
    ("绿电交易量", "产业"),
    ("12345热线", "政府建设"),
])
def test_a_clause_takes_its_own_theme(digest, part, theme):
    assert _theme_of(digest, part) == {theme}


def test_a_bare_count_of_unnamed_measures_is_no_bullet_a_named_one_is(digest):
    texts = list(_themes(digest))
    assert not any(t.startswith(("谋划9条", "制定出台20条")) for t in texts), texts
    assert any(t.startswith("优化工商业电价机制12条举措") for t in texts)
    assert any(t.startswith("抓实风电光伏") for t in texts)


def test_a_modal_before_a_bare_metric_keeps_the_clause_before(digest):
    texts = [t for t in _themes(digest) if "200亿立方米" in t]
    assert texts and all(t.startswith("推动大吉煤层气田") for t in texts), texts
