"""The small Chinese numerals of headings, list markers, ordinals and dates, in one place.

Reports number their parts 一、 （二） 第三章 十、 and their list items 一是 二是; meeting
names count 第十四届 … 第三次; datelines and old reports write years digit by digit
(二〇二六年, 一九八二年). The character classes below are the alphabets of those forms, and
:func:`cn_number` / :func:`cn_numeral` read and write the small numbers. Quantities
(百分之八点五, 一千二百亿元) are the indicator grammar's business
(:mod:`huazhongdian.extract.numbers`), not this module's.
"""

from __future__ import annotations

# The characters of an ordinal up to 99: 一 … 十, 十四, 二十三.
ORDINAL = "一二三四五六七八九十"
# Ordinals of headings may reach the hundreds in a long plan outline: 第一百章 is not seen, 第十一篇 is.
HEADING_ORDINAL = ORDINAL + "百"
# The ten digits as a year or a decimal writes them one by one: 一九八二, 二〇二六, 七点九
# (〇, its look-alike ○ and 零 all occur for zero).
DIGIT = "〇○零一二三四五六七八九"
# A year as a regex: 2024, 一九八二, 一九八○ (the year numeral alone, without its 年).
YEAR_NUMERAL = rf"(?:(?:19|20)[0-9]{{2}}|[一二][{DIGIT}]{{3}})"

DIGIT_VALUE = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                "六": 6, "七": 7, "八": 8, "九": 9}
# :data:`DIGIT` to Arabic digits, for ``str.translate``: "一九五三" → "1953", "一九八○" → "1980".
YEAR_DIGITS = str.maketrans(DIGIT, "000123456789")


def year_value(numeral: str) -> int:
    """2024 of "2024", 1953 of "一九五三" (a year numeral of :data:`YEAR_NUMERAL`)."""
    return int(numeral.translate(YEAR_DIGITS))


def cn_number(text: str) -> int | None:
    """Value of a small Chinese numeral: an ordinal up to 99 or a year written digit by digit.

    ``cn_number("十四") == 14``, ``cn_number("二十") == 20``, ``cn_number("二〇二六") == 2026``.
    Returns None when ``text`` is not such a numeral.
    """
    if not text or any(ch not in DIGIT_VALUE and ch != "十" for ch in text):
        return None
    if "十" not in text:
        value = 0
        for ch in text:
            value = value * 10 + DIGIT_VALUE[ch]
        return value
    tens, _, units = text.partition("十")
    if "十" in units:
        return None
    return (DIGIT_VALUE[tens] if tens else 1) * 10 + (DIGIT_VALUE[units] if units else 0)


def cn_numeral(n: int) -> str:
    """A number 1–99 in Chinese: ``cn_numeral(19) == "十九"``."""
    digits = "零一二三四五六七八九"
    tens, units = divmod(n, 10)
    if not tens:
        return digits[units]
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")


# Marks a report writes between digit groups of a figure: 33，212万吨, 1，753亿元 (1980), 6,256.
GROUP_MARKS = "，,"


def is_group_comma(text: str, i: int) -> bool:
    """Whether the comma at ``text[i]`` separates thousands inside one figure, not two clauses.

    The 1980 report writes ``粮食产量33，212万吨`` with a full-width comma: it stands between a run of one to
    three Arabic digits and exactly three more that no further digit follows (a decimal point may).
    ``is_group_comma("33，212万吨", 2)`` is True; ``is_group_comma("增长3%，212个", 3)`` is False.
    """
    if not (0 < i < len(text) - 3) or text[i] not in GROUP_MARKS:
        return False
    j = i
    while j > 0 and text[j - 1].isascii() and text[j - 1].isdigit():
        j -= 1
    before = i - j
    after = text[i + 1 : i + 4]
    if not (1 <= before <= 3 and len(after) == 3 and after.isascii() and after.isdigit()):
        return False
    nxt = text[i + 4] if i + 4 < len(text) else ""
    if nxt.isascii() and nxt.isdigit():
        return False
    # a run of groups (1，234，567) is one figure too
    return j == 0 or text[j - 1] not in GROUP_MARKS or is_group_comma(text, j - 1)
