"""Golden digests of whole real reports, re-pinned only on purpose: ``pytest tests/test_golden.py --update-golden``.

Each golden file is the digest JSON (science lens) without the document text (its sha256
pins that). A change in any component that alters a digest shows up here as a readable
difference, so it is either a deliberate improvement (re-pin, and say so in the commit)
or a regression.
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


def pinned_view(path: Path) -> dict:
    data = digest_to_dict(hzd.digest(hzd.read(path), lens="science"))
    data["document"].pop("text")
    data["document"]["source"] = path.name
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
