"""Every report of the shared corpus: items and tasks are faithful, and reports with a review
and a plan part yield both achievements and plans (skipped without ../shared/corpus)."""

from __future__ import annotations

import pytest

from huazhongdian import read
from huazhongdian.classify.lens import classify_items, load_lens
from huazhongdian.classify.mode import layout
from huazhongdian.extract.tasks import extract_tasks

pytestmark = pytest.mark.corpus


def test_corpus_reports_classify_faithfully(corpus):
    paths = sorted(corpus.glob("*-2026-gov-work-report.txt")) + [corpus / "national-2022-cpc-20th-congress-report.txt"]
    assert len(paths) >= 20
    general, science = load_lens("general"), load_lens("science")
    both = 0
    for path in paths:
        doc = read(path)
        items = classify_items(doc, [], general)
        for item in items + extract_tasks(doc, items):
            assert doc.text[item.start:item.end] == item.text, path.name
        kept = classify_items(doc, [], science)
        assert {(i.start, i.end) for i in kept} <= {(i.start, i.end) for i in items}, path.name
        parts = set(layout(doc).part_kinds)
        if {"review", "plan"} <= parts:
            modes = {i.mode for i in items}
            assert {"achievement", "plan"} <= modes, path.name
            assert kept, path.name
            both += 1
    # nearly every 2026 report names its 工作回顾 and its 工作安排/重点工作 parts
    assert both >= len(paths) - 3
