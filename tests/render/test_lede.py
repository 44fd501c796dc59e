"""Issue 12, item 4: every report type gets a lede of its own words (tests/fixtures/render/framing/: exact excerpts
of national 2016 and Hainan 2026; the corpus test skips cleanly without ../shared)."""

from __future__ import annotations

import re

import pytest

import huazhongdian as hzd
from huazhongdian.render.lede import lede_spans, lede_term
from huazhongdian.render.markdown import render_markdown
from huazhongdian.render.news_value import cues
from huazhongdian.render.view import build_view, view_to_dict


def _digest(fixtures, name):
    return hzd.digest(hzd.read(fixtures / "render" / "framing" / name), lens="general")


def test_a_cue_that_ends_its_line_takes_the_next_sentence(fixtures):
    """"今年政府工作的总体要求是：" stands alone on its line (Hainan 2026): the requirement's core is the next sentence."""
    d = _digest(fixtures, "lede-colon-excerpt.txt")
    (s, e), = lede_spans(d)
    lede = d.document.text[s:e]
    assert "实现“十五五”良好开局" in lede and len(lede) <= cues().lede_max
    assert not lede.startswith("以习近平")
    assert lede_term(d) is None       # a cued lede names no term


def test_without_a_cue_the_lede_is_the_stressed_terms_clause_with_its_count(fixtures):
    d = _digest(fixtures, "lede-cueless-excerpt.txt")
    text = d.document.text
    (s, e), = lede_spans(d)
    term, count = lede_term(d)
    assert term in text[s:e] and count == text.count(term) >= cues().lede_term_min
    # not the framing sentence (今年是……之年) nor the review's
    assert not text[s:e].startswith(("今年是", "我们不搞"))
    assert text.index("二、2016年重点工作") < s
    view = build_view(d)
    assert view.lede[0].text == text[s:e] and view.lede_term == (term, count)
    md = render_markdown(d)
    assert f"“{term}”全文出现{count}次" in md and md.index(text[s:e]) < md.index(f"“{term}”全文出现")
    j = view_to_dict(view)["lede"][0]
    assert (j["term"], j["count"]) == (term, count) and text[j["start"]:j["end"]] == j["text"]


def test_the_task_cues_name_a_centre_not_an_object():
    task = [re.compile(c) for c in cues().lede_plan_only]
    hits = ("这次大会的中心任务是加快和深化改革", "我们的首要任务，是继续普及", "牢牢把握发展这个第一要务和高质量发展这个首要任务",
            "从现在起，中国共产党的中心任务就是团结带领全国各族人民")
    misses = ("这是把我们党整顿好、建设好的中心任务。", "人民政协工作要聚焦党和国家中心任务，",
              "以发展民族经济为中心任务的历史阶段")
    assert all(any(p.search(h) for p in task) for h in hits)
    assert not any(p.search(m) for p in task for m in misses)


def test_the_general_requirement_cues_cover_their_variants():
    general = [re.compile(c) for c in cues().lede_cues if c not in cues().lede_task]
    for opening in ("做好今年政府工作，要坚持", "做好今年的政府工作，要认真贯彻", "做好政府工作，必须高举", "今年政府工作，要坚持",
                    "总的要求是：坚持", "政府工作的基本思路和主要任务是，"):
        assert any(p.search(opening) for p in general), opening


CORPUS_FILES = ("national-2026-gov-work-report.txt", "national-2016-gov-work-report.txt",
                "national-2026-15th-five-year-plan-outline.txt", "national-2022-cpc-20th-congress-report.txt",
                "cpc-congress/congress-07.txt", "neimenggu-hulunbuir-hailar-district-2017-gov-work-report.txt",
                "hainan-2026-gov-work-report.txt", "national-series/1980.txt")


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_every_report_type_gets_a_lede_of_its_own_words(corpus, name):
    d = hzd.digest(hzd.read(corpus / name))
    text = d.document.text
    spans = lede_spans(d)
    assert spans, name
    for s, e in spans:
        assert 0 < e - s <= cues().lede_max + 40 and text[s:e].strip() == text[s:e]
    term = lede_term(d)
    if term is not None:
        assert term[0] in text[spans[0][0]:spans[0][1]] and term[1] == text.count(term[0])
