"""Issue 13, the fresh6/fresh7 eras: commitments stated in an older plan's sentences
(scorecard_stated) and the one-year-of-the-plan phrase that is no period cue (1959)."""

from pathlib import Path

from huazhongdian.across.scorecard_data import period_cue
from huazhongdian.across.scorecard_stated import stated_rows

EXCERPT = (Path(__file__).resolve().parent.parent / "fixtures" / "across" / "stated_1987_excerpt.txt").read_text("utf-8")


def _rows(taken=()):
    return stated_rows(EXCERPT, (0, len(EXCERPT)), list(taken), 1987, lambda _pos: "theme")


def test_a_sentence_with_a_cue_gives_rows_from_the_cue_on():
    texts = [r.target.text for r in _rows()]
    assert any("保计划内建设" in t for t in texts)
    assert any("使消费基金的增长同生产的发展和国民收入的增加相适应" in t for t in texts)
    # The clause before the first cue (为了…状况) is the reason, no commitment.
    assert not any(t.startswith("为了") for t in texts)
    for r in _rows():
        assert r.source == "qualitative" and r.target.value is None
        assert EXCERPT[r.target.start:r.target.end] == r.target.text


def test_a_five_year_sentence_and_a_review_sentence_give_no_row():
    texts = [r.target.text for r in _rows()]
    assert not any("一九八五年的水平" in t for t in texts)
    assert not any("农业生产" in t for t in texts)


def test_a_taken_span_cuts_the_run():
    at = EXCERPT.index("保生产性建设")
    rows = _rows([(at, at + len("保生产性建设"))])
    assert all(not (r.target.start < at + 6 and at < r.target.end) for r in rows)
    assert any("保计划内建设" in r.target.text for r in rows)


def test_one_year_of_a_five_year_plan_is_no_period():
    assert not period_cue("二、我们在第二个五年计划的第二年——一九五九年经济战线上的任务", 1959)
    assert period_cue("第二个五年计划期间的任务", 1959)
