"""Regressions in the Markdown 划重点 found by reading whole digests as an editor (QA of issue 4)."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.markdown import render_markdown


@pytest.fixture(scope="module")
def national_2025(fixtures):
    # The 2025 national report's target and budget passages (tests/fixtures/targets/national-2025.txt).
    return hzd.digest(hzd.read(fixtures / "targets" / "national-2025.txt"), lens="science")


def test_budget_targets_have_chinese_labels(national_2025):
    # The table showed raw keys: "| deficit |", "| special_bonds |", "| ultra_long_special_bonds |".
    md = render_markdown(national_2025)
    assert "| 赤字规模 | 2025 | 5.66万亿元 | 赤字规模5.66万亿元 |" in md
    assert "| 专项债券 | 2025 | 4.4万亿元 | 拟安排地方政府专项债券4.4万亿元 |" in md
    assert "| 超长期特别国债 | 2025 | 1.3万亿元 | 拟发行超长期特别国债1.3万亿元 |" in md
    assert "special_bonds" not in md


def test_a_target_stated_in_words_shows_the_word(national_2025):
    # "居民收入增长和经济增长同步" had an empty 目标 cell.
    assert "| 居民收入增长 | 2025 | 同步 | 居民收入增长和经济增长同步 |" in render_markdown(national_2025)


def test_a_heading_is_the_source_note_not_a_bullet():
    # 2025 national: "（一）大力提振消费、提高投资效益，全方位扩大国内需求。" was printed as a bullet and
    # again as the source note of every bullet under it.
    text = ("三、2025年政府工作任务\n"
            "（一）大力提振消费、提高投资效益，全方位扩大国内需求。促进消费和投资更好结合，"
            "加快补上内需特别是消费短板，使内需成为拉动经济增长的主动力和稳定锚。\n")
    d = hzd.digest(read_text(text, filename="2025.txt"), lens="general")
    plans = render_markdown(d).split("工作安排", 1)[1].split("## 关键词在原文中", 1)[0]
    assert "- （一）" not in plans
    assert "- **促进**消费和投资更好结合" in plans
    # The note names the heading's first clause (issue 12: a short note, a prefix of the heading).
    assert "（大力提振消费、提高投资效益，第2段）" in plans and "（（" not in plans
    # The heading is still an item and a ranked task in JSON.
    assert any(i.text.startswith("（一）大力提振消费") for i in d.items)
    assert any(t.rank == 1 and t.verb == "大力提振" for t in d.tasks)


def test_many_themes_share_a_bullet_budget(sample_path):
    # The general lens has fourteen themes: with eight bullets each, the 2025 national digest ran
    # to ~190 bullets. Each theme now gets max_bullets // themes (at least three), more for strong facts.
    d = hzd.digest(hzd.read(sample_path), lens="general")
    md = render_markdown(d)
    plan_part = md.split("工作安排", 1)[1].split("## 主要预期目标", 1)[0]
    themes = plan_part.count("\n### ")
    bullets = [line for line in plan_part.splitlines() if line.startswith("- ") and not line.startswith("- ……")]
    assert themes >= 10
    assert len(bullets) <= 60
    assert "（按新闻价值只列前 4 条）" in plan_part
    # The science lens (four plan themes) keeps its eight per theme.
    science = render_markdown(hzd.digest(d.document, lens="science"))
    assert "（按新闻价值只列前 5 条）" in science


def test_a_province_has_a_regional_gdp(fixtures):
    # 湖北 2026: the targets table said "国内生产总值增长" for the province's "经济增长5.5%左右".
    # The report's own first two lines, then its target passage (tests/fixtures/targets/hubei-2026.txt).
    head = "2026年湖北省政府工作报告\n——2026年1月27日在湖北省第十四届人民代表大会第四次会议上\n"
    body = (fixtures / "targets" / "hubei-2026.txt").read_text("utf-8")
    d = hzd.digest(read_text(head + body), lens="general")
    assert d.document.meta.level == "provincial"
    md = render_markdown(d)
    assert "| 地区生产总值增长 | 2026 | 5.5%左右 | 经济增长5.5%左右 |" in md
    assert "国内生产总值增长 |" not in md
