"""The targets table a digest shows: its rows (label, year, value as the report states it), the
labels of the contract's headline targets, and whether a plan bullet only repeats a row.

Split out of :mod:`huazhongdian.render.view`, which re-exports every name here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from huazhongdian.extract.targets import metric_labels, qualitative_label
from huazhongdian.render.cards import card_label
from huazhongdian.render.spans import Anchors
from huazhongdian.types import Digest, Target

__all__ = ["TARGET_LABELS", "TARGET_ROWS", "QUALIFIER_WORDS", "TargetRow", "format_number", "target_label",
           "target_rows", "target_value", "target_own_label", "repeats_target_row"]

# Display labels for the contract's headline target keys. Unknown keys show as they are.
TARGET_LABELS = {
    "gdp_growth": "国内生产总值增长",
    "cpi": "居民消费价格涨幅",
    "urban_new_jobs": "城镇新增就业",
    "surveyed_unemployment": "城镇调查失业率",
    "registered_unemployment": "城镇登记失业率",
    "deficit_ratio": "赤字率",
    "grain_output": "粮食产量",
    "energy_intensity": "单位国内生产总值能耗降低",
    "carbon_intensity": "单位国内生产总值二氧化碳排放降低",
    "resident_income": "居民收入增长",
}

TARGET_ROWS = 12   # the rows of the targets table the poster prints (and a plan bullet need not repeat)
QUALIFIER_WORDS = {"approx": "左右", "at_least": "以上", "more_than": "超过", "at_most": "以内", "near": "近"}


@dataclass(frozen=True, slots=True)
class TargetRow:
    label: str
    year: str
    value: str
    text: str
    anchor: int
    absent: bool


def format_number(value: Decimal) -> str:
    """A Decimal as written in reports: no exponent, no trailing zeros (134.9, 1300, 0.2)."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def target_label(metric: str, level: str = "") -> str:
    """Display name of a target key: ours for the contract's keys, the targets data file's for the rest.

    ``level`` is the document's: a province, city or district reports its 地区生产总值, not the
    country's 国内生产总值. Example: ``target_label("gdp_growth", "provincial") == "地区生产总值增长"``.
    """
    label = TARGET_LABELS.get(metric) or metric_labels().get(metric, metric)
    return label if level in ("national", "") else label.replace("国内生产总值", "地区生产总值")


def target_rows(digest: Digest, anchors: Anchors) -> tuple[TargetRow, ...]:
    rows = []
    for t in digest.targets:
        rows.append(TargetRow(label=target_label(t.metric, digest.document.meta.level), year=str(t.year or ""),
                              value=target_value(t), text=t.text,
                              anchor=anchors.sentence_start(t.start), absent=t.absent))
    return tuple(rows)


def target_value(t: Target) -> str:
    """A headline target as the report states it: "5%左右", "超过1200万人", "5.5-6%", "同步".

    The one phrasing the HTML page, the poster, the Markdown digest and ``hzd compare`` share.

    Example: ``target_value(cpi_2025) == "2%左右"``; a declined target → "不设具体目标".
    """
    if t.absent:
        return "不设具体目标"
    if t.low is not None and t.high is not None:
        number = f"{format_number(t.low)}-{format_number(t.high)}"
    elif t.value is not None:
        number = format_number(t.value)
    else:
        return qualitative_label(t) or t.text
    word = QUALIFIER_WORDS.get(t.qualifier or "", "")
    if t.qualifier in ("more_than", "near"):
        return f"{word}{number}{t.unit}"
    return f"{number}{t.unit}{word}"


_WHOLE_REGION = re.compile("^全(?:国|省|区|市|县|州|盟)")


def target_own_label(digest: Digest, indicator: int) -> str:
    """A headline target's card label in the report's own words ("经济增长", "城乡居民可支配收入增长"),
    without a leading 全省 / 全市…; "" when its metric is no name (then the target key's label)."""
    label, worthy = card_label(digest, indicator)
    label = _WHOLE_REGION.sub("", label)
    return label if worthy and len(label) >= 4 else ""


def repeats_target_row(text: str, rows: Sequence[TargetRow]) -> bool:
    """Whether a plan bullet only repeats a row of the targets table under the row's own name: it lies in the
    row's 原文 and opens with its label ("城镇调查失业率5.5%左右"). A row named otherwise ("规上工业增加值增长" for
    the report's 规模以上工业增加值…, "居民收入增长" for 全体居民人均可支配收入…) leaves the bullet, which says
    its subject in the report's words (the poster's block shows the label, not the 原文)."""
    return any(text in r.text and text.startswith(r.label[:4]) for r in rows[:TARGET_ROWS])
