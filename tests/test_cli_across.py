"""The across commands end to end: add, search, trend, export, compare, track (exit codes and output)."""

from __future__ import annotations

import json
from pathlib import Path

import huazhongdian as hzd


def test_add_search_trend_export(hzd_run, series: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    (series / "empty.txt").write_bytes(b"")
    code, _, err = hzd_run("add", str(series), "--db", db, "--jobs", "1")
    assert code == 0
    assert "added 3, already present 0, skipped 1" in err
    assert "skipped" in err and "empty.txt" in err

    code, _, err = hzd_run("add", str(series / "2019.txt"), "--db", db, "--jobs", "1")
    assert code == 0 and "added 0, already present 1, skipped 0" in err

    code, out, _ = hzd_run("search", "减税降费", "--db", db)
    assert code == 0 and "【减税降费】" in out and "2019" in out

    code, out, _ = hzd_run("trend", "疫情", "改革", "--db", db, "--format", "json")
    rows = json.loads(out)
    texts = {y: hzd.read(series / f"{y}.txt").text for y in (2018, 2019, 2021)}
    assert code == 0 and len(rows) == 6
    for row in rows:
        assert set(row) >= {"term", "year", "document", "count", "per_10k"}
        assert row["count"] == texts[row["year"]].count(row["term"])
    assert [r["flags"] for r in rows if r["term"] == "疫情"] == [[], [], ["debut"]]

    code, out, _ = hzd_run("trend", "疫情", "--db", db)
    assert code == 0 and "首次" in out.splitlines()[-1]

    code, _, _ = hzd_run("trend", "疫情", "--db", db, "--format", "png", "-o", str(tmp_path / "t.png"))
    assert code == 0 and (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    code, _, err = hzd_run("export", "--format", "csv", "-o", str(tmp_path / "out"), "--db", db)
    assert code == 0 and (tmp_path / "out" / "documents.csv").is_file()
    assert len((tmp_path / "out" / "documents.csv").read_text(encoding="utf-8").splitlines()) >= 4


def test_add_with_only_bad_files_exits_2(hzd_run, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, _, err = hzd_run("add", str(tmp_path / "empty.txt"), str(tmp_path / "nope.txt"),
                       "--db", str(tmp_path / "lib.db"))
    assert code == 2
    assert "nope.txt: no such file" in err and "empty.txt" in err


def test_reading_commands_need_an_existing_library(hzd_run, tmp_path: Path) -> None:
    code, _, err = hzd_run("trend", "改革", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no library here" in err
    assert not (tmp_path / "none.db").exists()


def test_compare_and_track_commands(hzd_run, fixtures: Path, sample_path: Path) -> None:
    old = str(fixtures / "across" / "national-2024-gov-work-report.txt")
    new = str(sample_path)
    code, out, _ = hzd_run("compare", old, new, "--format", "json")
    data = json.loads(out)
    assert code == 0 and {t["term"]: t["status"] for t in data["terms"]}["止跌回稳"] == "new"
    code, out, _ = hzd_run("compare", old, new)
    assert code == 0 and out.startswith("# 对比：")
    code, out, _ = hzd_run("track", old, new, "--format", "json")
    rows = json.loads(out)
    assert code == 0 and rows and {"plan", "status", "score", "evidence"} == set(rows[0])
    code, out, _ = hzd_run("track", old, new, "--format", "json", "--units", "sentences")
    first = json.loads(out)[0]["plan"]
    assert code == 0 and first["text"].startswith("今年是中华人民共和国成立75周年")
    code, _, err = hzd_run("compare", old, new, "--format", "pdf")
    assert code == 2 and "--format" in err
