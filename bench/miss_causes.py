"""Why each reference fact of a government report misses the Markdown digest (issue 12, wt-recall7).

For every fact of the development sets' government reports (bench/eval_digest.py's references; party-congress
reports and the held-out set are skipped) that is in no Markdown bullet nor the targets table, it prints the cause:

* ``below``: a bullet of the view holds it, ranked under its theme's shown top (its rank, the theme's shown count
  and the scores of the bullets shown, with ``-v``);
* ``shown``: a shown bullet holds its figure but not the reference's subject words (the cutter left the subject
  off, or the reference names it otherwise: "城镇居民" of "城镇和农村居民");
* ``none``: no bullet holds it (cut away from its sentence, or its sentence is no item: mode, filters);

and the count per cause. Development data only (--show level: it prints the references' quotes).

    PYTHONPATH=src python bench/miss_causes.py [--only TEXT] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_digest as ev  # noqa: E402  (bench/eval_digest.py, beside this script)

import huazhongdian as hzd  # noqa: E402


def causes(gold: dict, verbose: bool) -> list[tuple[str, str]]:
    from huazhongdian.render.markdown import render_markdown
    from huazhongdian.render.view import build_view

    doc = hzd.read(ev.CORPUS / gold["file"])
    d = hzd.digest(doc)
    view = build_view(d)
    bullets, targets = ev.md_bullets(render_markdown(d))
    out = []
    for fact in gold["facts"]:
        if any(ev.in_text(fact, b[2]) for b in bullets) or (fact["figure"] and any(
                ev.has_figure(fact["figure"], row) and ev._subject_in(fact, row) for row in targets)):
            continue
        found = [(g, t, r, b) for g in view.groups for t in g.themes for r, b in enumerate(t.bullets)
                 if ev.in_span(fact, doc.text, b.start, b.end)]
        if not found:
            out.append(("none", fact["quote"]))
            continue
        g, t, r, b = found[0]
        if r < t.shown:
            out.append(("shown", f"{b.text} (subject {fact['subject']})"))
            continue
        line = f"{g.key} {t.theme} rank {r} of {len(t.bullets)}, {t.shown} shown, score {b.score}: {b.text}"
        if verbose:
            line += "".join(f"\n        {x.score:6.2f} {x.text[:50]}" for x in t.bullets[:t.shown])
        out.append(("below", line))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", metavar="TEXT", help="only the reference files whose name contains TEXT")
    ap.add_argument("-v", action="store_true", help="list the shown bullets of a theme a fact ranked below")
    args = ap.parse_args(argv)
    total: Counter[str] = Counter()
    for s in ev.DEVELOPMENT_SETS:   # never the held-out sets nor a check set (its quotes stay unread)
        if s in ev.CHECK_SETS:
            continue
        for f in sorted((ev.GOLD / s).glob("*.json")):
            gold = json.loads(f.read_text("utf-8"))
            if gold.get("kind", "gov-work-report") != "gov-work-report" or (args.only and args.only not in f.name):
                continue
            print(f"== {s} {gold['file']}")
            for cause, line in causes(gold, args.v):
                total[cause] += 1
                print(f"  [{cause}] {line}")
    print(dict(total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
