"""Document metadata: title, kind, level and region, date, meeting and the three years.

Everything here is read off the text (its head above all: title lines, the
"——2025年3月5日在第十四届全国人民代表大会第三次会议上" dateline, the salutation)
and, only as a fallback, the file name. Nothing is invented: a field that cannot
be inferred stays empty (``""`` / ``None``).

The three years of a report:

* ``year`` — when it was delivered (dateline date, else one after the year the
  review heading names, else the year the plan heading names, else the file name);
* ``review_year`` — the year it looks back on ("一、2024年工作回顾"; for a
  government work report without such a heading, ``year - 1``);
* ``plan_year`` — the year its plans are for ("三、2025年政府工作任务"; for a
  work report, ``year``, or ``year + 1`` when it names the next year's plan and no heading names
  a plan year: a report given late in its year, 1980's 1981年国民经济计划, then reviews ``year`` —
  unless its results are mostly the year before's (``late_review`` in data/structure_cues.toml: 1980's
  "1979年农业总产值比1978年增长8.6%", given in August 1980 before its year's results were in);
  for a five-year plan, its first year).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from huazhongdian.chars import HAN
from huazhongdian.datafiles import load_text, load_toml
from huazhongdian.script import matching_form
from huazhongdian.numerals import DIGIT_VALUE, ORDINAL, DIGIT, YEAR_DIGITS, cn_number, cn_numeral
from huazhongdian.types import DocumentKind, DocumentMeta

# How far into the text the title, dateline and salutation are looked for.
_HEAD_CHARS = 1500

_DATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# "——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上" (Gansu 2026 writes its dateline in
# Chinese numerals); head lines are rewritten to digits so the dateline rules see an ordinary date.
_CN_DATE = re.compile(rf"([{DIGIT}]{{4}})\s*年\s*([{ORDINAL}]{{1,3}})\s*月\s*([{ORDINAL}]{{1,3}})\s*日")
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d{2})-(\d{2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_CN = ORDINAL
# 第十四届全国人民代表大会第三次会议 / 广东省第十四届\n人民代表大会第五次会议 (a scraped line break
# inside the name is tolerated) / 中国共产党深圳市光明区第二届代表大会第三次会议.
_MEETING_FULL = re.compile(rf"第?[{_CN}]+届\s*(?:全国)?(?:人民代表大会|代表大会)\s*第[{_CN}]+次(?:全体)?会议")
_OUTGOING_CC = re.compile(rf"(?:代表|受)(?:中国共产党)?第?([{_CN}]+)届中央委员会")
_MEETING_SHORT = re.compile(rf"[{_CN}]+届全国人大[{_CN}]+次会议")
_CONGRESS = re.compile(rf"(?:中国共产党|党的)第([{_CN}]+)次全国代表大会")
# "1945年中共七大报告": the short name of a national congress.
_CONGRESS_SHORT = re.compile(rf"中共([{_CN}]+)大")
_CONGRESS_ORDINAL = re.compile(rf"中国共产党第([{_CN}]+)次全国代表大会$")
# The region that holds the meeting: "在广东省第十四届", "中国共产党深圳市光明区第二届".
_REGION = re.compile(
    rf"(?:在|中国共产党|中共|召开)([{HAN}]{{2,14}}?(?:省|市|自治区|特别行政区|自治州|州|盟|区|县|旗))"
    rf"\s*第[{_CN}]+届"
)
_SALUTATION = re.compile(r"^(?:各位代表|同志们|代表们)[：:！!，,]?$")
_JUNK_LINE = re.compile(
    r"^(?:未知标题|目录|首页|分享[:：]?|您的位置[:：]?|来源[:：].*|时间[:：].*|【字体[:：]?|[大中小]|[】>＞]|"
    r"新华社.{0,12}电.*|.*摄$|.*[（(]根据.*整理[）)]|.*(?:总理|省长|市长|区长|县长|主席|书记)\s*\S{0,6}$|"
    r"[\d\s:：年月日-]+|.*?(?:日报|晚报|发布)$|.*\d{1,2}:\d{2}.*|[（(][^）)]*[）)]|"
    rf"(?:[{ORDINAL}]+、|[（(][{ORDINAL}]+[）)]|第[{ORDINAL}]+[篇章节]).*)$"
)
_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060\ufeff]")
_TITLE_WORDS = re.compile(r"报告|规划|纲要|意见|决定|讲话|公报")
_LONE_CHAR_GAP = re.compile(
    rf"(?:(?<=^[{HAN}])|(?<=[ \u3000][{HAN}]))[ \u3000]+(?=[{HAN}])"
    rf"|(?<=[{HAN}])[ \u3000]+(?=[{HAN}](?:$|[ \u3000]))"
)
# 第十五个五年规划 / “十五五”规划 (the ordinal is what precedes the final 五).
_FIVE_YEAR = re.compile(rf"第([{ORDINAL}]+)个五年(?:规划|计划)|[“\"]?(十[{ORDINAL[:-1]}]?)五[”\"]?(?:规划|计划)")
_PLAN_RANGE = re.compile(r"((?:19|20)\d\d)\s*[－—\-–~～至]+\s*((?:19|20)\d\d)\s*年")
_YEAR_LABEL = re.compile(r"^((?:19|20)\d\d)年[:：]$")


@dataclass(frozen=True, slots=True)
class HeadingInfo:
    """A section heading as metadata sees it (meta runs before the Document exists)."""

    text: str
    level: int


@lru_cache(maxsize=1)
def heading_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(review, plan) heading patterns from ``data/structure_cues.toml``.

    Example: ``review, plan = heading_cues(); bool(review.search("一、2024年工作回顾"))``.
    """
    cues = load_toml("structure_cues.toml")
    review = re.compile("|".join(map(re.escape, cues["review"])))
    plan = re.compile("|".join(map(re.escape, cues["plan"])))
    return review, plan


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """Full name → short name of the provincial-level divisions (data/regions.tsv)."""
    table: dict[str, str] = {}
    raw = load_text("regions.tsv")
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            full, short = line.split("\t")
            table[full] = short
    return table


