"""Theme lenses: which items a digest keeps, and under which theme.

A lens is a TOML file (``data/lenses/*.toml`` for the built-ins, or a user's own):
a relevance rule (weighted cue words and a ``min_score``) and a list of themes, each
for some modes (achievement, plan, target) with weighted cue words. See docs/lenses.md.

Scoring is plain substring matching over the item, its paragraph's opening sentence
and its heading (the two count half): linear in the text, no model, explainable.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from huazhongdian.classify.mode import Layout, layout, mode_in_layout
from huazhongdian.errors import BadLens
from huazhongdian.types import Document, Indicator, Item, Mode, Sentence

MODES: tuple[Mode, ...] = ("achievement", "plan", "target")
_HALF = Decimal("0.5")
_ZERO = Decimal(0)
_BULLETS = " \t\u3000•·●○■□▪◆◇-—–*>"
_MIN_ITEM_CHARS = 6
_SECTION_CHARS = 30
# An item says something in Chinese; a line such as "Public domain" (a source's licence footer) is not one.
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DISPLAY_CHARS = 20
# "报告分六个部分：一、三年来的斗争……；二、……；三、加快社会主义经济建设；" (1978): an outline of
# the report's parts, split into sentences at ；, lists headings, not items.
_INLINE_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、[^。；;]{1,30}[；;。]?$")
_TERMINALS = "。！？!?；;…”）)"


@dataclass(frozen=True, slots=True)
class Theme:
    """One theme of a lens: its label, the modes it applies to, its weighted cue words."""

    label: str
    modes: tuple[Mode, ...]
    cues: tuple[tuple[str, Decimal], ...]
    default: bool = False


@dataclass(frozen=True, slots=True)
class Lens:
    """A theme lens. ``min_score`` and ``relevance_cues`` decide which items are kept."""

    name: str
    title: str = ""
    description: str = ""
    min_score: Decimal = Decimal(0)
    relevance_cues: tuple[tuple[str, Decimal], ...] = ()
    themes: tuple[Theme, ...] = ()
    source: str = ""

    def themes_for(self, mode: Mode) -> tuple[Theme, ...]:
        """The themes an item of this mode can take (targets fall back to plan themes)."""
        found = tuple(t for t in self.themes if mode in t.modes)
        if not found and mode == "target":
            found = tuple(t for t in self.themes if "plan" in t.modes)
        return found


def builtin_lenses() -> list[str]:
    """Names of the lenses shipped in ``data/lenses``."""
    folder = resources.files("huazhongdian.data").joinpath("lenses")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


def _weights(raw: Any, where: str, source: str) -> tuple[tuple[str, Decimal], ...]:
    if not isinstance(raw, Mapping):
        raise BadLens(source, f"{where} must be a table of cue = weight")
    out = []
    for cue, weight in raw.items():
        if not cue or isinstance(weight, bool) or not isinstance(weight, (int, float)):
            raise BadLens(source, f"{where}: cue {cue!r} needs a numeric weight")
        try:
            out.append((str(cue), Decimal(str(weight))))
        except InvalidOperation as exc:
            raise BadLens(source, f"{where}: bad weight for {cue!r}") from exc
    return tuple(out)


def parse_lens(raw: Mapping[str, Any], source: str, default_name: str = "") -> Lens:
    """Validate a decoded lens TOML table and build the Lens.

    Raises:
        BadLens: naming ``source`` and what is wrong.
    """
    name = raw.get("name", default_name)
    if not isinstance(name, str) or not name:
        raise BadLens(source, "lens needs a name")
    themes_raw = raw.get("themes")
    if not isinstance(themes_raw, list) or not themes_raw:
        raise BadLens(source, "lens needs at least one [[themes]] table")
    themes = []
    for i, t in enumerate(themes_raw):
        if not isinstance(t, Mapping) or not isinstance(t.get("label"), str) or not t["label"]:
            raise BadLens(source, f"themes[{i}] needs a label")
        modes = t.get("modes", list(MODES))
        if not isinstance(modes, list) or not modes or any(m not in MODES for m in modes):
            raise BadLens(source, f"theme {t['label']!r}: modes must be a list of {', '.join(MODES)}")
        themes.append(Theme(t["label"], tuple(modes), _weights(t.get("cues", {}), f"theme {t['label']!r}", source),
                            bool(t.get("default", False))))
    rel = raw.get("relevance", {})
    if not isinstance(rel, Mapping):
        raise BadLens(source, "[relevance] must be a table")
    min_score = rel.get("min_score", 0)
    if isinstance(min_score, bool) or not isinstance(min_score, (int, float)) or min_score < 0:
        raise BadLens(source, "relevance.min_score must be a number >= 0")
    return Lens(
        name=name,
        title=str(raw.get("title", "")),
        description=str(raw.get("description", "")),
        min_score=Decimal(str(min_score)),
        relevance_cues=_weights(rel.get("cues", {}), "relevance.cues", source),
        themes=tuple(themes),
        source=source,
    )


def _read_lens_file(path: Path) -> Lens:
    if not path.is_file():
        raise BadLens(str(path), "no such lens file")
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BadLens(str(path), f"not a valid TOML lens: {exc}") from exc
    return parse_lens(raw, str(path), default_name=path.stem)


@cache
def _builtin(name: str) -> Lens:
    res = resources.files("huazhongdian.data").joinpath("lenses", f"{name}.toml")
    return parse_lens(tomllib.loads(res.read_text("utf-8")), f"lens {name}", default_name=name)


def load_lens(name_or_path: str = "general") -> Lens:
    """A built-in lens by name, or a user's lens from a TOML file.

    Example: ``load_lens("science").themes[0].label == "实力跃升"``.

    Raises:
        BadLens: unknown name (the message lists the built-ins), missing or malformed file.
    """
    if name_or_path in builtin_lenses():
        return _builtin(name_or_path)
    path = Path(name_or_path)
    if path.suffix == ".toml" or path.exists() or "/" in name_or_path:
        return _read_lens_file(path)
    raise BadLens(name_or_path, f"unknown lens; built-in lenses: {', '.join(builtin_lenses())}")


def _score(text: str, cues: tuple[tuple[str, Decimal], ...]) -> Decimal:
    return sum((w for cue, w in cues if cue in text), Decimal(0))


def score_theme(lens: Lens, mode: Mode, text: str, context: str = "") -> tuple[str, Decimal]:
    """The best theme for an item of ``mode`` and its score (context counts half).

    Example: ``score_theme(load_lens("science"), "achievement", "新引进标志性科学家3人。")[0] == "人才云集"``.
    """
    best_label, best = "", Decimal(-1)
    default = ""
    for theme in lens.themes_for(mode):
        s = _score(text, theme.cues) + (_score(context, theme.cues) * _HALF if context else 0)
        if s > best:
            best_label, best = theme.label, s
        if theme.default and not default:
            default = theme.label
    if best <= 0:
        return default or best_label, Decimal(0)
    return best_label, best


def relevance(lens: Lens, text: str, context: str = "") -> Decimal:
    """How much an item is about the lens's subject (relevance cues; context counts half)."""
    if not lens.relevance_cues:
        return Decimal(1)
    return _score(text, lens.relevance_cues) + (_score(context, lens.relevance_cues) * _HALF if context else 0)


