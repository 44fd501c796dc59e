"""A sentence's short opening topic lends its subject to a figure clause that opens on a date (issue 12)."""

from __future__ import annotations

from huazhongdian.render.selection_parts import clause_spans, topic_lends_subject


def _case(text: str) -> tuple[str, list[tuple[int, int]]]:
    return text, clause_spans(text, 0, len(text))


def test_a_dated_figure_clause_takes_the_opening_topic() -> None:
    text, cl = _case("城乡人民的储蓄存款，今年1到10月增加了九十五亿元。")
    assert topic_lends_subject(text, cl, cl[0], cl[1][0], True)


def test_a_range_clause_takes_the_opening_topic_but_not_after_you() -> None:
    text, cl = _case("我国进出口贸易总额，由355亿元增加到772亿元。")
    assert topic_lends_subject(text, cl, cl[0], cl[1][0], True)
    text, cl = _case("重工业生产，由于正在调整中，今年的产值下降5%左右。")
    assert not topic_lends_subject(text, cl, cl[0], cl[1][0], True)


def test_no_topic_is_lent_past_the_first_clause_or_without_a_figure() -> None:
    text, cl = _case("各项工作稳步推进，基本建设投资总额，今年减少为三百亿元。")
    assert not topic_lends_subject(text, cl, cl[1], cl[2][0], True)
    text, cl = _case("城乡人民的储蓄存款，今年继续增加。")
    assert not topic_lends_subject(text, cl, cl[0], cl[1][0], False)
