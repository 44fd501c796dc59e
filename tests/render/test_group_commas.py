"""A figure whose thousands a full-width comma separates (1980: 粮食产量33，212万吨) is one figure: the
clause cutter does not split it, so a bullet keeps the figure's subject (issue 12, oldgov)."""

from __future__ import annotations

from pathlib import Path

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.numerals import is_group_comma
from huazhongdian.render.selection import select_facts
from huazhongdian.render.selection_parts import clause_spans

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "oldread" / "national-1980-group-commas.txt"


def test_a_group_comma_is_told_from_a_clause_comma() -> None:
    assert is_group_comma("粮食产量33，212万吨", 6)
    assert is_group_comma("1，234，567元", 1) and is_group_comma("1，234，567元", 5)
    assert is_group_comma("总额1,753亿元", 3)
    assert not is_group_comma("增长3%，212个项目", 4)      # a percent ends the figure
    assert not is_group_comma("1234，567个", 4)           # four digits before: no thousands group
    assert not is_group_comma("增加12，3456万", 4)         # four digits after
    assert not is_group_comma("增长12%，其中", 5)


def test_clauses_keep_a_grouped_figure_whole() -> None:
    text = "1979年社会商品零售总额1，753亿元，比上年增加225亿元。"
    pieces = [text[s:e] for s, e in clause_spans(text, 0, len(text))]
    assert pieces == ["1979年社会商品零售总额1，753亿元", "比上年增加225亿元"]


def test_no_bullet_starts_inside_a_grouped_figure() -> None:
    doc = read_text(FIXTURE.read_text(encoding="utf-8"), source=str(FIXTURE))
    facts = select_facts(hzd.digest(doc))
    assert facts
    text = doc.text
    for f in facts:
        assert not (f.start > 0 and is_group_comma(text, f.start - 1)), text[f.start:f.end]
        assert not (f.end < len(text) and is_group_comma(text, f.end)), text[f.start:f.end]
    # the figures stay with their subjects
    bullets = [text[f.start:f.end] for f in facts]
    assert any(b.startswith("1979年新建职工住宅6，256万平方米") for b in bullets)
