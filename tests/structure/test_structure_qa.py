"""Regressions found by reading the headlines of the whole corpus (QA of issue 2, metadata).

A report's body names earlier meetings ("第十二届全国人民代表大会第一次会议以来的五年"); the
headline must name the meeting the report was delivered at, or nothing. Fixtures are the first
lines of the reports, copied verbatim into tests/fixtures/structure/.
"""

from __future__ import annotations

import pytest

from huazhongdian.load import read, read_text


@pytest.mark.parametrize(("name", "meeting"), [
    # "第十二届全国人民代表大会第一次会议以来的五年" opens the 2018 review: the report itself was
    # delivered at the first session of the next (13th) congress. Was: 第十二届…第一次会议.
    ("national-2018-head.txt", "第十三届全国人民代表大会第一次会议"),
    # "从第七届全国人民代表大会第一次会议，到这次大会的召开，…五年": the 8th congress. Was: the 7th.
    ("national-1993-head.txt", "第八届全国人民代表大会第一次会议"),
    # "从去年9月第五届全国人民代表大会第三次会议到现在": the next session. Was: the third.
    ("national-1981-head.txt", "第五届全国人民代表大会第四次会议"),
    # "一九五八年五月，中共第八届全国代表大会第二次会议…" is a party meeting in the review,
    # not the NPC session the report went to; nothing better is stated. Was: that party meeting.
    ("national-1960-head.txt", ""),
    # Traditional characters: "我們第一届全國人民代表大會第一次會議…". Was: "".
    ("national-1954-head.txt", "第一届全国人民代表大会第一次会议"),
])
def test_meeting_is_the_one_the_report_was_delivered_at(fixtures, name, meeting):
    assert read(fixtures / "structure" / name).meta.meeting == meeting


def test_dateline_in_chinese_numerals(fixtures):
    # 甘肃 2026: "——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上". The date was
    # taken from the scraper's "时间：2026-02-10" and the meeting was missed (no 第 before 十四届).
    meta = read(fixtures / "structure" / "gansu-2026-head.txt").meta
    assert (meta.date, meta.meeting, meta.title) == (
        "2026-01-27", "甘肃省十四届人民代表大会第四次会议", "2026年甘肃省政府工作报告")


def test_meeting_named_where_the_report_is_addressed_still_counts():
    # 1955: "中华人民共和国国务院向第一届全国人民代表大会第二次会议提出…" after the salutation.
    text = "各位代表：\n\n中华人民共和国国务院向第一届全国人民代表大会第二次会议提出关于发展国民经济的第一个五年计划的报告。\n"
    assert read_text(text).meta.meeting == "第一届全国人民代表大会第二次会议"


def test_congress_named_in_short_form_and_its_year(fixtures):
    # congress-07 (論聯合政府) says only "1945年中共七大報告"; congress-09 … 18 name their congress but
    # carry no date, so year was None. The congress ordinal fixes the year (data/structure_cues.toml).
    meta = read(fixtures / "structure" / "congress-07-head.txt").meta
    assert (meta.kind, meta.meeting, meta.year) == ("party-congress-report", "中国共产党第七次全国代表大会", 1945)
    text = "同志们：\n中国共产党第九次全国代表大会，将是一次在我党历史上有深远影响的代表大会。\n"
    meta = read_text(text).meta
    assert (meta.meeting, meta.year, meta.review_year, meta.plan_year) == (
        "中国共产党第九次全国代表大会", 1969, None, None)


def test_title_without_the_province_gets_it(fixtures):
    # 云南 2026 is headed "2026年政府工作报告" under the portal's debris; the headline did not say whose.
    meta = read(fixtures / "structure" / "yunnan-2026-head.txt").meta
    assert (meta.title, meta.region, meta.date) == ("2026年云南省政府工作报告", "云南省", "2026-01-28")
