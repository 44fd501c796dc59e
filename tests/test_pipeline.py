"""The pipeline: dependency order, refused requirements and cycles, replace/remove/add, the evidence check."""

from __future__ import annotations

from dataclasses import replace

import pytest

import huazhongdian as hzd
from huazhongdian.pipeline import Component, EvidenceError, Options, Pipeline, PipelineError
from huazhongdian.types import Document


@pytest.fixture(scope="module")
def sample(sample_path) -> Document:
    return hzd.read(sample_path)


@pytest.fixture(scope="module")
def plain(sample):
    return hzd.digest(sample)


def _const(value):
    return lambda doc, state, options: value


def test_default_runs_each_component_after_what_it_requires():
    names = Pipeline.default().names()
    assert names == ("terms", "indicators", "targets", "items", "keywords", "tasks", "entities")
    # registered in the wrong order, still run in dependency order
    backwards = Pipeline(tuple(reversed(Pipeline.default().components)))
    order = backwards.names()
    assert order.index("indicators") < order.index("items") < order.index("tasks")
    assert order == ("entities", "keywords", "targets", "indicators", "items", "tasks", "terms")


def test_components_see_the_state_of_those_before(sample):
    seen = []

    def count(doc, state, options):
        seen.append(sorted(state))
        return len(state["tasks"])

    pipe = Pipeline.default().add(Component("n_tasks", ("tasks",), "n_tasks", count), after="terms")
    state = pipe.run(sample, Options())
    assert pipe.names()[-2:] == ("n_tasks", "entities")
    assert seen == [["indicators", "items", "keywords", "targets", "tasks", "terms"]]
    assert state["n_tasks"] == len(state["tasks"]) > 0


def test_missing_requirement_is_refused_before_anything_runs(sample):
    ran = []
    pipe = Pipeline.default().remove("items").add(
        Component("first", (), "first", lambda doc, state, options: ran.append(1)))
    with pytest.raises(PipelineError, match="component 'tasks' requires 'items', which no component assigns"):
        pipe.run(sample)
    assert ran == []


def test_a_cycle_and_a_key_assigned_twice_are_refused():
    cycle = Pipeline((Component("a", ("y",), "x", _const(1)), Component("b", ("x",), "y", _const(2)),
                      Component("c", (), "z", _const(3))))
    with pytest.raises(PipelineError, match=r"'a', 'b' require each other \(a cycle\)"):
        cycle.ordered()
    with pytest.raises(PipelineError, match="'terms' and 'terms2' both assign 'terms'"):
        Pipeline.default().add(Component("terms2", (), "terms", _const([]))).ordered()
    with pytest.raises(PipelineError, match="already in the pipeline"):
        Pipeline.default().add(Component("terms", (), "more", _const([])))
    with pytest.raises(PipelineError, match="no component named 'nope'"):
        Pipeline.default().remove("nope")


def test_the_default_pipeline_is_what_digest_runs(sample, plain):
    explicit = hzd.digest(sample, pipeline=Pipeline.default())
    assert explicit.to_dict() == plain.to_dict()
    assert len(plain.entities) > 0 and len(plain.tasks) > 0


def test_remove_empties_that_part_only(sample, plain):
    d = hzd.digest(sample, pipeline=Pipeline.default().remove("entities"))
    assert d.entities == ()
    assert d.targets == plain.targets and d.items == plain.items and d.terms == plain.terms


def test_replace_swaps_one_component(sample, plain):
    # keep only the first two targets; everything else stays as it was
    def first_two(doc, state, options):
        return hzd.digest(doc, pipeline=Pipeline.default()).targets[:2]

    d = hzd.digest(sample, pipeline=Pipeline.default().replace("targets", first_two))
    assert len(plain.targets) > 2
    assert d.targets == plain.targets[:2]
    assert d.indicators == plain.indicators and d.tasks == plain.tasks
    # a replaced items component feeds tasks: no items, no tasks
    d = hzd.digest(sample, pipeline=Pipeline.default().replace("items", _const([])))
    assert d.items == () and d.tasks == ()


def test_options_reach_the_components(sample):
    d = hzd.digest(sample, terms=["人工智能"], top_k_terms=3, top_k_keywords=4)
    assert [t.term for t in d.terms][0] == "人工智能" and len(d.terms) == 4
    assert len(d.keywords) == 4


def test_the_evidence_check_names_the_component(sample, plain):
    good = plain.targets[0]
    wrong = replace(good, start=good.start + 1, end=good.end + 1)
    pipe = Pipeline.default().replace("targets", _const([good, wrong]))
    with pytest.raises(EvidenceError, match=r"component 'targets': Target .* at \d+–\d+, but the text there is") as err:
        hzd.digest(sample, pipeline=pipe)
    assert err.value.component == "targets"
    # an added component is checked the same way, and so is a single fact
    extra = Component("headline", (), "headline", _const(replace(good, text=good.text + "。")))
    with pytest.raises(EvidenceError, match="component 'headline'"):
        Pipeline.default().add(extra).run(sample)
    # a span past the end of the text is refused too
    past = replace(good, start=len(sample.text), end=len(sample.text) + 3, text="")
    with pytest.raises(EvidenceError, match="component 'items'"):
        Pipeline.default().replace("items", _const([past])).run(sample)