def _head_lines(text: str) -> list[str]:
    """Stripped non-empty lines of the head, up to the salutation (各位代表：) if there is one."""
    lines: list[str] = []
    for raw in text[:_HEAD_CHARS].split("\n"):
        line = _ZERO_WIDTH.sub("", raw).strip(" \t\u3000\xa0")
        if not line:
            continue
        if _SALUTATION.match(line):
            break
        lines.append(_CN_DATE.sub(_digits_date, line))
    return lines


def _digits_date(m: re.Match[str]) -> str:
    year = "".join(str(DIGIT_VALUE[ch]) for ch in m.group(1))
    return f"{year}年{cn_number(m.group(2))}月{cn_number(m.group(3))}日"


def _is_dateline(line: str) -> bool:
    """"——2025年3月5日在……会议上", "（2017年10月18日）", "——在中国共产党……上的报告"."""
    body = line.lstrip("—-－ ")
    if body.startswith(("（", "(")) and _DATE.search(body) and len(body) < 40:
        return True
    if line != body and (body.startswith("在") or _DATE.match(body)):
        return True
    return bool(_DATE.match(body) and ("会议" in body or "大会" in body))


def _find_title(lines: Sequence[str]) -> str:
    """The title lines just above the dateline, or the first plausible title line."""
    dateline = next((i for i, line in enumerate(lines) if _is_dateline(line)), None)
    if dateline is not None:
        picked: list[str] = []
        i = dateline - 1
        while i >= 0 and _JUNK_LINE.match(lines[i]) and not picked:
            i -= 1  # skip 来源/时间/字体 debris right above the dateline
        while i >= 0 and len(picked) < 3 and not _JUNK_LINE.match(lines[i]) and len(lines[i]) <= 40 \
                and not _is_dateline(lines[i]) and "。" not in lines[i]:
            picked.insert(0, lines[i])
            # A line that names itself a report/plan is the whole title; stop climbing.
            if _TITLE_WORDS.search(lines[i]):
                picked = [lines[i]]
                break
            i -= 1
        if picked:
            return _despace(" ".join(picked))
    for line in lines[:6]:
        if _JUNK_LINE.match(line) or _is_dateline(line) or "。" in line or len(line) > 60:
            continue
        if _TITLE_WORDS.search(line) or lines.index(line) == 0:
            return _despace(line)
    return ""


def _despace(title: str) -> str:
    """"政 府 工 作 报 告" / "政府工作报 告" (spaced out by extraction) → "政府工作报告".

    A space is dropped only where it cuts off a single character; "中共中央 国务院关于…"
    keeps its meaningful space.
    """
    return _LONE_CHAR_GAP.sub("", title)


