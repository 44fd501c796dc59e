"""The canonical text that every offset in huazhongdian indexes.

``normalise(text)`` is applied once, when a document is read; everything
downstream (sentences, terms, indicators, spans) points into its output.
It repairs what scraping, PDF extraction and social-media publishing do
to a report, and nothing else: no simplified/traditional conversion, no
rewording, no punctuation changes beyond width. The rules, in order:

1. Characters: CR/CRLF and other line separators become ``\\n``;
   zero-width and bidi marks go; NBSP, ideographic and other odd spaces
   become a plain space; full-width digits, Latin letters and ``％``
   become ASCII (Chinese punctuation ，。：；！？（）“”、 stays);
   ``．`` between digits, and ``·`` as a percentage's decimal point ("4·3%"),
   become ``.``; emoji and ornaments (👇 ▲ ★) go;
   Kangxi and supplementary radicals and CJK compatibility ideographs become the unified
   ideograph they stand for (⼯ → 工, ⺠ → 民), one character for one.
   Roman numerals (Ⅲ), circled numbers (①) and ``○`` (used as zero) stay.
2. Lines: leading/trailing spaces stripped, runs of spaces collapsed,
   characters spaced out one by one ("政 府 工 作 报 告") closed up, and so are digits
   on a line that spaces them one by one ("1 9 9 7 年", "8 ．8 ％"), and a figure spaced out
   between Chinese characters on any line ("增长1 0 ％", "4 0 个"). (The space a
   PDF text layer sets between digits and Chinese, "134.9 万亿元", is closed by the
   PDF reader, :func:`close_digit_gaps`; elsewhere such a space is a cell or field gap.)
3. Boilerplate: web-page chrome (breadcrumbs, 【字体：大中小】, 分享) and
   social-media credits (编辑：/校审：/来源：/如需转载 …) are dropped, and
   everything from a trailing 推荐阅读 / END / wiki licence block on.
4. Broken lines are re-joined (see :func:`join_broken_lines`).
5. Runs of blank lines become one blank line; the text is stripped.

The function is idempotent: ``normalise(normalise(x)) == normalise(x)``.
"""

from __future__ import annotations

import re

from huazhongdian.chars import HAN
from huazhongdian.datafiles import load_text
from huazhongdian.numerals import HEADING_ORDINAL

__all__ = ["normalise", "normalise_chars", "join_broken_lines"]

# --- 1. characters ---------------------------------------------------------------------

_CJK = HAN

_CHAR_MAP: dict[int, str | None] = {}
for _cp in (0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064,
            0xFEFF, 0x00AD, 0x180E, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0xFE0E, 0xFE0F, 0x20E3):
    _CHAR_MAP[_cp] = None
# Stray C0 controls (a pasted text can carry them; files with many are rejected as binary).
for _cp in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]:
    _CHAR_MAP[_cp] = None
for _cp in (0x0B, 0x0C, 0x85, 0x2028, 0x2029):
    _CHAR_MAP[_cp] = "\n"
for _cp in (0x09, 0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000):
    _CHAR_MAP[_cp] = " "
for _cp in range(0xFF10, 0xFF1A):  # ０-９
    _CHAR_MAP[_cp] = chr(_cp - 0xFEE0)
for _cp in [*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]:  # Ａ-Ｚ ａ-ｚ
    _CHAR_MAP[_cp] = chr(_cp - 0xFEE0)
_CHAR_MAP[0xFF05] = "%"  # ％
# ＋ in 人工智能＋: one report writes it full-width and the next half-width, which would split a
# term's trend in two.
_CHAR_MAP[0xFF0B] = "+"


def _load_cjk_fold() -> dict[int, str]:
    """Radicals and compatibility ideographs → unified ideographs (``data/cjk_fold.tsv``).

    A PDF printed by a browser or a word processor often maps glyphs back to the radical that
    shares them (⼯ U+2F2F for 工, ⺠ U+2EA0 for 民): the text looks right and matches nothing.
    """
    
    table: dict[int, str] = {}
    raw = load_text("cjk_fold.tsv")
    for line in raw.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and not line.startswith("#") and len(fields[0]) == len(fields[1]) == 1:
            table[ord(fields[0])] = fields[1]
    return table


_CHAR_MAP.update(_load_cjk_fold())
# str.translate walks every character through a dict; a regex finds the rare ones faster.
_MAPPED = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_CHAR_MAP)) + "]")


