"""A cut bullet never loses its subject or its governing verb to the clause before (issue 12 point 3,
wt-fragments, bench/data/fragments_handcount.md): a year and its level ("2000年分别达到2253元和6280元"), a bare
average ("平均每天新增1.2万户"), a 使-clause of effect, a bare stock ("保有量突破50万辆"), a reach with no subject
("历史性达到国家空气质量二级标准"), a figure and its benefit ("约6700万人受益"), a 分别 whose metric was cut, and a
其中-breakdown of nouns and figures join the clause that holds it. The report below is small and inline: its
sentences are the corpus reports' (national 2001, 2008, 2011, 2016, Hainan, Shandong, Gansu, Sichuan 2026) or
the brief's examples."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.render.news_value import cues
from huazhongdian.render.selection import select_facts

REPORT = """政府工作报告

一、2025年工作回顾
大众创业、万众创新蓬勃发展，全年新登记注册企业增长21.6%，平均每天新增1.2万户。
农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元。
全国粮食连续四年增产，2007年产量达到50150万吨。
对家庭经济困难寄宿生提供生活补助，使1.5亿学生和780万名家庭经济困难寄宿生受益。
新能源汽车市场渗透率全国第一，保有量突破50万辆、占比居全国第二。
环境质量持续改善。PM2.5平均浓度降到32.4微克/立方米，历史性达到国家空气质量二级标准。
全面实施城乡居民大病保险，约6700万人受益。
提高研发费用加计扣除比例，将制造业企业、科技型中小企业分别从50%、75%提高至100%。
新增公路63.9万公里，其中高速公路3.3万公里。
全体居民人均可支配收入增长5.5%，其中农村居民收入增长6.3%。
全省接待游客超11亿人次，在园师生达1万人。

二、2026年工作安排
实施农村水利惠民工程，建设1000个农村“水盆子”项目，其中小型水库7座、水池等调蓄设施993个。
"""


@pytest.fixture(scope="module")
def bullets(tmp_path_factory):
    path = tmp_path_factory.mktemp("fragments") / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    d = hzd.digest(hzd.read(path), lens="general")
    text = d.document.text
    facts = select_facts(d)
    assert all(0 <= f.start < f.end <= len(text) for f in facts)
    return [text[f.start:f.end] for f in facts]


@pytest.mark.parametrize(("whole", "fragment"), [
    ("全年新登记注册企业增长21.6%，平均每天新增1.2万户", "平均每天新增1.2万户"),           # a bare average
    ("农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元", "2000年分别达到2253元和6280元"),
    ("全国粮食连续四年增产，2007年产量达到50150万吨", "2007年产量达到50150万吨"),         # a year and its level
    ("对家庭经济困难寄宿生提供生活补助，使1.5亿学生和780万名家庭经济困难寄宿生受益",
     "使1.5亿学生和780万名家庭经济困难寄宿生受益"),                                        # an effect (使)
    ("新能源汽车市场渗透率全国第一，保有量突破50万辆、占比居全国第二", "保有量突破50万辆、占比居全国第二"),
    ("PM2.5平均浓度降到32.4微克/立方米，历史性达到国家空气质量二级标准", "历史性达到国家空气质量二级标准"),
    ("全面实施城乡居民大病保险，约6700万人受益", "约6700万人受益"),                       # a figure and its benefit
    ("提高研发费用加计扣除比例，将制造业企业、科技型中小企业分别从50%、75%提高至100%",
     "将制造业企业、科技型中小企业分别从50%、75%提高至100%"),                              # 分别, its metric cut
    ("新增公路63.9万公里，其中高速公路3.3万公里", "高速公路3.3万公里"),                   # a breakdown of 其中
    ("建设1000个农村“水盆子”项目，其中小型水库7座、水池等调蓄设施993个", "小型水库7座、水池等调蓄设施993个"),
])
def test_the_fragment_joins_the_clause_holding_its_subject(bullets, whole, fragment):
    assert any(whole in b for b in bullets), (whole, bullets)
    assert fragment not in bullets


def test_a_breakdown_with_a_verb_of_its_own_stays_apart(bullets):
    # "其中农村居民收入增长6.3%" states its own fact: the total and the part are two bullets
    assert "全体居民人均可支配收入增长5.5%" in bullets
    assert "农村居民收入增长6.3%" in bullets


def test_a_clause_naming_its_own_subject_is_not_joined(bullets):
    # "在园师生达1万人" opens on its subject: the reach rule is for a clause opening on 达到/增至 …
    assert "在园师生达1万人" in bullets
    assert not any("全省接待游客超11亿人次，在园师生" in b for b in bullets)


def test_the_joined_bullets_stay_within_the_hard_length(bullets):
    hard = cues().lengths["hard"]
    assert all(len(b) <= hard for b in bullets if "，" in b), [b for b in bullets if len(b) > hard]


def test_the_cues_are_data():
    k = cues()
    assert "保有量" in k.bare_metrics
    assert any(p.startswith("平均每") for p in k.bare_metric_patterns)
    assert any(p.startswith("使") for p in k.predicate_patterns)
    assert "增长" in k.breakdown_verbs
