"""The coming plan period's part is the one that sets its goals, not the review of the period before it
("一、“十四五”时期工作回顾" names a period too: Shanxi and Gansu 2026 had their review taken for the goals)."""

from __future__ import annotations

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.periods import plan_term_part

TEXT = """2026年政府工作报告
一、“十四五”时期工作回顾
五年来，全省地区生产总值超过2.5万亿元，年均增长5%。
二、“十五五”时期总体要求和目标任务
未来五年，技术合同成交额2030年达到600亿元。
三、2026年工作安排
地区生产总值增长5%左右。
"""


def test_the_goals_part_is_the_latest_period_named_and_no_review():
    digest = hzd.digest(read_text(TEXT, source="province.txt"))
    paras, name = plan_term_part(digest)
    doc = digest.document
    texts = [doc.text[doc.paragraphs[i].start:doc.paragraphs[i].end] for i in sorted(paras)]
    assert name == "十五五"
    assert any("2030年达到600亿元" in t for t in texts)
    assert not any("年均增长5%" in t or "增长5%左右" in t for t in texts)


def test_a_review_of_a_period_alone_is_no_goals_part():
    text = TEXT.split("二、")[0] + "三、2026年工作安排\n地区生产总值增长5%左右。\n"
    assert plan_term_part(hzd.digest(read_text(text, source="province.txt"))) == (frozenset(), "")
