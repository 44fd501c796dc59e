"""The poster's 数说 cards: how one is drawn (its figure never clipped, its label on at most two lines
broken near the middle). Which headline results the poster may add to the view's six is the view's
(:attr:`~huazhongdian.render.view.DigestView.poster_cards`, :mod:`huazhongdian.render.view_cards`);
:mod:`huazhongdian.render.poster` adds them only where they fit."""

from __future__ import annotations

import re
from typing import Any

from huazhongdian.render.poster_text import ELLIPSIS, Styled, _plain, text_width, wrap
from huazhongdian.render.style import PALETTE, SPACE, TYPE
from huazhongdian.render.view import Card
from huazhongdian.render.view_cards import names_economy

CARD_PAD = 26


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


def economy_size(card: Card) -> bool:
    """Whether a card is the year's economy size ("国内生产总值 140.19万亿元", tagged 2025年, not a five years'):
    the lead metric in a unit of money."""
    return (names_economy(card.label) and card.unit.endswith("元") and "增" not in card.label
            and re.fullmatch("[0-9]{4}年", card.tag) is not None)
