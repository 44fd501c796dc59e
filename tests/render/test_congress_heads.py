"""The older congresses' structure: a first chapter that names only tasks still opens the review
("一、历史性的转变和新的伟大任务", 1982), "十年内乱" opens no multi-year review, and a numbered sub-heading that
states a thesis ("（一）把发展科学技术和教育事业放在首要位置，……。", 1987) is an item and a fact of its own
(derive._congress_opens_review, news_value.toml multi_year_not_before, classify/thesis_heads.py). Excerpts of the
12th (1982) and 13th (1987) reports."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.classify.thesis_heads import thesis_headings
from huazhongdian.derive import derived
from huazhongdian.render.markdown import render_markdown
from huazhongdian.render.periods import five_year_paragraphs
from huazhongdian.render.selection import select_facts

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "congress-heads"


def _digest(tmp_path_factory, n: str):
    path = tmp_path_factory.mktemp(f"h{n}") / f"cpc-congress-{n}.txt"
    path.write_text((FIXTURES / f"congress-{n}-excerpt.txt").read_text("utf-8"), "utf-8")
    d = hzd.digest(hzd.read(path))
    assert d.document.meta.kind == "party-congress-report"
    return d


@pytest.fixture(scope="module")
def c12(tmp_path_factory):
    return _digest(tmp_path_factory, "12")


@pytest.fixture(scope="module")
def c13(tmp_path_factory):
    return _digest(tmp_path_factory, "13")


def test_a_first_chapter_naming_only_tasks_opens_the_review(c12):
    doc = c12.document
    lay = derived(doc).layout
    assert lay.part_at(doc.text.index("自从一九七六年十月")) == "review"
    # …and the chapters after it plan
    assert lay.part_at(doc.text.index("首要的任务是把社会主义现代化经济建设")) == "plan"
    modes = [(it.text, it.mode) for it in c12.items]
    assert [m for t, m in modes if t.startswith("自从一九七六年十月")] == ["achievement"]
    assert any(t.startswith("从一九八一年到本世纪末") and m in ("plan", "target") for t, m in modes)


def test_ten_years_of_turmoil_opens_no_multi_year_review(c12):
    doc = c12.document
    turmoil = next(i for i, p in enumerate(doc.paragraphs) if doc.text.startswith("在经历了十年内乱", p.start))
    assert turmoil not in five_year_paragraphs(c12)
    assert "过去十年回顾" not in render_markdown(c12)


def test_a_thesis_sub_heading_is_a_sentence_without_its_label(c13):
    doc = c13.document
    heads = thesis_headings(doc)
    assert [h.text[:8] for h in heads] == ["把发展科学技术和"]
    h = heads[0]
    assert doc.text[h.start:h.end] == h.text and h.text.endswith("轨道上来。")
    # a short heading names a topic only ("（一）实行党政分开"): no sentence
    assert all("党政分开" not in x.text for x in heads)


def test_a_thesis_sub_heading_is_a_fact_of_the_plan(c13):
    text = c13.document.text
    facts = {text[f.start:f.end]: f for f in select_facts(c13)}
    hit = [(b, f) for b, f in facts.items() if b.startswith("把发展科学技术和教育事业放在首要位置")]
    assert hit and hit[0][1].factual
    assert c13.items[hit[0][1].item].mode == "plan"


def test_a_work_report_has_no_thesis_headings(tmp_path):
    path = tmp_path / "2026-gov-work-report.txt"
    path.write_text("政府工作报告\n\n一、2025年工作回顾\n\n（一）着力扩大内需，经济运行稳中向好。\n\n"
                    "地区生产总值增长5%。\n\n（二）加快产业升级，新动能持续壮大。\n\n规上工业增加值增长6%。\n", "utf-8")
    doc = hzd.read(path)
    assert doc.meta.kind != "party-congress-report"
    assert thesis_headings(doc) == ()
