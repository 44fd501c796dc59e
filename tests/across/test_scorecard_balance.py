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
