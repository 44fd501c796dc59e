"""Distinctive keywords: what sets one report apart from the others, not 发展/推进/建设.

Method (see docs/terms.md):

1. Candidates are the words jieba/rjieba cuts from the text (:mod:`.segment`, with the
   lexicon as user dictionary, HMM off), at least two characters, not numbers, units or
   punctuation, and not on the stoplist (``data/stopwords.txt``).
2. Each candidate's frequency in the report is compared with its frequency in a
   background of real reports (``data/background.tsv.gz``, built by
   ``scripts/build_background.py`` from ``../shared/corpus``) by Dunning's
   log-likelihood ratio G², multiplied by the word's inverse document frequency in the
   background, ``ln(N / (df + 1))``. Only words *over*-represented in the report score.
3. Leave-one-out: when the report itself is part of the background (matched by
   :func:`sketch`, a sample of its Han 8-grams, so the match survives changes in
   whitespace, normalisation or trimmed trailers), its own counts are taken out of the
   background first, so a report is never compared with itself.

``Keyword.count`` follows the term rule (``doc.text.count(term)``) so that it agrees
with ``hzd terms``; the score uses the segmenter's word counts, the same unit the
background is counted in.
"""

from __future__ import annotations

import gzip
import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from huazhongdian.extract.segment import segment
from huazhongdian.extract.terms import load_lexicon
from huazhongdian.read.script import matching_text
from huazhongdian.types import Document, Keyword

BACKGROUND_FILE = "background.tsv.gz"

_SCORE_QUANTUM = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class _Patterns:
    han: re.Pattern[str]
    non_han: re.Pattern[str]
    ascii_name: re.Pattern[str]
    numeral: re.Pattern[str]
    anchor: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    # Compiled on first use, not at import: these character classes take milliseconds to
    # compile, and importing huazhongdian is on the cold-start path the bench measures.
    return _Patterns(
        # A candidate has a Han character (or is an ASCII name such as RCEP or C919) …
        han=re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]"),
        non_han=re.compile(r"[^\u3400-\u9fff\U00020000-\U0002ffff]+"),
        ascii_name=re.compile(r"[A-Za-z][A-Za-z0-9+]+"),
        # … and is not just a Chinese numeral (十四, 三百, 第三节): quantities, not topics.
        numeral=re.compile(
            r"第?[零〇一二两三四五六七八九十百千万亿余多几半]+(?:分之[零〇一二两三四五六七八九十百千万亿]+)?"
            r"[年月日次个项条家座所名位节章篇届期批户成元吨人亩倍]*"),
        anchor=re.compile(r"[的是和在了].{7}"),  # see sketch()
    )


@lru_cache(maxsize=1)
def load_stopwords() -> frozenset[str]:
    """Words never offered as keywords (``data/stopwords.txt``, whitespace-separated, # comments)."""
    raw = resources.files("huazhongdian.data").joinpath("stopwords.txt").read_text("utf-8")
    return frozenset(w for line in raw.splitlines() for w in line.split("#", 1)[0].split())


@lru_cache(maxsize=1)
def _lexicon_set() -> frozenset[str]:
    return frozenset(load_lexicon())


def is_candidate(word: str) -> bool:
    """Whether a segmented word may be a keyword (length, script, numerals, stoplist)."""
    if len(word) < 2 or word in load_stopwords():
        return False
    if word in _lexicon_set():  # 十四五 looks like a numeral but is a policy term
        return True
    pat = _patterns()
    if pat.han.search(word):
        return pat.numeral.fullmatch(word) is None
    return pat.ascii_name.fullmatch(word) is not None


def candidate_counts(text: str) -> Counter[str]:
    """Candidate words of ``text`` with how often the segmenter cut each.

    Lexicon terms take part through the segmenter's user dictionary: where one fits
    it is cut whole (the longest wins, so 专精特新中小企业 rather than 专精特新 too).
    HMM new-word guessing is off: on report prose it invents fragments (先立, 以进, 促稳)
    that would look maximally distinctive. Both the background build and
    :func:`extract_keywords` count through this one function.
    """
    counts = Counter(segment(text, hmm=False))
    return Counter({w: n for w, n in counts.items() if is_candidate(w)})


def sketch(text: str) -> frozenset[int]:
    """A report's identity for leave-one-out: a content-defined sample of its Han 8-grams.

    Only Han characters count. Each 8-gram that starts at one of the commonest function
    characters (的是和在了) is hashed (CRC-32) and about one in four is kept, chosen by its
    hash alone, so the sample does not depend on where the text starts or ends. Two copies
    of a report keep nearly the same sample even when one has extra lines, spacing or a
    licence trailer the reader strips; two different reports share almost none.
    """
    pat = _patterns()
    han = pat.non_han.sub("", text)
    return frozenset(h for gram in pat.anchor.findall(han) if (h := zlib.crc32(gram.encode("utf-8"))) & 3 == 0)


def same_report(a: frozenset[int], b: frozenset[int]) -> bool:
    """Whether two sketches come from the same report (Jaccard ≥ 0.8 on non-empty samples)."""
    return bool(a and b) and len(a & b) >= 0.8 * len(a | b)


