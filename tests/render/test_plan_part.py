"""The plan part of a 2026 provincial report as an editor reads it (issue 12's Anhui findings), on a
short made-up report of the same shape (tests/fixtures/render/plan-part-2026.txt): the year's
targets in headline order, the five-year goals in their own group, no framing, closing or lead-in
clause as a bullet, a fact under its own theme, short source notes, 两位数 no figure."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.render import render_digest
from huazhongdian.render.markdown import note_section
from huazhongdian.render.view import build_view


@pytest.fixture(scope="module")
def d(fixtures):
    return hzd.digest(hzd.read(fixtures / "render" / "plan-part-2026.txt"), lens="general")


@pytest.fixture(scope="module")
def view(d):
    return build_view(d)


def _group(view, key):
    return next(g for g in view.groups if g.key == key)


def _theme(group, label):
    return next(t for t in group.themes if t.theme == label)


def test_the_years_targets_lead_in_headline_order(view):
    economy = _theme(_group(view, "plan"), "经济运行")
    # The report lists 社会消费品零售总额 and 一般公共预算收入 first; the headline order puts GDP,
    # then unemployment and prices before them.
    assert [b.text for b in economy.top] == [
        "全省地区生产总值增长5%—5.5%", "城镇调查失业率5.5%左右", "居民消费价格指数上涨2%左右",
        "社会消费品零售总额增长4%左右", "一般公共预算收入增长2%左右"]


def test_five_year_goals_are_their_own_group(d, view):
    term = _group(view, "plan-term")
    assert term.title == "“十五五”时期目标任务" and term.mode == "plan"
    goals = [b.text for t in term.themes for b in t.bullets]
    assert "全省地区生产总值年均增长5%—5.5%" in goals
    year = [b.text for t in _group(view, "plan").themes for b in t.bullets]
    assert not any("年均" in b for b in year)
    md = render_digest(d, "md")
    assert md.index("## 2026年工作安排") < md.index("## “十五五”时期目标任务") < md.index("年均**增长5%—5.5%**")


def test_framing_closings_and_lead_ins_are_never_bullets(view):
    bullets = [b.text for g in view.groups for t in g.themes for b in t.bullets]
    for framing in ("走在前列", "为引领", "为牵引", "两个市场", "根据《", "我们一定", "让我们"):
        assert not any(framing in b for b in bullets), framing
    # …while the measure after a lead-in clause stays.
    assert "打造一批高能级科创平台" in bullets


def test_a_fact_goes_under_its_own_theme(view):
    plan = _group(view, "plan")
    assert "实施亿元以上技改项目1200项以上" in [b.text for b in _theme(plan, "产业").bullets]
    review = _group(view, "achievement")
    science = [b.text for b in _theme(review, "科技创新").bullets]
    assert not any("整车出口" in b for b in science)


def test_a_source_note_names_the_headings_first_clause():
    assert note_section("（二）推动科技创新和产业创新深度融合，新质生产力发展壮大。") == "推动科技创新和产业创新深度融合"
    assert note_section("（一）加力扩内需稳增长") == "加力扩内需稳增长"
    heading = "以新发展理念引领发展，推动高质量发展取得新的更大进展"
    assert heading.startswith(note_section(heading))


def test_two_digit_growth_is_a_word_not_a_figure(d):
    text = d.document.text
    assert not any(text[i.start:i.end].startswith("两位") for i in d.indicators)
    assert any(text[i.start:i.end] == "连续24个月" for i in d.indicators)


def test_the_poster_leaves_out_five_year_goals_and_repeats_of_its_targets(d):
    from huazhongdian.render.poster import layout_poster

    drawn = layout_poster(d).characters()
    assert "“十五五”时期目标任务" not in drawn and "年均增长" not in drawn
    # 城镇调查失业率5.5%左右 is a row of the poster's 主要预期目标 block (under that name): not a bullet too.
    assert "主要预期目标" in drawn and drawn.count("5.5%左右") == 1


def test_lead_ins_and_political_lines_are_framing_clauses_not_measures():
    from huazhongdian.render.selection import is_never

    for clause in ("坚持以党的建设为统领", "以“一带一路”交汇点建设为统揽", "不断提高政治判断力、政治领悟力、政治执行力",
                   "在科技创新和产业创新上走在前列", "根据《中共安徽省委关于制定国民经济和社会发展第十五个五年规划的建议》"):
        assert is_never(clause), clause
    # A measure with a rank or a lead word of its own stays: only the bare lead-in clause is framing.
    for clause in ("推动营商环境持续走在全国前列", "以开放促改革、促发展", "实施亿元以上技改项目1200项以上"):
        assert not is_never(clause), clause


def test_double_digit_growth_is_still_a_fact():
    from huazhongdian.load import read_text
    from huazhongdian.render.selection import select_facts

    text = "一、2025年工作回顾\n过去一年，我们推动外贸稳中提质，“新三样”出口保持两位数增长。\n"
    d = hzd.digest(read_text(text, filename="2026.txt"), lens="general")
    facts = [f for f in select_facts(d) if "两位数" in d.document.text[f.start:f.end]]
    assert facts and all(f.factual for f in facts)
    assert not d.indicators   # …though 两位 is no figure


def test_a_party_building_plan_theme_shows_only_its_facts():
    from huazhongdian.render.news_value import cues
    from huazhongdian.render.view import build_view

    assert "党的建设" in cues().plan_fact_only_themes
    text = ("2026年某省政府工作报告\n\n一、2025年工作回顾\n\n过去一年，全省地区生产总值增长5.2%。\n\n"
            "二、2026年工作任务\n\n今年要坚持和加强党的全面领导，全面加强政府系统党的建设。"
            "深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”。全面加强政治建设。\n\n"
            "新建改造农村公路1500公里。\n")
    view = build_view(hzd.digest(hzd.read_text(text, filename="2026.txt"), lens="general"))
    plan = [t for g in view.groups if g.mode == "plan" for t in g.themes]
    party = [t for t in plan if t.theme == "党的建设"]
    assert party and not party[0].top              # political lines fold away…
    assert len(party[0].bullets) >= 1               # …but are kept behind 另有 N 条
    assert any(t.top for t in plan)                 # the plan's facts still show
