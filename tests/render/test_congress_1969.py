"""A pre-1978 congress report's digest (the 9th, 1969; also the 10th, 1973): its lede is the line it names as central
(render/lede_congress.py, news_value.toml [congress] older_lede_*), its group headings claim no period it does not
name ([congress] older_titles), its political narrative is no economy ([congress] older_themes), no task verb is
bold in its Markdown, and its results told in topic chapters read as plan are facts ([congress] landmark there)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.render.lede import lede_spans, lede_term
from huazhongdian.render.lede_congress import older_congress
from huazhongdian.render.markdown import render_markdown
from huazhongdian.render.view import build_view

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "render"


def _digest(tmp_path_factory, fixture: str, name: str):
    path = tmp_path_factory.mktemp("older") / name
    path.write_text((FIXTURES / fixture).read_text("utf-8"), "utf-8")
    return hzd.digest(hzd.read(path))


@pytest.fixture(scope="module")
def c9(tmp_path_factory):
    return _digest(tmp_path_factory, "congress-1969/congress-09-excerpt.txt", "cpc-congress-09.txt")


@pytest.fixture(scope="module")
def c10(tmp_path_factory):
    return _digest(tmp_path_factory, "congress-1973/congress-10-excerpt.txt", "cpc-congress-10.txt")


@pytest.fixture(scope="module")
def c13(tmp_path_factory):
    return _digest(tmp_path_factory, "cpc-congress-13-excerpt.txt", "cpc-congress-13.txt")


def _lede(d) -> list[str]:
    return [d.document.text[s:e] for s, e in lede_spans(d)]


def test_only_a_congress_before_1978_is_older(c9, c10, c13):
    assert older_congress(c9) and older_congress(c10)
    assert not older_congress(c13)


def test_the_lede_is_the_line_named_as_central(c9, c10):
    assert _lede(c9) == ["毛主席更加完整地提出了我党在整个社会主义历史阶段的基本路线"]
    assert lede_term(c9) is None                 # a line of its own, not the most stressed term's
    # the line set as the task is preferred to the review's 再次肯定了…… and never its betrayal (背叛……改变……)
    (lede,) = _lede(c10)
    assert lede.startswith("我们要遵循党在整个社会主义历史阶段的基本路线") and "背叛" not in lede


def test_group_headings_claim_no_period(c9, c10, c13):
    for d in (c9, c10):
        titles = [g.title for g in build_view(d).groups]
        assert titles == ["报告回顾", "今后的任务"], titles
        assert not any(w in t for t in titles for w in ("五年", "安排", "年工作"))
    assert "报告回顾" not in [g.title for g in build_view(c13).groups]     # a reform-era congress keeps its own


def _themes(d) -> dict[str, str]:
    return {b.text: t.theme for g in build_view(d).groups for t in g.themes for b in t.bullets}


def test_political_narrative_is_no_economy(c9):
    themes = _themes(c9)
    economy = [b for b, t in themes.items() if t == "经济运行"]
    assert economy and all(re.search("债|丰收|生产|计划", b) for b in economy), economy
    assert themes["毛主席更加完整地提出了我党在整个社会主义历史阶段的基本路线"] == "党的建设"
    border = next(b for b in themes if "圆满地解决了" in b)
    assert themes[border] == "国防外交"
    assert {"科技创新", "生态", "民生"}.isdisjoint(themes.values())


def test_results_in_a_topic_chapter_are_facts(c9):
    shown = {b.text: b.factual for g in build_view(c9).groups for t in g.themes for b in t.top}
    border = next(b for b in shown if "圆满地解决了" in b)
    assert border.startswith("我国先后同") and shown[border]    # the lead 根据这个主张 is left off
    assert any("既无内债" in b and f for b, f in shown.items())


def test_no_bold_without_a_number(c9, c10):
    for d in (c9, c10):
        body = render_markdown(d).split("## 关键词在原文中")[0]
        bullets = [line for line in body.splitlines() if line.startswith("- ")]
        bold = [run for line in bullets for run in re.findall(r"\*\*([^*]+)\*\*", line)]
        assert "健全" not in bold and "加强" not in bold, bold
