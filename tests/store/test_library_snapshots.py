"""URL documents in the library (snapshots), saved edits, and opening a schema-1 library (#16)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from huazhongdian.store.library import Library

PAGE = Path(__file__).resolve().parent.parent / "fixtures" / "read" / "govcn-2025-report.html"


def test_add_url_keeps_the_snapshot_and_ls_shows_the_url(tmp_path: Path, page_server: str, hzd_run) -> None:
    db = tmp_path / "lib.db"
    url = f"{page_server}/govcn.html"
    code, _out, err = hzd_run("add", url, "--db", str(db), "--allow-private")
    assert code == 0 and "added 1, already present 0, skipped 0" in err
    with Library(db) as lib:
        (doc,) = lib.documents()
        snap = lib.snapshot(doc["id"])
    data = PAGE.read_bytes()
    assert doc["path"] == doc["url"] == url and doc["title"] == "政府工作报告"
    assert snap["body"] == data and snap["sha256"] == hashlib.sha256(data).hexdigest()
    assert snap["fetched_at"].endswith("+00:00") and snap["content_type"] == "text/html"
    rows = json.loads(hzd_run("ls", "--db", str(db), "-f", "json")[1])
    assert [r["url"] for r in rows] == [url]
    # Again, through a redirect: the same text is present, not stored twice.
    code, _out, err = hzd_run("add", f"{page_server}/moved", "--db", str(db), "--allow-private")
    assert code == 0 and "added 0, already present 1" in err


def test_a_stored_page_keeps_the_page_title(tmp_path: Path, page_server: str, hzd_run) -> None:
    db = tmp_path / "lib.db"
    url = f"{page_server}/portal"  # a GB2312 portal page: its <title>, not a line the reader finds
    assert hzd_run("add", url, "--db", str(db), "--allow-private")[0] == 0
    from huazhongdian.load import read_url

    fetched, snap = read_url(url, allow_private=True)
    with Library(db) as lib:
        assert snap.title and lib.document(1).meta.title == snap.title == fetched.meta.title
        assert lib.load_digest(1).document.meta.title == snap.title


def test_add_url_failures_are_skipped_with_their_reason(tmp_path: Path, page_server: str, hzd_run) -> None:
    db = tmp_path / "lib.db"
    url = f"{page_server}/govcn.html"
    code, _out, err = hzd_run("add", url, "--db", str(db))  # loopback, without --allow-private
    assert code == 2
    assert err.strip().splitlines()[-1] == (f"hzd: skipped {url}: refused: 127.0.0.1 is 127.0.0.1, a loopback "
                                            "address (pass --allow-private to fetch from this network)")
    with Library(db) as lib:
        assert lib.documents() == [] and lib.counts()["skipped"] == 1


def test_a_document_survives_its_page_vanishing(tmp_path: Path, page_server: str, hzd_run) -> None:
    db = tmp_path / "lib.db"
    assert hzd_run("add", f"{page_server}/govcn.html", "--db", str(db), "--allow-private")[0] == 0
    # The library alone (no server asked) gives the text back, and the bytes read to the same text.
    from huazhongdian.load import read_bytes

    with Library(db) as lib:
        snap = lib.snapshot(1)
        assert read_bytes(snap["body"], source=snap["url"]).text == lib.document(1).text


def test_edits_are_saved_replaced_and_removed_with_the_document(tmp_path: Path, series: Path, hzd_run) -> None:
    db = tmp_path / "lib.db"
    assert hzd_run("add", str(series), "--db", str(db), "-j", "1")[0] == 0
    with Library(db) as lib:
        assert lib.load_edit(1) is None
        lib.save_edit(1, {"title": "第一版"})
        lib.save_edit(1, {"title": "第二版", "items": [{"id": "i1", "keep": False}]})
        assert lib.load_edit(1) == {"title": "第二版", "items": [{"id": "i1", "keep": False}]}
        with pytest.raises(Exception, match="no such document"):
            lib.save_edit(99, {})
        with pytest.raises(Exception, match="JSON object"):
            lib.save_edit(1, ["not", "an", "object"])  # type: ignore[arg-type]
        assert lib.remove(1)
        assert lib.conn.execute("SELECT count(*) FROM edits").fetchone() == (0,)


def test_a_schema_1_library_opens_and_gains_the_new_tables(tmp_path: Path, series: Path, hzd_run) -> None:
    db = tmp_path / "lib.db"
    assert hzd_run("add", str(series), "--db", str(db), "-j", "1")[0] == 0
    with sqlite3.connect(db) as conn:  # make it what a schema-1 library looked like
        conn.execute("DROP TABLE snapshots")
        conn.execute("DROP TABLE edits")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with Library(db) as lib:
        assert [d["year"] for d in lib.documents()] == [2018, 2019, 2021]
        assert all(d["url"] is None for d in lib.documents())
        assert lib.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("2",)
        lib.save_edit(2, {"title": "新标题"})
        assert lib.load_edit(2) == {"title": "新标题"}
