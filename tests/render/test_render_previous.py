"""The digest's "与上年相比" part, on real national reports: 2024 → 2025, 2019 → 2024, and backwards.

The 2024 and 2019 reports are in ``tests/fixtures/across/``, the 2025 report in ``examples/``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_render_html import parse

import huazhongdian as hzd
from huazhongdian.across.compare import compare_digests
from huazhongdian.errors import BadInput
from huazhongdian.render import render_digest
from huazhongdian.render.html import render_html
from huazhongdian.render.json import comparison_to_dict, digest_to_dict
from huazhongdian.render.markdown import note_section, render_markdown
from huazhongdian.render.previous import build_previous_view, previous_heading

ACROSS = Path(__file__).resolve().parents[1] / "fixtures" / "across"


@pytest.fixture(scope="module")
def digests(sample_path: Path) -> dict[int, hzd.Digest]:
    paths = {2019: ACROSS / "national-2019-gov-work-report.txt",
             2024: ACROSS / "national-2024-gov-work-report.txt", 2025: sample_path}
    return {year: hzd.digest(hzd.read(path)) for year, path in paths.items()}


@pytest.fixture(scope="module")
def c2025(digests):
    return compare_digests(digests[2024], digests[2025])


def _rows(view) -> dict[str, tuple[str, str, str]]:
    return {r.label: (r.old, r.new, r.change_title) for r in view.targets}


def test_targets_side_by_side_with_their_change(digests, c2025):
    rows = _rows(build_previous_view(digests[2025], c2025))
    assert rows["国内生产总值增长"] == ("5%左右", "5%左右", "不变")
    assert rows["赤字率"] == ("3%", "4%左右", "调整")
    assert rows["居民消费价格涨幅"] == ("3%左右", "2%左右", "调整")
    assert rows["粮食产量"] == ("1.3万亿斤以上", "1.4万亿斤左右", "调整")
    assert rows["超长期特别国债"] == ("1万亿元", "1.3万亿元", "调整")
    # A target in words keeps its label, as in the digest's own targets table.
    assert rows["居民收入增长"] == ("同步", "同步", "不变")
    assert len(rows) == len(c2025.targets)


def test_targets_set_or_dropped_across_a_gap(digests):
    view = build_previous_view(digests[2024], compare_digests(digests[2019], digests[2024]))
    rows = _rows(view)
    assert view.heading == "与2019年相比（对照：2019年政府工作报告）"
    assert rows["城镇登记失业率"] == ("4.5%以内", "", "不再设")
    assert rows["粮食产量"] == ("", "1.3万亿斤以上", "新设")
    assert rows["赤字率"] == ("2.8%", "3%", "调整")


def test_target_links_point_at_the_sentence_holding_the_new_target(digests, c2025):
    d = digests[2025]
    view = build_previous_view(d, c2025)
    starts = {s.start: s for s in d.document.sentences}
    deficit = next(r for r in view.targets if r.metric == "deficit_ratio")
    sent = starts[deficit.anchor]
    assert "赤字率拟按4%左右安排" in sent.text


def test_terms_that_moved_most_with_counts_from_both_texts(digests, c2025):
    view = build_previous_view(digests[2025], c2025)
    lines = {line.title: [(s.term, s.old_count, s.new_count) for s in line.terms] for line in view.terms}
    assert list(lines) == ["升温", "降温", "新出现", "不再出现"]
    assert ("三中全会", 0, 4) in lines["新出现"]
    assert ("高质量发展", 25, 9) in lines["降温"]
    old_text, new_text = digests[2024].document.text, digests[2025].document.text
    for shifts in lines.values():
        assert 0 < len(shifts) <= 5
        for term, old, new in shifts:
            assert (old_text.count(term), new_text.count(term)) == (old, new)


def test_new_items_are_counted_and_the_most_relevant_shown(digests, c2025):
    d = digests[2025]
    view = build_previous_view(d, c2025)
    assert (view.items_new, view.items_dropped) == (len(c2025.items_new), len(c2025.items_dropped))
    assert len(view.new_items) == 5 == len(view.bullets)
    heads = {s.start for s in d.document.sections}
    assert [i.start for i in view.new_items] == sorted(i.start for i in view.new_items)
    for item, bullet in zip(view.new_items, view.bullets):
        assert item in c2025.items_new and item.start not in heads
        assert d.document.text[item.start:item.end] == item.text == "".join(t for t, _ in bullet.segments)
        assert d.items[bullet.item] == item


def test_without_items_sentences_stand_in_with_their_paragraph(digests):
    from dataclasses import replace

    old, new = (replace(digests[y], items=(), tasks=()) for y in (2024, 2025))
    view = build_previous_view(new, compare_digests(old, new))
    sents = {s.start: s for s in new.document.sentences}
    assert view.new_items and all(b.item == -1 for b in view.bullets)
    for item in view.new_items:
        assert item.text == sents[item.start].text and item.paragraph == sents[item.start].paragraph
    md = render_markdown(new, previous=compare_digests(old, new))
    first = view.new_items[0]
    assert f"（第{first.paragraph + 1}段）" in md and first.paragraph > 0


def test_heading_says_when_the_other_report_is_later(digests):
    old, new = digests[2025].document, digests[2024].document
    assert previous_heading(old, new) == "与2025年相比（对照：2025年政府工作报告，晚于本报告）"
    view = build_previous_view(digests[2024], compare_digests(digests[2025], digests[2024]))
    assert view.later and (view.old_column, view.new_column) == ("2025年", "2024年")
    assert previous_heading(digests[2024].document, digests[2025].document) == "与上年相比（对照：2024年政府工作报告）"
    assert previous_heading(new, new).startswith("与同年报告相比（对照：")


def test_markdown_section_sits_after_the_targets(digests, c2025):
    md = render_markdown(digests[2025], previous=c2025)
    heads = [line for line in md.splitlines() if line.startswith("## ")]
    at = heads.index("## 与上年相比（对照：2024年政府工作报告）")
    assert heads[at - 1] == "## 主要预期目标" and heads[at + 1] == "## 目标完成情况"
    assert heads[at + 2] == "## 重点机构与设施"
    assert "| 指标 | 2024年 | 2025年 | 变化 |" in md
    assert "| 国内生产总值增长 | 5%左右 | 5%左右 | 不变 |" in md
    assert "| 赤字率 | 3% | 4%左右 | 调整 |" in md
    assert "- **新出现**：三中全会 0 → 4 次、" in md
    assert f"新增表述 **{len(c2025.items_new)}** 条，不再出现的表述 **{len(c2025.items_dropped)}** 条" in md
    part = md.split("### 新增与不再出现的表述", 1)[1].split("\n## ", 1)[0]
    bullets = [line.replace("**", "") for line in part.splitlines() if line.startswith("- ")]
    view = build_previous_view(digests[2025], c2025)
    # The report's own words, then where they stand, like the digest's other bullets.
    assert bullets == [f"- {i.text}（{note_section(i.section)}，第{i.paragraph + 1}段）" for i in view.new_items]


def test_markdown_without_previous_has_no_section(digests):
    assert "与上年相比" not in render_markdown(digests[2025])


def test_html_section_parses_and_links_into_the_page(digests, c2025):
    html = render_html(digests[2025], c2025)
    page = parse(html)
    assert "".join(page.ids["previous"]).lstrip().startswith("与上年相比（对照：2024年政府工作报告）")
    assert re.search(r"<td>赤字率</td><td>3%</td><td class=\"value\"><a href=\"#s-\d+\">4%左右</a></td>"
                     r"<td class=\"change ch-changed\">调整</td>", html)
    assert '<td class="change ch-same">不变</td>' in html
    ids = html.index('id="previous"'), html.index('id="targets"'), html.index('id="entities"')
    assert ids[1] < ids[0] < ids[2]
    hrefs = re.findall(r'href="#(s-\d+)"', html.split('id="previous"', 1)[1].split("</section>", 1)[0])
    assert len(hrefs) >= len(c2025.targets) + 5 and all(h in page.ids for h in hrefs)
    assert 'id="previous"' not in render_html(digests[2025])


def test_json_previous_is_the_compare_object(digests, c2025):
    data = json.loads(render_digest(digests[2025], "json", previous=c2025))
    assert data["previous"]["comparison"] == json.loads(json.dumps(comparison_to_dict(c2025), ensure_ascii=False))
    assert data["previous"]["document"]["title"] == "2024年政府工作报告"
    assert "text" not in data["previous"]["document"]
    dropped = data["previous"]["comparison"]["items_dropped"][0]
    assert digests[2024].document.text[dropped["start"]:dropped["end"]] == dropped["text"]
    assert "previous" not in digest_to_dict(digests[2025])


def test_a_comparison_of_another_report_is_refused(digests, c2025):
    with pytest.raises(BadInput, match="not this digest's report"):
        render_markdown(digests[2019], previous=c2025)
    with pytest.raises(BadInput, match="not this digest's report"):
        digest_to_dict(digests[2019], c2025)


def test_poster_formats_carry_the_changed_targets(digests, c2025):
    # The poster's block is tested in test_render_poster_previous.py; here, only that the
    # dispatcher passes the comparison on instead of refusing it.
    svg = render_digest(digests[2025], "svg", previous=c2025)
    assert ">与上年相比</text>" in svg and ">3% → 4%左右</text>" in svg
    assert ">与上年相比</text>" not in render_digest(digests[2025], "svg")
