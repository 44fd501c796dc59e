"""Framing cues of wt-framing3 (issue 12): the political formulas, principles, a celebration's praise, a strategic
positioning, a newspaper's page-jump line, goal slogans and the tests of government read by hand in the first
threes of Qinghai, Xizang and Hainan 2026 are no bullets; the figures and measures beside them stay."""

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from render_sample import shown_in

REPORT = """政府工作报告

一、2025年工作回顾

我们精心开展一系列庆祝活动，充分展示60年来我区各项事业取得的历史性成就，充分证明新时代党的治藏方略的英明正确。城镇新增就业5.1万人。（下转第四版）（紧接第一版） 我们坚持人民至上、生命至上，实现了“当年重建、当年入住”。这五年是安全屏障更加牢固的五年。我们把保护好生态作为重大政治责任，坚持生态优先、保护第一，七地（市）全部创建为国家生态文明示范区。总书记明确稳定、发展、生态、强边四件大事。我们把维护稳定作为第一位的工作任务，各族群众的安全感满意度保持在99%以上。

二、2026年工作安排

以高标准建设自由贸易港为总抓手，紧紧围绕建设“三区一中心”战略定位，锚定“打造重要门户”战略目标。聚焦对外开放，高标准建设海南自由贸易港。维护社会安全稳定。强化食品药品全链条安全监管。确保“十五五”开好局，是对政府履职能力的重大考验。我们要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。谱写中国式现代化篇章，使命光荣、责任重大，对加强政府自身建设提出了新的更高要求。坚决扛起把自由贸易港打造成为重要门户的光荣使命。城镇新增就业5万人。新建高原和美乡村200个。
"""


@pytest.fixture(scope="module")
def bullets(by_text) -> list[str]:
    return list(by_text(hzd.digest(read_text(REPORT, source="framing3.txt"), lens="general")))


def test_praise_principles_and_political_formulas_are_no_bullets(bullets):
    for words in ["充分展示", "英明正确", "人民至上", "下转第四版", "保护第一", "四件大事", "第一位的工作任务",
                  "两个确立", "四个意识", "两个维护"]:
        assert not shown_in(bullets, words), words


def test_positioning_slogans_and_tests_of_government_are_no_bullets(bullets):
    for words in ["战略定位", "战略目标", "高标准建设海南自由贸易港", "维护社会安全稳定", "开好局", "重大考验",
                  "新的更高要求", "光荣使命"]:
        assert not shown_in(bullets, words), words


def test_figures_and_measures_beside_them_stay(bullets):
    for words in ["城镇新增就业5.1万人",
                  "安全感满意度保持在99%以上", "强化食品药品全链条安全监管", "城镇新增就业5万人", "新建高原和美乡村200个"]:
        assert shown_in(bullets, words), words
