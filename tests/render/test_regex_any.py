"""render.regex_any.AnyOf: the same yes/no as one joined alternation, anchored regexes tried only at the start."""

import re

from huazhongdian.render.news_value import cues, patterns
from huazhongdian.render.regex_any import AnyOf, _anchored


def test_anchored_only_when_the_caret_covers_the_whole_regex():
    assert _anchored("^今年是")
    assert _anchored("^(?:确保|推动)[^，。|]{0,10}开好局$")     # "|" inside a group or class
    assert not _anchored("^今年|明年")                            # a top-level "|": the caret covers one branch
    assert not _anchored("(?:^|，)有效防范")
    assert not _anchored(r"\^今年")


def test_same_answer_as_the_joined_alternation():
    regexes = ["^今年是", "^今年|明年是", "^面对[^，。；]{2,24}$", "(?:^|，)有效防范[^，。；]{0,6}风险$", "倍增效应"]
    joined = re.compile("|".join(f"(?:{r})" for r in regexes))
    test = AnyOf(regexes)
    texts = ["今年是关键之年", "明年是", "而明年是", "面对复杂严峻的外部环境", "我们面对困难", "，有效防范金融风险",
             "有效防范风险", "发挥倍增效应", "", "其他"]
    for t in texts:
        assert bool(test.search(t)) == bool(joined.search(t)), t
    assert test.pattern == joined.pattern
    assert not AnyOf(()).search("任何")


def test_news_value_tests_answer_as_their_regexes_did():
    k, p = cues(), patterns()
    texts = ["今年是“十五五”开局之年", "坚决贯彻习近平强军思想", "依法接受人大及其常委会法律监督", "地区生产总值增长5%",
             "面对复杂严峻的国际环境", "我们要以更大力度推进改革"]
    for regexes, test in ((list(k.political), p.political), ([r.pattern for r in k.never_patterns], p.never_pattern)):
        joined = re.compile("|".join(f"(?:{r})" for r in regexes))
        assert [bool(test.search(t)) for t in texts] == [bool(joined.search(t)) for t in texts]
        assert any(bool(test.search(t)) for t in texts)
