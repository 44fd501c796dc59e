"""Shared fixtures: the real corpus beside the repo (skipped cleanly when absent) and copied excerpts."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(os.environ.get("HZD_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
# Whole documents several test areas read, each kept once in the repo: point tests here
# (or at the fixtures below) rather than copying them into another fixture folder.
SAMPLE = ROOT / "examples" / "national-2025-gov-work-report.txt"  # the README's demo report
SEED = FIXTURES / "classify" / "seed.txt"  # the hand-written 划重点 article (../shared/seed/000_4c46cd0e61afca26.txt)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="re-pin golden digests on purpose")


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus folder; tests that need it skip when it is not beside the repo."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus not present")
    return CORPUS


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def series(tmp_path: Path) -> Path:
    """Three small national-report excerpts (2018, 2019, 2021) copied into a temp folder."""
    folder = tmp_path / "series"
    folder.mkdir()
    for year in (2018, 2019, 2021):
        shutil.copy(FIXTURES / "across" / "series" / f"{year}.txt", folder / f"{year}.txt")
    return folder


@pytest.fixture(scope="session")
def sample_path() -> Path:
    """The whole 2025 national 政府工作报告 (examples/, the README's demo)."""
    return SAMPLE


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The hand-written 划重点 article on the Guangming district party-congress report."""
    return SEED


@pytest.fixture
def hzd_run(capsys):
    """Run the ``hzd`` CLI in this process: ``hzd_run("digest", path)`` → (exit status, stdout, stderr)."""
    from huazhongdian.cli import main

    def run(*argv: str) -> tuple[int, str, str]:
        with pytest.raises(SystemExit) as exc:
            main(list(argv))
            raise SystemExit(0)  # main() returns normally on success
        out, err = capsys.readouterr()
        return exc.value.code or 0, out, err

    return run


@pytest.fixture(scope="session")
def page_server():
    """Base URL of a local HTTP server (127.0.0.1) serving saved report pages and misbehaving
    ones (tests/page_server.py); stopped at the end of the session."""
    from page_server import serve

    with serve() as base:
        yield base
