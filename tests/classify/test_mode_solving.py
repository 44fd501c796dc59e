"""A review paragraph that opens by solving problems is results, one that says they await solving is
not (data/mode_cues.toml [paragraph] overcome): Qinghai 2026's 民生 paragraph ("聚力解决群众急难愁盼
问题") had vanished from its digest, 城镇新增就业6.95万人 with it."""

from __future__ import annotations

import huazhongdian as hzd
from huazhongdian.load import read_text

REPORT = """2026年某省政府工作报告

一、2025年工作回顾

坚持把改善民生、凝聚人心作为出发点和落脚点，聚力解决群众急难愁盼问题，十大类45项年度民生实事工程落地见效。就业增收渠道不断拓宽，城镇新增就业6.95万人。

同时，一系列长期积累的突出矛盾和问题亟待解决。一些地方就业压力较大，城镇新增就业减少1.2万人。

二、2026年工作安排

今年发展主要预期目标是：全省地区生产总值增长4.5%左右。
"""


def _mode_of(digest, words: str) -> str:
    text = digest.document.text
    at = text.index(words)
    (item,) = [i for i in digest.items if i.start <= at < i.end] or [None]
    return item.mode if item else "none"


def test_solving_problems_opens_results():
    digest = hzd.digest(read_text(REPORT, source="solving.txt"))
    assert _mode_of(digest, "城镇新增就业6.95万人") == "achievement"


def test_problems_awaiting_solution_are_no_results():
    digest = hzd.digest(read_text(REPORT, source="solving.txt"))
    assert _mode_of(digest, "城镇新增就业减少1.2万人") != "achievement"
