"""How close each output's 划重点 comes to what an editor would publish (issue #12).

Reference facts are written by hand, before the selection ran on them, one JSON per report:
tests/gold/digest/dev/ (development: the code was tuned looking at these) and
tests/gold/digest/heldout/ (never looked at while tuning; first-run figures) and
tests/gold/digest/fresh/ (the fourth, newest held-out set: Fujian 2026, Gansu 2026, Hailar 2013,
written by hand on 2026-12-03 before any digest code ran on them; report its first run) and
tests/gold/digest/fresh2/ (the fifth held-out set: Jiangxi 2026, the 19th CPC congress 2017, Hailar 2016,
written by hand on 2026-12-03 from the raw text before any code ran on them; report its first run) and
tests/gold/digest/fresh3/ (the sixth held-out set: Shandong 2026, the 18th CPC congress 2012, Hailar 2018
and, where written, Guizhou 2026; by hand from the raw text, 2026-12-03, before any code ran on them) and
tests/gold/digest/fresh4/ (the seventh held-out set: national 2024, Zhejiang 2026, Yunnan 2026, Hailar 2017,
the 17th CPC congress 2007; by hand from the raw text, 2026-12-04, before the digest ran on them) and
tests/gold/digest/fresh5/ (the eighth held-out set, written by hand on 2026-12-04 late before any digest
code ran on it: national 2019, Jilin, Chongqing and Xinjiang 2026, the 14th CPC congress 1992) and
tests/gold/digest/fresh6/ (the ninth held-out set, written by hand on 2026-12-07 from the raw text before
any digest code ran on it: Anhui, Hubei and Ningxia 2026, national 2022, the 12th CPC congress 1982) and
tests/gold/digest/fresh7/ (the tenth held-out set, files named 2026-12-07 before any label was written:
Tianjin, Xizang and Qinghai 2026, national 2023, the 11th CPC congress 1977) and
tests/gold/digest/fresh8/ (the eleventh: Beijing, Hebei, Jiangsu 2026, national 2001 and 1984) and
tests/gold/digest/fresh9/ (the twelfth, named 2026-12-07 23:03 UTC before any label: national 1988, 1997,
2006, 2014) and tests/gold/digest/oldgov/ (development, labelled the same way at the same time: national
1954, 1980, 1986, 1993, 1999, 2009 — old national government work reports, tuned on after their first run).
fresh3 and fresh4 are development data since their final held-out runs (2026-12-04, figures in
BENCHMARKS.md); fresh5, fresh6 and fresh7 are development data since their first runs (2026-12-07); the
held-out sets are named in bench/heldout.py (fresh8, fresh9). Each fact is
``{"figure", "subject", "quote", "mode", "period"}``; ``quote`` is an exact substring of
``hzd.read(file).text`` and contains ``figure`` (``null`` for a qualitative fact).

Per output (md, html, poster, web page, json view) it reports:

* recall of the facts in the bullets the output shows (a fact is in a bullet when the bullet's
  span contains the figure's occurrence inside the quote's span — json view; outputs without
  offsets: the figure and the first characters of the subject in one bullet), and in a bullet
  or the targets table;
* cards: facts on a card with a right subject and period, and of the cards that show a
  reference fact, how many carry a right label and period (all cards listed for a hand check). A card
  shows a fact when it has the fact's figure and either carries its subject or its figure's span (the
  card's ``f-<start>-<end>`` id) lies in the fact's quote: "2%左右 居民消费价格指数上涨" is not the fact
  一般公共预算收入增长2%左右, so it is not counted as that fact's card labelled wrong (wt-cards8; before, a
  card matched every fact of its figure);
* median bullet length by mode, bullets per output;
* framing / heading / problem bullets counted with the cues of data/news_value.toml, those in
  the first 3 of a theme, and a sample of every bullet so counted, for a hand check.

Runs on any version of the code (the baseline has no ``view`` in its JSON: its json bullets are
the items, and its web page, Markdown and HTML are parsed the same way).

    PYTHONPATH=src python bench/eval_digest.py --set dev [--show]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import huazhongdian as hzd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import CHECK_SETS, HELD_OUT_SETS, development_sets, reference_sets  # noqa: E402  (bench/heldout.py, beside this script)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "digest"
CORPUS = Path(os.environ.get("HZD_SHARED", ROOT.parent / "shared")) / "corpus"
CUES = tomllib.loads((ROOT / "src" / "huazhongdian" / "data" / "news_value.toml").read_text("utf-8"))["cues"]
SUBJECT_CHARS = 4


def cue_kind(text: str) -> str:
    if any(re.search(p, text) for p in CUES["list_leads"]):
        return "heading"
    if any(w in text for w in CUES["problems"]):
        return "problem"
    if any(w in text for w in CUES["framing"] + CUES["praise"]) or any(re.search(p, text) for p in
                                                                       CUES["framing_patterns"]):
        return "framing"
    return ""


# --- the outputs, as lists of (mode, theme, bullet text) -------------------------------------

_SOURCE_NOTE = re.compile(r"（[^（）]*(?:（[^（）]*）[^（）]*)*第\d+段）$")


def md_bullets(md: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    """(bullets shown under the review/plan headings, targets-table cells)."""
    out, targets, mode, theme = [], [], "", ""
    for line in md.splitlines():
        if line.startswith("## "):
            mode = ("achievement" if "回顾" in line else "plan" if "安排" in line or "时期目标" in line or "今后的任务" in line else
                    "other" if "其他要点" in line else "")
            in_targets = "主要预期目标" in line
            theme = ""
            continue
        if line.startswith("### "):
            theme = line[4:]
            continue
        if mode and line.startswith("- ") and not line.startswith("- ……"):
            text = _SOURCE_NOTE.sub("", line[2:].replace("**", "")).rstrip()
            out.append((mode, theme, text))
        elif "in_targets" in locals() and in_targets and line.startswith("| ") and "---" not in line:
            targets.append(line)
    return out, targets


class _Html(HTMLParser):
    """Bullets of the HTML digest (ul.bullets li) or the web page (ul.items li), outside <details>."""

    def __init__(self, li_class: str) -> None:
        super().__init__(convert_charrefs=True)
        self.li_class, self.bullets, self.details = li_class, [], 0
        self.mode, self.theme, self.cur, self.in_h = "", "", None, ""
        self.ul_ok = False
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "details":
            self.details += 1
        if tag in ("h2", "h3"):
            self.in_h, self.buf = tag, ""
        if tag == "ul":
            self.ul_ok = self.li_class in (a.get("class") or "").split()
        if tag == "li" and self.ul_ok and not self.details:
            self.cur = ""
        if tag == "a" and "src" in (a.get("class") or "").split():
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "details":
            self.details -= 1
        if tag == self.in_h:
            if tag == "h2":
                self.mode = ("achievement" if "回顾" in self.buf else
                             "plan" if "安排" in self.buf or "时期目标" in self.buf or "今后的任务" in self.buf else
                             "other" if "其他要点" in self.buf else "")
            else:
                self.theme = self.buf
            self.in_h = ""
        if tag == "li" and self.cur is not None:
            if self.mode:
                self.bullets.append((self.mode, self.theme, self.cur.strip()))
            self.cur = None
        if tag == "a" and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if self.in_h:
            self.buf += data
        if self.cur is not None and not self.skip:
            self.cur += data


def html_bullets(html: str, li_class: str) -> list[tuple[str, str, str]]:
    p = _Html(li_class)
    p.feed(html)
    return p.bullets


def web_page(d) -> str:
    from huazhongdian.web.pages import digest_context, render_page

    return render_page("digest.html", active="digest", **digest_context(d)).body.decode("utf-8")


def poster_text(d) -> str:
    from huazhongdian.render.poster import layout_poster

    runs = [op.text for op in layout_poster(d).ops if hasattr(op, "text")]
    return "".join(runs)


def json_view(d) -> tuple[list[dict], list[dict]]:
    """(bullets shown, cards) of the JSON: its ``view`` when it has one, else its items."""
    from huazhongdian.render.json import digest_to_dict

    data = digest_to_dict(d)
    if "view" in data:
        return [b for b in data["view"]["bullets"] if b["shown"]], data["view"]["cards"]
    return ([{"text": i["text"], "start": i["start"], "end": i["end"], "mode": i["mode"], "theme": i["theme"]}
             for i in data["items"]], [])


def view_cards(d) -> list[dict]:
    from huazhongdian.render.view import build_view

    return _card_dicts(build_view(d).cards)


def poster_card_list(d) -> list[dict]:
    """The cards the poster draws (the view's six and up to three headline results it adds)."""
    from huazhongdian.render.poster import poster_cards

    return _card_dicts(poster_cards(d))


def _card_dicts(cards) -> list[dict]:
    return [{"id": c.id, "number": f"{c.prefix}{c.number}{c.unit}", "label": c.label, "period": c.tag}
            for c in cards]


# --- matching ---------------------------------------------------------------------------------

_DIGITS = "0123456789０１２３４５６７８９"


def figure_at(fig: str, text: str) -> list[int]:
    """Where ``fig`` stands in ``text`` as a whole number: "4.9%" is not in "14.9%" nor in "4.95%"
    (a figure that starts or ends on a digit must not touch another digit or a decimal point)."""
    out, i = [], text.find(fig)
    while i >= 0:
        before = text[i - 1] if i > 0 else ""
        after = text[i + len(fig):i + len(fig) + 2]
        bad_before = fig[:1] in _DIGITS and (before in _DIGITS or before == ".") and before != ""
        bad_after = fig[-1:] in _DIGITS and after[:1] != "" and (after[:1] in _DIGITS
                                                              or (after[:1] == "." and after[1:2] in _DIGITS))
        if not (bad_before or bad_after):
            out.append(i)
        i = text.find(fig, i + 1)
    return out


def has_figure(fig: str, text: str) -> bool:
    return bool(figure_at(fig, text))


def _subject_in(fact: dict, text: str) -> bool:
    subject = fact["subject"]
    return subject[:SUBJECT_CHARS] in text or subject in text


def in_text(fact: dict, text: str) -> bool:
    fig = fact["figure"]
    if fig is None:
        return fact["quote"][:8] in text or fact["subject"] in text
    return has_figure(fig, text) and _subject_in(fact, text)


def in_span(fact: dict, doc_text: str, start: int, end: int) -> bool:
    q = doc_text.find(fact["quote"])
    if q < 0:
        return False
    if fact["figure"] is None:
        qs, qe = q, q + len(fact["quote"])
        return start < qe and qs < end and (min(end, qe) - max(start, qs)) >= min(6, qe - qs)
    f = q + fact["quote"].index(fact["figure"])
    return start <= f and f + len(fact["figure"]) <= end


def period_ok(fact: dict, tag: str) -> bool:
    period = fact["period"] or ""
    if period.isdigit():
        return period in tag and ("目标" in tag or "安排" in tag) == (fact["mode"] in ("target", "plan"))
    if period in ("十四五", "十五五"):
        return period in tag
    return not re.search(r"\d{4}年", tag)  # 十年 / undated: no single year claimed


def card_span(card: dict) -> tuple[int, int] | None:
    """The card's figure span in the document, from its id ``f-<start>-<end>`` (None for a card without one)."""
    m = re.fullmatch(r"f-(\d+)-(\d+)", card.get("id") or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def _in_quote(fact: dict, doc_text: str, span: tuple[int, int]) -> bool:
    quote, at = fact["quote"], doc_text.find(fact["quote"])
    while at >= 0:
        if at <= span[0] and span[1] <= at + len(quote):
            return True
        at = doc_text.find(quote, at + 1)
    return False


def card_ok(fact: dict, card: dict, doc_text: str = "") -> tuple[bool, bool]:
    """(the card shows this fact, and its label and period are right). A card shows the fact when it has
    its figure and carries its subject, or its figure's span lies in the fact's quote (``doc_text`` given and
    the card keeps its span); a card of the same figure and another subject shows another fact."""
    fig = fact["figure"]
    # Whole numbers only: the reference's 4.9% is not on a card of 14.9%.
    if fig is None or not (has_figure(fig, card["number"]) or has_figure(card["number"], fig)):
        return False, False
    subject = fact["subject"]
    label_ok = subject[:SUBJECT_CHARS] in card["label"] or card["label"][:SUBJECT_CHARS] in subject
    span = card_span(card) if doc_text else None
    shows = label_ok or (span is not None and _in_quote(fact, doc_text, span))
    return shows, shows and label_ok and period_ok(fact, card["period"])


# --- per report -------------------------------------------------------------------------------

def evaluate(gold: dict) -> dict:
    from huazhongdian.render.markdown import render_markdown
    from huazhongdian.render.html import render_html

    doc = hzd.read(CORPUS / gold["file"])
    d = hzd.digest(doc)
    facts = gold["facts"]
    md = render_markdown(d)
    md_b, md_targets = md_bullets(md)
    outputs = {
        "md": md_b,
        "html": html_bullets(render_html(d), "bullets"),
        "web": html_bullets(web_page(d), "items"),
    }
    jb, jcards = json_view(d)
    outputs["json"] = [(b["mode"], b["theme"], b["text"]) for b in jb]
    cards = jcards or view_cards(d)
    poster = poster_text(d)
    targets_text = "\n".join(md_targets)
    res: dict = {"file": gold["file"], "facts": len(facts), "outputs": {}, "cards": cards}
    for name, bullets in outputs.items():
        if name == "json":
            hit = [any(in_span(f, doc.text, b["start"], b["end"]) for b in jb) for f in facts]
        else:
            hit = [any(in_text(f, b[2]) for b in bullets) for f in facts]
        with_targets = [h or (f["figure"] is not None and any(has_figure(f["figure"], row) and _subject_in(f, row)
                                                             for row in md_targets)) for h, f in zip(hit, facts)]
        lengths = {m: [len(b[2]) for b in bullets if b[0] == m] for m in ("achievement", "plan")}
        flagged = [(cue_kind(b[2]), b[2]) for b in bullets if cue_kind(b[2])]
        first3 = _first3_flagged(bullets)
        res["outputs"][name] = {
            "recall": sum(hit) / len(facts), "recall_or_targets": sum(with_targets) / len(facts),
            "bullets": len(bullets),
            "lengths": lengths,
            "flagged": len(flagged), "flagged_first3": len(first3), "sample": flagged[:6] + first3[:6],
            "missed": [f["quote"] for f, h in zip(facts, with_targets) if not h],
        }
    # The poster: cards, bullets and targets all count (its text runs are wrapped, so match in a window).
    p_hit = [_in_poster(f, poster) for f in facts]
    res["outputs"]["poster"] = {"recall": sum(p_hit) / len(facts), "recall_or_targets": sum(p_hit) / len(facts),
                                "bullets": None, "lengths": {}, "flagged": None, "flagged_first3": None,
                                "sample": [], "missed": [f["quote"] for f, h in zip(facts, p_hit) if not h]}
    on_card = [any(card_ok(f, c, doc.text)[1] for c in cards) for f in facts]
    ref_cards = [(c, any(card_ok(f, c, doc.text)[1] for f in facts)) for c in cards
                 if any(card_ok(f, c, doc.text)[0] for f in facts)]
    res["cards_recall"] = sum(on_card) / len(facts)
    res["cards_right"] = (sum(ok for _, ok in ref_cards), len(ref_cards))
    # (the poster's own cards: the view's and the headline results it adds, labels checked alike)
    shown = {(c.get("id"), c.get("label")) for c in cards}
    res["poster_cards"] = [c for c in poster_card_list(d) if (c["id"], c["label"]) not in shown]
    ref_extra = [any(card_ok(f, c, doc.text)[1] for f in facts) for c in res["poster_cards"]
                 if any(card_ok(f, c, doc.text)[0] for f in facts)]
    res["poster_cards_right"] = (sum(ref_extra) + res["cards_right"][0], len(ref_extra) + res["cards_right"][1])
    del targets_text
    return res


def _first3_flagged(bullets: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    seen: dict[tuple[str, str], int] = {}
    out = []
    for mode, theme, text in bullets:
        k = seen.get((mode, theme), 0)
        seen[(mode, theme)] = k + 1
        if k < 3 and cue_kind(text):
            out.append((cue_kind(text), text))
    return out


def _in_poster(fact: dict, poster: str) -> bool:
    if fact["figure"] is None:
        return fact["subject"] in poster
    for at in figure_at(fact["figure"], poster):
        window = poster[max(0, at - 40):at + len(fact["figure"]) + 20]
        if _subject_in(fact, window):
            return True
    return False


DEVELOPMENT_SETS = development_sets("digest")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=(*reference_sets("digest"), "all"),
                    default="dev",
                    help=f"all: the development sets ({', '.join(DEVELOPMENT_SETS)}); {', '.join(HELD_OUT_SETS)} held out: "
                         "run it only by name, for a labelled run")
    ap.add_argument("--show", action="store_true", help="print missed facts, cards and flagged samples")
    ap.add_argument("--json", action="store_true", help="print the raw results as JSON")
    ap.add_argument("--only", metavar="TEXT", help="only the reference files whose name contains TEXT")
    args = ap.parse_args(argv)
    if args.set in HELD_OUT_SETS + CHECK_SETS and (args.show or args.json or args.only):
        kind = "held out" if args.set in HELD_OUT_SETS else "a check set"
        ap.error(f"--set {args.set} is {kind}: its figures only (no --show, --json or --only: they print its quotes)")
    # "all" is the development sets only: a held-out set runs only when named, so that no
    # habitual "--set all" spends it.
    sets = DEVELOPMENT_SETS if args.set == "all" else (args.set,)
    all_results = {}
    for s in sets:
        files = sorted(f for f in (GOLD / s).glob("*.json") if not args.only or args.only in f.name)
        if not files:
            print(f"{s}: no reference files in {GOLD / s}", file=sys.stderr)
            continue
        results = [evaluate(json.loads(f.read_text("utf-8"))) for f in files]
        if s in CHECK_SETS:
            if args.json or args.only:
                continue   # a check set: its aggregate lines only, never its quotes (bench/heldout.py)
            report(s, results, False, per_report=False)
            continue
        all_results[s] = results
        if not args.json:
            report(s, results, args.show)
    if args.json:
        print(json.dumps(all_results, ensure_ascii=False, indent=1, default=str))
    return 0


def report(name: str, results: list[dict], show: bool, per_report: bool = True) -> None:
    n = sum(r["facts"] for r in results)
    print(f"== {name}: {len(results)} reports, {n} reference facts")
    print(f"{'output':8} {'bullet':>7} {'+targets':>9} {'bullets':>8} {'med.rev':>8} {'med.plan':>9} "
          f"{'flagged':>8} {'in top3':>8}")
    for out in ("md", "html", "web", "json", "poster"):
        rs = [r["outputs"][out] for r in results]
        w = lambda key: sum(r[key] * x["facts"] for r, x in zip(rs, results)) / n  # noqa: E731
        meds = {m: [x for r in rs for x in r["lengths"].get(m, [])] for m in ("achievement", "plan")}
        cnt = lambda key: "-" if rs[0][key] is None else str(sum(r[key] for r in rs))  # noqa: E731
        print(f"{out:8} {w('recall'):7.0%} {w('recall_or_targets'):9.0%} {cnt('bullets'):>8} "
              f"{_med(meds['achievement']):>8} {_med(meds['plan']):>9} {cnt('flagged'):>8} {cnt('flagged_first3'):>8}")
    cr = sum(r["cards_recall"] * r["facts"] for r in results) / n
    right, total = sum(r["cards_right"][0] for r in results), sum(r["cards_right"][1] for r in results)
    print(f"cards: {cr:.0%} of the facts on a card with a right label and period; "
          f"{right}/{total} cards showing a reference fact are labelled right")
    right, total = (sum(r["poster_cards_right"][i] for r in results) for i in (0, 1))
    print(f"poster cards (the view's and the results the poster adds): {right}/{total} showing a reference fact "
          "are labelled right")
    for r in results if per_report else ():   # figures per report: no text of the report or its reference
        o = r["outputs"]
        print(f"  {r['file']}: {r['facts']} facts  md {o['md']['recall_or_targets']:.0%}  "
              f"json {o['json']['recall_or_targets']:.0%}  poster {o['poster']['recall']:.0%}  "
              f"cards right {r['cards_right'][0]}/{r['cards_right'][1]}")
    if show:
        for r in results:
            print(f"-- {r['file']}")
            for c in r["cards"]:
                print(f"   card {c['number']} | {c['label']} | {c['period']}")
            for c in r["poster_cards"]:
                print(f"   poster card {c['number']} | {c['label']} | {c['period']}")
            print("   missed (md + targets):", "；".join(r["outputs"]["md"]["missed"]))
            print("   missed (poster):", "；".join(r["outputs"]["poster"]["missed"]))
            for kind, text in r["outputs"]["md"]["sample"]:
                print(f"   flagged {kind}: {text}")


def _med(values: list[float]) -> str:
    return f"{statistics.median(values):.0f}" if values else "-"


if __name__ == "__main__":
    sys.exit(main())
