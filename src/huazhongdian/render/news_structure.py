"""What a report's structure says of a bullet's news value (issue 12, wt-rankold2): a figure of the whole, a fact
opening its paragraph. Weights and cues from ``data/news_value.toml`` ([weights] paragraph_first, whole, whole_leads);
used by :mod:`huazhongdian.render.selection`'s score."""

from __future__ import annotations

from huazhongdian.render.news_value import cues


def structure_weight(text: str, figures: int, fact: bool, opens_paragraph: bool) -> float:
    """What the report's structure says of a bullet (data ``weights.whole``, ``weights.paragraph_first``): a figure of
    the whole ("全年汽车销售1364万辆", "全国……") over a part's, and a fact of the item that opens its paragraph (an old
    national report leads each paragraph with its news, then details it; a party congress's openings are its theses,
    weighted apart)."""
    k = cues()
    w = k.weights
    score = w.get("whole", 0.0) if figures and text.startswith(k.whole_leads) else 0.0
    return score + (w.get("paragraph_first", 0.0) if fact and opens_paragraph else 0.0)
