"""A party congress's landmarks worded as a state reached (翻了一番, 基本扭转, 全部取消 …) are review facts,
its goals worded as a state to reach (基本建立, 基本消除 …) plan facts (data/news_value.toml [congress]);
"五十年代" is a decade, not a ten-year review ([weights] multi_year_not_before); and after a part that
both reviews and plans ("一、历史性成就和这次大会的任务", 1987) an untitled part looks ahead (derive._parts).
On an excerpt of the 13th (1987) and 17th (2007) congress reports
(tests/fixtures/render/cpc-congress-13-excerpt.txt)."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.derive import derived
from huazhongdian.render.selection import five_year_paragraphs, multi_year_cue
from huazhongdian.render.view import build_view


@pytest.fixture(scope="module")
def digest(fixtures):
    d = hzd.digest(hzd.read(fixtures / "render" / "cpc-congress-13-excerpt.txt"), lens="general")
    assert d.document.meta.kind == "party-congress-report"
    return d


def _shown(d, mode: str) -> dict[str, list[str]]:
    return {t.theme: [b.text for b in t.top] for g in build_view(d).groups if g.mode == mode for t in g.themes}


def test_a_decade_is_no_ten_year_review(digest):
    cue = multi_year_cue()
    assert cue.search("从五十年代后期开始") is None and cue.search("八十年代初") is None
    assert cue.search("十年来，") and cue.search("过去五年，")
    # before: the 五十年代 paragraph and the one after it read as a 过去十年回顾
    assert five_year_paragraphs(digest) == frozenset()
    assert not any("十年" in g.title for g in build_view(digest).groups)


def test_a_state_reached_is_a_review_fact(digest):
    review = [b for bullets in _shown(digest, "achievement").values() for b in bullets]
    # before: both folded as "没有数字、首次、排名或具名项目"
    assert "九年间国民生产总值、国家财政收入和城乡居民平均收入都大体上翻了一番" in review
    # (with its short opening clause, which names its topic: "市场供应大为改观，基本扭转了……", lengths.topic)
    assert "市场供应大为改观，基本扭转了过去那种消费品长期严重匮乏的局面" in review


def test_a_state_to_reach_leads_its_plan_theme(digest):
    # before: third, after two plain tasks ("要深化收入分配制度改革……"); now after the figure only
    plan = _shown(digest, "plan")["民生"]
    # (since wt-congress2 the step's "人民生活达到小康水平" is a goal too, and the plain task may fall below the top)
    task = "要深化收入分配制度改革，增加城乡居民收入"
    assert "覆盖城乡居民的社会保障体系基本建立" in plan
    assert task not in plan or plan.index("覆盖城乡居民的社会保障体系基本建立") < plan.index(task)
    # (the step and its date come with the goal: "第二步，到本世纪末，……", data [congress] step_labels)
    assert plan[0] == "第二步，到本世纪末，使国民生产总值再增长一倍"


def test_after_a_part_that_reviews_and_plans_an_untitled_part_looks_ahead(digest):
    text = digest.document.text
    lay = derived(digest.document).layout
    # (a congress report's first part looks back even when it also names tasks: derive._congress_opens_review)
    assert lay.part_at(text.index("一、历史性成就")) == "review"
    # before: "none", so its sentences took their mode from cue words alone (most were "other")
    assert lay.part_at(text.index("从五十年代后期开始")) == "plan"
    assert lay.part_at(text.index("要坚持教育公平")) == "plan"


def _bullets(d) -> dict[str, object]:
    return {b.text: b for g in build_view(d).groups for t in g.themes for b in t.bullets}


def test_the_first_of_a_plans_steps_is_no_record(digest):
    # before: "第一步" alone was a bullet (第一 read as a first), shown second in its theme
    bullets = _bullets(digest)
    assert "第一步" not in bullets or not bullets["第一步"].factual
    # …and the step's name now opens the bullet of its goal (data [congress] step_labels)
    step = [b for t, b in bullets.items() if "实现国民生产总值比一九八○年翻一番" in t]
    assert step and all(b.factual for b in step)
    assert any(t.startswith("第一步，") for t in bullets if "翻一番" in t)


def test_a_count_of_kinds_is_no_card(digest):
    # before: a 数说 card "两类 | 国家公务员分为政务和业务"
    assert not any(c.number == "两类" for c in build_view(digest).cards)
    assert any(c.number == "翻一番" for c in build_view(digest).cards)


def test_a_state_reached_in_a_mixed_part_looks_back(digest):
    # data/mode_cues.toml [sentence.achievement] 初步形成; before: "other", so no item at all
    modes = {it.text: it.mode for it in digest.items}
    assert modes["以宪法为基础的社会主义法律体系初步形成。"] == "achievement"
