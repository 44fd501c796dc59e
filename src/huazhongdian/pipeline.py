"""The components of a digest, run in dependency order over one Document.

A :class:`Component` has a name, the state keys it ``requires``, the one key it ``assigns`` and
one signature: ``fn(doc, state, options) -> value``. ``state`` maps each key assigned so far to
its value (read it, never change it); ``options`` are the :class:`Options` of the run. The
:class:`Pipeline` orders its components so each runs after those that assign what it requires
(in the order they were registered otherwise), refuses a missing requirement or a cycle before
anything runs, and checks the evidence of every fact a component returns in one place: a fact
with ``start``, ``end`` and ``text`` must have ``doc.text[start:end] == text``, or the run stops
with an :class:`EvidenceError` naming the component.

``Pipeline.default()`` holds what :func:`huazhongdian.digest` runs, each a thin adapter around
the extractor or classifier it names; the Digest's parts are the values assigned to
``terms``, ``keywords``, ``indicators``, ``targets``, ``items``, ``tasks`` and ``entities``
(a part nobody assigns is empty).

Example::

    >>> from huazhongdian.load import read_text
    >>> doc = read_text("二、2025年工作任务\\n今年主要预期目标是：国内生产总值增长5%左右。\\n")
    >>> pipe = Pipeline.default()
    >>> pipe.names()
    ('terms', 'indicators', 'targets', 'items', 'keywords', 'tasks', 'entities')
    >>> pipe.remove("entities").remove("keywords").names()[-1]
    'tasks'
    >>> state = pipe.run(doc, Options())
    >>> [t.metric for t in state["targets"]]
    ['gdp_growth']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace as _replace
from typing import Any

from huazhongdian.classify.lens import Lens, classify_items, load_lens
from huazhongdian.extract.entities import extract_entities
from huazhongdian.extract.indicators import extract_indicators
from huazhongdian.extract.keywords import extract_keywords
from huazhongdian.extract.targets import extract_targets
from huazhongdian.extract.tasks import extract_tasks
from huazhongdian.extract.terms import extract_terms
from huazhongdian.types import Document

__all__ = ["Component", "EvidenceError", "Options", "Pipeline", "PipelineError", "check_evidence"]

State = Mapping[str, Any]
ComponentFn = Callable[[Document, State, "Options"], Any]


class PipelineError(ValueError):
    """A pipeline that cannot run: a missing requirement, a cycle, a name used twice or unknown."""


class EvidenceError(ValueError):
    """A component returned a fact whose span does not hold its text."""

    def __init__(self, component: str, message: str) -> None:
        super().__init__(f"component {component!r}: {message}")
        self.component = component


@dataclass(frozen=True, slots=True)
class Options:
    """What one run is asked for: the lens, the user's terms, how many terms and keywords to keep."""

    lens: Lens | None = None  # None: the general lens
    terms: tuple[str, ...] = ()
    top_k_terms: int = 30
    top_k_keywords: int = 20

    def the_lens(self) -> Lens:
        return self.lens if self.lens is not None else load_lens("general")


@dataclass(frozen=True, slots=True)
class Component:
    """One step: ``fn(doc, state, options)`` reads ``requires`` from ``state``; its value is ``assigns``."""

    name: str
    requires: tuple[str, ...]
    assigns: str
    fn: ComponentFn

    def __post_init__(self) -> None:
        object.__setattr__(self, "requires", tuple(self.requires))


