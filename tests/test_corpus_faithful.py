"""Every document of the shared corpus, through the whole pipeline, with both built-in lenses.

The promise the project makes is that every fact is evidence: ``text[start:end] == fact.text``.
This runs the complete digest over all of ``../shared/corpus`` (recursively, 1954–2026, national,
provincial, district, party congress, plan outline) plus the seed article and checks that promise
for every fact type, on the JSON the contract publishes (so the Decimal → float edge is covered
too), and that items and tasks lie inside one sentence. About 40 s on two cores.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.render.json import digest_to_dict
from huazhongdian.structure import sentence_at

# Computed at collection time, the way tests/conftest.py finds the corpus; the `corpus`
# fixture still decides at run time (it skips when ../shared is absent).
_SHARED = Path(os.environ.get("HZD_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
_FILES = sorted(p for p in (_SHARED / "corpus").rglob("*.txt")) + sorted((_SHARED / "seed").glob("*.txt"))
_IDS = [str(p.relative_to(_SHARED)) for p in _FILES]


def _problems(doc: hzd.Document, data: dict) -> list[str]:
    """Every broken promise of one digest's JSON, as readable lines (empty when all hold)."""
    text = data["document"]["text"]
    out: list[str] = []
    if text != doc.text:
        out.append("document.text differs from Document.text")
    for key in ("indicators", "targets", "items", "tasks"):
        for fact in data[key]:
            if text[fact["start"]:fact["end"]] != fact["text"]:
                out.append(f"{key}: {fact['text'][:30]!r} at {fact['start']}")
    for ind in data["indicators"]:
        if text[ind["sentence_start"]:ind["sentence_end"]] != ind["sentence"]:
            out.append(f"indicator sentence: {ind['sentence'][:30]!r}")
        if not ind["sentence_start"] <= ind["start"] <= ind["end"] <= ind["sentence_end"]:
            out.append(f"indicator outside its sentence: {ind['text']!r}")
    for term in data["terms"]:
        if term["count"] != text.count(term["term"]) or term["count"] != len(term["spans"]):
            out.append(f"term count: {term['term']} {term['count']}")
        out += [f"term span: {term['term']}" for s, e in term["spans"] if text[s:e] != term["term"]]
    for ent in data["entities"]:
        if ent["count"] != len(ent["spans"]):
            out.append(f"entity count: {ent['name']}")
        out += [f"entity span: {ent['name']}" for s, e in ent["spans"] if text[s:e] != ent["name"]]
    heads = [(sec.start, sec.end) for sec in doc.sections]
    for item in data["items"]:
        sent = sentence_at(doc, item["start"])
        # A party congress's thesis heading ("（一）把发展科学技术和教育事业放在首要位置，……。") is an item of
        # its own: it lies inside its heading line, which is no sentence of the body.
        in_head = any(s <= item["start"] < item["end"] <= e for s, e in heads)
        if (sent is None or item["end"] > sent.end) and not in_head:
            out.append(f"item not inside one sentence or heading: {item['text'][:30]!r}")
        for k in item["indicator_ids"]:
            ind = data["indicators"][k]
            if not item["start"] <= ind["start"] <= ind["end"] <= item["end"]:
                out.append(f"item indicator outside the item: {ind['text']!r}")
    for task in data["tasks"]:
        sent = sentence_at(doc, task["start"])
        in_head = any(s <= task["start"] < task["end"] <= e for s, e in heads)   # a thesis heading's task
        if (sent is None or task["end"] > sent.end) and not in_head:
            out.append(f"task not inside one sentence or heading: {task['text'][:30]!r}")
        if not task["text"].startswith(task["verb"]):
            out.append(f"task verb {task['verb']!r} does not open {task['text'][:20]!r}")
    for sent in doc.sentences:
        if text[sent.start:sent.end] != sent.text:
            out.append(f"sentence: {sent.text[:30]!r}")
    view = data["view"]
    for b in view["bullets"] + view["lede"]:
        if text[b["start"]:b["end"]] != b["text"] or not b["text"]:
            out.append(f"view bullet: {b['text'][:30]!r} at {b['start']}")
    for b in view["bullets"]:
        s_start, s_end = b["sentence"]
        if not s_start <= b["start"] < b["end"] <= s_end:
            out.append(f"view bullet outside its sentence: {b['text'][:30]!r}")
    return out


@pytest.mark.slow
@pytest.mark.corpus
@pytest.mark.parametrize("path", _FILES, ids=_IDS)
def test_whole_digest_is_faithful(corpus: Path, path: Path) -> None:
    doc = hzd.read(path)
    for lens in ("science", "general"):
        data = json.loads(json.dumps(digest_to_dict(hzd.digest(doc, lens=lens)), ensure_ascii=False))
        assert _problems(doc, data) == [], f"{path.name} --lens {lens}"


@pytest.mark.slow
@pytest.mark.corpus
def test_the_corpus_is_all_there(corpus: Path) -> None:
    # Guards the parametrisation above against silently running on an empty or moved corpus.
    assert len(_FILES) >= 120
    assert (corpus / "national-series" / "1954.txt") in _FILES
