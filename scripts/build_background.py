"""Rebuild ``src/huazhongdian/data/background.tsv.gz``: word statistics of real reports.

Usage (from the repo root)::

    .venv/bin/python scripts/build_background.py [CORPUS_DIR]   # default ../shared/corpus

Reads every ``*.txt`` under the corpus (recursively) with :func:`huazhongdian.read`,
counts candidate words with :func:`huazhongdian.extract.keywords.candidate_counts`
(the same function keyword scoring uses), and writes a gzipped TSV::

    #docs<TAB>N            documents counted (near-duplicates counted once)
    #tokens<TAB>T          candidate words counted in them
    #doc<TAB>hex,hex,…     sketch() of every file read (for leave-one-out)
    word<TAB>df<TAB>count  for words in at least two documents

Near-duplicates (the same report from two sources, e.g. national-2024-gov-work-report.txt
and national-series/2024.txt) would double a report's words, so a document whose word set
overlaps an already counted one by more than 80% (Jaccard) is skipped; its sketch is still
listed, so leave-one-out applies to it too. Rerun after changing the lexicon, the stoplist
or the segmenter. Output is deterministic (sorted, gzip mtime 0).
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from pathlib import Path

import huazhongdian as hzd
from huazhongdian.extract.keywords import BACKGROUND_FILE, candidate_counts, sketch

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "huazhongdian" / "data" / BACKGROUND_FILE
DUPLICATE_JACCARD = 0.8


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def build(corpus: Path) -> tuple[str, str]:
    """Count the corpus; return the file's text and a one-line summary."""
    paths = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    if not paths:
        raise SystemExit(f"build_background: no .txt files under {corpus}")
    df: Counter[str] = Counter()
    total: Counter[str] = Counter()
    kept: list[tuple[Path, set[str]]] = []
    sketches: set[str] = set()
    skipped = []
    for path in paths:
        doc = hzd.read(path)
        sketches.add(",".join(f"{h:x}" for h in sorted(sketch(doc.text))))
        counts = candidate_counts(doc.text)
        words = set(counts)
        twin = next((p for p, w in kept if jaccard(words, w) > DUPLICATE_JACCARD), None)
        if twin is not None:
            skipped.append(f"{path.relative_to(corpus)} ~ {twin.relative_to(corpus)}")
            continue
        kept.append((path, words))
        df.update(words)
        total.update(counts)
    lines = [f"#docs\t{len(kept)}", f"#tokens\t{sum(total.values())}"]
    lines += [f"#doc\t{s}" for s in sorted(sketches)]
    lines += [f"{w}\t{df[w]}\t{total[w]}" for w in sorted(df) if df[w] >= 2]
    summary = (f"{len(paths)} files, {len(kept)} documents counted, {len(skipped)} near-duplicates skipped "
               f"({'; '.join(skipped)}), {sum(1 for w in df if df[w] >= 2)} words kept of {len(df)}")
    return "\n".join(lines) + "\n", summary


def main(argv: list[str]) -> None:
    corpus = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "corpus"
    text, summary = build(corpus)
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes): {summary}")


if __name__ == "__main__":
    main(sys.argv)
