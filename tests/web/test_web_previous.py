"""与上年相比 in the web app: a library document's page, and ``previous=ID`` on the digest API.

A temp library holds the 2024 and 2025 national reports (``tests/fixtures/across``,
``examples/``), Hailar district's 2014 and 2016 reports (no 2015: the nearest earlier one
stands in), and two short hand-made national reports carrying markup in their text.
"""

from __future__ import annotations

import json
import re
import shutil
from html import unescape
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from huazhongdian.web.app import create_app  # noqa: E402
from huazhongdian.web.library import find_previous  # noqa: E402

ACROSS = Path(__file__).resolve().parents[1] / "fixtures" / "across"
OLD_NAME, NEW_NAME = "national-2024-gov-work-report.txt", "national-2025-gov-work-report.txt"
HAILAR = "neimenggu-hulunbuir-hailar-district-{}-gov-work-report.txt"


def _tiny(year: int, body: str) -> bytes:
    """A short national report whose header the reader takes for a national 政府工作报告 of ``year``."""
    return (f"政府工作报告\n——{year}年3月5日在第十四届全国人民代表大会第{year - 2022}次会议上\n"
            f"国务院总理 李强\n各位代表：\n{body}\n").encode()


@pytest.fixture(scope="module")
def lib(tmp_path_factory, sample_path):
    client = TestClient(create_app(tmp_path_factory.mktemp("db") / "lib.db"))
    files = [(OLD_NAME, (ACROSS / OLD_NAME).read_bytes()), (NEW_NAME, sample_path.read_bytes()),
             (HAILAR.format(2016), (ACROSS / HAILAR.format(2016)).read_bytes()),
             (HAILAR.format(2014), (ACROSS / HAILAR.format(2014)).read_bytes()),
             ("tiny-2030.txt", _tiny(2030, "今年发展主要预期目标是：国内生产总值增长3%左右。")),
             ("tiny-2031.txt", _tiny(2031, "今年发展主要预期目标是：国内生产总值增长<script>alert(1)</script>4%左右。"
                                           "我们要推进<img src=x onerror=alert(1)>新型工业化，建设现代化产业体系。"))]
    ids = {}
    for name, data in files:
        r = client.post("/api/documents", files={"file": (name, data)})
        assert r.status_code == 201, r.text
        ids[name] = r.json()["id"]
    return client, ids


