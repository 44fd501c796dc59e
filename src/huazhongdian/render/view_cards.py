"""The view's 数说 cards as shown: :class:`Card`, the view's own cards and the headline results a
poster adds beside them (:func:`poster_result_cards`, :attr:`~huazhongdian.render.view.DigestView.poster_cards`),
each built once with the rest of the view. Which figures become cards and how they are labelled:
:mod:`huazhongdian.render.cards`; how the poster draws them: :mod:`huazhongdian.render.poster_cards`."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from huazhongdian.datafiles import load_toml
from huazhongdian.render.cards import Pick, headline_results, indicator_salience, pick_cards, salient_indicators, \
    split_figure
from huazhongdian.render.news_value import patterns
from huazhongdian.render.selection import cues
from huazhongdian.render.spans import Anchors
from huazhongdian.render.target_rows import target_label, target_own_label
from huazhongdian.types import Digest

# A unit that holds a second figure or a move ("%提升至76%"): the figure was not split into one number.
_UNSPLIT = re.compile("[0-9０-９至到]")
# The words after the old level of a move ("从不到70万亿元增加到超过100万亿元"): that level is not the year's.
_MOVE_ON = re.compile("(?:增加|增长|提高|提升|上升|扩大|跃升|跨越)?(?:到|至)")
# A card label's change word: "居民收入增长" and "居民收入" name one subject.
_CARD_CHANGE = re.compile("(增长|下降|提高|提升|降低|总量)$")


@dataclass(frozen=True, slots=True)
class Card:
    """One big-number card: ``prefix`` (超过, 近, 第) small, ``number`` large, ``unit`` small, ``label`` below."""

    prefix: str
    number: str
    unit: str
    label: str
    tag: str            # 回顾 | 安排 | 目标
    anchor: int         # sentence start in doc.text, for the link
    indicator: int      # index into Digest.indicators
    score: float
    start: int = 0      # the indicator's span in doc.text: the card's stable id
    end: int = 0

    @property
    def id(self) -> str:
        """The card's stable id for an edit file: ``f-<start>-<end>`` of its figure's span."""
        return f"f-{self.start}-{self.end}"


def _in_items(digest: Digest) -> set[int]:
    return {i for item in digest.items for i in item.indicator_ids}


def view_cards(digest: Digest, anchors: Anchors, k: int, five: frozenset[int]) -> tuple[Card, ...]:
    """The view's ``k`` 数说 cards (see :mod:`huazhongdian.render.cards` for which and why)."""
    in_items = _in_items(digest)
    return tuple(_card(digest, anchors, pick, in_items)
                 for pick in pick_cards(digest, salient_indicators(digest, 4 * k), k, five))


def headline_result_cards(digest: Digest, taken: tuple[Card, ...], n: int, anchors: Anchors,
                          five: frozenset[int]) -> tuple[Card, ...]:
    """Up to ``n`` further cards of last year's (or the five years') headline results that ``taken``
    leaves out (城镇新增就业, 居民人均可支配收入, 粮食产量 …), for an output with room for more cards (the
    poster); no target and no subject-and-period already on a card. The view's own cards are unchanged."""
    in_items = _in_items(digest)
    used = {c.indicator for c in taken}
    # One card per subject and period, but the economy's size ("国内生产总值总量 140.19万亿元") may stand
    # beside its growth (the lead metric's, news_value patterns().lead), which the view's cards show already.
    # (a move "从2020年的3.68万亿元增长到2025年的4.93万亿元" is a change that shows the new level: the size)
    lead = patterns().lead
    change = lambda i: (digest.indicators[i].kind == "change" and digest.indicators[i].from_value is None  # noqa: E731
                        and bool(lead.search(digest.indicators[i].metric)))
    seen = {(_CARD_CHANGE.sub("", c.label), c.tag, change(c.indicator)) for c in taken}
    out: list[Card] = []
    for pick in _with_size(digest, headline_results(digest, five)):
        key = (_CARD_CHANGE.sub("", pick.label), pick.tag, change(pick.indicator))
        if pick.indicator in used or key in seen or len(out) >= n:
            continue
        seen.add(key)
        out.append(_card(digest, anchors, pick, in_items))
    return tuple(out)


def names_economy(label: str) -> bool:
    """Whether a card label names the whole economy: the lead metric ("全省地区生产总值", "国内生产总值总量") or its
    size in words ("经济总量", "全区经济总量": data news_value.toml [cards] economy_size_names), not a part's
    ("武汉都市圈经济总量")."""
    names = tuple(load_toml("news_value.toml")["cards"].get("economy_size_names", ()))
    subjects = ("",) + tuple(load_toml("news_value.toml")["view"].get("poster_card_subjects", ()))
    return bool(patterns().lead.search(label)) or any(label == w + n for n in names for w in subjects)


