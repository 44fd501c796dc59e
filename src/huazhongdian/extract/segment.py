"""Word segmentation: the one place jieba (or its Rust port rjieba) is loaded and patched.

The segmenter is built lazily, once per process, on first use: importing
huazhongdian stays cheap, and a digest that never segments never pays for it.
rjieba is preferred (same dictionary and algorithm as jieba 0.42, about 25×
faster, and its dictionary is compiled in, so there is no cache file to build);
jieba is the fallback when rjieba is not installed.

Both carry the built-in lexicon (and the entity gazetteer when one ships) as a
user dictionary, so 新质生产力 or 粤港澳大湾区 come out as one word.

Roman numerals: both segmenters only join characters matched by their "Han"
regex (CJK, ASCII letters and digits, +#&._%-). Ⅱ/Ⅲ are outside it, so
鹏城云脑Ⅲ would split into 鹏城云脑 + Ⅲ whatever the dictionary says. rjieba's
regex lives in compiled code and cannot be patched, so instead each Roman
numeral is masked with a rare CJK character of the same length before
segmenting (dictionary words are masked the same way). Offsets are therefore
unchanged, and every token is cut back out of the *original* text.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from huazhongdian.datafiles import has_data, load_text
from huazhongdian.extract.lexicon import load_lexicon

Token = tuple[str, int, int]

# U+2160–U+217F (Ⅰ … ⅿ) → U+9FA6–U+9FC5: rare ideographs (Unicode 4.1+) inside both
# segmenters' Han range (jieba's stops at U+9FD5 and lacks Extension A). One code point for
# one, so offsets do not move.
_MASK = str.maketrans({chr(0x2160 + i): chr(0x9FA6 + i) for i in range(0x20)})
_UNMASK = str.maketrans({chr(0x9FA6 + i): chr(0x2160 + i) for i in range(0x20)})
_STAND_INS = re.compile("[\u9fa6-\u9fc5]")


def mask(text: str) -> str:
    """``text`` with Roman numerals swapped for same-length CJK stand-ins (see module doc)."""
    return text.translate(_MASK)


def user_words() -> tuple[str, ...]:
    """Words loaded into the segmenter's dictionary: the lexicon plus the entity gazetteer if present."""
    words = dict.fromkeys(load_lexicon())
    if has_data("gazetteer.tsv"):  # name<TAB>type, from the entities component
        for line in load_text("gazetteer.tsv").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                words.setdefault(line.split("\t")[0].strip(), None)
    return tuple(w for w in words if len(w) >= 2)


def backend_name() -> str:
    """Which segmenter is in use: ``"rjieba"`` or ``"jieba"``."""
    return _backend().name


@dataclass(frozen=True, slots=True)
class _Backend:
    name: str
    tokenize: Callable[[str, bool], Iterable[Token]]
    cut: Callable[[str, bool], list[str]]
    tag: Callable[[str], list[tuple[str, str]]]


# rjieba's tokenizer is one Rust object behind a borrow flag: adding a word while another
# thread cuts raises "Already borrowed" (seen with the web app's thread pool). Loading is
# therefore serialised, and so is cutting, which is fast enough that the lock costs nothing.
_LOCK = threading.Lock()


def _backend() -> _Backend:
    """Load the segmenter and its user dictionary (once per process, thread-safe)."""
    with _LOCK:
        return _load_backend()


@lru_cache(maxsize=1)
def _load_backend() -> _Backend:
    words = [mask(w) for w in user_words()]
    try:
        # deferred: rjieba (~75 ms) loads on the first segmentation, not on import huazhongdian
        import rjieba
    except ImportError:
        rjieba = None
    if rjieba is None:
        return _load_jieba(words)
    for w in words:
        # freq=None: rjieba suggests the smallest frequency that keeps the word whole.
        rjieba.add_word(w, None, None)
    def tokenize(text: str, hmm: bool) -> list[Token]:
        with _LOCK:
            return list(rjieba.tokenize(text, "default", hmm))

    def cut(text: str, hmm: bool) -> list[str]:
        with _LOCK:
            return rjieba.cut(text, hmm)

    def tag(text: str) -> list[tuple[str, str]]:
        with _LOCK:
            return list(rjieba.tag(text))

    return _Backend("rjieba", tokenize, cut, tag)


