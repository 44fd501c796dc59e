"""Score ``across.scorecard`` against the hand-written gold in tests/gold/scorecard/{dev,heldout,fresh,…,fresh5}/
(development; fresh5 since its first run, 2026-12-07; dev80s: national 1980→1981 … 1983→1984, written by
hand on 2026-12-07 before the scorecard ran on them; dev50s: national 1954→1955 and 1956→1957, by hand
on 2026-12-07 before the scorecard ran on them, 1955→1956 left out: the Five-Year Plan report states no
1955 target; 1964→1975 by hand on 2026-12-07 before the scorecard ran on it), fresh6/ (national 1985→1986, 1986→1987,
1987→1988; the ninth held-out set, development data since its runs of 2026-12-07) and the held-out
fresh7/ (the tenth: national 1958→1959, 1959→1960, 1978→1979, 1979→1980, by hand before the
scorecard ran on them).

For each gold row (one per target of the older report, hand-annotated before the code ran):
- ledger recall: the ledger of OLD holds a row whose span covers the gold target quote;
- realised right: the found value equals the gold value and its span lies inside or around
  the gold realised quote in NEW — or both say "not stated";
- status right: the row's status equals the gold status.

Usage: ``python bench/eval_scorecard.py [--corpus ../shared/corpus] [--json] [--set S]``; each
set is reported separately (a held-out set may be absent or empty).
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path

import huazhongdian as hzd
from huazhongdian.across.scorecard import ledger, scorecard
from huazhongdian.across.scorecard_data import _parts, base_unit_of
from huazhongdian.read.normalise import normalise

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import HELD_OUT_SETS, development_sets, reference_sets  # noqa: E402  (bench/heldout.py, beside this script)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import held_out_files, held_out_pairs  # noqa: E402  (bench/heldout.py, beside this script)


def _digest(path: Path, cache: dict) -> hzd.Digest:
    if path not in cache:
        cache[path] = hzd.digest(hzd.read(str(path)))
    return cache[path]


def _find_in(text: str, quote: str, part: tuple[int, int]) -> int:
    """Where ``quote`` is in ``text``: its first occurrence inside ``part`` (a report's plan or
    review range), else its first occurrence anywhere (-1: nowhere)."""
    at = text.find(quote, part[0])
    return at if 0 <= at < part[1] else text.find(quote)


def _unit_family(unit: str | None) -> str | None:
    return None if not unit else "%" if unit == "%" else base_unit_of(unit)[1] or unit


def _same_value(g: dict, got) -> bool:
    """The gold's value as written, or the same amount in another unit of its family
    (18.3亿元 against the reader's 1830000000元: compared on base values)."""
    want = Decimal(g["realised_value"])
    if want == got.value:
        return True
    unit = g.get("realised_unit")
    if not unit or unit == "%" or got.value is None or not got.unit or got.unit == "%":
        return False
    (f_want, b_want), (f_got, b_got) = base_unit_of(unit), base_unit_of(got.unit)
    return bool(b_want) and b_want == b_got and want * f_want == got.value * f_got


def evaluate(folder: Path, corpus: Path) -> dict:
    cache: dict = {}
    n = ledger_hit = value_hit = status_hit = 0
    misses: list[str] = []
    per_file: dict[str, list[int]] = {}
    for gold_file in sorted(folder.glob("*.json")):
        before = (n, ledger_hit, value_hit, status_hit)
        gold = json.loads(gold_file.read_text("utf-8"))
        old, new = _digest(corpus / gold["old"], cache), _digest(corpus / gold["new"], cache)
        rows = ledger(old)
        scored = scorecard(old, new, rows)
        for g in gold["rows"]:
            n += 1
            # Quotes are cut from the corpus file; the tool reads it normalised (％ → %, 8 ．8 ％ → 8.8%).
            t_quote = normalise(g["target_quote"])
            # The quote inside OLD's plan part (a five-year review may state the same words first:
            # 2023's 居民收入增长与经济增长基本同步), else its first occurrence.
            t_at = _find_in(old.document.text, t_quote, _parts(old.document)[1])
            t_end = t_at + len(t_quote)
            if t_at < 0:
                misses.append(f"{gold_file.name}: target quote not in the text: {g['target_quote']}")
                continue
            found = [r for r in scored if r.ledger.target.start < t_end and t_at < r.ledger.target.end]
            # A quote holding two figures (增加300亿元以上，比上年增长20%以上) is the row the gold's
            # realised unit is in (%: the 20%), else the first.
            want = _unit_family(g.get("realised_unit"))
            # (A words-only row whose realised figure is in that unit too: 支出总数为…；收支平衡 → the
            # balance row answered by 支出超过收入十八亿三千万元.)
            match = next((r for r in found if want and (_unit_family(r.ledger.target.unit) == want or (
                not r.ledger.target.unit and r.realised is not None and _unit_family(r.realised.unit) == want))),
                         found[0] if found else None)
            if match is None:
                misses.append(f"{gold_file.name}: ledger lacks {g['target_quote']}")
                continue
            ledger_hit += 1
            got = match.realised
            if g["realised_quote"] is None:
                ok = got is None
            else:
                r_quote = normalise(g["realised_quote"])
                q_at = _find_in(new.document.text, r_quote, _parts(new.document)[0])
                q_end = q_at + len(r_quote)
                ok = (got is not None and _same_value(g, got) and got.start < q_end and q_at < got.end)
            value_hit += ok
            if not ok:
                misses.append(f"{gold_file.name}: {g['metric']} realised {got.text if got else None!r}"
                              f" want {g['realised_quote']!r}")
            status_hit += match.status == g["status"]
            if match.status != g["status"]:
                misses.append(f"{gold_file.name}: {g['metric']} status {match.status} want {g['status']}")
        if {gold["old"], gold["new"]} & held_out_files() or (gold["old"], gold["new"]) in held_out_pairs():
            # Counted, but no line of a held-out file's text is printed (bench/heldout.py).
            hidden = [m for m in misses if m.startswith(gold_file.name + ":")]
            misses = [m for m in misses if m not in hidden]
            if hidden:
                misses.append(f"{gold_file.name}: {len(hidden)} miss lines of a held-out file not shown")
        per_file[gold_file.stem] = [a - b for a, b in zip((n, ledger_hit, value_hit, status_hit), before)]
    ratio = (lambda k: round(k / n, 3) if n else None)
    return {"rows": n, "ledger_recall": ratio(ledger_hit), "realised_accuracy": ratio(value_hit),
            "status_accuracy": ratio(status_hit), "per_file": per_file, "misses": misses}


DEVELOPMENT_SETS = development_sets("scorecard")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", action="store_true",
                        help="print the missed rows' quotes (refused for a held-out set: its figures only)")
    parser.add_argument("--set", choices=(*reference_sets("scorecard"), "all"),
                        default="all",
                        help=f"all: the development sets ({', '.join(DEVELOPMENT_SETS)}); {', '.join(HELD_OUT_SETS)} held out: "
                             "run it only by name, for a labelled run")
    args = parser.parse_args()
    held_out = args.set in HELD_OUT_SETS
    if held_out and args.show:
        parser.error(f"--set {args.set} is held out: no quote of it is printed (run without --show)")
    report = {}
    # "all" is the development sets only: a held-out set runs only when named.
    for name in DEVELOPMENT_SETS if args.set == "all" else (args.set,):
        folder = ROOT / "tests" / "gold" / "scorecard" / name
        report[name] = evaluate(folder, args.corpus) if folder.is_dir() else {"rows": 0}
    if held_out:
        for r in report.values():
            r.pop("misses", None)   # a held-out set's quotes stay unread: figures only
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    for name, r in report.items():
        print(f"{name}: {r['rows']} rows  ledger recall {r.get('ledger_recall')}  "
              f"realised {r.get('realised_accuracy')}  status {r.get('status_accuracy')}")
        for name_, (rows, led, val, st) in r.get("per_file", {}).items():
            print(f"  {name_}: {rows} rows  ledger {led}/{rows}  realised {val}/{rows}  status {st}/{rows}")
        for miss in r.get("misses", []) if args.show else ():
            print("   ", miss)


if __name__ == "__main__":
    sys.exit(main())
