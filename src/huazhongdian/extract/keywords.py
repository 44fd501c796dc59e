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

4. Place and person names are not offered (:func:`is_place_name`, :func:`person_names`):
   a report naming its own province and cities says *where*, not what it stresses. Bare
   names go (广东, 深圳市, 珠江口, 八闽); compounds that name a programme stay
   (粤港澳大湾区, 黄河流域, 绿美广东), as do the national regional strategies listed in
   ``data/places.tsv`` (京津冀, 长三角, 成渝). People are found in the report's own text, in
   the frames reports name them in (X同志, X总书记, X主席, X总理, a byline).

``Keyword.count`` follows the term rule (``doc.text.count(term)``) so that it agrees
with ``hzd terms``; the score uses the segmenter's word counts, the same unit the
background is counted in.

Long because: scoring, place/person filters and fragment rules share one segmentation of the report.
"""

from __future__ import annotations

import gzip
import math
import re
import zlib
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from huazhongdian.chars import HAN
from huazhongdian.datafiles import load_bytes, load_text
from huazhongdian.extract.keyword_fragments import is_phrase_piece, is_split_word
from huazhongdian.extract.segment import segment_cached
from huazhongdian.extract.terms import load_lexicon
from huazhongdian.derive import derived
from huazhongdian.types import Document, Keyword

BACKGROUND_FILE = "background.tsv.gz"
PLACES_FILE = "places.tsv"
PEOPLE_FILE = "people.tsv"
REGIONS_FILE = "regions.tsv"

# A place name may be written with its administrative suffix: 芜湖 / 芜湖市, 延边 / 延边州.
_PLACE_SUFFIXES = ("省", "市", "自治区", "区", "县", "州", "盟", "旗", "地区", "新区", "自治州", "自治县",
                   "特别行政区")
# Organs of a place are the report's authors and addressees, not its themes:
# 中共北京市委, 四川省人民政府, 重庆市委.
_ORGAN_SUFFIXES = ("委", "党委", "人民政府", "政府", "人大", "人大常委会", "政协")
# Keywords that contain a person's name but name a body of ideas stay: 邓小平理论, 毛泽东思想.
_DOCTRINE_ENDINGS = ("思想", "理论")
# The titles reports put after a person's name: 习近平同志, 李强总理, 叶剑英副主席, 孙中山先生.
_TITLES = ("同志", "总书记", "副主席", "主席", "副总理", "总理", "副委员长", "委员长", "先生")

_SCORE_QUANTUM = Decimal("0.01")



@dataclass(frozen=True, slots=True)
class _Patterns:
    han: re.Pattern[str]
    non_han: re.Pattern[str]
    ascii_name: re.Pattern[str]
    numeral: re.Pattern[str]
    anchor: re.Pattern[str]
    title_after: re.Pattern[str]
    byline: re.Pattern[str]
    roll: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    # Compiled on first use, not at import: these character classes take milliseconds to
    # compile, and importing huazhongdian is on the cold-start path the bench measures.
    return _Patterns(
        # A candidate has a Han character (or is an ASCII name such as RCEP or C919) …
        han=re.compile(f"[{HAN}]"),
        non_han=re.compile(f"[^{HAN}]+"),
        ascii_name=re.compile(r"[A-Za-z][A-Za-z0-9+]+"),
        # … and is not just a Chinese numeral (十四, 三百, 第三节): quantities, not topics.
        numeral=re.compile(
            r"第?[零〇一二两三四五六七八九十百千万亿余多几半]+(?:分之[零〇一二两三四五六七八九十百千万亿]+)?"
            r"(?:点[零〇○一二三四五六七八九]+)?"  # 二点六 (1954: 百分之三十六点九 segments into pieces)
            r"[年月日次个项条家座所名位节章篇届期批户成元吨人亩倍]*"),
        anchor=re.compile(r"[的是和在了].{7}"),  # see sketch()
        # A name in a frame inside a keyword: 以习近平同志为核心的党中央 (see _TITLES).
        title_after=re.compile("|".join(_TITLES)),
        # The speaker's byline under the title: "国务院总理　李强", "广东省省长 孟凡利", or the
        # name alone on its line (李克强 in the 2022 report).
        byline=re.compile(rf"^[ \t\u3000]*(?:[{HAN}]{{0,12}}(?:总理|省长|市长|区长|县长|州长|主席|书记)"
                          rf"[ \t\u3000]*)?([{HAN}]{{2,3}})[ \t\u3000]*$", re.MULTILINE),
        # A roll of short names (孙中山、毛泽东、邓小平): one known name vouches for the others.
        roll=re.compile(rf"(?<![{HAN}])[{HAN}]{{2,4}}(?:、[{HAN}]{{2,4}})+"
                        rf"(?=同志|等|[^{HAN}]|$)"),
    )


@lru_cache(maxsize=1)
def load_stopwords() -> frozenset[str]:
    """Words never offered as keywords (``data/stopwords.txt``, whitespace-separated, # comments)."""
    raw = load_text("stopwords.txt")
    return frozenset(w for line in raw.splitlines() for w in line.split("#", 1)[0].split())


@lru_cache(maxsize=1)
def _lexicon_set() -> frozenset[str]:
    return frozenset(load_lexicon())


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    places: frozenset[str]      # every written form of a place name, suffixed or not
    programmes: frozenset[str]  # regional strategies that are themes: never dropped
    surnames: frozenset[str]
    people: frozenset[str]      # people named without a frame


def _tsv_rows(name: str) -> list[tuple[str, str]]:
    raw = load_text(name)
    rows = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            first, _, second = line.partition("\t")
            rows.append((first.strip(), second.strip()))
    return rows


def _forms(name: str) -> list[str]:
    """``name`` as it may be written: bare and with each administrative suffix."""
    return [name, *(name + suffix for suffix in _PLACE_SUFFIXES)]


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    """Places (``data/places.tsv`` + ``data/regions.tsv``) and people (``data/people.tsv``)."""
    places: set[str] = set()
    programmes: set[str] = set()
    for full, short in _tsv_rows(REGIONS_FILE):  # provinces: both 安徽省 and 安徽
        places.update(_forms(full))
        places.update(_forms(short))
    for name, kind in _tsv_rows(PLACES_FILE):
        if kind == "programme":
            programmes.add(name)
        else:
            places.update(_forms(name))
    people = _tsv_rows(PEOPLE_FILE)
    return _Gazetteer(
        places=frozenset(places - programmes),
        programmes=frozenset(programmes),
        surnames=frozenset(name for name, kind in people if kind == "surname"),
        people=frozenset(name for name, kind in people if kind == "person"),
    )


# 深圳市光明区 → 深圳市, 光明区; two characters at least before the suffix, so 杭州市 stays whole.
_REGION_PART = re.compile(r".{2,}?(?:特别行政区|自治区|自治州|地区|省|市|州|盟|区|县|旗)")


def region_names(region: str) -> frozenset[str]:
    """Written forms of a document's own region and its parts (``DocumentMeta.region``).

    Example: ``region_names("深圳市光明区")`` holds 深圳市光明区, 深圳市, 深圳, 光明区 and 光明.
    """
    if not region:
        return frozenset()
    names = {region}
    for part in [*_REGION_PART.findall(region), region]:
        names.add(part)
        for suffix in sorted(_PLACE_SUFFIXES, key=len, reverse=True):
            if part.endswith(suffix) and len(part) - len(suffix) >= 2:
                names.add(part[: -len(suffix)])
                break
    return frozenset(names)


def is_place_name(word: str, own: frozenset[str] = frozenset()) -> bool:
    """Whether a keyword candidate is just a place, or an organ of one.

    Places are the gazetteer's (provinces, prefectures, well-known counties, districts and
    areas, rivers, lakes and mountains, in any suffixed form) plus ``own``, the names of the
    document's own region (:func:`region_names`). Compounds that name something else stay:
    粤港澳大湾区, 黄河流域, 苏州工业园区. Organs of a place go: 中共北京市委, 四川省人民政府.

    Example: ``is_place_name("芜湖市")`` is True, ``is_place_name("长三角")`` False.
    """
    gaz = _gazetteer()
    if word in gaz.programmes:
        return False
    places = gaz.places
    if word in places or word in own:
        return True
    body = word.removeprefix("中共")
    return any(
        body.endswith(organ) and ((rest := body[: -len(organ)]) in places or rest in own)
        for organ in _ORGAN_SUFFIXES
    )


def _surnamed(name: str, surnames: frozenset[str]) -> bool:
    """Whether ``name`` looks like a Chinese personal name: 2–3 characters after a common surname."""
    if 2 <= len(name) <= 3 and name[0] in surnames:
        return True
    return len(name) == 4 and name[:2] in surnames  # 欧阳, 司马 …


def person_names(text: str, words: Container[str]) -> frozenset[str]:
    """People the text names, among its segmented ``words``.

    A word is a person's name when the text writes it in a frame reports name people in
    (X同志, X总书记, X主席, X总理, X委员长 and their 副 forms, X先生, the speaker's byline
    under the title, or a roll such as 孙中山、毛泽东、邓小平 beside a name found so) and it
    starts with a common surname — the surname check keeps 全党同志,
    自治区主席 and 国务院总理 from being read as names. People reports name without a frame
    (林彪, 江青) come from the short list in ``data/people.tsv``.

    Example: in the 2025 work report (byline "国务院总理　李强", "李强总理代表国务院") → {李强}.
    """
    pat = _patterns()
    gaz = _gazetteer()
    vocabulary = words
    found = {w for w in gaz.people if w in vocabulary}
    for title in _TITLES:  # str.find, not a regex scan: a tenth of the time on a whole report
        start = text.find(title)
        while start != -1:
            for size in (2, 3, 4):
                name = text[max(start - size, 0):start]
                if name in vocabulary and _surnamed(name, gaz.surnames):
                    found.add(name)
            start = text.find(title, start + 1)
    for m in pat.byline.finditer(text, 0, 1500):  # the byline stands under the title
        name = m.group(1)
        if name in vocabulary and _surnamed(name, gaz.surnames):
            found.add(name)
    for name in list(found):  # a roll is only looked for where a found name stands beside 、
        for hit in (f"{name}、", f"、{name}"):
            start = text.find(hit)
            while start != -1:
                for m in pat.roll.finditer(text, max(start - 40, 0), start + 40):
                    items = m.group().split("、")
                    if name in items:
                        found.update(w for w in items if w in vocabulary and _surnamed(w, gaz.surnames))
                start = text.find(hit, start + 1)
    return frozenset(found - gaz.places)


def _names_person(word: str, people: frozenset[str]) -> bool:
    """Whether a keyword is a person's name or a name in a frame (以习近平同志为核心的党中央)."""
    if word in people:
        return True
    if word.endswith(_DOCTRINE_ENDINGS):
        return False
    pat = _patterns()
    return any(
        (i := word.find(name)) >= 0 and pat.title_after.match(word, i + len(name)) is not None
        for name in people
    )


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


def is_fragment(word: str, text: str) -> bool:
    """Whether ``word`` is a number's unit (万辆 of 150万辆) or a segmenter's cut inside a name it
    does not know (化硅 of 碳化硅) in ``text``
    (:func:`~huazhongdian.extract.keyword_fragments.is_split_word`); lexicon terms are words by
    definition. Example: ``is_fragment("化硅", "碳化硅衬底，碳化硅器件")``.
    """
    return word not in _lexicon_set() and is_split_word(word, text)


def candidate_counts(text: str) -> Counter[str]:
    """Candidate words of ``text`` with how often the segmenter cut each.

    Lexicon terms take part through the segmenter's user dictionary: where one fits
    it is cut whole (the longest wins, so 专精特新中小企业 rather than 专精特新 too).
    HMM new-word guessing is off: on report prose it invents fragments (先立, 以进, 促稳)
    that would look maximally distinctive. Both the background build and
    :func:`extract_keywords` count through this one function.
    """
    return _candidates_of(segment_cached(text))


def _candidates_of(words: Iterable[str]) -> Counter[str]:
    counts = Counter(words)
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
    blob = load_bytes(BACKGROUND_FILE)
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
        fill the list when there are not ``top_k`` of those. Person names are left out
        (:func:`person_names`), and so are place names (:func:`is_place_name`) except in a
        national report, where a place is distinctive only as news (玉树 in 2013).
    """
    match = derived(doc).matching
    words = segment_cached(match)  # what candidate_counts(match) segments, kept for the surface forms
    counts = _candidates_of(words)
    if not counts or top_k <= 0:
        return []
    # A traditional-script report is segmented in its matching form (simplified, same length),
    # the form the dictionary and the background are in; each word is shown as the report writes it.
    surface = _surface_forms(doc.text, words) if match is not doc.text else {}
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
    # Names are tested best-first and only until the list is full: a few dozen words, not thousands.
    region = region_names(doc.meta.region)
    # A province's or a city's report names its own places all the time; in a national report a
    # place stands out only when something happened there (西藏 in 1959, 玉树 in 2013): news.
    places_are_home = doc.meta.level != "national"
    people = person_names(match, counts)  # both in matching form, like the counted words
    cut = Counter(words)
    vocabulary = _Vocabulary(cut, bg.count)
    kept: list[tuple[float, str]] = []
    repeated: list[tuple[float, str]] = []
    for score, word in scored:
        if (places_are_home and is_place_name(word, region)) or _names_person(word, people) \
                or _is_piece(word, match, cut, vocabulary):
            continue
        kept.append((score, word))
        if counts[word] >= 2:
            repeated.append((score, word))
            if len(repeated) == top_k:
                break
    scored = repeated if len(repeated) >= top_k else kept
    return [
        Keyword(term=(own_word := surface.get(word, word)),
                score=Decimal(repr(score)).quantize(_SCORE_QUANTUM), count=doc.text.count(own_word))
        for score, word in scored[:top_k]
    ]


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """Words known to be words: cut in this report or counted in the background."""

    report: Counter[str]
    background: dict[str, int]

    def __contains__(self, word: object) -> bool:
        return word in self.report or word in self.background


def _is_piece(word: str, text: str, cut: Counter[str], vocabulary: _Vocabulary) -> bool:
    """A fragment (:func:`is_fragment`) or a piece of a phrase
    (:func:`~huazhongdian.extract.keyword_fragments.is_phrase_piece`); lexicon terms are words by
    definition, and programmes (十四五, 长三角) escape the phrase rules."""
    if is_fragment(word, text):
        return True
    if word in _lexicon_set() or word in _gazetteer().programmes:
        return False
    return is_phrase_piece(word, text, cut, vocabulary)


def _surface_forms(original: str, words: Sequence[str]) -> dict[str, str]:
    """For each of ``words`` (the matching text's segmentation), the report's own spelling (its
    commonest ``original[span]``); segmented words tile the text, so spans follow from their lengths."""
    seen: dict[str, Counter[str]] = {}
    pos = 0
    for word in words:
        seen.setdefault(word, Counter())[original[pos:pos + len(word)]] += 1
        pos += len(word)
    return {word: forms.most_common(1)[0][0] for word, forms in seen.items()}
