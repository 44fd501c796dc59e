"""Chinese and arabic numerals → Decimal. (Minimal; the indicators helper owns it.)"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def parse_number(text: str) -> Decimal | None:
    """Parse a numeral as written ("4000", "1,100", "五十七", "1.37万") → Decimal, or None."""
    s = text.replace(",", "").strip()
    try:
        return Decimal(s)
    except InvalidOperation:
        return None
