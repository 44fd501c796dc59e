"""The poster's 数说 cards: how one is drawn (its figure never clipped, its label on at most two lines
broken near the middle) and which headline results the poster may add to the view's six
(:func:`poster_result_cards`; :mod:`huazhongdian.render.poster` adds them only where they fit)."""

from __future__ import annotations

import re
from typing import Any

from huazhongdian.datafiles import load_toml
from huazhongdian.render.news_value import patterns
from huazhongdian.render.poster_text import ELLIPSIS, Styled, _plain, text_width, wrap
from huazhongdian.render.selection import cues
from huazhongdian.render.style import PALETTE, SPACE, TYPE
from huazhongdian.render.view import Card, DigestView, headline_result_cards
from huazhongdian.types import Digest

CARD_PAD = 26
# A unit that holds a second figure or a move ("%提升至76%"): the figure was not split into one number.
_UNSPLIT = re.compile("[0-9０-９至到]")


def card_label(card: Card, cw: float) -> list[list[Styled]]:
    """The label on at most two lines; two lines break near its middle ("地方一般公共/预算收入增长", not
    "地方一般公共预算收/入"), so no line holds a stray character or two."""
    width = cw - 2 * CARD_PAD
    lines = wrap(_plain(card.label), TYPE.poster_label, width, 2)
    if len(lines) == 2 and not lines[-1][-1][0] == ELLIPSIS:
        half = text_width(card.label, TYPE.poster_label) / 2 + TYPE.poster_label
        balanced = wrap(_plain(card.label), TYPE.poster_label, min(width, half), 2)
        lines = balanced if len(balanced) == 2 and balanced[-1][-1][0] != ELLIPSIS else lines
    return lines


def draw_card(p: Any, card: Card, x: float, y: float, cw: float, ch: float) -> None:
    pad = CARD_PAD
    p.rect(x, y, cw, ch, PALETTE.card, SPACE.poster_radius)
    p.rect(x, y, cw, 8, PALETTE.gold, 4)
    size, unit_size = TYPE.poster_number, TYPE.poster_unit
    # Shrink the number until number + unit fit the card: never clip a figure.
    small = text_width(card.prefix, unit_size) + text_width(card.unit, unit_size) + 10
    while size > 36 and text_width(card.number, size) + small > cw - 2 * pad:
        size -= 4
    base = y + pad + 10 + TYPE.poster_number
    end = x + pad
    if card.prefix:
        end = p.text(card.prefix, end, base, unit_size, PALETTE.red, bold=True) + 4
    right = x + cw - pad
    end = p.text(card.number, end, base, size, PALETTE.red, bold=True, width=max(0.0, right - end))
    p.text(card.unit, end + 4, base, unit_size, PALETTE.red, bold=True, width=max(0.0, right - end - 4))
    ly = base + 14
    for line in card_label(card, cw):
        ly += TYPE.poster_label + 8
        p.line(line, x + pad, ly, TYPE.poster_label, PALETTE.ink)
    if card.tag:
        p.text(card.tag, x + pad, ly + 18 + TYPE.poster_small, TYPE.poster_small, PALETTE.ink_soft,
               width=cw - 2 * pad)


def poster_result_cards(digest: Digest, view: DigestView) -> tuple[Card, ...]:
    """The headline results of the year under review a poster may add to the view's six cards (the
    economy's size, 城镇新增就业, 居民收入, 粮食产量 …: what an editor's 数说 shows beside GDP's growth), in
    the order of the headline cues (data: news_value.toml [cues] headline), then the five years' (labelled
    with their period); none for a view of fewer cards. Not one that reads as no headline of its own (a
    contribution rate, a change "in percentage points": their base is not on the card; see
    ``poster_card_skip``)."""
    year = digest.document.meta.review_year
    if len(view.cards) != 6 or not year:
        return ()
    order = cues().headline
    raw = load_toml("news_value.toml")["view"]
    skip = tuple(raw.get("poster_card_skip", ()))
    increment = re.compile(raw["poster_card_increment"])
    text = digest.document.text
    rank = lambda c: (c.tag != f"{year}年",  # noqa: E731
                      min((order.index(h) for h in order if h in c.label), default=len(order)))
    extra = [c for c in headline_result_cards(digest, view.cards, 24)
             if not any(w in c.label + c.number + c.unit for w in skip) and headline_label(c.label)
             and not _UNSPLIT.search(c.unit)
             and not (increment.search(text[max(0, c.start - 16):c.end]) and not c.unit.startswith(("%", "％", "倍")))]
    return tuple(sorted(extra, key=rank))


def economy_size(card: Card) -> bool:
    """Whether a card is the year's economy size ("国内生产总值 140.19万亿元", tagged 2025年, not a five years'):
    the lead metric in a unit of money."""
    return (bool(patterns().lead.search(card.label)) and card.unit.endswith("元") and "增" not in card.label
            and re.fullmatch("[0-9]{4}年", card.tag) is not None)


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