def _short_section(text: str) -> str:
    text = text.strip().rstrip("。：:")
    if len(text) > _SECTION_CHARS:
        cut = text.find("，")
        text = text[:cut] if 0 < cut <= _SECTION_CHARS else text[:_SECTION_CHARS] + "…"
    return text


def _context(lay: Layout, start: int, text: str) -> str:
    lead = lay.lead_at(start)
    section = lay.section_at(start)
    return "\n".join(x for x in (lead if lead != text else "", section) if x)


def _trim(doc: Document, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    while start < end and text[start] in _BULLETS:
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@cache
def _cue_matcher(cues: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """An alternation of the cues, longest first, and for each cue the cues that are its prefixes."""
    ordered = sorted(cues, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(c) for c in ordered))
    prefixes = {c: tuple(p for p in cues if p != c and c.startswith(p)) for c in cues}
    return pattern, prefixes


def _present_cues(text: str, cues: tuple[str, ...], units: Sequence[tuple[int, int]]) -> list[set[str]]:
    """For each unit ``[start, end)`` of ``text``, the cues that occur inside it.

    One regex pass finds, at every position where some cue starts, the longest cue there;
    the cues starting at the same position are its prefixes, and positions inside a match
    are tried again with an anchored match (so "创新中心" inside "科技创新中心" is found).
    This equals testing ``cue in unit_text`` for every cue and unit, in one sweep of the text.
    """
    pattern, prefixes = _cue_matcher(cues)
    starts = [u[0] for u in units]
    present: list[set[str]] = [set() for _ in units]

    def record(pos: int, cue: str) -> None:
        i = bisect_right(starts, pos) - 1
        if i < 0:
            return
        for c in (cue, *prefixes[cue]):
            if pos + len(c) <= units[i][1]:
                present[i].add(c)

    for m in pattern.finditer(text):
        record(m.start(), m.group())
        for q in range(m.start() + 1, m.end()):
            inner = pattern.match(text, q)
            if inner:
                record(q, inner.group())
    return present


def _score_present(present: set[str], weights: Mapping[str, Decimal]) -> Decimal:
    return sum((weights[c] for c in present if c in weights), Decimal(0))


def _display_line(doc: Document, sent: Sentence, start: int, end: int) -> bool:
    """A short unpunctuated line on its own, with no bullet: a WeChat article's verse line
    ("已然在科技发展的赛道上") or subtitle ("科技“燃”年,创新能级显著跃升"), never a report's item."""
    if sent.list_marker or end - start >= _DISPLAY_CHARS or doc.text[end - 1] in _TERMINALS:
        return False
    para = doc.paragraphs[sent.paragraph] if 0 <= sent.paragraph < len(doc.paragraphs) else None
    return para is not None and para.start == sent.start and para.end == sent.end


def classify_items(doc: Document, indicators: Sequence[Indicator], lens: Lens) -> list[Item]:
    """Every achievement/plan/target sentence the lens finds relevant, with its theme.

    Items are the document's sentences (list items included), trimmed of bullets and
    spaces but never rewritten: ``doc.text[item.start:item.end] == item.text``.
    ``indicator_ids`` index ``indicators``: those whose span lies inside the item.
    """
    lay = layout(doc)
    heading_starts = {h.start for h in lay.headings if h.level == 1}
    units: list[tuple[int, int, Mode, int]] = []
    sections: list[str] = []
    for sent in doc.sentences:
        start, end = _trim(doc, sent.start, sent.end)
        if end - start < _MIN_ITEM_CHARS or start in heading_starts or not _HAN.search(doc.text, start, end):
            continue
        if _display_line(doc, sent, start, end) or _INLINE_HEADING.match(doc.text, start, end):
            continue
        mode = mode_in_layout(lay, doc.text, start, end)
        if mode != "other":
            units.append((start, end, mode, sent.paragraph))
            # The document's own heading tree names the place best (the seed's "人才云集");
            # the layout scan stands in when the structure found no section.
            in_doc = sent.section is not None and 0 <= sent.section < len(doc.sections)
            sections.append(doc.sections[sent.section].text if in_doc else lay.section_at(start))
    rel_weights = dict(lens.relevance_cues)
    theme_weights = {t.label: dict(t.cues) for t in lens.themes}
    all_cues = tuple(sorted(set(rel_weights) | {c for t in lens.themes for c, _ in t.cues}))
    present = _present_cues(doc.text, all_cues, [(u[0], u[1]) for u in units])
    # Many items share a paragraph lead and a heading: find each distinct context's cues once,
    # with the same sweep over the contexts joined (no cue spans a line break).
    contexts = [_context(lay, u[0], doc.text[u[0]:u[1]]) for u in units]
    distinct = list(dict.fromkeys(contexts))
    joined, spans, pos = "\n".join(distinct), [], 0
    for c in distinct:
        spans.append((pos, pos + len(c)))
        pos += len(c) + 1
    context_cues = dict(zip(distinct, _present_cues(joined, all_cues, spans)))

    # Theme scores from an index cue → (theme, weight): an item's few cues are looked up once,
    # instead of every theme's weights being summed over them (the general lens has many themes).
    by_cue: dict[str, list[tuple[str, Decimal]]] = {}
    for label, weights in theme_weights.items():
        for cue, weight in weights.items():
            by_cue.setdefault(cue, []).append((label, weight))

    def theme_sums(cues: set[str]) -> dict[str, Decimal]:
        sums: dict[str, Decimal] = {}
        for cue in cues:
            for label, weight in by_cue.get(cue, ()):
                sums[label] = sums.get(label, _ZERO) + weight
        return sums

    context_sums = {c: theme_sums(found) for c, found in context_cues.items()}
    themes_of = {m: lens.themes_for(m) for m in ("achievement", "plan", "target", "other")}
    order = sorted(range(len(indicators)), key=lambda i: indicators[i].start)
    ind_starts = [indicators[i].start for i in order]
    items: list[Item] = []
    for (start, end, mode, paragraph), cues_in, context, section in zip(units, present, contexts, sections):
        text = doc.text[start:end]
        ctx_in = context_cues[context]
        ctx_rel = _score_present(ctx_in, rel_weights) * _HALF
        rel = _score_present(cues_in, rel_weights) + ctx_rel if lens.relevance_cues else Decimal(1)
        if lens.relevance_cues and (rel < lens.min_score or rel <= 0):
            continue
        theme, best, default = "", Decimal(-1), ""
        in_sums, ctx_sums = theme_sums(cues_in), context_sums[context]
        for t in themes_of[mode]:
            score = in_sums.get(t.label, _ZERO) + ctx_sums.get(t.label, _ZERO) * _HALF
            if score > best:
                theme, best = t.label, score
            if t.default and not default:
                default = t.label
        if best <= 0:
            theme, best = default or theme, Decimal(0)
        if not lens.relevance_cues:
            rel = best
        lo = bisect_left(ind_starts, start)
        ids = []
        for k in range(lo, len(order)):
            ind = indicators[order[k]]
            if ind.start >= end:
                break
            if ind.end <= end:
                ids.append(order[k])
        items.append(Item(
            text=text, start=start, end=end, mode=mode, theme=theme,
            section=_short_section(section), indicator_ids=tuple(sorted(ids)),
            relevance=rel, paragraph=paragraph,
        ))
    return items


def score_item(doc: Document, start: int, end: int, mode: Mode, lens: Lens) -> tuple[str, Decimal, bool]:
    """Theme, relevance and whether the lens keeps ``doc.text[start:end]`` as an item of ``mode``.

    The one-item form of what :func:`classify_items` does for every sentence (same context,
    same weights), for evaluation against hand labels and for callers holding a single span.

    Example: ``score_item(doc, s, e, "plan", load_lens("science"))[0] == "人才聚能"``.
    """
    lay = layout(doc)
    text = doc.text[start:end]
    context = _context(lay, start, text)
    theme, best = score_theme(lens, mode, text, context)
    if not lens.relevance_cues:
        return theme, best, True
    rel = relevance(lens, text, context)
    return theme, rel, rel >= lens.min_score and rel > 0