def _map_char(match: re.Match[str]) -> str:
    return _CHAR_MAP[ord(match.group())] or ""


# Emoji and ornaments. Kept on purpose: ○ ◯ (written for zero in 二○二五), ● ◎ (bullets),
# ❶-❿ and ①-⑳ (list numbers), arrows (→ can carry meaning), © ® ™.
_ORNAMENT = re.compile(
    "["
    "\U0001F000-\U0001FAFF"        # emoji, pictographs, regional indicators, skin tones
    "\U000E0000-\U000E007F"        # emoji tag sequences
    "\uE000-\uF8FF"                # private use: icon fonts in scraped pages
    "\u2600-\u2775\u2794-\u27BF"   # misc symbols ☀★☆♥, dingbats ✔✅❤➡ (not ❶-❿ / ➀-➓)
    "\u2B00-\u2BFF"                # ⭐ ⬆ ⭕
    "\u231A\u231B\u23E9-\u23FA"    # ⌚ ⏰ ⏩
    "\u25A0-\u25CA\u25CC\u25CD\u25D0-\u25EE\u25F0-\u25FF"  # ▲△▼▽◆◇■□▶◀ but not ○ ◎ ● ◯
    "\u3030\u303D\u3297\u3299"     # 〰 〽 ㊗ ㊙
    "]+"
)
_FULLWIDTH_POINT = re.compile(r"(?<=\d)．(?=\d)")
# A middle dot as the decimal point of a percentage ("增长4·3%", the 1999 national report as
# published). Only before a percent or per-mille sign: "“25·7”大洪水", "“5·18国际博物馆日”" are dates.
_MIDDLE_POINT = re.compile(r"(?<=\d)[·・](?=\d+ ?[%‰])")


def _points(text: str) -> str:
    """``．`` between digits, and a middle dot as a percentage's decimal point, become ``.``."""
    return _MIDDLE_POINT.sub(".", _FULLWIDTH_POINT.sub(".", text))
# A line holding only invisible marks or emoji vanishes instead of becoming a paragraph break
# (the 2017 report has "74.4\n\u200b\n万亿元").
_EMPTY_LINE = re.compile(
    "^[ \t\u3000\u00a0]*(?:[\u200b-\u200f\u2060\ufeff\u00ad\ufe0e\ufe0f]|" + _ORNAMENT.pattern + ")"
    "(?:[ \t\u3000\u00a0\u200b-\u200f\u2060\ufeff\u00ad\ufe0e\ufe0f]|" + _ORNAMENT.pattern + ")*\n",
    re.MULTILINE,
)


