"""Framing cues of wt-oldframe (issue 12): the older national work reports' (1950s–2000s) own framing, problem
statements, principles, list leads and slogans, read by hand in the oldgov set's first threes (tune half), are no
bullets or come last; the figures, goals and tasks beside them stay."""

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from render_sample import shown_in
from huazhongdian.render import news_value as nv

REPORT = """政府工作报告

一、过去五年工作回顾

五年来，现在全国人民越来越相信到本世纪末实现工农业总产值翻两番的目标是完全可以做到的。1979年全国在城镇安置了903万人就业。年初确定的改革和发展的各项目标基本实现。国内生产总值比上年增长7.8%。城乡人民生活水平继续提高。金融体制改革和防范金融风险等工作迈出重要步伐。两只手都要硬。

二、今年工作安排

目前能源原材料供应仍然很紧张，交通运输能力严重不足。粮食产量34250万吨，比1980年预计增加1000万吨。它直接关系到经济的稳定增长和产业结构的合理调整。这三个方面的改革必须配套进行。在我们的国家里，经济建设的发展和人民生活的改善不能不是互相一致的。今年的洪水也暴露了过去治水工作的不少缺点。开工建设黄河小浪底水利枢纽工程。各级政府机构的全体工作人员必须充分认识这种变革的必要性和历史意义。今年的农业和农村工作，要全面贯彻落实党的十五届三中全会精神。城镇新增就业900万人以上。国内发展条件具备，国际环境有利。争取早日实现祖国统一。实行行政执法责任制，坚决克服多头执法、执法不公的现象。
"""


@pytest.fixture(scope="module")
def bullets(by_text) -> list[str]:
    return list(by_text(hzd.digest(read_text(REPORT, source="oldgov_framing.txt"), lens="general")))


def test_old_framing_and_slogans_are_no_bullets(bullets):
    for words in ["越来越相信", "各项目标基本实现", "生活水平继续提高", "迈出重要步伐", "手都要硬", "直接关系到",
                  "必要性和历史意义", "十五届三中全会精神", "国际环境有利", "祖国统一", "不能不是"]:
        assert not shown_in(bullets, words), words


def test_old_problem_statements_are_no_bullets(bullets):
    for words in ["仍然很紧张", "严重不足", "暴露了"]:
        assert not shown_in(bullets, words), words


def test_figures_goals_and_tasks_beside_them_stay(bullets):
    for words in ["903万人", "增长7.8%", "34250万吨", "小浪底", "900万人以上", "行政执法责任制", "执法不公的现象"]:
        assert shown_in(bullets, words), words


def test_principles_rank_last():
    p = nv.patterns()
    for t in ["这三个方面的改革必须配套进行", "一贯遵循联合国宪章的宗旨和原则", "基础科学研究是科学技术发展的先导"]:
        assert p.principle.search(t), t


def test_the_cues_are_never_on_older_phrasing():
    for t in ["它直接关系到“七五”期间经济的稳定增长", "第一个方面的改革", "不但投资规模偏大，投资结构也不合理，主要表现是",
              "紀律鬆懈、責任不明的現象", "我國偉大的人民革命的根本目的，是在於從帝國主義的壓迫下面",
              "爲了進一步緩和國際緊張局勢，我們認爲", "关于1980年国民经济计划的安排，国务院委托国家计委副主任李人俊同志",
              "只要美国政府遵循中美之间三个公报的原则", "同港澳同胞、台湾同胞和海外侨胞一道"]:
        assert nv.is_never(t), t


def test_facts_tasks_and_goals_are_not_never():
    for t in ["国内生产总值比上年增长7.8%", "坚决克服多头执法、执法不公的现象", "两岸经济贸易和人员往来不断发展",
              "就能够实现原定2000年国民生产总值比1980年翻两番的宏伟目标", "第二、改革领导机构和干部制度，实现干部队伍的革命化",
              "开工建设黄河小浪底水利枢纽工程", "1979年全国在城镇安置了903万人就业"]:
        assert not nv.is_never(t), t
