"""Term counts by a stated rule.

Rule: a term's ``count`` is the number of non-overlapping occurrences of the
exact string in ``Document.text`` — exactly Python's ``str.count``. A term
nested in a longer one counts in both (科技 inside 科技创新 counts for 科技).
``per_10k`` is ``count * 10000 / len(text)``, rounded half-even to 2 decimals.

``word_count`` is what a researcher means by "the word": the occurrences that start and end
on the segmenter's word boundaries (:func:`~huazhongdian.extract.segment.word_boundaries`),
so 民生 inside 人民生活 (人民 | 生活) counts for ``count`` but not for ``word_count``.
See docs/terms.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from huazhongdian.errors import BadInput
from huazhongdian.extract.lexicon import load_lexicon, load_lexicon_categories
from huazhongdian.extract.segment import word_boundaries
from huazhongdian.derive import derived
from huazhongdian.script import by_surface
from huazhongdian.types import Document, Span, Term

__all__ = ["load_lexicon", "load_lexicon_categories", "find_spans", "count_term", "count_words",
           "extract_terms"]


@lru_cache(maxsize=1)
def _lexicon_pairs() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each lexicon term with the set of its adjacent character pairs."""
    return tuple((t, frozenset(t[i:i + 2] for i in range(len(t) - 1))) for t in load_lexicon())


def find_spans(text: str, term: str) -> tuple[Span, ...]:
    """Non-overlapping left-to-right occurrences, the same ones ``str.count`` counts.

    Raises:
        BadInput: ``term`` is empty (it would match between every two characters).
    """
    if not term:
        raise BadInput("--term", "empty term")
    spans = []
    i = text.find(term)
    while i != -1:
        spans.append(Span(i, i + len(term)))
        i = text.find(term, i + len(term))
    return tuple(spans)


def count_words(text: str, spans: Iterable[Span], boundaries: frozenset[int] | None = None) -> int:
    """How many of ``spans`` start and end on a word boundary of ``text``.

    Example: ``count_words("改善人民生活", find_spans("改善人民生活", "民生")) == 0``.
    """
    cuts = word_boundaries(text) if boundaries is None else boundaries
    return sum(1 for span in spans if span.start in cuts and span.end in cuts)


def count_term(doc: Document, term: str) -> Term:
    """Count one term by the rule above: ``count == doc.text.count(term)``, with every span,
    and ``word_count`` over the segmentation of the text the lexicon is matched in."""
    spans = find_spans(doc.text, term)
    per_10k = (Decimal(len(spans)) * 10000 / Decimal(len(doc.text))).quantize(Decimal("0.01")) if doc.text else Decimal(0)
    words = count_words(derived(doc).matching, spans) if spans else 0
    return Term(term=term, count=len(spans), per_10k=per_10k, spans=spans, word_count=words)


FORMULAIC_CATEGORIES = frozenset({"party"})


@lru_cache(maxsize=1)
def _formulaic_terms() -> frozenset[str]:
    return frozenset(t for t, cat in load_lexicon_categories().items() if cat in FORMULAIC_CATEGORIES)


def extract_terms(doc: Document, terms: Iterable[str] | None = None, *, top_k: int | None = 30) -> list[Term]:
    """Count lexicon terms (or the given ``terms``) in ``doc``.

    Example: ``extract_terms(doc, ["科技创新"])[0].count == doc.text.count("科技创新")``.

    Args:
        doc: the report.
        terms: user terms. Every one is returned in the given order, zero counts
            included, duplicates and empty strings dropped; ``top_k`` is ignored.
        top_k: without ``terms``, how many of the lexicon terms that occur to keep,
            most frequent first (ties: longer term, then code-point order), with the lexicon's
            ``party`` formulae after all other terms; None keeps all.
    """
    if terms is not None:
        return [count_term(doc, t) for t in dict.fromkeys(terms) if t]
    # The lexicon is simplified; a traditional-script report is searched in its matching form.
    text = derived(doc).matching
    # Cheap pre-filter: a term can only occur if each of its character pairs does. One pass
    # over the text replaces a thousand substring scans of it.
    pairs = {text[i:i + 2] for i in range(len(text) - 1)}
    counted = [(n, t) for t, need in _lexicon_pairs() if need <= pairs and (n := text.count(t))]
    # Rank by str.count (the same number count_term gives), then build spans for the kept ones only.
    # Party formulae (党中央, 新时代, 以习近平同志为核心的党中央 …) stand in every report and would
    # lead every list, telling an editor nothing: they rank after the policy terms.
    formulaic = _formulaic_terms()
    if text is not doc.text:
        # Each lexicon term found is reported as the report writes it (农业 → 農業), so the
        # rule above still holds on doc.text; a term written two ways becomes two terms.
        counted = [(n, surface, t in formulaic) for n, t in counted
                   for surface, n in _surface_counts(doc.text, text, t).items()]
    else:
        counted = [(n, t, t in formulaic) for n, t in counted]
    counted.sort(key=lambda nt: (nt[2], -nt[0], -len(nt[1]), nt[1]))
    return [count_term(doc, t) for _, t, _ in (counted[:top_k] if top_k else counted)]


def _surface_counts(original: str, matching: str, term: str) -> dict[str, int]:
    """How the report writes ``term``: each distinct ``original[span]`` over the term's
    occurrences in ``matching`` (same offsets), with its own ``str.count`` in ``original``."""
    return {form: n for form in by_surface(original, find_spans(matching, term)) if (n := original.count(form))}
