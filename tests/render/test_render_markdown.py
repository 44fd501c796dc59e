"""The Markdown 划重点: layout, bold numbers and verbs, sources, caps — on a hand-built Digest."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from huazhongdian.classify.lens import classify_items, load_lens
from huazhongdian.extract.entities import extract_entities
from huazhongdian.extract.tasks import extract_tasks
from huazhongdian.load import read_text
from huazhongdian.render.markdown import render_markdown
from huazhongdian.render.view import build_view
from huazhongdian.types import Digest, Indicator, Span, Target, Term

TEXT = (
    "2024年工作回顾\n"
    "全社会研发投入强度连续6年高于全市平均水平。\n"
    "新引进标志性科学家3人。\n"
    "158名学者入选全2%顶尖科学家榜单。\n"
    "2025年工作安排\n"
    "推动鹏城云脑Ⅲ、超算二期点亮。\n"
    "支持深圳湾实验室、光明实验室聚焦生物医药、人工智能等领域开展“有组织科研+有组织转化”。\n"
    "今年发展主要预期目标是：国内生产总值增长5%左右。\n"
)


def _indicator(doc, text: str) -> Indicator:
    start = doc.text.index(text)
    return Indicator(text=text, start=start, end=start + len(text), sentence="", sentence_start=start,
                     sentence_end=start + len(text), metric="", value=None, unit="", base_value=None,
                     base_unit="", qualifier=None, low=None, high=None, from_value=None, direction=None,
                     kind="count", mode="achievement", period=None)


@pytest.fixture(scope="module")
def digest():
    doc = read_text(TEXT, source="光明区.txt")
    doc = replace(doc, meta=replace(doc.meta, title="光明区党代会报告", meeting="第二届代表大会第三次会议",
                                    date="2025-01-15", review_year=2024, plan_year=2025))
    indicators = [_indicator(doc, "连续6年"), _indicator(doc, "3人"), _indicator(doc, "158名")]
    lens = load_lens("science")
    items = classify_items(doc, indicators, lens)
    gdp = doc.text.index("国内生产总值增长5%左右")
    target = Target(metric="gdp_growth", year=2025, value=Decimal(5), low=None, high=None, unit="%",
                    qualifier="approx", absent=False, text="国内生产总值增长5%左右", start=gdp,
                    end=gdp + len("国内生产总值增长5%左右"))
    term_spans = [Span(i, i + 3) for i in range(len(doc.text)) if doc.text.startswith("科学家", i)]
    terms = (Term("科学家", len(term_spans), Decimal("1.5"), tuple(term_spans)),)
    return Digest(document=doc, lens="science", terms=terms, indicators=tuple(indicators), targets=(target,),
                  items=tuple(items), tasks=tuple(extract_tasks(doc, items)), entities=tuple(extract_entities(doc)))


def test_headline(digest):
    md = render_markdown(digest)
    assert md.startswith("# 划重点｜光明区党代会报告\n")
    assert "> 第二届代表大会第三次会议 · 2025-01-15" in md


def test_key_terms_with_counts(digest):
    md = render_markdown(digest)
    assert "“科学家”出现 **2** 次" in md
    # the lens's own core words lead, as in a newsroom's 划重点
    assert "**科学元素**：“科学”出现 **2** 次、" in md
    assert "*视角：科学元素。" in md


def test_achievements_by_theme_with_numbers_in_bold(digest):
    md = render_markdown(digest)
    review = md.index("## 2024年工作回顾")
    assert md.index("### 实力跃升", review) < md.index("### 人才云集", review)
    assert "- 全社会研发投入强度**连续6年**高于全市平均水平（2024年工作回顾，第2段）" in md
    assert "- 新引进标志性科学家**3人**（" in md


def test_plans_by_theme_with_task_verbs_in_bold(digest):
    md = render_markdown(digest)
    plan = md.index("## 2025年工作安排")
    assert md.index("### 创新驱动", plan) > plan
    assert "- **推动**鹏城云脑Ⅲ、超算二期点亮（2025年工作安排，第6段）" in md


def test_targets_table(digest):
    md = render_markdown(digest)
    assert "| 国内生产总值增长 | 2025 | 5%左右 | 国内生产总值增长5%左右 |" in md


def test_institutions_and_facilities(digest):
    md = render_markdown(digest)
    assert "- **机构**：深圳湾实验室、光明实验室" in md
    assert "鹏城云脑Ⅲ" in md[md.index("## 重点机构与设施"):]


def test_long_themes_are_capped_and_say_so(digest):
    md = render_markdown(digest, per_theme=1)
    assert "……另有 1 条（按新闻价值只列前 1 条）" in md


def test_bullets_are_the_reports_words(digest):
    md = render_markdown(digest).replace("**", "")
    bullets = [b for g in build_view(digest).groups for t in g.themes for b in t.bullets]
    assert bullets
    for b in bullets:
        assert digest.document.text[b.start:b.end] == b.text
        assert f"- {b.text}（" in md


def test_targets_are_worded_as_on_the_page_and_poster(digest):
    # One phrasing for every output: a range as 6.5-7% (the 2016 report's 6.5%－7%), 超过 before the number.
    gdp = digest.targets[0]
    ranged = replace(gdp, value=None, low=Decimal("6.5"), high=Decimal("7"), qualifier="range")
    jobs = replace(gdp, metric="urban_new_jobs", value=Decimal(1200), unit="万人", qualifier="more_than")
    d = replace(digest, targets=(ranged, jobs))
    shown = [row.value for row in build_view(d).targets]
    assert shown == ["6.5-7%", "超过1200万人"]
    md = render_markdown(d)
    assert "| 国内生产总值增长 | 2025 | 6.5-7% |" in md and "| 城镇新增就业 | 2025 | 超过1200万人 |" in md


def test_target_labels_are_the_pages_below_national_too(digest):
    # Guangdong 2026: 地区生产总值增长5%左右 — a province's GDP is its 地区生产总值, on every output.
    doc = replace(digest.document, meta=replace(digest.document.meta, level="provincial"))
    energy = replace(digest.targets[0], metric="energy_intensity", value=Decimal("2.5"))
    d = replace(digest, document=doc, targets=(digest.targets[0], energy))
    assert [row.label for row in build_view(d).targets] == ["地区生产总值增长", "单位地区生产总值能耗降低"]
    md = render_markdown(d)
    assert "| 地区生产总值增长 | 2025 | 5%左右 |" in md and "| 单位地区生产总值能耗降低 | 2025 | 2.5%左右 |" in md


def test_adjacent_bold_runs_merge_across_an_empty_one():
    from huazhongdian.render.markdown import _merged

    assert _merged([("办好", True), ("", False), ("30项", True), ("民生实事", False)]) == [
        ("办好30项", True), ("民生实事", False)]
