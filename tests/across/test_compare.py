"""compare: term statuses on the real 2024 → 2025 national reports, targets side by side, items matched fuzzily."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.across.compare import (ITEM_MATCH, bigrams, compare_digests, compare_targets, jaccard,
                                         target_phrase, term_status, unmatched)
from huazhongdian.render.across import render_compare
from huazhongdian.render.json import comparison_to_dict, target_change_text
from huazhongdian.types import Item, Target


@pytest.fixture(scope="module")
def comparison(sample_path: Path, fixtures: Path):
    old = hzd.digest(hzd.read(fixtures / "across" / "national-2024-gov-work-report.txt"))
    new = hzd.digest(hzd.read(sample_path))
    return compare_digests(old, new)


def _by_term(c):
    return {t.term: t for t in c.terms}


def test_term_statuses_on_real_reports(comparison) -> None:
    terms = _by_term(comparison)
    assert (terms["止跌回稳"].old_count, terms["止跌回稳"].new_count, terms["止跌回稳"].status) == (0, 2, "new")
    assert (terms["补短板"].old_count, terms["补短板"].new_count, terms["补短板"].status) == (3, 0, "dropped")
    assert (terms["高质量发展"].old_count, terms["高质量发展"].new_count, terms["高质量发展"].status) == (25, 9, "down")
    assert terms["制造业"].status == "up"


def test_term_counts_are_str_count(comparison) -> None:
    old_text, new_text = comparison.old.document.text, comparison.new.document.text
    assert len(comparison.terms) > 100
    for t in comparison.terms:
        assert (t.old_count, t.new_count) == (old_text.count(t.term), new_text.count(t.term))


@pytest.mark.parametrize(("old", "new", "status"), [
    (0, 3, "new"), (3, 0, "dropped"), (0, 0, "same"),
    (10, 11, "same"),   # one more mention is noise
    (4, 8, "up"), (8, 4, "down"),
])
def test_term_status_rule(old: int, new: int, status: str) -> None:
    assert term_status(old, new, Decimal(old), Decimal(new)) == status


def _target(metric: str, value: str | None, qualifier: str | None = "approx", unit: str = "%", *,
            absent: bool = False, low: str | None = None, high: str | None = None) -> Target:
    return Target(metric, 2025, Decimal(value) if value else None, Decimal(low) if low else None,
                  Decimal(high) if high else None, unit, qualifier, absent, "x", 0, 1)


def test_targets_side_by_side_with_change_text() -> None:
    old = [_target("cpi", "3"), _target("gdp_growth", "5"), _target("deficit_ratio", "3", None)]
    new = [_target("cpi", "2"), _target("gdp_growth", "5"), _target("urban_new_jobs", "1200", "at_least", "万人")]
    found = compare_targets(old, new)
    # across/ returns the status; render.json words it (data/wording.toml, "target_change").
    assert {r.metric: r.status for r in found} == {"cpi": "changed", "gdp_growth": "same", "deficit_ratio": "removed",
                                                   "urban_new_jobs": "added"}
    rows = {r.metric: target_change_text(r) for r in found}
    assert rows == {"cpi": "3%左右 → 2%左右", "gdp_growth": "不变 5%左右", "deficit_ratio": "3% → 未提",
                    "urban_new_jobs": "新增 1200万人以上"}


def test_target_phrases() -> None:
    assert target_phrase(_target("gdp_growth", None, None, absent=True)) == "不设具体目标"
    assert target_phrase(_target("gdp_growth", None, "range", low="6", high="6.5")) == "6-6.5%"
    assert target_phrase(_target("grain_output", "1.30", "at_least", "万亿斤")) == "1.3万亿斤以上"


def _item(text: str) -> Item:
    return Item(text=text, start=0, end=len(text), mode="plan", theme="", section="")


def test_items_match_near_duplicates_not_exact_strings() -> None:
    old = [_item("居民消费价格涨幅3%左右；"), _item("稳定粮食播种面积，巩固大豆扩种成果，推动大面积提高单产。"),
           _item("办好进博会、广交会、服贸会、数贸会、消博会等重大展会。")]
    new = [_item("居民消费价格涨幅2%左右；"), _item("稳定粮食播种面积，巩固大豆扩种成果，推动粮油作物大面积提高单产。"),
           _item("实施提振消费专项行动。")]
    assert [i.text for i in unmatched(new, old)] == ["实施提振消费专项行动。"]
    assert [i.text for i in unmatched(old, new)] == ["办好进博会、广交会、服贸会、数贸会、消博会等重大展会。"]
    assert jaccard(bigrams(old[1].text), bigrams(new[1].text)) >= ITEM_MATCH


def test_json_follows_the_contract(comparison) -> None:
    data = json.loads(render_compare(comparison, "json"))
    assert set(data) == {"old", "new", "terms", "targets", "items_new", "items_dropped"}
    assert "text" not in data["old"] and data["new"]["year"] == comparison.new.document.meta.year
    row = data["terms"][0]
    assert set(row) == {"term", "old_count", "new_count", "old_per_10k", "new_per_10k", "status",
                        "old_word_count", "new_word_count"}
    new_text = comparison.new.document.text
    for item in data["items_new"]:
        assert new_text[item["start"]:item["end"]] == item["text"]
    assert data == comparison_to_dict(comparison)


def test_markdown_and_html(comparison) -> None:
    md = render_compare(comparison, "md")
    assert "| 止跌回稳 | 新出现 | 0 | 2 |" in md
    html = render_compare(comparison, "html")
    assert html.startswith("<!doctype html>") and "止跌回稳" in html and "<script" not in html


def test_word_targets_keep_the_reports_sentence() -> None:
    # The comparison row shows the key, not a label, so "同步" alone would not say what is in step.
    income = replace(_target("resident_income", None, None, ""), text="居民收入增长和经济增长同步")
    assert target_phrase(income) == "居民收入增长和经济增长同步"
    assert target_phrase(_target("surveyed_unemployment", "5.5", "near")) == "近5.5%"
