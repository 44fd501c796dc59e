"""A budget balance stated in words (收支平衡) against the review's stated gap (支出超过收入…)."""

from __future__ import annotations

from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard import scorecard

_PLAN = """关于一九五六年国家决算和一九五七年国家预算的报告

一、一九五六年国家预算的执行情况

　　一九五六年的工业生产继续增长。

二、一九五七年国家预算

　　1957年国家预算规定，本年收入共为29，731，732，000元，支出总数为30，742，770，000元；收支平衡。
"""


def _review(gap: str) -> str:
    return f"""政府工作报告

一、1957年的工作

　　从财政方面说，执行国家预算的结果，{gap}十八亿三千万元，动用了历年财政结余十六亿五千万元。

二、1958年的任务

　　今年要增产节约。
"""


def _rows(tmp_path: Path, gap: str) -> dict:
    (tmp_path / "a.txt").write_text(_PLAN, "utf-8")
    (tmp_path / "b.txt").write_text(_review(gap), "utf-8")
    old, new = (hzd.digest(hzd.read(str(tmp_path / n))) for n in ("a.txt", "b.txt"))
    return {r.ledger.target.text: r for r in scorecard(old, new)}


def test_a_deficit_misses_a_balance(tmp_path: Path) -> None:
    row = _rows(tmp_path, "当年支出超过当年收入")["收支平衡"]
    assert row.realised is not None and row.realised.text == "十八亿三千万元"
    assert row.status == "未完成"


def test_a_surplus_keeps_it_and_other_words_answer_nothing(tmp_path: Path) -> None:
    assert _rows(tmp_path, "当年收入超过当年支出")["收支平衡"].status == "完成"
    row = _rows(tmp_path, "银行多发了货币")["收支平衡"]
    assert row.realised is None and row.status == "未提及"


_HOLD_PLAN = """政府工作报告

一、一九八五年的回顾

　　一九八五年经济发展很快。

二、一九八六年的任务

　　今年要继续控制投资。固定资产投资规模要大体维持在去年的水平。
"""


def _hold_rows(tmp_path: Path, review: str, plan_line: str = "今年要继续控制投资。") -> dict:
    (tmp_path / "a.txt").write_text(_HOLD_PLAN, "utf-8")
    (tmp_path / "b.txt").write_text(f"""政府工作报告

一、1986年的经济形势

　　{review}

二、1987年的任务

　　{plan_line}
""", "utf-8")
    old, new = (hzd.digest(hzd.read(str(tmp_path / n))) for n in ("a.txt", "b.txt"))
    return {r.ledger.target.text: r for r in scorecard(old, new)}


def test_a_held_level_is_missed_by_growth_and_kept_without(tmp_path: Path) -> None:
    key = next(t for t in _hold_rows(tmp_path, "去年经济稳定增长。") if "维持在" in t)
    grown = _hold_rows(tmp_path, "去年全民所有制单位基本建设投资比上年增长7.3%。")[key]
    assert grown.realised is not None and str(grown.realised.value) == "7.3" and grown.status == "未完成"
    kept = _hold_rows(tmp_path, "去年全民所有制单位基本建设投资比上年增长0.5%。")[key]
    assert kept.status == "完成"
    # A figure of the later report's plan part is no result — unless its sentence is a review statement
    # (opens on the review year, no plan verb: scorecard_past), like 1987's.
    late = _hold_rows(tmp_path, "去年经济稳定增长。", "去年，全民所有制单位基本建设投资比上年增长7.3%。")[key]
    assert late.realised is not None and late.status == "未完成"
    planned = _hold_rows(tmp_path, "去年经济稳定增长。", "今年全民所有制单位基本建设投资要比上年增长7.3%。")[key]
    assert planned.realised is None and planned.status == "未提及"
