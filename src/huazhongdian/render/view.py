"""What every output shows, decided once: Markdown, HTML, the poster and the web digest page.

A :class:`DigestView` picks the headline, the lede, the 数说 cards (:mod:`.cards`), the
keyword bars, the bullets grouped by mode and theme — fact-sized spans ranked by news value
(:mod:`.selection`), the top of each theme shown and the rest folded — and the targets, from a
:class:`~huazhongdian.types.Digest`. It never rewrites the report's words: every string that
comes from the report is a slice of ``doc.text``.

Which figures become cards and why: :mod:`huazhongdian.render.cards`; the targets table's rows:
:mod:`huazhongdian.render.target_rows`; the linkable units and the
figures inside a passage: :mod:`huazhongdian.render.spans`.

The types it fills (and the JSON ``view`` part): :mod:`huazhongdian.render.view_model`.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import replace
from decimal import Decimal
from pathlib import PurePath

from huazhongdian.classify.lens import builtin_lenses, load_lens, theme_scorer
from huazhongdian.render.cards import salient_indicators  # noqa: F401  (tests import it from here)
from huazhongdian.render.congress import older_theme, older_title
from huazhongdian.render.lede import lede_spans, lede_term
from huazhongdian.render.lede_congress import older_congress
from huazhongdian.derive import derived
from huazhongdian.extract.segment import word_boundaries
from huazhongdian.render.metric_theme import metric_theme
from huazhongdian.render.news_value import headline_metric
from huazhongdian.render.part_openings import part_openings
from huazhongdian.render.periods import sole_term_review
from huazhongdian.render.selection import Fact, cues, five_year_paragraphs, plan_term_part, review_period, select_facts
# Piece, anchor_units and source_paragraphs are imported from here by html.py, previous.py and web/pages.py.
from huazhongdian.render.spans import Anchors as _Anchors
from huazhongdian.render.spans import (FigureSpans, Piece, anchor_units, cut_segments,  # noqa: F401
                                       source_paragraphs)
# The targets table's names are imported from here by markdown.py, poster.py, targets.py and across/compare.py.
from huazhongdian.render.term_goals import term_goal_test, term_goals_cues
from huazhongdian.render.theme_counts import base_shown as _base_shown, dense as _dense, lifted as _lifted, \
    long_review as _long_review, long_text as _long_text
from huazhongdian.render.target_rows import (QUALIFIER_WORDS, TARGET_LABELS, TARGET_ROWS, TargetRow,  # noqa: F401
                                             format_number, repeats_target_row, target_label, target_own_label,
                                             target_rows, target_value)
# Card is imported from here by edit.py, poster.py and the tests.
from huazhongdian.render.view_cards import Card, poster_result_cards, view_cards
from huazhongdian.render.view_model import (Bullet, DigestView, EditMarks, ModeGroup,  # noqa: F401  (outputs import them from here)
                                            TermBar, ThemeGroup, view_to_dict)
from huazhongdian.types import Digest, Document, Indicator, Item, Term

MODE_TITLES = {"achievement": "回顾", "plan": "安排", "other": "其他要点"}
KIND_TITLES = {
    "gov-work-report": "政府工作报告",
    "party-congress-report": "党代会报告",
    "plan": "规划纲要",
}
# A metric starting with a particle or conjunction is a clause fragment, not a name ("的学生人数…").
_MIN_PER_THEME = 3
_RATIO_BASE = re.compile(r"(?:相当于|占)[^，。；]{1,12}?(?:的比例|比重)")


def indicator_number(ind: Indicator) -> tuple[str, str, str]:
    """(prefix, number, unit) for a card: ranges as low-high, 超过/近 as prefix, 左右/以上 after the unit."""
    if ind.low is not None and ind.high is not None:
        number = f"{format_number(ind.low)}-{format_number(ind.high)}"
    elif ind.value is not None:
        number = format_number(ind.value)
    else:
        number = ""
    unit, prefix = ind.unit, ""
    if ind.qualifier in ("more_than", "near"):
        prefix = QUALIFIER_WORDS[ind.qualifier]
    elif ind.qualifier in ("approx", "at_least", "at_most"):
        unit = unit + QUALIFIER_WORDS[ind.qualifier]
    if ind.kind == "rank" and not unit:
        prefix, unit = prefix + "第", "名"
    return prefix, number, unit


def _title(doc: Document) -> str:
    meta = doc.meta
    if meta.title and meta.title != "未知标题":
        return meta.title
    kind = KIND_TITLES.get(meta.kind, "")
    if kind:
        return f"{meta.region}{meta.year or ''}{'年' if meta.year else ''}{kind}"
    if doc.source and not doc.source.startswith("<"):
        return PurePath(doc.source).stem
    # A pasted text: its own first line, when it reads as a title.
    first = next((line.strip() for line in doc.text.splitlines() if line.strip()), "")
    return first if 0 < len(first) <= 40 and not first.endswith(("。", "：", ":")) else "报告"


def document_title(doc: Document) -> str:
    """The title a page shows for a report: its own, else one made of region, year and kind.

    Example: a 2024 national report without a title line → ``"2024年政府工作报告"``.
    """
    return _title(doc)


def _meta_line(doc: Document) -> str:
    meta = doc.meta
    # (the region once: "宁夏回族自治区第十三届人民代表大会第四次会议" names it already)
    region = "" if meta.region and meta.region in (meta.meeting or "") else meta.region
    return " · ".join(x for x in (meta.meeting, meta.date or "", region) if x)


def _mode_key(item: Item) -> str:
    return "plan" if item.mode == "target" else item.mode if item.mode in MODE_TITLES else "other"


def _theme_order(digest: Digest, mode: str, seen: list[str]) -> list[str]:
    """Themes in the lens's order when it is a built-in lens, else by first appearance."""
    if digest.lens not in builtin_lenses():
        return seen
    lens_mode = "plan" if mode == "plan" else "achievement"
    order = [t.label for t in load_lens(digest.lens).themes_for(lens_mode)]  # type: ignore[arg-type]
    return [t for t in order if t in seen] + [t for t in seen if t not in order]


