"""Ablation of the task-clause rule (issue 13, across/scorecard_tasks.py): the fraction of the old
development pairs' gold rows (dev50s, dev80s, fresh6, fresh7 and the pre-2000 pairs of dev, fresh5,
fresh4) whose target quote the rule ALONE holds (no other ledger source), and each old report's
ledger size. Held-out files and pairs are skipped (bench/heldout.py); only figures are printed.

    PYTHONPATH=src python bench/ablate_task_clauses.py --corpus /work/shared/corpus [--ledger-only]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard import ledger
from huazhongdian.across.scorecard_data import _parts
from huazhongdian.extract.targets import find_target_passages, report_year
from huazhongdian.read.normalise import normalise

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import held_out_files, held_out_pairs  # noqa: E402

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold" / "scorecard"
ALL_OLD = ("dev50s", "dev80s", "fresh6", "fresh7")
PRE_2000 = ("dev", "fresh5", "fresh4")


def _year(path: str) -> int | None:
    m = re.search(r"(19|20)\d\d", path)
    return int(m.group()) if m else None


def gold_files() -> list[Path]:
    out = [f for s in ALL_OLD for f in sorted((GOLD / s).glob("*.json"))]
    for s in PRE_2000:
        out += [f for f in sorted((GOLD / s).glob("*.json"))
                if (y := _year(json.loads(f.read_text("utf-8"))["old"])) is not None and y < 2000]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--ledger-only", action="store_true", help="ledger sizes only (for a tree without the rule)")
    args = parser.parse_args()
    hidden = held_out_files()
    n = hit = 0
    sizes: dict[str, int] = {}
    for f in gold_files():
        gold = json.loads(f.read_text("utf-8"))
        if {gold["old"], gold["new"]} & hidden or (gold["old"], gold["new"]) in held_out_pairs():
            continue
        digest = hzd.digest(hzd.read(str(args.corpus / gold["old"])))
        doc = digest.document
        sizes[gold["old"]] = len(ledger(digest))
        if args.ledger_only:
            continue
        from huazhongdian.across.scorecard_ledger import _theme_at
        from huazhongdian.across.scorecard_old import next_plan_year
        from huazhongdian.across.scorecard_tasks import old_report, task_rows
        review, plan = _parts(doc)
        if not old_report(doc, find_target_passages(doc)):
            rows = []     # (the rule is for reports with no 主要预期目标 passage)
        else:
            year = next_plan_year(doc.text, plan, report_year(doc)) or report_year(doc)
            rows = task_rows(doc, plan, review, digest.indicators, [], year, report_year(doc),
                             lambda pos: _theme_at(digest, pos))
        got = 0
        for g in gold["rows"]:
            quote = normalise(g["target_quote"])
            at = doc.text.find(quote, plan[0])
            at = at if 0 <= at < plan[1] else doc.text.find(quote)
            n += 1
            ok = at >= 0 and any(r.target.start < at + len(quote) and at < r.target.end for r in rows)
            got += ok
        hit += got
        print(f"{f.parent.name}/{f.stem}: rule alone holds {got}/{len(gold['rows'])}")
    if not args.ledger_only:
        print(f"rule alone: {hit}/{n} = {hit / n:.3f}" if n else "no rows")
    for name, k in sizes.items():
        print(f"ledger size {name}: {k}")


if __name__ == "__main__":
    main()
