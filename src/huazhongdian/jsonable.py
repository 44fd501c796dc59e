"""Values → JSON-ready values.

The lowest layer's JSON edge: ``across/`` builds on it as well as ``render/``, so it sits below
both. Decimals become JSON numbers here, and only here. It imports none of the types it
converts (so ``types`` may use it): a type with a JSON shape of its own says so with a
``__jsonable__`` method (a Span is ``[start, end]``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal
from typing import Any



def _decimal(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() and abs(value) < 10**18 else float(value)


def _same(value: Any) -> Any:
    return value


def _own(value: Any) -> Any:
    """A type that says its JSON shape itself (``__jsonable__``: a Span is ``[start, end]``)."""
    return value.__jsonable__()


def _sequence(value: list | tuple) -> list:
    return [to_jsonable(v) for v in value]


def _mapping(value: dict) -> dict:
    return {k: to_jsonable(v) for k, v in value.items()}


# The converter of each exact type seen so far. A digest holds tens of thousands of values of a
# dozen types (an indicator's fields, an item's, a span), so one dictionary lookup per value
# replaces the chain of isinstance and is_dataclass tests; the generic tests in _converter still
# decide, once per type, what each converter does, so the JSON is the same as the tests give.
_CONVERTERS: dict[type, Callable[[Any], Any]] = {
    str: _same, int: _same, float: _same, bool: _same, type(None): _same,
    Decimal: _decimal, tuple: _sequence, list: _sequence, dict: _mapping,
}


def _dataclass_converter(cls: type) -> Callable[[Any], Any]:
    names = tuple(f.name for f in dataclasses.fields(cls))
    known = _CONVERTERS.get

    def convert(value: Any) -> dict[str, Any]:
        out = {}
        for name in names:  # to_jsonable inlined: most fields are strings and numbers
            v = getattr(value, name)
            c = known(type(v))
            out[name] = v if c is _same else c(v) if c is not None else to_jsonable(v)
        return out

    return convert


def _converter(cls: type) -> Callable[[Any], Any]:
    """The converter for instances of ``cls``: the tests of the generic walk, in its order."""
    if hasattr(cls, "__jsonable__"):
        return _own
    if issubclass(cls, Decimal):
        return _decimal
    if dataclasses.is_dataclass(cls):
        return _dataclass_converter(cls)
    if issubclass(cls, (list, tuple)):
        return _sequence
    if issubclass(cls, dict):
        return _mapping
    return _same


def to_jsonable(value: Any) -> Any:
    """Dataclasses → dicts, Spans → [start, end], Decimal → int or float, tuples → lists."""
    convert = _CONVERTERS.get(type(value))
    if convert is None:  # (a class, even a dataclass, is kept as it is: its type is its metaclass)
        convert = _CONVERTERS[type(value)] = _converter(type(value))
    return convert(value)
