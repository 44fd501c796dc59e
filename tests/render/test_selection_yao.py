"""A report that states its plan's tasks with 要 keeps its 要 measures as bullets (issue 12, wt-carry-none2)."""

from __future__ import annotations

from huazhongdian.render.selection_parts import YAO_TASK_SHARE, after_yao, states_tasks_with_yao


def test_the_share_of_yao_openings_decides() -> None:
    old = ["今年要积极发展生产资料市场。", "要继续完善家庭联产承包责任制。", "明年要进行企业的全面整顿。"]
    recent = ["实施更加积极的财政政策。", "扩大有效投资。", "要坚持稳中求进工作总基调。", "加快建设现代化产业体系。",
              "推进乡村全面振兴。", "深化国资国企改革。", "稳定和扩大就业。", "保障和改善民生。"]
    assert states_tasks_with_yao(old)
    assert not states_tasks_with_yao(recent)       # 1 of 8 = 12.5%, under the share
    assert 1 / len(recent) < YAO_TASK_SHARE
    assert not states_tasks_with_yao([])


def test_after_yao_leaves_the_measure() -> None:
    assert after_yao("今年要积极发展钢材市场") == "积极发展钢材市场"
    assert after_yao("要坚持稳中求进") == "坚持稳中求进"       # (still a line: the caller tests the rest again)
    assert after_yao("主要任务是发展生产") == "主要任务是发展生产"  # 主要: no 要 opening
    assert after_yao("扩大有效投资") == "扩大有效投资"


def test_a_yao_measure_is_a_bullet_only_in_a_report_that_states_tasks_so() -> None:
    import huazhongdian as hzd
    from huazhongdian.load import read_text
    from huazhongdian.render.selection import select_facts

    head = "一、1986年的工作回顾\n去年工业总产值增长10%。\n二、1987年的主要任务\n"
    measure = "今年要积极发展和改善钢材、煤炭、水泥等重要生产资料的市场。"
    old_plan = measure + "要继续稳定和完善多种形式的家庭联产承包责任制。要进一步搞活大中型企业。\n"
    recent_plan = measure + "".join(f"扩大第{n}类有效投资，推进第{n}批重点项目建设。" for n in "一二三四五六七八九") + "\n"

    def shown(text: str) -> list[str]:
        d = hzd.digest(read_text(text))
        return [d.document.text[f.start:f.end] for f in select_facts(d)]

    assert any("钢材" in b for b in shown(head + old_plan))
    assert not any("钢材" in b for b in shown(head + recent_plan))


def test_task_clauses_open_on_the_yao_clause() -> None:
    from huazhongdian.render.selection_parts import clause_spans, task_clauses

    text = "这是一项理顺分配关系的重大举措，今年要以交通收费改革为突破口，积累经验。"
    clauses = clause_spans(text, 0, len(text))
    kept = task_clauses(text, clauses)
    assert [text[s:e] for s, e in kept] == ["今年要以交通收费改革为突破口", "积累经验"]
    first = "要严格控制物价，积累经验。"
    assert task_clauses(first, clause_spans(first, 0, len(first))) == clause_spans(first, 0, len(first))
    none = "这是重大举措，积累经验。"
    assert task_clauses(none, clause_spans(none, 0, len(none))) == clause_spans(none, 0, len(none))


def test_a_factless_plan_sentence_of_an_old_report_shows_its_yao_task() -> None:
    import huazhongdian as hzd
    from huazhongdian.load import read_text
    from huazhongdian.render.selection import select_facts

    head = "一、1998年的工作回顾\n去年工业总产值增长10%。\n二、1999年的主要任务\n"
    plan = ("今年要积极发展钢材市场。要继续稳定和完善家庭联产承包责任制。要进一步搞活大中型企业。"
            "今年，除少数技术改造项目之外，各级政府要停止审批工业建设项目。\n")
    d = hzd.digest(read_text(head + plan))
    bullets = [d.document.text[f.start:f.end] for f in select_facts(d)]
    assert any(b.startswith("各级政府要停止审批工业建设项目") for b in bullets)
    assert not any(b.startswith("除少数") for b in bullets)
    for f in select_facts(d):     # still exact spans of the text
        assert d.document.text[f.start:f.end] in d.document.text


def test_a_dated_or_stepped_yao_states_a_task_in_any_report() -> None:
    from huazhongdian.render.selection_parts import yao_states_task

    assert yao_states_task("明年要用很大的力量进行企业的全面整顿", False)
    assert yao_states_task("首先要努力扩大消费需求", False)
    assert not yao_states_task("要坚持稳中求进工作总基调", False)
    assert yao_states_task("要坚持稳中求进工作总基调", True)


def test_a_forecast_hedge_keeps_the_subject_before() -> None:
    import huazhongdian as hzd
    from huazhongdian.load import read_text
    from huazhongdian.render.selection import select_facts
    from huazhongdian.render.selection_parts import forecast_end

    clause = "预计明年春耕时将达五十万个以上"
    assert clause[forecast_end(clause, 0, len(clause)):].startswith("达")
    assert forecast_end("扩大有效投资", 0, 6) == 0
    text = ("一、1953年的工作回顾\n去年工业总产值增长10%。\n二、1954年的任务\n"
            "农业生产合作社在今年八月已经发展到十万个，预计明年春耕时将达五十万个以上。\n")
    d = hzd.digest(read_text(text))
    bullets = [d.document.text[f.start:f.end] for f in select_facts(d)]
    assert any("农业生产合作社" in b and "五十万个" in b for b in bullets)


def test_a_short_topic_lends_its_subject_to_a_locative_clause() -> None:
    import huazhongdian as hzd
    from huazhongdian.load import read_text
    from huazhongdian.render.selection import select_facts

    text = ("一、1979年的工作回顾\n去年工业总产值增长8%。\n二、1980年的任务\n劳动就业，在城镇安排600万人。"
            "今年，在城镇新建住宅8000万平方米。\n")
    d = hzd.digest(read_text(text))
    bullets = [d.document.text[f.start:f.end] for f in select_facts(d)]
    assert "劳动就业，在城镇安排600万人" in bullets
    assert not any(b.startswith("今年，") for b in bullets)     # a date is no topic


def test_a_review_event_dated_to_its_month_is_a_fact() -> None:
    import huazhongdian as hzd
    from huazhongdian.load import read_text
    from huazhongdian.render.selection import select_facts

    text = ("一、过去五年的工作回顾\n经过15年的艰苦努力，我国于2001年12月正式加入世界贸易组织，标志着对外开放进入新阶段。"
            "国内生产总值增长7.7%。\n二、今年的任务\n国内生产总值增长7%左右。\n")
    d = hzd.digest(read_text(text))
    bullets = [d.document.text[f.start:f.end] for f in select_facts(d)]
    assert any(b.startswith("我国于2001年12月正式加入世界贸易组织") for b in bullets)
    assert not any(b.startswith("经过15年") for b in bullets)
