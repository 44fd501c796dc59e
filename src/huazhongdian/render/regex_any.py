"""Many regexes as one test, fast over many clauses: :class:`AnyOf` (``search(text)``: does any of them occur?).

One alternation of a hundred regexes, most of them anchored at the start (``^今年是``, ``^面对……$``), is slow under
``re.search``: it tries every branch at every position of the text. An anchored regex can only match at the start,
so those go into one alternation tried once there (``.match``), the rest into one searched through the text; the
answer is the same (the patterns are used for whether they occur, never for where).
"""

from __future__ import annotations

import re
from typing import Iterable


def _anchored(regex: str) -> bool:
    """``regex`` opens with ``^`` and has no ``|`` outside a group or class (so the ``^`` anchors all of it)."""
    if not regex.startswith("^"):
        return False
    depth, i, in_class = 0, 1, False
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if regex[i + 1:i + 2] == "^":
                i += 1
            if regex[i + 1:i + 2] == "]":
                i += 1     # a "]" first in a class is the character itself
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return False
        i += 1
    return True


class AnyOf:
    """``search(text)`` is truthy exactly when ``re.search("|".join(f"(?:{r})" for r in regexes), text)`` is."""

    __slots__ = ("pattern", "_head", "_rest")

    def __init__(self, regexes: Iterable[str]) -> None:
        regexes = list(regexes)
        head = [r for r in regexes if _anchored(r)]
        rest = [r for r in regexes if not _anchored(r)]
        self.pattern = "|".join(f"(?:{r})" for r in regexes) or "(?!)"
        self._head = re.compile("|".join(f"(?:{r})" for r in head)) if head else None
        self._rest = re.compile("|".join(f"(?:{r})" for r in rest)) if rest else None

    def search(self, text: str) -> re.Match[str] | None:
        """A match of one of the regexes in ``text`` (not necessarily the leftmost), else None."""
        if self._head is not None:
            m = self._head.match(text)
            if m is not None:
                return m
        return self._rest.search(text) if self._rest is not None else None
