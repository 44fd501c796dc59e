"""A sentence's short opening topic lends its subject to a figure clause that opens on a date (issue 12)."""

from __future__ import annotations

from huazhongdian.render.selection_parts import clause_spans, topic_lends_subject


def _case(text: str) -> tuple[str, list[tuple[int, int]]]:
    return text, clause_spans(text, 0, len(text))


def test_a_dated_figure_clause_takes_the_opening_topic() -> None:
    text, cl = _case("城乡人民的储蓄存款，今年1到10月增加了九十五亿元。")
    assert topic_lends_subject(text, cl, cl[0], cl[1][0], True)


def test_a_range_clause_takes_the_opening_topic_but_not_after_you() -> None:
    text, cl = _case("我国进出口贸易总额，由355亿元增加到772亿元。")
    assert topic_lends_subject(text, cl, cl[0], cl[1][0], True)
    text, cl = _case("重工业生产，由于正在调整中，今年的产值下降5%左右。")
    assert not topic_lends_subject(text, cl, cl[0], cl[1][0], True)


def test_no_topic_is_lent_past_the_first_clause_or_without_a_figure() -> None:
    text, cl = _case("各项工作稳步推进，基本建设投资总额，今年减少为三百亿元。")
    assert not topic_lends_subject(text, cl, cl[1], cl[2][0], True)
    text, cl = _case("城乡人民的储蓄存款，今年继续增加。")
    assert not topic_lends_subject(text, cl, cl[0], cl[1][0], False)


def test_a_clause_goes_on_after_the_aside_it_opens_with() -> None:
    from huazhongdian.render.selection_parts import past_aside
    text = "国民收入由3010亿元增加到7790亿元，按可比价格计算增长94.9%"
    s = text.index("按")
    assert text[past_aside(text, s, len(text), ("按可比价格计算",)):].startswith("增长")
    assert past_aside(text, 0, len(text), ("按可比价格计算",)) == 0
    only = "按可比价格计算"
    assert past_aside(only, 0, len(only), (only,)) == 0     # an aside alone is no clause going on


def test_the_aside_clause_keeps_its_subject_in_the_bullet() -> None:
    import huazhongdian as hzd
    from huazhongdian.render.view import build_view
    doc = hzd.read_text("一、过去一年的回顾\n1986年同1978年相比，国民收入由3010亿元增加到7790亿元，按可比价格计算增长94.9%。\n")
    bullets = [b.text for g in build_view(hzd.digest(doc)).groups for t in g.themes for b in t.bullets]
    assert any("国民收入" in b and "94.9%" in b for b in bullets)


def test_a_range_clause_takes_the_clause_before_first_or_not() -> None:
    text, cl = _case("城镇居民家庭人均可支配收入，由1997年的5160元增加到2002年的7703元。")
    assert topic_lends_subject(text, cl, cl[0], cl[1][0], True)          # 14 characters: longer than a dated topic
    text, cl = _case("改善城乡人民的生活，使消费在国民收入中的比重，由1978年的63.5%上升到今年的70%左右。")
    assert topic_lends_subject(text, cl, cl[1], cl[2][0], True)          # the second clause lends it


def test_no_range_subject_from_a_figure_a_long_clause_or_without_a_range() -> None:
    text, cl = _case("今年粮食丰收，总产量达到6.5亿吨，由上年的6亿吨增加到6.5亿吨。")
    assert not topic_lends_subject(text, cl, cl[1], cl[2][0], True)      # the clause before holds a figure
    text, cl = _case("我们坚持把抢救人的生命放在第一位，从废墟中抢救生还者8.4万人。")
    assert not topic_lends_subject(text, cl, cl[0], cl[1][0], True)      # 从… without 到: no range
    text, cl = _case("各地区各部门认真贯彻落实党中央国务院的决策部署，由3000元增加到5000元。")
    assert not topic_lends_subject(text, cl, cl[0], cl[1][0], True)      # too long to be a topic


def test_the_but_also_half_shares_the_not_only_halfs_subject() -> None:
    from huazhongdian.render.selection_parts import not_only_but_also
    text, cl = _case("工农业生产总值不仅没有下降，而且将比上年增长3%以上，整个经济形势比预想的好。")
    assert not_only_but_also(text, cl[0], cl[1][0])
    assert not not_only_but_also(text, cl[1], cl[2][0])                  # no 而且: a clause of its own
    text, cl = _case("粮食生产稳定，而且棉花增产10%。")
    assert not not_only_but_also(text, cl[0], cl[1][0])                  # no 不仅 before: its own subject
    assert not not_only_but_also(text, None, 0)


def test_a_not_only_but_also_figure_keeps_its_subject_in_the_bullet() -> None:
    import huazhongdian as hzd
    from huazhongdian.load import read_text
    from huazhongdian.render.selection import select_facts

    d = hzd.digest(read_text("一、1981年的工作回顾\n今年遇上了严重的自然灾害，工农业生产总值不仅没有下降，而且将比上年增长3%以上。\n"
                             "二、1982年的工作任务\n明年要继续调整国民经济。\n"))
    bullets = [d.document.text[f.start:f.end] for f in select_facts(d)]
    assert any("3%" in b and "工农业生产总值" in b for b in bullets), bullets
