"""Sentence splitting and list items on real report sentences."""

from __future__ import annotations

import pytest

from huazhongdian.structure import build_document, split_sentences


def _split(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], marker) for a, b, marker in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 。！？； end sentences.
        ("坚持稳中求进工作总基调。完整准确全面贯彻新发展理念；加快构建新发展格局！",
         ["坚持稳中求进工作总基调。", "完整准确全面贯彻新发展理念；", "加快构建新发展格局！"]),
        # Never at a decimal point.
        ("国内生产总值增长5%左右；城镇调查失业率5.5%左右。",
         ["国内生产总值增长5%左右；", "城镇调查失业率5.5%左右。"]),
        # Never inside quotes; the closing quote stays with its sentence.
        ("习近平总书记强调：“科技兴则民族兴。科技强则国家强。”我们要牢记嘱托。",
         ["习近平总书记强调：“科技兴则民族兴。科技强则国家强。”", "我们要牢记嘱托。"]),
        # Never inside brackets or book-title marks.
        ("加快建设全国统一大市场（制定出台指引。修订目录）。推进《中华人民共和国民营经济促进法》实施。",
         ["加快建设全国统一大市场（制定出台指引。修订目录）。", "推进《中华人民共和国民营经济促进法》实施。"]),
        ("推进「数字中国。智慧社会」建设。下一句。", ["推进「数字中国。智慧社会」建设。", "下一句。"]),
        # A trailing fragment without a terminator is a sentence too.
        ("合成生物、脑科学产业集群总估值突破430亿元", ["合成生物、脑科学产业集群总估值突破430亿元"]),
        # A sentence-final ellipsis ends the sentence; one mid-sentence does not.
        ("任务艰巨…… 我们必须奋斗。", ["任务艰巨……", "我们必须奋斗。"]),
        ("资金、人才……等要素加快集聚。", ["资金、人才……等要素加快集聚。"]),
    ],
)
def test_split_points(text, expected):
    assert [s for s, _ in _split(text)] == expected


def test_inline_ordinal_cues_split_list_items():
    text = "要着力抓好以下工作：一是稳就业，统一是前提；二是保民生；三是防风险。"
    assert _split(text) == [
        ("要着力抓好以下工作：", ""),
        ("稳就业，统一是前提；", "一是"),  # 统一是 is a word, not a cue
        ("保民生；", "二是"),
        ("防风险。", "三是"),
    ]


def test_ordinal_cues_out_of_order_or_inside_quotes_are_text():
    assert _split("二是不对的开头。") == [("二是不对的开头。", "")]
    assert _split("他说“一是一，二是二”。") == [("他说“一是一，二是二”。", "")]


def test_line_bullets_become_list_markers_before_start():
    text = ("实力跃升\n"
            "  • 全社会研发投入强度连续6年高于全市平均水平。\n"
            "——我们创立了新时代中国特色社会主义思想。坚持不懈用这一创新理论武装头脑。\n"
            "① 高标准建设世界一流科学城\n"
            "（2）推进城市更新。\n")
    doc = build_document(text)
    got = [(s.list_marker, s.text) for s in doc.sentences]
    assert got == [
        ("•", "全社会研发投入强度连续6年高于全市平均水平。"),
        ("——", "我们创立了新时代中国特色社会主义思想。"),
        ("", "坚持不懈用这一创新理论武装头脑。"),
        ("①", "高标准建设世界一流科学城"),
        ("（2）", "推进城市更新。"),
    ]
    for sent in doc.sentences:
        if sent.list_marker:
            before = doc.text[:sent.start].rstrip()
            assert before.endswith(sent.list_marker)


def test_dateline_dash_is_not_a_list_marker():
    doc = build_document("政府工作报告\n——2026年1月26日在广东省第十四届人民代表大会第五次会议上\n")
    assert [(s.list_marker, s.text[:8]) for s in doc.sentences] == [("", "政府工作报告"), ("", "——2026年1")]


def test_sentences_know_their_paragraph_and_section(fixtures):
    doc = build_document((fixtures / "structure" / "national-2025-head.txt").read_text("utf-8"))
    sent = next(s for s in doc.sentences if s.text.startswith("过去一年，我国发展历程很不平凡"))
    para = doc.paragraphs[sent.paragraph]
    assert para.start <= sent.start < sent.end <= para.end
    assert doc.sections[sent.section].text == "一、2024年工作回顾"


def test_an_unclosed_quote_does_not_swallow_the_paragraph():
    text = "他说：“" + "要加快发展。" * 80 + "最后一句。"
    parts = [s for s, _ in _split(text)]
    assert len(parts) > 10
    assert parts[-1] == "最后一句。"
    assert "".join(parts) == text