def _load_jieba(words: list[str]) -> _Backend:
    # deferred: jieba (~55 ms) and platformdirs load only when rjieba is missing
    import logging

    import jieba
    from platformdirs import user_cache_dir

    # jieba prints its dictionary-building chatter to stderr and caches the prefix dict in /tmp;
    # keep it quiet and keep the cache in the user's cache dir, so the slow build happens once.
    jieba.setLogLevel(logging.WARNING)
    cache = Path(user_cache_dir("huazhongdian"))
    cache.mkdir(parents=True, exist_ok=True)
    tok = jieba.Tokenizer()
    tok.tmp_dir = str(cache)
    tok.initialize()
    for w in words:
        tok.add_word(w)
    from jieba import posseg  # deferred: the part-of-speech tagger loads with the fallback segmenter

    tagger = posseg.POSTokenizer(tok)
    return _Backend("jieba",
                    lambda text, hmm: tok.tokenize(text, HMM=hmm),
                    lambda text, hmm: tok.lcut(text, HMM=hmm),
                    lambda text: [(p.word, p.flag) for p in tagger.lcut(text, HMM=False)])


@lru_cache(maxsize=4096)
def word_tag(word: str) -> str:
    """The segmenter dictionary's part of speech of ``word`` ("v" for 增至, "n" for 亮点), or "" when
    the dictionary cuts it into several words or does not know it.

    Example: ``word_tag("入选") == "v"``.
    """
    tags = _backend().tag(mask(word))
    return tags[0][1] if len(tags) == 1 and tags[0][0] == mask(word) else ""


def tokenize(text: str, *, hmm: bool = True) -> list[Token]:
    """Words of ``text`` with their offsets: ``text[start:end] == word`` for each.

    Example: ``tokenize("建成鹏城云脑Ⅲ")`` → ``[("建成", 0, 2), ("鹏城云脑Ⅲ", 2, 7)]``.

    Args:
        text: any text (usually ``Document.text``).
        hmm: let jieba's HMM join characters into words it does not know.
    """
    return [(text[start:end], start, end) for _, start, end in _backend().tokenize(mask(text), hmm)]


def segment(text: str, *, hmm: bool = True) -> list[str]:
    """Words of ``text`` in order (``"".join(segment(text)) == text``).

    Faster than :func:`tokenize` when offsets are not needed: words come straight from the
    segmenter and only a text that had Roman numerals is unmasked.
    """
    masked = mask(text)
    words = _backend().cut(masked, hmm)
    if masked == text:
        return words
    if _STAND_INS.search(text):  # the text itself uses a stand-in: unmasking would be ambiguous
        return [word for word, _, _ in tokenize(text, hmm=hmm)]
    return [word.translate(_UNMASK) for word in words]


@lru_cache(maxsize=8)
def word_boundaries(text: str) -> frozenset[int]:
    """The offsets where the segmenter (without HMM, as keywords use it) puts a word boundary,
    ``0`` and ``len(text)`` included.

    Cached for the last few texts: a digest asks it once per counted term, and the keyword
    step segments the same text the same way.

    Example: ``word_boundaries("改善人民生活") == frozenset({0, 2, 4, 6})``.
    """
    cuts = {0}
    at = 0
    for word in segment_cached(text):
        at += len(word)
        cuts.add(at)
    return frozenset(cuts)


@lru_cache(maxsize=8)
def segment_cached(text: str) -> tuple[str, ...]:
    """:func:`segment` without HMM, cached for the last few texts (keywords and word counts share it)."""
    return tuple(segment(text, hmm=False))
