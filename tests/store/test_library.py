"""The SQLite library: idempotent adds, whole-document transactions, skips, search, export."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import huazhongdian as hzd
from huazhongdian.digest import digest
from huazhongdian.errors import BadInput
from huazhongdian.store.batch import add_paths, collect_paths, process_path
from huazhongdian.store.library import FACT_TABLES, Library, build_record


def test_add_stores_documents_text_and_facts(series: Path, tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        summary = add_paths(lib, [series], jobs=1)
        assert len(summary.added) == 3 and not summary.present and not summary.skipped
        docs = lib.documents()
        assert [d["year"] for d in docs] == [2018, 2019, 2021]
        for d in docs:
            data = lib.digest_dict(d["id"])
            text = data["document"]["text"]
            assert text == hzd.read(d["path"]).text
            assert data["schema"] == "huazhongdian.digest/1"
        counts = lib.counts()
        assert counts["documents"] == 3
        assert counts["passages"] > 30
        # Every stored fact with offsets points at its own text in documents.text.
        for table in ("items", "tasks", "targets", "indicators"):
            rows = lib.conn.execute(
                f'SELECT f.text, substr(d.text, f.start + 1, f."end" - f.start) FROM {table} f '
                "JOIN documents d ON d.id = f.document_id").fetchall()
            assert all(a == b for a, b in rows)


def test_adding_twice_changes_nothing(series: Path, tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        add_paths(lib, [series], jobs=1)
        before = {t: lib.dump(t) for t in ("documents", *FACT_TABLES, "passages")}
        again = add_paths(lib, [series], jobs=1)
        assert again.added == [] and len(again.present) == 3
        assert {t: lib.dump(t) for t in before} == before


def test_same_text_under_another_name_is_already_present(series: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy-of-2019.txt"
    shutil.copy(series / "2019.txt", copy)
    with Library(tmp_path / "lib.db") as lib:
        summary = add_paths(lib, [series / "2019.txt", copy], jobs=1)
        assert summary.added == [str(series / "2019.txt")]
        assert summary.present == [str(copy)]
        assert lib.counts()["documents"] == 1


@pytest.mark.parametrize("error", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_failure_mid_insert_leaves_no_partial_document(series: Path, tmp_path: Path, monkeypatch,
                                                       error: BaseException) -> None:
    with Library(tmp_path / "lib.db") as lib:
        add_paths(lib, [series / "2018.txt"], jobs=1)
        before = lib.counts()
        record = process_path(str(series / "2019.txt"))
        original = lib._insert_facts

        def explode(doc_id, rec):  # the documents row and some facts are written, then it dies
            original(doc_id, rec)
            raise error

        monkeypatch.setattr(lib, "_insert_facts", explode)
        with pytest.raises(type(error)):
            lib.add_record(record)
        assert lib.counts() == before
        assert not lib.has(record.sha256)
        monkeypatch.undo()
        assert lib.add_record(record) is not None  # and the library is still usable
        assert lib.counts()["documents"] == before["documents"] + 1


def test_bad_files_are_skipped_with_reason_and_batch_goes_on(series: Path, tmp_path: Path) -> None:
    (series / "empty.txt").write_bytes(b"")
    (series / "zeros.txt").write_bytes(b"\x00" * 1000)
    with Library(tmp_path / "lib.db") as lib:
        summary = add_paths(lib, [series, tmp_path / "missing.txt"], jobs=1)
        assert len(summary.added) == 3
        reasons = {Path(s.path).name: s.reason for s in summary.skipped}
        assert set(reasons) == {"empty.txt", "zeros.txt", "missing.txt"}
        assert "no such file" in reasons["missing.txt"]
        assert all(reasons.values())
        stored = dict(lib.conn.execute("SELECT path, reason FROM skipped").fetchall())
        assert {Path(p).name for p in stored} == set(reasons)


def test_collect_paths_walks_report_files_only(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("a/1.txt", "a/2.HTML", "a/3.docx", "a/MANIFEST.tsv", "a/.x.txt", ".hidden/4.txt", "5.pdf",
                 "notes.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    got = [Path(p).relative_to(tmp_path).as_posix() for p in collect_paths([tmp_path])]
    assert got == ["5.pdf", "a/1.txt", "a/2.HTML", "a/3.docx"]


def test_search_words_substrings_and_single_characters(series: Path, tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        add_paths(lib, [series], jobs=1)
        texts = {d["id"]: lib.digest_dict(d["id"])["document"]["text"] for d in lib.documents()}
        for query in ("减税降费", "税降", "税"):  # words, a trigram-less substring, one character
            hits = lib.search(query)
            assert hits, query
            for h in hits:
                assert texts[h.document_id][h.start:h.end] == query
                assert f"【{query}】" in h.snippet
        years = {h.year for h in lib.search("减税降费")}
        assert years <= {2018, 2019, 2021} and 2019 in years
        with pytest.raises(BadInput):
            lib.search("  ")
        comma = lib.search("，", limit=3)  # punctuation only: no index words, substring fallback
        assert len(comma) == 3 and all("【，】" in h.snippet for h in comma)


def test_search_substring_inside_a_word_uses_trigrams(series: Path, tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        add_paths(lib, [series], jobs=1)
        # 质量发 is no word, only a substring of 高质量发展: the word index cannot find it.
        hits = lib.search("质量发")
        assert hits and all("【质量发】" in h.snippet for h in hits)


def test_export_csv_and_parquet_round_trip(series: Path, tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        add_paths(lib, [series], jobs=1)
        counts = lib.counts()
        written = lib.export(tmp_path / "csv", "csv")
        assert {p.name for p in written} == {f"{t}.csv" for t in lib.table_names()}
        with (tmp_path / "csv" / "documents.csv").open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert [int(r["year"]) for r in rows] == [2018, 2019, 2021]
        lib.export(tmp_path / "pq", "parquet")
    import pyarrow.parquet as pq

    for table, n in counts.items():
        assert pq.read_table(tmp_path / "pq" / f"{table}.parquet").num_rows == n


def test_library_refuses_non_library_file(tmp_path: Path) -> None:
    bogus = tmp_path / "x.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(BadInput, match="not a huazhongdian library"):
        Library(bogus)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet="改革开放发展稳就业促增收，。\n科技创新2025年", min_size=8, max_size=80),
                min_size=1, max_size=4))
def test_store_round_trip_keeps_text_and_is_idempotent(tmp_path: Path, texts: list[str]) -> None:
    lib = Library(":memory:")
    stored = {}
    for i, text in enumerate(texts):
        if not text.strip():
            continue
        doc = hzd.read_text(text, source=f"doc{i}.txt")
        record = build_record(digest(doc), f"doc{i}.txt", len(text.encode()))
        doc_id = lib.add_record(record)
        if doc_id is None:
            assert doc.sha256 in stored
            continue
        stored[doc.sha256] = doc.text
        assert lib.digest_dict(doc_id)["document"]["text"] == doc.text
        assert lib.add_record(record) is None
    assert lib.counts()["documents"] == len(stored)
    lib.close()


def test_targets_table_matches_the_stored_digest(tmp_path, sample_path):
    d = hzd.digest(hzd.read(sample_path))
    with Library(tmp_path / "lib.db") as lib:
        doc_id = lib.add_record(build_record(d, str(sample_path), sample_path.stat().st_size))
        rows = lib.targets()
    assert [(r["document_id"], r["metric"], r["text"], r["absent"]) for r in rows] == [
        (doc_id, t.metric, t.text, t.absent) for t in d.targets]
