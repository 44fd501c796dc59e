"""Run the components over a Document, in order, into a Digest."""

from __future__ import annotations

from collections.abc import Iterable

from huazhongdian.classify.lens import Lens, classify_items, load_lens
from huazhongdian.extract.entities import extract_entities
from huazhongdian.extract.indicators import extract_indicators
from huazhongdian.extract.keywords import extract_keywords
from huazhongdian.extract.targets import extract_targets
from huazhongdian.extract.tasks import extract_tasks
from huazhongdian.extract.terms import extract_terms
from huazhongdian.types import Digest, Document


def digest(
    doc: Document,
    lens: str | Lens = "general",
    *,
    terms: Iterable[str] | None = None,
    top_k_terms: int = 30,
    top_k_keywords: int = 20,
) -> Digest:
    """The 划重点 of one document.

    Example: ``d = digest(read("2025.txt"), lens="science"); d.targets[0].metric``.

    Args:
        doc: a Document from :func:`huazhongdian.read`.
        lens: a built-in lens name ("general", "science"), a path to a lens TOML, or a Lens.
        terms: user terms counted in addition to the lexicon's (always reported, zero counts too).
    """
    the_lens = lens if isinstance(lens, Lens) else load_lens(lens)
    user_terms = [t for t in (terms or ()) if t]
    counted = extract_terms(doc, user_terms) if user_terms else []
    asked = set(user_terms)
    lexicon = [t for t in extract_terms(doc, top_k=top_k_terms) if t.term not in asked]
    indicators = extract_indicators(doc)
    targets = extract_targets(doc)
    items = classify_items(doc, indicators, the_lens)
    return Digest(
        document=doc,
        lens=the_lens.name,
        terms=tuple(counted + lexicon),
        keywords=tuple(extract_keywords(doc, top_k=top_k_keywords)),
        indicators=tuple(indicators),
        targets=tuple(targets),
        items=tuple(items),
        tasks=tuple(extract_tasks(doc, items)),
        entities=tuple(extract_entities(doc)),
    )
