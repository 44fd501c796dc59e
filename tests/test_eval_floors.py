"""The eval gates against their baseline, tests/gold/floors.toml (rules in tests/gold_baseline.py).

The digest eval (bench/eval_digest.py --set dev, about 3 s) and the scorecard eval
(bench/eval_scorecard.py --set dev and heldout, a few seconds) need the corpus beside the
checkout and skips cleanly without it; the hash and floor-history checks need nothing.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gold_baseline import FLOORS, GOLD, floors_of, gold_hash, load_floors

ROOT = Path(__file__).resolve().parent.parent


def test_the_reference_sets_match_their_hash():
    assert load_floors()["gold_sha256"] == gold_hash(), (
        "tests/gold/ changed: check the change is meant, then set gold_sha256 in tests/gold/floors.toml "
        "to the output of `python tests/gold_baseline.py`")


def test_floors_are_only_raised():
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    rel = FLOORS.relative_to(ROOT).as_posix()
    log = subprocess.run(["git", "-C", str(ROOT), "log", "--format=%H", "--", rel],
                         capture_output=True, text=True)
    if log.returncode != 0:
        pytest.skip("no git history")
    def floors_at(rev: str) -> tuple[dict, str] | None:
        shown = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{rel}"], capture_output=True, text=True)
        if shown.returncode != 0:
            return None
        data = load_floors(shown.stdout)
        return floors_of(data), data.get("gold_sha256", "")

    # Each version against each of its parents (branches run side by side, so the log's order is
    # no history: a merge must keep the higher floor of either side).
    pairs = []
    for commit in log.stdout.split():
        parents = subprocess.run(["git", "-C", str(ROOT), "rev-parse", f"{commit}^@"],
                                 capture_output=True, text=True).stdout.split()
        newer = floors_at(commit)
        pairs += [(commit[:10], floors_at(p), newer) for p in parents]
    current = load_floors()
    pairs.append(("working tree", floors_at("HEAD"), (floors_of(current), current.get("gold_sha256", ""))))
    for name, old, new in pairs:
        if old is None or new is None:
            continue
        (older, old_gold), (newer, new_gold) = old, new
        if old_gold != new_gold:
            # New reference data (a harder report added to dev) may re-base a floor on the same
            # code: the floor is a statement about one fixed set of references.
            continue
        lowered = {k: (v, newer[k]) for k, v in older.items() if k in newer and newer[k] < v}
        dropped = [k for k in older if k not in newer]
        assert not lowered and not dropped, f"{name} lowers or drops floors: {lowered or dropped}"


def _eval_digest():
    spec = importlib.util.spec_from_file_location("eval_digest", ROOT / "bench" / "eval_digest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def digest_figures() -> dict[str, float]:
    """bench/eval_digest.py --set dev as the [digest] table's keys."""
    ev = _eval_digest()
    if not ev.CORPUS.is_dir():
        pytest.skip(f"no corpus at {ev.CORPUS}")
    results = [ev.evaluate(json.loads(f.read_text("utf-8"))) for f in sorted((GOLD / "digest" / "dev").glob("*.json"))]
    n = sum(r["facts"] for r in results)
    out = {f"{name}_{key}": sum(r["outputs"][name][key] * r["facts"] for r in results) / n
           for name in ("md", "html", "web", "json", "poster") for key in ("recall", "recall_or_targets")}
    out["cards_recall"] = sum(r["cards_recall"] * r["facts"] for r in results) / n
    right, shown = (sum(r["cards_right"][i] for r in results) for i in (0, 1))
    out["cards_right_share"] = right / shown if shown else 0.0
    return out


def test_the_digest_eval_keeps_its_floors(corpus):
    floors = load_floors()["digest"]
    figures = digest_figures()
    assert set(floors) <= set(figures), f"floors without an eval figure: {set(floors) - set(figures)}"
    below = {k: (round(figures[k], 4), floor) for k, floor in floors.items() if figures[k] < floor}
    assert below == {}, f"bench/eval_digest.py --set dev fell below its floors: {below}"


def scorecard_figures(corpus: Path) -> dict[str, float]:
    """bench/eval_scorecard.py --set dev and --set heldout as the [scorecard] table's keys."""
    spec = importlib.util.spec_from_file_location("eval_scorecard", ROOT / "bench" / "eval_scorecard.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = {}
    for name in ("dev", "heldout"):
        report = module.evaluate(GOLD / "scorecard" / name, corpus)
        for key in ("ledger_recall", "realised_accuracy", "status_accuracy"):
            out[f"{name}_{key}"] = report[key]
    return out


def test_the_scorecard_eval_keeps_its_floors(corpus):
    floors = load_floors()["scorecard"]
    figures = scorecard_figures(corpus)
    assert set(floors) <= set(figures), f"floors without an eval figure: {set(floors) - set(figures)}"
    below = {k: (figures[k], floor) for k, floor in floors.items() if figures[k] < floor}
    assert below == {}, f"bench/eval_scorecard.py fell below its floors: {below}"


if __name__ == "__main__":  # the figures, to raise a floor by hand
    json.dump(digest_figures(), sys.stdout, indent=1)
    json.dump(scorecard_figures(ROOT.parent / "shared" / "corpus"), sys.stdout, indent=1)
