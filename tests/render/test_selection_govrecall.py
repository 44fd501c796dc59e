"""Government reports' facts ranked out of their theme's shown top (issue 12, wt-govrecall; excerpts of
national 2019, Chongqing, Jilin and Xinjiang 2026): a count in words naming a set is no figure, a named
project reaching its landmark is a fact, transport mileage and 高标准农田 are sector figures, a theme shows
down to its last headline metric, and the year's review shows one more a theme."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.render.news_value import cues, patterns
from huazhongdian.render.selection import select_facts
from huazhongdian.render.view import build_view


@pytest.fixture(scope="module")
def digest(excerpt_digest):
    return excerpt_digest("govrecall")


@pytest.fixture(scope="module")
def facts(digest, by_text):
    return by_text(digest)


@pytest.fixture(scope="module")
def view(digest):
    return build_view(digest)


def test_a_count_in_words_naming_a_set_is_no_figure(facts):
    assert patterns().set_count.fullmatch("三大") and patterns().set_count.fullmatch("十大")
    assert not patterns().set_count.fullmatch("3个") and not patterns().set_count.fullmatch("三项")
    # "二是扎实打好三大攻坚战" is a list lead once 三大 is no figure: no bullet at all
    assert not any(t.startswith("二是") for t in facts)
    for text, fact in facts.items():
        if "三大攻坚战" in text:
            assert not fact.factual, text
    assert facts["全年为企业和个人减税降费约1.3万亿元"].factual
    assert facts["全年为企业和个人减税降费约1.3万亿元"].score > max(
        f.score for t, f in facts.items() if "三大攻坚战" in t)


def test_a_named_project_reaching_its_landmark_is_a_review_fact(digest, facts):
    project = patterns().project
    for text in ("中吉乌铁路开工", "新央企中国长安汽车集团落户重庆", "锁边工程入选“2025全球十大工程成就”", "港珠澳大桥建成通车",
                 "天府国际机场建成投运"):
        assert project.search(text), text
    for text in ("二期工程开工建设", "国家和省级重大人才工程入选人数创历史新高", "新时代重大标志性工程顺利开工"):
        assert not project.search(text), text
    # (the result the project won after it, "获得国家首批L3级……许可", has no subject of its own: one bullet, wt-ordinals)
    for text in ("新央企中国长安汽车集团落户重庆，获得国家首批L3级自动驾驶车型准入许可", "中吉乌铁路开工"):
        assert text in facts and facts[text].factual, text
    assert "获得国家首批L3级自动驾驶车型准入许可" not in facts
    # …and first-edition fairs keep their own weight; a plan's "中吉乌铁路开工建设" is an aim, no fact
    text = digest.document.text
    plan = [text[f.start:f.end] for f in select_facts(digest) if digest.items[f.item].mode == "plan"]
    assert all(not f.factual for t, f in facts.items() if t in plan and "中吉乌铁路" in t)


def test_a_project_landmark_weighs_as_a_figure_not_as_a_record(facts):
    w = cues()
    assert 0 < w.project_weight < w.record_weight
    assert facts["中吉乌铁路开工"].score < facts["铁路运营里程达9234公里"].score


def test_mileage_market_entities_and_farmland_are_sector_figures(facts):
    sector = patterns().sector
    for text in ("新增高速铁路运营里程4100公里", "全年净增经营主体11.7万户", "建设高标准农田2556万亩"):
        assert sector.search(text), text
        # a sector figure outranks a plain count of the same kind (one figure, no headline)
        assert facts[text].score > facts["新建城市书房85个"].score, text


def test_a_theme_shows_down_to_its_last_headline_metric(view):
    for group in view.groups:
        for theme in group.themes:
            heads = [r for r, b in enumerate(theme.bullets)
                     if any(fig for _, fig in b.segments) and patterns().headline.search(b.text)]
            if heads:
                assert theme.shown >= min(cues().max_per_theme, heads[-1] + 1), theme.theme
    shown = {b.text for g in view.groups for t in g.themes for b in t.top}
    assert "全体居民人均可支配收入达到41580元" in shown


def test_the_years_review_shows_year_bullets_more_than_the_even_share(digest, monkeypatch):
    from dataclasses import replace

    from huazhongdian.render import view as view_module

    def shown(v):
        return {(g.key, t.theme): t.shown for g in v.groups for t in g.themes}

    extra = cues().year_bullets
    assert extra >= 1
    now = shown(build_view(digest, max_bullets=3))
    monkeypatch.setattr(view_module, "cues", lambda: replace(cues(), year_bullets=0))
    without = shown(build_view(digest, max_bullets=3))
    review = {k: n for k, n in now.items() if k[0] == "achievement"}
    assert any(n == without[k] + extra for k, n in review.items())      # a theme with facts enough shows more
    assert all(without[k] <= n <= without[k] + extra for k, n in review.items())
    assert all(n == without[k] for k, n in now.items() if k[0] != "achievement")   # the plan is as it was


def test_a_headline_metric_as_a_ratios_denominator_is_no_headline():
    from huazhongdian.render.news_value import headline_metric

    for text in ("国家财政性教育经费占国内生产总值比例继续保持在4%以上", "社会物流总费用与地区生产总值的比率下降至13.8%"):
        assert headline_metric(text) is None, text
    for text in ("国内生产总值增长6%－6.5%", "城乡居民收入增长与经济增长基本同步", "外贸进出口增长12%"):
        assert headline_metric(text) is not None, text
    # …and the targets' own skip words still apply: "单位地区生产总值能耗" is no GDP figure, its 能耗 counts
    assert headline_metric("单位地区生产总值能耗下降3%", ("单位",)).group(0) == "能耗"


def test_a_ratio_to_gdp_does_not_lead_its_theme():
    text = ("政府工作报告\n\n一、2026年重点工作\n国家财政性教育经费占国内生产总值比例继续保持在4%以上。\n"
            "全年减轻企业税收和社保缴费负担近2万亿元。\n国内生产总值增长6%－6.5%。\n")
    from huazhongdian.load import read_text

    d = hzd.digest(read_text(text), lens="general")
    facts = {d.document.text[f.start:f.end]: f for f in select_facts(d)}
    ratio = next(f for t, f in facts.items() if "教育经费" in t)
    gdp = next(f for t, f in facts.items() if t.startswith("国内生产总值"))
    assert ratio.score < gdp.score - cues().weights["headline"]


def test_a_clause_on_both_of_the_subject_before_keeps_that_subject(facts):
    # "产销量均跃升至全球第1位" alone has no subject: the bullet opens on the clause that names it
    assert "吉林化纤碳纤维量质齐升，产销量均跃升至全球第1位" in facts
    assert "产销量均跃升至全球第1位" not in facts
    # …but a per-unit 人均 / 年均 opens a clause of its own
    assert any(t.startswith("人均可支配收入增长5%") for t in facts)
