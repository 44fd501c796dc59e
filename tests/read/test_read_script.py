"""Matching text for traditional-script reports: one character for one, offsets unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.classify.lens import classify_items, load_lens
from huazhongdian.classify.mode import classify_mode_at
from huazhongdian.extract.entities import extract_entities
from huazhongdian.extract.keywords import extract_keywords
from huazhongdian.extract.terms import extract_terms
from huazhongdian.script import fold, is_traditional, matching_text, traditional_share


@pytest.fixture(scope="module")
def doc_1954(fixtures: Path) -> hzd.Document:
    return hzd.read(fixtures / "older" / "national-1954-excerpt.txt")


def test_fold_maps_one_character_to_one() -> None:
    assert fold("農業經濟發展") == "农业经济发展"
    assert fold("關於憲法草案的報告") == "关于宪法草案的报告"
    # Simplified text and everything that is not a traditional character pass through.
    assert fold("科技创新 2025年 GDP") == "科技创新 2025年 GDP"


def test_traditional_report_is_detected_and_simplified_is_not(doc_1954: hzd.Document, fixtures: Path) -> None:
    assert traditional_share(doc_1954.text) > 0.25
    assert is_traditional(doc_1954.text)
    simplified = (fixtures / "structure" / "national-2025-head.txt").read_text("utf-8")
    assert traditional_share(simplified) == 0.0
    assert not is_traditional(simplified)


def test_matching_text_keeps_length_and_only_maps_traditional_reports(doc_1954: hzd.Document,
                                                                        fixtures: Path) -> None:
    match = matching_text(doc_1954)
    assert len(match) == len(doc_1954.text)
    start = doc_1954.text.index("現代化的農業")
    assert match[start:start + 6] == "现代化的农业"
    assert "農業" in doc_1954.text  # the report itself is untouched
    simplified = hzd.read(fixtures / "structure" / "national-2025-head.txt")
    assert matching_text(simplified) is simplified.text


def test_terms_are_found_and_reported_in_the_reports_own_characters(doc_1954: hzd.Document) -> None:
    found = {t.term: t.count for t in extract_terms(doc_1954, top_k=None)}
    # 人民代表大会 and 国防现代化 are lexicon terms; before, the excerpt matched none.
    assert found == {"人民代表大會": 1, "國防現代化": 1}
    for term in extract_terms(doc_1954, top_k=None):
        assert term.count == doc_1954.text.count(term.term) == len(term.spans)
        assert all(doc_1954.text[s.start:s.end] == term.term for s in term.spans)


def test_user_terms_keep_the_exact_string_rule(doc_1954: hzd.Document) -> None:
    asked = {t.term: t.count for t in extract_terms(doc_1954, ["农业", "農業"])}
    assert asked == {"农业": 0, "農業": doc_1954.text.count("農業")}


def test_keywords_are_segmented_in_matching_form_and_shown_as_written(doc_1954: hzd.Document) -> None:
    words = {k.term: k.count for k in extract_keywords(doc_1954)}
    assert words["重工業"] == doc_1954.text.count("重工業") == 6
    assert words["交通運輸業"] == 3
    assert all(n == doc_1954.text.count(w) for w, n in words.items())


def test_lens_cues_and_modes_match_traditional_text(doc_1954: hzd.Document) -> None:
    items = classify_items(doc_1954, [], load_lens("general"))
    themes = {i.theme for i in items}
    assert {"经济运行", "三农", "政府建设"} <= themes
    assert all(doc_1954.text[i.start:i.end] == i.text for i in items)
    start = doc_1954.text.index("繼續進行對資本主義工商業的改造")
    assert classify_mode_at(doc_1954, start, start + 15) == "plan"


@pytest.mark.corpus
def test_whole_1954_report_before_and_after(corpus: Path) -> None:
    doc = hzd.read(corpus / "national-series" / "1954.txt")
    terms = {t.term: t.count for t in extract_terms(doc, top_k=None)}
    # Without the matching text only 民生, 油料 and 民主集中制 were found.
    assert terms["人民代表大會"] == 15
    assert terms["官僚主義"] == 6
    assert terms["民族地區"] == 5
    assert len(terms) >= 15
    entities = extract_entities(doc)
    assert all(doc.text[s.start:s.end] == e.name for e in entities for s in e.spans)
    keywords = [k.term for k in extract_keywords(doc)]
    assert "日內瓦" in keywords and "中華人民共和國憲法" in keywords
    assert doc.meta.meeting == "第一届全国人民代表大会第一次会议"


def test_simplified_text_is_returned_as_the_same_object_from_the_cache(fixtures: Path) -> None:
    # Components take the cheap path when ``matching_text(doc) is doc.text``; a second read of
    # the same file (an equal but distinct string) must get its own object back.
    path = fixtures / "structure" / "national-2025-head.txt"
    first, second = hzd.read(path), hzd.read(path)
    assert matching_text(first) is first.text
    assert matching_text(second) is second.text


def test_variant_forms_fold_too(fixtures: Path) -> None:
    # The 1954 report prints 衞生 and 選擧, variant forms OpenCC's table leaves alone (data/script_variants.tsv).
    assert fold("愛國衞生運動") == "爱国卫生运动"
    assert fold("選擧") == "选举"
    text = (fixtures / "oldread" / "national-1954-variants.txt").read_text(encoding="utf-8")
    folded = fold(text)
    assert len(folded) == len(text) and "卫生" in folded and "衞" not in folded
