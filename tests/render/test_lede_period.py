"""Issue 12, item 4 (wt-lede2): the year's 总体要求 over the plan period's, a 首要任务 the report names, the 主题 on its
own line, and no slogan, footnote or list lead as a lede. Fixtures (tests/fixtures/render/framing/): exact excerpts of
Shanxi, Guangdong and Henan 2026 and of the 19th congress report, under a stand-in title and review line."""

from __future__ import annotations

import re

import huazhongdian as hzd
from huazhongdian.render.lede import lede_spans, lede_term
from huazhongdian.render.news_value import cues, patterns
from huazhongdian.render.view import build_view


def _lede(fixtures, name):
    d = hzd.digest(hzd.read(fixtures / "render" / "framing" / name), lens="general")
    spans = lede_spans(d)
    assert all(d.document.text[s:e] for s, e in spans)
    return d, " / ".join(d.document.text[s:e] for s, e in spans), spans


def test_a_term_start_report_leads_with_the_years_requirement_not_the_plan_periods(fixtures):
    """Shanxi 2026 states the 十五五 总体要求 (under "二、“十五五”时期总体要求和目标任务") and then 2026's ("做好今年工作，要")."""
    d, lede, ((s, _),) = _lede(fixtures, "lede-term-start-excerpt.txt")
    text = d.document.text
    assert s > text.index("三、2026年工作安排")
    assert "“十五五”良好开局" in lede and "决定性进展" not in lede
    assert len(lede) <= cues().lede_max and lede_term(d) is None


def test_a_plan_period_cue_still_leads_when_the_report_has_no_years_cue(fixtures):
    """Without the year's part the same excerpt's 十五五 总体要求 is the lede (it yields, it is not dropped)."""
    path = fixtures / "render" / "framing" / "lede-term-start-excerpt.txt"
    raw = path.read_text("utf-8")
    d = hzd.digest(hzd.read_text(raw[:raw.index("三、2026年工作安排")]), lens="general")
    ((s, e),) = lede_spans(d)
    assert "决定性进展" in d.document.text[s:e]


def test_the_named_first_task_is_the_lede_without_its_list_ordinal(fixtures):
    """Guangdong 2026 has no year 总体要求; it names "二是锚定高质量发展这一首要任务。"."""
    d, lede, _ = _lede(fixtures, "lede-task-excerpt.txt")
    assert lede.endswith("首要任务") and not re.match(cues().lede_ordinal, lede)
    assert d.document.text.count(lede) == 1 and "二是" + lede in d.document.text
    assert build_view(d).lede[0].text == lede


def test_the_requirement_without_a_comma_is_found_and_no_slogan_leads(fixtures):
    """Henan 2026: "做好政府工作要以……" (no comma); the 十五五 part's "坚定信心推动……" is no lede."""
    d, lede, ((s, _),) = _lede(fixtures, "lede-nocomma-excerpt.txt")
    assert s > d.document.text.index("三、2026年重点工作安排") and "推动经济实现质的有效提升" in lede
    assert not lede.startswith("坚定信心") and "谱写" not in lede


def test_a_congress_theme_on_its_own_line_is_the_lede(fixtures):
    """The 19th congress: "大会的主题是：" ends its line; the 主题 is the next one, from its start."""
    d, lede, _ = _lede(fixtures, "lede-theme-line-excerpt.txt")
    assert lede.startswith("不忘初心，牢记使命") and len(lede) <= cues().lede_max and lede_term(d) is None


def test_slogans_footnotes_source_notes_and_list_leads_are_no_lede_clause():
    k, p = cues(), patterns()
    for clause in ("坚定信心推动高质量发展高效能治理", "今年我們從共產國際得到的約有一萬五千[2]", "(譯自中共駐共產國際代表團檔案俄文稿)"):
        assert re.search(k.lede_term_clause_not, clause), clause
    for clause in ("大力推进结构性改革", "我們又接到了共產國際關於加入國民黨的指示"):
        assert not re.search(k.lede_term_clause_not, clause), clause
    assert p.lede_tail_not.search("把握好以下原则") and p.lede_tail_not.search("重点抓好以下十个方面")
    assert not p.lede_tail_not.search("保持社会和谐稳定")


def test_the_period_heading_is_the_plans_unless_it_names_the_year():
    k = cues()
    assert re.search(k.lede_period, "二、“十五五”时期总体要求和目标任务")
    assert re.search(k.lede_year, "三、2026年工作安排") and not re.search(k.lede_period, "三、2026年工作安排")
    assert re.search(k.lede_year, "二、2016年工作和“十三五”时期主要目标")


def test_the_years_requirements_after_naming_the_year_are_the_lede(fixtures):
    """Hebei 2026 names no 总体要求: "今年是“十五五”起步之年，我们要……，确保“十五五”良好开局。主要预期目标是：" is its
    year's requirement, not the fallback clause of its most stressed term (加快雄安新区现代化城市建设)."""
    d, lede, _ = _lede(fixtures, "lede-year-named-excerpt.txt")
    assert "稳中求进" in lede and lede.endswith("确保“十五五”良好开局")
    assert lede_term(d) is None
