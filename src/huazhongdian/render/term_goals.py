"""Which bullets of the coming plan period's goals ("“十五五”时期目标任务", view key ``plan-term``) are
goals an editor prints: a quantified goal (a figure: 年均增长5%左右, 人均预期寿命提高到80岁), a dated
goal (到2030年…) or a named project being built (quoted or of a project's kind: "打造平陆运河经济带").

The digest's general ``factual`` test is too loose there: a strategy merely joined ("深度融入高质量共建
“一带一路”", an entity), a 首创 of an aim ("首创性差别化改革", a first), a vague rank ("稳居全国第一方阵"),
a count of the plan's parts ("从八个方面实现突破") and the 2035 formula ("为二○三五年基本实现社会主义现代化
打下坚实基础", a date) all pass it. Counted by hand in bench/data/term_goals_sample.json. Data:
``[term_goals]`` in ``data/news_value.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from huazhongdian.datafiles import load_toml
from huazhongdian.render.news_value import any_of, no_figures
from huazhongdian.types import Digest

__all__ = ["TermGoals", "term_goal_test", "term_goals_cues"]


@dataclass(frozen=True, slots=True)
class TermGoals:
    on: bool                    # the plan-term group shows only goals (off: the general ``factual``)
    others: int                 # …and this many other bullets in a theme with no goal (0: the theme folds)
    figure_not: re.Pattern[str]  # a figure followed by this counts parts of the plan (八个方面, 28个主要指标)
    date: re.Pattern[str]        # a dated goal (到2030年)
    formula: re.Pattern[str]     # …but not the formula every report repeats (基本实现社会主义现代化)
    project: re.Pattern[str]     # a named project being built ("打造“一中心多园区”…", "…经济带")
    joined: re.Pattern[str]      # …but not a strategy merely joined or served (融入, 落实, 抓住)


@lru_cache(maxsize=1)
def term_goals_cues() -> TermGoals:
    t = load_toml("news_value.toml").get("term_goals", {})

    def alt(key: str) -> re.Pattern[str]:
        return re.compile(any_of(t.get(key, ())))

    return TermGoals(on=bool(t.get("on", False)), others=int(t.get("others", 0)), figure_not=alt("figure_not"),
                     date=alt("dates"), formula=alt("formulas"), project=alt("projects"), joined=alt("joined"))


def term_goal_test(digest: Digest):
    """A test ``goal(start, end) -> bool`` for the spans of ``digest``'s plan-term bullets."""
    k = term_goals_cues()
    text = digest.document.text
    none = no_figures(digest)     # a set's count (三大攻坚战), a meeting's ordinal (十八届)
    figures = sorted((ind.start, ind.end) for i, ind in enumerate(digest.indicators)
                     if ind.end > ind.start and i not in none)

    def goal(start: int, end: int) -> bool:
        t = text[start:end]
        for s, e in figures:
            if s >= start and e <= end and not k.figure_not.match(text, e) and not k.formula.search(text, s, e):
                return True
        if k.formula.search(t):
            return False
        return bool(k.date.search(t)) or (bool(k.project.search(t)) and not k.joined.search(t))

    return goal
