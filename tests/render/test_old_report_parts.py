"""Old national reports' parts and headline metrics (wt-oldsel, issue 12; the oldgov development set): a first chapter
whose title names no part ("一、国民经济在调整……中取得的进展", 1980's shape) looks back when a later chapter plans; a
"计划执行情况的回顾" heading reviews (1986's shape); 工农业总产值 and 钢产量 are headline metrics. Made-up texts."""

from __future__ import annotations

import huazhongdian as hzd
from huazhongdian.render.news_value import headline_metric

_UNTITLED = """各位代表：

一、国民经济在调整和改革中取得的新进展

1979年农业总产值比1978年增长8.6%。1979年农民增加收入108亿元。

二、1981年国民经济计划的任务和主要指标

1981年要继续贯彻调整的方针，大力发展消费品生产。
"""

_EXECUTED = """各位代表：

一、“六五”计划执行情况的回顾

在过去的五年中，我国工农业总产值平均每年增长百分之十一。

二、“七五”计划的主要任务

要积极推进经济体制改革，大力发展教育事业。
"""


def _digest(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return hzd.digest(hzd.read(path), lens="general")


def _mode(d, needle):
    at = d.document.text.index(needle)
    return next((it.mode for it in d.items if it.start <= at < it.end), None)


def test_an_untitled_first_chapter_before_the_plan_is_the_review(tmp_path):
    d = _digest(tmp_path, "national-1980-like.txt", _UNTITLED)
    assert _mode(d, "增长8.6%") == "achievement"
    assert _mode(d, "增加收入108亿元") == "achievement"
    assert _mode(d, "大力发展消费品生产") in ("plan", "target")


def test_a_plan_carried_out_is_reviewed(tmp_path):
    d = _digest(tmp_path, "national-1986-like.txt", _EXECUTED)
    assert _mode(d, "平均每年增长百分之十一") == "achievement"
    assert _mode(d, "大力发展教育事业") in ("plan", "target")


def test_planned_economy_headline_metrics():
    assert headline_metric("钢产量增长百分之四十二，达到8000万吨") is not None
    assert headline_metric("我国工农业总产值平均每年增长百分之十一") is not None
    # a province's sector output is no headline metric
    assert headline_metric("1979年农业总产值比1978年增长8.6%") is not None
    assert headline_metric("设施农业总产值实现2810亿元") is None
    assert headline_metric("“六大产业基地”规模以上工业总产值占全省比重达83.3%") is None


def test_a_traditional_report_ranks_on_its_simplified_words(tmp_path):
    """News-value cues match the matching text: 1954's "工業總産值" is the headline metric 工业总产值 (its bullet
    outranks a plain figure of the same part)."""
    from huazhongdian.render.selection import cues, select_facts
    text = ("各位代表：\n\n一、過去五年的工作\n\n一九五三年工業總産值比一九五二年增加了百分之三十三。"
            "一九五三年全國修建了倉庫三百座。\n\n二、今後的任務\n\n我們要繼續發展生産。\n")
    d = _digest(tmp_path, "national-1954-like.txt", text * 3)
    facts = {d.document.text[f.start:f.end]: f.score for f in select_facts(d)}
    head = [v for k, v in facts.items() if "工業總産值" in k]
    plain = [v for k, v in facts.items() if "倉庫" in k]
    assert head and plain and max(head) - max(plain) >= cues().weights["headline"] - 1, facts


def test_a_long_plan_theme_shows_more(monkeypatch):
    """A plan theme of at least ``long_theme`` bullets shows ``long_theme_bullets`` more (data [view])."""
    from dataclasses import replace
    from pathlib import Path

    import huazhongdian.render.theme_counts as counts_mod
    import huazhongdian.render.view as view_mod
    from huazhongdian.render.selection import cues

    k = cues()
    assert k.long_theme_bullets > 0
    d = hzd.digest(hzd.read(Path(__file__).resolve().parents[2] / "examples" / "national-2025-gov-work-report.txt"))

    def shown(c):
        monkeypatch.setattr(view_mod, "cues", lambda: c)
        monkeypatch.setattr(counts_mod, "cues", lambda: c)  # (the count rules live there)
        v = view_mod.build_view(d)
        return {(g.title, t.theme): (len(t.bullets), t.shown) for g in v.groups if g.title.endswith("工作安排")
                for t in g.themes}

    with_rule, without = shown(k), shown(replace(k, long_theme_bullets=0))
    long = [key for key, (n, _) in with_rule.items() if n >= k.long_theme]
    assert long, with_rule
    assert any(with_rule[key][1] > without[key][1] for key in long)
    assert all(with_rule[key] == without[key] for key in with_rule if key not in long)
