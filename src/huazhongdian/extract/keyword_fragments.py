"""Fragment rules for distinctive keywords: words an editor would never print as one.

The segmenter cuts report prose into words, and some of the words that score as distinctive
are pieces of a phrase rather than words of their own (issue 12, docs/terms.md):

* a numeral and a classifier: 一部 (of 一带一部), 十大, 一任 (of 一任接着一任干);
* an adverb and a verb: 切实增强, 持续保持 — a phrase of the prose, not a topic;
* a stem and an attribute or measure suffix: 企业型, 紧凑型, B型, 完成率;
* a word that lies mostly inside one longer word of the same text: 熊猫 (in 大熊猫), 中轴 (in 中轴线);
* a number's unit or a segmenter's cut inside an unknown name (:func:`is_split_word`): 万辆 (of
  150万辆), 化硅 (of 碳化硅);
* a word the segmenter's dictionary tags as a verb, a numeral, a pronoun or an adjective
  (:func:`is_bare_word`): 增至, 入选, 参会 (a report's verbs, distinctive only by chance), 三线, 怎么.

The wordings are data (``data/keyword_fragments.toml``, with the adverbs and verbs of
``data/task_verbs.toml``). :mod:`.keywords` asks :func:`is_split_word` and :func:`is_phrase_piece`
about each candidate it is about to list; lexicon terms never reach them, programmes never the
phrase rules.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from dataclasses import dataclass
from functools import lru_cache

from huazhongdian.chars import HAN
from huazhongdian.datafiles import load_toml
from huazhongdian.extract.segment import word_tag

FRAGMENTS_FILE = "keyword_fragments.toml"
_LATIN = re.compile(r"[A-Za-z]+")
_HAN = re.compile(f"[{HAN}]")


@dataclass(frozen=True, slots=True)
class _Rules:
    numeral_piece: re.Pattern[str]
    adverbs: tuple[str, ...]
    verbs: frozenset[str]
    suffixes: tuple[str, ...]
    alone_share_max: float
    magnitudes: str
    number_chars: frozenset[str]
    split_max: int
    function_chars: frozenset[str]
    bare_tags: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_toml(FRAGMENTS_FILE)
    tasks = load_toml("task_verbs.toml")
    return _Rules(
        numeral_piece=re.compile(f"[{re.escape(data['numerals'])}][{re.escape(data['classifiers'])}]"),
        adverbs=tuple(sorted(tasks["adverbs"], key=len, reverse=True)),
        verbs=frozenset(tasks["verbs"]) | frozenset(tasks["predicates"]) | frozenset(data["extra_verbs"]),
        suffixes=tuple(data["suffixes"]),
        alone_share_max=float(data["alone_share_max"]),
        magnitudes=data["magnitudes"],
        number_chars=frozenset(data["number_chars"]),
        split_max=int(data["split_max"]),
        function_chars=frozenset(data["function_chars"]),
        bare_tags=frozenset(data["bare_tags"]),
    )


def is_numeral_piece(word: str) -> bool:
    """A numeral and a classifier: ``is_numeral_piece("一部")`` and ``("十大")`` are True, ``("三资")`` False."""
    return _rules().numeral_piece.fullmatch(word) is not None


def is_adverb_phrase(word: str) -> bool:
    """An adverb and a verb: ``is_adverb_phrase("切实增强")`` is True, ``("精准扶贫")`` False."""
    rules = _rules()
    return any(word.startswith(adverb) and word[len(adverb):] in rules.verbs for adverb in rules.adverbs)


def is_suffix_word(word: str, vocabulary: Container[str]) -> bool:
    """A stem that is a word (in ``vocabulary``) or Latin letters, plus 型 or 率.

    ``is_suffix_word("企业型", {"企业"})`` and ``("B型", …)`` are True; ``("大模型", {"企业"})``,
    ``("转型", …)`` (one-character stem) are False.
    """
    for suffix in _rules().suffixes:
        if word.endswith(suffix) and len(word) > len(suffix):
            stem = word[: -len(suffix)]
            if _LATIN.fullmatch(stem) or (len(stem) >= 2 and stem in vocabulary):
                return True
    return False


def is_inside_longer(word: str, text: str, words: Mapping[str, int]) -> bool:
    """Whether ``word`` is cut alone in at most half its occurrences in ``text`` and one longer word
    of the segmentation (``words``, word → times cut) holds it at least half the time.

    Example: 熊猫 occurs 7 times, cut alone 3 times and 4 times inside 大熊猫 → True.
    """
    occurrences = text.count(word)
    alone = words.get(word, 0)
    if occurrences < 2 or alone > _rules().alone_share_max * occurrences:
        return False
    inside = max((n * other.count(word) for other, n in words.items() if len(other) > len(word) and word in other),
                 default=0)
    return 2 * inside >= occurrences


def _occurrences(word: str, text: str) -> list[int]:
    """Where ``word`` starts in ``text``, overlaps included (str.find: a regex scan per word cost
    a tenth of a digest)."""
    at, i = [], text.find(word)
    while i >= 0:
        at.append(i)
        i = text.find(word, i + 1)
    return at


def is_split_word(word: str, text: str) -> bool:
    """Whether ``word`` is a piece of a longer word or of a figure in ``text``, not a word of its own.

    * a number's unit: it opens on a magnitude or numeral and most of its occurrences follow a
      number ("150万辆" → 万辆, "30亿方" → 亿方);
    * a cut inside a longer word: a word of two or three characters that occurs at least twice,
      every occurrence with the same character before it (碳|化硅, 金|白兰) or after it (阿克|塞,
      董家|口), that character not a function word (的, 和, 等 …) — the segmenter split a name it
      does not know.

    Example: ``is_split_word("化硅", "碳化硅衬底，碳化硅器件")`` is True.
    """
    rules = _rules()
    at = _occurrences(word, text)
    if not at:
        return False
    if word[0] in rules.magnitudes and 2 * sum(i > 0 and text[i - 1] in rules.number_chars for i in at) >= len(at):
        return True
    if len(at) < 2 or len(word) > rules.split_max:
        return False
    for side in (-1, len(word)):
        around = {text[i + side] if 0 <= i + side < len(text) else "" for i in at}
        if len(around) == 1:
            (c,) = around
            if c and _HAN.match(c) and c not in rules.function_chars:
                return True
    return False


def is_bare_word(word: str) -> bool:
    """A word the segmenter's dictionary tags with one of ``bare_tags`` (a verb, a numeral …):
    ``is_bare_word("增至")`` is True, ``("葡萄酒")`` False, and so is a word the dictionary does not know."""
    return word_tag(word) in _rules().bare_tags


def is_phrase_piece(word: str, text: str, words: Mapping[str, int], vocabulary: Container[str]) -> bool:
    """Whether ``word`` is one of the fragments listed in the module docstring."""
    return (is_numeral_piece(word) or is_adverb_phrase(word) or is_suffix_word(word, vocabulary)
            or is_inside_longer(word, text, words) or is_bare_word(word))
