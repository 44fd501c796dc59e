"""Term counts by a stated rule.

Rule: a term's ``count`` is the number of non-overlapping occurrences of the
exact string in ``Document.text`` — exactly Python's ``str.count``. A term
nested in a longer one counts in both (科技 inside 科技创新 counts for 科技).
``per_10k`` is ``count * 10000 / len(text)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from huazhongdian.types import Document, Span, Term


@lru_cache(maxsize=1)
def load_lexicon() -> tuple[str, ...]:
    """The built-in policy-term lexicon (``data/terms.txt``, one term a line, # comments)."""
    raw = resources.files("huazhongdian.data").joinpath("terms.txt").read_text("utf-8")
    seen: dict[str, None] = {}
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            seen.setdefault(line.split()[0], None)
    return tuple(seen)


def find_spans(text: str, term: str) -> tuple[Span, ...]:
    """Non-overlapping left-to-right occurrences, the same ones ``str.count`` counts."""
    spans = []
    i = text.find(term)
    while i != -1:
        spans.append(Span(i, i + len(term)))
        i = text.find(term, i + len(term))
    return tuple(spans)


def count_term(doc: Document, term: str) -> Term:
    spans = find_spans(doc.text, term)
    per_10k = (Decimal(len(spans)) * 10000 / Decimal(len(doc.text))).quantize(Decimal("0.01")) if doc.text else Decimal(0)
    return Term(term=term, count=len(spans), per_10k=per_10k, spans=spans)


def extract_terms(doc: Document, terms: Iterable[str] | None = None, *, top_k: int | None = 30) -> list[Term]:
    """Count lexicon terms (or the given ``terms``) in ``doc``.

    With explicit ``terms`` every one is returned in the given order, zero
    counts included. Otherwise the lexicon terms that occur, most frequent
    first, cut to ``top_k``.
    """
    if terms is not None:
        return [count_term(doc, t) for t in dict.fromkeys(terms) if t]
    found = [count_term(doc, t) for t in load_lexicon() if t in doc.text]
    found.sort(key=lambda t: (-t.count, -len(t.term), t.term))
    return found[:top_k] if top_k else found
