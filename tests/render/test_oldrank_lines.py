"""wt-oldrank (issue 12, oldgov tune): a work report's named policy of the year (data ``policy_lines``: "要实行稳健的
货币政策") is a bullet, weighted once in its part; a clause is never cut inside a bracket or quotation pair."""

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.selection import select_facts
from huazhongdian.render.selection_parts import clause_spans

REPORT = """政府工作报告

一、去年工作回顾

全年国内生产总值增长7.8%。

二、今年工作安排

要实行稳健的货币政策，适当增加货币供应量。要继续实行稳健的货币政策，保持人民币币值稳定。按照建立社会主义市场经济体制的要求，转变政府职能。要坚持以人民为中心的发展思想。城镇新增就业900万人以上。
"""


@pytest.fixture(scope="module")
def facts():
    digest = hzd.digest(read_text(REPORT, source="oldrank-lines.txt"), lens="general")
    text = digest.document.text
    return [(text[f.start:f.end], f.score) for f in select_facts(digest)]


def test_a_named_policy_is_a_bullet_and_a_plain_line_is_not(facts):
    bullets = [b for b, _ in facts]
    assert any(b.startswith("要实行稳健的货币政策") for b in bullets)
    assert not any("以人民为中心" in b for b in bullets)
    # a clause naming a policy only as what it goes by ("按照……的要求") is no named policy: no fact
    facts_ = {b: s for b, s in facts}
    assert all(s < facts_[b0] for b, s in facts if b.startswith("按照") for b0 in facts_ if b0.startswith("要实行稳健"))


def test_a_policy_weighs_once_in_its_part(facts):
    first = [s for b, s in facts if b.startswith("要实行稳健的货币政策")]
    again = [s for b, s in facts if b.startswith("要继续实行稳健的货币政策")]
    assert first and all(s < first[0] for s in again)


@pytest.mark.parametrize("text,inside", [
    ("大批指战员参加三支两军（即支援工业、支援农业），取得了成绩", "支援农业"),
    ("毛主席指出：“这次运动的重点，是整党内那些走资本主义道路的当权派”，全党照办", "是整党内"),
])
def test_no_clause_opens_inside_a_pair(text, inside):
    clauses = [text[s:e] for s, e in clause_spans(text, 0, len(text))]
    assert not any(c.startswith(inside) for c in clauses), clauses
    assert any(inside in c for c in clauses) and len(clauses) >= 2


def test_an_unclosed_pair_cuts_as_any_text():
    text = "全年投资（不含农户，增长5%，消费增长4%"
    assert len(clause_spans(text, 0, len(text))) == 3
