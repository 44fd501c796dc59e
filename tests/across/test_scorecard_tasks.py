"""Task rows of an older report by definition (issue 13, across/scorecard_tasks.py): a clause of the
year's plan with a plan modal and either a figure or a named object with a completion/direction verb is
a ledger row; a five-year or long-term clause, a done or failed one, a list lead and a heading are not.
Excerpts inline (written for the rule, not cut from the gold rows)."""

from __future__ import annotations

from decimal import Decimal

import huazhongdian as hzd
from huazhongdian.across.scorecard import ledger
from huazhongdian.across.scorecard_tasks import old_report, task_clause
from huazhongdian.load import read_text


def test_a_modal_and_an_object_with_a_verb_is_a_task() -> None:
    assert task_clause("新建的三座水泥厂可望在今年内建成投产", in_plan=True, year=1985, report_year=1985) == \
        "新建的三座水泥厂"
    # The object after the verb when nothing names it before (节约木材).
    assert task_clause("要节约木材", in_plan=True, year=1985, report_year=1985) == "木材"


def test_a_modal_and_a_figure_is_a_task_even_without_a_verb() -> None:
    assert task_clause("会议费要按上年实际数额核减15%", in_plan=True, year=1985, report_year=1985) == \
        "会议费"
    # A year's digits are no figure: 预计到1986年底 holds none and no verb.
    assert task_clause("预计到1986年底", in_plan=True, year=1986, report_year=1986) is None


def test_no_modal_no_task() -> None:
    assert task_clause("钢铁产量增加较多", in_plan=True, year=1985, report_year=1985) is None
    # 主要/重要 hold 要 but are no modal; 计划 naming a plan is a noun.
    assert task_clause("主要是提高产品质量", in_plan=True, year=1985, report_year=1985) is None
    assert task_clause("计划草案安排的投资增加", in_plan=True, year=1985, report_year=1985) is None


def test_outside_the_plan_only_with_the_year_cue() -> None:
    words = "水库工程将要完成"
    assert task_clause(words, in_plan=False, year=1985, report_year=1985) is None
    assert task_clause("水库工程今年将要完成", in_plan=False, year=1985, report_year=1985) == "水库工程"
    # A report given late in the year plans the next one: its 明年 is the cue, its 今年 the year reviewed.
    assert task_clause("化肥生产明年要增加", in_plan=False, year=1982, report_year=1981) == "化肥生产"
    assert task_clause("化肥生产今年要增加", in_plan=True, year=1982, report_year=1981) is None


def test_five_year_long_term_done_and_failed_clauses_are_no_tasks() -> None:
    for words, before in [("“七五”期间要增加出口", ""), ("出口要有较大增加", "在“七五”期间，"),
                          ("到一九九〇年要使发电量达到三千亿度", ""), ("长期要提高农业劳动生产率", ""),
                          ("今年要完成了的任务", ""), ("今年没有完成基建计划", ""),
                          ("今年要抓好以下几项工作", "")]:
        assert task_clause(words, in_plan=True, before=before, year=1985, report_year=1985) is None, words


def test_old_report_is_one_without_a_named_target_passage() -> None:
    text = "政府工作报告\n今年国民经济计划的主要预期目标是：国民生产总值增长百分之七。\n"
    doc = read_text(text, filename="national-1985-gov-work-report.txt")
    assert not old_report(doc, [(0, len(text))])
    assert old_report(doc, [])
    assert old_report(doc, [(text.index("国民生产"), len(text))])    # a passage not naming itself


REPORT = """一九八五年政府工作报告

一、一九八四年的工作

去年工业总产值比上年增长百分之十四。

二、一九八五年的任务

今年的主要任务是：
第一，集团购买力要比上年压缩百分之二十。
第二，新建的水泥厂可望在今年内建成投产。
第三，继续做好各项工作。
“七五”期间，出口要有较大增加。
"""


