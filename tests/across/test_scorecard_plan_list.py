"""目标完成情况 for an old plan that lists its targets by bare product names after a colon (a plenum's
主要指标 adopted as the year's: 主要指标是：钢八百万吨，原煤二亿二千万吨，粮食三千八百亿斤): each item
names itself (钢, not the sentence before), a one-character product name is a name, and 粮食 is
粮食产量's key. Invented excerpts in the 1960s reports' shape, no corpus reads."""

from __future__ import annotations

from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard import ledger
from huazhongdian.across.scorecard_data import _rule

from scorecard_rows import rows_of

_PLAN = """各位代表：

一、一九六二年的工作

一九六二年粮食产量有所增加。

二、一九六三年的任务

全会提出的一九六三年国民经济计划的主要指标是：钢八百万吨，原煤二亿二千万吨，粮食三千八百亿斤，棉花三千万担。
"""

_REVIEW = """各位代表：

一、一九六三年的工作

一九六三年钢产量达到七百六十二万吨，原煤产量达到二亿一千七百万吨。粮食产量达到三千九百亿斤。

二、一九六四年的任务

一九六四年钢产量将达到九百万吨。
"""


def _digest(tmp_path: Path, name: str, text: str) -> hzd.Digest:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return hzd.digest(hzd.read(str(path)))


def test_a_listed_item_names_itself(tmp_path):
    old = _digest(tmp_path, "national-1962-gov-work-report.txt", _PLAN)
    rows = {r.target.text: r.target for r in ledger(old)}
    assert rows["钢八百万吨"].metric == "钢" and rows["钢八百万吨"].year == 1963
    assert rows["原煤二亿二千万吨"].metric == "原煤"


def test_bare_product_names_find_the_review_figures(tmp_path):
    old = _digest(tmp_path, "national-1962-gov-work-report.txt", _PLAN)
    new = _digest(tmp_path, "national-1964-gov-work-report.txt", _REVIEW)
    got = rows_of(old, new)
    assert got["钢八百万吨"] == ("七百六十二万吨", "未完成")          # 钢 ↔ 钢产量
    assert got["粮食三千八百亿斤"] == ("三千九百亿斤", "超额完成")    # 粮食 → grain_output
    assert got["棉花三千万担"] == (None, "未提及")


def test_a_one_character_name_is_not_another_product(tmp_path):
    old = _digest(tmp_path, "national-1962-gov-work-report.txt", _PLAN)
    steel_goods = _REVIEW.replace("钢产量达到七百六十二万吨", "钢材产量达到五百万吨")
    new = _digest(tmp_path, "national-1964-gov-work-report.txt", steel_goods)
    assert rows_of(old, new)["钢八百万吨"] == (None, "未提及")


def test_a_bare_product_takes_the_key_of_its_output():
    assert _rule("粮食", "亿斤").key == "grain_output"
    assert _rule("钢", "万吨").own
