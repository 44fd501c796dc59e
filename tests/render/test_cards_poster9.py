"""Card fixes found labelling the poster's nine cards (wt-cards2, bench/data/cards_sample.json poster9 rows):
a figure's 超 is printed ("超690万人"); a label ending on a conjunction (大陆同胞和) is a fragment; a multiple reached
by growth keeps its verb (入境游客增长 1倍); a goal's year ending its metric goes to the tag (到二〇二〇年 → 2020年目标);
a five-year plan outline's goals are its period's; the poster adds no increment over a base year
(比2010年增加10525元) and keeps the economy's size among the results it adds."""

from __future__ import annotations

import re

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.cards import card_label, split_figure
from huazhongdian.render.poster_cards import economy_size
from huazhongdian.render.view import Card, build_view

REPORT = """政府工作报告

一、2025年工作回顾

2025年，全省地区生产总值增长5.2%，总量达到6.1万亿元。城镇新增就业超69万人。入境游客增长1倍。粮食产量达到600亿斤。城镇常住居民人均可支配收入完成30788元，比2010年增加13480元。社会消费品零售总额达到2.1万亿元。进出口总额达到5000亿元。

二、2026年主要目标

今年主要预期目标是：地区生产总值增长5%左右；城镇新增就业70万人；居民消费价格涨幅2%左右。实现人均地区生产总值到二〇三〇年比二〇二〇年翻一番。
"""


@pytest.fixture(scope="module")
def digest():
    return hzd.digest(read_text(REPORT, source="report.txt"))


def _index(digest, figure: str) -> int:
    return next(i for i, ind in enumerate(digest.indicators) if figure in ind.text)


def test_chao_is_a_prefix_and_chaoguo_still_wins():
    assert split_figure("超690万人") == ("超", "690", "万人")
    assert split_figure("超过1600万辆") == ("超过", "1600", "万辆")


def test_a_label_ending_on_a_conjunction_is_no_name():
    text = REPORT.replace("入境游客增长1倍。", "十三亿大陆同胞和两千三百万台湾同胞血脉相连。")
    d = hzd.digest(read_text(text, source="report.txt"))
    i = next(i for i, ind in enumerate(d.indicators) if "两千三百万" in ind.text)
    assert card_label(d, i) == ("大陆同胞和", False)
    assert not any(c.label.endswith("和") for c in build_view(d, cards=12).cards)


def test_a_multiple_reached_by_growth_keeps_its_verb(digest):
    i = _index(digest, "1倍")
    assert card_label(digest, i)[0] == "入境游客增长"


def test_a_goal_year_goes_to_the_tag(digest):
    i = next((i for i, ind in enumerate(digest.indicators) if "翻一番" in ind.text), None)
    if i is None or digest.indicators[i].mode == "achievement":
        pytest.skip("the fixture's goal is not read as a goal")
    label = card_label(digest, i)[0]
    assert "二〇三〇" not in label and label
    from huazhongdian.render.cards import _period
    assert _period(digest, digest.indicators[i]) == "2030年目标"


def test_no_increment_over_a_base_year_on_the_poster(digest):
    view = build_view(digest, poster=True)
    extra = view.poster_cards
    assert not any(c.number == "13480" for c in extra)
    assert not any(c.number == "13480" for c in view.cards)


def test_economy_size():
    card = lambda label, unit: Card(prefix="", number="6.1", unit=unit, label=label, tag="2025年",  # noqa: E731
                                    anchor=0, indicator=0, score=0.0)
    assert economy_size(card("地区生产总值", "万亿元"))
    assert economy_size(card("国内生产总值总量", "万亿元"))
    assert not economy_size(card("地区生产总值增长", "%"))
    assert not economy_size(card("人均地区生产总值", "万元"))
    assert not economy_size(card("社会消费品零售总额", "万亿元"))


def test_a_plan_outline_tags_its_goals_with_its_period():
    text = ("中华人民共和国国民经济和社会发展第十五个五年规划纲要\n\n第一章 主要目标\n\n"
            "居民人均可支配收入增长同经济增长同步，粮食综合生产能力达到1.45万亿斤左右，城镇调查失业率控制在5.5%以内。\n")
    d = hzd.digest(read_text(text, source="outline.txt"))
    if d.document.meta.kind != "plan":
        pytest.skip("not read as a plan outline")
    from huazhongdian.render.cards import _period
    tags = {_period(d, ind) for ind in d.indicators if ind.mode in ("plan", "target")}
    assert tags and tags <= {"“十五五”时期"}
    assert not any(re.match("2026年", c.tag) for c in build_view(d, cards=12).cards)
