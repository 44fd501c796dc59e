"""A 1950s plan's quota sentence (X的指标为…) is a ledger row named by its product, year cut off."""

from __future__ import annotations

from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard import ledger, scorecard
from huazhongdian.across.scorecard_old import plan_name

_PLAN = """关于一九五八年国民经济计划草案的报告

一、一九五七年国民经济计划的执行情况

　　一九五七年，我国的工业生产继续增长。

二、一九五八年国民经济计划草案

　　以粮食和棉花的产量来说，一九五八粮食的指标为三千九百二十亿斤，比上一年增加二百二十亿斤，增长百分之五点九；棉花的指标为三千五百万担，比上一年增加二百二十万担，增长百分之六点七；这些速度都是相当高的。
"""


def _digest(tmp_path: Path, text: str) -> hzd.Digest:
    path = tmp_path / "plan.txt"
    path.write_text(text, "utf-8")
    return hzd.digest(hzd.read(str(path)))


def test_a_quota_clause_is_a_plan_row(tmp_path: Path) -> None:
    rows = ledger(_digest(tmp_path, _PLAN))
    texts = [r.target.text for r in rows]
    assert any(t.startswith("粮食的指标为三千九百二十亿斤") for t in texts), texts
    assert any(t.startswith("棉花的指标为三千五百万担") for t in texts), texts
    cotton = next(r for r in rows if r.target.text.startswith("棉花的指标为"))
    assert cotton.target.metric == "棉花" and cotton.target.unit == "万担"


def test_plan_name_cuts_the_quota_word_and_a_year_without_nian() -> None:
    assert plan_name("一九五八粮食的指标为三千九百二十亿斤", 9, "一九五八粮食的指标") == "粮食"
    assert plan_name("棉花的指标为三千五百万担", 5, "棉花的指标") == "棉花"
    # 一九五八年… is not cut by this rule (the clause rule handles a year with 年).
    assert plan_name("钢产量拟定为六百万吨", 5, "钢产量拟定") == "钢产量"


_REVIEW = """政府工作报告

一、一九五八年的伟大成就

　　许多工农业产品的产量，在一九五八年一年增加的数量很大。一九五八年比一九五七年，粮食增加了三千八百亿斤，棉花增加了三千三百五十八万担。

二、一九五九年的任务

　　一九五九年钢产量要达到一千八百万吨。
"""


def test_a_review_increase_is_judged_against_the_planned_increment(tmp_path: Path) -> None:
    old = _digest(tmp_path, _PLAN)
    path = tmp_path / "review.txt"
    path.write_text(_REVIEW, "utf-8")
    new = hzd.digest(hzd.read(str(path)))
    rows = {r.ledger.target.text: r for r in scorecard(old, new)}
    cotton = next(r for t, r in rows.items() if t.startswith("棉花的指标为"))
    assert cotton.realised is not None and cotton.realised.value == 3358
    # 3358万担 more against 比上一年增加二百二十万担 planned: over (not short of the 3500万担 level).
    assert cotton.status == "超额完成"
    grain = next(r for t, r in rows.items() if t.startswith("粮食的指标为"))
    assert grain.realised is not None and grain.realised.value == 3800 and grain.status == "超额完成"


_LATER = """政府工作报告

一、2003年工作回顾

　　去年经济增长9.1%。

二、2004年的主要任务

　　今年经济社会发展的主要预期目标是：国内生产总值增长7%左右。

　　今年要启动西部地区“两基”攻坚计划，到2007年使西部地区基本普及九年义务教育，基本扫除青壮年文盲，中央财政将为此投入100亿元。
"""


def test_a_goal_for_a_later_year_named_earlier_in_its_sentence_is_that_years_row(tmp_path: Path) -> None:
    rows = ledger(_digest(tmp_path, _LATER))
    row = next(r for r in rows if "100亿元" in r.target.text)
    assert row.target.year == 2007
