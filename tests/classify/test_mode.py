"""Modes: structure first (review part, plan part, the targets passage), then cue words."""

from __future__ import annotations

import pytest

from huazhongdian.classify.mode import classify_mode, classify_mode_at, layout, mode_of_text
from huazhongdian.load import read, read_text


@pytest.fixture(scope="module")
def national_2025(sample_path):
    return read(sample_path)


@pytest.fixture(scope="module")
def congress(fixtures):
    return read(fixtures / "classify" / "national-2022-cpc-20th-congress-report.txt")


def _mode_of(doc, text: str) -> str:
    start = doc.text.index(text)
    return classify_mode_at(doc, start, start + len(text))


@pytest.mark.parametrize(("text", "mode"), [
    # 一、2024年工作回顾
    ("主要表现在，经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%", "achievement"),
    ("扩大职工医保个人账户共济范围。", "achievement"),
    # the problems paragraph of the review
    ("在肯定成绩的同时，我们也清醒看到面临的问题和挑战。", "other"),
    # the headline targets
    ("城镇调查失业率5.5%左右，城镇新增就业1200万人以上；", "target"),
    ("粮食产量1.4万亿斤左右；", "target"),
    ("今年赤字率拟按4%左右安排、比上年提高1个百分点", "target"),
    # 三、2025年政府工作任务
    ("全面提高人才队伍质量。", "plan"),
    ("扎实推进农村改革发展。", "plan"),
    ("今年是“十四五”规划收官之年。", "other"),
])
def test_national_report_modes(national_2025, text, mode):
    assert _mode_of(national_2025, text) == mode


@pytest.mark.parametrize(("text", "mode"), [
    ("我们加快推进科技自立自强，全社会研发经费支出从一万亿元增加到二万八千亿元", "achievement"),
    ("意识形态领域存在不少挑战；", "other"),
    ("加强基础研究，突出原创，鼓励自由探索。", "plan"),
    ("大自然是人类赖以生存发展的基本条件。", "other"),
    ("深化国资国企改革，加快国有经济布局优化和结构调整", "plan"),
])
def test_party_congress_modes(congress, text, mode):
    assert _mode_of(congress, text) == mode


def test_review_and_plan_parts_of_the_congress_report(congress):
    lay = layout(congress)
    review = congress.text.index("一、过去五年的工作")
    chapter_five = congress.text.index("五、实施科教兴国战略")
    assert lay.part_at(review + 10) == "review"
    assert lay.part_at(chapter_five + 10) == "plan"
    assert lay.part_at(0) == "none"


def test_year_labels_split_review_from_plan(seed_path):
    doc = read(seed_path)
    lay = layout(doc)
    assert lay.part_at(doc.text.index("新引进标志性科学家3人")) == "review"
    assert lay.part_at(doc.text.index("积极引进全球顶尖科学家")) == "plan"


def test_classify_mode_takes_a_sentence(national_2025):
    sent = next(s for s in national_2025.sentences if "扩大职工医保个人账户共济范围" in s.text)
    assert classify_mode(national_2025, sent) == "achievement"


def test_layout_is_computed_once_per_text(national_2025):
    assert layout(national_2025) is layout(national_2025)
    copy = read_text(national_2025.text + "\n各位代表！")
    assert layout(copy) is not layout(national_2025)


@pytest.mark.parametrize(("text", "mode"), [
    ("连续4年获评“全国工业百强区”。", "achievement"),
    ("光明科学城香港运营中心正式揭牌。", "achievement"),
    ("推动鹏城云脑Ⅲ、超算二期点亮。", "plan"),
    ("力争创造出更多有效服务经济社会发展的高质量成果。", "plan"),
    ("今年发展主要预期目标是：国内生产总值增长5%左右；", "target"),
    ("内容来源：宝安日报", "other"),
])
def test_cue_words_decide_without_structure(text, mode):
    assert mode_of_text(text) == mode


def test_unstructured_text_uses_cues(fixtures):
    doc = read_text("鹏城云脑Ⅲ通过国家窗口指导，国之重器全速推进，已建成开放。\n积极引进全球顶尖科学家、青年科技人才。\n")
    modes = [classify_mode(doc, s) for s in doc.sentences]
    assert modes == ["achievement", "plan"]


def test_a_heading_takes_its_part_from_its_year():
    # Hainan's and Hebei's 2026 reports: "主要工作" alone says nothing; the year says ahead.
    doc = read_text(
        "一、2025年和“十四五”时期工作回顾\n全省地区生产总值增长5%。\n"
        "二、“十五五”时期主要目标任务\n到2030年，基本建成具有世界影响力的中国特色自由贸易港。\n"
        "三、2026年主要工作\n加快建设海南自由贸易港。\n"
        "四、加强政府自身建设\n坚持政府过紧日子。\n"
    )
    lay = layout(doc)
    assert [h.part for h in lay.headings] == ["review", "plan", "plan", "none"]
    assert [classify_mode(doc, s) for s in doc.sentences if s.text[0] not in "一二三四"] == [
        "achievement", "plan", "plan", "plan"]
