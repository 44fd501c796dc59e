"""The ledger's worded targets (issue 13 item 5): a plan-part clause without a number that names a
metric and says which way it goes is a qualitative row (value null, the clause as its span); a
means, a statement or a five-year goal is not. Fixture excerpts in tests/fixtures/across/worded/."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.across.scorecard import ledger, scorecard
from huazhongdian.across.scorecard_worded import worded_direction, worded_status

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "across" / "worded"


@pytest.fixture(scope="module")
def old() -> hzd.Digest:
    return hzd.digest(hzd.read(str(FIXTURES / "national-2002-gov-work-report.txt")))


@pytest.fixture(scope="module")
def new() -> hzd.Digest:
    return hzd.digest(hzd.read(str(FIXTURES / "national-2003-gov-work-report.txt")))


def _worded(digest: hzd.Digest) -> dict[str, str]:
    return {r.target.text: r.target.metric for r in ledger(digest) if r.source == "qualitative"}


def test_worded_targets_are_rows_with_their_clause(old):
    rows = _worded(old)
    assert rows["千方百计增加农民收入"] == "农民人均纯收入"           # keyed: the review's figure answers it
    # The span is the whole clause; the metric reads past the list marker 三是.
    assert rows["三是继续适当提高机关事业单位职工基本工资"] == "继续适当提高机关事业单位职工基本工资"
    assert rows["要逐步减少国家财政赤字"] == "deficit"
    for r in ledger(old):
        if r.source == "qualitative":
            assert r.target.value is None and old.document.text[r.target.start:r.target.end] == r.target.text


def test_no_row_for_a_means_a_statement_or_a_review_line(old):
    rows = _worded(old)
    assert "这是增加居民收入的重要途径" not in rows      # a means (重要途径)
    assert "带动固定资产投资较快增长" not in rows        # metric before verb, no opening cue: a statement
    assert "农民收入增长不快" not in rows                # the review part is not read
    assert "加强社会治安综合治理" not in rows            # no metric, no direction


def test_one_row_per_metric_first_statement_wins(old):
    farmer = [r.target.text for r in ledger(old) if r.target.metric == "农民人均纯收入"]
    assert farmer == ["千方百计增加农民收入"]            # not 今年要努力增加农民收入 again


def test_status_follows_the_direction(old, new):
    by_text = {r.ledger.target.text: r for r in scorecard(old, new)}
    row = by_text["千方百计增加农民收入"]
    assert row.realised is not None and row.realised.value == Decimal("4.8")
    assert row.status == "完成"
    assert by_text["三是继续适当提高机关事业单位职工基本工资"].status == "未提及"


def test_direction_words():
    assert worded_direction("继续压缩财政赤字") == "down"
    assert worded_direction("当年财政赤字和发债规模大体保持去年水平") == "hold"
    assert worded_direction("力争农民收入增加") == "up"
    assert worded_status("增加农民收入", "增长4.3%", "change") == "完成"
    assert worded_status("增加农民收入", "下降1.2%", "change") == "未完成"
    assert worded_status("继续压缩财政赤字", "下降10%", "change") == "完成"
    assert worded_status("实现进出口贸易基本平衡", "增长3%", "change") is None   # a hold: no growth answers it
    assert worded_status("增加农民收入", "2476元", "level") is None


def test_five_year_goals_are_not_the_years(tmp_path):
    text = ("政府工作报告\n\n一、2020年工作回顾\n\n经济保持增长。\n\n二、“十四五”时期主要目标任务\n\n"
            "全员劳动生产率增长高于国内生产总值增长，努力增加农民收入。\n")
    path = tmp_path / "national-2021-gov-work-report.txt"
    path.write_text(text, "utf-8")
    assert _worded(hzd.digest(hzd.read(str(path)))) == {}


def test_one_more_count_after_zai_you_is_a_task(tmp_path):
    # 1998: 争取今年再有1000万以上贫困人口解决温饱问题 — 再有 is no statement of what there is (我国有13亿人口).
    text = ("政府工作报告\n\n一、1997年工作回顾\n\n经济保持增长。\n\n二、1998年的主要任务\n\n"
            "加大扶贫攻坚力度，争取今年再有1000万以上贫困人口解决温饱问题。我国有13亿人口。\n")
    path = tmp_path / "national-1998-gov-work-report.txt"
    path.write_text(text, "utf-8")
    tasks = [r.target.text for r in ledger(hzd.digest(hzd.read(str(path)))) if r.source == "task"]
    assert any("1000万以上" in t for t in tasks)
    assert not any("13亿" in t for t in tasks)
