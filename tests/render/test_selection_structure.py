"""What the report's structure says of a bullet (issue 12, wt-rankold2: the old national reports' facts ranked under
their theme's shown top): a fact of the item that opens its paragraph, and a figure of the whole year or country
(全年, 全国), rank above a like fact of the paragraph's detail (data: news_value.toml weights.paragraph_first,
weights.whole)."""

from __future__ import annotations

import pytest

from huazhongdian.render.news_structure import structure_weight
from huazhongdian.render.news_value import cues


@pytest.fixture(scope="module")
def facts(excerpt_digest, by_text):
    return by_text(excerpt_digest("structure"))


def test_structure_weight_reads_its_weights_from_the_data():
    w = cues().weights
    assert w["paragraph_first"] > 0 and w["whole"] > 0
    assert structure_weight("新修水库12座", 1, True, True) == w["paragraph_first"]
    assert structure_weight("全年新增造林面积50万亩", 1, True, False) == w["whole"]
    assert structure_weight("全国粮食产量创新高", 1, True, True) == w["whole"] + w["paragraph_first"]
    # no figure: no figure of the whole; no fact: no paragraph opening's news
    assert structure_weight("全年工作稳步推进", 0, False, True) == 0.0
    assert structure_weight("新修水库12座", 1, False, False) == 0.0


def test_a_paragraph_opening_fact_outranks_an_earlier_detail(facts):
    opening, detail = facts["新修水库12座"], facts["新建农村道路320公里"]
    assert opening.start > detail.start       # later in its part: position alone ranks it lower
    assert opening.score > detail.score


def test_a_figure_of_the_whole_year_outranks_an_earlier_detail_of_its_paragraph(facts):
    whole = [f for t, f in facts.items() if t.startswith("全年新增造林面积")]
    assert whole and whole[0].score > facts["建成社区食堂40个"].score
