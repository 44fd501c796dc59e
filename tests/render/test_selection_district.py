"""A district's report (tests/fixtures/render/district/: excerpts of Hailar 2015 and 2012): projects
stated with their money, its own headline kinds, its government's results, one card per metric."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.render.selection import select_facts
from huazhongdian.render.view import build_view


def _digest(fixtures, name: str):
    return hzd.digest(hzd.read(fixtures / "render" / "district" / name), lens="general")


@pytest.fixture(scope="module")
def h2015(fixtures):
    return _digest(fixtures, "hailar-2015-excerpt.txt")


@pytest.fixture(scope="module")
def h2012(fixtures):
    return _digest(fixtures, "hailar-2012-excerpt.txt")


def _bullets(d) -> dict[str, float]:
    text = d.document.text
    return {text[f.start:f.end]: f.score for f in select_facts(d)}


def test_a_sum_put_in_stays_with_what_it_pays_for(h2015, h2012):
    b15, b12 = _bullets(h2015), _bullets(h2012)
    assert "全年投入14.5亿元，重点实施了40个民生保障和社会事业项目" in b15
    # (…and the clause before names whose sum it is: "不断加大教育投入，投资3.1亿元，……", wt-subj2)
    assert "不断加大教育投入，投资3.1亿元，实施桃李中学、三中分校、第五中学扩建工程" in b15
    assert "加快旧城区综合改造，全年计划投资12.8亿元，实施城市建设重点项目20个" in b12
    # The sum alone is never a bullet; a sum inside its clause needs no help.
    assert not any(b in ("全年投入14.5亿元", "投资3.1亿元", "全年计划投资12.8亿元") for b in b15 | b12)
    assert "投资1.3亿元实施自来水管网改造工程" in b12


def test_a_districts_headline_kinds_rank_above_a_plain_figure(h2015):
    b = _bullets(h2015)
    # 棚户区改造, 三公经费, 行政审批事项 (cues.local_headline) over a plain count or subsidy
    for fact in ("全年完成棚户区改造任务2619户", "“三公经费”支出压缩48.2%", "精简行政审批事项63个"):
        assert b[fact] > b["参保人数达到8000人"] and b[fact] > b["发放租赁补贴665万元"]
    # …but below the headline metrics proper
    assert b["实现城镇新增就业5487人"] > b["全年完成棚户区改造任务2619户"]
    # An honour won is a standing (rank cues 荣获, 称号): above a fact-less task.
    assert b["荣获“国家慢性病综合防控示范区”称号"] > b["区医院120急救中心项目开工建设"]


def test_a_review_paragraph_that_rectifies_problems_is_results(h2015):
    # "深入开展……教育实践活动，……，认真整改存在的问题，政风明显好转，……": 整改 overcomes the problem,
    # the paragraph is the government's own results, not a problem statement.
    b = _bullets(h2015)
    assert "“三公经费”支出压缩48.2%" in b and "精简行政审批事项63个" in b


def test_one_result_card_per_headline_metric(h2012, h2015):
    labels = [c.label for c in build_view(h2012).cards]
    # 财政总收入 and 地方财政总收入 are one revenue card: the room goes to the incomes.
    assert "财政总收入" in labels and "地方财政总收入" not in labels
    assert "城镇居民人均可支配收入" in labels
    # Different headline metrics each keep their card.
    labels = [c.label for c in build_view(h2015).cards]
    assert {"地方财政总收入", "公共财政预算收入"} <= set(labels)
