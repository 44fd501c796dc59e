"""Institutions, facilities, platforms, programmes and places named in a report.

Two sources: a gazetteer of names (``data/gazetteer.tsv``: 鹏城云脑Ⅲ, 中山大学·深圳 …) and
suffix patterns (``data/entity_patterns.toml``: …大学, …实验室, …中心, …科学城). A pattern
name is found by walking left from its suffix until punctuation or a stop word, so
"建设深圳湾实验室" gives 深圳湾实验室; a name whose prefix is only generic words
("技术创新中心") is a category and is dropped.

Spans are the non-overlapping occurrences of the exact name that do not lie inside a
longer entity (粤港澳大湾区 hides its 大湾区); ``count == len(spans)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from huazhongdian.chars import HAN
from huazhongdian.datafiles import load_text, load_toml
from huazhongdian.derive import derived
from huazhongdian.script import by_surface
from huazhongdian.types import Document, Entity, Span

# Characters a name may contain: CJK, Latin letters, digits, Roman numerals, the middle dots.
_NAME_CHAR = re.compile(f"[{HAN}A-Za-z0-9Ⅰ-Ⅻ·・]")


@dataclass(frozen=True, slots=True)
class _Patterns:
    gazetteer: tuple[tuple[str, str], ...]  # longest first
    suffixes: dict[str, str]
    suffix_re: re.Pattern[str]
    stop: re.Pattern[str]  # a stop word ending where the search stops
    generic: tuple[str, ...]
    keep: re.Pattern[str] | None  # a word ending where the search goes on despite a stop word
    not_before: dict[str, tuple[str, ...]]
    noisy: frozenset[str]
    places: tuple[str, ...]
    max_prefix: int
    min_prefix: int


@cache
def _patterns() -> _Patterns:
    gaz = []
    for line in load_text("gazetteer.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, kind = line.partition("\t")
            gaz.append((name.strip(), kind.strip() or "other"))
    raw = load_toml("entity_patterns.toml")
    # Task verbs bound names too: "搭建更多创新平台" is an instruction, not a platform's name.
    verbs = load_toml("task_verbs.toml")["verbs"]
    suffixes = dict(raw["suffixes"])
    alternation = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return _Patterns(
        gazetteer=tuple(sorted(gaz, key=lambda g: len(g[0]), reverse=True)),
        suffixes=suffixes,
        suffix_re=re.compile(alternation),
        stop=re.compile("(?:" + "|".join(re.escape(w) for w in sorted(set(raw["stop"]) | set(verbs), key=len,
                                                                         reverse=True)) + ")$"),
        generic=tuple(sorted(raw["generic"], key=len, reverse=True)),
        keep=re.compile("(?:" + "|".join(re.escape(w) for w in raw["keep"]) + ")$") if raw.get("keep") else None,
        not_before={k: tuple(v) for k, v in raw.get("not_before", {}).items()},
        noisy=frozenset(raw["noisy"]),
        places=tuple(raw["places"]),
        max_prefix=int(raw["max_prefix"]),
        min_prefix=int(raw["min_prefix"]),
    )


@cache
def _generic_re(generic: tuple[str, ...]) -> re.Pattern[str]:
    # Alternatives in the given (longest-first) order: the first that matches is the longest.
    return re.compile("|".join(re.escape(g) for g in generic))


def _specific_chars(prefix: str, generic: tuple[str, ...]) -> int:
    """How many characters of ``prefix`` are not covered by generic words (greedy, longest first)."""
    match = _generic_re(generic).match
    pos = left = 0
    while pos < len(prefix):
        m = match(prefix, pos)
        if m and m.end() > pos:
            pos = m.end()
        else:
            left += 1
            pos += 1
    return left


_LONGEST_STOP = 6
_MARK = re.compile(r"[A-Za-z0-9Ⅰ-Ⅻ]")


def _is_proper(name: str, pat: _Patterns) -> bool:
    return bool(_MARK.search(name)) or any(p in name for p in pat.places)


def _left_edge(text: str, suffix_start: int, pat: _Patterns) -> int | None:
    """Where a name ending in the suffix at ``suffix_start`` begins, or None when it runs past
    ``max_prefix`` (a name cut there, "想研究中心重庆市协同研究基地", is a fragment, not a name)."""
    pos = suffix_start
    floor = max(0, suffix_start - pat.max_prefix)
    while pos > floor and _NAME_CHAR.match(text[pos - 1]):
        window = max(0, pos - _LONGEST_STOP)
        if pat.stop.search(text, window, pos) and not (pat.keep and pat.keep.search(text, window, pos)):
            break
        pos -= 1
    if pos == floor and pos > 0 and _NAME_CHAR.match(text[pos - 1]) \
            and not pat.stop.search(text, max(0, pos - _LONGEST_STOP), pos):
        return None
    return pos


def _pattern_names(text: str, pat: _Patterns, taken: list[tuple[int, int]]) -> dict[str, str]:
    names: dict[str, str] = {}
    seen: dict[str, int] = {}
    for m in pat.suffix_re.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if text.startswith(pat.not_before.get(m.group(), ()), m.end()):
            continue
        left = _left_edge(text, m.start(), pat)
        if left is None:
            continue
        prefix = text[left:m.start()]
        # A lone leftover character is a cut word ("对外开放平台" cut to 外开放平台), not a name.
        if len(prefix) < pat.min_prefix or _specific_chars(prefix, pat.generic) < 2:
            continue
        name = text[left:m.end()]
        seen[name] = seen.get(name, 0) + 1
        if m.group() in pat.noisy and not _is_proper(name, pat) and seen[name] < 2:
            continue
        names.setdefault(name, pat.suffixes[m.group()])
    return names


def _spans(text: str, name: str, taken: list[tuple[int, int]]) -> list[Span]:
    out, pos = [], text.find(name)
    while pos >= 0:
        end = pos + len(name)
        if not any(s <= pos and end <= e and (s, e) != (pos, end) for s, e in taken):
            out.append(Span(pos, end))
        pos = text.find(name, end)
    return out


def extract_entities(doc: Document) -> list[Entity]:
    """Named institutions, facilities, platforms, programmes and places, most mentioned first.

    Example: in "支持深圳湾实验室、光明实验室聚焦…", the entities include 深圳湾实验室 and 光明实验室.
    """
    # Names and suffixes are simplified: a traditional-script report is searched in its matching
    # form (same offsets), and each name is then reported as the report writes it.
    text = derived(doc).matching
    pat = _patterns()
    found: dict[str, str] = {}
    taken: list[tuple[int, int]] = []
    for name, kind in pat.gazetteer:
        spans = _spans(text, name, taken)
        if spans:
            found[name] = kind
            taken += [(s.start, s.end) for s in spans]
    for name, kind in _pattern_names(text, pat, taken).items():
        found.setdefault(name, kind)
    entities = []
    # Longest names claim their text first, so a shorter name nested in one is not counted there.
    claimed: list[tuple[int, int]] = []
    for name in sorted(found, key=len, reverse=True):
        spans = _spans(text, name, claimed)
        spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in claimed)]
        if not spans:
            continue
        claimed += [(s.start, s.end) for s in spans]
        if text is doc.text:
            entities.append(Entity(name=name, type=found[name], count=len(spans), spans=tuple(spans)))
            continue
        entities += [Entity(name=form, type=found[name], count=len(group), spans=tuple(group))
                     for form, group in by_surface(doc.text, spans).items()]
    entities.sort(key=lambda e: (-e.count, e.spans[0].start))
    return entities
