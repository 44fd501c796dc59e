"""Pairing a plan task that has no metric key with a review figure by its head noun.

A task with a Chinese name (建成4座现代化的垃圾中转站, 完成335座保暖房装修, 城镇保障性住房基本建成
470万套) is the same task as a review figure when

- the head noun of its name — what is left once the action words at its end are stripped
  (保暖房装修 → 保暖房), after its last 的, its last two characters (暖房) — is in the review
  figure's name, or a word the review writes for it (垃圾中转站 → 垃圾转运站: ``alike``), or
- the two names share a run of ``run`` characters that is not only generic words
  (老旧小区基础设施综合改造 → 老旧小区改造任务);

and, when the task has an object after its figure (中央财政安排109亿元**资金支持再就业**), the
review name shares a non-generic word of it too (中央财政用于“三农”的支出2975亿元 does not).
The words are ``[heads]`` in ``data/scorecard.toml``; this module holds only the rules.
"""

from __future__ import annotations

import re

from huazhongdian.across.scorecard_data import Heads
from huazhongdian.chars import is_han

__all__ = ["object_words", "head_noun", "head_score", "units_alike", "purpose_words", "purposes_differ", "same_line",
           "bare_alike", "bare_names", "pair_value"]

_STOPS = "，,；;。：:！？\n、"


def object_words(text: str, end: int, data: Heads) -> str:
    """The words right after a figure that say what it counts (335座**保暖房装修**), or "".

    Qualifiers and measure words come off the front (以上, 的); a run that starts with a
    digit keeps the part after its last 的 (10蒸吨及以下的**各类燃煤小锅炉淘汰**).
    """
    stop = end
    while stop < len(text) and text[stop] not in _STOPS and stop - end < data.object_max:
        stop += 1
    words = text[end:stop]
    if not words and text[end:end + 1] == "、":
        # 65条、总长度57.9公里的城市道路新建改造: two figures of one object, named after the second.
        stop = end + 1
        while stop < len(text) and text[stop] not in _STOPS and stop - end < 2 * data.object_max:
            stop += 1
        words = text[end + 1:stop]
        if not re.search(r"\d", words) or "的" not in words:
            return ""
        words = words[words.rfind("的") + 1:]
    changed = True
    while changed and words:
        changed = False
        for w in data.object_lead:
            if words.startswith(w):
                words, changed = words[len(w):], True
                break
    if words and not is_han(words[0]) and "的" in words:
        words = words[words.rfind("的") + 1:]
    # 109亿元**资金**支持再就业: what follows the verb is the purpose, not what is counted.
    cut = min((i for i in (words.find(w, 1) for w in data.object_stop) if i > 0), default=len(words))
    words = words[:cut]
    return words if words and is_han(words[0]) else ""


def head_noun(name: str, data: Heads) -> str:
    """The noun a name counts: action words off its end, the part after its last 的
    (现代化的垃圾中转站 → 垃圾中转站, 保暖房装修 → 保暖房)."""
    name = name[name.rfind("的") + 1:]
    changed = True
    while changed:
        changed = False
        for w in data.actions:
            if name.endswith(w) and len(name) > len(w):
                name, changed = name[:-len(w)], True
                break
    return name


def _longest_run(a: str, b: str, data: Heads) -> str:
    """The longest run of ``a`` found in ``b`` that is not only generic words ("" if none).

    Generic words count as they stand in ``a``: 央财政安 of 中央财政安排科技投入 is parts of
    中央财政 and 安排, no word of its own (it pairs nothing with 中央财政安排51亿元)."""
    covered = _generic_cover(a, data)
    best = ""
    for i in range(len(a)):
        for j in range(len(a), i + len(best), -1):
            run = a[i:j]
            if run in b and "|" not in run and not _generic(run, data) and covered[i:j].count(False) >= 2:
                best = run
                break
    return best


def _generic_cover(name: str, data: Heads) -> list[bool]:
    """For each character of ``name``, whether it lies in a generic word of it."""
    covered = [False] * len(name)
    for w in data.generic:
        at = name.find(w)
        while at >= 0 and w:
            covered[at:at + len(w)] = [True] * len(w)
            at = name.find(w, at + 1)
    return covered


