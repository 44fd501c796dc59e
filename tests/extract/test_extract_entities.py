"""Entities: gazetteer names and suffix patterns, with boundaries, counts and faithful spans."""

from __future__ import annotations

import pytest

from huazhongdian.extract.entities import extract_entities
from huazhongdian.load import read, read_text


def _by_name(doc):
    return {e.name: e for e in extract_entities(doc)}


@pytest.fixture(scope="module")
def seed(seed_path):
    return read(seed_path)


def test_seed_institutions_and_facilities(seed):
    found = _by_name(seed)
    for name, kind in [
        ("深圳湾实验室", "institution"), ("光明实验室", "institution"), ("深圳理工大学", "institution"),
        ("鹏城云脑Ⅲ", "facility"), ("超算二期", "facility"), ("国家生物制造产业创新中心", "platform"),
        ("松山湖科学城", "park"), ("粤港澳大湾区", "place"), ("兰州大学深圳研究院", "institution"),
    ]:
        assert found[name].type == kind, name
    assert any(name.startswith("中山大学") and name.endswith("深圳") for name in found)


def test_counts_and_spans_are_faithful(seed):
    for entity in extract_entities(seed):
        assert entity.count == len(entity.spans) > 0
        for span in entity.spans:
            assert seed.text[span.start:span.end] == entity.name


def test_a_longer_name_hides_the_shorter_one_inside_it(seed):
    found = _by_name(seed)
    # 鹏城云脑Ⅲ twice; the bare 鹏城云脑 never stands alone in the article.
    assert found["鹏城云脑Ⅲ"].count == 2
    assert "鹏城云脑" not in found
    big_bay = {(s.start, s.end) for s in found["粤港澳大湾区"].spans}
    assert not any(any(a <= s.start and s.end <= b for a, b in big_bay) for s in found["大湾区"].spans)


@pytest.mark.parametrize(("text", "name"), [
    ("建设深圳湾实验室，推动成果转化。", "深圳湾实验室"),
    ("支持兰州大学深圳研究院落地生物医药与生物材料创新中心。", "兰州大学深圳研究院"),
    ("加快建设深圳市科学技术馆、光明国际技术转移转化中心。", "光明国际技术转移转化中心"),
    ("与松山湖科学城签订全面战略合作协议。", "松山湖科学城"),
    # 1954 (traditional script, matched in simplified form): "另外全國還有" is no part of the name.
    ("在少數民族地區已經有縣衞生院三百零九所，另外全國還有少數民族醫院三十八所。", "少數民族醫院"),
])
def test_names_do_not_swallow_verbs(text, name):
    assert name in _by_name(read_text(text))


@pytest.mark.parametrize("text", [
    "支持链主企业组建制造业创新中心、产业创新中心、技术创新中心等平台。",
    "搭建更多创新平台，完善电动汽车充电设施。",
])
def test_categories_are_not_names(text):
    assert _by_name(read_text(text)) == {}


def test_national_report_entities(sample_path):
    doc = read(sample_path)
    found = _by_name(doc)
    assert {"京津冀", "长三角", "粤港澳大湾区", "海南自由贸易港", "雄安新区"} <= set(found)
    assert found["京津冀"].count == doc.text.count("京津冀")
    assert len(found) < 60  # the suffix patterns do not flood a national report with categories


def test_a_national_mega_project_is_named():
    # "兴建南水北调工程" (16th congress report, 2002): …工程 alone is too generic to be a suffix pattern
    # (民生工程, 再就业工程), so the national projects are in the gazetteer.
    doc = read_text("抓紧解决部分地区水资源短缺问题，兴建南水北调工程。加快西气东输、西电东送和青藏铁路建设。\n")
    names = _by_name(doc)
    assert {"南水北调工程", "西气东输", "西电东送", "青藏铁路"} <= set(names)
    assert "南水北调" not in names        # inside the longer name
