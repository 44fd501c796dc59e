"""Run the pipeline's components over a Document into a Digest (see :mod:`huazhongdian.pipeline`)."""

from __future__ import annotations

from collections.abc import Iterable

from huazhongdian.classify.lens import Lens, load_lens
from huazhongdian.pipeline import Options, Pipeline
from huazhongdian.types import DIGEST_PARTS, Digest, Document


def digest(
    doc: Document,
    lens: str | Lens = "general",
    *,
    terms: Iterable[str] | None = None,
    top_k_terms: int = 30,
    top_k_keywords: int = 20,
    pipeline: Pipeline | None = None,
) -> Digest:
    """The 划重点 of one document.

    Example: ``d = digest(read("2025.txt"), lens="science"); d.targets[0].metric``.

    Args:
        doc: a Document from :func:`huazhongdian.read`.
        lens: a built-in lens name ("general", "science"), a path to a lens TOML, or a Lens.
        terms: user terms counted in addition to the lexicon's (always reported, zero counts too).
        pipeline: the components to run (default :meth:`Pipeline.default`); a part no component
            assigns is empty.
    """
    the_lens = lens if isinstance(lens, Lens) else load_lens(lens)
    options = Options(lens=the_lens, terms=tuple(terms or ()), top_k_terms=top_k_terms,
                      top_k_keywords=top_k_keywords)
    state = (pipeline or Pipeline.default()).run(doc, options)
    parts = {part: tuple(state.get(part, ())) for part in DIGEST_PARTS}
    return Digest(document=doc, lens=the_lens.name, **parts)
