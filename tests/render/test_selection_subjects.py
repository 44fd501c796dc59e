"""Issue 12, no bullet losing its subject: a clause that opens on a predicate (a verb of result, a
second 是, a verb and its bare count, a standing in a ranking) keeps the clause before, which names
what it is about. Fixture sentences are exact excerpts of Sichuan, Gansu, Xinjiang and Beijing 2026,
Hailar 2013 and 2016 (tests/fixtures/render/subjects/report-excerpt.txt) and of the 14th and 15th
CPC congress reports (congress-excerpt.txt)."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.render.selection import select_facts


def _bullets(fixtures, name: str) -> list[str]:
    d = hzd.digest(hzd.read(fixtures / "render" / "subjects" / name), lens="general")
    text = d.document.text
    return [text[f.start:f.end] for f in select_facts(d)]


@pytest.fixture(scope="module")
def report(fixtures):
    return _bullets(fixtures, "report-excerpt.txt")


@pytest.fixture(scope="module")
def congress(fixtures):
    return _bullets(fixtures, "congress-excerpt.txt")


def test_a_verb_and_its_bare_count_keeps_what_it_counts(report):
    assert "打好“保交房”攻坚战，交付31.7万套" in report
    assert "总投资30亿元的红星美凯龙城市商贸综合体项目当年完成投资6.1亿元，开工25.9万平方米" in report
    assert "交付31.7万套" not in report and "开工25.9万平方米" not in report


def test_a_standing_in_a_ranking_keeps_whose_it_is(report):
    assert "金川集团工业总产值连跨两个千亿台阶，在“世界500强”排名由369位上升到235位" in report
    assert not any(b.startswith("在“世界500强”") for b in report)


def test_an_income_made_keeps_who_made_it(report):
    assert "产业化龙头企业发展到22家，实现销售收入54亿元" in report


def test_a_comparison_after_is_keeps_its_subject(report):
    assert "2015年空港旅客吞吐量实现183万人次的历史性突破，是2010年的3倍" in report
    assert "是2010年的3倍" not in report


def test_a_period_and_its_is_clause_are_one_bullet(report):
    # "今后五年" is shorter than a bullet's shortest opening clause: the "是…" clause opens on it all the same.
    assert "今后五年，是我国基本实现社会主义现代化夯实基础、全面发力的关键时期" in report
    assert not any(b.startswith("是") for b in report)


def test_a_measure_is_not_a_verb_of_result(report):
    # "再创建5条美丽河湖" is a measure of its own (再创 + 建), not a record after its subject.
    assert "再创建5条美丽河湖" in report


def test_a_second_is_clause_goes_only_within_the_soft_length(congress):
    assert "兴办深圳、珠海、汕头、厦门四个经济特区是对外开放的重大步骤" in congress
    assert not any("崭新试验" in b for b in congress)


def test_is_clause_takes_its_subject_in_a_congress_plan(congress):
    assert any(b.startswith("依法治国，是党领导人民治理国家的基本方略") for b in congress)
    assert not any(b.startswith("是") for b in congress)
