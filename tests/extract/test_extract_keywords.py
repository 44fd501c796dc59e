"""Distinctive keywords scored against the shipped background of real reports."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from huazhongdian.extract.keywords import (
    candidate_counts, extract_keywords, in_background, is_candidate, load_background, load_stopwords,
    same_report, sketch,
)
from huazhongdian.types import Document

ROOT = Path(__file__).resolve().parent.parent.parent
TERMS = ROOT / "tests" / "fixtures" / "terms"
GENERIC_VERBS = ("发展", "推进", "建设", "加快", "加强", "推动", "坚持", "提高", "实施", "完善", "全面", "深化")


def national(year: int) -> Document:
    return Document(text=(TERMS / f"national-{year}.txt").read_text("utf-8"))


@pytest.fixture(scope="module")
def top_2024() -> list:
    return extract_keywords(national(2024))


@pytest.fixture(scope="module")
def top_2025() -> list:
    return extract_keywords(national(2025))


def test_2024_and_2025_differ(top_2024: list, top_2025: list) -> None:
    words_2024 = {k.term for k in top_2024}
    words_2025 = {k.term for k in top_2025}
    assert len(words_2024) == len(words_2025) == 20
    assert len(words_2024 & words_2025) < 10


def test_no_stopwords_or_generic_verbs(top_2024: list, top_2025: list) -> None:
    stop = load_stopwords()
    assert set(GENERIC_VERBS) <= stop
    for kw in top_2024 + top_2025:
        assert kw.term not in stop
        assert not any(kw.term == verb for verb in GENERIC_VERBS)


def test_what_sets_2025_apart(top_2025: list) -> None:
    words = [k.term for k in top_2025]
    # The 2025 report is the first to promise to stabilise 楼市 and 股市 and to 止跌回稳.
    assert {"楼市", "股市", "止跌回稳", "教育强国"} <= set(words)


def test_what_sets_2024_apart(top_2024: list) -> None:
    words = {k.term for k in top_2024}
    assert {"全球文明倡议", "高质量发展", "新型城镇化"} <= words


def test_scores_descend_and_counts_follow_the_term_rule(top_2025: list) -> None:
    text = national(2025).text
    assert [k.score for k in top_2025] == sorted((k.score for k in top_2025), reverse=True)
    assert all(isinstance(k.score, Decimal) and k.score.as_tuple().exponent == -2 for k in top_2025)
    assert all(k.count == text.count(k.term) >= 2 for k in top_2025)


def test_leave_one_out_recognises_the_report(top_2025: list) -> None:
    doc = national(2025)
    assert in_background(doc.text)
    # Forget that the report is in the background: it is then compared partly with itself
    # and looks less unusual.
    anonymous = extract_keywords(doc, background=replace(load_background(), sketches=()))
    by_term = {k.term: k.score for k in anonymous}
    assert all(by_term[k.term] < k.score for k in top_2025 if k.term in by_term)
    assert len(by_term.keys() & {k.term for k in top_2025}) >= 10


def test_sketch_ignores_spacing_and_trailers_but_not_content() -> None:
    text = national(2025).text
    mine = sketch(text)
    assert len(mine) > 30
    # The licence trailer of the corpus copy (the reader strips it), and single line breaks.
    trailer = "\n\n本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文。"
    assert same_report(mine, sketch(text.replace("\n\n", "\n") + trailer))
    assert same_report(mine, sketch(national(2024).text[:300] + text))
    assert not same_report(mine, sketch(national(2024).text))
    assert not in_background(national(2024).text[:5000] + text[:5000])


def test_candidates_filter_numbers_units_and_stopwords() -> None:
    assert is_candidate("新质生产力") and is_candidate("RCEP") and is_candidate("十四五")
    for word in ("发展", "推进", "亿元", "第三节", "二十", "三分之二", "两成", "多亿元", "2025", "3.5%", "，", "云",
                 "二点六", "等于"):
        assert not is_candidate(word), word


def test_candidate_counts_come_from_the_segmenter_with_the_lexicon() -> None:
    counts = candidate_counts("促进专精特新中小企业发展，推动先立后破")
    assert counts == {"专精特新中小企业": 1, "先立后破": 1}


def test_short_and_empty_texts() -> None:
    assert extract_keywords(Document(text="")) == []
    assert extract_keywords(national(2025), top_k=0) == []
    few = extract_keywords(Document(text="建成鹏城云脑Ⅲ、国家超算深圳中心二期。"))
    assert [k.term for k in few][:1] == ["鹏城云脑Ⅲ"]


def test_background_ships_with_the_package() -> None:
    bg = load_background()
    assert bg.docs >= 100 and bg.tokens > 400_000
    assert bg.df["新质生产力"] >= 30 and bg.count["高质量发展"] > bg.df["高质量发展"]
    assert all(df >= 2 for df in bg.df.values())


def test_build_script_counts_and_skips_near_duplicates(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_background", ROOT / "scripts" / "build_background.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for year in (2024, 2025):
        (tmp_path / f"{year}.txt").write_text(national(year).text, "utf-8")
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "2025-again.txt").write_text(national(2024).text[:300] + national(2025).text, "utf-8")
    text, summary = module.build(tmp_path)
    lines = text.splitlines()
    assert lines[:2] == ["#docs\t2", f"#tokens\t{int(lines[1].split()[1])}"]
    sketches = [line for line in lines if line.startswith("#doc\t")]
    assert len(sketches) in (2, 3)  # the copy's sketch may coincide with the original's
    assert "1 near-duplicates skipped" in summary
    rows = {line.split("\t")[0]: line.split("\t")[1:] for line in lines if not line.startswith("#")}
    assert rows["高质量发展"][0] == "2"
    assert "楼市" not in rows  # only in one of the two distinct reports
