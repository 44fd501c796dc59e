"""Records and landmarks stated in words (data: news_value.toml [records]) and the sector figures an
editor prints ([sectors]): a record is a fact even without a figure, and ranks into its theme's shown
top; a plan's aim, a bank balance or a mere event is no record (issue 12, wt-recall)."""

from __future__ import annotations

import pytest

from huazhongdian.render.news_value import cues, patterns
from huazhongdian.render.view import build_view

RECORDS = ["山东体育代表团勇夺全运会“五连冠”", "两证齐全医养结合养老机构增至1125家、全国最多",
           "结束了海拉尔区集中连片棚户区的历史", "提前一年顺利通过国家义务教育基本均衡县验收"]


@pytest.fixture(scope="module")
def digest(excerpt_digest):
    return excerpt_digest("records")


@pytest.fixture(scope="module")
def facts(digest, by_text):
    return by_text(digest)


def test_the_record_cues_match_records_in_words_and_not_their_look_alikes():
    record = patterns().record
    for text in ("勇夺全运会“五连冠”", "PM2.5平均浓度历史性达到国家空气质量二级标准", "养老机构增至1125家、全国最多",
                 "建成全球最大的漂浮式风电平台", "花卉产量全球第一", "提前一年完成", "结束了集中连片棚户区的历史",
                 "林草产业总产值在全国率先突破万亿元", "大连迈入万亿级城市", "景迈山古茶林文化景观成功申遗",
                 "哈尔滨第九届亚冬会成功举办", "国产大飞机C919投入商业运营"):
        assert record.search(text), text
    for text in ("上调全省最低工资标准", "最大限度激发全国市场活力", "我国是世界最大发展中国家的国际地位没有变",
                 "成功举办了冰雪欢乐园等系列冰雪活动", "发生历史性变革", "推进棚户区改造"):
        assert not record.search(text), text


def test_a_record_without_a_figure_is_a_fact(facts):
    for text in RECORDS:
        assert text in facts, text
        assert facts[text].factual, text


def test_a_record_scores_as_a_headline_fact_and_above_plain_counts(facts):
    w = cues().record_weight
    plain = max(facts[t].score for t in ("新增省级文化产业示范基地12个", "新增国家级企业技术中心16家", "新建城市书房85个"))
    for text in RECORDS:
        assert facts[text].score >= w, text
        assert facts[text].score > plain, text


def test_records_are_ranked_into_their_themes_shown_top(digest):
    view = build_view(digest)
    shown = {b.text for g in view.groups for t in g.themes for b in t.top}
    for text in RECORDS:
        assert text in shown, text


def test_a_plan_aim_a_bank_balance_and_a_mere_event_are_no_record(facts):
    strong = cues().strong
    # a trillion threshold crossed by an industry is a record, by a bank's balance sheet not
    assert facts["有色金属产业营收突破1万亿元"].score >= strong
    assert facts["银行业资产总额突破11万亿元"].score < facts["有色金属产业营收突破1万亿元"].score
    # a plan's 万亿级 is an aim, not a record reached
    assert facts["加快打造6个万亿级产业"].score < strong
    # a string of festivals hosted is no record (only a multi-sport games is)
    assert all(f.score < strong for t, f in facts.items() if t.startswith("成功举办了冰雪欢乐园"))


def test_a_sector_figure_ranks_above_a_plain_count_beside_it(facts):
    # same sentence, the sector figure second (later: a smaller position bonus), still above
    w = cues().sector_weight
    assert w > 0
    assert facts["新能源汽车年产量超过1600万辆"].score > facts["建成充电站16座"].score
    assert facts["新能源汽车年产量超过1600万辆"].score - facts["建成充电站16座"].score >= w - 0.1
