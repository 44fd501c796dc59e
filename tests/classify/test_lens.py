"""Lenses: loading (built-in, user file, errors), themes, relevance, faithful items."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from huazhongdian.classify.lens import (
    builtin_lenses, classify_items, load_lens, score_item, score_theme,
)
from huazhongdian.errors import BadLens
from huazhongdian.load import read, read_text
from huazhongdian.types import Indicator

SCIENCE_ACHIEVEMENT = ["实力跃升", "平台焕新", "人才云集", "成果出圈", "产业发展", "金融赋能", "开放合作"]
SCIENCE_PLAN = ["创新驱动", "企业主导", "成果转化", "人才聚能"]


def test_builtin_lenses():
    assert builtin_lenses() == ["general", "science"]


def test_science_lens_has_the_seed_themes():
    lens = load_lens("science")
    assert lens.title == "科学元素"
    assert [t.label for t in lens.themes_for("achievement")] == SCIENCE_ACHIEVEMENT
    assert [t.label for t in lens.themes_for("plan")] == SCIENCE_PLAN
    # targets are plans for the year ahead
    assert [t.label for t in lens.themes_for("target")] == SCIENCE_PLAN
    assert lens.min_score == Decimal(3)


def test_general_lens_has_the_usual_chapters():
    labels = [t.label for t in load_lens("general").themes]
    assert labels[:3] == ["经济运行", "科技创新", "产业"]
    assert {"改革开放", "区域", "民生", "生态", "安全", "政府建设"} <= set(labels)


def test_unknown_lens_names_the_builtins():
    with pytest.raises(BadLens) as err:
        load_lens("sciense")
    assert "general, science" in str(err.value)
    assert err.value.source == "sciense"


@pytest.mark.parametrize(("content", "reason"), [
    ("name = 'x'\n[[themes]]\nlabel = 'a'\ncues = {b = 1}\n[[themes", "not a valid TOML lens"),
    ("name = 'x'\n", "at least one [[themes]]"),
    ("name = 'x'\n[[themes]]\ncues = {b = 1}\n", "needs a label"),
    ("name = 'x'\n[[themes]]\nlabel = 'a'\ncues = {b = 'heavy'}\n", "numeric weight"),
    ("name = 'x'\n[[themes]]\nlabel = 'a'\nmodes = ['past']\n", "modes must be"),
    ("name = 'x'\n[relevance]\nmin_score = -1\n[[themes]]\nlabel = 'a'\n", "min_score"),
])
def test_bad_lens_files_raise_bad_lens_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "mine.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BadLens) as err:
        load_lens(str(path))
    assert err.value.source == str(path)
    assert reason in err.value.reason


def test_missing_lens_file(tmp_path):
    with pytest.raises(BadLens, match="no such lens file"):
        load_lens(str(tmp_path / "nope.toml"))


def test_user_lens_classifies_items(tmp_path, sample_path):
    path = tmp_path / "green.toml"
    path.write_text(
        'title = "绿色"\n[relevance]\nmin_score = 3\n[relevance.cues]\n"生态" = 3\n"绿色" = 3\n"碳" = 3\n'
        '[[themes]]\nlabel = "降碳"\ncues = {"碳" = 3, "能耗" = 2}\n'
        '[[themes]]\nlabel = "治污"\ndefault = true\ncues = {"污染" = 3, "生态" = 1}\n',
        encoding="utf-8",
    )
    lens = load_lens(str(path))
    assert lens.name == "green"  # from the file name when the lens names none
    doc = read(sample_path)
    items = classify_items(doc, [], lens)
    by_text = {i.text: i for i in items}
    assert by_text["开展煤电低碳化改造试点示范。"].theme == "降碳"
    assert by_text["强化生态环境综合治理，主要污染物排放量继续下降。"].theme == "治污"
    assert all(("生态" in i.text or "绿色" in i.text or "碳" in i.text or i.relevance >= 3) for i in items)
    assert "全面提高人才队伍质量。" not in by_text


@pytest.mark.parametrize(("mode", "text", "theme"), [
    ("achievement", "全社会研发投入强度连续6年高于全市平均水平。", "实力跃升"),
    ("achievement", "深圳医学科学院成为大湾区最具竞争力、创新力、影响力的医学研究机构。", "平台焕新"),
    ("achievement", "新引进标志性科学家3人。", "人才云集"),
    ("achievement", "荣获国家级科技进步2个、国家级技术发明1个、省级科技进步6个。", "成果出圈"),
    ("achievement", "落地全市首支种子基金。", "金融赋能"),
    ("plan", "推动鹏城云脑Ⅲ、超算二期点亮。", "创新驱动"),
    ("plan", "支持链主企业组建制造业创新中心、产业创新中心、技术创新中心等平台。", "企业主导"),
    ("plan", "健全人才激励机制，赋予学科带头人和科研团队更大技术路线决定权。", "人才聚能"),
])
def test_science_themes_from_cue_words(mode, text, theme):
    assert score_theme(load_lens("science"), mode, text)[0] == theme


def test_science_lens_keeps_only_science(fixtures):
    doc = read(fixtures / "classify" / "national-2022-cpc-20th-congress-report.txt")
    items = classify_items(doc, [], load_lens("science"))
    texts = [i.text for i in items]
    assert any(t.startswith("加强基础研究") for t in texts)
    assert any(t.startswith("加快建设国家战略人才力量") for t in texts)
    assert not any(t.startswith("大自然是人类") for t in texts)
    assert not any(t.startswith("坚持房子是用来住的") for t in texts)
    assert all(i.relevance >= 3 for i in items)
    assert 40 <= len(items) <= 200


def test_items_carry_section_paragraph_and_indicators(sample_path):
    doc = read(sample_path)
    text = "单位国内生产总值能耗降低3%左右，生态环境质量持续改善。"
    start = doc.text.index(text) + text.index("降低3%左右")
    inside = _indicator(doc, start, start + len("降低3%左右"))
    outside = _indicator(doc, 0, 2)
    items = classify_items(doc, [outside, inside], load_lens("general"))
    item = next(i for i in items if i.text == text)
    assert item.mode == "target"
    assert item.theme == "生态"
    assert item.indicator_ids == (1,)
    assert item.section.startswith("二、2025年经济社会发展总体要求")
    assert doc.paragraphs[item.paragraph].start <= item.start < doc.paragraphs[item.paragraph].end


def _indicator(doc, start: int, end: int) -> Indicator:
    return Indicator(text=doc.text[start:end], start=start, end=end, sentence="", sentence_start=start,
                     sentence_end=end, metric="", value=None, unit="", base_value=None, base_unit="",
                     qualifier=None, low=None, high=None, from_value=None, direction=None, kind="level",
                     mode="other", period=None)


def test_score_item_agrees_with_classify_items(fixtures):
    doc = read(fixtures / "classify" / "beijing-2026-gov-work-report.txt")
    for name in ("science", "general"):
        lens = load_lens(name)
        for item in classify_items(doc, [], lens):
            theme, rel, kept = score_item(doc, item.start, item.end, item.mode, lens)
            assert (theme, rel, kept) == (item.theme, item.relevance, True)


_LINES: list[str] = []


def _real_lines(fixtures_dir) -> list[str]:
    if not _LINES:
        text = (fixtures_dir / "classify" / "guangdong-2026-gov-work-report.txt").read_text("utf-8")
        _LINES.extend(line for line in text.splitlines() if line.strip())
    return _LINES


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_items_are_faithful_on_random_mixes_of_real_lines(fixtures, data):
    lines = _real_lines(fixtures)
    picked = data.draw(st.lists(st.sampled_from(lines), min_size=1, max_size=12))
    bullets = data.draw(st.lists(st.sampled_from(["", "• ", "  ", "一是"]), min_size=len(picked),
                                 max_size=len(picked)))
    doc = read_text("\n".join(b + line for b, line in zip(bullets, picked)) + "\n")
    for name in ("science", "general"):
        items = classify_items(doc, [], load_lens(name))
        for item in items:
            assert doc.text[item.start:item.end] == item.text
            assert item.text == item.text.strip() and not item.text.startswith("•")
            assert item.mode in ("achievement", "plan", "target")
        assert [i.start for i in items] == sorted(i.start for i in items)


@pytest.mark.parametrize("text,theme", [
    # Yunnan 2026, in its 民生 part: the elderly, a county's medical community, a football league
    ("招募留用银龄人才5494人，银龄行动成效走在全国前列。", "民生"),
    ("124个县域医共体全部达到紧密型标准，医改经验向全国推介。", "民生"),
    ("举办第一届云南省城市足球联赛。", "文化"),
    # Fujian 2026: cross-strait work, not 三农 for its 台湾农民创业园
    ("台湾农民创业园综合考评连年包揽大陆前六名，累计出台326项两岸共通标准。", "国防外交"),
])
def test_general_themes_of_the_elderly_sport_and_cross_strait_work(text, theme):
    from huazhongdian import digest

    d = digest(read_text("一、2025年工作回顾\n" + text + "\n"), lens="general")
    assert [i.theme for i in d.items] == [theme]


@pytest.mark.parametrize("text,theme", [
    # wt-rankold: the chapters an old national report writes (its sectors, transport, 经济体制), each in a
    # sentence of our own, not a reference fact's: with no cue of theirs they fell to the default 经济运行
    ("要继续增加煤炭和电力的生产，抓好轻工业和纺织工业。", "产业"),
    ("要加强铁路、公路和港口的建设，提高运输能力。", "区域"),
    ("要积极稳妥地推进经济体制改革，试行股份制。", "改革开放"),
])
def test_general_themes_of_an_old_reports_chapters(text, theme):
    from huazhongdian import digest

    d = digest(read_text("一、今年的工作任务\n" + text + "\n"), lens="general")
    assert [i.theme for i in d.items] == [theme]


def test_a_session_name_is_no_government_building():
    # "……已经七届全国人大五次会议批准" names the session that approved a project: the 人大 in it is procedure
    lens = load_lens("general")
    cues = next(t for t in lens.themes if t.label == "政府建设").cues
    text = "这项工程已经全国人大五次会议批准"
    assert sum(w for cue, w in cues if cue in text) <= 0
