"""Cut-bullet fragments among the first 3 of every theme: the development reports' shown bullets with the clause before.

Prints TSV (file, mode/theme, rank, start, end, clause_before, bullet) for the first three shown bullets of every
theme of every corpus report but the held-out ones (bench/heldout.py), so that a hand check can tell a bullet
that lost its subject or its governing verb to the clause before ("约6700万人受益", "达到一级A标准", "……的政策"
after 落实). The hand count is bench/data/fragments_handcount.md.

    PYTHONPATH=src python bench/fragment_audit.py --out /tmp/first3.tsv [--sample 80 --seed 7]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import held_out_files  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("HZD_SHARED", ROOT.parent / "shared")) / "corpus"


def dev_files() -> list[str]:
    hidden = held_out_files()
    return [p.relative_to(CORPUS).as_posix() for p in sorted(CORPUS.rglob("*.txt"))
            if p.relative_to(CORPUS).as_posix() not in hidden]


def first3(rel: str) -> list[tuple]:
    import huazhongdian as hzd
    from huazhongdian.render.view import build_view

    doc = hzd.read(CORPUS / rel)
    view = build_view(hzd.digest(doc))
    text = doc.text
    out = []
    for g in view.groups:
        for t in g.themes:
            for i, b in enumerate(t.top[:3]):
                before = text[b.sentence_start:b.start].rstrip("，；：,;")
                before = before[max(before.rfind("，"), before.rfind("；")) + 1:]
                out.append((rel, f"{g.mode}/{t.theme}", i, b.start, b.end, before, b.text))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    with ProcessPoolExecutor() as ex:
        rows = [r for rs in ex.map(first3, dev_files()) for r in rs]
    if a.sample:
        rows = random.Random(a.seed).sample(rows, min(a.sample, len(rows)))
    lines = ["\t".join(str(x) for x in r) for r in rows]
    if a.out:
        a.out.write_text("\n".join(lines) + "\n", "utf-8")
    else:
        print("\n".join(lines))
    print(f"{len(rows)} bullets", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
