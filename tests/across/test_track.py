"""track: plan units of 2024 against the review part of 2025, checked against hand labels."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.across.track import PlanUnit, part_spans, track, track_to_list, track_units
from huazhongdian.render.across import render_track

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pair(sample_path: Path, fixtures: Path):
    plan = hzd.read(fixtures / "across" / "national-2024-gov-work-report.txt")
    review = hzd.read(sample_path)
    return plan, review


def _unit(doc, text: str) -> PlanUnit:
    start = doc.text.index(text)
    return PlanUnit(text, start, start + len(text))


def test_parts_of_a_national_report(pair) -> None:
    plan, review = pair
    (r_start, r_end), (p_start, p_end) = part_spans(review)
    assert review.text[r_start:r_end].strip().startswith("一、2024年工作回顾")
    assert review.text[r_end:].strip().startswith("二、2025年经济社会发展总体要求和政策取向")
    assert p_start == r_end and p_end == len(review.text)
    _, (plan_start, _) = part_spans(plan)
    assert plan.text[plan_start:].strip().startswith("二、2024年经济社会发展总体要求和政策取向")


@pytest.mark.parametrize(("plan_text", "status", "evidence_has"), [
    ("全面实施跨境服务贸易负面清单。", "done", "全面实施跨境服务贸易负面清单"),
    ("粮食产量1.3万亿斤以上；", "done", "粮食产量首次跃上1.4万亿斤新台阶"),
    ("稳妥推进一些地方的中小金融机构风险处置。", "progress", "稳妥推进地方中小金融机构改革化险"),
    ("继续做好重点传染病防控。", "progress", "扎实做好重点传染病防治"),
    ("推进国家水网建设。", "not_mentioned", None),
    ("加快建设西部陆海新通道。", "not_mentioned", None),
])
def test_small_labelled_cases(pair, plan_text: str, status: str, evidence_has: str | None) -> None:
    plan, review = pair
    (result,) = track_units([_unit(plan, plan_text)], review)
    assert result.status == status
    if evidence_has is None:
        assert result.evidence is None
    else:
        assert evidence_has in result.evidence.text
        assert review.text[result.evidence.start:result.evidence.end] == result.evidence.text


def test_whole_track_offsets_and_json(pair) -> None:
    plan, review = pair
    results = track(hzd.digest(plan), hzd.digest(review))
    assert len(results) > 60
    rows = json.loads(render_track(results, "json"))
    assert rows == track_to_list(results)
    for row in rows:
        assert plan.text[row["plan"]["start"]:row["plan"]["end"]] == row["plan"]["text"]
        assert row["status"] in ("done", "progress", "not_mentioned")
        assert 0 <= row["score"] <= 1
        if row["evidence"] is not None:
            ev = row["evidence"]
            assert review.text[ev["start"]:ev["end"]] == ev["text"]
        else:
            assert row["status"] == "not_mentioned"
    statuses = {r["status"] for r in rows}
    assert statuses == {"done", "progress", "not_mentioned"}
    md = render_track(results, "md")
    assert md.startswith("# 计划落实追踪") and "证据：" in md


# Measured with bench/eval_track.py: national 0.774 / 0.871 / 0.904, hailar 0.714 / 0.878 / 0.735
# (status / mentioned-or-not / evidence). The floors sit just under.
@pytest.mark.parametrize(("gold", "floors"), [
    ("national-2024-2025.tsv", (0.75, 0.85, 0.88)),
    ("hailar-2018-2019.tsv", (0.69, 0.85, 0.70)),
])
def test_accuracy_floor_on_the_gold_sets(gold: str, floors: tuple[float, float, float]) -> None:
    spec = importlib.util.spec_from_file_location("eval_track", ROOT / "bench" / "eval_track.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    plan, review = module.PAIRS[gold]
    result = module.evaluate(module.GOLD / gold, plan, review)
    assert result["rows"] >= 45
    assert result["accuracy"] >= floors[0]
    assert result["mentioned_accuracy"] >= floors[1]
    assert result["evidence_accuracy"] >= floors[2]


def test_markdown_warns_when_the_years_do_not_follow(pair) -> None:
    plan, review = pair
    results = track_units([_unit(plan, "推进国家水网建设。")], review)
    assert "注意" not in render_track(results, "md", plan=plan, review=review)
    wrong = render_track(results, "md", plan=review, review=review)
    assert "计划报告安排的是 2025 年，回顾报告回顾的是 2024 年" in wrong


def test_units_can_be_forced(pair) -> None:
    from huazhongdian.across.track import plan_units
    from huazhongdian.errors import BadInput
    from huazhongdian.types import Digest

    plan, _ = pair
    bare = Digest(document=plan)  # no tasks, no items: auto falls back to plan-part sentences
    sentences = plan_units(bare, "sentences")
    assert plan_units(bare) == sentences
    assert sentences[0].text.startswith("今年是中华人民共和国成立75周年")
    assert all(plan.text[u.start:u.end] == u.text for u in sentences)
    assert plan_units(bare, "tasks") == [] and plan_units(bare, "items") == []
    with pytest.raises(BadInput):
        plan_units(bare, "paragraphs")
