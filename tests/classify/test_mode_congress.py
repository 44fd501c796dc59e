"""Party-congress-only mode rules (data/mode_cues.toml [congress]): a thesis "X的关键是Y" / "……绝不是……" is a
plan formulation, a review paragraph that opens by settling a question (……问题达成协议) is results, and a
problem paragraph turns to results at "但是总起来说"; on an excerpt of the 13th (1987) and 14th (1992)
congress reports (tests/fixtures/classify/cpc-congress-13-14-mode-excerpt.txt). The same text read as a
government work report keeps the general rules."""

from __future__ import annotations

import pytest

import huazhongdian as hzd
from huazhongdian.classify.lens import classify_items, load_lens
from huazhongdian.classify.mode import mode_of_text

EXCERPT = "classify/cpc-congress-13-14-mode-excerpt.txt"


@pytest.fixture(scope="module")
def modes(fixtures):
    doc = hzd.read(fixtures / EXCERPT)
    assert doc.meta.kind == "party-congress-report"
    return {i.text: i.mode for i in classify_items(doc, [], load_lens("general"))}


def _mode(modes, fragment: str) -> str:
    found = [m for text, m in modes.items() if fragment in text]
    return found[0] if found else "not an item"


def test_a_thesis_after_yinci_is_a_plan(modes):
    # before: "X是Y" early in the sentence read as a statement ("other")
    assert _mode(modes, "政治体制改革的关键首先是党政分开") == "plan"
    assert _mode(modes, "绝不是搞西方的多党制和议会制") == "plan"


def test_a_settled_question_opens_results(modes):
    # before: 问题 in the opening made the paragraph a problem paragraph
    assert _mode(modes, "中英、中葡已就解决香港和澳门问题达成协议") == "achievement"


def test_a_problem_paragraph_turns_to_results(modes):
    assert _mode(modes, "是人民生活水平提高最快的十四年") == "achievement"
    # the problems themselves stay out
    assert _mode(modes, "我们在工作中也发生过失误和偏差") == "not an item"


def test_government_reports_keep_the_general_rules():
    assert mode_of_text("今年是“十四五”规划收官之年。", "plan") == "other"
    assert mode_of_text("今年是“十四五”规划收官之年。", "plan", congress=True) == "other"
    assert mode_of_text("十一亿人民的温饱问题基本解决，正在向小康迈进。") == "other"
    assert mode_of_text("十一亿人民的温饱问题基本解决，正在向小康迈进。", congress=True) == "achievement"
