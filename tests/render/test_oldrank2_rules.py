"""wt-oldrank2 (issue 12, oldgov tune): a clause opening on a period lead (data ``period_leads``: "这五年共取得重要科研
成果三万三千项") with a figure is a fact, the lead trimmed; headline metrics as regexes (``headline_patterns``: "钢由……
增加到……", "粮食的年平均产量"); the poster draws the plan period's goals when the year's plan is thin beside them."""

from types import SimpleNamespace as NS

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.news_value import cues, headline_metric
from huazhongdian.render.poster_share import Limits, group_limits, poster_groups
from huazhongdian.render.selection import select_facts
from render_sample import selected_texts

REPORT = """政府工作报告

一、过去五年的回顾

这五年，我们坚持改革开放。这五年共取得重要科研成果三万三千项，有九百三十七项获得国家科技发明奖。扣除物价上涨因素，这五年农民人均纯收入平均每年增长百分之十三点七。

二、今年工作安排

城镇新增就业900万人以上。
"""


@pytest.fixture(scope="module")
def bullets():
    return selected_texts(REPORT, "oldrank2-rules.txt")


def test_a_period_lead_with_a_figure_is_a_fact_and_is_trimmed(bullets):
    assert any(b.startswith("共取得重要科研成果三万三千项") for b in bullets), bullets
    assert any(b.startswith("农民人均纯收入平均每年增长百分之十三点七") for b in bullets), bullets
    # the lead itself (a framing cue) never opens a bullet, and a clause of the lead alone stays framing
    assert not any(b.startswith(cues().period_leads) for b in bullets), bullets
    assert cues().period_leads


@pytest.mark.parametrize("text,headline", [
    ("钢由三千七百万吨增加到四千六百六十六万吨", True),
    ("钢二百十七万吨", True),
    ("我国粮食的年平均产量由三亿零五百三十万吨增加到三亿七千零六十二万吨", True),
    ("钢结构装配式建筑面积达到100万平方米", False),
    ("钢铁行业产能压减3000万吨", False),
])
def test_headline_patterns(text, headline):
    assert (headline_metric(text) is not None) is headline


def _view(plan_facts: int, term_facts: int):
    def group(key: str, n: int):
        return NS(key=key, mode="plan", themes=[NS(bullets=[NS(factual=True)] * n + [NS(factual=False)] * 3)])
    return NS(edited=False, groups=[group("achievement", 20), group("plan", plan_facts), group("plan-term", term_facts)])


def test_the_plan_period_goals_are_drawn_only_beside_a_thin_plan():
    ratio = 1.5   # data [view] poster_plan_term_ratio
    thin, thick = _view(10, 10), _view(int(ratio * 10) + 5, 10)
    assert [g.key for g in poster_groups(thin)] == ["achievement", "plan", "plan-term"]
    assert [g.key for g in poster_groups(thick)] == ["achievement", "plan"]
    limits = Limits(themes=6)
    # beside the goals drawn, the year's plan takes half the themes; beside none it keeps them
    assert group_limits(thin, thin.groups[1], limits).themes == 3
    assert group_limits(thick, thick.groups[1], limits).themes == 6


@pytest.mark.parametrize("clause,bare", [
    ("从一九五〇年七月到一九五三年底", True),
    ("在第一个五年计划期末", True),
    ("而1965年到1976年11年中", True),
    ("到2027年", True),
    ("第一个五年计划期间新建项目约六百个", False),
    ("全年新增就业11万人", False),
])
def test_old_reports_dates_are_bare_dates(clause, bare):
    from huazhongdian.render.selection_parts import _bare_date
    assert _bare_date(clause) is bare


def test_a_bare_date_opens_the_bullet_of_the_clause_after_it():
    report = REPORT.replace("城镇新增就业900万人以上。", "在第一个五年计划期末，全国可以有半数以上的农户加入农业生产合作社。")
    digest = hzd.digest(read_text(report, source="oldrank2-dates.txt"), lens="general")
    text = digest.document.text
    got = [text[f.start:f.end] for f in select_facts(digest)]
    assert "在第一个五年计划期末" not in got
    assert any(b.startswith("在第一个五年计划期末，全国可以有半数以上") for b in got), got


def test_a_reforms_breaking_of_a_barrier_is_no_record():
    report = REPORT.replace("城镇新增就业900万人以上。", "要打破行政部门和行政区划的限制。今年粮食产量打破历史纪录。")
    digest = hzd.digest(read_text(report, source="oldrank2-records.txt"), lens="general")
    text = digest.document.text
    got = {text[f.start:f.end]: f.factual for f in select_facts(digest)}
    assert not any(ok for b, ok in got.items() if "打破行政" in b), got
    assert any(ok for b, ok in got.items() if "打破历史纪录" in b), got


@pytest.mark.parametrize("text,project", [
    ("圆满完成神舟七号载人航天飞行", True),
    ("天宫一号目标飞行器与神舟八号飞船先后成功发射", True),
    ("加强载人航天等重大科技专项的组织实施", False),
])
def test_a_named_space_mission_accomplished_is_a_project_landmark(text, project):
    from huazhongdian.render.news_value import patterns
    assert bool(patterns().project.search(text)) is project
