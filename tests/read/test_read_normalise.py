"""normalise(): the canonical text, checked on snippets cut from real reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huazhongdian.read.normalise import join_broken_lines, normalise, normalise_chars

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "read"


def fixture_text(name: str) -> str:
    return (FIX / name).read_text("utf-8")


# --- lines broken by scraping ------------------------------------------------------------

def test_rcep_link_fragments_rejoin_into_one_paragraph():
    text = normalise(fixture_text("national-2023-rcep.txt"))
    assert "\n" not in text
    assert "共建“一带一路”扎实推进。推动区域全面经济伙伴关系协定（RCEP）生效实施，建成全球最大自由贸易区。" in text


def test_1954_link_fragments_rejoin_and_traditional_characters_stay():
    text = normalise(fixture_text("national-1954-opening.txt"))
    assert text.split("\n")[0] == "各位代表："
    body = text.split("\n")[2]
    assert body.startswith("我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志關於憲法草案的報告並進行了三天的討論以後")
    assert "通過了我們國家的根本法——中華人民共和國憲法，接着，又通過了幾個重要的法律。" in body
    assert body.endswith("現在，我代表中央人民政府作工作報告。")


def test_2017_title_split_and_zero_width_lines():
    lines = normalise(fixture_text("national-2017-opening.txt")).split("\n")
    assert lines[0] == "政府工作报告"
    assert "国务院总理" in lines and "李克强" in lines  # a title block without punctuation keeps its lines
    joined = [line for line in lines if line.startswith("党的十八届六中全会")]
    assert joined and joined[0].startswith("党的十八届六中全会正式明确习近平总书记的核心地位，")
    assert joined[0].endswith("“十三五”实现了良好开局。")
    assert any("国内生产总值达到74.4万亿元，增长6.7%" in line for line in lines)
    assert all("\u200b" not in line for line in lines)


def test_ascii_fragment_then_digits_rejoin():
    text = normalise(fixture_text("national-2014-m2.txt"))
    assert "广义货币M2增长13.6%，符合调控要求。" in text
    assert "\n" not in text


def test_headings_and_list_items_keep_their_breaks():
    text = "一、2013年工作回顾\n过去一年是本届政府依法履职的第一年，任务艰巨而繁重。\n——经济运行缓中趋稳\n——就业增长超出预期。"
    assert normalise(text).split("\n") == [
        "一、2013年工作回顾",
        "过去一年是本届政府依法履职的第一年，任务艰巨而繁重。",
        "——经济运行缓中趋稳",
        "——就业增长超出预期。",
    ]


def test_provincial_header_lines_are_not_glued():
    lines = normalise(fixture_text("anhui-2026-header.txt")).split("\n")
    assert lines[:5] == [
        "2026年安徽省政府工作报告",
        "——2026年2月5日在安徽省第十四届人民代表大会第四次会议上",
        "时间：2026-02-11",
        "省人民政府省长 王清宪",
        "各位代表：",
    ]
    assert lines[6] == "一、2025年工作和“十四五”发展回顾"


def test_bare_list_marker_joins_its_text():
    assert normalise("一是\n去年出台的调价项目和影响价格的改革措施比较多。") == "一是去年出台的调价项目和影响价格的改革措施比较多。"


def test_lines_ending_with_a_colon_keep_their_break():
    assert normalise("2024年:\n科技“燃”年,创新能级显著跃升") == "2024年:\n科技“燃”年,创新能级显著跃升"


def test_blank_lines_are_never_crossed():
    assert join_broken_lines(["推动", "", "区域全面经济伙伴关系协定，生效。"]) == ["推动", "", "区域全面经济伙伴关系协定，生效。"]


def test_verse_without_chinese_punctuation_keeps_its_lines():
    verse = "2025年\n光明科学城在科技创新的航道上\n扬帆再启航"
    assert normalise(verse) == verse


# --- characters ---------------------------------------------------------------------------

def test_spaced_out_characters_close_up():
    assert normalise("政 府 工 作 报 告") == "政府工作报告"
    assert normalise("国务院总理\u3000李\u3000强") == "国务院总理 李强"


def test_meaningful_spaces_stay_single():
    assert normalise("中共中央  国务院关于实施乡村振兴战略的意见") == "中共中央 国务院关于实施乡村振兴战略的意见"
    assert normalise("2026年02月10日\u300007时41分") == "2026年02月10日 07时41分"


def test_full_width_digits_letters_and_percent_become_ascii():
    assert normalise("１９８５年的工资改革，ＧＤＰ增长５．２％左右") == "1985年的工资改革，GDP增长5.2%左右"


def test_chinese_punctuation_stays():
    text = "主要表现在，经济规模稳步扩大；“稳”的态势（巩固）延续：好！对吗？是、否。"
    assert normalise(text) == text


def test_full_width_point_outside_numbers_stays():
    assert normalise("１．坚持稳中求进") == "1．坚持稳中求进"


def test_emoji_and_ornaments_go_but_roman_numerals_and_circled_numbers_stay():
    assert normalise("让我们一同深入了解\n\n👇👇👇\n\n▲ 推动鹏城云脑Ⅲ、超算二期点亮 ★") == \
        "让我们一同深入了解\n\n推动鹏城云脑Ⅲ、超算二期点亮"
    assert normalise("① 二○二五年 ● 要点") == "① 二○二五年 ● 要点"


def test_zero_width_and_bom_and_crlf():
    assert normalise("\ufeff政府\u200b工作\u2060报告\r\n\r\n\r\n\r\n各位代表：  \r") == "政府工作报告\n\n各位代表："


def test_normalise_chars_never_joins_lines():
    assert normalise_chars("新质生产力\n科技创新\r\n专精特新") == "新质生产力\n科技创新\n专精特新"


# --- boilerplate --------------------------------------------------------------------------

def test_wechat_credits_and_trailer_are_dropped():
    text = normalise(fixture_text("seed-guangming-wechat.txt"))
    for junk in ("内容来源", "编辑:", "校审", "如需转载", "END", "推荐阅读", "最新文章", "一图读懂", "👇"):
        assert junk not in text
    assert text.startswith("划重点!党代会报告里有哪些“科学元素”?\n\n政务 2025-01-16 18:15 广东\n\n1月15日,")
    assert text.endswith("让我们翘首以盼,共襄佳绩")
    assert "• 全社会研发投入强度连续6年高于全市平均水平。" in text


def test_portal_chrome_is_dropped():
    lines = normalise(fixture_text("ningxia-2026-header.txt")).split("\n")
    for junk in ("当前位置：", "首页", ">", "宁夏要闻", "阅读量：", "【字体：", "小", "中", "大", "】", "来源：", "宁夏日报客户端"):
        assert junk not in lines
    assert lines[0] == "2026年宁夏回族自治区政府工作报告"
    assert "——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上" in lines


def test_trailer_marker_in_the_first_half_is_kept():
    text = "推荐阅读\n" + "过去一年，我国发展历程很不平凡。" * 10
    assert normalise(text).startswith("推荐阅读\n")


def test_wikisource_licence_at_the_end_is_dropped():
    body = "\n\n".join(["各位代表！让我们不懈奋斗！"] * 10)
    text = body + "\n\n本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议。\n\nPublic domain"
    assert normalise(text) == body


# --- properties ---------------------------------------------------------------------------

_ALPHABET = st.sampled_from(list(
    "政府工作报告推动区域协定一二三是第章、，。；：！？（）“”《》——•…0123456789%．０１％ＡａMP"
    "\n\n\n  \u3000\u00a0\u200b\ufeff\t\r👇▲★Ⅲ①○【】>首页编辑来源END推荐阅读字体大中小:,!?"
))


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_normalised_text_has_no_trailing_spaces_or_blank_runs(text):
    once = normalise(text)
    assert "\n\n\n" not in once and once == once.strip()
    assert all(line == line.strip() for line in once.split("\n"))


@pytest.mark.corpus
@pytest.mark.parametrize("name", [
    "national-series/1954.txt", "national-series/2017.txt", "national-series/2023.txt",
    "national-series/2025.txt", "guangdong-2026-gov-work-report.txt", "ningxia-2026-gov-work-report.txt",
    "national-2026-15th-five-year-plan-outline.txt", "cpc-congress/congress-09.txt",
])
def test_corpus_reports_normalise_idempotently(corpus, name):
    once = normalise((corpus / name).read_text("utf-8"))
    assert normalise(once) == once
    assert len(once) > 5000


def test_prose_that_starts_like_a_call_to_action_stays():
    text = "在看到成绩的同时，我们也清醒认识到困难。\n在看\n分享到：\n【打印】 【关闭】\n如需转载,请注明以上内容"
    assert normalise(text) == "在看到成绩的同时，我们也清醒认识到困难。"


def test_full_width_plus_becomes_ascii_so_terms_match_across_years():
    # The 2026 national report writes 人工智能＋, the 2025 one 人工智能+.
    assert normalise("持续推进“人工智能＋”行动") == "持续推进“人工智能+”行动"


def test_wikisource_licence_block_after_a_congress_report_is_cut():
    body = "全党同志要团结起来，为实现党的十二大提出的任务而奋斗！\n" * 40
    trailer = ("本作品来自1949年10月1日（含）之后的中国共产党文件。根据指导案例\n"
               "公有领域\n。\nPublic domain\nPublic domain\nfalse\nfalse")
    out = normalise(body + trailer)
    assert "Public domain" not in out and "false" not in out
    assert out.rstrip().endswith("而奋斗！")


def test_digits_spaced_out_one_by_one_close_up():
    # The 1998 national report as published: every digit followed by a space.
    assert normalise("1 9 9 7 年经济增长8 ．8 ％，涨幅为0 ．8 ％。") == "1997年经济增长8.8%，涨幅为0.8%。"
    # A single space between a figure and Chinese is a cell or field gap elsewhere: it stays.
    assert normalise("国内生产总值 134.9 万亿元") == "国内生产总值 134.9 万亿元"


def test_a_figure_spaced_out_on_its_own_closes_up():
    # The 1998 national report spaces some figures on lines that space nothing else.
    assert normalise("今年全社会固定资产投资预定增长1 0 ％或者更多一些。") == "今年全社会固定资产投资预定增长10%或者更多一些。"
    assert normalise("国务院组成部门从4 0 个减少到2 9 个。") == "国务院组成部门从40个减少到29个。"
    assert normalise("经济增长速度8 ％，商品零售价格涨幅控制在3 ％以内。") == "经济增长速度8%，商品零售价格涨幅控制在3%以内。"


@pytest.mark.parametrize("text", [
    "省长 罗东川\n2026-01-31 07:00:44\n各位代表：",   # a dateline: date, space, time
    "人均国民生产总值比1980 年翻两番",               # a year before a gap: not spaced digit by digit
    "一是1 、2 、3 项",                              # list numbers before 、
    "国内生产总值 5 %",                              # a cell gap before the figure
    "第1 项和第2 项",                                # one digit before Chinese: not a spaced figure
])
def test_gaps_that_are_not_a_spaced_figure_stay(text: str):
    assert normalise(text) == text


def test_a_middle_dot_before_a_percent_sign_is_a_decimal_point():
    # The 1999 national report: 全年增长19·5％ … 比上年实际增长4·3％.
    assert normalise("全年增长19·5％，比上年实际增长4·3%。") == "全年增长19.5%，比上年实际增长4.3%。"
    # Dates naming an event stay: 25·7 大洪水, 5·18 国际博物馆日, 1·24 火灾.
    for text in ("平稳应对海河“25·7”区域性大洪水。", "承办好“5·18国际博物馆日”中国主会场活动。",
                 "新余“1·24”特别重大火灾事故整改"):
        assert normalise(text) == text