@dataclass(frozen=True, slots=True)
class Background:
    """Word statistics of the background corpus.

    ``df``/``count`` omit words seen in one document only (they read as 0);
    ``sketches`` holds :func:`sketch` of every file that went in, for leave-one-out.
    """

    docs: int
    tokens: int
    sketches: tuple[frozenset[int], ...]
    df: dict[str, int]
    count: dict[str, int]


@lru_cache(maxsize=1)
def load_background() -> Background:
    """The shipped background statistics (``data/background.tsv.gz``), parsed once."""
    blob = resources.files("huazhongdian.data").joinpath(BACKGROUND_FILE).read_bytes()
    docs = tokens = 0
    sketches: list[frozenset[int]] = []
    df: dict[str, int] = {}
    count: dict[str, int] = {}
    for line in gzip.decompress(blob).decode("utf-8").splitlines():
        if line.startswith("#"):
            key, _, value = line[1:].partition("\t")
            if key == "docs":
                docs = int(value)
            elif key == "tokens":
                tokens = int(value)
            elif key == "doc":
                sketches.append(frozenset(int(h, 16) for h in value.split(",") if h))
            continue
        word, d, c = line.split("\t")
        df[word] = int(d)
        count[word] = int(c)
    return Background(docs=docs, tokens=tokens, sketches=tuple(sketches), df=df, count=count)


def in_background(text: str, bg: Background | None = None) -> bool:
    """Whether this report (or a copy of it) went into the background statistics."""
    mine = sketch(text)
    return any(same_report(mine, theirs) for theirs in (bg or load_background()).sketches)


def log_likelihood(a: int, b: int, c: int, d: int) -> float:
    """Dunning's G²: a word seen ``a`` times in ``c`` report words, ``b`` times in ``d`` background words."""
    total = c + d
    e1 = c * (a + b) / total
    e2 = d * (a + b) / total
    g2 = 0.0
    if a:
        g2 += a * math.log(a / e1)
    if b:
        g2 += b * math.log(b / e2)
    return 2.0 * g2


def extract_keywords(doc: Document, top_k: int = 20, *, background: Background | None = None) -> list[Keyword]:
    """The ``top_k`` words that most set ``doc`` apart from the background reports.

    Example: for the 2025 national report the list holds words such as 楼市, 股市,
    止跌回稳 and 教育强国 that earlier reports rarely or never use.

    Args:
        doc: the report.
        top_k: how many keywords to return (fewer when the text is short).
        background: statistics to compare with; the shipped ones by default.

    Returns:
        Keywords by descending score (G² × IDF, 2 decimals), ties broken by count,
        then the word. Words cut at least twice are preferred; words cut once only
        fill the list when there are not ``top_k`` of those.
    """
    match = matching_text(doc)
    counts = candidate_counts(match)
    if not counts or top_k <= 0:
        return []
    # A traditional-script report is segmented in its matching form (simplified, same length),
    # the form the dictionary and the background are in; each word is shown as the report writes it.
    surface = _surface_forms(doc.text, match) if match is not doc.text else {}
    bg = background or load_background()
    own = in_background(doc.text, bg)  # leave-one-out: take this report's own counts out of the background
    doc_tokens = sum(counts.values())
    bg_docs = bg.docs - 1 if own else bg.docs
    bg_tokens = max(bg.tokens - doc_tokens if own else bg.tokens, 1)
    scored = []
    for word, n in counts.items():
        b = bg.count.get(word, 0)
        df = bg.df.get(word, 0)
        if own and surface.get(word, word) == word:
            # (The background counted a traditional report's own spelling: a word it writes
            # differently, 經濟 for 经济, never went into the simplified word's counts.)
            b, df = max(b - n, 0), max(df - 1, 0)
        # G² alone is symmetric: only words over-represented in this report are distinctive.
        if n * bg_tokens <= b * doc_tokens:
            continue
        # G² rewards what this report says often; IDF discounts what nearly every report says
        # (创新, 人才), so the list is about this report, not about reports in general.
        idf = math.log(bg_docs / (df + 1)) if bg_docs > 0 else 1.0
        if idf <= 0:
            continue
        scored.append((log_likelihood(n, b, doc_tokens, bg_tokens) * idf, word))
    scored.sort(key=lambda s: (-s[0], -counts[s[1]], s[1]))
    repeated = [s for s in scored if counts[s[1]] >= 2]
    if len(repeated) >= top_k:
        scored = repeated
    return [
        Keyword(term=(own_word := surface.get(word, word)),
                score=Decimal(repr(score)).quantize(_SCORE_QUANTUM), count=doc.text.count(own_word))
        for score, word in scored[:top_k]
    ]


def _surface_forms(original: str, matching: str) -> dict[str, str]:
    """For each word segmented from ``matching``, the report's own spelling (its commonest
    ``original[span]``); segmented words tile the text, so spans follow from their lengths."""
    seen: dict[str, Counter[str]] = {}
    pos = 0
    for word in segment(matching, hmm=False):
        seen.setdefault(word, Counter())[original[pos:pos + len(word)]] += 1
        pos += len(word)
    return {word: forms.most_common(1)[0][0] for word, forms in seen.items()}
