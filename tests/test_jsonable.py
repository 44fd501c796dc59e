"""``to_jsonable``: the converter cache by type gives exactly what the plain walk gives."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import huazhongdian as hzd
from huazhongdian.jsonable import to_jsonable
from huazhongdian.types import Digest, Span


def plain_walk(value):
    """The generic walk ``to_jsonable`` was before it cached a converter per type."""
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and abs(value) < 10**18 else float(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain_walk(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [plain_walk(v) for v in value]
    if isinstance(value, dict):
        return {k: plain_walk(v) for k, v in value.items()}
    return value


def test_every_fact_of_a_digest_converts_as_the_plain_walk(sample_path):
    d = hzd.digest(hzd.read(sample_path))
    for name in ("terms", "keywords", "indicators", "targets", "items", "tasks", "entities"):
        facts = getattr(d, name)
        assert facts and to_jsonable(facts) == plain_walk(facts), name
    assert to_jsonable(d.indicators[0])["start"] == d.indicators[0].start


class Tagged(tuple):
    pass


def test_odd_values_convert_as_the_plain_walk():
    values = [Span(3, 9), Decimal("5"), Decimal("5.5"), Decimal("1E+20"), Decimal("-0"), True, None, 1.5,
              Tagged((Decimal("2"), Span(0, 1))), {"a": (Decimal("0.1"),)}, Digest, frozenset({1})]
    for value in values:
        assert to_jsonable(value) == plain_walk(value)
        assert type(to_jsonable(value)) is type(plain_walk(value))
    assert to_jsonable([Decimal("5"), Decimal("5.5"), Span(1, 2)]) == [5, 5.5, [1, 2]]
