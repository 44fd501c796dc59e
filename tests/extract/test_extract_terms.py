"""Term counting: the lexicon as data, and the stated rule count == str.count."""

from __future__ import annotations

from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huazhongdian.errors import BadInput
from huazhongdian.extract.terms import (
    count_term, extract_terms, find_spans, load_lexicon, load_lexicon_categories,
)
from huazhongdian.types import Document, Span

TERMS = Path(__file__).resolve().parent.parent / "fixtures" / "terms"
NATIONAL_2025 = (TERMS / "national-2025.txt").read_text("utf-8")
DOC_2025 = Document(text=NATIONAL_2025)


def lexicon_lines() -> list[str]:
    raw = resources.files("huazhongdian.data").joinpath("terms.txt").read_text("utf-8")
    return [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def test_lexicon_has_at_least_500_distinct_clean_terms() -> None:
    lines = lexicon_lines()
    terms = [line.split("\t")[0] for line in lines]
    assert len(terms) >= 500
    assert len(terms) == len(set(terms)), "duplicate terms"
    assert all(t and t == t.strip() and not any(c.isspace() for c in t) for t in terms)
    assert all(line.count("\t") == 1 for line in lines), "term<TAB>category on every line"
    assert load_lexicon() == tuple(terms)


def test_lexicon_holds_the_terms_issue_2_names() -> None:
    lexicon = set(load_lexicon())
    for term in ("新质生产力", "高质量发展", "科技创新", "一带一路", "专精特新", "粤港澳大湾区",
                 "鹏城云脑Ⅲ", "人工智能+", "双碳", "碳达峰", "乡村振兴", "共同富裕", "中国式现代化",
                 "新型工业化", "未来产业", "低空经济", "统一大市场", "银发经济"):
        assert term in lexicon, term


def test_lexicon_categories() -> None:
    categories = load_lexicon_categories()
    assert categories["新质生产力"] == "economy"
    assert categories["鹏城云脑Ⅲ"] == "technology"
    assert set(categories.values()) == {"economy", "technology", "agriculture", "ecology", "opening",
                                        "region", "society", "governance", "party", "security", "slogan"}


def test_count_and_density_of_a_real_term() -> None:
    term = count_term(DOC_2025, "科技创新")
    assert term.count == 7 == NATIONAL_2025.count("科技创新")
    assert term.per_10k == Decimal("3.81")  # 7 * 10000 / 18366 = 3.811…
    assert term.spans[0] == Span(4861, 4865)
    assert all(NATIONAL_2025[s.start:s.end] == "科技创新" for s in term.spans)


def test_nested_terms_count_in_both() -> None:
    outer = count_term(DOC_2025, "专精特新中小企业")
    inner = count_term(DOC_2025, "专精特新")
    assert (outer.count, inner.count) == (1, 1)
    assert outer.spans[0].start == inner.spans[0].start
    assert count_term(DOC_2025, "科技").count == 30  # includes the 7 inside 科技创新


def test_overlapping_occurrences_count_once_like_str_count() -> None:
    # A term that overlaps itself: the rule is str.count's left-to-right, non-overlapping scan.
    doc = Document(text="稳稳稳")
    assert count_term(doc, "稳稳").count == 1 == "稳稳稳".count("稳稳")
    assert find_spans("稳稳稳", "稳稳") == (Span(0, 2),)


def test_user_terms_keep_order_and_zeros() -> None:
    counted = extract_terms(DOC_2025, ["科技创新", "不在报告里的词", "科技创新", "新质生产力"])
    assert [(t.term, t.count) for t in counted] == [("科技创新", 7), ("不在报告里的词", 0), ("新质生产力", 2)]
    assert counted[1].per_10k == Decimal("0.00") and counted[1].spans == ()


def test_lexicon_terms_most_frequent_first_party_formulae_last() -> None:
    found = extract_terms(DOC_2025, top_k=5)
    assert [(t.term, t.count) for t in found] == [
        ("民生", 20), ("制造业", 13), ("高质量发展", 9), ("科技创新", 7), ("绿色低碳", 7)]
    everything = [t.term for t in extract_terms(DOC_2025, top_k=None)]
    # 党中央 (12) and 新时代 (10) are still counted, after every policy term.
    assert everything.index("党中央") > everything.index("医保")
    assert {"党中央", "新时代"} <= set(everything)


def test_every_lexicon_count_matches_str_count() -> None:
    for term in extract_terms(DOC_2025, top_k=None):
        assert term.count == NATIONAL_2025.count(term.term) == len(term.spans) > 0


def test_empty_term_is_refused() -> None:
    with pytest.raises(BadInput, match="empty term"):
        count_term(DOC_2025, "")


def test_empty_document() -> None:
    assert count_term(Document(text=""), "民生").per_10k == Decimal(0)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_substring_counts_like_str_count(data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(NATIONAL_2025) - 1))
    term = NATIONAL_2025[start:start + data.draw(st.integers(1, 8))]
    counted = count_term(DOC_2025, term)
    assert counted.count == NATIONAL_2025.count(term) == len(counted.spans) >= 1
    assert all(NATIONAL_2025[s.start:s.end] == term for s in counted.spans)
    assert all(a.end <= b.start for a, b in zip(counted.spans, counted.spans[1:]))


def test_fixture_is_cut_from_the_corpus_report(corpus: Path) -> None:
    # The fixture is the report's normalised text (hzd.read of the corpus file, licence
    # trailer dropped); every line of it is a line of the corpus file.
    raw = (corpus / "national-series" / "2025.txt").read_text("utf-8")
    assert raw.startswith(NATIONAL_2025)


# --- word_count: occurrences on word boundaries -----------------------------------------------

MINSHENG_1981 = Path(__file__).resolve().parents[1] / "fixtures" / "terms" / "national-1981-minsheng.txt"


def test_word_count_leaves_out_a_term_inside_a_longer_word() -> None:
    from huazhongdian.load import read

    doc = read(MINSHENG_1981)  # three paragraphs of the 1981 report: 人民生活 ×6, 农民生活 ×1
    minsheng = count_term(doc, "民生")
    assert minsheng.count == doc.text.count("民生") == 7  # the stated rule is unchanged
    assert minsheng.word_count == 0  # every one sits inside 人民生活 or 农民生活
    assert count_term(doc, "人民生活").word_count == count_term(doc, "人民生活").count == 6


def test_word_count_on_the_2025_report() -> None:
    terms = {t.term: t for t in extract_terms(DOC_2025, ["民生", "新质生产力", "科技"])}
    assert (terms["新质生产力"].count, terms["新质生产力"].word_count) == (2, 2)
    assert terms["民生"].word_count < terms["民生"].count
    assert all(t.word_count <= t.count for t in terms.values())


def test_count_words_counts_spans_on_boundaries() -> None:
    from huazhongdian.extract.terms import count_words

    text = "改善人民生活，保障民生。"
    assert count_words(text, find_spans(text, "民生")) == 1
    assert count_words(text, find_spans(text, "人民生活")) == 1