def _find_date(lines: Sequence[str], head: str) -> str | None:
    for line in lines:
        if _is_dateline(line) or "会议" in line or "批准" in line:
            m = _DATE.search(line)
            if m:
                return _iso(m)
    m = _ISO_DATE.search(head[:400])
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return None


def _iso(m: re.Match[str]) -> str:
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


# How a meeting named in the body relates to the one the report is delivered at. Only a
# dateline or "向第一届全国人民代表大会第二次会议提出" names the meeting itself; the body
# mostly names earlier ones ("第十二届全国人民代表大会第一次会议以来的五年" in 2018,
# "中共第八届全国代表大会第二次会议" in 1960), which must not become the report's meeting.
_MEETING_PARTS = re.compile(rf"第([{_CN}]+)届(.*?)第([{_CN}]+)次")
_SAME_MEETING_BEFORE = ("向", "我们")
_OPENING_CHARS = 200
_SAME_MEETING_AFTER = re.compile(r"\s*(?:上|在[^，。]{0,8}开幕|开幕)")
# "从去年9月第五届全国人民代表大会第三次会议到现在" (1981): the next session of the same congress.
_SINCE = re.compile(r"从[^。，]{0,8}$")
_UNTIL_NOW = re.compile(r"(?:闭幕)?[，,]?\s*到(?:现在|我们这次|这次)")
# "第十二届全国人民代表大会第一次会议以来的五年" (2018): the first session of the next congress.
_FIVE_YEARS_SINCE = re.compile(r"以来的五年|[，,]\s*到这次大会[^。]{0,20}五年")


def _meeting_at(head: str, m: re.Match[str], salutation: int) -> str:
    """The report's own meeting from a meeting name found at ``m``, or "" when it names another."""
    name = re.sub(r"\s+", "", m.group())
    before, after = head[max(0, m.start() - 12):m.start()], head[m.end():m.end() + 40]
    if m.start() < salutation or before.endswith(_SAME_MEETING_BEFORE) or _SAME_MEETING_AFTER.match(after):
        return name
    parts = _MEETING_PARTS.match(name)
    term, session = (cn_number(parts.group(1)), cn_number(parts.group(3))) if parts else (None, None)
    if term is None or session is None or "人民代表大会" not in name:
        return ""
    if _FIVE_YEARS_SINCE.match(after) or (_SINCE.search(before) and "五年" in after[:30]):
        return f"第{cn_numeral(term + 1)}届{parts.group(2)}第一次" + name[parts.end():]
    if _SINCE.search(before) and _UNTIL_NOW.match(after):
        return f"第{parts.group(1)}届{parts.group(2)}第{cn_numeral(session + 1)}次" + name[parts.end():]
    return ""


def _find_meeting(head: str, region: str, kind: DocumentKind) -> str:
    """第十四届全国人民代表大会第三次会议 (with its region or 中国共产党 in front when written so)."""
    # The 1954 report is in traditional characters ("我們第一届全國人民代表大會第一次會議"); meeting
    # names are read off its same-length simplified form, so offsets still line up.
    head = matching_form(head)
    sal = re.search(r"(?:^|\n)\s*(?:各位代表|同志们|代表们)[：:！!，,]?\s*\n", head)
    # Without a salutation only the opening lines (title, dateline) count as the report's own.
    salutation = sal.start() if sal else min(len(head), _OPENING_CHARS)
    for m in _MEETING_FULL.finditer(head):
        meeting = _meeting_at(head, m, salutation)
        if not meeting:
            continue
        before = head[: m.start()]
        if region and before.endswith(region):
            meeting = region + meeting
            before = before[: -len(region)]
        if before.endswith("中国共产党"):
            meeting = "中国共产党" + meeting
        return meeting
    m = _MEETING_SHORT.search(head)
    if m:
        return m.group()
    if kind == "party-congress-report":
        # "我代表第十八届中央委员会向大会作报告": the congress is the next one (the 19th).
        m = _OUTGOING_CC.search(head)
        n = cn_number(m.group(1)) if m else None
        if n:
            return f"中国共产党第{cn_numeral(n + 1)}次全国代表大会"
        m = _CONGRESS.search(head)
        if m:
            return f"中国共产党第{m.group(1)}次全国代表大会"
        m = _CONGRESS_SHORT.search(head)
        if m and cn_number(m.group(1)):
            return f"中国共产党第{m.group(1)}次全国代表大会"
    return ""


@lru_cache(maxsize=1)
def _congress_years() -> dict[int, int]:
    """Congress ordinal → the year it met (``data/structure_cues.toml``)."""
    return {int(k): int(v) for k, v in load_toml("structure_cues.toml").get("congress_years", {}).items()}


