"""The hand-written reference sets quote their reports exactly.

Digest gold (tests/gold/digest/<set>/*.json): every fact's ``quote`` is a substring of
``hzd.read(file).text`` (normalised first in the sets before fresh6) and contains its ``figure``
(when it has one). Scorecard gold
(tests/gold/scorecard/<set>/*.json): every ``target_quote`` is in OLD and every ``realised_quote`` in
NEW, normalised as bench/eval_scorecard.py reads them; a row without a realised quote is 未提及.

Only validity is checked here, no eval runs. Failure messages name the reference file and the
fact or row numbers, never the quoted text, so that a held-out set's text is not printed.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.read.normalise import normalise

GOLD = Path(__file__).resolve().parent / "gold"
DIGEST_FILES = sorted((GOLD / "digest").glob("*/*.json"))
SCORECARD_FILES = sorted((GOLD / "scorecard").glob("*/*.json"))
STATUSES = {"完成", "超额完成", "未完成", "未提及"}
OLDER_SETS = {"dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5"}


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@lru_cache(maxsize=None)
def _read(path: str) -> str:
    return hzd.read(path).text


def _text(corpus: Path, rel: str) -> str:
    return _read(str(corpus / rel))


@pytest.mark.parametrize("gold_file", DIGEST_FILES, ids=_id)
def test_digest_quotes_are_in_the_report(gold_file: Path, corpus: Path) -> None:
    gold = json.loads(gold_file.read_text("utf-8"))
    assert (corpus / gold["file"]).is_file(), f"{_id(gold_file)}: corpus file missing"
    text = _text(corpus, gold["file"])
    facts = gold["facts"]
    assert facts, f"{_id(gold_file)}: no facts"
    # Older sets cut some quotes from the raw file (二００一年 with full-width zeros): those are
    # compared normalised, as the reader gives them; fresh6 and later quote hzd.read's text exactly.
    exact = gold_file.parent.name not in OLDER_SETS
    missing = [i for i, f in enumerate(facts) if (f["quote"] if exact else normalise(f["quote"])) not in text]
    no_figure = [i for i, f in enumerate(facts) if f["figure"] is not None and f["figure"] not in f["quote"]]
    assert not missing, f"{_id(gold_file)}: facts {missing} quote text not in hzd.read(file).text"
    assert not no_figure, f"{_id(gold_file)}: facts {no_figure} quote lacks its figure"


def test_fresh6_digest_set_is_complete() -> None:
    files = [f for f in DIGEST_FILES if f.parent.name == "fresh6"]
    assert len(files) == 5
    for f in files:
        gold = json.loads(f.read_text("utf-8"))
        assert 15 <= len(gold["facts"]) <= 30, f.name
        assert "2026-12-07" in gold["note"] and "by hand" in gold["note"]
        assert all(x["mode"] in ("achievement", "target", "plan") for x in gold["facts"])


@pytest.mark.parametrize("gold_file", SCORECARD_FILES, ids=_id)
def test_scorecard_quotes_are_in_the_reports(gold_file: Path, corpus: Path) -> None:
    gold = json.loads(gold_file.read_text("utf-8"))
    old, new = _text(corpus, gold["old"]), _text(corpus, gold["new"])
    rows = gold["rows"]
    assert rows, f"{_id(gold_file)}: no rows"
    missing_target = [i for i, r in enumerate(rows) if normalise(r["target_quote"]) not in old]
    missing_realised = [i for i, r in enumerate(rows)
                        if r["realised_quote"] is not None and normalise(r["realised_quote"]) not in new]
    bad_status = [i for i, r in enumerate(rows) if r["status"] not in STATUSES
                  or (r["realised_quote"] is None) != (r["status"] == "未提及")]
    assert not missing_target, f"{_id(gold_file)}: rows {missing_target} target quote not in OLD"
    assert not missing_realised, f"{_id(gold_file)}: rows {missing_realised} realised quote not in NEW"
    assert not bad_status, f"{_id(gold_file)}: rows {bad_status} status / realised quote mismatch"


def test_fresh6_scorecard_set_is_large_enough() -> None:
    files = [f for f in SCORECARD_FILES if f.parent.name == "fresh6"]
    pairs = {(json.loads(f.read_text("utf-8"))["old"], json.loads(f.read_text("utf-8"))["new"]) for f in files}
    assert pairs == {("national-series/1985.txt", "national-series/1986.txt"),
                     ("national-series/1986.txt", "national-series/1987.txt"),
                     ("national-series/1987.txt", "national-series/1988.txt")}
    assert sum(len(json.loads(f.read_text("utf-8"))["rows"]) for f in files) >= 20
