"""A clause opening on a bare count of households or people takes its subject from the short clause before (wt-subj3)."""

from __future__ import annotations

from huazhongdian.render.selection_parts import clause_spans, topic_lends_subject


def _case(text: str) -> tuple[str, list[tuple[int, int]]]:
    return text, clause_spans(text, 0, len(text))


def test_a_bare_count_takes_the_short_clause_before() -> None:
    text, cl = _case("精准扶贫工作按期完成，96户、183人实现全部脱贫。")
    assert topic_lends_subject(text, cl, cl[0], cl[1][0], True)
    text, cl = _case("就业培训扎实开展，一千二百多人参加培训。")
    assert topic_lends_subject(text, cl, cl[0], cl[1][0], True)


def test_no_count_subject_before_a_noun_after_a_figure_or_a_date() -> None:
    text, cl = _case("积极争取国债资金支持，206个“两重”项目开工建设。")
    assert not topic_lends_subject(text, cl, cl[0], cl[1][0], True)      # 个 before its noun: the noun is the subject
    text, cl = _case("新建安置房3000套，96户、183人迁入新居。")
    assert not topic_lends_subject(text, cl, cl[0], cl[1][0], True)      # the clause before holds a figure
    text, cl = _case("2017年底前，96户、183人实现全部脱贫。")
    assert not topic_lends_subject(text, cl, cl[0], cl[1][0], True)      # a date is no subject
    text, cl = _case("精准扶贫工作按期完成，1200人次参加培训。")
    assert not topic_lends_subject(text, cl, cl[0], cl[1][0], True)      # 人次 counts visits, a measure of its own


def test_the_count_keeps_its_subject_in_the_bullet() -> None:
    import huazhongdian as hzd
    from huazhongdian.render.view import build_view
    doc = hzd.read_text("一、过去一年的回顾\n精准扶贫工作按期完成，96户、183人实现全部脱贫。\n")
    bullets = [b.text for g in build_view(hzd.digest(doc)).groups for t in g.themes for b in t.bullets]
    assert any("精准扶贫" in b and "183人" in b for b in bullets)


def _bullets(text: str) -> list[str]:
    import huazhongdian as hzd
    from huazhongdian.render.view import build_view
    return [b.text for g in build_view(hzd.digest(hzd.read_text(text))).groups for t in g.themes for b in t.bullets]


def test_a_sum_opening_its_sentence_takes_the_short_heading_sentence_before() -> None:
    bullets = _bullets("二、今年的主要任务\n做到建管并重。让城市基础设施更完善。全年计划投资8.6亿元，加快推进供水管网改造。\n")
    assert any(b.startswith("让城市基础设施更完善。全年计划投资8.6亿元") for b in bullets)
    bullets = _bullets("一、过去一年的回顾\n继续举全区之力推进棚户区改造工程。全年投资90.07亿元，完成1.8万户棚改任务。\n")
    assert any("棚户区改造工程" in b and "90.07亿元" in b for b in bullets)


def test_no_heading_lent_from_a_long_sentence_one_with_a_figure_or_to_a_named_sum() -> None:
    long_before = "坚持城乡统筹、建管并重，继续举全区之力推进全区范围内的棚户区改造工程和老旧小区改造工程。"
    assert not any(b.startswith("坚持") and "90.07亿元" in b
                   for b in _bullets("一、过去一年的回顾\n" + long_before + "全年投资90.07亿元，完成棚改任务。\n"))
    bullets = _bullets("一、过去一年的回顾\n新建公园12个。全年投资90.07亿元，完成1.8万户棚改任务。\n")
    assert not any("公园" in b and "90.07亿元" in b for b in bullets)       # the sentence before holds a figure
    bullets = _bullets("一、过去一年的回顾\n城市面貌明显改善。城市建设完成投资55.9亿元。\n")
    assert not any("城市面貌" in b and "55.9亿元" in b for b in bullets)     # the sum names its payee itself


def test_a_year_end_level_takes_the_heading_sentence_before() -> None:
    bullets = _bullets("一、过去五年的回顾\n四是，城乡居民储蓄大幅度增加。一九八五年末达到一千六百二十三亿元，比一九八○年末增长三倍。\n")
    assert any("城乡居民储蓄" in b and "一千六百二十三亿元" in b for b in bullets)
    bullets = _bullets("一、过去五年的回顾\n城乡居民储蓄大幅度增加。一九八五年全年新增储蓄四百亿元。\n")
    assert not any("城乡居民储蓄" in b and "四百亿元" in b for b in bullets)    # not a year-end level


def test_the_heading_lends_its_words_not_its_number_nor_to_a_sum_that_names_its_purpose() -> None:
    bullets = _bullets("一、过去一年的回顾\n（四）民生社会事业达到新水平。全年投入14.5亿元，重点实施了40个民生项目。\n")
    assert any(b.startswith("民生社会事业达到新水平。全年投入14.5亿元") for b in bullets)
    bullets = _bullets("一、过去一年的回顾\n持续提高生态质量。投资4.17亿元实施生态环境类重点项目7个。\n")
    assert not any("生态质量" in b and "4.17亿元" in b for b in bullets)
