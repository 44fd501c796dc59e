"""A party congress's 划重点: its review's qualitative landmarks and its plan's key formulations are
facts (data/news_value.toml [congress]); on excerpts of the 16th (2002) and 20th (2022) congress
reports (tests/fixtures/render/cpc-congress-*.txt)."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.render.selection import select_facts
from huazhongdian.render.view import build_view


@pytest.fixture(scope="module")
def c16(fixtures):
    return hzd.digest(hzd.read(fixtures / "render" / "cpc-congress-16-excerpt.txt"), lens="general")


@pytest.fixture(scope="module")
def c20(fixtures):
    return hzd.digest(hzd.read(fixtures / "render" / "cpc-congress-20-plan-excerpt.txt"), lens="general")


def _shown(d, mode: str) -> list[str]:
    return [b.text for g in build_view(d).groups if g.mode == mode for t in g.themes for b in t.top]


def test_a_landmark_in_words_is_a_shown_review_fact(c16):
    assert c16.document.meta.kind == "party-congress-report"
    shown = _shown(c16, "achievement")
    # no figure, first or rank in any of these: before, all were folded as "没有数字…"
    for fact in ("社会主义市场经济体制初步建立", "我国加入世贸组织", "我国政府恢复对澳门行使主权", "“九五”计划胜利完成"):
        assert fact in shown
    # …while a topic sentence without a landmark stays folded
    assert "改革开放取得丰硕成果" not in shown


def test_every_shown_bullet_is_a_span_of_the_text(c16, c20):
    for d in (c16, c20):
        text = d.document.text
        for g in build_view(d).groups:
            for t in g.themes:
                for b in t.bullets:
                    assert text[b.start:b.end] == b.text


def test_the_congress_review_leads_its_digest(c16):
    groups = build_view(c16).groups
    assert groups[0].mode == "achievement" and groups[0].term


def test_problems_before_the_goals_are_no_plan(c16):
    plan = _shown(c16, "plan")
    assert not any(w in b for b in plan for w in ("还没有改变", "压力增大", "矛盾日益突出", "还比较落后"))


def test_a_congress_opening_is_framing(c16):
    assert not any("召开的第一次代表大会" in b for b in _shown(c16, "plan") + _shown(c16, "achievement"))


def test_the_plan_formulations_are_facts(c20):
    shown = _shown(c20, "plan")
    assert "总的战略安排是分两步走" in shown       # a definition sentence, kept as plan
    assert any(b.startswith("中国共产党的中心任务就是") for b in shown)
    assert "从二〇二〇年到二〇三五年基本实现社会主义现代化" in shown


def test_landmark_cues_count_only_in_a_congress_report(fixtures, tmp_path):
    # The same review sentence in a government work report is no fact: 初步建立 is too common there.
    src = (fixtures / "render" / "cpc-congress-16-excerpt.txt").read_text("utf-8")
    gov = tmp_path / "gov-work-report.txt"
    gov.write_text("政府工作报告\n\n" + src.split("一、", 1)[1].replace("十五大", "上届政府"), "utf-8")
    d = hzd.digest(hzd.read(gov), lens="general")
    assert d.document.meta.kind != "party-congress-report"
    text = d.document.text
    facts = {text[f.start:f.end]: f.factual for f in select_facts(d)}
    assert facts.get("社会主义市场经济体制初步建立") is False


def test_a_landmark_without_a_subject_is_no_fact(tmp_path):
    report = tmp_path / "cpc-congress-excerpt.txt"
    report.write_text("同志们：\n\n一、过去五年的工作\n\n五年来，我们提出并深刻阐述了“三个代表”重要思想，"
                      "是中国共产党人对马克思主义发展作出的历史性贡献。社会主义市场经济体制初步建立。\n", "utf-8")
    d = hzd.digest(hzd.read(report), lens="general")
    text = d.document.text
    facts = {text[f.start:f.end]: f.factual for f in select_facts(d)}
    assert facts["社会主义市场经济体制初步建立"] is True
    # "是……历史性贡献" has no subject of its own: its landmark word is no fact
    assert not any(ok for b, ok in facts.items() if b.startswith("是中国共产党人"))


def test_a_small_count_is_no_card(tmp_path):
    report = tmp_path / "cpc-congress-excerpt.txt"
    report.write_text("同志们：\n\n一、过去五年的工作\n\n五年来，我国国内生产总值达到九万五千九百三十三亿元，"
                      "经济总量已居世界第六位。我们充分利用国际国内两个市场，实现三大历史任务。\n", "utf-8")
    d = hzd.digest(hzd.read(report), lens="general")
    small = {n for n, i in enumerate(d.indicators) if i.text in ("两个", "三大")}
    assert len(small) == 2                       # both are figures of the text…
    cards = build_view(d).cards
    assert cards and not any(c.indicator in small for c in cards)   # …but no card
