"""The track page and ``/api/track`` over a temp library holding two real district reports.

Hailar district's 2018 report (its plans for 2018) and 2019 report (its review of 2018), copied
in ``tests/fixtures/across``. Expected values come from ``across.track`` run on the same files,
so these tests hold while the scoring itself is being improved.
"""

from __future__ import annotations

import re
from collections import Counter
from html import unescape

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import huazhongdian as hzd  # noqa: E402
from huazhongdian.across.track import track  # noqa: E402
from huazhongdian.render.json import track_to_list  # noqa: E402
from huazhongdian.web.app import create_app  # noqa: E402

PLAN = "neimenggu-hulunbuir-hailar-district-2018-gov-work-report.txt"
REVIEW = "neimenggu-hulunbuir-hailar-district-2019-gov-work-report.txt"
ROW = re.compile(r'<li class="track-row" data-status="(\w+)">(.*?)</li>', re.S)
JUMP = re.compile(r'<p class="(plan|evidence) jump" data-pane="(source-plan|source-review)" '
                  r'data-start="(\d+)" data-end="(\d+)"><span class="muted">[^<]*</span> ([^<]*)</p>')


@pytest.fixture(scope="module")
def library(tmp_path_factory, fixtures):
    client = TestClient(create_app(tmp_path_factory.mktemp("db") / "lib.db"))
    ids = []
    for name in (PLAN, REVIEW):
        r = client.post("/api/documents", files={"file": (name, (fixtures / "across" / name).read_bytes())})
        assert r.status_code == 201
        ids.append(r.json()["id"])
    return client, ids[0], ids[1]


@pytest.fixture(scope="module")
def expected(fixtures):
    """What ``hzd track PLAN REVIEW`` computes from the files themselves."""
    plan_doc, review_doc = (hzd.read(fixtures / "across" / name) for name in (PLAN, REVIEW))
    return plan_doc, review_doc, track(hzd.digest(plan_doc), hzd.digest(review_doc))


