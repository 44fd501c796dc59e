"""Fragment rules for distinctive keywords (issue 12): one test per rule, with the words that stay."""

from __future__ import annotations

from collections import Counter

from huazhongdian.extract import keywords
from huazhongdian.extract.keyword_fragments import (
    is_adverb_phrase, is_inside_longer, is_numeral_piece, is_phrase_piece, is_suffix_word,
)
from huazhongdian.extract.segment import segment_cached


def test_numeral_and_classifier_is_a_piece() -> None:
    for word in ("一部", "十大", "一任", "一带", "六尺"):
        assert is_numeral_piece(word), word
    # a numeral abbreviation that names something, a congress, a word starting with 一
    for word in ("三资", "十三大", "一体化", "统一", "三农"):
        assert not is_numeral_piece(word), word


def test_adverb_and_verb_is_a_phrase() -> None:
    assert is_adverb_phrase("切实增强")
    assert is_adverb_phrase("持续保持")
    for word in ("精准扶贫", "全面小康", "积极", "切实"):
        assert not is_adverb_phrase(word), word


def test_stem_and_suffix_is_an_attribute_or_measure() -> None:
    vocabulary = {"企业", "紧凑", "完成"}
    for word in ("企业型", "紧凑型", "B型", "完成率"):
        assert is_suffix_word(word, vocabulary), word
    # 大模 is no word; 转型, 效率 have one-character stems
    for word in ("大模型", "转型", "效率", "型"):
        assert not is_suffix_word(word, vocabulary), word


def test_word_mostly_inside_one_longer_word() -> None:
    text = "大熊猫国家公园，保护大熊猫，熊猫文化，大熊猫栖息地，熊猫基地，熊猫灯会，大熊猫繁育。"
    words = Counter({"大熊猫": 4, "熊猫": 3, "文化": 1})
    assert text.count("熊猫") == 7
    assert is_inside_longer("熊猫", text, words)
    # cut alone most of the time: a word of its own
    assert not is_inside_longer("熊猫", text, Counter({"大熊猫": 1, "熊猫": 6}))
    # spread over many longer words, none holding it half the time: 阶级 in 无产阶级, 资产阶级 …
    spread = "无产阶级，资产阶级，阶级斗争，地主阶级"
    assert not is_inside_longer("阶级", spread, Counter({"无产阶级": 1, "资产阶级": 1, "阶级斗争": 1, "地主阶级": 1}))


def test_real_keywords_are_not_pieces() -> None:
    text = "发展人工智能和具身智能，壮大低空经济，探索深空。人工智能赋能，低空经济起飞，深空探测。"
    words = Counter(segment_cached(text))
    for word in ("人工智能", "具身智能", "低空经济", "深空"):
        assert not is_phrase_piece(word, text, words, words), word


def test_lexicon_terms_and_programmes_are_exempt() -> None:
    # 京津冀 lies inside 京津冀协同发展 most of the time, but it is a programme (places.tsv)
    text = "京津冀协同发展，京津冀协同发展，京津冀"
    words = Counter({"京津冀协同发展": 2, "京津冀": 1})
    assert is_inside_longer("京津冀", text, words)
    vocabulary = keywords._Vocabulary(words, {})
    assert not keywords._is_piece("京津冀", text, words, vocabulary)
    # 百年奋斗 lies inside 百年奋斗目标 most of the time, but it is a lexicon term (terms.txt)
    text = "百年奋斗目标，百年奋斗目标，百年奋斗"
    words = Counter({"百年奋斗目标": 2, "百年奋斗": 1})
    assert is_inside_longer("百年奋斗", text, words)
    assert not keywords._is_piece("百年奋斗", text, words, keywords._Vocabulary(words, {}))


def test_bare_words_by_part_of_speech():
    # Ningxia 2026's chips held 力推, 参会, 入选 (verbs the segmenter's dictionary tags v) and
    # Hubei's 增至; a numeral piece (三线) and a pronoun (怎么) are no keywords either.
    from huazhongdian.extract.keyword_fragments import is_bare_word
    for word in ("力推", "参会", "入选", "增至", "三线", "怎么", "投运"):
        assert is_bare_word(word), word
    for word in ("葡萄酒", "枸杞", "煤化工", "亮点", "新质生产力"):
        assert not is_bare_word(word), word


def test_quality_suffix_is_a_piece():
    from huazhongdian.extract.keyword_fragments import is_suffix_word
    assert is_suffix_word("实效性", {"实效"})
    assert not is_suffix_word("韧性", {"韧"})


def test_report_verbs_leave_the_chips():
    from huazhongdian.extract.keywords import extract_keywords
    from huazhongdian.load import read_text
    text = ("2026年政府工作报告\n" + "全力推进葡萄酒产业，力推枸杞品牌，葡萄酒大篷车走进全国，入选国家名单，增至十个。" * 4
            + "荣获殊荣，亮点纷呈。" * 3)
    words = [k.term for k in extract_keywords(read_text(text, "t.txt"))]
    assert "葡萄酒" in words
    assert not {"力推", "入选", "增至", "荣获", "亮点"} & set(words)
