"""目标完成情况 on old national plans (fresh7: 1958→1959, 1959→1960, 1978→1979, 1979→1980): a plan
figure named with a verb glued on (钢产量拟定为…) or by a comparison only (比一九五七年预计数增加…)
takes its name without the tail, or the nearest naming clause before it; the review year written in
Chinese numerals (一九五八年) is a single-year cue, in a heading too; a plan increment in Chinese
numerals is never answered by a level; a report given late in its year (1980.txt) answers the
target's year; a long plan's 每年要增长 rate binds its first year. Excerpt fixtures written after
national-series 1958, 1959, 1978, 1979 and 1980 (shortened, figures kept), no corpus reads."""

from __future__ import annotations

from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard import ledger
from huazhongdian.across.scorecard_old import plan_name
from huazhongdian.across.scorecard_old import year_words as _year_words

from scorecard_rows import rows_of

_PLAN_1958 = """关于一九五八年国民经济计划草案的报告

一、一九五七年国民经济计划的执行情况

　　一九五七年，我国的工业生产继续增长。

二、一九五八年国民经济计划草案

　　一九五八年的基本建设总投资额，拟定为一百四十五亿七千七百万元，比一九五七年的预计数增加了二十二亿元。

　　根据农业生产高潮的新形势，一九五八年农业和农副业总产值，拟定为六百八十八亿三千万元（按一九五七年不变价格计算），比一九五七年增长百分之六点一。

　　一九五八年的工业总产值，拟定为六百四十三亿七千万元（按一九五七年不变价格计算），比一九五七年预计数增加八十一亿九千万元，增长百分之十四点六。

　　钢产量拟定为六百二十四万八千吨，将比一九五七年增长百分之十九点二。
"""

_REVIEW_1959 = """政府工作报告

一、第一个五年计划时期内和第二个五年计划的第一年——一九五八年的伟大成就

　　一九五八年我国工农业总产值达到二千零五十亿元。工业和手工业总产值达到了一千一百七十亿元，比一九五七年的七百零四亿元增长百分之六十六。农业总产值达到了八百八十亿元，比一九五七年的五百三十七亿元增长了百分之六十四。通过国家预算的基本建设投资总额达到二百一十四亿元，比一九五七年的一百二十六亿元增长百分之七十。

　　第一个五年计划期间，钢产量增长很快；一九五八年，使钢产量由一九五七年的五百三十五万吨增长到一千一百零八万吨。

二、一九五九年的任务

　　一九五九年钢产量要达到一千八百万吨。
"""


def _digest(tmp_path: Path, name: str, text: str) -> hzd.Digest:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return hzd.digest(hzd.read(str(path)))


def test_plan_name_cuts_a_glued_verb_and_names_a_comparison_by_its_clause():
    assert plan_name("钢产量拟定为六百二十四万八千吨", 7, "钢产量拟定") == "钢产量"
    assert plan_name("工业总产值计划达到六百亿元", 7, "工业总产值计划") == "工业总产值"
    text = "根据农业生产高潮的新形势，一九五八年农业和农副业总产值，拟定为六百八十八亿元，比一九五七年增长百分之六点一。"
    # The framing clause (根据…新形势) and the figure's clause are read past; the leading year is cut off.
    assert plan_name(text, text.find("六百八十八"), "拟定") == "农业和农副业总产值"
    assert plan_name(text, text.find("增长百分之六点一"), "") == "农业和农副业总产值"
    # A name of its own is kept; nothing to name by stays as it was.
    assert plan_name("粮食产量达到三千亿斤", 4, "粮食产量") == "粮食产量"
    assert plan_name("比上一年增加三十亿元", 4, "比上一年") == "比上一年"
    # Only the start of a move, nothing before to name it: no name (its year would pair it with anything).
    moved = "最显著的是，由国内制造的部分，将由一九五七年的百分之四十二左右，提高到百分之六十左右。"
    assert plan_name(moved, moved.find("百分之四十二"), "将由一九五七年") == ""


