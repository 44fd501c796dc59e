"""Golden digests of whole real reports, re-pinned only on purpose: ``pytest tests/test_golden.py --update-golden``.

Each golden file is the digest JSON (science lens) without the document text (its sha256
pins that) and without the scores: a golden pins facts (terms and counts, indicators and
targets with their spans, items and their modes and themes, what the view shows) and ranks
(the keywords in their order), not the weights behind them. A keyword's ``score`` and an
item's ``relevance`` are left out, so a weight tweak that keeps the ranks and the view re-pins
nothing; how good the scores are is the eval gates' business (``tests/gold/floors.toml``).
A change that alters a fact shows up here as a readable difference, so it is either a
deliberate improvement (re-pin, and say so in the commit) or a regression.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.render.json import digest_to_dict

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
FIX = Path(__file__).resolve().parent / "fixtures"

REPORTS = {
    "national-2025": ROOT / "examples" / "national-2025-gov-work-report.txt",
    "national-2018": FIX / "across" / "series" / "2018.txt",
    "guangdong-2026": FIX / "classify" / "guangdong-2026-gov-work-report.txt",
    "hailar-district-2019": FIX / "across" / "neimenggu-hulunbuir-hailar-district-2019-gov-work-report.txt",
    "cpc-20th-congress": FIX / "classify" / "national-2022-cpc-20th-congress-report.txt",
    "seed-guangming-2025": FIX / "classify" / "seed.txt",
}


# Scores, not facts: (part, field) left out of the goldens.
SCORES = (("keywords", "score"), ("items", "relevance"))


def pinned_view(path: Path) -> dict:
    data = digest_to_dict(hzd.digest(hzd.read(path), lens="science"))
    data["document"].pop("text")
    data["document"]["source"] = path.name
    for part, field in SCORES:
        for entry in data[part]:
            entry.pop(field)
    return json.loads(json.dumps(data, ensure_ascii=False))


def first_difference(old, new, where: str = "") -> str:
    if type(old) is not type(new):
        return f"{where}: {old!r} → {new!r}"
    if isinstance(old, dict):
        for key in sorted(set(old) | set(new)):
            if old.get(key) != new.get(key):
                return first_difference(old.get(key), new.get(key), f"{where}.{key}")
    if isinstance(old, list):
        for i, (a, b) in enumerate(zip(old, new)):
            if a != b:
                return first_difference(a, b, f"{where}[{i}]")
        if len(old) != len(new):
            return f"{where}: {len(old)} entries → {len(new)}"
    return f"{where}: {str(old)[:200]!r} → {str(new)[:200]!r}"


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_golden_digest(name, request):
    path = REPORTS[name]
    got = pinned_view(path)
    golden = GOLDEN / f"{name}.json"
    if request.config.getoption("--update-golden"):
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", "utf-8")
    if not golden.exists():
        pytest.fail(f"no golden file {golden.name}; run pytest tests/test_golden.py --update-golden")
    want = json.loads(golden.read_text("utf-8"))
    assert got == want, f"{name} digest changed at {first_difference(want, got)}"


def test_goldens_pin_no_scores():
    for golden in sorted(GOLDEN.glob("*.json")):
        data = json.loads(golden.read_text("utf-8"))
        for part, field in SCORES:
            assert all(field not in entry for entry in data[part]), f"{golden.name}: {part}[].{field} pinned"
        assert [k["term"] for k in data["keywords"]], golden.name  # the ranks stay pinned