def _generic(run: str, data: Heads) -> bool:
    """Whether a run is only generic words (中央财政, 建设改造) or a part of one (财政)."""
    if any(run in w for w in data.generic):
        return True
    rest = run
    for w in sorted(data.generic, key=len, reverse=True):
        rest = rest.replace(w, "")
    return len(rest) < 2


def head_score(task: str, obj: str, review: str, data: Heads) -> int:
    """How well a review figure's name (metric, clause and object, ``|``-joined) names the task
    ``task`` (its metric) with object ``obj``: 0 when it does not, else the longest shared run.

    Only the part of a name after its last 的 counts (老旧小区的**既有建筑节能改造**): what is
    before it says whose, not what. A name whose head is a measure (补助标准, 占国内生产总值比例)
    is no counted thing: it pairs by its whole name only, not here.
    """
    # A programme's quoted name (中央财政用于**“三农”**的投入 → 中央财政“三农”支出) names it wherever
    # it stands, before a 的 too.
    quoted = [q for q in re.findall(r"“[^”]{2,8}”", task + "|" + obj) if q in review]
    if quoted:
        return max(len(q) for q in quoted)
    names = [n[n.rfind("的") + 1:] for n in (task, obj) if n and not _generic(n, data)]
    if not names or any(head_noun(n, data).endswith(data.measures) for n in names):
        return 0
    # The object's words, or its head noun as the review writes it (9条道路工程 → 9条主次干道: `alike`).
    if (obj and not _generic(obj, data) and len(_longest_run(names[-1], review, data)) < 2
            and not (len(head_noun(names[-1], data)) >= 2 and _head_in(head_noun(names[-1], data), review, data))):
        return 0
    # A long shared run names the same thing when it holds the head of one of the two names
    # (老旧小区基础设施综合改造 → 老旧小区改造任务: 小区; not 国内生产总值 of another figure).
    heads = [head_noun(n, data)[-2:] for n in names + review.split("|") if len(head_noun(n, data)) >= 2]
    runs = [_longest_run(n, review, data) for n in names]
    score = max((len(r) for r in runs if any(h in r for h in heads)), default=0)
    if score >= data.run:
        return score
    for name in names:
        noun = head_noun(name, data)
        if len(noun) >= 2 and _head_in(noun, review, data):
            return max(score, 2)
    return 0


def _head_in(noun: str, review: str, data: Heads) -> bool:
    """The noun's head (its last three or two characters, or a word the review writes for it)
    is in the review name, and so is the rest of the noun — a second word of it (燃煤小锅炉 →
    燃煤锅炉拆改; not 奶牛养殖小区 → 弃管小区, 供水管网 → 雨水管网) — unless the head is all of it
    (保暖房 → 绿色保暖房)."""
    heads = [noun[-3:], noun[-2:]] + [w for g in data.alike if any(w in review for w in g)
                                      for w in g if noun.endswith(w)]
    for head in heads:
        if len(head) < 2 or head not in noun or _generic(head, data):
            continue
        found = head in review or any(head in g and any(w in review for w in g) for g in data.alike)
        if not found:
            continue
        rest = noun[:len(noun) - len(head)] if noun.endswith(head) else ""
        if not rest or any(rest[i:i + 2] in review and not _generic(rest[i:i + 2], data)
                           for i in range(len(rest) - 1)):
            return True
        if len(head) >= 3 and _word_starts(head, review, data):
            return True
    return False


def _word_starts(head: str, review: str, data: Heads) -> bool:
    """Whether a three-character head starts a word of the review name: after a stop, or after
    a generic word (实现**再就业**2529人; not 完成雨**水管网**改造)."""
    at = review.find(head)
    while at >= 0:
        if at == 0 or not is_han(review[at - 1]) or _generic(review[max(0, at - 2):at], data):
            return True
        at = review.find(head, at + 1)
    return False


def units_alike(a: str, b: str, data: Heads) -> bool:
    """Whether two count units count the same things (座 and 户 of houses)."""
    return a == b or any(a in g and b in g for g in data.alike_units)


