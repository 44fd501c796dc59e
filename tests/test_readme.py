"""Everything the README shows runs as written (scripts/check_readme.py, ≈ 20 s)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import check_readme  # noqa: E402


def test_readme_commands_are_found_with_continuations_joined() -> None:
    found = check_readme.commands((ROOT / "README.md").read_text("utf-8"))
    shell = [c for lang, c in found if lang == "sh"]
    assert "make test" in shell and any(c.startswith("hzd scorecard --db n.db") for c in shell)
    assert not any(c.endswith("\\") or " # " in c for c in shell)
    assert [lang for lang, _ in found].count("python") == 1


@pytest.mark.slow
def test_every_readme_command_runs() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_readme.py")],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "every README command ran" in done.stdout
