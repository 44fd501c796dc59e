"""The `hzd digest` / `hzd terms` command line, end to end in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

HZD = [sys.executable, "-m", "huazhongdian.cli"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*HZD, *args], input=stdin, capture_output=True, timeout=120)


def test_digest_markdown_names_the_report_and_its_targets(sample_path):
    r = run("digest", str(sample_path))
    out = r.stdout.decode("utf-8")
    assert r.returncode == 0
    assert out.startswith("# 划重点｜2025年政府工作报告")
    assert "国内生产总值增长5%左右" in out


def test_digest_json_from_stdin_matches_file(sample_path):
    from_file = json.loads(run("digest", str(sample_path), "--format", "json").stdout)
    from_stdin = json.loads(run("digest", "-", "--format", "json", stdin=sample_path.read_bytes()).stdout)
    assert from_stdin["document"]["source"] == "<stdin>"
    assert from_stdin["document"]["sha256"] == from_file["document"]["sha256"]
    assert from_stdin["targets"] == from_file["targets"]


def test_terms_file_takes_the_first_field_of_each_line(sample_path, tmp_path):
    terms = tmp_path / "terms.txt"
    terms.write_text("# my terms\n新质生产力\teconomy\n低空经济\n", "utf-8")
    body = json.loads(run("terms", str(sample_path), "--terms", str(terms), "--format", "json").stdout)
    text = sample_path.read_text("utf-8")
    assert [(t["term"], t["count"]) for t in body["terms"]] == [
        ("新质生产力", text.count("新质生产力")), ("低空经济", text.count("低空经济"))]
    assert all(len(t["kwic"]) == t["count"] for t in body["terms"])


def test_empty_terms_file_is_one_line_exit_2(sample_path, tmp_path):
    terms = tmp_path / "none.txt"
    terms.write_text("# nothing here\n", "utf-8")
    r = run("terms", str(sample_path), "--terms", str(terms))
    assert r.returncode == 2
    assert r.stderr.decode().strip().splitlines() == [f"hzd: {terms}: no terms in the file (one term a line)"]


def test_unknown_format_is_exit_2_and_writes_nothing(sample_path, tmp_path):
    out = tmp_path / "out.txt"
    r = run("digest", str(sample_path), "--format", "docx", "-o", str(out))
    assert r.returncode == 2
    assert len(r.stderr.decode().strip().splitlines()) == 1 and "--format" in r.stderr.decode()
    assert not out.exists()


def test_output_into_missing_folder_is_exit_2(sample_path, tmp_path):
    r = run("digest", str(sample_path), "-o", str(tmp_path / "nope" / "d.md"))
    assert r.returncode == 2 and "output folder does not exist" in r.stderr.decode()


def test_unknown_lens_is_exit_2(sample_path):
    r = run("digest", str(sample_path), "--lens", "astrology")
    assert r.returncode == 2
    assert "astrology" in r.stderr.decode() and "Traceback" not in r.stderr.decode()


def test_output_file_gets_ordinary_permissions(sample_path, tmp_path):
    import os

    out = tmp_path / "digest.md"
    assert run("digest", str(sample_path), "-o", str(out)).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    assert out.read_text("utf-8").startswith("# 划重点｜")
