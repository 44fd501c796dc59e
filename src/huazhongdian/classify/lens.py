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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from huazhongdian.chars import HAN
from huazhongdian.classify.cues import CueMatcher, matcher
from huazhongdian.classify.mode import Layout, mode_in_layout
from huazhongdian.classify.thesis_heads import thesis_headings
from huazhongdian.datafiles import data_names, load_toml
from huazhongdian.errors import BadLens
from huazhongdian.numerals import ORDINAL
from huazhongdian.derive import derived
from huazhongdian.types import Document, Indicator, Item, Mode, Sentence

MODES: tuple[Mode, ...] = ("achievement", "plan", "target")
_HALF = Decimal("0.5")
_ZERO = Decimal(0)
_BULLETS = " \t\u3000•·●○■□▪◆◇-—–*>"
_MIN_ITEM_CHARS = 6
_SECTION_CHARS = 30
# An item says something in Chinese; a line such as "Public domain" (a source's licence footer) is not one.
_HAN = re.compile(f"[{HAN}]")
_DISPLAY_CHARS = 20
# "报告分六个部分：一、三年来的斗争……；二、……；三、加快社会主义经济建设；" (1978): an outline of
# the report's parts, split into sentences at ；, lists headings, not items.
_INLINE_HEADING = re.compile(rf"[{ORDINAL}]{{1,3}}、[^。；;]{{1,30}}[；;。]?$")
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
    min_own: Decimal = Decimal(0)   # the item's own cues must reach this, whatever its context says
    # A headline metric → the themes a bullet whose subject it is may stand under, the first its home
    # ("工农业总产值" → 经济运行, not the 三农 its 农业 gives: render.metric_theme); ``[metric_themes]``.
    metric_themes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    metric_leads: tuple[str, ...] = ()   # the words that may stand before such a metric (全省, 城镇居民、农村居民 …)

    def keeps(self, own: Decimal, total: Decimal) -> bool:
        """Whether an item with relevance ``total`` (``own`` from its own words) is kept: under
        a heading about science, "整车出口突破百万辆" has no science word of its own."""
        return total >= self.min_score and total > 0 and own >= self.min_own

    def themes_for(self, mode: Mode) -> tuple[Theme, ...]:
        """The themes an item of this mode can take (targets fall back to plan themes)."""
        found = tuple(t for t in self.themes if mode in t.modes)
        if not found and mode == "target":
            found = tuple(t for t in self.themes if "plan" in t.modes)
        return found


def builtin_lenses() -> list[str]:
    """Names of the lenses shipped in ``data/lenses``."""
    return data_names("lenses", ".toml")


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


