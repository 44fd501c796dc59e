"""track on a pair it was not tuned on: names, grammar and principle are no shared content.

1954 → 1955: the 1955 report's first part is a programme (一、国家在过渡时期的总任务), not a
review of work, and before this pass 1954's foreign-policy and legal sentences were ``done``
through 中华人民共和国 and through bigrams such as 很大/大的 (tests/fixtures/track/).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.across.track import PlanUnit, is_framing, review_sentences, tokens, track_units


@pytest.fixture(scope="module")
def review_1955(fixtures: Path):
    return hzd.read(fixtures / "track" / "national-1955-excerpt.txt")


def test_common_names_give_no_bigrams() -> None:
    toks = tokens("中華人民共和國在聯合國中的合法地位和權利必須恢復；")
    assert not toks & {"中华", "华人", "人民", "民共", "共和", "和国"}
    assert {"联合", "合法", "权利", "恢复"} <= toks
    # the rest of a phrase around a name keeps its bigrams
    assert "农村" in tokens("建设社会主义新农村") and "主义" not in tokens("建设社会主义新农村")


def test_function_characters_give_no_bigrams() -> None:
    toks = tokens("中小學敎育已有很大的發展，今後應當着重質量的提高。")
    assert not toks & {"已有", "有很", "很大", "大的"}
    assert {"中小", "小学"} <= toks


def test_de_is_read_through() -> None:
    # 积极的财政政策 and 积极财政政策 are one policy (2012 → 2013)
    assert "极财" in tokens("继续实施积极的财政政策。")


@pytest.mark.parametrize("plan_text", [
    "中華人民共和國在聯合國中的合法地位和權利必須恢復；",
    "中華人民共和國政府完全支持這四個國家的正義立場，堅决反對這個分裂東南亞的軍事同盟條約。",
    "隨着中華人民共和國憲法的頒佈，我們的革命法制將要日趨完備。",
    "我們必須用全力來實現憲法所規定的我們在過渡時期的總任務，而這裏最主要的事情，就是我們人人都要關心提高我們國家的生産力。",
])
def test_1954_plans_are_not_done_by_1955_history(review_1955, plan_text: str) -> None:
    # Before: done at 1.0, evidence 中华人民共和国的成立，标志着… or 宪法序言规定：“…过渡时期…”.
    (result,) = track_units([PlanUnit(plan_text, 0, len(plan_text))], review_1955)
    assert result.status == "not_mentioned"
    assert result.evidence is None


def test_history_sentences_stay_in_the_review(review_1955) -> None:
    # They are downweighted, not removed: a programme is all a 1955-style report has.
    texts = [s.text for s in review_sentences(review_1955)]
    assert any(t.startswith("中华人民共和国的成立，标志着") for t in texts)


@pytest.mark.parametrize("plan_text", [
    # a principle, not a measure (1954: matched 1955's 同时，只有在发展重工业的基础上… as done)
    "只有生産不斷地增加，不斷地擴大，才能逐步地克服我們人民的貧困，才能鞏固我們革命的勝利，才能有我們將來的幸福。",
    # an outlook, read in simplified characters like 只要我们…一定能…
    "我們相信，即將由全國人民代表大會第一次會議産生的國家行政機關，根據這個偉大的人民的憲法所規定的目標，"
    "依靠全國人民的支持和全國人民代表大會的監督，一定能够盡到自己的責任，把我們國家的各項事業推向新的更大的勝利。",
])
def test_principles_and_outlooks_are_framing(plan_text: str) -> None:
    assert is_framing(plan_text)


def test_shortcomings_and_leadership_are_no_evidence_2013(fixtures: Path) -> None:
    # 2013 opens its shortcomings with 我们清醒地认识到 (no 也), and credits 党中央…正确领导.
    doc = hzd.read(fixtures / "track" / "national-2013-excerpt.txt")
    texts = [s.text for s in review_sentences(doc)]
    assert any(t.startswith("过去五年取得的成就来之不易") for t in texts)
    assert not any("收入分配差距较大" in t or "正确领导" in t for t in texts)
