"""An old report's average or total over a span (1993: 五年平均每年增长百分之七点九; 五年共利用外资609亿美元)
is no one year's figure: its card says 五年来, like 年均 and 累计 do (issue 12, oldgov)."""

from __future__ import annotations

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.cards import _period

TEXT = ("国务院总理在第八届全国人民代表大会第一次会议上的政府工作报告\n"
        "一、过去五年的回顾\n"
        "1992年国民生产总值接近24000亿元，五年平均每年增长百分之七点九。"
        "1992年粮食产量达到4.4亿吨。\n")


def test_span_words_make_a_five_year_card() -> None:
    d = hzd.digest(read_text(TEXT, source="national-1993-excerpt.txt"))
    by_text = {i.text: i for i in d.indicators}
    avg = next(i for t, i in by_text.items() if "七点九" in t)
    assert avg.mode == "achievement"
    assert _period(d, avg) == "五年来"
    grain = next(i for t, i in by_text.items() if "4.4亿吨" in t)
    assert _period(d, grain) == "1992年"
