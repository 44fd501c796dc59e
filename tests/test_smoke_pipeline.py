"""End-to-end: the bundled sample runs through the whole pipeline and every span is faithful."""

from __future__ import annotations

import json

import huazhongdian as hzd
from huazhongdian.render.json import digest_to_dict


def test_sample_digest_spans_are_faithful(sample_path):
    doc = hzd.read(sample_path)
    d = digest_to_dict(hzd.digest(doc, lens="science"))
    text = d["document"]["text"]
    checked = 0
    for key in ("indicators", "targets", "items", "tasks"):
        for fact in d[key]:
            assert text[fact["start"]:fact["end"]] == fact["text"]
            checked += 1
    for term in d["terms"]:
        assert term["count"] == text.count(term["term"])
        for start, end in term["spans"]:
            assert text[start:end] == term["term"]
            checked += 1
    assert checked > 0
    assert json.loads(json.dumps(d))["schema"] == "huazhongdian.digest/1"
