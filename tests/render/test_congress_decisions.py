"""An older congress's decisions and turning points stated in words are facts, kept whole
(news_value.toml [congress] decision_patterns, decision_leads, lengths.decision_whole;
render.congress.whole_decisions), and a congress problem paragraph turns to results at "拿……来说"
(mode_cues.toml [congress] turn). On an excerpt of the 12th congress report (1982)."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.render.congress import whole_decisions
from huazhongdian.render.selection import select_facts
from huazhongdian.render.view import build_view

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "congress-decisions"


def _read(tmp_path_factory, name: str, text: str):
    path = tmp_path_factory.mktemp("dec") / name
    path.write_text(text, "utf-8")
    return hzd.digest(hzd.read(path))


@pytest.fixture(scope="module")
def source() -> str:
    return (FIXTURES / "congress-12-excerpt.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def c12(tmp_path_factory, source):
    d = _read(tmp_path_factory, "cpc-congress-12.txt", source)
    assert d.document.meta.kind == "party-congress-report"
    return d


def _facts(d) -> dict[str, tuple[float, bool, str]]:
    text = d.document.text
    return {text[f.start:f.end]: (f.score, f.factual, d.items[f.item].mode) for f in select_facts(d)}


def _shown(d) -> list[str]:
    return [b.text for g in build_view(d).groups for t in g.themes for b in t.top]


def test_a_turning_point_in_words_is_a_review_fact(c12):
    facts = _facts(c12)
    turn = facts["我们果断地把党和国家的工作重点转到了经济建设上来"]
    assert turn[1] and turn[2] == "achievement"
    # the turning point's bullet is its clause: the sentence's other clauses are no decision's content
    assert not any(t.startswith("我们果断地") and "清除" in t for t in facts)
    assert facts["走上了稳步发展的健康轨道"][1]


def test_a_reform_put_in_place_after_the_problems_is_review(c12):
    # "在经历了十年内乱之后，积累的问题非常之多……" names problems; "拿经济工作来说，……" turns to what was done
    facts = _facts(c12)
    assert facts["逐步实行各种形式联产计酬的生产责任制"][2] == "achievement"
    assert facts["逐步实行各种形式联产计酬的生产责任制"][1]


def test_a_decision_is_kept_whole(c12):
    facts = _facts(c12)
    assert "中央决定从明年下半年开始，用三年时间分期分批对党的作风和党的组织进行一次全面整顿" in facts
    # a colon's content is the decision's: one bullet, and the purpose lead before it is left off
    assert "在战略部署上要分两步走：前十年主要是打好基础，积蓄力量，创造条件，后十年要进入一个新的经济振兴时期" in facts
    assert not any(t.startswith("为了实现二十年") for t in facts)
    # a decision with no subject of its own opens on the clause that names what
    assert any(t.endswith("这几个根本环节，把它们作为经济发展的战略重点") for t in facts)


def test_a_key_thesis_after_its_colon_is_whole(c12):
    facts = _facts(c12)
    assert any(t.startswith("中国共产党在新的历史时期的总任务是：") and t.endswith("高度民主的社会主义国家") for t in facts)


def test_the_decisions_rank_in_the_view(c12):
    shown = _shown(c12)
    for want in ("中央和省一级设顾问委员会", "人民的物质文化生活可以达到小康水平"):
        assert any(want in b for b in shown), want
    assert any("实现干部队伍的革命化、年轻化、知识化、专业化" in b for b in shown)


def test_a_restated_line_is_no_decision(tmp_path_factory, source):
    # the later congresses restate the 12th's aims as lines: no decision
    extra = ("\n七、党的建设\n\n按照革命化、年轻化、知识化、专业化方针，建设高素质干部队伍。"
             "要巩固和完善以家庭经营为主的多种形式的联产承包责任制。"
             "为了胜利完成这次代表大会确定的艰巨复杂的任务，全党要团结一致。\n")
    d = _read(tmp_path_factory, "cpc-congress-12.txt", source + extra)
    facts = _facts(d)
    for t, (score, _, _) in facts.items():
        if t.startswith(("按照革命化", "要巩固和完善以家庭经营", "为了胜利完成")):
            assert score < facts["中央和省一级设顾问委员会"][0], t


def test_decision_cues_count_only_in_a_congress_report(tmp_path_factory, source):
    d = _read(tmp_path_factory, "plain-report.txt", "政府工作报告\n\n" + source.split("\n", 1)[1])
    assert d.document.meta.kind != "party-congress-report"
    facts = _facts(d)
    assert "中央决定从明年下半年开始，用三年时间分期分批对党的作风和党的组织进行一次全面整顿" not in facts


def test_whole_decisions_on_spans():
    text = "为此，中央决定设立新区，用五年时间建成。"
    clauses = [(0, 2), (3, 11), (12, 18)]
    assert text[3:11] == "中央决定设立新区"
    groups = [[(3, 11)], [(12, 18)]]
    out = whole_decisions(text, groups, clauses, lambda s, e: s == 3, lambda s, e: True,
                          lambda s, e: False, lambda s, e: True, lambda s, e: False, 90)
    assert out == [[(3, 11), (12, 18)]]
    # too long for the limit: as it was cut
    assert whole_decisions(text, groups, clauses, lambda s, e: s == 3, lambda s, e: True, lambda s, e: False,
                           lambda s, e: True, lambda s, e: False, 5) == groups


def test_a_subjectless_clause_with_a_small_count_is_no_figure(c12):
    # "在那两次转变中" opens on 在 and counts only 两次: no fact, below the turning points
    facts = _facts(c12)
    frag = [v for t, v in facts.items() if t.startswith("在那两次转变中")]
    assert all(not factual for _, factual, _ in frag)
    assert all(score < facts["我们果断地把党和国家的工作重点转到了经济建设上来"][0] for score, _, _ in frag)
