"""目标完成情况: a budget line of the central finance stated as a plan task (中央财政将安排科技支出
1134亿元) and the review's figure for the same line in other words (中央财政用于科技的支出1163亿元).
Hand-written pairs in the national reports' wording, no corpus reads."""

from __future__ import annotations

from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard_data import _data
from huazhongdian.across.scorecard_heads import same_line

from scorecard_rows import rows_of

_OLD = "政府工作报告\n\n一、2008年工作回顾\n\n过去一年，经济平稳较快发展。\n\n二、2009年工作总体部署\n\n{plan}\n"
_NEW = "政府工作报告\n\n一、2009年工作回顾\n\n{review}\n\n二、2010年工作总体部署\n\n今年要继续努力。\n"


def _rows(tmp_path: Path, plan: str, review: str) -> dict[str, tuple[str | None, str]]:
    old_path = tmp_path / "national-2009-gov-work-report.txt"
    new_path = tmp_path / "national-2010-gov-work-report.txt"
    old_path.write_text(_OLD.format(plan=plan), "utf-8")
    new_path.write_text(_NEW.format(review=review), "utf-8")
    return rows_of(hzd.digest(hzd.read(str(old_path))), hzd.digest(hzd.read(str(new_path))))


def test_the_same_line_in_other_words():
    heads = _data().heads
    assert "中央财政" in heads.payers
    assert same_line("中央财政将安排科技支出", "", "", "中央财政用于科技的支出", heads)
    assert same_line("中央财政科技投入", "", "", "中央财政用于科技", heads)
    assert same_line("中央政府投资总额", "", "", "中央政府公共投资", heads)
    # Another line, another payer, no payer at all.
    assert not same_line("中央财政将安排科技支出", "", "", "中央财政用于教育的支出", heads)
    assert not same_line("中央财政科技投入", "", "", "地方财政科技投入", heads)
    assert not same_line("科技投入", "", "", "科技投入", heads)


def test_a_nameless_amount_takes_its_sentence_or_its_own_spending_word():
    heads = _data().heads
    context = "实施更加积极的就业政策，"
    assert same_line("中央财政拟投入", "资金", context, "中央财政安排就业专项资金", heads)
    assert not same_line("中央财政拟投入", "资金", context, "中央财政安排教育专项资金", heads)
    # 资金 after the figure says nothing of the line: not any 中央财政投入资金 of the review.
    assert not same_line("中央财政拟安排", "专项资金", "", "中央财政投入资金", heads)
    assert not same_line("中央财政拟投入", "资金", "", "中央财政投入资金", heads)


def test_a_budget_line_task_takes_the_reviews_figure(tmp_path):
    rows = _rows(tmp_path, "今年中央财政将安排科技支出1134亿元，增长25.6%。",
                 "中央财政投入资金450亿元，补贴家电下乡。中央财政用于科技的支出1163亿元，增长30%。")
    assert rows["中央财政将安排科技支出1134亿元"] == ("1163亿元", "超额完成")


def test_older_targets_in_words_are_rows_and_a_growth_in_words_takes_its_key(tmp_path):
    rows = _rows(tmp_path, "努力保持对外贸易适度增长，促进国际收支基本平衡。适当增加机关事业单位人员工资。",
                 "进出口贸易总额1.15万亿美元，增长35.7%。国家提高了机关事业单位职工工资。")
    assert rows["努力保持对外贸易适度增长"] == ("增长35.7%", "完成")
    # Stated in words, answered in words or not at all: rows, not stated.
    assert rows["促进国际收支基本平衡"] == (None, "未提及")
    assert rows["适当增加机关事业单位人员工资"] == (None, "未提及")


def test_a_bare_count_named_after_it_is_a_task_even_after_an_increment_word(tmp_path):
    assert "万" in _data().after_bare
    rows = _rows(tmp_path, "发展农村沼气，增加500万沼气用户。棚户区改造580万套，增加110万套。",
                 "新增510万沼气用户。")
    assert rows["增加500万沼气用户"] == ("510万", "超额完成")
    # An increment with nothing after it is still the change of the figure before it.
    assert "增加110万套" not in rows


def test_one_definition_of_a_starting_value_for_both_sides():
    from huazhongdian.across.scorecard_data import _starting_value
    text = "将制造业等行业现行16%的税率降至13%，力争普及率保持在90%以上、自来水普及率提高到95%。"
    assert _starting_value(text, text.index("16%") + 3)          # the start of a move (降至)
    assert not _starting_value(text, text.index("13%") + 3)
    # 、 ends the window: the next figure's move is not this one's.
    assert not _starting_value(text, text.index("90%") + 3)


def test_a_bare_count_takes_the_unit_its_noun_implies():
    heads = _data().heads
    from huazhongdian.across.scorecard_heads import bare_alike
    assert bare_alike("农村贫困人口", "人", heads) and bare_alike("沼气用户", "户", heads)
    assert not bare_alike("农村贫困人口", "户", heads) and not bare_alike("沼气池", "户", heads)


def test_a_space_between_name_and_figure_still_names_a_task(tmp_path):
    rows = _rows(tmp_path, "今年中央财政预算赤字 1503亿元。中央财政支出比去年预算增加 250亿元。",
                 "财政收入增长较快。")
    assert rows["今年中央财政预算赤字 1503亿元"] == (None, "未提及")
    assert not any("250亿元" in t for t in rows)     # a change on last year is no task


def test_a_move_in_its_own_clause_is_named_by_the_clause_before(tmp_path):
    rows = _rows(tmp_path, "今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元。",
                 "中央财政投入223亿元，用于国家助学。")
    assert rows["将由去年的1076亿元增加到1562亿元"] == (None, "未提及")


def test_two_figures_joined_by_he_are_the_two_clauses_before_in_order():
    from huazhongdian.across.scorecard_realised import _subject
    text = "城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。"
    first, second = text.index("增长9.8%"), text.index("8.5%")
    assert "城镇居民" in _subject(text, first, 0, "农村居民人均纯收入")
    assert "农村居民" not in _subject(text, first, 0, "农村居民人均纯收入")
    assert "农村居民" in _subject(text, second, 0, "农村居民人均纯收入")


def test_a_nameless_amount_opening_its_sentence_is_named_by_its_purpose(tmp_path):
    rows = _rows(tmp_path, "今年拟安排430亿元，用于补助低保住房困难家庭的实物廉租房建设。",
                 "保障性安居工程补助资金551亿元。")
    # A row (what it is for names it), and the whole programme's aggregate is not its figure.
    assert rows["今年拟安排430亿元"] == (None, "未提及")


def test_a_review_bare_count_names_its_noun_after_the_figure(tmp_path):
    from huazhongdian.across.scorecard_heads import bare_names
    assert bare_names("农民受益", "人", _data().heads) and not bare_names("农民受益", "户", _data().heads)
    rows = _rows(tmp_path, "加强农村饮水安全工程建设，再解决6000万人安全饮水问题。",
                 "农村饮水安全工程使6069万农民受益。")
    assert rows["再解决6000万人"] == ("6069万", "超额完成")


def test_a_one_character_task_name_takes_no_figure(tmp_path):
    rows = _rows(tmp_path, "继续提高企业退休人员基本养老金，人均每年增长10%左右。",
                 "城镇居民人均可支配收入实际增长9.8%。")
    # 人 (of 人均) names nothing: not stated rather than another's 9.8%.
    assert rows and all(got is None for got, _ in rows.values())
