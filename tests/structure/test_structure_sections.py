"""Heading hierarchy, paragraphs and their sections, on real report text."""

from __future__ import annotations

from pathlib import Path

from huazhongdian.structure import build_document


def _doc(fixtures: Path, name: str):
    return build_document((fixtures / "structure" / name).read_text("utf-8"))


def test_national_2025_top_sections_and_children(sample_path):
    doc = build_document(sample_path.read_text("utf-8"))
    top = [s for s in doc.sections if s.level == 1]
    assert [s.text for s in top] == [
        "一、2024年工作回顾",
        "二、2025年经济社会发展总体要求和政策取向",
        "三、2025年政府工作任务",
    ]
    third = doc.sections.index(top[2])
    children = [s for s in doc.sections if s.parent == third]
    assert [s.label for s in children] == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）",
                                           "（八）", "（九）", "（十）"]
    assert children[0].text == "（一）大力提振消费、提高投资效益，全方位扩大国内需求。"
    assert children[1].text == "（二）因地制宜发展新质生产力，加快建设现代化产业体系。"
    assert all(s.level == 2 for s in children)
    # Bodies nest: each child ends where the next begins, the last where its parent ends.
    assert [c.body_end for c in children[:-1]] == [c.start for c in children[1:]]
    assert top[2].body_end == len(doc.text)
    # …but the closing address ("各位代表！…") after the last one belongs to the part, not to （十）.
    assert doc.text[children[-1].body_end:].startswith("各位代表")
    assert top[0].body_end == top[1].start


def test_sentence_heading_is_also_a_sentence(fixtures):
    doc = _doc(fixtures, "national-2025-head.txt")
    heading = next(s for s in doc.sections if s.label == "（一）")
    sent = next(s for s in doc.sentences if s.start == heading.start)
    assert (sent.text, sent.end) == (heading.text, heading.end)
    following = doc.sentences[doc.sentences.index(sent) + 1]
    assert following.text.startswith("促进消费和投资")
    assert following.section == doc.sections.index(heading)


def test_standalone_heading_line_is_not_a_sentence(fixtures):
    doc = _doc(fixtures, "national-2025-head.txt")
    heading = doc.sections[0]
    assert heading.text == "一、2024年工作回顾"
    assert all(not (heading.start <= s.start < heading.end) for s in doc.sentences)


def test_district_headings_accept_half_width_brackets(fixtures):
    doc = _doc(fixtures, "hailar-2016-head.txt")
    assert doc.sections[0].text == "一、“十二五”时期和2015年工作回顾"
    assert doc.sections[0].level == 1
    # ——综合实力显著增强。五年来…  lines are list items, not headings.
    items = [s for s in doc.sentences if s.list_marker == "——"]
    assert items[0].text == "综合实力显著增强。"
    assert doc.text[items[0].start - 2:items[0].start] == "——"


def test_plan_outline_levels_and_table_of_contents(fixtures):
    doc = _doc(fixtures, "plan-15th-outline-head.txt")
    # The 目录 lines are not sections: the first section is the body's 第一篇.
    first = doc.sections[0]
    assert (first.label, first.level, first.text) == ("第一篇", 1, "第一篇　奋力开创中国式现代化建设新局面")
    assert first.start > doc.text.index("第六十二章")
    chapter, section = doc.sections[1], doc.sections[2]
    assert (chapter.label, chapter.level, chapter.parent, chapter.text) == ("第一章", 2, 0, "第一章　发展环境")
    assert (section.label, section.level, section.parent) == ("第一节", 3, 1)
    assert [s.label for s in doc.sections if s.level == 1] == ["第一篇", "第二篇"]


def test_seed_article_year_blocks_and_labels(seed_path):
    doc = build_document(seed_path.read_text("utf-8"))
    top = [s for s in doc.sections if s.level == 1]
    assert [(s.label, s.text) for s in top] == [("2024年", "2024年:"), ("2025年", "2025年:")]
    labels = [s.text for s in doc.sections if s.parent == doc.sections.index(top[0])]
    assert labels == ["实力跃升", "平台焕新", "人才云集", "成果出圈", "产业发展", "金融赋能", "开放合作"]
    numbered = [(s.label, s.text) for s in doc.sections if s.parent == doc.sections.index(top[1])][:4]
    assert numbered == [("01", "创新驱动"), ("02", "企业主导"), ("03", "成果转化"), ("04", "人才聚能")]
    # The short poem-like lines of the article's intro are not headings.
    assert "其中" not in {s.text for s in doc.sections}


def test_paragraphs_are_stripped_lines_with_innermost_section(fixtures):
    doc = _doc(fixtures, "hailar-2016-head.txt")
    text = doc.text
    assert [text[p.start:p.end] for p in doc.paragraphs[:3]] == [
        "政 府 工 作 报 告",
        "——2016年2月19日在海拉尔区第十四届人民代表大会第五次会议上",
        "海拉尔区人民政府区长　　杜联合",
    ]
    assert all(text[p.start] not in " \u3000" and text[p.end - 1] not in " \u3000" for p in doc.paragraphs)
    assert doc.paragraphs[0].section is None
    heading_para = next(p for p in doc.paragraphs if p.start == doc.sections[0].start)
    assert heading_para.section == 0


def test_arabic_item_lines_are_list_items_unless_standalone(fixtures):
    text = ("三、2026年工作安排\n"
            "1.“四上”企业：\n"
            "是指规模以上工业企业。\n"
            "2.通过“以工代赈”发放劳务报酬。实现就业。\n")
    doc = build_document(text)
    assert [(s.label, s.level) for s in doc.sections] == [("三、", 1), ("1.", 2)]
    item = next(s for s in doc.sentences if s.list_marker == "2.")
    assert item.text == "通过“以工代赈”发放劳务报酬。"


def test_empty_and_blank_text():
    doc = build_document("\n\n  \n")
    assert (doc.sections, doc.paragraphs, doc.sentences) == ((), (), ())


def _section_of(doc, words: str) -> str:
    sent = next(s for s in doc.sentences if words in s.text)
    return doc.sections[sent.section].text if sent.section is not None else ""


def test_an_address_line_or_a_plan_period_opening_ends_the_last_sub_section():
    # After the review's last "（六）…", "各位代表！" (Sichuan 2026) or "2025年是“十四五”收官之年。"
    # (Anhui 2026) opens the five-year review: it belongs to the part 一、, not to （六）.
    for closer in ("各位代表！\n", ""):
        text = ("一、2025年工作和“十四五”发展回顾\n（六）用心用情办好民生实事。\n城镇新增就业68万人。\n" + closer
                + "2025年是“十四五”收官之年。五年来，经济总量超过5万亿元。\n"
                "二、2026年工作安排\n（一）坚持科技打头阵。\n新组建省实验室10家以上。\n")
        doc = build_document(text)
        assert _section_of(doc, "城镇新增就业") == "（六）用心用情办好民生实事。"
        assert _section_of(doc, "五年来") == "一、2025年工作和“十四五”发展回顾"
        assert _section_of(doc, "新组建") == "（一）坚持科技打头阵。"
