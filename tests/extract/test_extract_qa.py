"""Regressions for entities and tasks found by reading the whole corpus's digests (QA of issue 4).

Every sentence here is quoted verbatim from a report in ../shared/corpus (named in each case).
"""

from __future__ import annotations

import pytest

from huazhongdian.extract.entities import extract_entities
from huazhongdian.extract.tasks import split_clause
from huazhongdian.load import read_text


def _names(text: str) -> set[str]:
    return {e.name for e in extract_entities(read_text(text))}


@pytest.mark.parametrize("text", [
    # The kind of a hospital is not its name; "公立医院" was the third most frequent "entity" of the
    # corpus (49 reports), and verbs were swallowed into it ("全面推开公立医院", "上城市进行公立医院").
    "全面推开公立医院综合改革，全部取消药品加成，",                       # 2017 national
    "开展增值电信、生物技术、独资医院开放试点。",                         # 2025 national
    # 扩大学前教育: 大学 inside 扩大 + 学前, not a university ("多渠道扩大学").
    "多渠道扩大学前教育供给，无论是公办还是民办幼儿园，",                   # 2019 national
    # 中心城市 is a kind of city, and 发挥 a verb ("发挥中心").
    "发挥中心城市和城市群综合带动作用，培育产业、增加就业。",               # 2020 national
    # A sum of money is not part of a fund's name ("使用1000亿元失业保险基金").
    "使用1000亿元失业保险基金支持稳岗和培训，加快培养制造业高质量发展的急需人才，",  # 2022 national
])
def test_categories_and_verbs_are_not_entity_names(text):
    names = _names(text)
    assert not [n for n in names if n.endswith(("医院", "大学", "中心")) or "亿元" in n], names


@pytest.mark.parametrize(("text", "name", "not_name"), [
    # 国家级: the measure word 家 (一家, 两家) must not end the search inside 国家 ("级零碳园区").
    ("推进国家级零碳园区、国家生态产品价值实现机制试点建设，", None, "级零碳园区"),  # 广东 2026
    # Verbs in front of names: 助推 / 增设 / 重组.
    ("助推长征康复医院争创国家级“医养结合”试点，带动健康养老产业快速发展。", "长征康复医院", "助推长征康复医院"),  # 海拉尔 2019
    ("增设上海自贸试验区新片区。", "上海自贸试验区", "增设上海自贸试验区"),       # 2019 national
])
def test_names_start_after_the_verb(text, name, not_name):
    names = _names(text)
    assert not_name not in names
    if name:
        assert name in names


def test_a_name_cut_at_the_length_limit_is_dropped():
    # 重庆 2026: walking 12 characters left from 基地 cut the name mid-word
    # ("想研究中心重庆市协同研究基地"); a fragment is worse than nothing.
    names = _names("获批习近平文化思想研究中心重庆市协同研究基地，推动出台重庆市哲学社会科学发展促进条例。")
    assert "想研究中心重庆市协同研究基地" not in names
    assert not [n for n in names if n.endswith("基地")]


@pytest.mark.parametrize(("clause", "expected"), [
    # 19th congress: coordinated verbs are one verb (was 巩固 + object "和发展生动活泼").
    ("巩固和发展生动活泼、安定团结的政治局面", ("巩固和发展", ("生动活泼", "安定团结的政治局面"), "")),
    # 14th–17th congresses: 加强和改进 (改进 was not a verb at all).
    ("加强和改进党的建设", ("加强和改进", ("党的建设",), "")),
    # A definition is not a task (19th congress).
    ("发展社会主义民主政治就是要体现人民意志", None),
    # 2016/2020 national, 2025 national: the second verb of a pair need not open tasks itself
    # (was 加强 + object "和创新社会治理").
    ("加强和创新社会治理", ("加强和创新", ("社会治理",), "")),
    ("促进和规范数据跨境流动", ("促进和规范", ("数据跨境流动",), "")),
    # 福建 / 安徽 2026: 、 inside quotes separates nothing (was objects "“五统一" and "一开放”").
    ("坚持“五统一、一开放”", ("坚持", ("“五统一、一开放”",), "")),
    ("推动商业航天“星、箭、网、端”全链条发展", ("推动", ("商业航天“星、箭、网、端”全链条",), "发展")),
    # 重庆 2026: a predicate word followed by 、 is one of the objects (was predicate
    # "开放、创新三大动力支撑").
    ("强化改革、开放、创新三大动力支撑", ("强化", ("改革", "开放", "创新三大动力支撑"), "")),
])
def test_task_clauses(clause, expected):
    assert split_clause(clause) == expected


def test_a_kind_of_laboratory_is_not_a_laboratory():
    # 广东 2026: "多层次实验室" was listed among the key institutions, beside 广州实验室.
    names = _names("体系化布局建设多层次实验室，广州实验室成功研发上市全球首个抗甲流PB2新药，"
                   "鹏城实验室先进通信技术研发取得突破，")
    assert "多层次实验室" not in names
    assert {"广州实验室", "鹏城实验室"} <= names
