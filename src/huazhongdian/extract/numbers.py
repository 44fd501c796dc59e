"""Chinese, arabic and mixed numerals → exact ``Decimal``.

Government reports write numbers every way at once: ``3541.07``, ``1,100``,
``五十七``, ``两千八百``, ``一万五千``, ``3万4000``, ``25万6千``, ``1.37万``,
``百分之一点五七``, ``四分之一``. :func:`parse_number` reads all of them as
one exact value; :func:`split_magnitude` keeps a trailing 万/亿 apart, because
the digest reports "4000 亿元" (value 4000, unit 亿元) the way it was written.

Example: ``parse_number("一万五千亿") == Decimal("1500000000000")``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from huazhongdian.numerals import DIGIT, DIGIT_VALUE

__all__ = ["CN_DIGITS", "MAGNITUDES", "parse_number", "split_magnitude", "magnitude_factor"]

CN_DIGITS: dict[str, int] = DIGIT_VALUE
_SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
MAGNITUDES: dict[str, int] = {"万": 10**4, "亿": 10**8}

# Full-width digits and points appear in scanned and web-copied reports; the 1950s reports
# group thousands with a full-width comma (27，203，319，000元).
_WIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_ARABIC = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_PLAIN = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_FRACTION = re.compile(r"(?P<den>.+?)分之(?P<num>.+)")
_TRAILING_MAG = re.compile(r"[万亿]+$")
_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)?|点[零〇○一二两三四五六七八九]+|[零〇○一二两三四五六七八九十百千万亿]")
_CN_DIGIT_STRING = re.compile(f"[{DIGIT}]+")
_THOUSANDS = re.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")


def parse_number(text: str) -> Decimal | None:
    """Parse one numeral as written into its exact value, or None when it is not a numeral.

    Handles arabic (``3541.07``, ``1,100``), Chinese (``五十七``, ``两千八百``,
    ``二十万亿``), mixed (``3万4000``, ``25万6千``, ``1.37万亿``), Chinese decimals
    (``一点五七``), digit strings (``二〇二四``) and fractions (``四分之一`` → 0.25,
    ``百分之一点五七`` → 0.0157). A unit or percent sign is not part of a numeral:
    ``parse_number("5%")`` is None. Run-on digits (``两三``, ``十四五``) are None,
    because they are approximations or labels, not one number.

    Example: ``parse_number("3万4000") == Decimal(34000)``.
    """
    s = text.strip().translate(_WIDTH)
    if not s:
        return None
    if _PLAIN.fullmatch(s):
        return Decimal(s.replace(",", ""))
    frac = _FRACTION.fullmatch(s)
    if frac:
        den = _parse_den(frac.group("den"))
        num = parse_number(frac.group("num"))
        if den is None or num is None or den == 0:
            return None
        return num / den
    return _parse_mixed(_THOUSANDS.sub("", s))


def split_magnitude(text: str) -> tuple[Decimal, str] | None:
    """Split a numeral into its value as written and a trailing 万/亿 magnitude.

    The magnitude belongs with the unit in the digest ("1.37万亿斤" is 1.37 万亿斤),
    so ``split_magnitude("1.37万亿") == (Decimal("1.37"), "万亿")``. A numeral
    without a trailing magnitude returns ``(value, "")``; ``"万"`` alone is None.
    """
    s = text.strip()
    m = _TRAILING_MAG.search(s)
    # 三亿五千万 is 3.5亿: a 万 tail under a 亿 head is part of the number, not a unit prefix.
    # 二万八千亿 is 28000 亿 as written, so a 亿 tail splits off even after a 万.
    if m and m.start() > 0 and not (m.group()[0] == "万" and "亿" in s[: m.start()]):
        head = parse_number(s[: m.start()])
        if head is not None:
            return head, m.group()
    value = parse_number(s)
    return None if value is None else (value, "")


def magnitude_factor(magnitude: str) -> int:
    """万 → 10000, 亿 → 10**8, 万亿 → 10**12, "" → 1 (any run of 十百千万亿)."""
    factor = 1
    for ch in magnitude:
        factor *= MAGNITUDES.get(ch) or _SMALL_UNITS[ch]
    return factor


def _parse_den(text: str) -> Decimal | None:
    # 百分之/千分之/万分之 have no leading 一; the bare multiplier is the denominator.
    if text in ("十", "百", "千", "万", "亿"):
        return Decimal(magnitude_factor(text))
    return parse_number(text)


def _parse_mixed(s: str) -> Decimal | None:
    """Positional Chinese numerals, with arabic digit groups allowed in place of Chinese ones."""
    if len(s) >= 2 and _CN_DIGIT_STRING.fullmatch(s) and (len(s) >= 3 or "〇" in s or "零" in s):
        # 二〇二四: a digit-by-digit string, not positional.
        return Decimal("".join(str(CN_DIGITS[ch]) for ch in s))
    tokens = _TOKEN.findall(s)
    if "".join(tokens) != s:
        return None
    result = Decimal(0)   # completed 亿 groups
    high = Decimal(0)     # the 万 part of the current 亿 group
    section = Decimal(0)  # below 万
    num: Decimal | None = None
    after_zero = False
    for tok in tokens:
        if tok[0].isdigit():
            if num is not None:
                return None
            num = Decimal(tok)
        elif tok[0] == "点":
            frac = Decimal("0." + "".join(str(CN_DIGITS[ch]) for ch in tok[1:]))
            num = (num or Decimal(0)) + frac
        elif tok in CN_DIGITS:
            digit = CN_DIGITS[tok]
            if num is not None and not after_zero:
                # 两三, 十四五: run-on digits are a range or a label, not a number.
                return None
            after_zero = digit == 0
            num = None if after_zero else Decimal(digit)
        elif tok in _SMALL_UNITS:
            after_zero = False
            section += (num if num is not None else Decimal(1)) * _SMALL_UNITS[tok]
            num = None
        elif tok == "万":
            after_zero = False
            section += num or 0
            num = None
            if section == 0 and high == 0:
                return None
            high = (high + section) * 10**4
            section = Decimal(0)
        else:  # 亿
            after_zero = False
            section += num or 0
            num = None
            if section == 0 and high == 0 and result == 0:
                return None
            result = (result + high + section) * 10**8
            high = Decimal(0)
            section = Decimal(0)
    return result + high + section + (num or 0)