def test_ledger_holds_one_task_row_per_clause_after_the_headline_rows() -> None:
    d = hzd.digest(read_text(REPORT, filename="national-1985-gov-work-report.txt"))
    rows = ledger(d)
    texts = [r.target.text for r in rows]
    by_text = {r.target.text: r for r in rows}
    # The figure clause and the worded clause are rows; each clause holds one row at most.
    cut = next(t for t in texts if "集团购买力" in t)
    assert by_text[cut].target.value == Decimal("20")
    built = next(r for r in rows if "水泥厂" in r.target.text)
    assert built.target.value is None and built.source == "task" and "水泥厂" in built.target.metric
    assert len({(r.target.start, r.target.end) for r in rows}) == len(rows)
    assert sum("水泥厂" in t for t in texts) == 1
    # The lead (今年的主要任务是：), a clause without a modal and the five-year sentence are none.
    assert not any("主要任务是" in t or "各项工作" in t or "出口" in t for t in texts)
    # Task rows come after every headline row (source "target"), in report order.
    headline = [i for i, r in enumerate(rows) if r.source == "target"]
    tasks = [i for i, r in enumerate(rows) if r.source == "task"]
    assert len(tasks) == 2 and all(h < t for h in headline for t in tasks)
    assert [rows[i].target.start for i in tasks] == sorted(rows[i].target.start for i in tasks)


def test_headline_targets_stay_first_in_a_report_with_a_passage() -> None:
    text = ("2019年政府工作报告\n\n一、2018年工作回顾\n\n去年国内生产总值增长6.6%。\n\n二、2019年工作任务\n\n"
            "今年发展主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上。\n"
            "新建的水泥厂可望在今年内建成投产。\n")
    rows = ledger(hzd.digest(read_text(text, filename="national-2019-gov-work-report.txt")))
    assert rows and rows[0].source == "target"
    # The rule is for old reports only: a report with a 主要预期目标 passage gains no task clause row.
    assert not any("水泥厂" in r.target.text for r in rows)


def test_a_modal_earlier_in_the_sentence_governs_its_later_clauses() -> None:
    # 今年要增加化肥生产，农机产量提高百分之五: the second clause holds no modal of its own.
    assert task_clause("农机产量提高百分之五", in_plan=True, before="今年要增加化肥生产，", year=1985,
                       report_year=1985) == "农机产量"
    assert task_clause("农机产量提高百分之五", in_plan=True, before="去年化肥生产增加，", year=1985,
                       report_year=1985) is None


def test_a_condition_frames_a_task_and_is_none() -> None:
    assert task_clause("要在提高质量的基础上", in_plan=True, year=1985, report_year=1985) is None
    # An actor or an adverb before the verb is no object: what the verb moves is.
    assert task_clause("各级政府都要增加教育投入", in_plan=True, year=1985, report_year=1985) == "教育投入"
    assert task_clause("要严格控制行政开支", in_plan=True, year=1985, report_year=1985) == "行政开支"


def test_every_task_row_comes_after_the_other_rows() -> None:
    text = REPORT.replace("第三，继续做好各项工作。", "第三，继续做好各项工作。\n第四，要使财政收支基本平衡。")
    rows = ledger(hzd.digest(read_text(text, filename="national-1985-gov-work-report.txt")))
    sources = [r.source for r in rows]
    assert "task" in sources and "qualitative" in sources
    # (The stated 财政收支基本平衡 comes last in the report, first in the ledger.)
    assert rows[0].source == "qualitative" and rows[0].target.start > max(r.target.start for r in rows[1:])
    first = sources.index("task")
    assert all(s == "task" for s in sources[first:])


def test_the_markdown_table_puts_figure_tasks_and_worded_tasks_under_their_own_headings() -> None:
    from huazhongdian.across.scorecard import scorecard
    from huazhongdian.render.scorecard import render_scorecard

    old = hzd.digest(read_text(REPORT, filename="national-1985-gov-work-report.txt"))
    new = hzd.digest(read_text("一九八六年政府工作报告\n\n一、一九八五年的工作\n\n去年工业总产值增长百分之十八。\n\n"
                               "二、一九八六年的任务\n\n今年要继续前进。\n", filename="national-1986-gov-work-report.txt"))
    rows = scorecard(old, new)
    md = render_scorecard(rows, "md")
    figure_at, words_at = md.index("**量化任务**"), md.index("**文字任务**")
    assert figure_at < md.index("集团购买力") < words_at < md.index("水泥厂")
    # every row is in the Markdown once, and each part opens on the table's header
    assert sum(line.startswith("| 1985 |") for line in md.splitlines()) == len(rows)
    assert md.count("| 年份 |") == 1 + (figure_at > 0) + (words_at > 0)
    # the headline-only table and the other formats are one table, as before
    assert "**" not in render_scorecard(rows, "md", headline_only=True)
    assert "量化任务" not in render_scorecard(rows, "csv")