def _bullet(digest: Digest, fact: Fact, figures: FigureSpans, anchors: _Anchors) -> Bullet:
    item = digest.items[fact.item]
    text = digest.document.text[fact.start:fact.end]
    return Bullet(text=text, segments=cut_segments(text, fact.start, figures.within(fact.start, fact.end)),
                  anchor=anchors.sentence_start(fact.start), item=fact.item, relevance=item.relevance,
                  start=fact.start, end=fact.end,
                  # (a bullet that takes its subject from the "；" half before its item spans both halves: its
                  # sentence is the two, national 1954's "铁路正线的通车里程…；由于历年修复…，今年预计将达…")
                  sentence_start=min(item.start, fact.start), sentence_end=max(item.end, fact.end),
                  score=round(fact.score, 3), factual=fact.factual)


def _clause_themes(digest: Digest):
    """A fact's own theme when its clause says it outright: the sentence "全省生产总值增长5.5%，……
    城镇和农村居民人均可支配收入分别增长4.3%、5.5%，十方面民生实事圆满完成。" is 民生 as a whole, but its
    GDP clause is 经济运行. A headline fact (a headline metric of ``news_value.toml``) moves on a
    decisive cue (weight ≥ 3) for that metric in its clause that beats the sentence's theme there —
    "区域创新能力由全国第12位跃升至第9位" stays under 科技创新; under the general lens any other clause
    moves on a decisive cue when its words carry none of its sentence's theme; built-in lenses only."""
    if digest.lens not in builtin_lenses():
        return lambda fact, item: ""
    lens = load_lens(digest.lens)
    scorer = theme_scorer(lens)
    text = derived(digest.document).matching   # (a traditional report's cues read simplified)
    headline = cues().headline

    def theme_of(fact: Fact, item: Item) -> str:
        clause = text[fact.start:fact.end]
        present = scorer.cues_in(clause)
        sums = scorer.sums(present)
        label, score = scorer.choose(item.mode, sums)
        if label == item.theme or score < 3:
            return ""
        own = sums.get(item.theme, Decimal(0))
        # (a headline metric named only as a ratio's base is not the clause's subject: "研发经费支出相当于全市生产总值的比例")
        base = _RATIO_BASE.sub("", clause)
        named = [h for h in headline if h in base]
        if not named:
            # Under a lens of chapters (the general lens: no relevance rule of its own), any clause
            # whose words say nothing of its sentence's theme moves on a decisive cue ("改造城镇老旧小区
            # 1700个" out of 三农). A subject lens's themes are facets of one subject: left as they are.
            return label if not lens.relevance_cues and own == 0 else ""
        # The destination must claim the headline metric itself ("生产总值" under 经济运行), not
        # another word of the clause ("人才" under 人才聚能 for "……激励企业加大研发投入").
        decisive = [c for c in present if scorer.weights.get(label, {}).get(c, 0) >= 3]
        if not any(c in h or h in c for c in decisive for h in named):
            return ""
        return label if score > own else ""

    return theme_of


