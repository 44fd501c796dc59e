"""Indicator extraction against the hand-annotated gold set, with jionlp and cn2an as baselines.

The gold lives in ``tests/gold/indicators/<doc>.tsv``; each file annotates every quantitative
statement of the passages copied to ``tests/fixtures/indicators/<doc>.txt``. A gold row is
located by searching its ``context`` (unique in the passage file) and then its ``text``
inside it, so the gold survives changes to normalisation. Rows of kind ``none`` are
negatives: strings that must not produce an indicator.

A prediction matches a gold indicator when their spans overlap and the values are equal
(both null for "first"). Precision counts every prediction in the passages.

    .venv/bin/python bench/eval_indicators.py                  # ours + jionlp + cn2an
    .venv/bin/python bench/eval_indicators.py --no-baselines   # ours only (what the test runs)
    .venv/bin/python bench/eval_indicators.py --write          # also refresh BENCHMARKS.md
    .venv/bin/python bench/eval_indicators.py --speed ../shared/corpus   # add extraction vs digest timing
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import warnings
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "indicators"
FIXTURES = ROOT / "tests" / "fixtures" / "indicators"
KINDS = ("level", "change", "rank", "share", "count", "streak", "multiple", "first")
COMMAND = ".venv/bin/python bench/eval_indicators.py --write"
BEGIN, END = "<!-- indicators:begin -->", "<!-- indicators:end -->"
PLACEHOLDER = "<!-- indicators: replace this line -->"


@dataclass(frozen=True, slots=True)
class Gold:
    doc: str
    context: str
    text: str
    start: int
    end: int
    value: Decimal | None
    unit: str
    qualifier: str | None
    from_value: Decimal | None
    kind: str
    direction: str | None
    metric: str


@dataclass(slots=True)
class GoldDoc:
    name: str
    doc: object  # huazhongdian.types.Document
    positives: list[Gold] = field(default_factory=list)
    negatives: list[Gold] = field(default_factory=list)


def _dec(text: str) -> Decimal | None:
    return Decimal(text) if text.strip() else None


def load_gold(gold_dir: Path = GOLD, fixtures: Path = FIXTURES) -> list[GoldDoc]:
    """Read every gold TSV and locate its rows in the fixture passages (raises on a bad row)."""
    from huazhongdian.load import read_text
    from huazhongdian.read.normalise import normalise

    out = []
    problems: list[str] = []
    for tsv in sorted(gold_dir.glob("*.tsv")):
        passage = fixtures / f"{tsv.stem}.txt"
        doc = read_text(passage.read_text(encoding="utf-8"), source=str(passage))
        gdoc = GoldDoc(tsv.stem, doc)
        lines = [ln for ln in tsv.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            context, text = normalise(row["context"]), normalise(row["text"])
            at = doc.text.find(context)
            if at < 0 or doc.text.find(context, at + 1) >= 0:
                problems.append(f"{tsv.name}: context {row['context']!r} is missing or not unique")
                continue
            inner = context.find(text)
            if inner < 0:
                problems.append(f"{tsv.name}: text {row['text']!r} not inside context {row['context']!r}")
                continue
            start = at + inner
            gold = Gold(tsv.stem, context, text, start, start + len(text), _dec(row["value"]), row["unit"],
                        row["qualifier"] or None, _dec(row["from_value"]), row["kind"], row["direction"] or None,
                        row["metric"])
            (gdoc.negatives if gold.kind == "none" else gdoc.positives).append(gold)
        out.append(gdoc)
    if problems:
        raise ValueError("bad gold rows:\n" + "\n".join(problems))
    return out


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _same(a: Decimal | None, b: Decimal | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a == b)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Report:
    system: str
    scope: str
    gold: int
    predicted: int
    matched: int
    negatives: int = 0
    negatives_hit: int = 0
    per_kind: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # gold, predicted, matched
    accuracy: dict[str, tuple[int, int]] = field(default_factory=dict)       # field → right, total
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def acc(self, name: str) -> float:
        right, total = self.accuracy.get(name, (0, 0))
        return right / total if total else 1.0


def _metric_ok(gold: str, pred: str) -> bool:
    return bool(gold) and bool(pred) and (gold in pred or pred in gold)


def score_ours(gold_docs: list[GoldDoc]) -> Report:
    """Run extract_indicators over each passage file and score it against the gold."""
    from huazhongdian.extract.indicators import extract_indicators

    report = Report("huazhongdian", "all indicators", 0, 0, 0)
    kinds: dict[str, list[int]] = {k: [0, 0, 0] for k in KINDS}
    acc: dict[str, list[int]] = {k: [0, 0] for k in ("kind", "unit", "qualifier", "from_value", "direction", "metric")}
    for gdoc in gold_docs:
        preds = extract_indicators(gdoc.doc)  # type: ignore[arg-type]
        used: set[int] = set()
        report.gold += len(gdoc.positives)
        report.predicted += len(preds)
        for pred in preds:
            kinds.setdefault(pred.kind, [0, 0, 0])[1] += 1
        for gold in gdoc.positives:
            kinds.setdefault(gold.kind, [0, 0, 0])[0] += 1
            hit = next((i for i, p in enumerate(preds) if i not in used
                        and _overlaps(p.start, p.end, gold.start, gold.end) and _same(p.value, gold.value)), None)
            if hit is None:
                report.misses.append(f"{gdoc.name}: {gold.text} ({gold.kind}, {gold.value})")
                continue
            used.add(hit)
            pred = preds[hit]
            report.matched += 1
            if pred.kind == gold.kind:
                kinds[gold.kind][2] += 1
            checks = {
                "kind": pred.kind == gold.kind,
                "unit": pred.unit == gold.unit,
                "qualifier": pred.qualifier == gold.qualifier,
                "direction": pred.direction == gold.direction,
                "metric": _metric_ok(gold.metric, pred.metric),
            }
            if gold.from_value is not None or pred.from_value is not None:
                checks["from_value"] = _same(pred.from_value, gold.from_value)
            for name, ok in checks.items():
                acc[name][0] += ok
                acc[name][1] += 1
        for i, pred in enumerate(preds):
            if i not in used:
                report.false_positives.append(f"{gdoc.name}: {pred.text} ({pred.kind}) in …{pred.sentence[:40]}")
        report.negatives += len(gdoc.negatives)
        report.negatives_hit += sum(any(_overlaps(p.start, p.end, n.start, n.end) for p in preds)
                                    for n in gdoc.negatives)
    report.per_kind = {k: tuple(v) for k, v in kinds.items()}  # type: ignore[misc]
    report.accuracy = {k: tuple(v) for k, v in acc.items()}  # type: ignore[misc]
    return report


def _gold_base(gold: Gold, value: Decimal | None) -> Decimal | None:
    """A gold value in base units (4000 亿元 → 400000000000) for baselines that only report that."""
    if value is None:
        return None
    factor = Decimal(1)
    for ch in gold.unit:
        if ch == "万":
            factor *= 10**4
        elif ch == "亿":
            factor *= 10**8
        else:
            break
    return value * factor


def score_jionlp(gold_docs: list[GoldDoc]) -> Report:
    """jionlp's money extractor on the money indicators (unit ending in 元): span overlap + base value.

    A jionlp mention that is the start of a gold from→to move (从一万亿元…) is neither a match
    nor a false positive, since our gold folds the move into one indicator.
    """
    import jionlp as jio  # heavy: only here

    report = Report("jionlp extract_money", "money indicators", 0, 0, 0)
    for gdoc in gold_docs:
        money = [g for g in gdoc.positives if g.unit.endswith("元")]
        preds = [(p["offset"][0], p["offset"][1], _jio_value(p)) for p in
                 jio.ner.extract_money(gdoc.doc.text, ret_all=True)]  # type: ignore[attr-defined]
        report.gold += len(money)
        used: set[int] = set()
        ignored: set[int] = set()
        for gold in money:
            base = _gold_base(gold, gold.value)
            start_base = _gold_base(gold, gold.from_value)
            for i, (start, end, value) in enumerate(preds):
                if i in used or not _overlaps(start, end, gold.start, gold.end):
                    continue
                if value == base:
                    used.add(i)
                    report.matched += 1
                elif start_base is not None and value == start_base:
                    ignored.add(i)
        report.predicted += len(preds) - len(ignored - used)
    return report


def _jio_value(pred: dict) -> Decimal:
    num = pred["detail"]["num"]
    return Decimal(num[0] if isinstance(num, list) else num)


_ARABIC = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def score_cn2an(gold_docs: list[GoldDoc]) -> tuple[Report, Report, Report]:
    """cn2an's ``transform`` as a numeral converter: does the gold value appear in its output?

    Each gold indicator's context string is transformed and the gold value (as written or in
    base units) looked for among the arabic numbers of the output. Scored on every gold
    indicator with a value and, separately, on those written in Chinese numerals (where ours
    is scored the same way, on the same context). Negatives count as hit when transform
    rewrites them into digits.
    """
    import cn2an

    every = Report("cn2an transform", "values of all indicators", 0, 0, 0)
    chinese = Report("cn2an transform", "values written in Chinese numerals", 0, 0, 0)
    ours = Report("huazhongdian", "values written in Chinese numerals", 0, 0, 0)
    from huazhongdian.extract.indicators import indicators_in_text

    for gdoc in gold_docs:
        for gold in gdoc.positives:
            if gold.value is None or gold.kind == "share" and "/" in gold.text:
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # cn2an warns on every form it cannot read
                out = cn2an.transform(gold.context, "cn2an")
            found = {Decimal(m.group()) for m in _ARABIC.finditer(out)}
            base = _gold_base(gold, gold.value)
            ok = gold.value in found or base in found or (gold.value * 100 in found if gold.kind == "share" else False)
            is_cn = not any(ch.isdigit() for ch in gold.text)
            for rep in (every, chinese) if is_cn else (every,):
                rep.gold += 1
                rep.predicted += 1
                rep.matched += ok
            if is_cn:
                mine = indicators_in_text(gold.context)
                ours.gold += 1
                ours.predicted += 1
                ours.matched += any(_same(p.value, gold.value) for p in mine)
        for neg in gdoc.negatives:
            every.negatives += 1
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                every.negatives_hit += cn2an.transform(neg.text, "cn2an") != neg.text
    return every, chinese, ours


def render_table(ours: Report, baselines: list[Report], splits: list[Report] = ()) -> str:  # type: ignore[assignment]
    """The BENCHMARKS.md block: overall scores, per-kind scores, field accuracies, baselines."""
    lines = [
        f"Gold: {ours.gold} hand-annotated indicators and {ours.negatives} negatives in "
        f"`tests/gold/indicators/` (national 2025, 2019, 2010, 1993 and 1954, Guangdong, Zhejiang and Sichuan 2026, "
        f"Hailar district 2019 and 2015, the 18th and 20th CPC congress reports, the Guangming seed "
        f"article). The `heldout-*` files were annotated before the extractor was ever run on them; its "
        f"first runs there scored precision 0.986 / recall 1.000 (batch 1, 71 indicators) and 0.980 / "
        f"1.000 with kind accuracy 0.958 (batch 2, 48 indicators); batch 3 (the 1993 national report, "
        f"39 indicators mostly in Chinese numerals, annotated before the Chinese-numeral grammar was "
        f"written) scored 1.000 / 1.000 with kind accuracy 0.949 on its first run; batch 4 (the 1954 national "
        f"report in traditional characters, 34 indicators, annotated before the extractor read the "
        f"traditional→simplified matching text) scored 0.971 / 0.971, the one miss a wrong label. The gaps they showed were then "
        f"fixed, so the held-out row below is no longer blind. The other files were used while writing "
        f"the grammar. A match is span overlap plus equal value. Baselines do "
        f"what they can: jionlp on the money indicators (span overlap plus equal amount in 元), cn2an "
        f"as a converter (is the gold value among the numbers of `transform(context)`). "
        f"Command: `{COMMAND}`.",
        "",
        "| system | scope | gold | predicted | precision | recall | F1 |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for rep in [ours, *splits, *baselines]:
        lines.append(f"| {rep.system} | {rep.scope} | {rep.gold} | {rep.predicted} | {rep.precision:.3f} | "
                     f"{rep.recall:.3f} | {rep.f1:.3f} |")
    lines += ["", "| kind | gold | predicted | right kind | precision | recall |", "|---|---:|---:|---:|---:|---:|"]
    for kind, (g, p, m) in ours.per_kind.items():
        prec = m / p if p else 0.0
        rec = m / g if g else 0.0
        lines.append(f"| {kind} | {g} | {p} | {m} | {prec:.3f} | {rec:.3f} |")
    accs = ", ".join(f"{name} {ours.acc(name):.3f} ({ours.accuracy[name][1]})" for name in ours.accuracy)
    lines += ["", f"On matched indicators — accuracy (n): {accs}. "
              f"Negatives producing an indicator: {ours.negatives_hit}/{ours.negatives}."]
    cn = next((r for r in baselines if r.system == "cn2an transform" and r.negatives), None)
    if cn is not None:
        lines.append(f"cn2an transform rewrote {cn.negatives_hit}/{cn.negatives} negatives into digits "
                     f"(e.g. 一城三区 → 1城3区).")
    return "\n".join(lines)


SPEED_FILES = ("national-2025-gov-work-report.txt", "guangdong-2026-gov-work-report.txt",
               "national-2026-15th-five-year-plan-outline.txt")


def measure_speed(corpus: Path, repeat: int = 5) -> list[str]:
    """Indicator extraction time against the whole digest, best of ``repeat``, per report."""
    import time

    from huazhongdian.digest import digest
    from huazhongdian.extract.indicators import extract_indicators
    from huazhongdian.load import read

    rows = ["", "| report | chars | indicators | extract_indicators | digest | share of digest |",
            "|---|---:|---:|---:|---:|---:|"]
    for name in SPEED_FILES:
        doc = read(corpus / name)
        digest(doc)  # warm caches (jieba dictionary, cue files) before timing
        best_ind = best_dig = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            found = extract_indicators(doc)
            t1 = time.perf_counter()
            digest(doc)
            t2 = time.perf_counter()
            best_ind, best_dig = min(best_ind, t1 - t0), min(best_dig, t2 - t1)
        rows.append(f"| {name} | {doc.chars} | {len(found)} | {best_ind * 1000:.1f} ms | {best_dig * 1000:.0f} ms | "
                    f"{best_ind / best_dig:.1%} |")
    return rows


def write_benchmarks(block: str, path: Path = ROOT / "BENCHMARKS.md") -> None:
    text = path.read_text(encoding="utf-8")
    wrapped = f"{BEGIN}\n{block}\n{END}"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + wrapped + rest.split(END, 1)[1]
    elif PLACEHOLDER in text:
        text = text.replace(PLACEHOLDER, wrapped)
    else:
        raise SystemExit(f"{path}: no indicators placeholder or block to replace")
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-baselines", action="store_true", help="skip jionlp and cn2an")
    parser.add_argument("--write", action="store_true", help="refresh the indicators block in BENCHMARKS.md")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and false positives")
    parser.add_argument("--speed", type=Path, metavar="CORPUS",
                        help="also time extract_indicators against digest on reports in this folder")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    gold_docs = load_gold()
    ours = score_ours(gold_docs)
    dev = score_ours([g for g in gold_docs if not g.name.startswith("heldout-")])
    held = score_ours([g for g in gold_docs if g.name.startswith("heldout-")])
    dev.scope, held.scope = "development passages", "held-out passages"
    baselines: list[Report] = []
    if not args.no_baselines:
        baselines.append(score_jionlp(gold_docs))
        every, chinese, ours_cn = score_cn2an(gold_docs)
        baselines += [every, chinese, ours_cn]
    block = render_table(ours, baselines, [dev, held])
    if args.speed:
        block += "\n".join(["", "", f"Speed (best of 5, `{COMMAND} --speed ../shared/corpus`):",
                            *measure_speed(args.speed)])
    print(block)
    if args.verbose:
        print("\nmisses:", *ours.misses, sep="\n  ")
        print("\nfalse positives:", *ours.false_positives, sep="\n  ")
    if args.write:
        write_benchmarks(block)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
