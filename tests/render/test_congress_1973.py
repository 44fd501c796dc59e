"""A pre-1978 congress report (the 10th, 1973): its 关于…… topic headings open parts (mode_cues.toml [congress]
part_leads, situation; derive._congress_topic_part), its small counts in words and short congress names are no
figures (news_value.toml [congress] small_count, meeting_ordinals), its review landmarks in words are facts
([congress] landmark, decision_patterns), a reported view is none (subjectless 认为, thesis not after “), and
its tasks — 要 lines opening their paragraphs, goals and pledges — rank (task_openings, goal_patterns)."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.derive import derived
from huazhongdian.render.news_value import no_figures
from huazhongdian.render.selection import select_facts

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "congress-1973"


def _digest(tmp_path_factory, text: str):
    path = tmp_path_factory.mktemp("c1973") / "cpc-congress-10.txt"
    path.write_text(text, "utf-8")
    d = hzd.digest(hzd.read(path))
    assert d.document.meta.kind == "party-congress-report"
    return d


@pytest.fixture(scope="module")
def c10(tmp_path_factory):
    return _digest(tmp_path_factory, (FIXTURES / "congress-10-excerpt.txt").read_text("utf-8"))


def _facts(d) -> dict[str, tuple[float, bool, str]]:
    text = d.document.text
    return {text[f.start:f.end]: (f.score, f.factual, d.items[f.item].mode) for f in select_facts(d)}


def _fact(facts, part: str):
    hits = [v for t, v in facts.items() if part in t]
    assert hits, part
    return hits[0]


def test_topic_headings_open_parts(c10):
    heads = [(h.text, h.part) for h in derived(c10.document).layout.headings]
    # the first opens the review; one naming neither, or the situation with the tasks, lets its sentences decide
    assert heads == [("关于九大路线", "review"), ("关于粉碎林彪反党集团的胜利", "mixed"), ("关于形势和任务", "mixed")]


def test_small_counts_and_congress_names_are_no_figures(c10):
    text = c10.document.text
    none = no_figures(c10)
    shown = {ind.text for i, ind in enumerate(c10.indicators) if i not in none}
    gone = {ind.text for i, ind in enumerate(c10.indicators) if i in none}
    assert {"两条", "十次", "九大"} <= gone
    assert "二千八百万" in shown            # a count of members is a figure
    assert "二千八百万" in text


def test_a_count_naming_a_formulation_keeps_its_figure(tmp_path_factory):
    d = _digest(tmp_path_factory, "中国共产党第十次全国代表大会\n\n关于基本方略\n\n以上十四条，构成新时代坚持和发展中国特色社会主义的基本方略。"
                                  "反映这些矛盾的党内两条路线斗争将长期存在。\n")
    none = no_figures(d)
    kept = {ind.text for i, ind in enumerate(d.indicators) if i not in none}
    assert d.document.meta.year == 1973
    assert "十四条" in kept and "两条" not in kept


def test_a_later_report_counts_things():
    # the seed, a district congress of 2025: "新增一个国家级、两个省级中小企业特色产业集群" counts clusters
    seed = hzd.digest(hzd.read(Path(__file__).resolve().parent.parent / "fixtures" / "classify" / "seed.txt"))
    assert seed.document.meta.kind == "party-congress-report" and seed.document.meta.year == 2025
    none = no_figures(seed)
    assert any(ind.text == "两个" and i not in none for i, ind in enumerate(seed.indicators))


def test_review_landmarks_in_words_are_facts(c10):
    facts = _facts(c10)
    for part in ("我国在联合国的合法地位得到恢复", "中日两国实现了邦交正常化", "我们既无外债，又无内债", "开展了批林整风运动"):
        _, factual, mode = _fact(facts, part)
        assert factual and mode == "achievement", part


def test_a_reported_view_is_no_fact(c10):
    facts = _facts(c10)
    # 林彪's, Lenin's; and the revisionists' 主要矛盾, reported in a clause opening without a subject (这是)
    for part in ("九大以后的主要任务是发展生产", "“帝国主义是资本主义的最高阶段”", "塞进八大决议中的国内主要矛盾"):
        assert c10.document.text.count(part) == 1
        assert not any(factual for t, (_, factual, _) in facts.items() if part in t), part


def test_tasks_rank(c10):
    facts = _facts(c10)
    opening = _fact(facts, "要继续搞好批林整风")
    inner = _fact(facts, "要充分利用林彪反党集团这个反面教员")      # the same paragraph, not its opening
    assert opening[2] == "plan" and opening[0] > inner[0]
    for part in ("努力把我国建设成一个强大的社会主义国家", "台湾一定要解放", "我们还要举行第四届全国人民代表大会",
                 "结成最广泛的统一战线"):
        _, factual, mode = _fact(facts, part)
        assert factual and mode == "plan", part


def test_its_table_of_contents_and_opening_are_no_bullets(c10):
    facts = _facts(c10)
    # "主要内容是：关于九大路线，关于……" names the report's own headings; "……是在……下召开的。" is the occasion
    assert "关于九大路线" in c10.document.text and "下召开的。" in c10.document.text
    assert not any("关于九大路线" in t for t in facts)
    assert not any("党的第九次全国代表大会的路线取得了伟大胜利" in t for t in facts)
    # the review's own 取得了……胜利 stays a fact
    assert _fact(facts, "粉碎林彪反党集团是我们党在九大以后取得的最大的胜利")[1]
