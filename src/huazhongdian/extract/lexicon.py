"""The built-in policy-term lexicon (``data/terms.txt``): loaded once, read by terms and the segmenter."""

from __future__ import annotations

from functools import lru_cache

from huazhongdian.datafiles import load_text


@lru_cache(maxsize=1)
def load_lexicon_categories() -> dict[str, str]:
    """The built-in lexicon as ``{term: category}`` (category "" when the line gives none).

    ``data/terms.txt`` holds one term a line, optionally followed by whitespace and a
    category (economy, technology, …); text after ``#`` is a comment. First mention wins.
    """
    raw = load_text("terms.txt")
    categories: dict[str, str] = {}
    for line in raw.splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            categories.setdefault(fields[0], fields[1] if len(fields) > 1 else "")
    return categories


@lru_cache(maxsize=1)
def load_lexicon() -> tuple[str, ...]:
    """The built-in policy-term lexicon (``data/terms.txt``), in file order."""
    return tuple(load_lexicon_categories())