_GOV_CUE = re.compile(
    r"政府工作报告|报告政府工作|政\s*府\s*工\s*作\s*报\s*告|作政府工作|向大会(?:作)?(?:报告)?工作|"
    r"我代表(?:国务院|中央人民政府|[省市区县旗州]?(?:人民)?政府)|代表(?:中华人民共和国)?国务院|我受.{0,8}国务院"
)
_PARTY_TITLE = re.compile(r"代表大会上的(?:政治)?报告|党代会报告")
_PARTY_CUE = re.compile(r"党代会|中央委员会向|(?:代表|受).{0,8}中央委员会.{0,8}(?:向|作)")


def _find_kind(head: str, title: str, filename: str, text: str) -> DocumentKind:
    top = title + "\n" + head[:600]
    if re.search(r"规划纲要|五年规划|规划$", title) or (not title and "规划纲要" in head[:200]):
        return "plan"
    if _PARTY_TITLE.search(title) or _PARTY_TITLE.search(head[:300]):
        return "party-congress-report"
    if _GOV_CUE.search(top):
        return "gov-work-report"
    if _PARTY_CUE.search(top):
        return "party-congress-report"
    if "中国共产党" in top and "代表大会" in top and "同志们" in head[:200]:
        return "party-congress-report"
    name = filename.lower()
    if re.search(r"congress|cpc|党代会", name):
        return "party-congress-report"
    if re.search(r"gov-work|政府工作", name):
        return "gov-work-report"
    if re.search(r"plan|规划", name):
        return "plan"
    if "人民代表大会" in text[:3000]:
        # An abridged work report (1964 摘要) lacks the salutation but names the congress it reports to.
        return "gov-work-report"
    return "other"


def _find_region(head: str, title: str, text: str) -> tuple[str, str]:
    """(level, region) from the meeting's region, the title, or national cues."""
    provinces = _provinces()
    m = _REGION.search(head)
    name = m.group(1) if m else ""
    if name.startswith(("全国", "中华人民共和国")):
        name = ""
    if not name:
        for full in provinces:
            if full in title:
                name = full
                break
    if name:
        return _level_of(name, provinces), name
    if re.search(r"国务院|全国人民代表大会|全国人大|全国代表大会|中央委员会|中共中央|中华人民共和国|中央人民政府", head):
        return "national", ""
    # A headless report (it starts at its first section): national when it speaks of the
    # country far more than of a province or city.
    country = text.count("全国") + text.count("我国")
    local = sum(text.count(w) for w in ("全省", "我省", "全市", "我市", "全区", "我区", "全县", "我县"))
    if country > 10 and country > 3 * local:
        return "national", ""
    return "", ""


def _level_of(name: str, provinces: dict[str, str]) -> str:
    if name in provinces:
        return "provincial"
    if name.endswith("区"):  # 海拉尔区, 深圳市光明区 (自治区 are provinces, caught above)
        return "district"
    if name.endswith(("县", "旗")):
        return "county"
    return "municipal"  # 市, 自治州, 州, 盟


def _five_year_start(head: str) -> int | None:
    """First year of a 五年规划: the stated range (2026－2030年), else the plan's ordinal."""
    m = _PLAN_RANGE.search(head)
    if m and int(m.group(2)) - int(m.group(1)) in (4, 5):
        return int(m.group(1))
    m = _FIVE_YEAR.search(head)
    if m:
        n = cn_number(m.group(1) or m.group(2))
        if n and n >= 3:
            # The 3rd plan began in 1966 after the 1963–65 adjustment; every plan since runs 5 years.
            return 1966 + 5 * (n - 3)
    return None


def _heading_year(headings: Sequence[HeadingInfo], cue: re.Pattern[str]) -> int | None:
    """The year written last before a cue word, in the first heading that has both.

    "一、1998年工作回顾和1999年工作的总体要求" → 1998 for 回顾, 1999 for 总体要求;
    "“十四五”时期发展成就和2025年工作回顾" → 2025 (发展成就 has no year before it).
    """
    for h in headings:
        for m in cue.finditer(h.text):
            years = _YEAR.findall(h.text, 0, m.start())
            if years:
                return int(years[-1])
    return None






