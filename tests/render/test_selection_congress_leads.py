"""A party congress's report: its first part is its review whatever it is called, its theses stand after a
speech lead ("……要求我们明确提出，") or a copula lead ("……基本路线是："), its review's superlatives and
creations are landmarks, and the institutions its plan sets up are facts (data/news_value.toml [congress]
speech_leads, copula_leads, thesis_patterns, institution_patterns, landmark; render/congress.py;
derive._congress_opens_review; mode_cues.toml paragraph.overcome). On an excerpt of the 14th (1992) and
17th (2007) congress reports (tests/fixtures/render/cpc-congress-14-excerpt.txt)."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.classify.mode import classify_mode_at
from huazhongdian.render.congress import congress_clauses
from huazhongdian.render.news_value import cues
from huazhongdian.render.selection import clause_spans
from huazhongdian.render.view import build_view

FIXTURE = "cpc-congress-14-excerpt.txt"


@pytest.fixture(scope="module")
def digest(fixtures):
    d = hzd.digest(hzd.read(fixtures / "render" / FIXTURE), lens="general")
    assert d.document.meta.kind == "party-congress-report"
    return d


def _top(d, mode: str) -> list[str]:
    return [b.text for g in build_view(d).groups if g.mode == mode for t in g.themes for b in t.top]


def _bullets(d, mode: str) -> list[str]:
    return [b.text for g in build_view(d).groups if g.mode == mode for t in g.themes for b in t.bullets]


def test_the_first_part_of_a_congress_report_is_its_review(digest):
    # "一、十四年伟大实践的基本总结" has no review word; before, its "在祖国统一的问题上，提出……" tied
    # between review and plan and was no item at all (and "问题" made its paragraph a problem statement).
    text = digest.document.text
    start = text.index("在祖国统一的问题上")
    assert classify_mode_at(digest.document, start, text.index("。", start) + 1) == "achievement"
    assert "提出“一个国家、两种制度”的创造性构想" in _top(digest, "achievement")


def test_a_creation_in_the_review_is_a_landmark(digest):
    # before: folded ("没有数字、首次、排名或具名项目"): 三农 showed one bullet
    shown = _top(digest, "achievement")
    assert "实行家庭联产承包，是中国农民的伟大创造" in shown
    assert "乡镇企业异军突起，是中国农民的又一个伟大创造" in shown


def test_a_speech_lead_is_cut_off_and_the_thesis_leads(digest):
    # before: the bullet was the lead "实践的发展和认识的深化，要求我们明确提出", without the thesis
    plan = _bullets(digest, "plan")
    assert "我国经济体制改革的目标是建立社会主义市场经济体制" in _top(digest, "plan")
    assert not any(b.endswith("明确提出") for b in plan)


def test_an_institution_set_up_is_a_fact(digest):
    # before: "……基本养老保险制度改革，探索建立农村养老保险制度" ranked fourth of 民生, the institution last
    assert "探索建立农村养老保险制度" in _top(digest, "plan")


def test_a_copula_lead_joins_its_thesis():
    text = "在社会主义初级阶段，我们党的建设有中国特色的社会主义的基本路线是：领导和团结全国各族人民，以经济建设为中心。"
    clauses = clause_spans(text, 0, len(text) - 1)
    joined = congress_clauses(text, clauses, cues(), lambda s, e: False)
    assert len(joined) == len(clauses) - 1
    assert text[joined[1][0]:joined[1][1]] == "我们党的建设有中国特色的社会主义的基本路线是：领导和团结全国各族人民"


def test_a_speech_lead_with_a_figure_stays():
    text = "2012年国务院提出，全面推进依法行政。"
    clauses = clause_spans(text, 0, len(text) - 1)
    assert congress_clauses(text, clauses, cues(), lambda s, e: s <= 0 < e) == clauses
    assert congress_clauses(text, clauses, cues(), lambda s, e: False) == clauses[1:]
