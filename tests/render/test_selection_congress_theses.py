"""A party congress's standing theses (两个毫不动摇, 基本经济制度, ……重要组成部分) are plan formulations, and a
year written with digit zeros inside Chinese numerals (二0一0年, as in the 15th and 16th congress
reports) is a dated goal like 二〇一〇年 (data/news_value.toml [congress] formulations and
cues.deadline_patterns); on an excerpt of the 15th (1997) and 16th (2002) congress reports
(tests/fixtures/render/cpc-congress-15-plan-excerpt.txt)."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.render.view import build_view


@pytest.fixture(scope="module")
def themes(fixtures):
    d = hzd.digest(hzd.read(fixtures / "render" / "cpc-congress-15-plan-excerpt.txt"), lens="general")
    assert d.document.meta.kind == "party-congress-report"
    return [[b.text for b in t.top] for g in build_view(d).groups if g.mode == "plan"
            for t in g.themes]


def _first_of_its_theme(themes, fact: str) -> bool:
    return any(bullets and bullets[0] == fact for bullets in themes)


def test_a_thesis_leads_its_theme(themes):
    # before: ranked after "第一，我国是社会主义国家，必须坚持公有制……"
    assert _first_of_its_theme(themes, "非公有制经济是我国社会主义市场经济的重要组成部分")


def test_a_year_with_digit_zeros_is_a_dated_goal(themes):
    # before: 二0一0 did not read as a year, and the goal ranked after the principles around it
    assert _first_of_its_theme(themes, "到二0一0年形成中国特色社会主义法律体系")


def test_a_verdict_of_scale_is_a_review_landmark(fixtures):
    d = hzd.digest(hzd.read(fixtures / "render" / "cpc-congress-15-plan-excerpt.txt"), lens="general")
    shown = [b.text for g in build_view(d).groups if g.mode == "achievement" for t in g.themes for b in t.top]
    # before: folded as "没有数字、首次、排名或具名项目"
    assert "对外贸易和利用外资大幅度增长" in shown and "国家外汇储备显著增加" in shown
    # …while a topic sentence without one stays folded
    assert "改革开放取得新的突破" not in shown


def test_a_clause_opening_with_you_keeps_its_subject(fixtures):
    d = hzd.digest(hzd.read(fixtures / "render" / "cpc-congress-15-plan-excerpt.txt"), lens="general")
    shown = [b.text for g in build_view(d).groups if g.mode == "achievement" for t in g.themes for b in t.top]
    # before: the bullet was "又上了一个新的台阶", with no subject ("又" always continues the clause before)
    assert "我国的社会生产力、综合国力和人民生活水平，又上了一个新的台阶" in shown
