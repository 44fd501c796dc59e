"""A half written as a word (1999: 人员编制总数减少一半; 1954: 半数以上的农户) is a share of one half, read like
四分之一, with its change verb and its 以上 (issue 12, oldgov)."""

from __future__ import annotations

from decimal import Decimal

from huazhongdian.extract.indicators import indicators_in_text


def _one(text: str):
    found = indicators_in_text(text)
    assert len(found) == 1, found
    return found[0]


def test_a_half_cut_is_a_share_going_down() -> None:
    ind = _one("部门内设机构精简，人员编制总数减少一半。")
    assert (ind.kind, ind.value, ind.direction, ind.text) == ("share", Decimal("0.5"), "down", "减少一半")
    assert ind.metric == "人员编制总数"


def test_half_or_more_keeps_its_qualifier() -> None:
    ind = _one("全国可以有半数以上的农户和土地加入农业生产合作社。")
    assert (ind.value, ind.qualifier, ind.text) == (Decimal("0.5"), "at_least", "半数以上")


def test_a_traditional_half_is_read_too() -> None:
    ind = _one("在第一個五年計劃期末，全國可以有半數以上的農戶加入農業生産合作社。")
    assert (ind.value, ind.text) == (Decimal("0.5"), "半數以上")


def test_no_half_inside_other_words() -> None:
    assert indicators_in_text("经过半数代表同意。") == []
    assert indicators_in_text("这一半是由于天气原因。") == []
