"""Framing cues of wt-oldframe3 (issue 12): what national 1981, 1987, 1994 and 2008 (the tune group) showed in their
first threes on main 9ebc45e — a session's agenda, a consequence, sentiment and appeals to compatriots, praise of a body's
effort, a review's summary, problems, principles kept, list leads, a blueprint or formula named — is no bullet or comes
last; the figures and tasks beside them stay."""

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from render_sample import shown_in
from huazhongdian.render import news_value as nv

REPORT = """政府工作报告

一、过去一年工作回顾

钢产量达到5205万吨，比上年增长11.2%。在生产发展的基础上，城乡人民生活继续得到改善。广大的思想文化工作者为建设社会主义精神文明作出了很大的努力。国防和军队建设取得历史性成就。工业生产建设的经济效益不高，部分产品质量下降和滞销积压。粮食产量达到39109万吨，比上年增产1199万吨。

二、今年工作安排

根据人大常委会的决定，本次会议的主要议题是讨论经济工作。今年计划国内生产总值增长百分之九。广大的台湾同胞、港澳同胞、国外侨胞，时刻关心着祖国的建设，关心着祖国的强大和统一。我们殷切希望台湾同胞继续发扬爱国精神，为实现祖国统一各展所长。国务院决定成立中国工程院。当前的国际局势尽管错综复杂。即使基础工业和基础设施建设，也要量力而行。必须抓好三项工作。管理不善是重要原因，必须引起高度重视。除组建国家开发银行外，还要组建支持成套设备进出口的中国进出口银行。政府机构的改革，对于振奋广大干部的精神，对于我们整个经济的调整和改革，都将产生极大的推动作用。城镇新增就业1000万人。
"""


@pytest.fixture(scope="module")
def bullets(by_text) -> list[str]:
    return list(by_text(hzd.digest(read_text(REPORT, source="oldgov_framing3.txt"), lens="general")))


def test_agenda_sentiment_appeals_praise_and_problems_are_no_bullets(bullets):
    for words in ["主要议题", "时刻关心着", "国外侨胞", "殷切希望", "国际局势", "继续得到改善", "很大的努力",
                  "历史性成就", "效益不高", "滞销积压", "量力而行", "三项工作", "引起高度重视", "推动作用"]:
        assert not shown_in(bullets, words), words


def test_figures_and_tasks_beside_them_stay(bullets):
    for words in ["5205万吨", "39109万吨", "增长百分之九", "中国工程院", "中国进出口银行", "1000万人"]:
        assert shown_in(bullets, words), words


def test_the_new_framing_patterns_match_the_tune_groups_phrasing():
    for t in ["它的主要内容必须包括两个方面", "必须抓好三项工作", "根据人大常委会的决定", "希望港澳同胞和海外侨胞",
              "为办好这两件大事作出自己的新贡献", "不管我国在前进道路上遇到什么问题", "国家经济实力大大增强",
              "今年在建立社会主义市场经济体制方面迈出了重要的改革步伐", "我们必须从深化改革和增加投入这两个方面入手"]:
        assert nv.is_never(t), t


def test_principles_rank_last():
    p = nv.patterns()
    for t in ["计划生育和环境保护是我国的基本国策", "积极推进祖国统一大业", "用好一亿吨石油，是一件提高经济效益的大事",
              "农产品供应直接关系物价的稳定和城乡人民生活的改善", "因为有了交通，开采出来的煤炭才能够及时运出",
              "着眼全面履行新世纪新阶段军队历史使命", "在正常情况下，人民生活改善的速度必须低于生产发展的速度"]:
        assert p.principle.search(t), t


def test_facts_and_tasks_are_not_never_nor_principles():
    p = nv.patterns()
    for t in ["今年计划国内生产总值增长百分之九", "国务院决定成立中国工程院", "建立以增值税为主体的流转税制度",
              "今年中央财政安排“三农”支出5625亿元，比上年增加1307亿元", "继续积极发展第三产业，扩大城乡就业",
              "争取在一个中国的原则基础上尽快恢复两岸协商谈判", "加强执法队伍建设，提高执法水平"]:
        assert not nv.is_never(t), t
        assert not p.principle.search(t), t