def _headline_bullet(b: Bullet, match: str) -> bool:
    """The bullet names a headline metric (``cues.headline``, in ``match``: the matching text, where a traditional
    report's 工業總産值 reads 工业总产值) and carries a figure."""
    return any(fig for _, fig in b.segments) and bool(headline_metric(match[b.start:b.end]))


def _term_title(digest: Digest, five: frozenset[int]) -> str:
    """The five-year review's heading: "“十四五”时期成就回顾", else "过去五年回顾" ("过去十年回顾")."""
    name = review_period(digest, five)
    return f"{name}成就回顾" if name.endswith("时期") else f"{name}回顾"


def _plan_term_title(digest: Digest) -> str:
    """The coming plan period's goals: "“十五五”时期目标任务"."""
    return f"“{plan_term_part(digest)[1]}”时期目标任务"


def _fact_theme(digest: Digest):
    """The theme a fact is listed under: its clause's (:func:`_clause_themes`), else its item's — and in a party
    congress's report before 1978 under the general lens, its political narrative's (render.congress.older_theme:
    国防外交, 经济运行, 文化, else 党的建设; not the lens's default 经济运行). A fact whose subject is a headline metric
    stands under one of that metric's themes (render.metric_theme: "工农业总产值……" under 经济运行, not 三农)."""
    retheme = _clause_themes(digest)
    general = older_congress(digest) and digest.lens == "general"
    text, match = digest.document.text, derived(digest.document).matching
    lens = load_lens(digest.lens) if digest.lens in builtin_lenses() else None
    # (review bullets only: moving plan bullets home cost posters, wt-themes2)
    review = metric_theme(lens, frozenset(t.label for t in lens.themes_for("achievement"))) \
        if lens is not None and lens.metric_themes else None

    def theme_of(fact: Fact, item: Item) -> str:
        theme = retheme(fact, item) or item.theme or item.section or "其他"
        if review is not None and item.mode == "achievement":
            theme = review(match[fact.start:fact.end], theme)
        return older_theme(text[fact.start:fact.end], theme, cues()) if general else theme

    return theme_of


def _older_shown(ranked: tuple[Bullet, ...], mode: str, general: bool) -> int:
    """How many a congress's review theme (or a pre-1978 congress's plan theme, ``general``: its four themes under the
    general lens) shows at least: its facts up to congress_per_theme (older_congress_per_theme for the four themes),
    and a pre-1978 plan theme older_plan_share, facts or not — its tasks are words (加强国防建设)."""
    news = cues()
    per = max(news.older_congress_per_theme if general else 0, news.congress_per_theme)
    share = min(news.older_plan_share, len(ranked)) if general and mode == "plan" else 0
    return max(min(per, sum(b.factual for b in ranked)), share)


def _group_title(digest: Digest, five: frozenset[int], mode: str, term: bool, older: bool | None) -> str:
    """A group's heading: "2025年工作回顾", "“十四五”时期成就回顾", "过去五年回顾", "回顾" … — and in a party congress's
    report before 1978 (``older`` not None: whether it has a term review too), which names no year nor five years,
    data ``[congress] older_titles`` ("报告回顾", "历史回顾" beside it, "今后的任务")."""
    meta = digest.document.meta
    year = meta.review_year if mode == "achievement" else meta.plan_year if mode == "plan" else None
    title = (_plan_term_title(digest) if term and mode == "plan" else _term_title(digest, five) if term
             else f"{year}年工作{MODE_TITLES[mode]}" if year else MODE_TITLES[mode])
    if older is not None and not year and "时期" not in title:
        both = mode == "achievement" and not term and older
        title = older_title("achievement-history" if both else mode, term and not both, cues()) or title
    return title


