"""A party congress's plan states many theses (X是Y); the one naming a line's aim, core or key ("经济体制改革的
核心问题是处理好政府和市场的关系", "我国经济体制改革的目标是……") is what an editor highlights: data [congress]
key_thesis_patterns, weight ``key_thesis``. A clause that only names a step ("第三步") opens the bullet of the
date and goal after it (``step_labels``). (issue 12, wt-congress2)"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.news_value import cues, patterns
from huazhongdian.render.selection import Selector, select_facts

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "congress-theses" / "congress-18-excerpt.txt"


@pytest.fixture(scope="module")
def c18(tmp_path_factory):
    path = tmp_path_factory.mktemp("c18") / "cpc-congress-18.txt"
    path.write_text(FIXTURE.read_text("utf-8"), "utf-8")
    d = hzd.digest(hzd.read(path))
    assert d.document.meta.kind == "party-congress-report"
    return d


def test_the_key_thesis_pattern_names_aims_cores_and_keys():
    p = patterns().key_thesis
    for t in ("我国经济体制改革的目标是建立社会主义市场经济体制", "经济体制改革的核心问题是处理好政府和市场的关系",
              "政治体制改革的关键首先是党政分开"):
        assert p.search(t), t
    for t in ("党的基本路线是党和国家的生命线", "深化改革是加快转变经济发展方式的关键", "这是否可行"):
        assert not p.search(t), t


def test_a_key_thesis_outranks_the_plain_theses_of_its_paragraph(c18):
    text = c18.document.text
    facts = {text[f.start:f.end]: f for f in select_facts(c18)}
    key = facts["经济体制改革的核心问题是处理好政府和市场的关系"]
    assert key.factual
    plain = [f for t, f in facts.items() if t.startswith("深化改革是")]
    assert plain and all(key.score > f.score for f in plain)


def test_a_step_name_opens_its_goals_bullet(fixtures):
    d = hzd.digest(hzd.read(fixtures / "render" / "cpc-congress-13-excerpt.txt"), lens="general")
    assert d.document.meta.kind == "party-congress-report"
    text = d.document.text
    bullets = [text[f.start:f.end] for f in select_facts(d)]
    assert "第二步" not in bullets and "第一步" not in bullets
    # the step, its date and its goal: "第二步，到本世纪末，使国民生产总值再增长一倍"
    assert any(b.startswith("第二步，到本世纪末，") and "国民生产总值" in b for b in bullets), bullets
    assert any(re.fullmatch(p, "第三步") for p in cues().step_labels)   # (others: "就能够达到第三步发展目标")


def test_a_step_name_outside_a_congress_is_left_alone():
    d = hzd.digest(read_text("政府工作报告\n\n二、2026年工作安排\n\n第二步，到2030年，地区生产总值再增长一倍。\n",
                             source="gov-work-report.txt"))
    assert d.document.meta.kind != "party-congress-report"
    text = d.document.text
    bullets = [text[f.start:f.end] for f in select_facts(d)]
    assert not any(b.startswith("第二步，") for b in bullets)
    assert any(b.startswith("到2030年") and "地区生产总值" in b for b in bullets), bullets


def test_an_aim_clause_after_the_opening_measures_is_its_own_bullet(tmp_path):
    # "……必须树立……生态文明理念，……，努力建设美丽中国，实现中华民族永续发展" (2012): the aim stood after the
    # sentence's opening clauses and was cut off with them; data [congress] goal_patterns
    src = (FIXTURE.read_text("utf-8").rstrip() + "\n\n八、大力推进生态文明建设\n\n"
           "面对资源约束趋紧、环境污染严重、生态系统退化的严峻形势，必须树立尊重自然、顺应自然、保护自然的生态文明理念，"
           "把生态文明建设放在突出地位，融入经济建设、政治建设、文化建设、社会建设各方面和全过程，努力建设美丽中国，"
           "实现中华民族永续发展。\n")
    path = tmp_path / "cpc-congress-18.txt"
    path.write_text(src, "utf-8")
    d = hzd.digest(hzd.read(path))
    assert d.document.meta.kind == "party-congress-report"
    text = d.document.text
    facts = {text[f.start:f.end]: f for f in select_facts(d)}
    assert any(t.startswith("努力建设美丽中国") and f.factual for t, f in facts.items()), list(facts)
    assert patterns().formulation.search("尽快把上海建成国际经济、金融、贸易中心之一")
    assert not patterns().formulation.search("统筹兼顾国家、集体、个人三者利益")


def test_a_short_opening_clause_names_the_facts_topic(tmp_path):
    # "——建设生态文明，基本形成……" (2007): the fact was cut without the clause naming its topic
    src = (FIXTURE.read_text("utf-8").rstrip() + "\n\n八、大力推进生态文明建设\n\n"
           "——建设生态文明，基本形成节约能源资源和保护生态环境的产业结构、增长方式、消费模式。\n")
    path = tmp_path / "cpc-congress-18.txt"
    path.write_text(src, "utf-8")
    d = hzd.digest(hzd.read(path))
    text = d.document.text
    bullets = [text[f.start:f.end] for f in select_facts(d)]
    assert "建设生态文明，基本形成节约能源资源和保护生态环境的产业结构、增长方式、消费模式" in bullets, bullets
    assert not any(b.startswith("—") for b in bullets)
    assert cues().lengths["topic"] >= len("建设生态文明")


def test_a_closing_exhortation_keeps_its_dated_goals(tmp_path):
    # "只要我们……，就一定能在中国共产党成立一百年时全面建成小康社会，……" (2012): the framing opening dropped the
    # whole sentence; in a congress's plan its goals (formulations) are kept, the framing clause is not
    closing = ("只要我们胸怀理想、坚定信念，不动摇、不懈怠、不折腾，顽强奋斗、艰苦奋斗、不懈奋斗，就一定能在中国共产党成立"
               "一百年时全面建成小康社会，就一定能在新中国成立一百年时建成富强民主文明和谐的社会主义现代化国家。")
    path = tmp_path / "cpc-congress-18.txt"
    path.write_text(FIXTURE.read_text("utf-8").rstrip() + "\n\n" + closing + "\n", "utf-8")
    d = hzd.digest(hzd.read(path))
    text = d.document.text
    idx, item = next((i, it) for i, it in enumerate(d.items) if it.text.startswith("只要我们"))
    sel = Selector(d)
    as_plan = [text[f.start:f.end] for f in sel.facts(idx, dataclasses.replace(item, mode="plan"))]
    assert "就一定能在中国共产党成立一百年时全面建成小康社会" in as_plan, as_plan
    assert not any(b.startswith("只要我们") for b in as_plan)
    # …in the plan only: a review's framing sentence still goes whole
    assert sel.facts(idx, dataclasses.replace(item, mode="achievement")) == []
