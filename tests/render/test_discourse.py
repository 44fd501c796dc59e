"""Whole sentences of a discourse kind give no bullet (render/discourse.py, news_value.toml [discourse];
issue 12, wt-carry-frame): a thesis, an appeal, a count-only lead, a statement of value and a slogan go whole, with
no fragment left, when they hold nothing concrete; a sentence with a figure, a quoted name or a task stays."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.render.discourse import discourse_kind
from huazhongdian.render.selection import select_facts


@pytest.mark.parametrize("text, kind", [
    ("计划生育和环境保护是我国的基本国策。", "thesis"),
    ("继续把发展农业作为经济工作的重中之重。", "thesis"),
    ("关键是合理控制固定资产投资规模，着力优化投资结构。", "thesis"),
    ("我们殷切希望台湾同胞为祖国统一作出贡献。", "appeal"),
    ("广大科技工作者为此作出了很大的努力。", "appeal"),
    ("今年必须抓好三项工作：", "lead"),
    ("这是我国经济工作的重要原则，也是稳定经济的重要保证。", "value"),
    ("没有先进文化的发展，就不可能真正实现现代化。", "value"),
    ("我们要努力做好各方面的工作。", "slogan"),
])
def test_kinds(text: str, kind: str) -> None:
    assert discourse_kind(text) == kind


@pytest.mark.parametrize("text", [
    "发展乡镇企业是农村奔小康的必由之路，要继续支持中西部地区乡镇企业的发展。",   # a thesis leading a task
    "努力增加出口，创造更多的外汇，是扩展对外经济贸易的基础和关键。",             # 关键 alone is no thesis
    "希望预委会最广泛地团结香港同胞，为筹建特别行政区做好各项准备工作。",         # the addressee is no people
    "认真贯彻《民族区域自治法》是我国的基本国策。",                               # a book-titled name is concrete
    "新建铁路投入运营5557公里。",
])
def test_not_discourse(text: str) -> None:
    assert discourse_kind(text) == ""


REPORT = ("政府工作报告\n\n一、过去一年的工作\n\n"
          "去年国内生产总值增长8.7%，粮食产量达到5.31亿吨。"
          "计划生育和环境保护是我国的基本国策。\n\n"
          "二、今年的主要任务\n\n"
          "今年国内生产总值增长8%左右。关键是合理控制固定资产投资规模，着力优化投资结构。"
          "要新建铁路5000公里。\n")


def test_no_bullet_nor_fragment_of_a_discourse_sentence(tmp_path) -> None:
    path = tmp_path / "national-2010-gov-work-report.txt"
    path.write_text(REPORT, "utf-8")
    d = hzd.digest(hzd.read(path))
    bullets = [d.document.text[f.start:f.end] for f in select_facts(d)]
    assert any("5.31亿吨" in b for b in bullets) and any("5000公里" in b for b in bullets)
    for gone in ("基本国策", "计划生育", "关键是", "着力优化投资结构", "合理控制固定资产投资规模"):
        assert not any(gone in b for b in bullets), (gone, bullets)
