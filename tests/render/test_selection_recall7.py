"""The government reports' facts ranked just below their theme's shown top (issue 12, wt-recall7; excerpts of
Anhui, Sichuan, Hailar, Chongqing, Ningxia, Guangxi, Hubei 2026 and others): the year's fiscal stimulus,
infrastructure and energy capacity, the environment's own figures, firm counts and housing renewal are sector
figures (data: news_value.toml [sectors]), ranked above a plain count of facilities."""

from __future__ import annotations

import pytest

from huazhongdian.render.news_value import cues, patterns

SECTOR_FACTS = ("支持科技创新等重点领域减税降费及退税超1000亿元", "兑现以旧换新补贴169亿元",
                "全年新接入集中供热面积200万平方米", "高速公路通车里程达到4771公里", "我区外送电能力突破2000万千瓦",
                "空气质量优良天数比率96.1%", "森林覆盖率提高到42.5%", "高新技术企业增至3.5万家",
                "举全区之力全面完成了13672户的年度改造任务", "发放政府消费券8亿元以上", "新建5G基站1万个",
                "新能源装机规模达到1亿千瓦")


@pytest.fixture(scope="module")
def facts(excerpt_digest, by_text):
    return by_text(excerpt_digest("recall7"))


def test_stimulus_infrastructure_environment_and_firm_counts_are_sector_figures(facts):
    sector = patterns().sector
    for text in SECTOR_FACTS:
        assert sector.search(text), text
        assert text in facts and facts[text].factual, text
    # …not a plain count of facilities, nor a headline metric (those keep their own weight)
    for text in ("新建城市书房85个", "新建社区食堂40个", "全省地区生产总值增长5.5%"):
        assert not sector.search(text), text


def test_a_sector_figure_outranks_a_plain_count_of_facilities(facts):
    assert cues().sector_weight > 0
    counts = [facts[t].score for t in ("新建城市书房85个", "新增公共文化场馆32个", "新建社区食堂40个")]
    for text in SECTOR_FACTS:
        # one figure, later in its part than the counts: the sector weight lifts it above them
        assert facts[text].score > max(counts), text
    # …and a headline metric stays first
    assert facts["全省地区生产总值增长5.5%"].score > max(facts[t].score for t in SECTOR_FACTS)
