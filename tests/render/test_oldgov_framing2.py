"""Framing cues of wt-oldframe2 (issue 12): what the oldgov six (national 1954, 1980, 1986, 1993, 1999, 2009) still showed
in their first threes on main 6dcddc2 — a condition or procedure as a lead, a means explained, a purpose clause, praise,
a vow, a review's summary, principles and priorities — is no bullet or comes last; the figures and tasks beside it stay."""

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from render_sample import shown_in
from huazhongdian.render import news_value as nv

REPORT = """政府工作报告

一、过去一年工作回顾

1979年国民收入比上年增长7%。各项改革的推进，对建立社会主义市场经济体制、促进经济和社会发展，发挥了积极作用。改革开放以来，民族地区经济快速增长，人民生活改善，社会全面进步。1979年全国在城镇安置了903万人就业。

二、今年工作安排

国务院就着手进行一九八六年到一九九○年的第七个五年计划的拟定工作。城镇新增就业900万人以上。适当控制加工工业的过快增长，有利于协调能源、原材料工业和加工工业的比例关系。以上讲的五个问题，归根到底是经济效益问题。人民解放军在英勇地保卫着祖国安全的同时，胸怀大局，精简整编。积极促进海峡两岸多方面的交往与合作，为和平统一祖国而进行坚持不懈的努力。中国人民愿同世界各国人民一道，为维护世界和平，促进人类进步事业，作出不懈的努力！开工建设黄河小浪底水利枢纽工程。亞洲國家應該進行協商，採取各種有效措施，促進集體合作。
"""


@pytest.fixture(scope="module")
def bullets(by_text) -> list[str]:
    return list(by_text(hzd.digest(read_text(REPORT, source="oldgov_framing2.txt"), lens="general")))


def test_procedure_purpose_praise_and_vows_are_no_bullets(bullets):
    for words in ["拟定工作", "有利于协调", "以上讲的", "英勇地", "胸怀大局", "坚持不懈的努力",
                  "人类进步事业", "发挥了积极作用", "社会全面进步", "亞洲國家應該"]:
        assert not shown_in(bullets, words), words


def test_figures_and_tasks_beside_them_stay(bullets):
    for words in ["增长7%", "903万人", "900万人以上", "适当控制加工工业的过快增长", "积极促进海峡两岸多方面的交往与合作",
                  "小浪底"]:
        assert shown_in(bullets, words), words


def test_the_new_framing_patterns_match_older_phrasing():
    for t in ["如果從生産總值、成本、利潤、勞動生産率四種指標來檢查", "工業所需要進口的機器大部分需要用出口農産品去交換",
              "只有认真地从需要和可能两个方面考虑问题", "有利于发挥中央和地方两个积极性"]:
        assert nv.is_never(t), t


def test_principles_and_priorities_rank_last():
    p = nv.patterns()
    for t in ["科技进步以至整个四化建设，都离不开人才培养，离不开教育的发展", "制止任何旨在制造台湾独立、分裂祖国的行动",
              "在和平共处五项原则的基础上建立和发展同世界各国的友好合作关系", "必须坚决清除官僚主义的陋习，克服种种扯皮现象",
              "但是由於國家在有計劃的經濟建設時期要求進一步的集中統一", "我们对于外贸体制进行了一些初步改革，取得了一定成效",
              "通过全面正确履行政府职能，创造良好发展环境，增强企业投资的信心", "继续推进改革开放，大力实施科教兴国战略",
              "积极发展同周边国家的睦邻友好关系，争取和平安宁的周边环境，是我国外交工作的重点"]:
        assert p.principle.search(t), t


def test_facts_and_tasks_are_not_never_nor_principles():
    p = nv.patterns()
    for t in ["1979年国民收入比上年增长7%", "开工建设黄河小浪底水利枢纽工程", "除组建国家开发银行外，还要组建中国进出口银行",
              "更新改造投资二千七百六十亿元，比“六五”期间增加百分之八十七", "积极推进国防现代化建设",
              "享受失业保险两年后仍未就业的，转到民政部门领取城镇居民最低生活费"]:
        assert not nv.is_never(t), t
        assert not p.principle.search(t), t
