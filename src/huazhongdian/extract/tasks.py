"""Plan items split into tasks: verb + objects + predicate.

"推动鹏城云脑Ⅲ、超算二期点亮" → verb 推动, objects (鹏城云脑Ⅲ, 超算二期), predicate 点亮.
A plan sentence is cut at ，；。 into clauses; each clause that opens with a verb (after
optional adverbs such as 加快/积极) is a task. Items of a numbered list (一是…, （一）…,
1.…) give their number as the task's ``rank``. Word lists: ``data/task_verbs.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from huazhongdian.classify.cues import trie_pattern
from huazhongdian.datafiles import load_toml
from huazhongdian.numerals import ORDINAL, cn_number
from huazhongdian.types import Document, Item, Task

_CLAUSE = re.compile(r"[^，,；;。！？：:\n]+")
_MARKER = re.compile(rf"^\s*(?:([{ORDINAL}]{{1,3}})是|[（(]([{ORDINAL}]{{1,3}})[)）]|([0-9]{{1,2}})[.、．]|([①-⑳]))")
_ORDINAL_CHARS = frozenset("零" + ORDINAL)
_OBJ_SEP = "、"
_MIN_OBJECT = 2
_MIN_LAST_OBJECT = 3
_STRIP = " \t\u3000"
_VERB_AND = "和与并"
_OPEN = "“（(《〈「『"
_CLOSE = "”）)》〉」』"
# "发展社会主义民主政治就是要体现人民意志": a definition that opens with a verb, not a task.
_DEFINITION = re.compile("就是|即是")
_OPENER = re.compile(f"[{re.escape(_OPEN)}]")


@dataclass(frozen=True, slots=True)
class _Words:
    adverbs: tuple[str, ...]
    verbs: tuple[str, ...]
    predicates: tuple[str, ...]
    opening: re.Pattern[str]  # (adverbs)* verb at the start of a clause
    predicate: re.Pattern[str]
    adverb_tail: re.Pattern[str]
    noun_like: frozenset[str]
    second_verbs: tuple[str, ...]  # verbs only after 和 ("加强和创新社会治理"), never opening a task
    noun_compound: re.Pattern[str] = re.compile("(?!)")  # nouns that open on a verb (研发经费): no opening verb
    noun_reach: int = 0                                    # …the longest of them


def _alt(words: tuple[str, ...]) -> str:
    # A prefix tree of the words: at each position it tries the words that match there
    # longest first, as a longest-first alternation would, but without trying every word.
    return f"(?:{trie_pattern(words)})"


@cache
def _words() -> _Words:
    raw = load_toml("task_verbs.toml")
    by_len = lambda xs: tuple(sorted(set(xs), key=len, reverse=True))  # noqa: E731 - longest match first
    adv, verbs, preds = by_len(raw["adverbs"]), by_len(raw["verbs"]), by_len(raw["predicates"])
    # "加快筹建": 加快 is an adverb here, so the opening is adverbs then one verb; two verbs in a row
    # ("完善支持…政策") are a verb and the start of its object.
    opening = re.compile(f"(?:{_alt(adv)})*(?:{_alt(verbs)})")
    return _Words(adv, verbs, preds, opening, re.compile(_alt(preds)), re.compile(f"(?:{_alt(adv)})$"),
                  frozenset(raw["noun_like"]), by_len(raw.get("second_verbs", ())), re.compile(_alt(by_len(raw.get("noun_compounds", ()))) or "(?!)"),
                  max(map(len, raw.get("noun_compounds", ())), default=0))


def chinese_ordinal(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20 (the small numerals of list markers)."""
    # A marker's number is one digit or has a 十: "一二" is no ordinal (cn_number would read 12).
    if not text or not _ORDINAL_CHARS.issuperset(text) or ("十" not in text and len(text) > 1):
        return None
    return cn_number(text)


def list_rank(marker_text: str) -> int | None:
    """The number of a list marker at the start of a text: 一是 → 1, （三） → 3, 2. → 2, ④ → 4."""
    m = _MARKER.match(marker_text)
    if not m:
        return None
    cn = m.group(1) or m.group(2)
    if cn:
        return chinese_ordinal(cn)
    if m.group(3):
        return int(m.group(3))
    return ord(m.group(4)) - ord("①") + 1


