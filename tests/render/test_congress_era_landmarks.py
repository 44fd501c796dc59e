"""The congresses of the 1980s–90s state their landmarks and theses in words: a review's state in progress or step
taken ("沿海地区，……正在形成广阔的前沿开放地带", "批准海南建省并成为经济特区"), a plan's reform thesis ("必须使社会协商
对话形成制度", "逐步实行利税分流和分税制"), a thesis after a stressed lead ("《决定》明确指出，社会主义经济是……"),
a step-reached clause with its goal ("就能够达到第三步发展目标，基本实现社会主义现代化"). Data: news_value.toml
[congress] landmark, formulations, thesis_patterns, stated_leads, step_labels (issue 12, wt-congress3). Excerpts of the
13th (1987) and 14th (1992) reports."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.congress import after_stated_lead
from huazhongdian.render.news_value import cues
from huazhongdian.render.selection import select_facts

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "congress-era"


def _facts(tmp_path_factory, n: str) -> dict:
    path = tmp_path_factory.mktemp(f"c{n}") / f"cpc-congress-{n}.txt"
    path.write_text((FIXTURES / f"congress-{n}-excerpt.txt").read_text("utf-8"), "utf-8")
    d = hzd.digest(hzd.read(path))
    assert d.document.meta.kind == "party-congress-report"
    text = d.document.text
    return {text[f.start:f.end]: (f, d.items[f.item].mode) for f in select_facts(d)}


@pytest.fixture(scope="module")
def c13(tmp_path_factory):
    return _facts(tmp_path_factory, "13")


@pytest.fixture(scope="module")
def c14(tmp_path_factory):
    return _facts(tmp_path_factory, "14")


def test_a_review_landmark_in_words_is_a_fact(c13, c14):
    for facts, bullet in ((c13, "正在形成广阔的前沿开放地带"), (c13, "九年制义务教育正在逐步实施"),
                          (c14, "批准海南建省并成为经济特区")):
        fact, mode = facts[bullet]
        assert mode == "achievement" and fact.factual, bullet
    # …and what was done alongside stays with it (data [cues] complements: "在……的同时")
    assert c13["军队的整编和改革取得重大成就，在裁军百万的同时"][0].factual
    # …and outranks the review's fact-less verdicts beside it
    plain = c13["社会主义商品经济以不可阻挡之势蓬勃发展"][0]
    assert not plain.factual and c13["正在形成广阔的前沿开放地带"][0].score > plain.score


def test_a_plan_reform_thesis_is_a_fact(c13, c14):
    for facts, bullet in ((c13, "必须使社会协商对话形成制度"), (c14, "逐步实行利税分流和分税制"),
                          (c13, "我国正处在社会主义的初级阶段")):
        fact, mode = facts[bullet]
        assert mode == "plan" and fact.factual, bullet


def test_a_thesis_after_a_stressed_lead_opens_its_bullet_and_ranks_first(c13):
    key, _ = c13["社会主义经济是公有制基础上的有计划的商品经济"]
    stage, _ = c13["我国正处在社会主义的初级阶段"]     # (the lead "我们党已经有了明确的回答" left out)
    others = [f.score for t, (f, m) in c13.items() if m == "plan" and t not in (
        "社会主义经济是公有制基础上的有计划的商品经济", "我国正处在社会主义的初级阶段")]
    assert others and key.score > max(others) and stage.score > max(others)


def test_the_stated_lead_is_only_a_stressed_one():
    k = cues()
    assert after_stated_lead("《决定》明确指出，社会主义经济是……", 9, k)
    assert after_stated_lead("我们党已经有了明确的回答：我国正处在……", 13, k)
    assert not after_stated_lead("党的十八大提出，……", 8, k)          # a line restated
    assert not after_stated_lead("明确指出社会主义经济", 4, k)          # no mark after the lead


def test_a_step_reached_takes_its_goal(c14):
    fact, mode = c14["就能够达到第三步发展目标，基本实现社会主义现代化"]
    assert mode == "plan" and fact.factual
    assert "就能够达到第三步发展目标" not in c14 and "基本实现社会主义现代化" not in c14


def test_the_cues_are_a_congress_own():
    # the same landmark sentence in a government report is no fact of its own
    d = hzd.digest(read_text("政府工作报告\n\n一、2025年工作回顾\n\n沿海地区，从南到北，正在形成广阔的前沿开放地带。\n",
                             source="gov-work-report.txt"))
    assert d.document.meta.kind != "party-congress-report"
    facts = select_facts(d)
    assert facts and not any(f.factual for f in facts)
