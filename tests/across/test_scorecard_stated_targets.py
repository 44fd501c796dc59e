"""Every stated target of a 主要预期目标 passage is a ledger row (issue 13 item 5): a sentence listing its
targets without a colon (national 2020) and a district's binding quotas set above it (Hailar 2017)."""

from __future__ import annotations

import re

from huazhongdian.across.scorecard_data import _data
from huazhongdian.across.scorecard_ledger import _stated_clauses


def _taken(text: str, *targets: str) -> list[tuple[int, int]]:
    return [(text.index(t), text.index(t) + len(t)) for t in targets]


def test_a_target_sentence_without_a_colon_lists_its_stated_targets():
    # National 2020 (shortened): no 主要预期目标是：, the targets listed with ；.
    text = ("综合研判形势，我们对预期目标作了适当调整。今年要优先稳就业保民生，坚决打赢脱贫攻坚战；"
            "城镇新增就业900万人以上，城镇调查失业率6%左右；进出口促稳提质，国际收支基本平衡；"
            "重大金融风险有效防控。")
    taken = _taken(text, "城镇新增就业900万人以上", "城镇调查失业率6%左右")
    rows = _stated_clauses(text, 0, len(text), taken, 2020)
    assert [r.target.text for r in rows] == ["今年要优先稳就业保民生", "坚决打赢脱贫攻坚战", "进出口促稳提质",
                                             "国际收支基本平衡", "重大金融风险有效防控"]
    assert rows[2].target.metric == "foreign_trade"
    assert all(text[r.target.start:r.target.end] == r.target.text and r.target.value is None for r in rows)


def test_a_sentence_without_a_colon_or_a_list_is_no_list_of_targets():
    # National 2003: a reason and an assessment around the one target, not targets.
    text = "综合分析国内外各种情况，今年经济增长预期目标为7%左右，这是必要的，经过努力也是可以实现的。"
    assert text.count("；") < _data().list_semicolons
    assert _stated_clauses(text, 0, len(text), _taken(text, "7%左右"), 2003) == []


def test_binding_quotas_set_above_are_a_stated_target():
    # Hailar 2017: the passage's last sentence, outside the colon sentence.
    found = [m.group() for p in _data().qualitative for m in p.finditer("。主要约束性指标达到上级要求。")]
    assert found == ["主要约束性指标达到上级要求"]
    assert not [m for p in _data().qualitative for m in p.finditer("约束性指标的完成情况较好")]


def test_a_review_clause_promising_something_within_the_year_is_a_row():
    from huazhongdian.across.scorecard_stated import review_promises

    # National 1985's review of 1984 (on 宝钢): the last clause expects something of 1985.
    text = "全国人民关心的宝山钢铁总厂建设，第一期工程已有部分项目投产，炼焦、炼铁、炼钢、初轧可望在今年内陆续投产。"
    rows = review_promises(text, (0, len(text)), [], 1985, lambda pos: "")
    assert [r.target.text for r in rows] == ["炼焦、炼铁、炼钢、初轧可望在今年内陆续投产"]
    assert rows[0].target.value is None and rows[0].target.year == 1985 and rows[0].source == "qualitative"
    # Already a row, or nothing promised for the year: no row.
    assert review_promises(text, (0, len(text)), [(text.index("炼焦"), len(text))], 1985, lambda pos: "") == []
    assert review_promises("第一期工程已有部分项目投产。", (0, 14), [], 1985, lambda pos: "") == []


def test_a_clause_of_a_move_to_a_year_names_nothing():
    from huazhongdian.across.scorecard_old import bare_clause, name_clause

    # National 1960: 全国粮食总产量，…，即从一九五五年的三千四百九十六亿斤，增加到了一九五九年的五千四百零一亿斤。
    assert bare_clause("增加到了一九五九年的")
    assert not bare_clause("全国粮食总产量")
    text = "全国粮食总产量，在过去四年中共增加了一千九百零五亿斤，即从一九五五年的三千四百九十六亿斤，增加到了一九五九年的五千四百零一亿斤。"
    assert name_clause(text, text.index("五千四百零一")) == "全国粮食总产量"


def test_a_sentence_continuing_the_list_gives_rows_too():
    # National 2012: the list's colon sentence, then 同时，… in the same passage.
    text = ("今年经济社会发展的主要预期目标是：国内生产总值增长7.5%；居民消费价格涨幅控制在4%左右。"
            "同时，要在产业结构调整、自主创新、节能减排等方面取得新进展，城乡居民收入实际增长和经济增长保持同步。"
            "这是必要的。")
    taken = _taken(text, "国内生产总值增长7.5%", "居民消费价格涨幅控制在4%左右", "城乡居民收入实际增长和经济增长保持同步")
    rows = _stated_clauses(text, 0, len(text), taken, 2012)
    assert [r.target.text for r in rows] == ["要在产业结构调整、自主创新、节能减排等方面取得新进展"]


def test_a_commitment_for_the_year_is_a_row_whatever_period_it_names():
    from huazhongdian.across.scorecard_stated import stated_rows

    # National 2002: 以来 is a period cue, but the sentence's commitment is for the year.
    text = "1998年以来开工建设的大部分国债项目，要在今年内基本完工。五年来累计开工建设的项目，要继续推进。"
    rows = stated_rows(text, (0, len(text)), [], 2002, lambda pos: "")
    assert [r.target.text for r in rows] == ["要在今年内基本完工"]
