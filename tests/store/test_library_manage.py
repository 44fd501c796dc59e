"""Managing a library as sqlite-utils users expect: ls, rm, read-only query, one document per
report-year (with a warning or --replace), and exports written through mkstemp."""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from huazhongdian import cli
from huazhongdian.cli import format_rows
from huazhongdian.errors import BadInput
from huazhongdian.store.batch import add_paths
from huazhongdian.store.library import Library


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def hzd(capsys: pytest.CaptureFixture[str]):  # noqa: ANN201 - a runner of the CLI in process
    def run(*argv: str) -> Run:
        code = 0
        try:
            cli.main(list(argv))
        except SystemExit as stop:  # main() exits only on a non-zero status
            code = int(stop.code or 0)
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return run


@pytest.fixture
def db(series: Path, tmp_path: Path) -> Path:
    """A library holding the three series excerpts (2018, 2019, 2021)."""
    path = tmp_path / "lib.db"
    with Library(path) as lib:
        add_paths(lib, [series], jobs=1)
    return path


def _second_text(series: Path, tmp_path: Path) -> Path:
    """Another text of the 2018 report (one line more): a different hash, the same slot."""
    other = tmp_path / "other" / "2018-copy.txt"
    other.parent.mkdir()
    other.write_text(series.joinpath("2018.txt").read_text("utf-8") + "\n（根据新华社电稿整理）\n", "utf-8")
    return other


def test_a_second_text_of_one_report_year_is_kept_with_a_warning(series: Path, tmp_path: Path, hzd) -> None:
    db = tmp_path / "lib.db"
    other = _second_text(series, tmp_path)
    result = hzd("add", "--db", str(db), "-j", "1", str(series / "2018.txt"), str(other))
    assert result.exit_code == 0
    assert f"{other}: warning: the library already holds" in result.stderr
    assert "id 1 (2018.txt)" in result.stderr and "--replace" in result.stderr
    with Library(db) as lib:
        assert [d["year"] for d in lib.documents()] == [2018, 2018]


