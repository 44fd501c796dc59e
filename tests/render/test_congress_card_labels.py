"""A party congress's figures are mostly in running prose: the words before a figure are rarely its subject.
A card label that is a fragment ("…政党和政治组织建立了不" 一百多个, "在我们这个占世界人口" 五分之一, "中国是拥"
十一亿, "原定为国民生产总值增长" 百分之六) is refused by ``[cards] fragment_labels`` (issue 12)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.render.cards import card_label
from huazhongdian.render.news_value import cues
from huazhongdian.render.view import build_view

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "congress-cards" / "congress-14-excerpt.txt"


@pytest.fixture(scope="module")
def digest(tmp_path_factory):
    path = tmp_path_factory.mktemp("c14") / "cpc-congress-14.txt"
    path.write_text(FIXTURE.read_text("utf-8"), "utf-8")
    return hzd.digest(hzd.read(path))


def test_the_excerpt_is_a_congress_report(digest):
    assert digest.document.meta.kind == "party-congress-report"


@pytest.mark.parametrize("figure", ["一百多个", "五分之一", "十一亿", "五千万", "百分之六", "翻两番"])
def test_a_fragment_before_a_figure_is_no_card_label(digest, figure):
    text = digest.document.text
    found = [i for i, ind in enumerate(digest.indicators) if figure in text[ind.start:ind.end]]
    assert found, figure
    for i in found:
        label, worthy = card_label(digest, i)
        assert not worthy, (figure, label)


def test_no_card_of_the_excerpt_shows_a_fragment(digest):
    pattern = cues().fragment_label
    for c in build_view(digest, cards=12).cards:
        assert not re.search(pattern, c.label), c.label
        assert "了" not in c.label and not c.label.startswith("在")


def test_the_fragment_cues_keep_a_name():
    pattern = cues().fragment_label
    for fragment in ("国家的许多政党和政治组织建立了不", "在我们这个占世界人口", "中国是拥", "原定为国民生产总值增长"):
        assert re.search(pattern, fragment), fragment
    for name in ("国内生产总值", "城镇新增就业", "对外贸易总额", "粮食产量", "居民人均可支配收入"):
        assert not re.search(pattern, name), name


def test_a_name_opening_like_a_preposition_is_kept():
    pattern = cues().fragment_label
    for name in ("在岗职工平均工资", "在校生", "在建项目", "从业人员", "对外贸易总额", "研发投入占比"):
        assert not re.search(pattern, name), name