def _mark_term_goals(digest: Digest, themes: OrderedDict[str, list[Bullet]]) -> int:
    """Marks as ``factual`` only the goals among the coming plan period's bullets (render/term_goals.py: a
    figure, a dated goal, a named project being built), not the general test's entities and firsts; returns
    how many other bullets a theme without a goal shows (``[term_goals] others``; 0 when the switch is off)."""
    goals = term_goals_cues()
    if not goals.on:
        return 0
    goal = term_goal_test(digest)
    for bullets in themes.values():
        bullets[:] = [replace(b, factual=goal(b.start, b.end)) for b in bullets]
    return goals.others


def _groups(digest: Digest, figures: FigureSpans, anchors: _Anchors, five: frozenset[int], *, per_theme: int,
            max_bullets: int) -> tuple[ModeGroup, ...]:
    """The bullets grouped by mode (and period) and theme, each theme's shown count decided.

    Long because: a theme's count rules (cap, strong facts, headlines, congress shares, facts only, the text
    outputs' dense and opening extras) read one group's cap and budget; apart they would pass that state around."""
    # The year's review, the five-year review (a term-end report has both), the plan, the plan period's goals.
    keys = [("achievement", False), ("achievement", True), ("plan", False), ("plan", True), ("other", False)]
    if digest.document.meta.kind == "party-congress-report":
        # A congress reviews its five (or ten) years: that review leads; the rest (history, the
        # congress's own opening) follows it.
        keys[:2] = keys[1::-1]
    by_key: dict[tuple[str, bool], OrderedDict[str, list[Bullet]]] = {k: OrderedDict() for k in keys}
    theme_of, older = _fact_theme(digest), older_congress(digest)
    match = derived(digest.document).matching
    general = older and digest.lens == "general"
    facts = select_facts(digest, five)
    # (a caller asking fewer than _MIN_PER_THEME a theme, a tight listing, gets no lifted facts)
    opening = part_openings(digest, facts) if cues().opening_strong and per_theme >= _MIN_PER_THEME else {}
    for fact in facts:
        item = digest.items[fact.item]
        theme = theme_of(fact, item)
        mode = _mode_key(item)
        term = fact.five_year and mode in ("achievement", "plan")
        by_key[(mode, term)].setdefault(theme, []).append(_bullet(digest, fact, figures, anchors))
    meta = digest.document.meta
    others = _mark_term_goals(digest, by_key[("plan", True)])
    sole = sole_term_review(*(sum(map(len, by_key[("achievement", t)].values())) for t in (False, True)))
    out = []
    for (mode, term), themes in by_key.items():
        if not themes:
            continue
        title = _group_title(digest, five, mode, term, older and bool(by_key[("achievement", True)]) if older else None)
        # With many themes (the general lens has fourteen) each shows fewer, at least three; the five-year review is
        # background to the year's news: term_per_theme a theme — not in a congress's report (its review is of them),
        # nor when it is the report's review (periods.sole_term_review: 2003's 过去五年, no year's review beside it).
        cap = min(per_theme, max(_MIN_PER_THEME, max_bullets // max(len(themes), 1)))
        year = mode == "achievement" and (not term or sole) and meta.kind != "party-congress-report"
        background = term and meta.kind != "party-congress-report" and not year
        news = cues()
        # The year's review is most of an editor's 划重点 of a year's report: year_bullets more a theme.
        cap = (min(cap, news.term_per_theme) if background else cap) + (news.year_bullets if year else 0)
        # …and a congress's review is its news: a theme shows its facts, up to congress_per_theme.
        congress = mode == "achievement" and meta.kind == "party-congress-report"
        groups = []
        for t in _theme_order(digest, mode, list(themes)):
            ranked = tuple(sorted(themes[t], key=lambda b: (not (b.factual or digest.items[b.item].mode == "target"),
                                                            -b.score, b.start)))
            shown = _base_shown(ranked, cap, per_theme if background else news.max_per_theme, mode == "plan" and not term)
            floor = _long_text(ranked, shown, mode == "plan" and not term and t not in news.plan_fact_only_themes)
            # A headline metric with its figure (cues.headline: GDP, jobs, incomes, grain, trade …) is what an
            # editor prints first: the theme shows down to its last one, up to max_per_theme — a cue-rich
            # sentence's clauses ("1.2万个退役军人服务站提质增效") may outscore "全体居民人均可支配收入达到41580元".
            heads = [r for r, b in enumerate(ranked) if _headline_bullet(b, match)]
            if heads:
                shown = max(shown, min(news.max_per_theme, heads[-1] + 1))
            if congress or (general and mode == "plan"):
                shown = max(shown, _older_shown(ranked, mode, general))
            elif mode == "plan" and meta.kind == "party-congress-report" and t not in news.plan_fact_only_themes:
                shown = max(shown, min(news.congress_plan_per_theme, sum(b.factual for b in ranked)))
            # A review bullet with no fact of its own (no figure, first, rank or named project) is
            # not what an editor prints; it stays behind 另有 N 条 / 展开全部 — and so does a
            # five-year goal without one ("坚持在高质量发展中促进共同富裕"): background to the year's plan.
            facts_only = mode == "achievement" or term or (mode == "plan" and t in news.plan_fact_only_themes)
            most = sum(b.factual for b in ranked) or (others if term and mode == "plan" else 0) if facts_only else len(ranked)
            shown = min(shown, most, len(ranked))
            # (the text outputs count a fact near its part's opening as stronger: they list those too, as dense)
            lifted = _lifted(ranked, (cap, per_theme if background else news.max_per_theme), mode == "plan" and not term,
                             opening, most)
            dense = _dense(ranked, shown, max(floor, lifted, _long_review(ranked, year and not term, most)))
            groups.append(ThemeGroup(t, ranked, shown + dense, dense=dense))
        out.append(ModeGroup(mode=mode, title=title, themes=tuple(groups), term=term))
    return tuple(out)


def lede_term_note(term: tuple[str, int]) -> str:
    """What a cue-less lede says of its term (every output prints it after the lede): "“结构性改革”全文出现10次"."""
    return f"“{term[0]}”全文出现{term[1]}次"


def _lede(digest: Digest, figures: FigureSpans, anchors: _Anchors) -> tuple[Bullet, ...]:
    text = digest.document.text
    return tuple(Bullet(text=text[s:e], segments=cut_segments(text[s:e], s, figures.within(s, e)),
                        anchor=anchors.sentence_start(s), item=-1, relevance=Decimal(0), start=s, end=e,
                        sentence_start=anchors.sentence_start(s), sentence_end=e)
                 for s, e in lede_spans(digest))


_SOURCE_LINE = re.compile(r"^来源[:：]\s*(\S{1,30})\s*$", re.M)


def source_name(doc: Document) -> str:
    """Where the report comes from, for a footer: its URL, or the 来源 line of its head; never a
    local path (a file's name is not a source)."""
    if doc.source.startswith(("http://", "https://")):
        return doc.source
    m = _SOURCE_LINE.search(doc.text[:800])
    return m.group(1) if m else ""


def _lens_title(name: str) -> str:
    """The Chinese title of a built-in lens other than the general one ("" otherwise)."""
    if name == "general" or name not in builtin_lenses():
        return ""
    return load_lens(name).title


def shown_terms(terms: tuple[Term, ...] | list[Term], text: str | None = None) -> list[Term]:
    """The counted terms an output lists, in their order: a term every occurrence of which lies
    inside an occurrence of another counted term (统一大市场, only ever in 全国统一大市场) says
    nothing that term does not, so it is left out; its count stays in the JSON.

    Given the text the terms were counted in (the document's matching text), a term most of whose
    occurrences straddle a word boundary with neither of their ends on one, and fewer than three not, is
    left out too: 民生 in 1986's 人民生活 (人民 | 生活) eighteen times and 国计民生 once is no 民生 of the
    report's, so no output headlines "“民生”出现19次" (the 17th congress's four 改善民生 keep it listed). An occurrence inside one word (内需 in 扩大内需) or sharing an end with
    one (民族地区 in 少数民族 | 地区) is the term's; the counts themselves never change."""
    counted = [t for t in terms if t.count]
    spans = [(s.start, s.end) for t in counted for s in t.spans]

    def inside(t: Term) -> bool:
        own = {(s.start, s.end) for s in t.spans}
        others = [c for c in spans if c not in own]
        return all(any(a <= s.start and s.end <= b for a, b in others) for s in t.spans)

    cuts = word_boundaries(text) if text is not None else None

    def straddles(t: Term) -> bool:
        if cuts is None or 2 * t.word_count >= t.count:
            return False
        astride = sum(1 for s in t.spans if s.start not in cuts and s.end not in cuts
                      and any(c in cuts for c in range(s.start + 1, s.end)))
        return 2 * astride > t.count and t.count - astride < 3

    return [t for t in counted if not inside(t) and not straddles(t)]


def listed_terms(digest: Digest) -> list[Term]:
    """The terms every output of ``digest`` lists: :func:`shown_terms` over the text they were counted in."""
    return shown_terms(digest.terms, derived(digest.document).matching)


def build_view(digest: Digest, *, cards: int = 6, terms: int = 12, per_theme: int = 5,
               max_bullets: int = 56, card_pool: int = 0, poster: bool = True) -> DigestView:
    """Everything the HTML digest and the poster show, chosen and ordered.

    ``card_pool`` > 0 also lists up to that many further card-worthy figures
    (:attr:`DigestView.card_pool`), the ones an edit may pick as cards (:mod:`.edit`); ``poster``
    (the default) also the headline results a poster may add to the cards (:attr:`DigestView.poster_cards`,
    :func:`~huazhongdian.render.view_cards.poster_result_cards`): one view for every output, so the web app's
    and the 公众号 post's poster show the cards the CLI poster shows (``poster=False``: none, for a caller
    that never draws a poster).

    Example: ``v = build_view(d); v.cards[0].number, v.cards[0].label``.
    """
    doc = digest.document
    anchors = _Anchors(doc)
    figures = FigureSpans(digest)
    lens_title = _lens_title(digest.lens)
    kind = lens_title or KIND_TITLES.get(doc.meta.kind, "")
    five = five_year_paragraphs(digest)  # the five-year review, for the cards' periods and the groups
    chosen = view_cards(digest, anchors, cards, five)
    rows = target_rows(digest, anchors)
    pool: tuple[Card, ...] = ()
    if card_pool > 0:
        taken = {c.indicator for c in chosen}
        pool = tuple(c for c in view_cards(digest, anchors, cards + card_pool, five)
                     if c.indicator not in taken)[:card_pool]
    return DigestView(
        title=_title(doc),
        kicker=f"划重点 · {kind}" if kind else "划重点",
        lens_title=lens_title,
        meta_line=_meta_line(doc),
        source=doc.source,
        cards=chosen,
        terms=tuple(TermBar(t.term, t.count, t.per_10k) for t in listed_terms(digest))[:terms],
        keywords=tuple(k.term for k in digest.keywords),
        groups=_listing(_without_target_rows(_groups(digest, figures, anchors, five, per_theme=per_theme,
                                                     max_bullets=max_bullets),
                                             rows if cues().fold_target_repeats else ())),
        targets=rows,
        entities=tuple((e.name, e.count) for e in digest.entities[:24]),
        chars=doc.chars,
        lede=_lede(digest, figures, anchors),
        lede_term=lede_term(digest),
        source_name=source_name(doc),
        sha256=doc.sha256,
        card_pool=pool,
        poster_cards=poster_result_cards(digest, chosen, anchors, five) if poster else (),
    )


def _listing(groups: tuple[ModeGroup, ...]) -> tuple[ModeGroup, ...]:
    """The groups that list a bullet: a group whose themes list nothing (Shanghai 2026's "十四五" review, one
    fact-less sentence) has no heading in any output — not a heading over a lone "另有…" line; its bullets are
    dropped with it (they are not of a neighbouring group's period, so not in its 另有 count)."""
    return tuple(g for g in groups if g.listed)


def _without_target_rows(groups: tuple[ModeGroup, ...], rows: tuple[TargetRow, ...]) -> tuple[ModeGroup, ...]:
    """The year's plan with the bullets that only repeat a row of the targets table marked ``in_targets``
    (:func:`repeats_target_row`): "地区生产总值增长5%左右" is the table's first row, not also 经济运行's first
    plan bullet (an editor's read of Ningxia 2026). They keep their rank: the next bullets do not move up."""
    if not rows:
        return groups
    out = []
    for g in groups:
        if g.mode != "plan" or g.term:
            out.append(g)
            continue
        # (only a bullet with a figure: a qualitative target, "地区生产总值……稳中有升", has no value in the table)
        themes = tuple(replace(t, bullets=tuple(
            replace(b, in_targets=True) if any(fig for _, fig in b.segments) and repeats_target_row(b.text, rows)
            else b for b in t.bullets)) for t in g.themes)
        out.append(replace(g, themes=themes))
    return tuple(out)
