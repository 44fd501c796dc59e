"""Cuts of wt-oldrank (issue 12, the oldgov set: national 1980, 1993, 1999 tune): a period's growth ("全年增长…",
"五年平均每年增长…", "五年间产值增长…"), a per-head level ("每人平均达到…") and a crop's total ("总产量…") keep the
clause before, which names their subject; a figure after an aside reaches back over it to its bare subject."""

import pytest

from render_sample import selected_texts

REPORT = """政府工作报告

一、去年工作回顾

下半年国有单位固定资产投资增长显著加快，全年增长19.5%，全社会固定资产投资增长14.1%。1992年国民生产总值接近24000亿元，五年平均每年增长百分之七点九。乡镇企业保持旺盛发展势头，五年间产值增长2倍。农民从集体分得的收入，每人平均达到83.4元，比上年增加了9.4元。农村居民人均纯收入，考虑价格下降因素，比上年实际增长4.3%，城镇居民人均可支配收入实际增长5.8%。粮食连续五年增产，总产量10570亿斤。

二、今年工作安排

城镇新增就业900万人以上。
"""


@pytest.fixture(scope="module")
def bullets():
    return selected_texts(REPORT, "oldrank.txt")


@pytest.mark.parametrize("figure,subject", [
    ("全年增长19.5%", "固定资产投资"), ("五年平均每年增长百分之七点九", "国民生产总值"),
    ("五年间产值增长2倍", "乡镇企业"), ("每人平均达到83.4元", "从集体分得的收入"),
    ("总产量10570亿斤", "粮食"), ("比上年实际增长4.3%", "农村居民人均纯收入")])
def test_the_figure_keeps_its_subject(bullets, figure, subject):
    held = [b for b in bullets if figure in b]
    assert held and all(subject in b for b in held), (figure, held)


def test_a_named_subject_stays_alone(bullets):
    # "全社会固定资产投资增长14.1%" names its own subject: it is not joined to the growth before it
    assert any(b.startswith("全社会固定资产投资增长14.1%") for b in bullets)
    assert any(b.startswith("城镇居民人均可支配收入") for b in bullets)
