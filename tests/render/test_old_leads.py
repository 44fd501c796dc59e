"""wt-rankold (issue 12): an old report's time and frame leads are no bullets alone, and a session's ordinal is no
first — sentences of our own, in the forms the old national reports use (not their reference facts)."""

import pytest

from huazhongdian.render.news_value import patterns


@pytest.mark.parametrize("clause", [
    "从第六届全国人民代表大会第二次会议", "从一九七八年以来", "在听取了政府工作报告并进行了讨论以后",
    "在第一个五年计划期间", "要从资金、设备、人员培训等方面",
])
def test_an_old_reports_time_and_frame_leads_are_leads(clause):
    assert patterns().adverbial_lead.fullmatch(clause)


@pytest.mark.parametrize("clause", ["从明年起全面推行承包制", "在五年期间建成铁路三千公里", "从各方面筹集资金"])
def test_a_clause_that_goes_on_to_its_measure_is_no_lead(clause):
    assert not patterns().adverbial_lead.fullmatch(clause)


def test_a_sessions_ordinal_is_no_first():
    p = patterns()
    text = "自第八届全国人民代表大会第一次会议以来"
    assert p.first.search(text) and p.no_first.search(text)