def _with_size(digest: Digest, picks: list[Pick]) -> list[Pick]:
    """``picks`` with the economy's size (a level of the lead metric in money, "全省地区生产总值23562亿元", or the
    new level of a move; not a yearly average or a sum, 年均, 累计) labelled by the lead metric's own name
    ("地区生产总值迈上" → 地区生产总值); of several of one period, the exact level rather than a milestone passed
    on the way ("突破2万亿元": data news_value.toml [cards] size_milestones)."""
    year = digest.document.meta.review_year
    if not year or digest.document.meta.kind != "gov-work-report":
        return picks
    lead = patterns().lead
    text = digest.document.text
    milestones = tuple(load_toml("news_value.toml")["cards"].get("size_milestones", ()))

    def size(p: Pick) -> bool:
        ind = digest.indicators[p.indicator]
        return (ind.kind in ("level", "change") and (ind.kind == "level" or ind.from_value is not None)
                and (ind.unit or "").endswith("元") and names_economy(p.label) and "增" not in p.label
                and not _MOVE_ON.match(text, ind.end)   # (the old level of a move: "从不到70万亿元增加到…")
                and not any(w in text[max(0, ind.start - 4):ind.start] for w in ("年均", "累计")))

    def subject(p: Pick) -> str:
        # the subject up to the lead metric's name: "地区生产总值迈上" → 地区生产总值 ("国内生产总值总量" keeps 总量)
        m = lead.search(p.label)
        if not m:
            return p.label
        return p.label[:m.end()] + ("总量" if p.label[m.end():].startswith("总量") else "")

    # (a five-year review's size keeps its period, "“十四五”时期": the hand labels of cards_sample.json and of the
    # digest references say so; only a size that names its own year, 到2025年的4.93万亿元, is the year's)
    out = [replace(p, label=subject(p)) if size(p) else p for p in picks]
    milestone = lambda p: size(p) and (digest.indicators[p.indicator].text.startswith(milestones)  # noqa: E731
                                       or text[max(0, digest.indicators[p.indicator].start - 2):
                                               digest.indicators[p.indicator].start].endswith(milestones))
    exact = {p.tag for p in out if size(p) and not milestone(p)}
    return [p for p in out if not (milestone(p) and p.tag in exact)]


def poster_result_cards(digest: Digest, cards: tuple[Card, ...], anchors: Anchors,
                        five: frozenset[int]) -> tuple[Card, ...]:
    """The headline results of the year under review a poster may add to the view's six ``cards`` (the
    economy's size, 城镇新增就业, 居民收入, 粮食产量 …: what an editor's 数说 shows beside GDP's growth), in
    the order of the headline cues (data: news_value.toml [cues] headline), then the five years' (labelled
    with their period); none for a view of fewer cards. Not one that reads as no headline of its own (a
    contribution rate, a change "in percentage points": their base is not on the card; see
    ``poster_card_skip``)."""
    year = digest.document.meta.review_year
    if len(cards) != 6 or not year:
        return ()
    order = cues().headline
    raw = load_toml("news_value.toml")["view"]
    skip = tuple(raw.get("poster_card_skip", ()))
    increment = re.compile(raw["poster_card_increment"])
    text = digest.document.text
    rank = lambda c: (c.tag != f"{year}年",  # noqa: E731
                      min((order.index(h) for h in order if h in c.label), default=len(order)))
    extra = [c for c in headline_result_cards(digest, cards, 24, anchors, five)
             if not any(w in c.label + c.number + c.unit for w in skip) and headline_label(c.label)
             and not _UNSPLIT.search(c.unit) and text[c.end:c.end + 1] != "的"   # (超500亿元的县域: an attribute)
             and not (increment.search(text[max(0, c.start - 16):c.end]) and not c.unit.startswith(("%", "％", "倍")))]
    return tuple(sorted(extra, key=rank))


def headline_label(label: str) -> bool:
    """Whether a card label names a headline metric itself: the cue opens it, after at most a subject word
    ("全省", "城镇居民", "货物": news_value.toml [view] poster_card_subjects), and at most four characters
    follow it ("增长", "总额增长"); "海洋生产总值", "跨境电商进出口", "泸州经济总量" are parts, not headlines."""
    raw = load_toml("news_value.toml")["view"]
    subjects = ("",) + tuple(raw.get("poster_card_subjects", ()))
    for cue in cues().headline:
        at = label.find(cue)
        if at >= 0 and label[:at] in subjects and len(label) - at - len(cue) <= 4:
            return True
    return False


def _card(digest: Digest, anchors: Anchors, pick: Pick, in_items: set[int]) -> Card:
    ind = digest.indicators[pick.indicator]
    prefix, number, unit = split_figure(ind.text)
    before = digest.document.text[max(0, ind.start - 2):ind.start]
    prefix = prefix or next((w for w in ("超过", "突破", "近", "逾") if before.endswith(w)), "")
    label = (target_own_label(digest, pick.indicator) or target_label(pick.target, digest.document.meta.level)) \
        if pick.target else pick.label
    score = indicator_salience(ind, in_item=pick.indicator in in_items,
                               position=ind.start / max(1, digest.document.chars))
    return Card(prefix=prefix, number=number, unit=unit, label=label, tag=pick.tag,
                anchor=anchors.sentence_start(ind.sentence_start), indicator=pick.indicator, score=score,
                start=ind.start, end=ind.end)


def size_in_six(cards: tuple[Card, ...], extra: tuple[Card, ...], is_size) -> tuple[Card, ...]:
    """The six ``cards`` with the economy's size (``is_size``: poster_cards.economy_size) of ``extra`` in the place
    of the year's last other result, right after the year's growth, when no more cards fit beside the six: an
    editor prints the size beside the growth before a lesser result (national 2004: 国内生产总值 11.67万亿元 before
    城镇新增就业). Unchanged when a card shows the size already or no result of its year can give way."""
    size = next((c for c in extra if is_size(c)), None)
    if size is None or any(is_size(c) for c in cards):
        return cards
    lead = patterns().lead
    year = [i for i, c in enumerate(cards) if c.tag == size.tag and not c.tag.endswith("目标")]
    growth = [i for i in year if lead.search(cards[i].label)]
    give = [i for i in year if i not in growth]
    if not growth or not give:
        return cards
    rest = [c for i, c in enumerate(cards) if i != give[-1]]
    at = rest.index(cards[growth[0]]) + 1
    return tuple(rest[:at] + [size] + rest[at:])
