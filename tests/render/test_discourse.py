"""Whole sentences of a discourse kind give no bullet (render/discourse.py, news_value.toml [discourse];
issue 12, wt-carry-frame): a thesis, an appeal, a count-only lead, a statement of value and a slogan go whole, with
no fragment left, when they hold nothing concrete; a sentence with a figure, a quoted name or a task stays."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.render.discourse import discourse_kind
from huazhongdian.render.selection import select_facts


@pytest.mark.parametrize("text, kind", [
    ("计划生育和环境保护是我国的基本国策。", "thesis"),
    ("继续把发展农业作为经济工作的重中之重。", "thesis"),
    ("关键是合理控制固定资产投资规模，着力优化投资结构。", "thesis"),
    ("我们殷切希望台湾同胞为祖国统一作出贡献。", "appeal"),
    ("广大科技工作者为此作出了很大的努力。", "appeal"),
    ("今年必须抓好三项工作：", "lead"),
    ("这是我国经济工作的重要原则，也是稳定经济的重要保证。", "value"),
    ("没有先进文化的发展，就不可能真正实现现代化。", "value"),
    ("我们要努力做好各方面的工作。", "slogan"),
])
def test_kinds(text: str, kind: str) -> None:
    assert discourse_kind(text) == kind


@pytest.mark.parametrize("text", [
    "发展乡镇企业是农村奔小康的必由之路，要继续支持中西部地区乡镇企业的发展。",   # a thesis leading a task
    "努力增加出口，创造更多的外汇，是扩展对外经济贸易的基础和关键。",             # 关键 alone is no thesis
    "希望预委会最广泛地团结香港同胞，为筹建特别行政区做好各项准备工作。",         # the addressee is no people
    "认真贯彻《民族区域自治法》是我国的基本国策。",                               # a book-titled name is concrete
    "新建铁路投入运营5557公里。",
])
def test_not_discourse(text: str) -> None:
    assert discourse_kind(text) == ""


REPORT = ("政府工作报告\n\n一、过去一年的工作\n\n"
          "去年国内生产总值增长8.7%，粮食产量达到5.31亿吨。"
          "计划生育和环境保护是我国的基本国策。\n\n"
          "二、今年的主要任务\n\n"
          "今年国内生产总值增长8%左右。关键是合理控制固定资产投资规模，着力优化投资结构。"
          "要新建铁路5000公里。\n")


def _bullets(tmp_path, text: str) -> list[str]:
    """The selected bullets of ``text`` read as a national report of 2010."""
    path = tmp_path / "national-2010-gov-work-report.txt"
    path.write_text(text, "utf-8")
    d = hzd.digest(hzd.read(path))
    return [d.document.text[f.start:f.end] for f in select_facts(d)]


def test_no_bullet_nor_fragment_of_a_discourse_sentence(tmp_path) -> None:
    bullets = _bullets(tmp_path, REPORT)
    assert any("5.31亿吨" in b for b in bullets) and any("5000公里" in b for b in bullets)
    for gone in ("基本国策", "计划生育", "关键是", "着力优化投资结构", "合理控制固定资产投资规模"):
        assert not any(gone in b for b in bullets), (gone, bullets)


# ---- round 7 (wt-frame4): kinds of one bullet's own clause, strong kinds, heading paragraphs ----

from huazhongdian.render.discourse import clause_kind  # noqa: E402


@pytest.mark.parametrize("text, kind", [
    ("按照省委十四届十次全会和省委经济工作会议部署", "lead"),        # a lead clause with nothing after it
    ("第一、改革计划体制", "lead"),                                  # an ordinal heading
    ("实现翻两番的战略目标必须分两步走", "lead"),
    ("全面落实五项重点工作", "lead"),                                # a count-only lead
    ("依靠科技进步和提高劳动者素质来促进经济的发展", "principle"),
    ("人民解放军要以新时期军队建设的思想为指导", "principle"),
    ("基本建设和技术改造都要抓住重点，集中投资，形成规模经济", "principle"),   # a 要 with no object
    ("国家发展，不仅需要强大的经济力量，更需要强大的文化力量", "value"),
    ("这三项改革是对原有经济体制的突破", "value"),
    ("世界经济复苏的基础仍然脆弱", "context"),
    ("不利于加强和充实生产第一线的技术力量", "context"),
    ("给两岸同胞带来了实实在在的利益", "praise"),
    ("争取祖国统一早日实现", "slogan"),
    ("政府工作的总体要求是：以新思想为指导，奋力实现“十五五”良好开局", "requirement"),   # goes even with a name
    ("藏族是中国56个民族大家庭的一员", "identity"),                              # goes even with a figure
])
def test_clause_kinds(text: str, kind: str) -> None:
    assert clause_kind(text) == kind


@pytest.mark.parametrize("text", [
    "按照政企分开的原则，抓紧制定机构改革方案",          # the lead clause is followed by its action
    "要根据统一政策的原则，制定必要的法令规章",
    "积极有序化解地方债务风险，坚决遏制新增隐性债务",
    "第一、改革计划体制，加强国家对国民经济的有效管理和指导",   # the ordinal item holds its task
    "通过技术改造来求得发展，新建生产线3条",
])
def test_clause_not_discourse(text: str) -> None:
    assert clause_kind(text, concrete=False) == ""


def test_a_concrete_clause_is_kept() -> None:
    assert clause_kind("争取祖国统一早日实现", concrete=True) == ""
    assert clause_kind("藏族是中国56个民族大家庭的一员", concrete=True) == "identity"


HEADED = ("政府工作报告\n\n一、过去一年的工作\n\n去年国内生产总值增长8.7%。\n\n二、今年的主要任务\n\n"
          "毫不松懈地加强节能减排工作。要新建污水处理厂12座，加强资源综合利用。\n\n"
          "大力发展文化体育事业。要新建图书馆120座，积极发展公益性文化事业，加快完善公共文化服务体系。\n\n"
          "今年国内生产总值增长8%左右。按照省委经济工作会议部署，要新建铁路5000公里。\n")


def test_heading_and_lead_clause_give_no_bullet(tmp_path) -> None:
    bullets = _bullets(tmp_path, HEADED)
    assert any("5000公里" in b for b in bullets) and any("120座" in b for b in bullets), bullets
    assert any("12座" in b for b in bullets), bullets
    assert not any(b.startswith("毫不松懈地加强节能减排工作") for b in bullets), bullets   # a field of work: a heading
    assert any(b.startswith("大力发展文化体育事业") for b in bullets), bullets          # a plan's task heading stays
    assert not any(b.startswith("按照") and "5000" not in b for b in bullets), bullets


# ---- round 8 (wt-frame5): more clause kinds by form; a party congress's report gets the safe ones ----

@pytest.mark.parametrize("text, kind", [
    ("国务院各有关部门要给予有力支持", "appeal"),                          # an addressee with no task of its own
    ("各级政府及其工作人员要求真务实、力戒浮华，以推动改革发展的成果说话", "appeal"),
    ("在相当长的时期内，避免新的世界大战是可能的", "judgement"),            # a judgement of possibility
    ("必将极大地鼓舞我们以更大的信心和热情去夺取新的胜利", "closing"),
    ("基本点是两条", "count"),                                              # a count lead
    ("今年要着重抓好以下三项工作", "count"),
    ("我们再次郑重呼吁：作为第一步", "saying"),                             # a speech lead with nothing said yet
    ("也不能只顾眼前，采取损害长期发展的短期强刺激政策", "principle"),
    ("实行依法治国和以德治国相结合", "principle"),
    ("坚持无禁区、全覆盖、零容忍", "principle"),
    ("进行四个现代化建设的严重障碍", "context"),                           # a problem's nominal predicate
    ("目前还有一些工作人员违反着民主集中制的原则", "context"),
    ("以厕所革命、垃圾治理等6项内容为重点", "lead"),
    ("努力把军队革命化、现代化、正规化建设提高到一个新水平", "formula"),
])
def test_round8_clause_kinds(text: str, kind: str) -> None:
    assert clause_kind(text) == kind


def test_formula_goes_even_with_a_name() -> None:
    assert clause_kind("把人民解放军的建设提高到一个新水平", concrete=True) == "formula"
    assert clause_kind("把人民解放军的建设提高到一个新水平", concrete=True, congress=True) == "formula"


@pytest.mark.parametrize("text, kind", [
    ("这个纲领，是邓小平理论的重要内容", "anaphor"),   # a congress's comment on what it said before
    ("这在马克思主义历史上是第一次", "anaphor"),
    ("争取较长时期的国际和平环境是可能的", "judgement"),
])
def test_congress_kinds(text: str, kind: str) -> None:
    assert clause_kind(text, congress=True) == kind


@pytest.mark.parametrize("text", [
    "九大的政治路线和组织路线都是正确的",             # a congress's fact (its reference), not a judgement kind
    "我国的社会生产力、综合国力和人民生活水平，又上了一个新的台阶",   # a review's summary is a congress's fact
    "依法治国，是党领导人民治理国家的基本方略",        # a congress's thesis is its fact
    "非公有制经济是我国社会主义市场经济的重要组成部分",
])
def test_congress_theses_stay(text: str) -> None:
    assert clause_kind(text, congress=True) == ""


@pytest.mark.parametrize("text", [
    "这是新中国成立以来最好的水平",                    # a work report's anaphor states a record: a fact
    "按照坚定、可控、有序、适度要求，稳妥处理政府债务风险",   # the lead is followed by its action
    "社会主义民主和法制建设取得重大进展",              # a summary of a field: left (a fact in old references)
    "有条件的地方要率先基本实现现代化",
])
def test_round8_not_discourse(text: str) -> None:
    assert clause_kind(text) == ""