@dataclass(frozen=True, slots=True)
class Pipeline:
    """Components by name, in the order they were registered; :meth:`run` sorts them by dependency."""

    components: tuple[Component, ...] = ()

    @classmethod
    def default(cls) -> Pipeline:
        """What :func:`huazhongdian.digest` runs today."""
        return _DEFAULT

    def names(self) -> tuple[str, ...]:
        """The component names in the order they run."""
        return tuple(c.name for c in self.ordered())

    def get(self, name: str) -> Component:
        for c in self.components:
            if c.name == name:
                return c
        raise PipelineError(f"no component named {name!r} (there are: {', '.join(self._names())})")

    def replace(self, name: str, fn: ComponentFn) -> Pipeline:
        """The pipeline with ``name``'s function swapped for ``fn`` (same requires and assigns)."""
        old = self.get(name)
        return Pipeline(tuple(_replace(c, fn=fn) if c is old else c for c in self.components))

    def remove(self, name: str) -> Pipeline:
        """The pipeline without ``name`` (what it assigned is then empty in the Digest)."""
        old = self.get(name)
        return Pipeline(tuple(c for c in self.components if c is not old))

    def add(self, component: Component, *, after: str | None = None) -> Pipeline:
        """The pipeline with ``component`` registered after ``after`` (at the end when None)."""
        if component.name in self._names():
            raise PipelineError(f"a component named {component.name!r} is already in the pipeline")
        comps = list(self.components)
        at = len(comps) if after is None else comps.index(self.get(after)) + 1
        comps.insert(at, component)
        return Pipeline(tuple(comps))

    def ordered(self) -> tuple[Component, ...]:
        """The components in dependency order, ties in registration order; PipelineError if impossible."""
        by_key: dict[str, Component] = {}
        for c in self.components:
            if c.assigns in by_key:
                raise PipelineError(f"components {by_key[c.assigns].name!r} and {c.name!r} both assign {c.assigns!r}")
            by_key[c.assigns] = c
        for c in self.components:
            for key in c.requires:
                if key not in by_key:
                    raise PipelineError(f"component {c.name!r} requires {key!r}, which no component assigns")
        done: set[str] = set()
        out: list[Component] = []
        waiting = list(self.components)
        while waiting:
            ready = next((c for c in waiting if all(by_key[k].name in done for k in c.requires)), None)
            if ready is None:
                raise PipelineError("the components " + ", ".join(repr(c.name) for c in waiting)
                                    + " require each other (a cycle)")
            waiting.remove(ready)
            done.add(ready.name)
            out.append(ready)
        return tuple(out)

    def run(self, doc: Document, options: Options | None = None) -> dict[str, Any]:
        """Run every component over ``doc``; the state, each assigned key to its checked value."""
        opts = options if options is not None else Options()
        state: dict[str, Any] = {}
        for c in self.ordered():
            value = c.fn(doc, state, opts)
            check_evidence(doc, c.name, value)
            state[c.assigns] = value
        return state

    def _names(self) -> list[str]:
        return [c.name for c in self.components]


def check_evidence(doc: Document, component: str, value: object) -> None:
    """Raise :class:`EvidenceError` unless every fact in ``value`` with start/end/text is its span.

    ``value`` is a fact or an iterable of facts; anything without the three attributes is left alone.
    """
    facts: Iterable[object] = value if isinstance(value, (list, tuple)) else (value,)
    text = doc.text
    for fact in facts:
        try:
            start, end, said = fact.start, fact.end, fact.text  # type: ignore[attr-defined]
        except AttributeError:
            continue
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
                and text[start:end] == said):
            found = text[start:end] if isinstance(start, int) and isinstance(end, int) else None
            raise EvidenceError(component, f"{type(fact).__name__} {said!r} at {start}–{end}, "
                                           f"but the text there is {found!r}")


# ---------------------------------------------------------------- the default components
# Thin adapters: each calls the extractor or classifier it names with what it needs.

def _terms(doc: Document, state: State, options: Options) -> list:
    user_terms = [t for t in options.terms if t]
    counted = extract_terms(doc, user_terms) if user_terms else []
    asked = set(user_terms)
    return counted + [t for t in extract_terms(doc, top_k=options.top_k_terms) if t.term not in asked]


def _keywords(doc: Document, state: State, options: Options) -> list:
    return extract_keywords(doc, top_k=options.top_k_keywords)


def _indicators(doc: Document, state: State, options: Options) -> list:
    return extract_indicators(doc)


def _targets(doc: Document, state: State, options: Options) -> list:
    return extract_targets(doc)


def _items(doc: Document, state: State, options: Options) -> list:
    return classify_items(doc, state["indicators"], options.the_lens())


def _tasks(doc: Document, state: State, options: Options) -> list:
    return extract_tasks(doc, state["items"])


def _entities(doc: Document, state: State, options: Options) -> list:
    return extract_entities(doc)


_DEFAULT = Pipeline((
    Component("terms", (), "terms", _terms),
    Component("indicators", (), "indicators", _indicators),
    Component("targets", (), "targets", _targets),
    Component("items", ("indicators",), "items", _items),
    Component("keywords", (), "keywords", _keywords),
    Component("tasks", ("items",), "tasks", _tasks),
    Component("entities", (), "entities", _entities),
))
