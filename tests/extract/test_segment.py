"""Segmentation: offsets, the user dictionary, and Roman numerals (鹏城云脑Ⅲ)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huazhongdian.extract import segment as seg

TERMS = Path(__file__).resolve().parent.parent / "fixtures" / "terms"
NATIONAL_2025 = (TERMS / "national-2025.txt").read_text("utf-8")
# 广东省2026年政府工作报告: "……建成鹏城云脑Ⅲ、国家超算深圳中心二期。"
PENGCHENG = (TERMS / "guangdong-2026-pengcheng.txt").read_text("utf-8")


def test_roman_numeral_term_stays_whole() -> None:
    words = seg.segment(PENGCHENG)
    assert "鹏城云脑Ⅲ" in words
    assert "Ⅲ" not in words


def test_lexicon_terms_stay_whole() -> None:
    words = set(seg.segment(NATIONAL_2025))
    for term in ("新质生产力", "专精特新中小企业", "人工智能+", "粤港澳大湾区", "高质量发展", "两重"):
        assert term in words, term


def test_zhuanjingtexin_stays_whole() -> None:
    # 2024 report: "……促进中小企业专精特新发展。" — plain jieba cuts 专精/特新.
    national_2024 = (TERMS / "national-2024.txt").read_text("utf-8")
    assert "专精特新" in seg.segment(national_2024)
    # The longer lexicon entry wins where it fits: "促进专精特新中小企业发展" (2025).
    assert seg.segment("促进专精特新中小企业发展") == ["促进", "专精特新中小企业", "发展"]


def test_tokens_carry_their_offsets() -> None:
    tokens = seg.tokenize(NATIONAL_2025)
    assert all(NATIONAL_2025[start:end] == word for word, start, end in tokens)
    assert [start for _, start, _ in tokens[1:]] == [end for _, _, end in tokens[:-1]]
    assert tokens[0][1] == 0 and tokens[-1][2] == len(NATIONAL_2025)


def test_pengcheng_offsets_point_at_the_original_numeral() -> None:
    (word, start, end), = [t for t in seg.tokenize(PENGCHENG) if t[0].startswith("鹏城")]
    assert (word, end - start) == ("鹏城云脑Ⅲ", 5)
    assert PENGCHENG[end - 1] == "Ⅲ"


def test_mask_keeps_length_and_only_touches_roman_numerals() -> None:
    assert len(seg.mask(PENGCHENG)) == len(PENGCHENG)
    assert seg.mask("建成鹏城云脑Ⅲ、二期") == "建成鹏城云脑\u9fa8、二期"
    assert seg.mask(NATIONAL_2025) == NATIONAL_2025  # no Roman numerals in the 2025 report


def test_user_words_hold_the_lexicon() -> None:
    words = seg.user_words()
    assert "鹏城云脑Ⅲ" in words and "新质生产力" in words
    assert all(len(w) >= 2 for w in words)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_segmentation_covers_any_slice_exactly(data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(NATIONAL_2025) - 1))
    end = data.draw(st.integers(start, min(len(NATIONAL_2025), start + 400)))
    text = NATIONAL_2025[start:end]
    assert "".join(seg.segment(text)) == text
    assert all(text[s:e] == w for w, s, e in seg.tokenize(text, hmm=False))


def test_backend_is_rjieba_when_installed() -> None:
    pytest.importorskip("rjieba")
    assert seg.backend_name() == "rjieba"


def test_jieba_fallback_keeps_roman_numerals_too() -> None:
    cut = seg._load_jieba([seg.mask(w) for w in ("鹏城云脑Ⅲ", "国家超算深圳中心")]).tokenize
    text = "建成鹏城云脑Ⅲ、国家超算深圳中心二期。"
    words = [text[s:e] for _, s, e in cut(seg.mask(text), True)]
    assert words[:4] == ["建成", "鹏城云脑Ⅲ", "、", "国家超算深圳中心"]


def test_segment_unmasks_roman_numerals_and_agrees_with_tokenize() -> None:
    assert seg.segment(PENGCHENG) == [w for w, _, _ in seg.tokenize(PENGCHENG)]


def test_text_that_already_holds_a_stand_in_is_cut_from_offsets() -> None:
    text = "\u9fa6字与鹏城云脑Ⅲ"  # a real U+9FA6 ideograph next to a masked Ⅲ
    words = seg.segment(text)
    assert "".join(words) == text and "鹏城云脑Ⅲ" in words


def test_gazetteer_names_join_the_user_dictionary() -> None:
    from importlib import resources

    gazetteer = resources.files("huazhongdian.data").joinpath("gazetteer.tsv")
    if not gazetteer.is_file():
        pytest.skip("no entity gazetteer shipped")
    names = [line.split("\t")[0] for line in gazetteer.read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert {n for n in names if len(n) >= 2} <= set(seg.user_words())
    # 深圳理工大学 is not in jieba's dictionary; from the gazetteer it stays one word.
    if "深圳理工大学" in names:
        assert "深圳理工大学" in seg.segment("百年中大、深圳理工大学加快建设世界一流研究型大学。")


def test_segmenting_from_many_threads_at_first_use_is_safe():
    # The web app digests in a thread pool; the first requests race to load the segmenter.
    # Run in a fresh interpreter: loading twice in one process would add the user words
    # to rjieba's global dictionary twice and change later cuts for the other tests.
    import subprocess
    import sys

    script = (
        "from concurrent.futures import ThreadPoolExecutor\n"
        "from huazhongdian.extract.segment import segment\n"
        "text = '推动鹏城云脑Ⅲ、超算二期点亮，加快发展新质生产力。' * 50\n"
        "with ThreadPoolExecutor(8) as pool:\n"
        "    results = list(pool.map(lambda _: segment(text), range(16)))\n"
        "assert all(r == results[0] for r in results)\n"
        "print('鹏城云脑Ⅲ' in results[0], '新质生产力' in results[0])\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "True"]
