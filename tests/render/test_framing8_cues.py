"""Framing cues of wt-framing8 (issue 12): the lines, slogans, context statements and leads read by hand in the
tune half's first threes at e39ae87 are no bullets; measures with their own object, and figures, stay."""

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from render_sample import shown_in
from huazhongdian.render import news_value as nv
from huazhongdian.render.selection import select_facts

REPORT = """政府工作报告

一、2025年工作回顾

过去一年，全省生产总值增长5.5%。我们如期全面建成小康社会、实现第一个百年奋斗目标。高速公路通车总里程突破7000公里。

二、2026年工作安排

综合研判国内外形势，今年我国发展面临的风险挑战明显增多，必须爬坡过坎。我国经济长期向好的基本面不会改变，持续发展具有多方面有利条件。推进国家安全体系和能力建设。加强国家安全教育，筑牢人民防线。持续整治形式主义为基层减负，让基层有更多资源和精力务实功、干实事。厉行勤俭节约，习惯过紧日子，把更多财力用于发展急需。用法治思维、法治方式推进工作，遵守市场规则，恪守契约精神。推动文化体育事业发展。新增可再生能源发电装机700万千瓦。健全合肥都市圈一体化发展推进机制。依法有序开展村（社区）换届选举。实施“九五”普法。
"""


@pytest.fixture(scope="module")
def bullets(by_text) -> list[str]:
    return list(by_text(hzd.digest(read_text(REPORT, source="framing8.txt"), lens="general")))


def test_lines_and_slogans_of_the_plan_are_no_bullets(bullets):
    for words in ["国家安全体系和能力建设", "人民防线", "为基层减负", "过紧日子", "契约精神", "文化体育事业发展",
                  "长期向好", "爬坡过坎", "综合研判"]:
        assert not shown_in(bullets, words), words


def test_the_centenary_goal_is_no_first_and_no_bullet(bullets):
    assert not shown_in(bullets, "百年奋斗目标")
    assert nv.patterns().no_first.search("实现第一个百年奋斗目标")


def test_figures_and_measures_with_their_own_object_stay(bullets):
    for words in ["全省生产总值增长5.5%", "高速公路通车总里程突破7000公里", "新增可再生能源发电装机700万千瓦",
                  "健全合肥都市圈一体化发展推进机制", "依法有序开展村（社区）换届选举", "实施“九五”普法"]:
        assert shown_in(bullets, words), words


def test_political_cues_of_this_round():
    p = nv.patterns()
    for t in ["持续巩固拓展脱贫攻坚成果，统筹建立常态化防止返贫致贫机制", "加快建设世界重要人才中心和创新高地，完善人才发展体制机制",
              "在强化法治保障上下功夫，坚持“法治是最好的营商环境”理念", "大力促进文化传承创新发展，打造一批文化品牌",
              "省政府编制了“十五五”规划纲要（草案）", "围绕增强核心功能和提升核心竞争力，推动国企突出主业、聚焦实业",
              "川西北生态示范区提高生态保护和绿色发展水平", "提升社会治理现代化水平",
              "建强党委领导、政府负责、民主协商、社会协同、公众参与的社会治理体系", "更好发挥经济体制改革牵引作用，深化要素市场化改革",
              "面对新任务新要求，各级政府一定要牢记职责使命", "把务实作为必备品格，树立和践行正确政绩观",
              "着力提质供给，发展文博旅游等业态", "“十五五”和开局之年的目标任务"]:
        assert p.political.search(t), t


def test_measures_near_those_cues_are_not_political():
    p = nv.patterns()
    for t in ["加快长城、长征、黄河国家文化公园甘肃段和河西走廊国家遗产线路建设", "提高政务服务水平",
              "健全现代公共法律服务体系，编制实施“九五”普法规划", "发挥好省级政府产业投资引导基金、国资国企基金等基金对科技创新的支持作用",
              "深化安全生产治本攻坚，强化监测预警和风险隐患排查处置", "加强安全科普宣传和应急演练，开展基层应急管理能力规范化建设",
              "完成年度目标任务的95%"]:
        assert not p.political.search(t), t


def test_the_grassroots_burden_line_goes_only_when_it_opens_the_bullet():
    p = nv.patterns()
    assert p.political.search("持续整治形式主义为基层减负，让基层有更多资源和精力务实功、干实事")
    assert not p.political.search("完善差异化考核评价体系，持续深化整治形式主义为基层减负")


def test_a_real_first_stays_a_first():
    p = nv.patterns()
    assert p.first.search("首次实现全年粮食产量超过1.4万亿斤") and not p.no_first.search("首次实现全年粮食产量超过1.4万亿斤")


def test_outlook_and_test_leads_are_framing_clauses():
    assert nv.is_never("综合研判国内外形势")
    assert nv.is_never("考验着各级政府的责任担当")
    assert not nv.is_never("新增可再生能源发电装机700万千瓦")


def test_a_handling_rate_keeps_the_proposals_it_rates():
    text = "政府工作报告\n\n一、2025年工作回顾\n\n全年办结人大代表建议68件、政协委员提案101件，办复率100%。\n"
    digest = hzd.digest(read_text(text, source="rate.txt"), lens="general")
    got = [digest.document.text[f.start:f.end] for f in select_facts(digest)]
    assert any(b.startswith("全年办结") and b.endswith("办复率100%") for b in got), got
    assert "办复率100%" not in got