def _opening_verb(clause: str) -> int:
    """Length of the opening adverbs + verb of a clause, or 0 when it opens with no verb.

    Coordinated verbs stay one verb: "巩固和发展生动活泼……" opens with 巩固和发展, not 巩固.
    """
    opening = _words().opening
    m = opening.match(clause)
    if not m:
        return 0
    noun = _words().noun_compound.search(clause, m.start(), m.end() + _words().noun_reach)
    if noun and noun.start() < m.end() < noun.end():
        return 0   # "研发经费投入年均增长10%": 研发 opens a noun, no task
    end = m.end()
    while end < len(clause) and clause[end] in _VERB_AND:
        more = opening.match(clause, end + 1)
        second = next((v for v in _words().second_verbs if clause.startswith(v, end + 1)), "")
        if more:
            end = more.end()
        elif second:
            end += 1 + len(second)
        else:
            break
    return end


def _split_objects(rest: str) -> tuple[tuple[str, ...], str]:
    """Objects (split at 、) and the trailing predicate of what follows the verb."""
    w = _words()
    m = w.predicate.search(rest, _MIN_OBJECT)
    # "推动科技创新" is one object, not 科技 + 创新, and "…科技创新中心" is a noun: a noun-like
    # predicate must end the clause and follow a real noun phrase.
    # A word followed by 、 is one of a list of objects ("强化改革、开放、创新三大动力支撑"), and a
    # word inside quotes is part of a name ("“星、箭、网、端”"): neither is the predicate.
    while m and ((m.group() in w.noun_like and (
            m.end() < len(rest.rstrip()) or len(rest[:m.start()].rpartition(_OBJ_SEP)[2].strip()) < _MIN_LAST_OBJECT))
            or rest.startswith(_OBJ_SEP, m.end()) or _inside_quotes(rest, m.start())):
        m = w.predicate.search(rest, m.start() + 1)
    cut = m.start() if m else len(rest)
    # Keep an adverb before the predicate with it: "…设施高水平开放共享".
    if m:
        adv = w.adverb_tail.search(rest, 0, cut)
        if adv and adv.start() >= _MIN_OBJECT:
            cut = adv.start()
    # Objects and predicate keep their quote marks (“人工智能+”行动); only spaces go.
    objects = tuple(o.strip() for o in _split_outside_quotes(rest[:cut]) if o.strip())
    return objects, rest[cut:].strip()


def _inside_quotes(text: str, pos: int) -> bool:
    if not _OPENER.search(text, 0, pos):
        return False
    depth = 0
    for ch in text[:pos]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
    return depth > 0


def _split_outside_quotes(text: str) -> list[str]:
    """Split at 、 except inside “…”/（…）/《…》: "坚持“五统一、一开放”" has one object."""
    if not _OPENER.search(text):
        return text.split(_OBJ_SEP)
    parts, depth, last = [], 0, 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        elif ch == _OBJ_SEP and not depth:
            parts.append(text[last:i])
            last = i + 1
    parts.append(text[last:])
    return parts


def split_clause(clause: str) -> tuple[str, tuple[str, ...], str] | None:
    """(verb, objects, predicate) of one clause, or None when it does not open with a verb.

    Example: ``split_clause("推动鹏城云脑Ⅲ、超算二期点亮") == ("推动", ("鹏城云脑Ⅲ", "超算二期"), "点亮")``.
    """
    body = clause.strip()
    n = _opening_verb(body)
    if not n or _DEFINITION.search(body):
        return None
    objects, predicate = _split_objects(body[n:])
    return body[:n], objects, predicate


def extract_tasks(doc: Document, items: Sequence[Item]) -> list[Task]:
    """The tasks of every plan item, in document order, with their list rank when numbered.

    Every task's text is a verbatim clause: ``doc.text[task.start:task.end] == task.text``.
    """
    marker_of = {s.start: s.list_marker for s in doc.sentences if s.list_marker}
    opening = _words().opening
    tasks: list[Task] = []
    for item in items:
        if item.mode != "plan":
            continue
        marker = marker_of.get(item.start, "")
        rank = list_rank(marker) if marker else list_rank(item.text)
        text = item.text
        m = _MARKER.match(text)
        body_from = m.end() if m else 0
        for clause in _CLAUSE.finditer(text, body_from):
            raw = clause.group()
            core = raw.strip(_STRIP)
            # Most clauses that open with no verb are turned away by one regex match.
            if not core or not opening.match(core.strip()):
                continue
            parts = split_clause(core)
            if parts is None:
                continue
            verb, objects, predicate = parts
            start = item.start + clause.start() + len(raw) - len(raw.lstrip(_STRIP))
            tasks.append(Task(text=core, start=start, end=start + len(core), verb=verb, objects=objects,
                              theme=item.theme, predicate=predicate, rank=rank))
    return tasks
