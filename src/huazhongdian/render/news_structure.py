"""What a report's structure says of a bullet's news value (issue 12, wt-rankold2): a figure of the whole, a fact
opening its paragraph, and (wt-oldplan) a plan's new measure of the year. Weights and cues from
``data/news_value.toml`` ([weights] paragraph_first, whole, whole_leads; [plan_news]); used by
:mod:`huazhongdian.render.selection`'s score."""

from __future__ import annotations

import re
from functools import lru_cache

from huazhongdian.datafiles import load_toml
from huazhongdian.render.news_value import cues


@lru_cache(maxsize=1)
def _plan_news() -> tuple[re.Pattern[str], re.Pattern[str], float]:
    raw = load_toml("news_value.toml").get("plan_news", {})
    news = [*raw.get("new_measure", ()), *raw.get("scope", ()), *raw.get("thesis", ())]
    join = lambda ps: re.compile("|".join(f"(?:{p})" for p in ps) or "(?!)")  # noqa: E731
    return join(news), join(raw.get("not_news", ())), float(raw.get("weight", 0.0))


def plan_news(text: str) -> float:
    """A plan's task that is the year's news in words (data ``[plan_news]``): a measure the year starts ("从今年开始
    国家财政实行……"), one taken to the whole ("全面推行……"), or the thesis naming the year's key ("X是今年……的重点");
    not a line continued (继续, 进一步, 坚持) nor a look back (以来)."""
    news, not_news, weight = _plan_news()
    return weight if news.search(text) and not not_news.search(text) else 0.0


def new_measure(text: str, mode: str, congress: bool) -> bool:
    """A government report's plan bullet that is the year's news in words (:func:`plan_news`): a fact of its theme,
    ranked with the figures (the view lists a theme's facts first)."""
    return mode == "plan" and not congress and plan_news(text) > 0


def structure_weight(text: str, figures: int, fact: bool, opens_paragraph: bool, mode: str | None = None) -> float:
    """What the report's structure says of a bullet (data ``weights.whole``, ``weights.paragraph_first``): a figure of
    the whole ("全年汽车销售1364万辆", "全国……") over a part's, and a fact of the item that opens its paragraph (an old
    national report leads each paragraph with its news, then details it; a party congress's openings are its theses,
    weighted apart); and a plan's fact-less task that is the year's news in words (:func:`plan_news`; ``mode`` "plan",
    None for a party congress)."""
    k = cues()
    w = k.weights
    score = w.get("whole", 0.0) if figures and text.startswith(k.whole_leads) else 0.0
    score += plan_news(text) if mode == "plan" and not fact else 0.0
    return score + (w.get("paragraph_first", 0.0) if fact and opens_paragraph else 0.0)
