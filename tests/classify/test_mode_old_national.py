"""Old national work reports (issue 12, wt-oldmode): a report with no headings (1954) takes a tied sentence's way
from the years it names; a report given late in its year whose results are the year before's reviews that year
(1980 → 1979); an older plan period ("“七五”时期", 第七个五年计划) is the coming period's goals part."""

from __future__ import annotations

import huazhongdian as hzd
from huazhongdian.classify.mode import classify_mode
from huazhongdian.load import read_text
from huazhongdian.meta import extract_meta
from huazhongdian.render.periods import plan_term_part

NO_HEADINGS = """一九五四年政府工作报告
各位代表：
原煤八千一百九十九万吨，等于一九四九年的二点六倍。钢二百十七万吨，等于一九四九年的十三点七倍。
一九五四年预算中经济建设的支出等于一九五〇年的六倍半。
在过去几年内，经济部门组织了少数民族地区的物资交流。
这样的发展速度，在旧中国是不能够设想的。
"""


def _modes(text: str, year_file: str) -> dict[str, str]:
    doc = read_text(text, source=year_file, filename=year_file)
    return {doc.text[s.start:s.end][:6]: classify_mode(doc, s) for s in doc.sentences}


def test_a_sentence_of_earlier_years_looks_back_and_one_of_the_report_year_plans():
    modes = _modes(NO_HEADINGS, "1954.txt")
    assert modes["原煤八千一百"] == "achievement"
    assert modes["钢二百十七万"] == "achievement"
    assert modes["一九五四年预"] == "plan"          # names the report's own year (its budget)
    assert modes["在过去几年内"] == "achievement"   # a look-back phrase, no year
    assert modes["这样的发展速"] == "other"         # neither: no year, no cue


def test_a_part_still_decides_over_the_years():
    text = "2025年政府工作报告\n一、2025年工作安排\n原煤产量等于2019年的二倍。\n"
    doc = read_text(text, source="2025.txt", filename="2025.txt")
    (sent,) = [s for s in doc.sentences if "原煤" in doc.text[s.start:s.end]]
    assert classify_mode(doc, sent) == "plan"


LATE = ("政府工作报告\n各位代表：\n现在向大会提出关于1980、1981年国民经济计划安排的报告。\n"
        + "".join(f"1979年{w}比上年增长{n}%。" for n, w in enumerate(["农业总产值", "轻工业总产值", "重工业总产值",
                                                                       "国民收入"], 5))
        + "\n今年上半年工业总产值比去年同期增长13.6%。\n二、1981年国民经济计划的任务\n")


def test_a_late_report_reviewing_the_year_before_names_it():
    meta = extract_meta(LATE, filename="1980.txt")
    assert (meta.year, meta.review_year, meta.plan_year) == (1980, 1979, 1981)


def test_a_late_report_reviewing_its_own_year_keeps_it():
    own = LATE.replace("1979年", "1980年")
    meta = extract_meta(own, filename="1980.txt")
    assert (meta.review_year, meta.plan_year) == (1980, 1981)


OLD_PLAN = """1986年政府工作报告
一、“六五”计划执行情况的回顾
五年来，工农业总产值平均每年增长百分之十一。
二、“七五”时期的基本任务和主要建设方针
城乡居民的实际消费水平五年增长百分之二十七左右。
三、“七五”时期的经济体制改革
进一步增强企业的活力。
"""


def test_an_older_plan_period_is_the_coming_periods_goals_part():
    digest = hzd.digest(read_text(OLD_PLAN, source="1986.txt", filename="1986.txt"))
    paras, name = plan_term_part(digest)
    doc = digest.document
    texts = [doc.text[doc.paragraphs[i].start:doc.paragraphs[i].end] for i in sorted(paras)]
    assert name == "七五"
    assert any("增长百分之二十七左右" in t for t in texts)     # the first part naming it…
    assert any("增强企业的活力" in t for t in texts)          # …and the second
    assert not any("百分之十一" in t for t in texts)          # the review of “六五” is not its goals


def test_an_ordinal_plan_heading_gets_its_five():
    text = "1991年政府工作报告\n一、第八个五年计划的主要任务\n国民生产总值平均每年增长百分之六。\n"
    assert plan_term_part(hzd.digest(read_text(text, source="1991.txt", filename="1991.txt")))[1] == "八五"


def test_a_plan_part_sentence_naming_its_direction_is_a_plan_not_a_statement():
    text = ("1993年政府工作报告\n一、今后五年的主要任务\n理顺中央与地方、国家与企业的分配关系，改革方向是实行中央与地方的"
            "分税制和国有企业的利税分流。大自然是人类赖以生存发展的基本条件。\n")
    doc = read_text(text, source="1993.txt", filename="1993.txt")
    modes = {doc.text[s.start:s.end][:4]: classify_mode(doc, s) for s in doc.sentences}
    assert modes["理顺中央"] == "plan"
    assert modes["大自然是"] == "other"   # a judgement stays a statement
