"""目标完成情况: status rules on hand-built targets, the fixtures' 2024 → 2025 pair, the dev-gold floors."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.across.scorecard import consecutive_pairs, judge, ledger, scorecard, scorecard_digest
from huazhongdian.types import Target

ROOT = Path(__file__).resolve().parents[2]


def _target(metric: str, value: str | None, qualifier: str | None, unit: str = "%",
            low: str | None = None, high: str | None = None) -> Target:
    point = Decimal(value) if value else (Decimal(low) + Decimal(high)) / 2
    return Target(metric=metric, year=2016, value=Decimal(value) if value else None,
                  low=Decimal(low) if low else None, high=Decimal(high) if high else None, unit=unit,
                  qualifier=qualifier, absent=False, text="", start=0, end=0, base_value=point,
                  base_unit=unit, point=point)


@pytest.mark.parametrize("target, realised, status", [
    (_target("cpi", "3", "approx"), "2.1", "完成"),                      # a price ceiling
    (_target("registered_unemployment", "4.5", "at_most"), "4.02", "完成"),
    (_target("gdp_growth", None, "range", low="6", high="6.5"), "6.1", "完成"),
    (_target("gdp_growth", "5.5", "approx"), "3", "未完成"),
    (_target("gdp_growth", "7", "approx"), "6.9", "完成"),
    (_target("m2_growth", "13", "approx"), "11.3", "未完成"),          # a budget figure: hit it or not
    (_target("cpi", "3", "at_most"), "4.8", "未完成"),
    (_target("energy_intensity", "3.4", "at_least"), "5", "超额完成"),
    (_target("energy_intensity", "3", "at_least"), "3", "完成"),
])
def test_judge(target, realised, status):
    assert judge(target, Decimal(realised)) == status


def test_judge_compares_base_values():
    jobs = Target(metric="urban_new_jobs", year=2024, value=Decimal(1200), low=None, high=None, unit="万人",
                  qualifier="at_least", absent=False, text="", start=0, end=0,
                  base_value=Decimal(12000000), base_unit="人", point=Decimal(1200))
    assert judge(jobs, Decimal(12560000)) == "超额完成"
    assert judge(jobs, None) == "未提及"


def test_fixture_pair_jobs_and_spans(fixtures):
    old = scorecard_digest(hzd.read(str(fixtures / "across" / "national-2024-gov-work-report.txt")))
    new = scorecard_digest(hzd.read(str(ROOT / "examples" / "national-2025-gov-work-report.txt")))
    rows = scorecard(old, new)
    by_metric = {r.ledger.target.metric: r for r in rows if r.ledger.source != "task"}
    jobs = by_metric["urban_new_jobs"]
    assert jobs.ledger.target.text == "城镇新增就业1200万人以上"
    assert (jobs.realised.value, jobs.realised.unit, jobs.status) == (Decimal(1256), "万人", "超额完成")
    for r in rows:
        t = r.ledger.target
        assert old.document.text[t.start:t.end] == t.text
        if r.realised is not None:
            assert new.document.text[r.realised.start:r.realised.end] == r.realised.text
            review_end = new.document.text.find("2025年政府工作任务")
            assert review_end < 0 or r.realised.start < review_end   # never the plan part


def test_ledger_has_tasks_and_qualitative_rows(fixtures):
    rows = ledger(scorecard_digest(hzd.read(str(fixtures / "across" / "national-2024-gov-work-report.txt"))))
    assert rows[0].source in ("target", "qualitative")
    assert any(r.source == "task" for r in rows)
    assert [r.target.start for r in rows if r.source == "task"] == sorted(
        r.target.start for r in rows if r.source == "task")


def test_consecutive_pairs_only_one_year_apart():
    docs = [{"id": 1, "region": "", "level": "national", "kind": "gov-work-report", "year": 2016},
            {"id": 2, "region": "", "level": "national", "kind": "gov-work-report", "year": 2017},
            {"id": 3, "region": "", "level": "national", "kind": "gov-work-report", "year": 2019},
            {"id": 4, "region": "湖南", "level": "provincial", "kind": "gov-work-report", "year": 2018}]
    assert [(a["id"], b["id"]) for a, b in consecutive_pairs(docs)] == [(1, 2)]


def test_cli_scorecard_json(hzd_run, fixtures):
    code, out, _ = hzd_run("scorecard", str(fixtures / "across" / "national-2024-gov-work-report.txt"),
                           str(ROOT / "examples" / "national-2025-gov-work-report.txt"), "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert set(rows[0]) == {"metric", "year", "target", "realised", "status", "verdict"}
    assert rows[0]["year"] == 2024


def test_cli_scorecard_needs_two_files(hzd_run, fixtures):
    code, _, err = hzd_run("scorecard", str(ROOT / "examples" / "national-2025-gov-work-report.txt"))
    assert code == 2 and "OLD NEW" in err


def test_dev_gold_floors(corpus):
    """CI floors on the development gold (tuned on it: development figures, not held-out ones)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_scorecard import evaluate

    report = evaluate(ROOT / "tests" / "gold" / "scorecard" / "dev", corpus)
    assert report["rows"] >= 40
    assert report["ledger_recall"] >= 1.0
    assert report["realised_accuracy"] >= 1.0
    assert report["status_accuracy"] >= 1.0


def test_digest_json_lists_the_reviews_realised_headlines():
    from huazhongdian.render.json import digest_to_dict

    doc = hzd.read(str(ROOT / "examples" / "national-2025-gov-work-report.txt"))
    got = digest_to_dict(scorecard_digest(doc))["realised"]
    jobs = got["urban_new_jobs"]
    assert (jobs["value"], jobs["unit"], jobs["base_value"]) == (1256, "万人", 12560000)
    assert doc.text[jobs["start"]:jobs["end"]] == jobs["text"] == "1256万人"
    assert got["gdp_growth"]["text"] == "增长5%"
