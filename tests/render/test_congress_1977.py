"""A pre-1978 congress report (the 11th, 1977): its untitled chapter line naming the situation and the tasks
("形势和任务", no 关于 before it: mode_cues.toml [congress] situation, heading.plan; derive._situation_and_tasks)
opens its plan part, so that its tasks without a plan cue word ("中央决定，在适当的时候召开全国科学大会") are plan
items and bullets, exact spans of the text."""

from __future__ import annotations

from pathlib import Path

import huazhongdian as hzd
from huazhongdian.derive import derived
from huazhongdian.render.selection import select_facts

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "congress-1977" / "congress-11-excerpt.txt"


def test_situation_and_tasks_line_opens_the_plan(tmp_path):
    path = tmp_path / "cpc-congress-11.txt"
    path.write_text(FIXTURE.read_text("utf-8"), "utf-8")
    d = hzd.digest(hzd.read(path))
    assert d.document.meta.kind == "party-congress-report"
    text = d.document.text
    lay = derived(d.document).layout
    head = text.index("形势和任务")
    assert lay.part_at(head + 6) == "plan"
    assert lay.part_at(0) != "plan"
    decided = text.index("中央决定，在适当的时候召开全国科学大会")
    assert any(it.mode == "plan" and it.start <= decided < it.end for it in d.items)
    bullets = [text[f.start:f.end] for f in select_facts(d)]
    assert any("召开全国科学大会" in b for b in bullets)
    for f in select_facts(d):
        assert text[f.start:f.end] == d.document.text[f.start:f.end] and f.end > f.start
