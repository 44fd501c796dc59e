"""A review stating the share of the plan done (钢完成96.4%; …，完成年度计划的102%) answers a target
stated in another unit, its status read from the share. Excerpt fixtures written after the shape of
national-series 1956.txt's review of 1955, no corpus reads."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard_plan_share import share_status

from scorecard_rows import rows_of

_PLAN_1955 = """各位代表：

一、1954年工作的回顾

1954年粮食产量达到3390亿斤。

二、1955年的国家计划

1955年钢产量将达到300万吨，原煤产量将达到7000万吨。粮食产量将达到3600亿斤。棉纱产量将达到400万件。
"""

_REVIEW_1955 = """各位代表：

一、1955年工作的回顾

1955年粮食总产量达到3680亿斤，完成年度计划的102%，比1954年增长9%。棉纱产量达到9万吨，完成年度计划的103%。但是有几项重要产品的产量没有完成计划：钢完成96.4%，原煤完成99.8%。

二、1956年的国家预算

1956年钢产量将达到400万吨。
"""


def _digest(tmp_path: Path, name: str, text: str) -> hzd.Digest:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return hzd.digest(hzd.read(str(path)))


def _rows(tmp_path: Path, review: str) -> dict:
    old = _digest(tmp_path, "national-1955-gov-work-report.txt", _PLAN_1955)
    new = _digest(tmp_path, "national-1956-gov-work-report.txt", review)
    return rows_of(old, new)


def test_a_named_share_of_the_plan_answers_a_target_in_another_unit(tmp_path):
    got = _rows(tmp_path, _REVIEW_1955)
    assert next(v for t, v in got.items() if "300万吨" in t) == ("96.4%", "未完成")    # 钢 ↔ 钢产量
    assert next(v for t, v in got.items() if "7000万吨" in t) == ("99.8%", "未完成")
    # A level in the target's own unit comes first: 3680亿斤 over 3600亿斤, not the 102%.
    assert next(v for t, v in got.items() if "3600亿斤" in t) == ("3680亿斤", "超额完成")


def test_a_share_without_a_name_is_named_by_the_figure_before_it(tmp_path):
    got = _rows(tmp_path, _REVIEW_1955)
    # 棉纱产量达到9万吨 (万吨, not the target's 万件)，完成年度计划的103%: the share is 棉纱's.
    assert next(v for t, v in got.items() if "400万件" in t) == ("103%", "超额完成")


def test_a_share_of_another_metric_or_of_five_years_answers_nothing(tmp_path):
    other = _REVIEW_1955.replace("钢完成96.4%", "钢材完成95%")
    assert next(v for t, v in _rows(tmp_path, other).items() if "300万吨" in t) == (None, "未提及")
    five = _REVIEW_1955.replace("但是有几项重要产品的产量没有完成计划：", "。第一个五年计划的五年中，")
    assert next(v for t, v in _rows(tmp_path, five).items() if "300万吨" in t) == (None, "未提及")


def test_share_status_reads_one_hundred_as_the_plan():
    assert share_status(Decimal("96.4")) == "未完成"
    assert share_status(Decimal("100")) == "完成"
    assert share_status(Decimal("117")) == "超额完成"
