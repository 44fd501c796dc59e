"""The CLI's conventions: --version, usage errors, missing extras — in-process and in a clean venv.

Every error path must end in exit status 2 and exactly one line on stderr, never a traceback;
``hzd --version`` and ``hzd`` alone exit 0. The clean-venv variant installs the package with no
extras (no fastapi, dask, pyarrow, pytest …) to prove the packaging declares what the code imports.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import huazhongdian
from huazhongdian import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "national-2025-gov-work-report.txt"

# (argv, expected exit, a phrase the one stderr line must hold)
USAGE_ERRORS = [
    (["digest", "--lense", "x", str(SAMPLE)], "did you mean --lens"),
    (["digest"], "Missing argument"),
    (["terms", str(SAMPLE), "--width", "wide"], "--width"),
    (["digest", str(SAMPLE), "--format", "docx"], "unknown value 'docx'"),
    (["serve", "--port", "99999"], "--port"),
    (["add", "-", "--db", "x.db"], "standard input"),
    (["digest", "no-such-report.txt"], "no such file"),
    (["nosuchcommand"], "No such command"),
    (["trend", "民生", "--db", "missing.db"], "missing.db"),
]


def run_inprocess(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = 0
    try:
        cli.main(argv)
    except SystemExit as stop:  # main() exits only on a non-zero status
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    for flag in ("--version", "-V"):
        code, out, _ = run_inprocess([flag], capsys)
        assert code == 0
        assert out.strip() == f"hzd (huazhongdian) {huazhongdian.__version__}"


def test_bare_hzd_prints_help_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_inprocess([], capsys)
    assert code == 0
    assert "digest" in out and "targets" in out and "Usage" in out
    assert err == ""


@pytest.mark.parametrize("argv, phrase", USAGE_ERRORS, ids=[" ".join(a[:2]) for a, _ in USAGE_ERRORS])
def test_usage_errors_are_one_line_exit_2(argv, phrase, capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run_inprocess(argv, capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("hzd: ")
    assert phrase in lines[0]
    assert "Traceback" not in err


def test_usage_errors_name_the_usage_line(capsys) -> None:
    code, _, err = run_inprocess(["digest", "--lense", "x"], capsys)
    assert code == 2
    assert "Usage: hzd digest" in err and "hzd digest --help" in err


def test_help_shows_value_names_not_python_types(capsys) -> None:
    code, out, _ = run_inprocess(["terms", "--help"], capsys)
    assert code == 0
    assert "TERM" in out and "list[str]" not in out and "<" not in out


@pytest.mark.parametrize(
    "argv, blocked, extra",
    [
        (["serve"], "fastapi", "web"),
        (["export", "--db", "{db}", "-o", "{out}", "--format", "parquet"], "pyarrow", "parquet"),
        (["add", str(SAMPLE), "--db", "{db}", "--engine", "dask"], "dask", "dask"),
    ],
    ids=["serve", "parquet", "dask"],
)
def test_missing_extra_names_the_pip_extra(argv, blocked, extra, capsys, tmp_path, monkeypatch) -> None:
    from huazhongdian.store.library import Library

    db = tmp_path / "lib.db"
    with Library(db):
        pass  # an empty, valid library for export
    argv = [a.format(db=db, out=tmp_path / "out") for a in argv]
    # A module set to None in sys.modules makes `import name` raise ImportError, as if not installed.
    monkeypatch.setitem(sys.modules, blocked, None)
    code, _, err = run_inprocess(argv, capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert f"pip install 'huazhongdian[{extra}]'" in lines[0]


@pytest.fixture(scope="session")
def clean_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv holding huazhongdian and its base dependencies only (≈ 30 s with pip's cache)."""
    where = tmp_path_factory.mktemp("clean-venv")
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True)
    pip = subprocess.run(
        [str(where / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", str(ROOT)],
        capture_output=True, text=True, timeout=900,
    )
    if pip.returncode != 0:
        pytest.skip(f"could not install into a clean venv (offline?): {pip.stderr.strip()[-300:]}")
    return where


@pytest.mark.slow
def test_clean_install_without_extras(clean_venv: Path, tmp_path: Path) -> None:
    hzd = str(clean_venv / "bin" / "hzd")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "HZD_DEBUG")}

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([hzd, *argv], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)

    # The base install has none of the extras: the test itself must not be fooled by this venv.
    probe = subprocess.run([str(clean_venv / "bin" / "python"), "-c", "import fastapi"], capture_output=True)
    assert probe.returncode != 0

    version = run("--version")
    assert version.returncode == 0 and huazhongdian.__version__ in version.stdout

    for argv, phrase in [
        (("digest", "--lense", "x", str(SAMPLE)), "did you mean --lens"),
        (("digest",), "Missing argument"),
        (("digest", "nope.txt"), "no such file"),
        (("serve",), "pip install 'huazhongdian[web]'"),
        (("serve", "--port", "0x"), "--port"),
    ]:
        result = run(*argv)
        assert result.returncode == 2, (argv, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, (argv, result.stderr)
        assert phrase in result.stderr and "Traceback" not in result.stderr

    # The main job works on the base install.
    md = run("digest", str(SAMPLE), "--lens", "science")
    assert md.returncode == 0, md.stderr
    assert "国内生产总值" in md.stdout
