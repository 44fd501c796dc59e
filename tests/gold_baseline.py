"""The eval baseline, ``tests/gold/floors.toml``: the floors the eval gates may not fall below and
the sha256 of the reference sets they are measured on (``tests/gold/``, the file itself aside).

Rules (tests/test_eval_floors.py enforces them):

- an eval below a floor fails; a floor is raised, never lowered, when an eval improves;
- a change to any file under ``tests/gold/`` fails until ``gold_sha256`` is updated in the same
  commit (``python tests/gold_baseline.py`` prints the new hash), so a reference set is never
  edited silently to meet a floor;
- every committed version of floors.toml holds floors at least as high as its parent versions
  (checked against git history when the suite runs in a git checkout), unless ``gold_sha256``
  changed with it: new reference data (a harder report added to a set) re-bases the floors it
  moves, measured on the same code, and the comment above the table says so.

Each eval keeps its own table (``[digest]``, ``[scorecard]`` …).
"""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"
FLOORS = GOLD / "floors.toml"


def gold_hash(root: Path = GOLD) -> str:
    """sha256 over every file under ``root`` but floors.toml: relative path, NUL, bytes, NUL."""
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p != root / FLOORS.name):
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def load_floors(text: str | None = None) -> dict:
    return tomllib.loads(text if text is not None else FLOORS.read_text("utf-8"))


def floors_of(data: dict) -> dict[tuple[str, str], float]:
    """(table, key) → floor, for every numeric entry of every table."""
    return {(table, key): value for table, entries in data.items() if isinstance(entries, dict)
            for key, value in entries.items() if isinstance(value, (int, float))}


if __name__ == "__main__":
    print(gold_hash())