def test_the_review_year_in_chinese_numerals():
    words = _year_words(1958)
    assert "1958年" in words and "一九五八年" in words
    assert {"一九八〇年", "一九八○年", "一九八零年"} <= set(_year_words(1980))
    assert _year_words(None) == []


def test_a_1958_plan_is_answered_by_the_1959_review(tmp_path):
    old = _digest(tmp_path, "national-1958-gov-work-report.txt", _PLAN_1958)
    new = _digest(tmp_path, "national-1959-gov-work-report.txt", _REVIEW_1959)
    metrics = {r.target.text: r.target.metric for r in ledger(old)}
    assert metrics.get("钢产量拟定为六百二十四万八千吨") == "钢产量", metrics
    got = rows_of(old, new)
    steel = got["钢产量拟定为六百二十四万八千吨"]
    assert steel[0] and steel[0].endswith("一千一百零八万吨") and steel[1] == "超额完成", got
    industry = next(v for k, v in got.items() if k.endswith("增长百分之十四点六"))
    assert industry == ("增长百分之六十六", "超额完成"), got
    farming = next(v for k, v in got.items() if k.endswith("增长百分之六点一"))
    assert farming == ("增长了百分之六十四", "超额完成"), got
    # The level is answered by the part's own level, never by 工农业总产值's 2050亿元.
    assert next(v for k, v in got.items() if k.endswith("六百八十八亿三千万元")) == ("八百八十亿元", "超额完成"), got
    invest = next(v for k, v in got.items() if k.endswith("一百四十五亿七千七百万元"))
    assert invest == ("二百一十四亿元", "超额完成"), got
    # 增加了二十二亿元 is a change on 1957: the level 214亿元 is no answer to it.
    more = next(v for k, v in got.items() if k.endswith("增加了二十二亿元"))
    assert more[0] != "二百一十四亿元", got


def test_no_chinese_year_no_answer(tmp_path):
    """Without the year named (only the five-year heading), the paragraph is five years': not stated."""
    old = _digest(tmp_path, "national-1958-gov-work-report.txt", _PLAN_1958)
    review = _REVIEW_1959.replace("——一九五八年的伟大成就", "的伟大成就").replace("一九五八年，", "")
    new = _digest(tmp_path, "national-1959-gov-work-report.txt", review)
    assert rows_of(old, new)["钢产量拟定为六百二十四万八千吨"] == (None, "未提及")


_PLAN_1979 = """政府工作报告

一、目前的形势

　　一九七八年，我国国民经济有了较快的恢复和发展。

二、调整国民经济

　　今年我们要力争使全国人口增长率降到千分之十左右。
"""

_REVIEW_1980 = """政府工作报告

一、国民经济在调整、改革、整顿、提高中取得了新的进展

　　计划生育取得了进展，1979年人口自然增长率由上年的1.2%下降到1.17%。

二、1981年国民经济计划的任务和主要指标

　　1981年要继续控制人口增长。
"""


def test_a_report_given_late_in_its_year_answers_the_targets_year(tmp_path):
    old = _digest(tmp_path, "national-1979-gov-work-report.txt", _PLAN_1979)
    new = _digest(tmp_path, "national-1980-gov-work-report.txt", _REVIEW_1980)
    row = next(v for k, v in rows_of(old, new).items() if "人口增长率" in k)
    # 1.17% against 千分之十左右 (1.0%), a ceiling not reached.
    assert row == ("由上年的1.2%下降到1.17%", "未完成"), row


_PLAN_1978 = """政府工作报告

一、一九七七年的工作

　　一九七七年，工业总产值比上年增长百分之十四。

二、发展国民经济的十年规划

　　从一九七八年到一九八五年八年间，我国农业总产值每年要增长百分之四到五，工业总产值每年要增长百分之十以上。
"""


def test_a_long_plans_yearly_rate_binds_its_first_year(tmp_path):
    old = _digest(tmp_path, "national-1978-gov-work-report.txt", _PLAN_1978)
    texts = [r.target.text for r in ledger(old)]
    assert any(t.endswith("每年要增长百分之十以上") for t in texts), texts
    assert any(t.endswith("每年要增长百分之四到五") for t in texts), texts