@pytest.fixture(scope="module")
def cli_json(tmp_path_factory, sample_path):
    """``hzd digest NEW --previous OLD --format json`` run where the two files go by their bare
    names, which is how the library stores an upload's source."""
    from typer.testing import CliRunner

    from huazhongdian.cli import app

    where = tmp_path_factory.mktemp("cli")
    shutil.copy(ACROSS / OLD_NAME, where / OLD_NAME)
    shutil.copy(sample_path, where / NEW_NAME)
    import os

    cwd = os.getcwd()
    os.chdir(where)
    try:
        result = CliRunner().invoke(app, ["digest", NEW_NAME, "--previous", OLD_NAME, "--format", "json"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_document_api_with_previous_equals_the_cli_json(lib, cli_json):
    client, ids = lib
    r = client.get(f"/api/documents/{ids[NEW_NAME]}?previous={ids[OLD_NAME]}")
    assert r.status_code == 200
    assert r.json() == cli_json
    assert cli_json["previous"]["document"]["title"] == "2024年政府工作报告"
    # Without the parameter: the stored digest, no previous object.
    assert "previous" not in client.get(f"/api/documents/{ids[NEW_NAME]}").json()


def test_digest_api_with_previous_equals_the_cli_json(lib, cli_json, sample_path):
    client, ids = lib
    r = client.post(f"/api/digest?previous={ids[OLD_NAME]}",
                    files={"file": (NEW_NAME, sample_path.read_bytes())})
    assert r.status_code == 200
    assert r.json() == cli_json
    targets = {t["metric"]: t["change"] for t in r.json()["previous"]["comparison"]["targets"]}
    assert targets["deficit_ratio"] == "3% → 4%左右"


@pytest.mark.parametrize("value, status", [("abc", 400), ("-1", 400), ("1.5", 400), ("", 400), ("１", 400),
                                           ("999", 404), ("99999999999999999999999", 404)])
def test_bad_or_unknown_previous(lib, value, status):
    client, ids = lib
    for r in (client.get(f"/api/documents/{ids[NEW_NAME]}?previous={value}"),
              client.post(f"/api/digest?previous={value}", json={"text": "各位代表：今年要稳就业。"})):
        assert r.status_code == status
        body = r.json()
        assert body["ok"] is False and body["error"]
        if status == 404:
            assert "no such document" in body["error"]


def _section(html: str) -> str:
    m = re.search(r'<section class="previous" id="previous">(.*?)</section>', html, re.S)
    return m.group(1) if m else ""


def test_page_shows_the_section_with_links_when_last_years_report_is_stored(lib):
    client, ids = lib
    old, new = ids[OLD_NAME], ids[NEW_NAME]
    section = _section(client.get(f"/library/{new}").text)
    assert "<h2>与上年相比（对照：2024年政府工作报告）</h2>" in section
    assert f'href="/compare?old={old}&amp;new={new}"' in section
    assert f'href="/track?plan={old}&amp;review={new}"' in section
    rows = re.findall(r"<tr[^>]*><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td><td><span[^>]*>([^<]*)</span>",
                      section)
    assert ("赤字率", "3%", "4%左右", "调整") in rows
    assert ("国内生产总值增长", "5%左右", "5%左右", "不变") in rows
    assert "新增表述 <strong>" in section


def test_rows_jump_to_the_sentence_of_this_years_target(lib):
    client, ids = lib
    text = client.get(f"/api/documents/{ids[NEW_NAME]}").json()["document"]["text"]
    page = client.get(f"/library/{ids[NEW_NAME]}").text
    row = re.search(r'<tr class="jump" data-start="(\d+)" data-end="\d+"><td>赤字率</td>', _section(page))
    start = int(row.group(1))
    sentence = re.search(rf'<span class="s" id="s-{start}" data-start="{start}" data-end="(\d+)">', page)
    assert "赤字率拟按4%左右安排" in text[start:int(sentence.group(1))]


def test_nearest_earlier_report_stands_in_for_a_missing_year(lib):
    client, ids = lib
    section = _section(client.get(f"/library/{ids[HAILAR.format(2016)]}").text)
    assert "<h2>与2014年相比（对照：" in section
    # A district's report is never set against a national one, nor the reverse: the 2030
    # national report's nearest earlier national one is 2025's.
    section = _section(client.get(f"/library/{ids['tiny-2030.txt']}").text)
    assert "<h2>与2025年相比（对照：2025年政府工作报告）</h2>" in section


@pytest.mark.parametrize("name", [OLD_NAME, HAILAR.format(2014)])
def test_no_section_without_an_earlier_report_of_the_same_region_and_level(lib, name):
    client, ids = lib
    page = client.get(f"/library/{ids[name]}")
    assert page.status_code == 200 and 'id="previous"' not in page.text and "与上年相比" not in page.text


def test_report_text_in_the_section_is_escaped(lib):
    client, ids = lib
    section = _section(client.get(f"/library/{ids['tiny-2031.txt']}").text)
    assert "<h2>与上年相比（对照：2030年政府工作报告）</h2>" in section
    assert "<script" not in section and "<img" not in section
    assert "&lt;img src=x onerror=alert(1)&gt;" in section  # a new sentence, shown as text
    assert "新型工业化" in unescape(section)


def test_find_previous_keeps_region_level_and_kind():
    docs = [{"id": 1, "year": 2023, "region": "", "level": "national", "kind": "gov-work-report"},
            {"id": 2, "year": 2022, "region": "", "level": "national", "kind": "cpc-congress-report"},
            {"id": 3, "year": 2023, "region": "广东省", "level": "provincial", "kind": "gov-work-report"},
            {"id": 4, "year": 2024, "region": "", "level": "national", "kind": "gov-work-report"},
            {"id": 5, "year": None, "region": "", "level": "national", "kind": "gov-work-report"},
            {"id": 6, "year": 2023, "region": "", "level": "national", "kind": "gov-work-report"}]
    assert find_previous(docs, 4)["id"] == 6  # two of 2023: the later added
    assert find_previous(docs, 1) is None  # the 2022 congress report is another kind
    assert find_previous(docs, 3) is None
    assert find_previous(docs, 5) is None  # no year, no pairing
    assert find_previous(docs, 99) is None
    # A region with its city spelled out is the same district (Hailar's 2019 and 2018 reports).
    hailar = [{"id": 1, "year": 2018, "region": "海拉尔区", "level": "district", "kind": "gov-work-report"},
              {"id": 2, "year": 2019, "region": "呼伦贝尔市海拉尔区", "level": "district", "kind": "gov-work-report"},
              {"id": 3, "year": 2018, "region": "满洲里市", "level": "district", "kind": "gov-work-report"}]
    assert find_previous(hailar, 2)["id"] == 1


def test_previous_needs_the_token_like_every_route(tmp_path, sample_path):
    client = TestClient(create_app(tmp_path / "lib.db", token="s3cret"))
    headers = {"X-HZD-Token": "s3cret"}
    r = client.post("/api/documents", files={"file": (NEW_NAME, sample_path.read_bytes())}, headers=headers)
    doc_id = r.json()["id"]
    assert client.get(f"/api/documents/{doc_id}?previous={doc_id}").status_code == 401
    assert client.post(f"/api/digest?previous={doc_id}", json={"text": "各位代表：今年要稳就业。"}).status_code == 401
    r = client.get(f"/api/documents/{doc_id}?previous={doc_id}", headers=headers)
    assert r.status_code == 200 and r.json()["previous"]["document"]["title"] == "2025年政府工作报告"