def normalise_chars(text: str) -> str:
    """Character-level clean-up only (step 1): newlines, invisible marks, widths, emoji.

    Used for side files such as term lists, whose lines must not be joined.

    Example: ``normalise_chars("增长５．２％👍") == "增长5.2%"``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ORNAMENT.sub("", _MAPPED.sub(_map_char, _EMPTY_LINE.sub("", text)))
    # After the ornaments are gone, so that "５．👍２" cannot become "5．2" on a second run.
    return _points(text)


# --- 2. lines --------------------------------------------------------------------------

_SPACES = re.compile(r" {2,}")
# A run of single CJK characters separated by single spaces: "政 府 工 作 报 告", "李 强".
_SPACED_OUT = re.compile(rf"(?<![{_CJK}])[{_CJK}](?: [{_CJK}](?![{_CJK}]))+")


def _close_up(match: re.Match[str]) -> str:
    return match.group().replace(" ", "")


# A PDF's text layer puts a space where a run of digits (set in a Latin font) meets the Chinese
# around it: "134.9 万亿元", "增长 5%". Chinese running text sets no space there, but a table row
# or a dateline joined from cells does ("国内生产总值 134.9万亿元", "18:15 广东"), so this is
# for PDF text only. ⺀-⿟ are the radicals a PDF may still hold before normalise_chars folds them.
_DIGIT_GAP = re.compile(rf"(?<=[0-9%])[ ](?=[{_CJK}\u2e80-\u2fdf])|(?<=[{_CJK}\u2e80-\u2fdf])[ ](?=[0-9])")


def close_digit_gaps(text: str) -> str:
    """Drop the single space a PDF text layer sets between digits and Chinese."""
    return _DIGIT_GAP.sub("", text)


# Digits spaced out one by one ("1 9 9 7 年", "增长8 ．8 ％": the 1998 national report as
# published): a line holding such a run (three digits, or digit-point-digit) has every space after
# a digit or a point closed, before a digit, a point, a percent sign or Chinese.
_SPACED_DIGITS = re.compile(r"(?<![0-9A-Za-z])[0-9] (?:[0-9] [0-9]|[．.] ?[0-9])")
_DIGIT_SPACE = re.compile(rf"(?<=[0-9．.]) (?=[0-9．.%‰{_CJK}])")
# A figure spaced out on a line that spaces nothing else ("预定增长1 0 ％", "从4 0 个减少到2 9 个",
# "增长速度8 ％" in the 1998 report): after a Chinese character, single digits each followed by a
# space, then a percent sign, or (two digits or more) a Chinese character. Closed where it stands;
# a dateline ("2026-01-31 07:00"), a year before a cell gap ("1980 年"), a list number stay.
_SPACED_FIGURE = re.compile(rf"(?<=[{_CJK}])[0-9](?: [0-9])* (?=[%‰])|(?<=[{_CJK}])[0-9](?: [0-9])+ (?=[{_CJK}])")


def _clean_line(line: str) -> str:
    line = _SPACES.sub(" ", line.strip())
    if " " in line:
        line = _SPACED_OUT.sub(_close_up, line)
        if _SPACED_DIGITS.search(line):
            line = _points(_DIGIT_SPACE.sub("", line))
        else:
            line = _SPACED_FIGURE.sub(_close_up, line)
    return line


# --- 3. boilerplate --------------------------------------------------------------------

_CREDIT_LABELS = (
    "编辑|责编|责任编辑|值班编辑|校审|校对|审核|审校|初审|复审|终审|一审|二审|三审|监制|统筹|美编|排版"
    "|来源|内容来源|文章来源|信息来源|稿件来源|图片来源|阅读量|浏览次数|浏览量|点击数"
)
# A credit or source line: "编辑：李可", "（来源：青海日报）", "来源:" (value on the next line).
_CREDIT = re.compile(rf"^[（(【\[]?\s*(?:{_CREDIT_LABELS})\s*[:：|｜].{{0,60}}$"
                     rf"|^[（(【\[]?(?:{_CREDIT_LABELS})\s*[:：]?[）)】\]]?$")
_CREDIT_LABEL_ONLY = re.compile(rf"^(?:{_CREDIT_LABELS})\s*[:：]$")
# Calls to action: a short line starting with one of these, or a line that is just one.
_SOCIAL = re.compile(
    r"^(?:(?:如需转载|转载请注明|欢迎转载|欢迎分享|点击关注|点击上方|点击下方|点击蓝字|点击“阅读原文”|点击阅读原文"
    r"|长按(?:识别)?(?:图中)?二维码|扫码关注|扫描二维码|扫描下方二维码|分享到).{0,40}"
    r"|阅读原文|关注我们|最新文章|分享[:：]?|点赞|在看|打印本页|关闭窗口|(?:【(?:打印|关闭|收藏|关闭窗口|打印本页)】\s*)+)$"
)
_FONT_SIZE_OPEN = re.compile(r"^【?\s*(?:字体|字号)\s*[:：]")
_BREADCRUMB_LABEL = re.compile(r"^(?:当前位置|您的位置|您现在的位置|所在位置|现在位置)\s*[:：]")
_BREADCRUMB_SEP = re.compile(r"^(?:>|＞|»|>>|›|/|-)$")
_BREADCRUMB_LINE = re.compile(r"^首页\s*(?:>|＞|»|›|/)")
# Markers after which a page is only related links, account blurbs or a licence.
_TRAILER = re.compile(
    r"^(?:[-—─–_=\s]*END[-—─–_=\s]*|推荐阅读|往期推荐|往期回顾|往期精彩|相关阅读|延伸阅读|精彩推荐|更多阅读"
    r"|热文推荐|相关新闻|相关链接|本作品是中华人民共和国的.*|本作品来自.*(?:文件|作品).*)$",
    re.IGNORECASE,
)


def _cut_trailer(lines: list[str]) -> list[str]:
    """Cut from a trailing 推荐阅读 / END / licence marker to the end."""
    total = sum(len(line) for line in lines)
    seen = 0
    for i, line in enumerate(lines):
        # Only a marker in the second half of the text starts the trailer, so a report that
        # happens to mention 推荐阅读 near its top is never truncated.
        if seen * 2 >= total and _TRAILER.match(line):
            return lines[:i]
        seen += len(line)
    return lines


def _drop_boilerplate(lines: list[str]) -> list[str]:
    """Remove page chrome and credit lines; cut a trailing related-links / licence block."""
    kept: list[str] = []
    in_font_box = False   # inside 【字体：\n大\n中\n小\n】
    in_crumb = False      # inside 首页\n>\n政务信息\n>\n宁夏要闻
    after_sep = False
    skip_value = False    # the value under a bare "来源:" label
    for line in _cut_trailer(lines):
        if in_font_box:
            in_font_box = "】" not in line and len(line) <= 4
            continue
        if in_crumb:
            if line == "首页" or _BREADCRUMB_SEP.match(line):
                after_sep = line != "首页"
                continue
            if after_sep and line and len(line) <= 20:
                after_sep = False
                continue
            in_crumb = False
        if skip_value:
            skip_value = False
            if line and len(line) <= 20 and not line.startswith("【") and not _CREDIT.match(line):
                continue
        if not line:
            kept.append(line)
        elif _FONT_SIZE_OPEN.match(line):
            in_font_box = "】" not in line
        elif _BREADCRUMB_LABEL.match(line) or line == "首页" or _BREADCRUMB_LINE.match(line):
            in_crumb, after_sep = True, False
        elif _CREDIT_LABEL_ONLY.match(line):
            skip_value = True
        elif not (_CREDIT.match(line) or _SOCIAL.match(line)):
            kept.append(line)
    return kept


# --- 4. broken lines -------------------------------------------------------------------

_NUM = HEADING_ORDINAL + "零〇"
# A line that opens a section: 一、 （一） (一) 1. 1、 第一章 第二篇 ① 01
_HEADING_START = re.compile(
    rf"^(?:[{_NUM}]+、|[（(][{_NUM}]+[）)]|\d{{1,2}}[.．、](?!\d)|第[{_NUM}\d]+[章节篇部编条]"
    rf"|[\u2460-\u2473\u2776-\u277f]|\d{{2}}$)"
)
# A line that starts a list item or a heading: never glued to the line above.
_ITEM_START = re.compile(
    rf"^(?:——|--|[•·●◎○▪‣⁃]|[-*] |[{_NUM}]+是|第[{_NUM}]+[，,、是：:]|[（(]\d{{1,2}}[）)]|\d{{1,2}}[)）])"
)
# A line that is nothing but a list marker: "一是", "第一，", "一、", "——".
_BARE_MARKER = re.compile(
    rf"^(?:[{_NUM}]+是|第[{_NUM}]+[，,、]?|[{_NUM}]+、|[（(][{_NUM}]+[）)]|——|\d{{1,2}}[.．、])$"
)
_CLOSERS = "”’」』）)》〉】〕]"
_TERMINAL = "。！？；…!?;"
_OPEN_END = "，,、《“‘（(【「『〔—"
_CONT_START = "，,、。；;：:！!？?）)》〉”’」』】〕%"
_PROSE = re.compile("[，、。；！？]")
_FULL_STOP = re.compile("[。；！？]")
_SINGLE_CJK = re.compile(rf"^[{_CJK}]$")
# A photo caption ends with its credit: "… 宁夏日报记者 王鼎 摄".
_PHOTO_CREDIT = re.compile(r"\s\S{1,12}\s?摄[)）]?$")


def _hard_end(line: str) -> bool:
    """True when a line ends a sentence, introduces what follows (a colon) or is a caption."""
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and (stripped[-1] in _TERMINAL + "：:" or bool(_PHOTO_CREDIT.search(line)))


def _is_heading(line: str) -> bool:
    # Long lines with a full stop inside are list items in prose, not headings.
    return bool(_HEADING_START.match(line)) and len(line) <= 50 and not _FULL_STOP.search(line)


def _starts_item(line: str) -> bool:
    return bool(_ITEM_START.match(line) or _HEADING_START.match(line))


def _must_join(cur: str, nxt: str, after: str) -> bool:
    """Local evidence that the break between ``cur`` and ``nxt`` is inside a sentence.

    ``after`` is the line following ``nxt`` ("" at the end of a block).
    """
    if cur[-1].isascii() and cur[-1].isalpha() and nxt[0].isdigit():
        return True  # "细颗粒物（PM\n2.5" and "（PM\n10）", not a list item "10）"
    if _starts_item(nxt):
        return False
    if (cur[-1] in _OPEN_END or nxt[0] in _CONT_START
            or _SINGLE_CJK.match(nxt) or _BARE_MARKER.match(cur)):
        return True
    # A short link fragment between two halves of a sentence: "带技术\n揭榜\n；“成果找市场”".
    return (bool(after) and after[0] in _CONT_START and len(nxt) <= 10 and not _hard_end(cur)
            and not any(ch in _CONT_START or ch in _OPEN_END for ch in nxt))


def _join_local(block: list[str]) -> list[str]:
    out = [block[0]]
    for i in range(1, len(block)):
        after = block[i + 1] if i + 1 < len(block) else ""
        if _must_join(out[-1], block[i], after):
            out[-1] += block[i]
        else:
            out.append(block[i])
    return out


def _is_broken(block: list[str]) -> bool:
    """A block most of whose lines stop mid-sentence: scraped link fragments or PDF lines."""
    if len(block) < 2:
        return False
    proper = sum(1 for line in block[:-1] if _hard_end(line) or _is_heading(line))
    return proper * 2 < len(block) - 1


def _join_segments(block: list[str]) -> list[str]:
    """Glue runs of lines between sentence ends, when the run contains prose punctuation."""
    out: list[str] = []
    run: list[str] = []
    for line in block:
        if run and (_hard_end(run[-1]) or _is_heading(run[-1]) or _starts_item(line)):
            out.extend(_flush(run))
            run = []
        run.append(line)
    out.extend(_flush(run))
    return out


def _flush(run: list[str]) -> list[str]:
    """Join a run when the sentence visibly runs on across its lines.

    Either a line before the last has Chinese punctuation yet no sentence end, or the
    run is short link fragments ("党的十八届六中全会\n正式明确\n习近平", or one after a
    dash: "——改革开放\n深入推进。") leading into a line of prose. Title blocks, name lines and verse keep their lines.
    """
    if len(run) < 2:
        return run
    head = run[:-1]
    if any(_PROSE.search(line) for line in head) or (
            (len(head) >= 2 or _ITEM_START.match(head[0])) and _PROSE.search(run[-1])
            and all(len(line) <= 12 and " " not in line for line in head)):
        return ["".join(run)]
    return run


def join_broken_lines(lines: list[str]) -> list[str]:
    """Re-join lines broken inside a sentence by scraping or PDF extraction.

    Blank lines are paragraph breaks and are never crossed. Within a block of
    non-blank lines:

    * a break is always closed when the line ends with an opening mark
      (，、《“（——), the next starts with a closing one (，。）》”%), the next is a
      single CJK character ("政府工作报\\n告"), or the line is a bare list marker
      ("一是", "第一，") — unless the next line starts a heading or list item;
    * in a block where most lines stop mid-sentence (wiki-link fragments as in
      the 2023 report's "推动\\n区域全面经济伙伴关系协定\\n（RCEP）生效实施，…",
      or PDF layout lines), each run of lines up to a sentence end is joined
      when it contains Chinese punctuation, stopping at headings and list items.

    Headings (一、2024年工作回顾), list items (——, •, 一是), colon-ended lines
    (各位代表：) and title blocks without punctuation keep their breaks.

    Args:
        lines: cleaned lines (no leading/trailing spaces), blank lines as "".

    Returns:
        The lines after joining.
    """
    out: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line:
            block.append(line)
            continue
        if block:
            block = _join_local(block)
            if _is_broken(block):
                block = _join_segments(block)
            out.extend(block)
            block = []
        out.append("")
    out.pop()
    return out


# --- 5. the whole thing -----------------------------------------------------------------

_BLANK_RUNS = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """Return the canonical form of a report's text (the module docstring lists the rules).

    Example: ``normalise("推动\\n区域全面经济伙伴关系协定\\n（RCEP）生效实施，建成…。")``
    gives one line, and ``normalise("政 府 工 作 报 告")`` gives ``"政府工作报告"``.
    """
    lines = [_clean_line(line) for line in normalise_chars(text).split("\n")]
    # Dropping a line can bring two lines together that now join, and joining can make a
    # line that reads as boilerplate; repeating until nothing changes makes the result a
    # fixed point (so normalise is idempotent). Both steps only remove or merge lines, so
    # this ends, normally after the second round.
    while True:
        joined = join_broken_lines(_drop_boilerplate(lines))
        if joined == lines:
            break
        lines = joined
    text = _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")
    return _points(text)  # a join can bring "1．" and "5" together
