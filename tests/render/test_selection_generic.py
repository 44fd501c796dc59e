"""Issue 12 item 3 (wt-subj2): a figure's clause that opens on a generic measure (a sum paid after when and a modal,
"年内投资1.6亿元"; a bare generic noun, "直接经济损失2000多亿元") has no subject of its own: the clause before, or the
sentence's short opening topic, lends it. Excerpts of national 1999 and 1980 and of the Hailar reports."""

from __future__ import annotations

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.selection import select_facts
from huazhongdian.render.selection_parts import _GENERIC_MEASURE


def _bullets(body: str) -> list[str]:
    text = "一、去年的工作回顾\n去年工业总产值增长8%。\n" + body
    d = hzd.digest(read_text(text))
    return [d.document.text[f.start:f.end] for f in select_facts(d)]


def test_generic_openings_are_told_from_named_ones() -> None:
    for clause in ("年内投资1.6亿元", "力争完成投资2440亿元以上", "直接经济损失2000多亿元", "总的投资额控制在550亿元左右",
                   "人员编制原则上减一半"):
        assert _GENERIC_MEASURE.match(clause), clause
    for clause in ("投资环境持续优化", "工业总产值增长8%", "损益表", "固定资产投资增长5%"):
        assert not _GENERIC_MEASURE.match(clause), clause


def test_the_clause_before_names_the_loss() -> None:
    bullets = _bullets("去年长江、嫩江和松花江流域发生历史罕见的洪涝灾害，直接经济损失2000多亿元，许多工矿企业停产。\n")
    assert any(b.startswith("去年长江") and b.endswith("2000多亿元") for b in bullets), bullets
    assert "直接经济损失2000多亿元" not in bullets


def test_the_clause_before_names_the_sum_paid() -> None:
    bullets = _bullets("二、今年的任务\n继续推进拆炉并网改造，年内投资1.6亿元，完成二期170万平方米供热改造任务。\n")
    assert any(b.startswith("继续推进拆炉并网改造，年内投资1.6亿元") for b in bullets), bullets


def test_a_short_opening_topic_names_the_total() -> None:
    bullets = _bullets("二、今年的任务\n基本建设，国家预算内直接安排的投资，加上部门和地方的自筹投资、国内银行贷款等，"
                       "总的投资额控制在550亿元左右。\n")
    assert any(b.startswith("基本建设，") and b.endswith("550亿元左右") for b in bullets), bullets


def test_a_clause_before_with_a_figure_lends_nothing() -> None:
    bullets = _bullets("二、今年的任务\n今年安排重点项目105个，项目总投资339.9亿元，年度计划完成投资75.5亿元。\n")
    assert not any("105个" in b and "75.5亿元" in b for b in bullets), bullets


def test_a_forecast_after_a_cause_keeps_the_measure_before_the_cause() -> None:
    bullets = _bullets("二、今年的任务\n铁路正线的通车里程一九四九年为二万一千七百公里；由于历年修复和新建了不少铁路，"
                       "今年预计将达二万五千五百公里。\n")
    assert any(b.startswith("铁路正线的通车里程") and b.endswith("二万五千五百公里") for b in bullets), bullets


def test_a_sum_without_a_payee_keeps_what_it_pays_for() -> None:
    bullets = _bullets("二、今年的任务\n今后三年各级政府拟投入8500亿元，其中中央财政投入3318亿元，以保证医疗卫生体制改革的顺利推进。\n")
    assert any(b.startswith("今后三年") and b.endswith("顺利推进") for b in bullets), bullets
    named = _bullets("二、今年的任务\n今年各级财政安排资金8500亿元，以保证医疗卫生体制改革的顺利推进。\n")
    assert not any(b.endswith("顺利推进") for b in named), named


def test_a_cause_after_a_short_topic_keeps_the_topic() -> None:
    bullets = _bullets("重工业生产，由于正在调整中，今年的产值预计比去年下降5%左右。\n")
    assert "重工业生产，由于正在调整中，今年的产值预计比去年下降5%左右" in bullets, bullets


def test_a_bullet_across_the_semicolon_names_both_halves_as_its_sentence() -> None:
    from huazhongdian.render.view import build_view

    text = ("一、去年的工作回顾\n去年工业总产值增长8%。\n二、今年的任务\n铁路正线的通车里程一九四九年为二万一千七百公里；"
            "由于历年修复和新建了不少铁路，今年预计将达二万五千五百公里。\n")
    d = hzd.digest(read_text(text))
    bullets = [b for g in build_view(d).groups for t in g.themes for b in t.bullets]
    across = [b for b in bullets if b.text.startswith("铁路正线的通车里程") and b.text.endswith("二万五千五百公里")]
    assert across, [b.text for b in bullets]
    for b in bullets:
        assert b.sentence_start <= b.start < b.end <= b.sentence_end, b.text
    assert d.document.text[across[0].sentence_start:across[0].sentence_end].endswith("二万五千五百公里。")
