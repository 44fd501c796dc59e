"""Fixtures of the render tests: a hand-cut report excerpt digested once, and its selected bullets."""

from __future__ import annotations

from functools import cache

import pytest

import huazhongdian as hzd
from huazhongdian.render.selection import select_facts


@pytest.fixture(scope="session")
def excerpt_digest(fixtures):
    """``excerpt_digest("ordinals")``: tests/fixtures/render/ordinals/report-excerpt.txt digested under a
    lens (general by default), once per test session."""
    @cache
    def make(name: str, lens: str = "general"):
        return hzd.digest(hzd.read(fixtures / "render" / name / "report-excerpt.txt"), lens=lens)
    return make


def bullets_by_text(digest) -> dict:
    """The selected bullets of a digest (render.selection.select_facts), keyed by their text."""
    text = digest.document.text
    return {text[f.start:f.end]: f for f in select_facts(digest)}


@pytest.fixture(scope="session")
def by_text():
    """:func:`bullets_by_text` for a test module's fixtures."""
    return bullets_by_text