def bare_alike(name: str, unit: str, data: Heads) -> bool:
    """Whether a bare count (再减少1000万) of ``name`` counts in ``unit``: the noun it ends with
    implies that unit (农村贫困人口 → 人, so 减少800万人 is in its family; 沼气用户 → 户)."""
    return any(g[0] == unit and name.endswith(g) for g in data.bare_units)


def bare_names(words: str, unit: str, data: Heads) -> bool:
    """Whether the words right after a bare count (6069万**农民**受益) open with a noun of ``unit``."""
    return any(g[0] == unit and words.startswith(g) for g in data.bare_units)


def purpose_words(text: str, end: int, data: Heads) -> str:
    """What the amount ending at ``end`` is for: the words after a purpose verb that starts within
    ``purpose_window`` characters (30亿元国债资金，重点支持**煤矿瓦斯综合治理和利用**), "" if none."""
    stop = end
    while stop < len(text) and text[stop] not in "。；;！？\n" and stop - end < data.purpose_window + 4:
        stop += 1
    window = text[end:stop]
    at = min(((window.find(w), w) for w in data.purpose if w in window), default=None)
    if at is None or at[0] >= data.purpose_window:
        return ""
    start = end + at[0] + len(at[1])
    words_end = start
    while words_end < len(text) and text[words_end] not in _STOPS[:-1] and words_end - start < data.object_max:
        words_end += 1
    return text[start:words_end]


def purposes_differ(a: str, b: str, data: Heads) -> bool:
    """Whether two stated purposes name different things: both stated, no non-generic word shared."""
    return bool(a) and bool(b) and not _longest_run(a, b, data)


def _line(name: str, data: Heads) -> tuple[str, str, frozenset[int]] | None:
    """A budget line's payer, what is left of its name, and its spending words' classes, or None
    when the name opens with no payer (中央财政将安排科技支出 → 中央财政, 科技, {支出/投入})."""
    payer = next((p for p in data.payers if name.startswith(p)), None)
    if payer is None:
        return None
    rest, classes = name[len(payer):], set()
    for i, group in enumerate(data.spends):
        for w in group:
            if w in rest:
                rest, _ = rest.replace(w, ""), classes.add(i)
    for w in data.fillers:
        rest = rest.replace(w, "")
    return payer, rest, frozenset(classes)


def same_line(task: str, obj: str, context: str, review: str, data: Heads) -> bool:
    """Whether a plan task (its name, and its sentence up to the figure: ``context``) and a review
    figure's metric name one budget line (中央财政将安排科技支出 ↔ 中央财政用于科技的支出): the same
    payer, and the same rest of the name once fillers and spending words are out — or, the task's
    rest empty, the review's rest in the task's sentence (实施更加积极的就业政策，中央财政拟投入… ↔
    中央财政安排就业专项资金), or both empty with spending words of the same classes in the task's own name
    (投资总额 ↔ 公共投资; not 中央财政拟安排200亿元专项资金 ↔ 中央财政投入资金450亿元: its 资金 is the
    object ``obj`` after the figure, which says nothing of what line it is)."""
    mine, theirs = _line(task + obj, data), _line(review, data)
    if mine is None or theirs is None or mine[0] != theirs[0]:
        return False
    if mine[1]:
        return mine[1] == theirs[1]
    if theirs[1]:
        return len(theirs[1]) >= 2 and theirs[1] in context
    own = _line(task, data)
    return own is not None and bool(own[2]) and own[2] == theirs[2]


def pair_value(text: str, value, chosen, ind, joins) -> bool:
    """Whether ``ind``, the second figure of a pair joined by one of ``joins`` that names a task as
    well as ``chosen`` (the first), is the task's: it states the task's base ``value`` and ``chosen``
    does not. A review may list the members of a 分别 pair in another order (小学、初中…分别提高到300元
    和500元 → 中小学生人均公用经费500元和300元): each target takes the figure of its own value."""
    if text[chosen.end:ind.start] not in joins or value is None:
        return False
    return ind.base_value == value != chosen.base_value