def _metric_themes(raw: Any, labels: set[str], source: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(raw, Mapping):
        raise BadLens(source, "[metric_themes] must be a table of metric = [theme, …]")
    out = []
    for metric, themes in raw.items():
        if not metric or not isinstance(themes, list) or not themes or any(t not in labels for t in themes):
            raise BadLens(source, f"metric_themes: {metric!r} needs a list of the lens's theme labels")
        out.append((str(metric), tuple(themes)))
    return tuple(out)


def _words(raw: Any, where: str, source: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(w, str) and w for w in raw):
        raise BadLens(source, f"{where} must be a list of words")
    return tuple(raw)


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
    min_own = rel.get("min_own", 0)
    if isinstance(min_own, bool) or not isinstance(min_own, (int, float)) or min_own < 0:
        raise BadLens(source, "relevance.min_own must be a number >= 0")
    return Lens(
        metric_themes=_metric_themes(raw.get("metric_themes", {}), {t.label for t in themes}, source),
        metric_leads=_words(raw.get("metric_subject", {}).get("leads", []), "metric_subject.leads", source),
        name=name,
        title=str(raw.get("title", "")),
        description=str(raw.get("description", "")),
        min_score=Decimal(str(min_score)),
        min_own=Decimal(str(min_own)),
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
    return parse_lens(load_toml("lenses", f"{name}.toml"), f"lens {name}", default_name=name)


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


def _own_section(doc: Document, lay: Layout, start: int) -> str:
    """The governing heading of ``start`` in the report's own characters (the layout holds
    headings in matching form, which differs for a traditional-script report)."""
    i = bisect_right(lay.heading_starts, start) - 1
    return doc.text[lay.headings[i].start:lay.headings[i].end] if i >= 0 else ""


def _trim(doc: Document, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    while start < end and text[start] in _BULLETS:
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _score_present(present: set[str], weights: Mapping[str, Decimal]) -> Decimal:
    return sum((weights[c] for c in present if c in weights), Decimal(0))


def _display_line(doc: Document, sent: Sentence, start: int, end: int) -> bool:
    """A short unpunctuated line on its own, with no bullet: a WeChat article's verse line
    ("已然在科技发展的赛道上") or subtitle ("科技“燃”年,创新能级显著跃升"), never a report's item."""
    if sent.list_marker or end - start >= _DISPLAY_CHARS or doc.text[end - 1] in _TERMINALS:
        return False
    para = doc.paragraphs[sent.paragraph] if 0 <= sent.paragraph < len(doc.paragraphs) else None
    return para is not None and para.start == sent.start and para.end == sent.end


@dataclass(frozen=True, slots=True)
class _ThemeChooser:
    """Picks an item's theme among the themes of its mode, in the lens's order.

    The theme is the first one with the highest score (item cues plus half the context's);
    when no score is above zero, the mode's default theme (or else that first one) with
    score 0. Only themes with a cue in the item or its context are scored: every other
    theme scores zero, and the first of those stands for them all.
    """

    labels: tuple[str, ...]
    index: Mapping[str, int]  # label → first position
    default: str

    @classmethod
    def of(cls, themes: Sequence[Theme]) -> _ThemeChooser:
        labels = tuple(t.label for t in themes)
        index: dict[str, int] = {}
        for i, label in enumerate(labels):
            index.setdefault(label, i)
        return cls(labels, index, next((t.label for t in themes if t.default), ""))

    def choose(self, in_sums: Mapping[str, Decimal], ctx_sums: Mapping[str, Decimal]) -> tuple[str, Decimal]:
        best_i, best = -1, Decimal(-1)
        scored = 0
        for label in in_sums.keys() | ctx_sums.keys():
            i = self.index.get(label)
            if i is None:
                continue
            scored += 1
            score = in_sums.get(label, _ZERO) + ctx_sums.get(label, _ZERO) * _HALF
            if score > best or (score == best and i < best_i):
                best_i, best = i, score
        if scored < len(self.index):
            zero_i = next(i for i, label in enumerate(self.labels) if label not in in_sums and label not in ctx_sums)
            if best < 0 or (best == 0 and zero_i < best_i):
                best_i, best = zero_i, _ZERO
        if best <= 0:
            return self.default or (self.labels[best_i] if best_i >= 0 else ""), Decimal(0)
        return self.labels[best_i], best


class ThemeScorer:
    """A lens's theme cues as one index, cue → (theme, weight): a text's few cues are looked up
    once instead of every theme's weights being summed over it (the general lens has many themes).

    ``sums`` and ``choose`` are what :func:`classify_items` scores a sentence with; ``cues_in``
    finds the cues of a short text (a clause) with one automaton. Example::

        s = theme_scorer(load_lens("general"))
        s.choose("achievement", s.sums(s.cues_in("全省生产总值增长5.5%")))  # ("经济运行", Decimal("3"))
    """

    def __init__(self, lens: Lens) -> None:
        self.by_cue: dict[str, list[tuple[str, Decimal]]] = {}
        for t in lens.themes:
            for cue, weight in dict(t.cues).items():
                self.by_cue.setdefault(cue, []).append((t.label, weight))
        self.weights = {t.label: dict(t.cues) for t in lens.themes}
        self.choosers = {m: _ThemeChooser.of(lens.themes_for(m)) for m in MODES}
        self._found: CueMatcher | None = None

    def sums(self, cues: Iterable[str]) -> dict[str, Decimal]:
        """Each theme's weight of ``cues`` (the themes with none are left out)."""
        sums: dict[str, Decimal] = {}
        for cue in cues:
            for label, weight in self.by_cue.get(cue, ()):
                sums[label] = sums.get(label, _ZERO) + weight
        return sums

    def cues_in(self, text: str) -> set[str]:
        """The theme cues occurring in ``text``."""
        if self._found is None:
            self._found = matcher(frozenset(self.by_cue))
        return self._found.spans(text, [(0, len(text))])[0]

    def choose(self, mode: Mode, sums: Mapping[str, Decimal]) -> tuple[str, Decimal]:
        """The theme of ``mode`` those sums pick, and its score (no context)."""
        chooser = self.choosers.get(mode)
        return chooser.choose(sums, {}) if chooser is not None else ("", _ZERO)


@cache
def theme_scorer(lens: Lens) -> ThemeScorer:
    """The (cached) :class:`ThemeScorer` of a lens."""
    return ThemeScorer(lens)


def _candidates(doc: Document, lay: Layout) -> list[tuple[int, int, Sentence]]:
    """The sentences that can be items, trimmed: not headings, outlines, display lines or scraps."""
    heading_starts = {h.start for h in lay.headings if h.level == 1}
    out = []
    for sent in doc.sentences:
        start, end = _trim(doc, sent.start, sent.end)
        if end - start < _MIN_ITEM_CHARS or start in heading_starts or not _HAN.search(doc.text, start, end):
            continue
        if _display_line(doc, sent, start, end) or _INLINE_HEADING.match(doc.text, start, end):
            continue
        out.append((start, end, sent))
    # A party congress's sub-headings that state a thesis are sentences too (classify.thesis_heads).
    extra = [(s.start, s.end, s) for s in thesis_headings(doc)]
    return sorted(out + extra, key=lambda c: c[0]) if extra else out


def _context_cues(lay: Layout, text: str, spans: Sequence[tuple[int, int]],
                  cues: CueMatcher) -> list[frozenset[str]]:
    """For each span, the cues of its context (see :func:`_context`): its line's opening
    sentence unless that is the span itself, and its governing heading.

    Many spans share a lead and a heading, so each distinct lead and heading is swept once
    (all of them joined by line breaks, which no cue spans); a context's cues are the union
    of its lead's and its heading's.
    """
    keys = []
    for start, end in spans:
        li = bisect_right(lay.line_starts, start) - 1
        lead = lay.line_leads[li] if li >= 0 else ""
        own = len(lead) == end - start and lead == text[start:end]
        keys.append((li if lead and not own else -1, bisect_right(lay.section_starts, start) - 1))
    leads = sorted({k[0] for k in keys if k[0] >= 0})
    heads = sorted({k[1] for k in keys if k[1] >= 0 and lay.section_texts[k[1]]})
    parts = [lay.line_leads[i] for i in leads] + [lay.section_texts[i] for i in heads]
    joined, part_spans, pos = "\n".join(parts), [], 0
    for part in parts:
        part_spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    found = cues.spans(joined, part_spans)
    lead_cues = dict(zip(leads, found))
    head_cues = dict(zip(heads, found[len(leads):]))
    empty: set[str] = set()
    union: dict[tuple[int, int], frozenset[str]] = {}
    for key in keys:
        if key not in union:
            union[key] = frozenset(lead_cues.get(key[0], empty) | head_cues.get(key[1], empty))
    return [union[k] for k in keys]


def classify_items(doc: Document, indicators: Sequence[Indicator], lens: Lens) -> list[Item]:
    """Every achievement/plan/target sentence the lens finds relevant, with its theme.

    Items are the document's sentences (list items included), trimmed of bullets and
    spaces but never rewritten: ``doc.text[item.start:item.end] == item.text``.
    ``indicator_ids`` index ``indicators``: those whose span lies inside the item.
    """
    # Cues are matched in the matching text (simplified characters for a traditional report,
    # same offsets); items are cut from doc.text.
    lay, match = derived(doc).layout, derived(doc).matching
    candidates = _candidates(doc, lay)
    spans = [(c[0], c[1]) for c in candidates]
    rel_weights = dict(lens.relevance_cues)
    cue_matcher = matcher(frozenset(rel_weights) | {c for t in lens.themes for c, _ in t.cues})
    present = cue_matcher.spans(match, spans)
    contexts = _context_cues(lay, match, spans, cue_matcher)

    scorer = theme_scorer(lens)
    theme_sums = scorer.sums
    context_sums: dict[frozenset[str], dict[str, Decimal]] = {}
    choosers = scorer.choosers
    order = sorted(range(len(indicators)), key=lambda i: indicators[i].start)
    ind_starts = [indicators[i].start for i in order]
    items: list[Item] = []
    for (start, end, sent), cues_in, ctx_in in zip(candidates, present, contexts):
        # Relevance does not depend on the mode, so the lens's filter runs first and the
        # mode rules only see the sentences it keeps.
        if lens.relevance_cues:
            own = _score_present(cues_in, rel_weights)
            rel = own + _score_present(ctx_in, rel_weights) * _HALF
            if not lens.keeps(own, rel):
                continue
        mode = mode_in_layout(lay, match, start, end)
        if mode == "other":
            continue
        in_sums = theme_sums(cues_in)
        ctx_sums = context_sums.get(ctx_in)
        if ctx_sums is None:
            ctx_sums = context_sums[ctx_in] = theme_sums(ctx_in)
        theme, best = choosers[mode].choose(in_sums, ctx_sums)
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
        # The document's own heading tree names the place best (the seed's "人才云集");
        # the layout scan stands in when the structure found no section.
        in_doc = sent.section is not None and 0 <= sent.section < len(doc.sections)
        section = doc.sections[sent.section].text if in_doc else _own_section(doc, lay, start)
        items.append(Item(
            text=doc.text[start:end], start=start, end=end, mode=mode, theme=theme,
            section=_short_section(section), indicator_ids=tuple(sorted(ids)),
            relevance=rel, paragraph=sent.paragraph,
        ))
    return items


def score_item(doc: Document, start: int, end: int, mode: Mode, lens: Lens) -> tuple[str, Decimal, bool]:
    """Theme, relevance and whether the lens keeps ``doc.text[start:end]`` as an item of ``mode``.

    The one-item form of what :func:`classify_items` does for every sentence (same context,
    same weights), for evaluation against hand labels and for callers holding a single span.

    Example: ``score_item(doc, s, e, "plan", load_lens("science"))[0] == "人才聚能"``.
    """
    lay = derived(doc).layout
    text = derived(doc).matching[start:end]
    context = _context(lay, start, text)
    theme, best = score_theme(lens, mode, text, context)
    if not lens.relevance_cues:
        return theme, best, True
    rel = relevance(lens, text, context)
    return theme, rel, lens.keeps(relevance(lens, text), rel)
