"""``_Spans.overlaps`` (the discourse rules' "does this bullet hold anything concrete" query) answers as the plain
scan over every span does, on random spans, empty ones and spans that only touch."""

from __future__ import annotations

import random

from huazhongdian.render.selection_parts import _Spans


def test_overlaps_agrees_with_the_plain_scan() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        spans = [(a, a + rng.randint(1, 9)) for a in (rng.randint(0, 80) for _ in range(rng.randint(0, 8)))]
        start = rng.randint(0, 90)
        end = start + rng.randint(1, 15)
        assert _Spans(spans).overlaps(start, end) == any(s < end and e > start for s, e in spans), (spans, start, end)


def test_touching_spans_do_not_overlap() -> None:
    spans = _Spans([(0, 5), (10, 12)])
    assert not spans.overlaps(5, 10)
    assert spans.overlaps(4, 6) and spans.overlaps(11, 30)
    assert not _Spans([]).overlaps(0, 100)
