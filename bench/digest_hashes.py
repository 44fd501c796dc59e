"""A sha256 of the digest JSON of every corpus, seed and fixture file, for refactors (issue #11).

A refactor that should not change what the tool says writes the hashes before and after and
compares them; a file whose hash changes is a change to explain (or to fix).

    PYTHONPATH=src python bench/digest_hashes.py --out /tmp/before.tsv
    PYTHONPATH=src python bench/digest_hashes.py --out /tmp/after.tsv --compare /tmp/before.tsv

Each file is digested with the general lens and the science lens; the JSON of the general
digest is also hashed with the view model's Markdown, so a change to the selection shows too.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import huazhongdian as hzd
from huazhongdian.render import render_digest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SUFFIXES = {".txt", ".md", ".html", ".htm", ".docx", ".pdf"}


def inputs() -> list[Path]:
    roots = [SHARED / "corpus", SHARED / "seed", ROOT / "tests" / "fixtures", ROOT / "examples"]
    return sorted(p for r in roots if r.is_dir() for p in r.rglob("*")
                  if p.suffix.lower() in SUFFIXES and p.is_file())


def hashes(path: Path) -> dict[str, str]:
    try:
        doc = hzd.read(path)
    except Exception as exc:  # noqa: BLE001 - an unreadable fixture is a row, not a crash
        return {"error": type(exc).__name__}
    out = {}
    for lens in ("general", "science"):
        d = hzd.digest(doc, lens=lens)
        for fmt in ("json", "md"):
            text = render_digest(d, fmt)
            data = text if isinstance(text, bytes) else text.encode("utf-8")
            out[f"{lens}.{fmt}"] = hashlib.sha256(data).hexdigest()[:16]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--compare", type=Path, help="an earlier --out file; print the rows that differ")
    args = ap.parse_args(argv)
    rows = []
    for path in inputs():
        rel = path.relative_to(ROOT.parent) if path.is_relative_to(ROOT.parent) else path
        for key, value in hashes(path).items():
            rows.append(f"{rel}\t{key}\t{value}")
    args.out.write_text("\n".join(rows) + "\n", "utf-8")
    print(f"{len(rows)} hashes of {len(inputs())} files → {args.out}")
    if args.compare:
        before = dict(line.rsplit("\t", 1) for line in args.compare.read_text("utf-8").splitlines() if line)
        after = dict(line.rsplit("\t", 1) for line in rows)
        changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        for key in changed:
            print("changed:", key.replace("\t", " "))
        print(f"{len(changed)} of {len(after)} differ")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
