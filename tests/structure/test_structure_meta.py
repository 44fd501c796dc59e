"""Metadata read off real report heads: title, kind, level/region, date, meeting, the three years."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from huazhongdian.meta import cn_number, cn_numeral, extract_meta
from huazhongdian.structure import build_document


def _doc(fixtures: Path, name: str, filename: str = ""):
    text = (fixtures / "structure" / name).read_text("utf-8")
    return build_document(text, filename=filename)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("national-2025-head.txt",
         dict(title="2025年政府工作报告", kind="gov-work-report", level="national", region="", date=None,
              meeting="", year=2025, review_year=2024, plan_year=2025)),
        ("guangdong-2026-head.txt",
         dict(title="2026年广东省政府工作报告", kind="gov-work-report", level="provincial", region="广东省",
              date="2026-01-26", meeting="广东省第十四届人民代表大会第五次会议",
              year=2026, review_year=2025, plan_year=2026)),
        ("hailar-2016-head.txt",
         dict(title="2016年海拉尔区政府工作报告", kind="gov-work-report", level="district", region="海拉尔区",
              date="2016-02-19", meeting="海拉尔区第十四届人民代表大会第五次会议",
              year=2016, review_year=2015, plan_year=2016)),
        ("cpc-20th-congress-head.txt",
         dict(title="高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗",
              kind="party-congress-report", level="national", region="", date="2022-10-16",
              meeting="中国共产党第二十次全国代表大会", year=2022, review_year=None, plan_year=None)),
        ("plan-15th-outline-head.txt",
         dict(title="中华人民共和国国民经济和社会发展第十五个五年规划纲要", kind="plan", level="national",
              region="", date=None, meeting="", year=2026, review_year=None, plan_year=2026)),
    ],
)
def test_meta_of_real_heads(fixtures, name, expected):
    meta = _doc(fixtures, name).meta
    assert {k: getattr(meta, k) for k in expected} == expected


def test_meta_of_the_seed_article(seed_path):
    meta = build_document(seed_path.read_text("utf-8")).meta
    expected = dict(title="划重点!党代会报告里有哪些“科学元素”?", kind="party-congress-report", level="district",
                    region="深圳市光明区", date="2025-01-16",
                    meeting="中国共产党深圳市光明区第二届代表大会第三次会议",
                    year=2025, review_year=2024, plan_year=2025)
    assert {k: getattr(meta, k) for k in expected} == expected


def test_sample_with_scraper_header_gets_dateline_and_meeting(sample_path):
    # The sample starts with 未知标题 and a Xinhua dateline before the real title block.
    meta = build_document(sample_path.read_text("utf-8")).meta
    assert (meta.title, meta.date, meta.meeting) == (
        "2025年政府工作报告", "2025-03-05", "第十四届全国人民代表大会第三次会议")
    assert (meta.year, meta.review_year, meta.plan_year) == (2025, 2024, 2025)


def test_abbreviated_meeting_name():
    text = "政府工作报告\n（2024年3月5日，十四届全国人大二次会议）\n各位代表：\n一、2023年工作回顾\n过去一年很不平凡。\n"
    meta = build_document(text).meta
    assert (meta.meeting, meta.date, meta.level) == ("十四届全国人大二次会议", "2024-03-05", "national")


def test_year_falls_back_to_file_name_only_when_text_is_silent():
    text = "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n过去一年，我们做了很多工作。\n"
    assert build_document(text).meta.year is None
    meta = build_document(text, filename="2013.txt").meta
    assert (meta.year, meta.review_year, meta.plan_year) == (2013, 2012, 2013)


def test_review_and_plan_years_come_from_the_heading_words_not_the_largest_year():
    # The 1999 national report's first heading names both years.
    headings_text = "各位代表：\n一、1998年工作回顾和1999年工作的总体要求\n过去的一年很不平凡。\n"
    meta = build_document(headings_text).meta
    assert (meta.year, meta.review_year, meta.plan_year) == (1999, 1998, 1999)


def test_outgoing_central_committee_names_the_congress():
    text = "同志们：\n我受十二届中央委员会委托，向大会作报告。\n党的第十二次全国代表大会，提出了纲领。\n"
    meta = build_document(text).meta
    assert (meta.kind, meta.level, meta.meeting, meta.title) == (
        "party-congress-report", "national", "中国共产党第十三次全国代表大会", "中国共产党第十三次全国代表大会报告")


def test_spaced_title_is_joined_but_meaningful_spaces_stay():
    assert build_document("政 府 工 作 报 告\n——2016年2月19日在海拉尔区第十四届人民代表大会第五次会议上\n").meta.title \
        == "2016年海拉尔区政府工作报告"
    opinions = "中共中央 国务院关于实施乡村振兴战略的意见\n（2018年1月2日）\n实施乡村振兴战略，是重大决策部署。\n"
    meta = build_document(opinions).meta
    assert (meta.title, meta.kind, meta.level, meta.date) == (
        "中共中央 国务院关于实施乡村振兴战略的意见", "other", "national", "2018-01-02")


def test_extract_meta_without_headings_uses_text_only():
    meta = extract_meta("2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n")
    assert (meta.region, meta.level, meta.year, meta.review_year) == ("北京市", "provincial", 2026, 2025)


@pytest.mark.parametrize(("text", "value"), [("一", 1), ("十", 10), ("十四", 14), ("二十", 20), ("二十三", 23),
                                             ("九", 9), ("", None), ("第一", None)])
def test_cn_number(text, value):
    assert cn_number(text) == value


@pytest.mark.parametrize("n", [1, 9, 10, 11, 19, 20, 21, 99])
def test_cn_numeral_round_trips(n):
    assert cn_number(cn_numeral(n)) == n


def _manifest_rows(corpus: Path):
    for manifest in sorted(corpus.rglob("MANIFEST.tsv")):
        seen: set[str] = set()
        with manifest.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row["file"] not in seen:
                    seen.add(row["file"])
                    yield manifest.parent / row["file"], row


def test_corpus_metadata_matches_manifests(corpus):
    rows = list(_manifest_rows(corpus))
    wrong = []
    for path, row in rows:
        meta = build_document(path.read_text("utf-8"), filename=path.name).meta
        want = (int(row["year"]) if row.get("year") else None, row["level"], row["kind"])
        got = (meta.year if row.get("year") else None, meta.level, meta.kind)
        if got != want:
            wrong.append((path.name, got, want))
    assert len(rows) > 100
    assert len(wrong) <= 0.05 * len(rows), wrong


def test_national_series_since_2004_is_exact(corpus):
    for path in sorted((corpus / "national-series").glob("20*.txt")):
        year = int(path.stem)
        meta = build_document(path.read_text("utf-8"), filename=path.name).meta
        assert (meta.year, meta.review_year, meta.plan_year, meta.kind, meta.level) == (
            year, year - 1, year, "gov-work-report", "national"), path.name
