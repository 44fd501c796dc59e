"""Bad input through the CLI: exit 2, one line on stderr naming the file, nothing written to -o."""

from __future__ import annotations

import subprocess
import sys

import pytest
from read_bad_inputs import CASES, make


@pytest.mark.parametrize("case", CASES)
def test_cli_bad_input_is_one_line_exit_2(case, tmp_path):
    path, _, phrase = make(case, tmp_path)
    out = tmp_path / "out.json"
    run = subprocess.run(
        [sys.executable, "-m", "huazhongdian.cli", "digest", str(path), "--format", "json", "-o", str(out)],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 2
    lines = run.stderr.splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith(f"hzd: {path}: ")
    assert phrase in lines[0]
    assert "Traceback" not in run.stderr
    assert not out.exists()
    assert not list(tmp_path.glob(".out.json.*"))  # no temp file left behind either
    assert run.stdout == ""


def test_cli_reads_stdin(fixtures):
    text = (fixtures / "read" / "national-2023-rcep.txt").read_bytes()
    run = subprocess.run([sys.executable, "-m", "huazhongdian.cli", "terms", "-", "--term", "RCEP"],
                         input=text, capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr.decode()
    assert "RCEP" in run.stdout.decode()


def test_cli_empty_stdin_is_one_line_exit_2():
    run = subprocess.run([sys.executable, "-m", "huazhongdian.cli", "digest", "-"],
                         input=b"", capture_output=True, timeout=120)
    assert run.returncode == 2
    assert run.stderr.decode().splitlines() == ["hzd: <stdin>: file is empty"]