def _plans_next_year(text: str, year: int) -> bool:
    """Whether the text names the plan of the year after ``year`` (``late_plan`` in
    data/structure_cues.toml: 1980.txt's 1981年国民经济计划): a report given late in its year."""
    pattern = load_toml("structure_cues.toml").get("late_plan")
    return bool(pattern) and any(int(m.group("year").translate(YEAR_DIGITS)) == year + 1
                                 for m in re.finditer(pattern, text))


def _reviews_year_before(text: str, year: int) -> bool:
    """Whether a late report's results are the year before's: sentences comparing ``year - 1`` with an
    earlier year ("1979年国民收入比上年增长7%", ``late_review``) outnumber those of ``year`` by
    ``late_review_ratio`` (1980: 15 to 2; 1982, which reviews its own year, 6 to 6)."""
    data = load_toml("structure_cues.toml")
    tail, ratio = data.get("late_review"), float(data.get("late_review_ratio", 2))
    if not tail:
        return False
    folded = text.translate(YEAR_DIGITS)
    before, own = (len(re.findall(f"(?<![0-9]){y}{tail}", folded)) for y in (year - 1, year))
    return before >= ratio + 1 and before > ratio * own


def extract_meta(text: str, headings: Sequence[HeadingInfo] = (), filename: str = "") -> DocumentMeta:
    """Metadata of a report from its normalised text, its headings and (as a fallback) its file name.

    Example: ``extract_meta(text, filename="2025.txt").review_year == 2024``.

    Args:
        text: the normalised document text.
        headings: the document's section headings in order (text and level).
        filename: the file's base name, used only for year and kind when the text is silent.
    """
    head = text[:_HEAD_CHARS]
    lines = _head_lines(text)
    title = _find_title(lines)
    kind = _find_kind(head, title, filename, text)
    level, region = _find_region(head, title, text)
    if not level and kind == "party-congress-report":
        # A party congress report that names no local party organisation is the national one.
        level = "national"
    date = _find_date(lines, head)
    meeting = _find_meeting(head, region, kind)

    review_cue, plan_cue = heading_cues()
    review_year = _heading_year(headings, review_cue)
    plan_year = _heading_year(headings, plan_cue)
    labels = [int(m.group(1)) for h in headings if (m := _YEAR_LABEL.match(h.text))]

    year: int | None = int(date[:4]) if date else None
    if year is None and review_year is not None and kind == "gov-work-report":
        year = review_year + 1
    if year is None and plan_year is not None:
        year = plan_year
    if year is None:
        m = _YEAR.search(filename)
        year = int(m.group(1)) if m else None
    if year is None and kind == "plan":
        year = _five_year_start(head)
    if year is None and kind == "party-congress-report" and (m := _CONGRESS_ORDINAL.match(meeting)):
        year = _congress_years().get(cn_number(m.group(1)) or 0)

    if labels and year is not None:
        # "2024年：" / "2025年：" blocks (the seed article): the past year is reviewed, this one planned.
        review_year = review_year or max((y for y in labels if y < year), default=None)
        plan_year = plan_year or (year if year in labels else None)
    if kind == "gov-work-report" and year is not None:
        late = plan_year is None and _plans_next_year(text, year)
        late_own = late and not _reviews_year_before(text, year)
        review_year = review_year if review_year is not None else year - 1 + late_own
        plan_year = plan_year if plan_year is not None else year + late
    if kind == "plan":
        plan_year = _five_year_start(head) or plan_year or year
        review_year = None

    if not title:
        title = _derived_title(kind, level, region, year, meeting)
    elif title in ("政府工作报告", "人民政府工作报告") and year is not None:
        title = f"{year}年{region if level != 'national' else ''}{title}"
    elif region and level != "national" and re.fullmatch(r"(?:19|20)\d\d年(?:人民)?政府工作报告", title):
        # 云南 2026 is headed "2026年政府工作报告": whose report is the first thing a reader asks.
        title = f"{title[:5]}{region}{title[5:]}"
    return DocumentMeta(title=title, kind=kind, level=level, region=region, date=date,
                        meeting=meeting, year=year, review_year=review_year, plan_year=plan_year)


def _derived_title(kind: DocumentKind, level: str, region: str, year: int | None, meeting: str) -> str:
    """A title built only from facts found in the text or file name."""
    where = "" if level == "national" else region
    when = f"{year}年" if year else ""
    if kind == "gov-work-report":
        return f"{when}{where}政府工作报告"
    if kind == "party-congress-report":
        return f"{meeting}报告" if meeting else f"{when}{where}党代会报告"
    if kind == "plan":
        return f"{where}规划纲要"
    return ""
