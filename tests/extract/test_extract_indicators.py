"""extract_indicators: the grammar around each numeral, on sentences cut from real reports."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from huazhongdian.errors import UnreadableDocument
from huazhongdian.extract.indicators import extract_indicators, indicators_in_text
from huazhongdian.load import read, read_text
from huazhongdian.types import Indicator

D = Decimal


def only(sentence: str) -> Indicator:
    found = indicators_in_text(sentence)
    assert len(found) == 1, [i.text for i in found]
    return found[0]


# sentence, text, value, unit, base_value, base_unit, qualifier, kind
LEVELS = [
    ("合同金额3541.07万元。", "3541.07万元", "3541.07", "万元", "35410700", "元", None, "level"),
    ("募集资金47.264287亿元。", "47.264287亿元", "47.264287", "亿元", "4726428700", "元", None, "level"),
    ("注册资本100000万美元。", "100000万美元", "100000", "万美元", "1000000000", "美元", None, "level"),
    ("经济总量突破二十万亿。", "突破二十万亿", "20", "万亿", "20000000000000", "", "at_least", "level"),
    ("新增贷款一万五千亿元。", "一万五千亿元", "15000", "亿元", "1500000000000", "元", None, "level"),
    ("累计服务3万4000人次。", "3万4000人次", "34000", "人次", "34000", "人次", None, "count"),
    ("参观人数达25万6千人次。", "25万6千人次", "256000", "人次", "256000", "人次", None, "count"),
    ("不良率为百分之一点五七。", "百分之一点五七", "1.57", "%", "1.57", "%", None, "level"),
    ("城镇新增就业1,100万人以上", "1,100万人以上", "1100", "万人", "11000000", "人", "at_least", "count"),
    ("总量达到三十万多亿元", "三十万多亿元", "300000", "亿元", "30000000000000", "元", "more_than", "level"),
    ("全区院士五十七人", "五十七人", "57", "人", "57", "人", None, "count"),
    ("高层次人才两千八百人", "两千八百人", "2800", "人", "2800", "人", None, "count"),
    ("荣获两个国家级奖项", "两个", "2", "个", "2", "个", None, "count"),
    ("超高清视频显示等三大重点产业集群", "三大", "3", "大", "3", "大", None, "count"),
    ("办好十件民生实事", "十件", "10", "件", "10", "件", None, "count"),
    ("粮食产量首次跃上1.37万亿斤新台阶", "1.37万亿斤", "1.37", "万亿斤", "1370000000000", "斤", None, "level"),
    ("城镇新增就业1256万人", "1256万人", "1256", "万人", "12560000", "人", None, "count"),
    ("优质企业近500家。", "近500家", "500", "家", "500", "家", "near", "count"),
    ("承接国家、省、市重大科技项200余项。", "200余项", "200", "项", "200", "项", "more_than", "count"),
    ("缓税缓费7500多亿元。", "7500多亿元", "7500", "亿元", "750000000000", "元", "more_than", "level"),
    ("重点产业集群总规模突破4000亿元", "突破4000亿元", "4000", "亿元", "400000000000", "元", "at_least", "level"),
    ("对全球经济增长的贡献率保持在30%左右", "30%左右", "30", "%", "30", "%", "approx", "level"),
    ("城镇调查失业率控制在5%以内", "控制在5%以内", "5", "%", "5", "%", "at_most", "level"),
    ("外汇储备超过3.2万亿美元", "超过3.2万亿美元", "3.2", "万亿美元", "3200000000000", "美元", "at_least", "level"),
    ("人均预期寿命增长到七十八点二岁", "增长到七十八点二岁", "78.2", "岁", "78.2", "岁", None, "level"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit", "base", "base_unit", "qualifier", "kind"), LEVELS)
def test_value_unit_and_qualifier(sentence: str, text: str, value: str, unit: str, base: str, base_unit: str,
                                  qualifier: str | None, kind: str) -> None:
    ind = only(sentence)
    assert (ind.text, ind.value, ind.unit, ind.base_value, ind.base_unit, ind.qualifier, ind.kind) == (
        text, D(value), unit, D(base), base_unit, qualifier, kind)


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "unit"),
    [
        ("国内生产总值增长6%－6.5%；", "增长6%－6.5%", "6", "6.5", "%"),
        ("国内生产总值增长6.5%-7%", "增长6.5%-7%", "6.5", "7", "%"),
        ("地区生产总值增长4.5%—5%，", "增长4.5%—5%", "4.5", "5", "%"),
        ("经济增长4.5%至5%", "增长4.5%至5%", "4.5", "5", "%"),
        ("培育两三个龙头企业。", "两三个", "2", "3", "个"),
    ],
)
def test_ranges_have_low_and_high(sentence: str, text: str, low: str, high: str, unit: str) -> None:
    ind = only(sentence)
    assert (ind.text, ind.qualifier, ind.low, ind.high, ind.value, ind.unit) == (
        text, "range", D(low), D(high), D(low), unit)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "from_value", "unit", "direction", "kind", "metric"),
    [
        ("入选全国科技城百强榜,排名从第24名跃升至第7名,", "从第24名跃升至第7名", "7", "24", "名", "up", "rank", "排名"),
        ("全国地表水优良水体比例由67.9%上升到87.9%。", "由67.9%上升到87.9%", "87.9", "67.9", "%", "up", "change",
         "全国地表水优良水体比例"),
        ("高速铁路运营里程从2.5万公里增加到4.2万公里，", "从2.5万公里增加到4.2万公里", "4.2", "2.5", "万公里", "up",
         "change", "高速铁路运营里程"),
        # the start is restated in the end's unit: 一万亿元 = 10000 亿元
        ("全社会研发经费支出从一万亿元增加到二万八千亿元，", "从一万亿元增加到二万八千亿元", "28000", "10000", "亿元",
         "up", "change", "全社会研发经费支出"),
    ],
)
def test_from_to_moves(sentence: str, text: str, value: str, from_value: str, unit: str, direction: str, kind: str,
                       metric: str) -> None:
    ind = only(sentence)
    assert (ind.text, ind.value, ind.from_value, ind.unit, ind.direction, ind.kind, ind.metric) == (
        text, D(value), D(from_value), unit, direction, kind, metric)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "base", "base_unit", "kind"),
    [
        ("首批落地科技支行占全市四分之一。", "四分之一", "0.25", "", "25", "%", "share"),
        ("已建在建入级电动船舶数量占全国三成以上", "三成以上", "3", "成", "30", "%", "share"),
        ("21个学科进入ESI前千分之一", "千分之一", "0.001", "", "0.1", "%", "share"),
        ("自治区本级科技专项资金翻一番", "翻一番", "1", "番", "2", "倍", "multiple"),
        ("比上年增长2倍。", "增长2倍", "2", "倍", "2", "倍", "multiple"),
        ("生物医药产业集群规模实现倍增。", "倍增", "2", "倍", "2", "倍", "multiple"),
        ("全社会研发投入强度连续6年高于全市平均水平。", "连续6年", "6", "年", "6", "年", "streak"),
        ("空气优良天数比例达到99.2%，同比提高0.8个百分点。", "提高0.8个百分点", "0.8", "个百分点", "0.8", "个百分点",
         "change"),
    ],
)
def test_shares_multiples_streaks(sentence: str, text: str, value: str, unit: str, base: str, base_unit: str,
                                  kind: str) -> None:
    ind = [i for i in indicators_in_text(sentence) if i.text == text]
    assert len(ind) == 1
    got = ind[0]
    assert (got.value, got.unit, got.base_value, got.base_unit, got.kind) == (D(value), unit, D(base), base_unit, kind)


@pytest.mark.parametrize(
    ("sentence", "text", "metric"),
    [
        ("全球首个合成生物研究设施、首个综合型脑解析与脑模拟设施建成开放共享。", "全球首个", "合成生物研究设施"),
        ("全国唯一生物制造领域国家产业创新中心全面启动建设。", "全国唯一", "生物制造领域国家产业创新中心"),
        ("落地全市首支种子基金。", "全市首支", "种子基金"),
    ],
)
def test_firsts(sentence: str, text: str, metric: str) -> None:
    ind = only(sentence)
    assert (ind.text, ind.kind, ind.value, ind.metric) == (text, "first", None, metric)


def test_a_list_after_fenbie_gives_one_indicator_per_subject() -> None:
    found = indicators_in_text("高技术制造业、装备制造业增加值分别增长8.9%、7.7%，新能源汽车年产量突破1300万辆")
    assert [(i.text, i.metric, i.value, i.kind, i.direction) for i in found] == [
        ("增长8.9%", "高技术制造业", D("8.9"), "change", "up"),
        ("7.7%", "装备制造业增加值", D("7.7"), "change", "up"),
        ("突破1300万辆", "新能源汽车年产量", D(1300), "count", None),
    ]


def test_the_separator_less_list_of_the_seed_article() -> None:
    found = indicators_in_text("科技服务业、软信服务业企业数量分别增长75%80%,人力资源服务业营收增长104%")
    assert [(i.text, i.metric, i.value) for i in found] == [
        ("增长75%", "科技服务业", D(75)),
        ("80%", "软信服务业企业数量", D(80)),
        ("增长104%", "人力资源服务业营收", D(104)),
    ]


def test_a_follow_on_figure_keeps_the_metric_and_direction() -> None:
    found = indicators_in_text("国内生产总值达到134.9万亿元、增长5%，增速居世界主要经济体前列")
    assert [(i.text, i.metric, i.kind, i.direction) for i in found] == [
        ("134.9万亿元", "国内生产总值", "level", None),
        ("增长5%", "国内生产总值", "change", "up"),
    ]


def test_a_verb_with_dao_reaches_a_level() -> None:
    ind = only("地表水优良水质断面比例提高到90.4%")
    assert (ind.kind, ind.direction, ind.value, ind.metric) == ("level", "up", D("90.4"), "地表水优良水质断面比例")


def test_a_rate_metric_makes_a_change() -> None:
    ind = only("单位国内生产总值能耗降幅超过3%")
    assert (ind.kind, ind.direction, ind.qualifier) == ("change", "down", "at_least")


# Each of these real sentences has no indicator at all.
NOT_INDICATORS = [
    "1月15日,中国共产党深圳市光明区第二届代表大会第三次会议如期举行。",
    "今年,光明区的工作重点聚焦于高标准建设“一城三区”。",
    "鹏城云脑Ⅲ通过国家窗口指导,国之重器全速推进。",
    "推动鹏城云脑Ⅲ、超算二期点亮。",
    "连续4年获评“全国工业百强区”",  # the streak is the indicator; 百强 is not (checked below)
    "地级及以上城市细颗粒物（PM2.5）平均浓度",
    "加快5G/6G网络建设",
    "——2025年3月5日在第十四届全国人民代表大会第三次会议上",
    "一、2024年工作回顾",
    "（一）因时因势加强和创新宏观调控",
    "01",
    "一是因时因势加强和创新宏观调控，二是扩大内需。",
    "“十四五”规划目标任务即将完成，党的二十大精神全面贯彻。",
    "扎实有力落实党的二十届二中、三中全会改革部署",
    "新培育一批国家级先进制造业集群",
    "制定一系列具有全局性意义的区域重大战略",
    "加快构建以国内大循环为主体、国内国际双循环相互促进的新发展格局",
    "推进京津冀协同发展、长三角一体化发展，构建全国统一大市场，建设世界一流大学",
    "树牢“四个意识”，坚定“四个自信”，坚决做到“两个维护”",
    "严格落实中央八项规定精神",
    "打通政策落地“最后一公里”",
    "去年一季度经济开局良好，进入二季度以后主要指标连续走低",
    "首批落地科技支行",
    "首个综合型脑解析与脑模拟设施建成",
    "时间：2025-01-16 18:15",
    "继续实施学前教育三年行动计划",
    "完成建成区10蒸吨及以下燃煤锅炉拆除工作",
    "锻造更多千亿元级、万亿元级新兴产业集群",
    "三次产业协调发展",
    "国民经济和社会发展第十五个五年规划纲要（2026－2030年）",
    "鼓励幼儿园招收2－3岁幼儿",
    "实施新一轮千亿斤粮食产能提升行动",
    "推广“光盘行动”、抵制过度包装、减少一次性用品使用",
    "深入推进“3个100万”",
    "每千人口3岁以下婴幼儿托位数达4.76个",  # 4.76个 is (checked below); the age band is not
    # names and set phrases in Chinese numerals, quoted or not
    "建设一城三区，实施十四五规划，两个确保，三个代表，一带一路，五年来，第一，一些企业，一批项目，一方面",
    "一九八二年，是我国改革开放中具有重要意义的一年",  # a year alone is a date
]


@pytest.mark.parametrize("sentence", NOT_INDICATORS)
def test_names_ordinals_dates_and_labels_are_not_indicators(sentence: str) -> None:
    found = indicators_in_text(sentence)
    expected = [t for t in ("连续4年", "4.76个") if t in sentence]
    assert [i.text for i in found] == expected


def test_offsets_period_and_mode_in_a_document() -> None:
    text = "一、2024年工作回顾\n城镇新增就业1256万人、城镇调查失业率平均为5.1%。\n2025年，城镇新增就业1200万人以上。\n"
    doc = read_text(text, source="excerpt")
    found = extract_indicators(doc)
    assert [i.text for i in found] == ["1256万人", "5.1%", "1200万人以上"]
    for ind in found:
        assert doc.text[ind.start:ind.end] == ind.text
        assert doc.text[ind.sentence_start:ind.sentence_end] == ind.sentence
        assert ind.sentence_start <= ind.start < ind.end <= ind.sentence_end
    assert found[-1].period == 2025  # an explicit year in the sentence wins


def test_a_base_year_after_bi_is_not_the_period() -> None:
    doc = read_text("为到2035年人均国内生产总值比2020年翻一番打好基础。\n", source="excerpt")
    (ind,) = extract_indicators(doc)
    assert (ind.text, ind.period, ind.metric) == ("翻一番", 2035, "人均国内生产总值")


def test_a_base_year_after_a_comparison_word_is_not_the_period() -> None:
    doc = read_text("一、2025年工作回顾\n全年GDP增长4%，快于2024年1.8个百分点。\n", source="excerpt")
    assert [(i.text, i.period) for i in extract_indicators(doc)] == [("增长4%", 2025), ("1.8个百分点", 2025)]


def test_lines_no_sentence_covers_are_still_read() -> None:
    doc = read_text("实力跃升\n• 新引进标志性科学家3人。\n", source="excerpt")
    bare = doc.__class__(text=doc.text, sentences=())  # a Document without sentences
    assert [i.text for i in extract_indicators(bare)] == ["3人"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=200))
def test_random_unicode_never_crashes_and_spans_hold(text: str) -> None:
    try:
        doc = read_text(text, source="fuzz")
    except UnreadableDocument:
        return  # blank input is refused by the reader, not our concern here
    for ind in extract_indicators(doc):
        assert doc.text[ind.start:ind.end] == ind.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="一二两三四五六七八九十百千万亿零点分之第连续翻番倍增全国首个唯0123456789.,%－-至到从由增长下降提高左右以上余多近约元人个项家年名、，。", min_size=1, max_size=80))
def test_numeral_soup_never_crashes_and_spans_hold(text: str) -> None:
    try:
        doc = read_text(text, source="fuzz")
    except UnreadableDocument:
        return
    for ind in extract_indicators(doc):
        assert doc.text[ind.start:ind.end] == ind.text
        assert ind.kind in ("level", "change", "rank", "share", "count", "streak", "multiple", "first")


@pytest.mark.corpus
def test_the_2025_national_report(corpus: Path) -> None:
    doc = read(corpus / "national-2025-gov-work-report.txt")
    found = extract_indicators(doc)
    by_text = {i.text: i for i in found}
    assert by_text["1256万人"].metric == "城镇新增就业"
    assert by_text["超过3.2万亿美元"].base_value == D("3200000000000")
    assert all(doc.text[i.start:i.end] == i.text for i in found)
    assert not any("PM2.5" in i.text or i.text.endswith("年") and i.kind != "streak" for i in found)


# --- Chinese-numeral figures of the 1980s–90s reports ---------------------------------------


# sentence (cut from national-series/<year>.txt), text, value, low, high, qualifier, direction
CHINESE_PERCENTS = [
    # 1993: the range's far end drops its 百分之
    ("国民经济增长速度由原定平均每年百分之六调高到百分之八至九。", "由原定平均每年百分之六调高到百分之八至九",
     "8", "8", "9", "range", "up"),
    ("今后五年，争取城镇居民人均生活费收入平均每年实际增长百分之五左右，", "增长百分之五左右", "5", None, None, "approx",
     "up"),
    ("农村居民人均纯收入平均每年实际增长百分之四至百分之五。", "增长百分之四至百分之五", "4", "4", "5", "range", "up"),
    # 1994 and 1995: price ceilings and floors
    ("努力把全年零售物价上涨幅度控制在百分之十以内。", "控制在百分之十以内", "10", None, None, "at_most", "up"),
    ("由于已经连续三年增长速度在百分之十一以上，", "百分之十一以上", "11", None, None, "at_least", None),
    # 1982
    ("有近百分之三十独立核算的国营工业企业亏损", "近百分之三十", "30", None, None, "near", None),
]


@pytest.mark.parametrize(("sentence", "text", "value", "low", "high", "qualifier", "direction"), CHINESE_PERCENTS)
def test_chinese_percents_take_qualifiers_ranges_and_verbs(sentence: str, text: str, value: str, low: str | None,
                                                           high: str | None, qualifier: str, direction: str | None,
                                                           ) -> None:
    ind = next(i for i in indicators_in_text(sentence) if i.unit == "%")
    assert (ind.text, ind.value, ind.unit, ind.qualifier, ind.direction) == (text, D(value), "%", qualifier, direction)
    assert (ind.low, ind.high) == (None if low is None else D(low), None if high is None else D(high))


def test_a_from_to_move_with_years_in_chinese_numerals_is_one_indicator() -> None:
    # 1983: the years of both ends sit between the verbs and the figures
    found = indicators_in_text("使这方面的招生人数由一九八二年的二十九万人增加到一九八七年的一百一十万人，即增长二点八倍")
    move, multiple = found
    assert (move.text, move.value, move.from_value, move.unit, move.direction, move.kind, move.metric) == (
        "由一九八二年的二十九万人增加到一九八七年的一百一十万人", D(110), D(29), "万人", "up", "change", "这方面的招生人数")
    assert (multiple.text, multiple.value, multiple.unit, multiple.kind) == ("增长二点八倍", D("2.8"), "倍", "multiple")


def test_a_from_to_move_of_chinese_percents_finds_its_own_direction() -> None:
    ind = only("重工业所占比重由一九七八年的百分之五十六点九调整到百分之五十")
    assert (ind.value, ind.from_value, ind.direction, ind.kind) == (D(50), D("56.9"), "down", "change")


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "qualifier"),
    [
        ("我国工农业总产值突破一万亿元", "突破一万亿元", "1", "万亿元", "at_least"),
        ("比一九五七年的一千二百四十一亿元增长百分之六十五", "一千二百四十一亿元", "1241", "亿元", None),
        ("铁路货运周转量增长百分之二十三，达到11620亿吨公里", "11620亿吨公里", "11620", "亿吨公里", None),
    ],
)
def test_chinese_money_and_old_units(sentence: str, text: str, value: str, unit: str, qualifier: str | None) -> None:
    ind = next(i for i in indicators_in_text(sentence) if i.unit == unit)
    assert (ind.text, ind.value, ind.unit, ind.qualifier) == (text, D(value), unit, qualifier)


def test_a_share_in_a_list_title_is_not_a_figure() -> None:
    # the seed article: the list is "全球前2%顶尖科学家榜单", the place's figure is the 158
    found = indicators_in_text("158名学者入选全2%顶尖科学家榜单。")
    assert [i.text for i in found] == ["158名"]


def test_a_share_with_a_verb_before_it_is_still_a_figure() -> None:
    assert only("研发投入占全市2%").text == "2%"


@pytest.mark.corpus
def test_the_1983_report_reads_dated_moves_whole(corpus: Path) -> None:
    doc = read(corpus / "national-series" / "1983.txt")
    moves = {i.text: i for i in extract_indicators(doc) if i.from_value is not None}
    assert "由一九七八年的三百五十五亿元增加到一九八二年的七百七十二亿元" in moves
    ind = moves["由一九七八年的三百五十五亿元增加到一九八二年的七百七十二亿元"]
    assert (ind.value, ind.from_value, ind.unit, ind.direction) == (D(772), D(355), "亿元", "up")
    assert doc.text[ind.start:ind.end] == ind.text
    # no bare year survives as a figure
    assert not any(i.unit == "年" and i.value is not None and i.value > 1900 for i in extract_indicators(doc))


@pytest.mark.parametrize(
    ("sentence", "text", "qualifier", "metric"),
    [
        # Sichuan 2026: 签约 is signed, its 约 is not "about"
        ("务实办好西博会、项目签约3543亿元", "3543亿元", None, "务实办好西博会、项目签约"),
        ("全年投资约300亿元", "约300亿元", "approx", "投资"),
        ("最近3年研发投入增长5%", "增长5%", None, "最近3年研发投入"),
        ("接近3000亿元", "接近3000亿元", "near", ""),
    ],
)
def test_a_one_character_qualifier_inside_a_word_is_not_one(sentence: str, text: str, qualifier: str | None,
                                                             metric: str) -> None:
    ind = indicators_in_text(sentence)[0]
    assert (ind.text, ind.qualifier, ind.metric) == (text, qualifier, metric)


def test_the_grammar_is_built_once():
    # Built from the data files on first use, then shared: every scan of every sentence reads it.
    from huazhongdian.extract.indicator_grammar import load_grammar

    assert load_grammar() is load_grammar()
