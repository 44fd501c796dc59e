"""A review statement inside the later report's plan part (scorecard_past): a sentence opening on the
review year with no plan verb states a past fact, so its figure may be a result; nothing else of the
plan part is (the rule "no figure taken from the plan part" keeps plan targets out)."""

from __future__ import annotations

from huazhongdian.across.scorecard_past import past_sentences, review_year_words
from tests.across.test_scorecard_invariants import _past_statement
from tests.across.test_scorecard_rules import _rows

_TASK = "今年新开工保障性安居工程700万套。"


def test_a_sentence_opening_on_last_year_without_a_plan_verb_is_a_result(tmp_path):
    rows = _rows(tmp_path, _TASK, "过去一年，住房保障有力。", new_plan="去年，新开工保障性安居工程740万套。")
    assert rows["新开工保障性安居工程700万套"] == ("740万套", "超额完成")


def test_a_plan_verb_or_another_opening_keeps_the_figure_out(tmp_path):
    for plan in ("去年，新开工保障性安居工程740万套，今年要继续推进。",     # a plan verb
                 "新开工保障性安居工程740万套。",                          # no past-year opening
                 "去年以来，新开工保障性安居工程740万套。"):                 # not the year's
        rows = _rows(tmp_path, _TASK, "过去一年，住房保障有力。", new_plan=plan)
        assert rows["新开工保障性安居工程700万套"] == (None, "未提及"), plan


def test_the_review_year_itself_opens_a_past_statement():
    assert "一九八六年" in review_year_words(1986) and "1986年" in review_year_words(1986)
    text = "二、今年的任务\n一九八六年，基本建设投资比上年增长7.3%。一九八六年要增长8%。\n"
    found = past_sentences(text, (0, len(text)), 1986)
    assert [text[a:b] for a, b in found] == ["一九八六年，基本建设投资比上年增长7.3%"]
    assert past_sentences(text, (0, len(text)), 1985) == []


def test_the_invariant_allows_exactly_the_past_statement():
    text = "去年，基本建设投资比上年增长7.3%。去年投资要增长8%。今年投资增长9%。"
    assert _past_statement(text, text.index("7.3%"), 1986)
    assert not _past_statement(text, text.index("8%"), 1986)
    assert not _past_statement(text, text.index("9%"), 1986)