def test_replace_keeps_only_the_new_text(series: Path, tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    other = _second_text(series, tmp_path)
    with Library(db) as lib:
        add_paths(lib, [series / "2018.txt", series / "2019.txt"], jobs=1)
        old_id = next(d["id"] for d in lib.documents() if d["year"] == 2018)
        summary = add_paths(lib, [other], jobs=1, replace=True)
        assert [m["id"] for m in summary.replaced[0][1]] == [old_id] and not summary.doubles
        docs = lib.documents()
        assert sorted((d["year"], Path(d["path"]).name) for d in docs) == [(2018, "2018-copy.txt"), (2019, "2019.txt")]
        assert lib.conn.execute("SELECT count(*) FROM targets WHERE document_id = ?", (old_id,)).fetchone() == (0,)


def test_rm_removes_the_document_its_facts_and_its_search_passages(db: Path, hzd) -> None:
    with Library(db) as lib:
        doc_id = next(d["id"] for d in lib.documents() if d["year"] == 2019)
        phrase = lib.document(doc_id).sentences[3].text[:6]
        assert any(h.document_id == doc_id for h in lib.search(phrase))
    result = hzd("rm", "--db", str(db), str(doc_id))
    assert result.exit_code == 0 and "removed 1" in result.stderr
    with Library(db) as lib:
        assert doc_id not in {d["id"] for d in lib.documents()}
        for table in ("terms", "indicators", "targets", "items", "tasks", "entities", "passages"):
            assert lib.conn.execute(f"SELECT count(*) FROM {table} WHERE document_id = ?", (doc_id,)).fetchone() == (0,)
        assert all(h.document_id != doc_id for h in lib.search(phrase))
        # The full-text indexes hold no entry of the removed passages (their own check passes).
        lib.conn.execute("INSERT INTO passages_words (passages_words) VALUES ('integrity-check')")
        lib.conn.execute("INSERT INTO passages_trigram (passages_trigram) VALUES ('integrity-check')")
        assert lib.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_rm_of_an_unknown_id_removes_nothing(db: Path, hzd) -> None:
    for args in (("1", "99"), ("1x",)):
        result = hzd("rm", "--db", str(db), *args)
        assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1
    with Library(db) as lib:
        assert len(lib.documents()) == 3


def test_ls_lists_every_document_in_year_order(db: Path, hzd) -> None:
    tsv = hzd("ls", "--db", str(db)).stdout.splitlines()
    assert tsv[0].split("\t") == ["id", "year", "level", "kind", "region", "title", "chars", "path", "url"]
    assert [line.split("\t")[1] for line in tsv[1:]] == ["2018", "2019", "2021"]
    rows = json.loads(hzd("ls", "--db", str(db), "-f", "json").stdout)
    assert [r["year"] for r in rows] == [2018, 2019, 2021] and all(r["kind"] == "gov-work-report" for r in rows)


def test_query_reads_and_never_writes(db: Path, tmp_path: Path, hzd) -> None:
    with Library(db) as lib:
        expected = lib.conn.execute("SELECT count(*) FROM targets").fetchone()[0]
    result = hzd("query", "--db", str(db), "-f", "json", "SELECT count(*) AS n FROM targets")
    assert result.exit_code == 0 and json.loads(result.stdout) == [{"n": expected}]
    for sql in ("DELETE FROM documents", "DROP TABLE terms", f"ATTACH '{tmp_path / 'x.db'}' AS x",
                "PRAGMA user_version = 3", "SELECT nope FROM documents", "SELEC 1"):
        bad = hzd("query", "--db", str(db), sql)
        assert bad.exit_code == 2, sql
        assert bad.stderr.startswith("hzd: SQL: ") and len(bad.stderr.strip().splitlines()) == 1, sql
    with Library(db) as lib:
        assert len(lib.documents()) == 3
        assert lib.conn.execute("PRAGMA user_version").fetchone() == (0,)
    assert not (tmp_path / "x.db").exists()


def test_query_on_a_missing_library_does_not_create_one(tmp_path: Path, hzd) -> None:
    result = hzd("query", "--db", str(tmp_path / "none.db"), "SELECT 1")
    assert result.exit_code == 2 and not (tmp_path / "none.db").exists()


def test_format_rows_keeps_tsv_one_line_a_row() -> None:
    assert format_rows(["a", "b"], [("x\ty", None), ("第一\n第二", 3)], "tsv") == "a\tb\nx y\t\n第一 第二\t3"
    assert format_rows(["a"], [("x,y",)], "csv").splitlines() == ["a", '"x,y"']


def test_export_never_follows_a_planted_symlink(db: Path, tmp_path: Path, hzd) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", "utf-8")
    os.symlink(victim, out / ".documents.csv.part")  # the old, predictable temp name
    result = hzd("export", "--db", str(db), "-f", "csv", "-o", str(out))
    assert result.exit_code == 0
    assert victim.read_text("utf-8") == "keep me"
    assert (out / "documents.csv").read_text("utf-8").startswith("id,path,sha256")
    assert sorted(p.name for p in out.iterdir() if p.name.endswith(".part")) == [".documents.csv.part"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_export_into_an_unwritable_folder_is_one_line(db: Path, tmp_path: Path, hzd) -> None:
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o500)
    try:
        result = hzd("export", "--db", str(db), "-f", "csv", "-o", str(out))
    finally:
        out.chmod(0o700)
    assert result.exit_code == 2 and "cannot write" in result.stderr
    assert list(out.iterdir()) == []


def test_library_query_api_refuses_writes(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        assert lib.query("SELECT 1 AS one") == (["one"], [(1,)])
        with pytest.raises(BadInput):
            lib.query("CREATE TABLE t (x)")
    assert sqlite3.connect(tmp_path / "lib.db").execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 't'").fetchone() == (0,)


def test_a_first_open_retries_a_locked_switch_to_wal(tmp_path):
    # Switching a new file to WAL takes its lock without waiting (SQLite calls no busy handler
    # there): six first uploads at once to a new library failed one with "database is locked".
    import sqlite3

    from huazhongdian.store.library import Library

    class Locked:
        """The real connection, but its first two statements find the file locked."""

        def __init__(self, conn):
            self.conn, self.refusals = conn, 2

        def execute(self, *args):
            if self.refusals:
                self.refusals -= 1
                raise sqlite3.OperationalError("database is locked")
            return self.conn.execute(*args)

        def __getattr__(self, name):
            return getattr(self.conn, name)

    with Library(tmp_path / "lib.db") as lib:
        real = lib.conn
        lib.conn = Locked(real)
        lib._open_schema(wait=5)
        assert lib.conn.refusals == 0
        lib.conn = Locked(real)
        lib.conn.refusals = 10**6
        with pytest.raises(sqlite3.OperationalError):
            lib._open_schema(wait=0.1)      # …but not for ever
        lib.conn = real
