"""What an editor found reading reports nobody tuned on (Ningxia, Hubei 2026), on a hand-written
fixture: clauses filed under their own theme (school places are 民生, 戏曲 not 三农, 再创新高 is no
innovation, an airport not 国防外交), GDP's growth is the GDP
card, a slogan's 第一 is no record, a clause opening on a bare rate keeps its subject, and the
year's plan need not repeat the targets table."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.markdown import render_markdown
from huazhongdian.render.poster import _meta_lines
from huazhongdian.render.style import TYPE
from huazhongdian.render.view import _without_target_rows, build_view, repeats_target_row

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "editor4" / "province.txt"


@pytest.fixture(scope="module")
def digest():
    return hzd.digest(read_text(FIXTURE.read_text("utf-8"), source="province.txt"))


def _themes(digest) -> dict[str, str]:
    """bullet text → theme, over every group of the view."""
    return {b.text: t.theme for g in build_view(digest).groups for t in g.themes for b in t.bullets}


@pytest.mark.parametrize("start, theme", [
    ("新增高中学位", "民生"),
    ("新增基础教育学位", "民生"),
    ("免费送戏下乡", "文化"),
])
def test_a_clause_takes_its_own_theme(digest, start, theme):
    found = {text: th for text, th in _themes(digest).items() if text.startswith(start)}
    assert found and set(found.values()) == {theme}, found


def test_an_airport_is_no_diplomacy():
    d = hzd.digest(read_text("一、2025年工作回顾\n浦东国际机场四期工程开工建设，新开国际航线30条。\n"))
    themes = {t.theme for g in build_view(d).groups for t in g.themes}
    assert themes == {"区域"}


def test_a_record_is_no_innovation(digest):
    found = [th for text, th in _themes(digest).items() if "新农合" in text]
    assert found and "科技创新" not in found


def test_gdp_growth_is_the_gdp_card(digest):
    cards = [(c.label, c.number + c.unit, c.tag) for c in build_view(digest).cards]
    results = [c for c in cards if c[2] == "2025年" and "生产总值" in c[0]]
    assert results == [("地区生产总值增长", "5.3%", "2025年")]


def test_a_slogans_first_is_no_record(digest):
    shown = [b.text for g in build_view(digest).groups if g.mode == "achievement" for t in g.themes for b in t.top]
    assert not any(text.startswith("第一增长极") for text in shown)


def test_a_bare_rate_keeps_its_subject(digest):
    texts = list(_themes(digest))
    assert not any(t.startswith("利用率") for t in texts)
    assert any(t.endswith("利用率达94.5%、连续5年保持西北第一") and "装机规模" in t for t in texts)


def test_a_plan_bullet_repeating_a_target_row_is_unlisted(digest):
    # (news_value.toml [view] fold_target_repeats is off for the eval floor; the rule itself, applied:)
    view = build_view(digest)
    groups = _without_target_rows(view.groups, view.targets)
    plan = [b.text for g in groups if g.mode == "plan" for t in g.themes for b in t.top + t.more]
    assert plan and not any(t.startswith(("地区生产总值增长5%左右", "城镇调查失业率")) for t in plan)
    assert any(t.startswith("实施重大项目1900多个") for t in plan)
    assert repeats_target_row("地区生产总值增长5%左右", view.targets)
    assert not repeats_target_row("实施重大项目1900多个", view.targets)


def test_the_poster_meta_line_breaks_between_its_parts():
    meta = "宁夏回族自治区第十三届人民代表大会第四次会议 · 2026-02-03 · 宁夏回族自治区"
    lines = ["".join(c[0] for c in line) for line in _meta_lines(meta, TYPE.poster_meta, 960)]
    assert "…" not in "".join(lines) and "".join(lines).replace(" · ", "") == meta.replace(" · ", "")
    assert _meta_lines("", TYPE.poster_meta, 960) == []
