"""Run every command the README shows, as written, and say which fail.

The README's ``sh`` blocks and its ``python`` block are run from a scratch folder laid out like
a fresh clone beside ``../shared`` (``examples/`` and ``tests/`` linked in, outputs such as
``out/`` and ``n.db`` written there, so the working tree stays clean), with the project's
``hzd`` first on PATH. Each command must exit 0 and print something or write its ``-o`` file.

Not run, with the reason printed: ``make demo`` and ``make test`` (they build a venv; CI runs
``make test`` itself and ``tests/test_cli_conventions.py`` installs into a clean venv), commands
needing a tool this machine lacks (``jq``), and commands reading ``../shared`` when it is absent.
``hzd serve`` is started on a free loopback port, asked for ``/`` and stopped.

    python scripts/check_readme.py            # exit 1 if any command fails
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
_BLOCK = re.compile(r"^```(sh|python)\n(.*?)^```", re.S | re.M)


def commands(readme: str) -> list[tuple[str, str]]:
    """``(language, command)`` in README order; sh lines joined at a trailing backslash."""
    found = []
    for lang, body in _BLOCK.findall(readme):
        if lang == "python":
            found.append(("python", body))
            continue
        for line in re.sub(r"\\\n\s*", " ", body).splitlines():
            line = re.sub(r"\s+#.*$", "", line).strip()  # a comment after the command
            if line and not line.startswith("#"):
                found.append(("sh", line))
    return found


def reason_to_skip(command: str) -> str | None:
    if command.startswith("make "):
        return "builds a venv; CI runs make test"
    if "jq" in command.split() and shutil.which("jq") is None:
        return "jq is not installed"
    if "../shared" in command and not SHARED.is_dir():
        return "../shared is absent"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_serve(command: str, cwd: Path, env: dict[str, str]) -> str | None:
    port = _free_port()
    proc = subprocess.Popen([*command.split(), "--port", str(port)], cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(100):
            time.sleep(0.2)
            if proc.poll() is not None:
                return f"exited {proc.returncode}: {proc.stderr.read().decode()[-300:]}"  # type: ignore[union-attr]
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as answer:
                    return None if answer.status == 200 else f"answered {answer.status}"
            except OSError:
                continue
        return "did not answer within 20 s"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def run(lang: str, command: str, cwd: Path, env: dict[str, str]) -> str | None:
    """None when the command worked, else what went wrong (one line)."""
    if lang == "sh" and command.startswith("hzd serve"):
        return run_serve(command, cwd, env)
    argv = [sys.executable, "-c", command] if lang == "python" else ["bash", "-c", f"set -o pipefail; {command}"]
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        return f"exit {done.returncode}: {' '.join(done.stderr.split())[-300:]}"
    out = re.search(r"-o (\S+)", command)
    if out:
        written = cwd / out.group(1)
        if not written.is_file() or written.stat().st_size == 0:
            return f"did not write {out.group(1)}"
    if not out and not done.stdout.strip() and "--db" not in command and not command.startswith("mkdir"):
        return "printed nothing"
    return None


def main() -> int:
    readme = (ROOT / "README.md").read_text("utf-8")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="hzd-readme-") as tmp:
        clone = Path(tmp) / "repo"
        clone.mkdir()
        for name in ("examples", "tests"):
            (clone / name).symlink_to(ROOT / name)
        if SHARED.is_dir():
            (Path(tmp) / "shared").symlink_to(SHARED)
        env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
                   HZD_DB=str(clone / "default.db"), PYTHONPATH=str(ROOT / "src"))
        for lang, command in commands(readme):
            shown = command if lang == "sh" else "python: " + command.strip().splitlines()[-1].strip()
            skip = reason_to_skip(command)
            if skip:
                print(f"skip  {shown}  ({skip})")
                continue
            started = time.perf_counter()
            problem = run(lang, command, clone, env)
            print(f"{'FAIL' if problem else 'ok  '}  {shown}  ({time.perf_counter() - started:.1f} s)"
                  + (f"\n      {problem}" if problem else ""))
            failures += problem is not None
    print(f"{failures} failed" if failures else "every README command ran")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
