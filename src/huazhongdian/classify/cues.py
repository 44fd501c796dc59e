"""Which cue words occur in which spans of a text, found in one sweep.

Theme scoring asks "does cue *c* occur in this sentence?" for a few hundred cues and every
sentence. Testing ``c in sentence`` for each pair costs cues × sentences; here the cues
become one Aho–Corasick automaton (pyahocorasick) and a single pass over the text finds
every occurrence, including cues that overlap or nest ("创新中心" inside "科技创新中心").

:func:`trie_pattern` writes a word list as a prefix-tree regex, for the places that need a
regex (anchored matches, a word before ``$``) over a long word list.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import ahocorasick


def trie_pattern(words: Iterable[str]) -> str:
    """A regex for the words with their common prefixes factored out ("科技(?:创新)?|科研").

    Python's ``re`` tries the branches of an alternation one by one; as a prefix tree each
    position meets one branch per distinct next character, not one per word. At most one
    branch can match at a position, and a shorter word is an optional (greedy) tail of a
    longer one, so the match at a position is the longest word starting there.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "|".join(branches)
        if "" in node:
            return f"(?:{body})?"
        return body if len(branches) == 1 else f"(?:{body})"

    return emit(trie)


class CueMatcher:
    """A compiled set of cue words (an Aho–Corasick automaton); build with :func:`matcher`."""

    __slots__ = ("_automaton", "cues")

    def __init__(self, cues: frozenset[str]) -> None:
        self.cues = cues
        self._automaton = ahocorasick.Automaton()
        for cue in cues:
            self._automaton.add_word(cue, (len(cue), cue))
        if cues:
            self._automaton.make_automaton()

    def spans(self, text: str, units: Sequence[tuple[int, int]]) -> list[set[str]]:
        """For each unit ``[start, end)`` of ``text`` (sorted, not overlapping), the cues inside it.

        Equals ``{c for c in cues if c in text[start:end]}`` for every unit: the automaton
        reports every occurrence of every cue, overlapping and nested ones included, in one
        pass over the text.
        """
        present: list[set[str]] = [set() for _ in units]
        if not self.cues or not units:
            return present
        starts = [u[0] for u in units]
        for last, (length, cue) in self._automaton.iter(text):
            i = bisect_right(starts, last + 1 - length) - 1
            if i >= 0 and last < units[i][1]:
                present[i].add(cue)
        return present


@cache
def matcher(cues: frozenset[str]) -> CueMatcher:
    """The compiled matcher for a set of non-empty cue words (cached per set)."""
    return CueMatcher(cues)


@cache
def any_of(cues: frozenset[str]) -> re.Pattern[str]:
    """A pattern whose ``search(text)`` succeeds exactly when some cue occurs in ``text``."""
    return re.compile(trie_pattern(sorted(cues)))
