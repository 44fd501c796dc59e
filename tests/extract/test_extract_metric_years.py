"""A figure's metric never keeps a piece of a year (1986: 进出口贸易总额一九九○年比一九八五年增长百分之四十 was
"进出口贸易总额一九九○年比一九八": 五年 was trimmed as a duration); the year it is of is its period."""

from __future__ import annotations

import pytest

from huazhongdian.extract.indicators import indicators_in_text


@pytest.mark.parametrize(("text", "metric"), [
    ("进出口贸易总额一九九○年比一九八五年增长百分之四十，并相应地扩大。", "进出口贸易总额"),
    ("工业产值1985年比1980年增长百分之五十。", "工业产值"),
    ("税收1995年增长10%。", "税收"),
    ("财政收入五年增长百分之五十。", "财政收入"),   # a real 五年 is still trimmed
])
def test_metric_without_year_pieces(text: str, metric: str) -> None:
    found = indicators_in_text(text)
    assert [i.metric for i in found] == [metric]
