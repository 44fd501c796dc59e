"""Tasks: plan items cut into verb + objects + predicate, numbered lists keep their rank."""

from __future__ import annotations

import pytest

from huazhongdian.classify.lens import classify_items, load_lens
from huazhongdian.extract.tasks import chinese_ordinal, extract_tasks, list_rank, split_clause
from huazhongdian.load import read, read_text


@pytest.mark.parametrize(("clause", "verb", "objects", "predicate"), [
    ("推动鹏城云脑Ⅲ、超算二期点亮", "推动", ("鹏城云脑Ⅲ", "超算二期"), "点亮"),
    ("推进合成生物研究、脑解析与脑模拟等设施高水平开放共享", "推进", ("合成生物研究", "脑解析与脑模拟等设施"), "高水平开放共享"),
    ("积极引进全球顶尖科学家、青年科技人才", "积极引进", ("全球顶尖科学家", "青年科技人才"), ""),
    ("加快筹建定量合成生物学等全国重点实验室", "加快筹建", ("定量合成生物学等全国重点实验室",), ""),
    ("支持深圳湾实验室、光明实验室聚焦生物医药", "支持", ("深圳湾实验室", "光明实验室"), "聚焦生物医药"),
    ("持续推进“人工智能+”行动", "持续推进", ("“人工智能+”行动",), ""),
    ("推动科技创新", "推动", ("科技创新",), ""),
])
def test_split_clause(clause, verb, objects, predicate):
    assert split_clause(clause) == (verb, objects, predicate)


def test_a_clause_without_an_opening_verb_is_no_task():
    assert split_clause("市区联动针对性布局科技重大专项") is None


@pytest.mark.parametrize(("marker", "rank"), [
    ("一是", 1), ("三是", 3), ("（二）", 2), ("(十二)", 12), ("2.", 2), ("④", 4), ("推进", None),
])
def test_list_rank(marker, rank):
    assert list_rank(marker) == rank


@pytest.mark.parametrize(("text", "value"), [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("百", None)])
def test_chinese_ordinal(text, value):
    assert chinese_ordinal(text) == value


def test_numbered_plan_list_keeps_its_order():
    doc = read_text(
        "三、2025年政府工作任务\n"
        "（一）推动科技创新。一是加快建设深圳湾实验室、光明实验室，推动鹏城云脑Ⅲ、超算二期点亮；"
        "二是积极引进全球顶尖科学家、青年科技人才；三是支持企业加大研发投入。\n"
    )
    tasks = extract_tasks(doc, classify_items(doc, [], load_lens("science")))
    assert [(t.verb, t.objects, t.rank) for t in tasks] == [
        ("推动", ("科技创新",), 1),
        ("加快建设", ("深圳湾实验室", "光明实验室"), 1),
        ("推动", ("鹏城云脑Ⅲ", "超算二期"), 1),
        ("积极引进", ("全球顶尖科学家", "青年科技人才"), 2),
        ("支持", ("企业",), 3),
    ]
    assert tasks[2].predicate == "点亮"
    assert [t.theme for t in tasks] == ["创新驱动", "创新驱动", "创新驱动", "人才聚能", "企业主导"]
    for task in tasks:
        assert doc.text[task.start:task.end] == task.text


def test_only_plan_items_give_tasks(sample_path):
    doc = read(sample_path)
    items = classify_items(doc, [], load_lens("general"))
    tasks = extract_tasks(doc, items)
    plan_spans = [(i.start, i.end) for i in items if i.mode == "plan"]
    assert len(tasks) > 300
    for task in tasks:
        assert doc.text[task.start:task.end] == task.text
        assert task.text.startswith(task.verb)
        assert any(s <= task.start and task.end <= e for s, e in plan_spans)
    review_end = doc.text.index("二、2025年经济社会发展总体要求")
    assert not any(t.start < review_end for t in tasks)
    assert any(t.verb == "全面提高" and t.objects == ("人才队伍质量",) for t in tasks)


@pytest.mark.parametrize("clause, verb", [
    ("研发经费投入年均增长10%以上", 0),   # a noun that opens on a verb: no task verb (and none bolded)
    ("服务业增加值增长5%", 0),
    ("持续加大投入", 4),                  # verb and object stay a task
    ("研发新一代芯片", 2),
])
def test_a_noun_opening_on_a_verb_is_no_opening_verb(clause, verb):
    from huazhongdian.extract.tasks import _opening_verb
    assert _opening_verb(clause) == verb
