"""The poster's 与上年相比 block: the targets that changed, old → new, worded as the Markdown table.

National reports 2024 → 2025 (seven targets changed, so six rows and a count) and 2019 → 2024
(targets set and dropped); the 2024 and 2019 reports are in ``tests/fixtures/across/``.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image
from test_render_poster import SVG, _overflowing

import huazhongdian as hzd
from huazhongdian.across.compare import compare_digests
from huazhongdian.errors import BadInput
from huazhongdian.render import render_digest
from huazhongdian.render.markdown import render_markdown
from huazhongdian.render.poster import Limits, PREVIOUS_ROWS, Run, layout_poster, render_poster_png
from huazhongdian.render.style import font_coverage

ACROSS = Path(__file__).resolve().parents[1] / "fixtures" / "across"
ROW = re.compile(r"^\| (.+?) \| (.+?) \| (.+?) \| (不变|调整|新设|不再设) \|$", re.M)


@pytest.fixture(scope="module")
def digests(sample_path: Path) -> dict[int, hzd.Digest]:
    paths = {2019: ACROSS / "national-2019-gov-work-report.txt",
             2024: ACROSS / "national-2024-gov-work-report.txt", 2025: sample_path}
    return {year: hzd.digest(hzd.read(path)) for year, path in paths.items()}


def _block(lay) -> list[str]:
    """The texts the 与上年相比 block draws, in order (up to the footer)."""
    texts = [op.text for op in lay.ops if isinstance(op, Run)]
    start = next(i for i, t in enumerate(texts) if t.startswith("对照：")) - 1  # the title is just before
    end = next(i for i, t in enumerate(texts)
               if t.startswith("来源：") or t == "目标完成情况" or " 字 · 视角 " in t)  # the next block or the footer
    return texts[start:end]


def _markdown_changes(d, c) -> list[tuple[str, str, str]]:
    """The Markdown section's changed rows: (label, "old → new", change), its own wording."""
    md = render_markdown(d, previous=c)
    section = md[md.index("## 与"):md.index("### 词频变化")]
    return [(label, f"{old} → {new}", change) for label, old, new, change in ROW.findall(section)
            if change != "不变"]


def test_block_lists_changed_targets_as_the_markdown_table_words_them(digests):
    d = digests[2025]
    c = compare_digests(digests[2024], d)
    block = _block(layout_poster(d, previous=c))
    changes = _markdown_changes(d, c)
    assert len(changes) == 7 > PREVIOUS_ROWS
    assert block[:2] == ["与上年相比", "对照：2024年政府工作报告"]
    rows = [tuple(block[i:i + 3]) for i in range(2, 2 + 3 * PREVIOUS_ROWS, 3)]
    assert rows == changes[:PREVIOUS_ROWS]
    assert ("赤字率", "3% → 4%左右", "调整") in rows
    assert block[2 + 3 * PREVIOUS_ROWS:] == ["另有 1 项变化未列出"]
    # Unchanged targets stay in the poster's own targets table, not in this block.
    assert "国内生产总值增长" not in block


def test_block_shows_set_and_dropped_targets_across_a_gap(digests):
    d = digests[2024]
    c = compare_digests(digests[2019], d)
    block = _block(layout_poster(d, previous=c))
    assert block[:2] == ["与2019年相比", "对照：2019年政府工作报告"]
    changes = _markdown_changes(d, c)
    # Past six rows the rest are counted, in the Markdown table's order: 粮食产量 (新设) is one of them.
    assert ("粮食产量", "— → 1.3万亿斤以上", "新设") in changes[PREVIOUS_ROWS:]
    rows = [tuple(block[i:i + 3]) for i in range(2, 2 + 3 * PREVIOUS_ROWS, 3)]
    assert rows == changes[:PREVIOUS_ROWS]
    assert ("城镇登记失业率", "4.5%以内 → —", "不再设") in rows
    assert block[2 + 3 * PREVIOUS_ROWS:] == [f"另有 {len(changes) - PREVIOUS_ROWS} 项变化未列出"]


def test_same_targets_give_one_line(digests):
    d = digests[2025]
    block = _block(layout_poster(d, previous=compare_digests(d, d)))
    assert block == ["与同年报告相比", "对照：2025年政府工作报告", f"{len(d.targets)} 项主要预期目标均与对照报告相同"]


def test_every_glyph_is_covered_and_nothing_passes_the_margins(digests):
    d = digests[2025]
    lay = layout_poster(d, previous=compare_digests(digests[2024], d))
    for run in (op for op in lay.ops if isinstance(op, Run)):
        cmap = font_coverage(run.font)
        assert [ch for ch in run.text if not ch.isspace() and ord(ch) not in cmap] == [], run.text
    assert _overflowing(lay) == []


def test_the_rest_of_the_poster_is_unchanged(digests):
    d = digests[2025]
    # At the same fitting step (the block may otherwise push the poster one step lower).
    step = Limits(2, 4, 2)
    plain = layout_poster(d, step)
    lay = layout_poster(d, step, previous=compare_digests(digests[2024], d))
    footer = next(i for i, op in enumerate(plain.ops) if isinstance(op, Run) and " 字 · 视角 " in op.text)
    cut = footer - 1  # the footer's band rect comes just before its first line
    assert lay.ops[:cut] == plain.ops[:cut]
    assert lay.height > plain.height


def test_scorecard_block_lists_the_headline_rows(digests):
    d = digests[2025]
    lay = layout_poster(d, previous=compare_digests(digests[2024], d))
    texts = [op.text for op in lay.ops if isinstance(op, Run)]
    at = texts.index("目标完成情况")
    assert texts[at + 1:at + 7] == ["GDP增长", "5%左右 → 5%", "完成", "城镇新增就业", "1200万人以上 → 1256万人",
                                    "超额完成"]


def test_png_and_svg_through_render_digest(digests):
    d = digests[2025]
    c = compare_digests(digests[2024], d)
    img = Image.open(io.BytesIO(render_digest(d, "png", previous=c)))
    assert img.height == layout_poster(d, previous=c).height
    root = ET.fromstring(render_digest(d, "svg", previous=c))
    texts = [t.text for t in root.findall(f".//{SVG}text")]
    assert "与上年相比" in texts and "3% → 4%左右" in texts


def test_a_comparison_of_another_report_is_refused(digests):
    with pytest.raises(BadInput, match="not this digest's report"):
        render_poster_png(digests[2019], compare_digests(digests[2024], digests[2025]))
