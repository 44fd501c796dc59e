"""Framing cues of wt-framing9 (issue 12): the term, the world as context, the Hong Kong, Macao and Taiwan lines,
judgements of the stage and leads read by hand in national 2018 and 2013's first threes (tune half) are no
bullets; the figures and measures beside them stay."""

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from render_sample import shown_in
from huazhongdian.render import news_value as nv

REPORT = """政府工作报告

一、过去五年工作回顾

第十三届全国人民代表大会第一次会议以来的五年，国内生产总值年均增长6.6%。经济社会发展取得历史性成就、发生历史性变革。世界经济复苏乏力，全球通胀水平创40多年来新高，我国外贸进出口增长7.7%。本届政府任期内，城镇新增就业6000万人以上。

二、今年工作安排

面对国家安全环境的深刻变化，新建高标准农田4500万亩。当前我国经济金融风险总体可控，要标本兼治，有效消除风险隐患。只有坚持改革开放，才能把我们的事业继续推向前进。我国生产力发展水平具有多层次性，回旋余地很大。农业农村发展进入一个新阶段。生态环境关系人民福祉，关乎子孙后代和民族未来。扎实推进文化建设。推动科技与经济紧密结合。全力支持香港、澳门特别行政区政府和行政长官依法施政。团结广大港澳同胞，保持香港、澳门长期繁荣稳定。两岸同胞血脉相连，是一家亲。建设巩固的国防和强大的军队，坚决维护国家主权、安全、领土完整。决不辜负人民公仆的称号。城镇新增就业1200万人左右。开工建设川藏铁路雅安至林芝段。
"""


@pytest.fixture(scope="module")
def bullets(by_text) -> list[str]:
    return list(by_text(hzd.digest(read_text(REPORT, source="framing9.txt"), lens="general")))


def test_the_term_and_praise_of_the_whole_are_no_bullets(bullets):
    for words in ["会议以来的五年", "本届政府任期", "历史性变革", "人民公仆"]:
        assert not shown_in(bullets, words), words


def test_the_world_as_context_is_no_bullet(bullets):
    for words in ["复苏乏力", "全球通胀"]:
        assert not shown_in(bullets, words), words


def test_hong_kong_macao_taiwan_and_army_lines_are_no_bullets(bullets):
    for words in ["依法施政", "长期繁荣稳定", "血脉相连", "一家亲", "巩固的国防"]:
        assert not shown_in(bullets, words), words


def test_judgements_of_the_stage_and_leads_are_no_bullets(bullets):
    for words in ["面对国家安全环境", "总体可控", "风险隐患", "只有坚持改革开放", "回旋余地", "新阶段", "关乎子孙后代",
                  "扎实推进文化建设", "紧密结合"]:
        assert not shown_in(bullets, words), words


def test_figures_and_measures_beside_them_stay(bullets):
    for words in ["国内生产总值年均增长6.6%", "外贸进出口增长7.7%", "城镇新增就业6000万人以上", "新建高标准农田4500万亩",
                  "城镇新增就业1200万人左右", "开工建设川藏铁路雅安至林芝段"]:
        assert shown_in(bullets, words), words


def test_political_cues_of_this_round():
    p = nv.patterns()
    for t in ["支持香港、澳门融入国家发展大局", "严格依照宪法和基本法办事", "两岸同胞顺应历史大势、共担民族大义",
              "教育和科技在现代化建设中具有基础性、先导性、全局性作用", "政府投资对社会投资具有十分重要的引导作用",
              "大力加强社会公德、职业道德、家庭美德、个人品德教育", "走在高质量发展前列",
              "香港、澳门一定能与祖国内地同发展、共繁荣", "中国愿与各国一道，为推动构建人类命运共同体不懈努力",
              "必须坚持把解决好“三农”问题作为全部工作的重中之重，这是历史经验的科学总结"]:
        assert p.political.search(t), t
    # …and a line opening of a plan: the country's state as context, not a measure
    assert p.line_opening.search("我国制造业积累了较大产能")
    assert not p.line_opening.search("加快建设新一代信息基础设施")


def test_framing_patterns_of_this_round():
    for t in ["巩固发展反腐败斗争压倒性态势", "人民日益增长的物质文化需要同落后的社会生产之间的矛盾这一社会主要矛盾没有变",
              "呈现出农业生产综合成本上升的态势", "结合过去十年特别是近五年工作的体会", "对今年政府主要工作提出以下建议",
              "全面建成小康社会的重点难点仍然在农村"]:
        assert nv.is_never(t), t
    # a landmark reached keeps its place (a fact in words): only the aim to keep it is framing
    assert not nv.is_never("反腐败斗争压倒性态势已经形成并巩固发展")
    # …and a congress's goal with its 一定能 is no praise (the 18th: "就一定能在中国共产党成立一百年时全面建成小康社会")
    assert not nv.is_never("就一定能在中国共产党成立一百年时全面建成小康社会")


def test_praise_of_the_term_is_framing_in_a_work_report_only():
    p = nv.patterns()
    assert p.report_never.search("经济社会发展取得历史性成就、发生历史性变革")
    # a party congress's headline of its decade stays a fact there: the pattern is no general framing
    assert not nv.is_never("党和国家事业取得历史性成就、发生历史性变革")
