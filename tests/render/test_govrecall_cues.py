"""Cues of wt-govrecall (issue 12): principles holding a priority's 第一, a page mark, a charge, a list lead and
mottos read by hand in the first threes of Xizang, Qinghai 2026 and Hailar 2018 (tune) are no bullets or rank
last; a five-year average stays with the level before it; a pick into a first batch weighs as a landmark."""

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render import news_value as nv
from huazhongdian.render.selection import select_facts

REPORT = """政府工作报告

一、过去五年工作回顾

国内生产总值增加到121万亿元，五年年均增长5.2%。财政收入增加到20.4万亿元。坚持生态优先、保护第一，森林覆盖率提高到42.5%。我们把维护稳定作为第一位的工作任务。明确稳定、发展、生态、强边四件大事。充分展示60年来我区各项事业取得的历史性成就。

二、今年工作安排

重点抓好以下八个方面工作。城镇新增就业1200万人左右。对加强政府自身建设提出了新的更高要求。确保“十五五”开好局，是对政府履职能力的重大考验。深刻领悟“两个确立”的决定性意义。当好改革发展的主攻手，争做追赶超越的排头兵。务实笃行方能实现梦想。始终把担当尽责作为政府工作第一要求。新建高标准农田4500万亩。
"""


@pytest.fixture(scope="module")
def facts():
    digest = hzd.digest(read_text(REPORT, source="govrecall.txt"), lens="general")
    text = digest.document.text
    return [(text[f.start:f.end], f.score) for f in select_facts(digest)]


def _bullets(facts) -> list[str]:
    return [b for b, _ in facts]


def test_framing_lines_are_no_bullets(facts):
    bullets = _bullets(facts)
    for words in ["以下八个方面", "新的更高要求", "重大考验", "两个确立", "排头兵", "方能实现", "四件大事", "历史性成就"]:
        assert not any(words in b for b in bullets), words


def test_a_priority_principle_is_no_first(facts):
    # its 第一 is no record: any bullet holding it scores below the facts beside it
    low = [s for b, s in facts if "第一" in b]
    facts_ = [s for b, s in facts if "4500万亩" in b or "1200万人" in b]
    assert facts_ and all(s < min(facts_) for s in low)


def test_a_five_year_average_keeps_the_level_before_it(facts):
    assert any(b.startswith("国内生产总值增加到121万亿元") and "年均增长5.2%" in b for b in _bullets(facts))


def test_revenue_is_a_headline_metric():
    assert nv.headline_metric("财政收入增加到20.4万亿元") is not None


def test_a_pick_into_a_first_batch_weighs_as_a_landmark():
    w = nv.cues().weights
    assert nv.first_weight("襄阳、十堰入选全国首批碳达峰试点城市") == w["batch_pick"] < w["first"]
    # becoming one of a first batch, or a first beside the pick, keeps the first's weight
    assert nv.first_weight("东北虎豹国家公园成为全国首批5个国家公园之一") == w["first"]
    assert nv.first_weight("入选全国首批试点，首次实现全覆盖") == w["first"]


def test_a_review_paragraph_answering_a_shortfall_is_review():
    text = ("政府工作报告\n\n一、过去一年工作回顾\n\n针对有效需求不足的突出矛盾，多措并举扩投资促消费稳外贸。"
            "分两期投放政策性开发性金融工具7400亿元，为重大项目建设补充资本金。新能源汽车销量增长93.4%。\n\n"
            "二、今年工作安排\n\n城镇新增就业1200万人左右。\n")
    digest = hzd.digest(read_text(text, source="govrecall-review.txt"), lens="general")
    t = digest.document.text
    review = [t[f.start:f.end] for f in select_facts(digest) if digest.items[f.item].mode == "achievement"]
    assert any("7400亿元" in b for b in review) and any("93.4%" in b for b in review)


def test_computing_power_in_petaflops_is_a_figure():
    digest = hzd.digest(read_text("政府工作报告\n\n二、今年工作安排\n\n引进一批万卡级算力中心项目，算力总规模突破4万P。\n",
                                  source="govrecall-p.txt"))
    assert any(i.text.endswith("4万P") for i in digest.indicators)


def test_a_gain_and_a_power_sent_out_keep_their_subject():
    text = ("政府工作报告\n\n一、过去一年工作回顾\n\n粮食产量1.37万亿斤，增产74亿斤。绿电外送拓展至22个省区市，输出345亿度、增长32%。\n\n"
            "二、今年工作安排\n\n城镇新增就业1200万人左右。\n")
    digest = hzd.digest(read_text(text, source="govrecall-gain.txt"), lens="general")
    t = digest.document.text
    bullets = [t[f.start:f.end] for f in select_facts(digest)]
    assert not any(b.startswith(("增产", "输出")) for b in bullets)
    assert any("粮食产量" in b and "增产74亿斤" in b for b in bullets)


def test_a_landmark_named_in_quotes_as_reached_is_a_record():
    text = ("政府工作报告\n\n一、过去一年工作回顾\n\n沈白高铁提前建成通车，真正实现了“市市通高铁、县县通高速”。\n\n"
            "二、今年工作安排\n\n城镇新增就业1200万人左右。\n")
    digest = hzd.digest(read_text(text, source="govrecall-quote.txt"), lens="general")
    t = digest.document.text
    assert any("市市通高铁、县县通高速" in t[f.start:f.end] for f in select_facts(digest)
               if digest.items[f.item].mode == "achievement")
