"""Keywords leave out place and person names, and keep place-based programmes."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from huazhongdian.extract.keywords import (
    candidate_counts, extract_keywords, is_place_name, person_names, region_names,
)
from huazhongdian.types import Document, DocumentMeta

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
KEYWORDS = FIXTURES / "keywords"


def excerpt(name: str, region: str = "") -> Document:
    return Document(text=(KEYWORDS / name).read_text("utf-8"), meta=DocumentMeta(region=region))


@pytest.fixture(scope="module")
def guangdong() -> Document:
    # The head of the 广东 2026 work report (review of 2025 and of the 十四五 years).
    return excerpt("guangdong-2026-head.txt", region="广东省")


@pytest.fixture(scope="module")
def xinhua_2025() -> Document:
    # The Xinhua copy of the 2025 national report: byline "国务院总理　李强" and a photo caption.
    return excerpt("national-2025-xinhua-head.txt")


@pytest.fixture(scope="module")
def congress_15() -> Document:
    # The head of the 15th congress report: "孙中山、毛泽东、邓小平", "邓小平同志", 邓小平理论.
    return excerpt("congress-15-head.txt")


def test_a_province_is_not_summed_up_by_its_own_cities(guangdong: Document) -> None:
    counts = candidate_counts(guangdong.text)
    # The places are there, often: without the rule 广东 深圳 南粤 惠州 江门 led the list.
    assert counts["广东"] >= 10 and counts["深圳"] >= 5
    words = {k.term for k in extract_keywords(guangdong)}
    assert len(words) == 20
    assert not words & {"广东", "深圳", "广州", "南粤", "惠州", "江门", "佛山", "梅州", "珠江口", "肇庆", "茂名"}
    # Programmes named after places stay: they are what the report stresses.
    assert {"大湾区", "绿美广东", "中国特色社会主义先行示范区"} <= words


def test_the_premier_is_not_a_keyword_of_his_report(xinhua_2025: Document) -> None:
    counts = candidate_counts(xinhua_2025.text)
    assert counts["李强"] == 2
    # 国务院总理 does not make 国务院 a name; 习近平 is found in 以习近平同志为核心的党中央.
    assert person_names(xinhua_2025.text, counts) == {"李强", "习近平"}
    words = [k.term for k in extract_keywords(xinhua_2025)]
    assert "李强" not in words
    assert words[:4] == ["楼市", "单边", "教育强国", "止跌回稳"]


def test_congress_names_go_but_doctrines_stay(congress_15: Document) -> None:
    counts = candidate_counts(congress_15.text)
    # 邓小平同志 is a frame; 孙中山 and 毛泽东 stand in a roll beside him ("孙中山、毛泽东、邓小平").
    assert person_names(congress_15.text, counts) == {"邓小平", "孙中山", "毛泽东"}
    words = {k.term for k in extract_keywords(congress_15)}
    assert "邓小平" not in words
    assert {"邓小平理论", "社会主义初级阶段", "全党"} <= words  # 全党同志 is not a person


def test_leadership_formula_with_a_name_goes() -> None:
    doc = Document(text=(FIXTURES / "terms" / "national-2024.txt").read_text("utf-8"))
    assert candidate_counts(doc.text)["以习近平同志为核心的党中央"] >= 2
    words = {k.term for k in extract_keywords(doc, top_k=40)}
    assert "以习近平同志为核心的党中央" not in words
    assert {"全球文明倡议", "新型城镇化"} <= words


@pytest.mark.parametrize(("word", "place"), [
    ("芜湖", True), ("芜湖市", True), ("安徽", True), ("安徽省", True), ("广西壮族自治区", True),
    ("八闽", True), ("珠江口", True), ("鄱阳湖", True), ("延边州", True),
    ("中共北京市委", True), ("四川省人民政府", True), ("重庆市委", True),
    ("京津冀", False), ("长三角", False), ("成渝", False), ("粤港澳大湾区", False), ("黄河流域", False),
    ("绿美广东", False), ("苏州工业园区", False), ("光明", False), ("新质生产力", False),
])
def test_place_names_with_and_without_suffix(word: str, place: bool) -> None:
    assert is_place_name(word) is place


def test_own_region_and_its_parts() -> None:
    own = region_names("深圳市光明区")
    assert {"深圳市", "深圳", "光明区", "光明"} <= own
    # 光明 is an ordinary word elsewhere; in 光明区's own report it is the district.
    assert is_place_name("光明", own) and not is_place_name("光明")
    assert region_names("杭州市") == {"杭州市", "杭州"}
    assert region_names("") == frozenset()


def test_own_region_of_a_district_report(corpus: Path) -> None:
    from huazhongdian.load import read

    doc = read(corpus / "neimenggu-hulunbuir-hailar-district-2016-gov-work-report.txt")
    assert doc.meta.region == "海拉尔区"
    words = {k.term for k in extract_keywords(doc)}
    assert not words & {"海拉尔区", "海拉尔", "区委"}
    assert "棚户区改造" in words


def test_no_province_is_led_by_place_names(corpus: Path) -> None:
    from huazhongdian.load import read

    reports = sorted(corpus.glob("*-2026-gov-work-report.txt"))
    assert len(reports) == 32  # 31 provinces and the national report
    for path in reports:
        doc = read(path)
        words = [k.term for k in extract_keywords(doc)]
        assert len(words) == 20, path.name
        assert not any(is_place_name(w) for w in words), (path.name, words)
        if doc.meta.region:
            assert not set(words) & region_names(doc.meta.region), (path.name, words)


def test_gazetteer_files_are_clean() -> None:
    data = resources.files("huazhongdian.data")
    kinds = {"prefecture", "county", "district", "area", "water", "mountain", "self", "programme"}
    rows = [line.split("\t") for line in data.joinpath("places.tsv").read_text("utf-8").splitlines()
            if line and not line.startswith("#")]
    names = [name for name, _ in rows]
    assert len(names) == len(set(names)) > 500
    assert {kind for _, kind in rows} == kinds
    assert all(len(name) >= 2 and name.strip() == name for name in names)
    people = [line.split("\t") for line in data.joinpath("people.tsv").read_text("utf-8").splitlines()
              if line and not line.startswith("#")]
    assert {kind for _, kind in people} == {"surname", "person"}
    # Collective words that take 同志 must not look surnamed.
    assert not {"党", "农", "全", "单", "解"} & {name for name, kind in people if kind == "surname"}


def test_a_national_report_keeps_places_that_were_news(corpus: Path) -> None:
    from huazhongdian.load import read

    # 1959: the Tibetan uprising; 2013: the Yushu earthquake (the 2010 disaster, recalled in the
    # five-year review). A province's report would drop these as its own places.
    for year, place in (("1959", "西藏"), ("2013", "玉树")):
        doc = read(corpus / "national-series" / f"{year}.txt")
        assert doc.meta.level == "national"
        assert place in {k.term for k in extract_keywords(doc)}, year