def test_api_rows_equal_track_of_the_files(library, expected):
    client, plan, review = library
    r = client.get(f"/api/track?plan={plan}&review={review}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    rows = r.json()
    assert rows == track_to_list(expected[2])
    assert len(rows) > 100 and {row["status"] for row in rows} == {"done", "progress", "not_mentioned"}


def test_api_offsets_index_each_report(library, expected):
    client, plan, review = library
    plan_doc, review_doc, _ = expected
    rows = client.get(f"/api/track?plan={plan}&review={review}").json()
    for row in rows:
        assert plan_doc.text[row["plan"]["start"]:row["plan"]["end"]] == row["plan"]["text"]
        ev = row["evidence"]
        assert ev is None if row["status"] == "not_mentioned" else review_doc.text[ev["start"]:ev["end"]] == ev["text"]


def test_api_units_are_passed_through(library, expected):
    client, plan, review = library
    rows = client.get(f"/api/track?plan={plan}&review={review}&units=tasks").json()
    plan_doc, review_doc, results = expected
    assert rows == track_to_list(track(hzd.digest(plan_doc), hzd.digest(review_doc), "tasks"))
    assert len(rows) != len(results)  # tasks are not the default plan sentences


@pytest.mark.parametrize("query, status", [
    ("", 400), ("plan=1", 400), ("plan=x&review=2", 400), ("plan=1&review=2&units=words", 400),
    ("plan=1&review=99", 404), (f"plan={10**30}&review=1", 404)])
def test_api_errors_have_one_shape(library, query, status):
    client, _, _ = library
    r = client.get(f"/api/track?{query}")
    assert r.status_code == status
    body = r.json()
    assert body["ok"] is False and body["error"]


def test_page_lists_every_plan_with_its_status_and_evidence(library, expected):
    client, plan, review = library
    _, _, results = expected
    html = client.get(f"/track?plan={plan}&review={review}").text
    rows = ROW.findall(html)
    assert [status for status, _ in rows] == [r.status for r in results]
    for (status, body), result in zip(rows, results):
        assert f'<span class="badge {status}">{ {"done": "已完成", "progress": "有进展", "not_mentioned": "未提及"}[status] }</span>' in body
        jumps = JUMP.findall(body)
        assert (jumps[0][0], jumps[0][1], int(jumps[0][2]), unescape(jumps[0][4])) == \
            ("plan", "source-plan", result.plan.start, result.plan.text)
        if result.evidence is None:
            assert len(jumps) == 1 and "回顾里没有找到对应的句子" in body
        else:
            assert (jumps[1][1], int(jumps[1][2]), unescape(jumps[1][4])) == \
                ("source-review", result.evidence.start, result.evidence.text)


def test_page_summary_counts_per_status_and_theme(library, expected):
    client, plan, review = library
    _, _, results = expected
    html = client.get(f"/track?plan={plan}&review={review}").text
    counts = Counter(r.status for r in results)
    for status in ("done", "progress", "not_mentioned"):
        assert f'<b class="count-{status}">{counts[status]}</b>' in html
    by_theme = Counter((r.plan.theme or "其他", r.status) for r in results)
    themes = dict.fromkeys(r.plan.theme or "其他" for r in results)
    for theme in themes:
        cells = [by_theme[(theme, s)] for s in ("done", "progress", "not_mentioned")]
        assert f"<tr><td>{theme}</td>" + "".join(f"<td>{n}</td>" for n in cells) + f"<td>{sum(cells)}</td></tr>" in html


def test_page_shows_both_reports_as_linkable_sentences(library, expected):
    client, plan, review = library
    plan_doc, review_doc, _ = expected
    html = client.get(f"/track?plan={plan}&review={review}").text
    for pane, prefix, doc in (("source-plan", "p", plan_doc), ("source-review", "r", review_doc)):
        section = html[html.index(f'id="{pane}"'):]
        spans = re.findall(rf'<span class="s" id="{prefix}-(\d+)" data-start="(\d+)" data-end="(\d+)">', section)
        assert len(spans) == len(doc.sentences)
        assert [int(s) for _, s, _ in spans] == [s.start for s in doc.sentences]


def test_page_without_choice_preselects_the_last_two_documents(library):
    client, plan, review = library
    html = client.get("/track").text
    assert f'<option value="{plan}" selected>' in html.split('id="track-plan"')[1].split("</select>")[0]
    assert f'<option value="{review}" selected>' in html.split('id="track-review"')[1].split("</select>")[0]
    assert 'class="track-row"' not in html
    assert '<span class="badge not_mentioned">未提及</span>' in html  # the legend


@pytest.mark.parametrize("query, status", [("plan=1", 400), ("plan=a&review=2", 400),
                                           ("plan=1&review=2&units=words", 400), ("plan=1&review=99", 404)])
def test_page_errors(library, query, status):
    client, _, _ = library
    r = client.get(f"/track?{query}")
    assert r.status_code == status and 'class="error"' in r.text and "track-row" not in r.text


def test_library_and_compare_link_to_track(library):
    client, plan, review = library
    assert 'href="/track"' in client.get("/library").text
    assert f'href="/track?plan={plan}&amp;review={review}"' in client.get(f"/compare?old={plan}&new={review}").text


def test_page_escapes_report_text(tmp_path):
    client = TestClient(create_app(tmp_path / "lib.db"))
    reports = {
        "2023.txt": "各位代表：\n一、2022年工作回顾\n过去一年，城镇新增就业1206万人。\n二、2023年政府工作任务\n"
                    "大力推进<script>alert(1)</script>新型工业化，积极培育新兴产业。\n",
        "2024.txt": "各位代表：\n一、2023年工作回顾\n过去一年，新型工业化<img src=x onerror=alert(2)>积极推进，"
                    "新兴产业增加值增长9%。\n二、2024年政府工作任务\n加快发展新质生产力。\n",
    }
    ids = [client.post("/api/documents", files={"file": (n, t.encode())}).json()["id"] for n, t in reports.items()]
    html = client.get(f"/track?plan={ids[0]}&review={ids[1]}").text
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(2)&gt;" in html


def test_token_guards_track(tmp_path):
    guarded = TestClient(create_app(tmp_path / "lib.db", token="s3cret"))
    assert guarded.get("/track").status_code == 401
    assert guarded.get("/api/track?plan=1&review=2").json()["ok"] is False
    assert guarded.get("/track", headers={"X-HZD-Token": "s3cret"}).status_code == 200


def test_api_docs_page_lists_track(library):
    client, _, _ = library
    html = client.get("/docs").text
    assert "/api/track" in html and "hzd track PLAN REVIEW --format json" in html
