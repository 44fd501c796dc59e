"""News-value cues: what the digest shows first and what it never shows as a bullet, loaded once
from ``data/news_value.toml`` (see that file for the weights and the reasons).

:func:`cues` is the data as read, :func:`patterns` the same cues compiled for speed;
:func:`is_never` and :func:`cue_kind` tell a framing, problem or heading text (for the selection
and for the eval's hand-check sample). Used by :mod:`huazhongdian.render.selection` (which
re-exports them), the view and the cards.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from huazhongdian.datafiles import load_toml
from huazhongdian.types import Digest
from huazhongdian.render.regex_any import AnyOf


@dataclass(frozen=True, slots=True)
class Cues:
    weights: dict[str, float]
    lengths: dict[str, int]
    headline: tuple[str, ...]
    lead: tuple[str, ...]
    first: tuple[str, ...]
    rank: tuple[str, ...]
    milestone: tuple[str, ...]
    landmark: tuple[str, ...]
    principles: tuple[str, ...]         # statements of principle, and the "第一"s that are no first
    principle_patterns: tuple[str, ...]  # …and bullets that only say to do the work well (做好…工作)
    principle_count: int                # how many of ``principles`` are statements (the rest: not_firsts)
    deadline: tuple[re.Pattern[str], ...]
    never: tuple[str, ...]              # framing, problems, praise: a clause with one is dropped
    never_patterns: tuple[re.Pattern[str], ...]
    list_leads: tuple[re.Pattern[str], ...]
    continuations: tuple[str, ...]
    lede_cues: tuple[str, ...]
    lede_max: int
    framing: tuple[str, ...]
    problems: tuple[str, ...]
    multi_year: tuple[str, ...]
    strong: float
    max_per_theme: int
    term_per_theme: int                 # a five-year review's bullets per theme (background to the year's)
    multi_year_paragraphs: tuple[str, ...]
    multi_year_not_before: str = ""     # …not when one of these follows ("五十年代": a decade, not ten years)
    multi_year_first_sentence: tuple[str, ...] = ()
    plan_term_parts: tuple[str, ...] = ()  # a part naming the coming plan period: its goals (regexes)
    plan_term_not: str = "(?!)"            # …unless its heading names a year
    plan_term_review: str = "(?!)"         # …or looks back on the period it names (工作回顾)
    headline_not_after: tuple[str, ...] = ()  # a headline cue after one of these is none (单位…, 人均…)
    year_paragraphs: tuple[str, ...] = ()
    asides: tuple[str, ...] = ()
    topic_tails: tuple[str, ...] = ()
    bare_metrics: tuple[str, ...] = ()
    bare_metric_patterns: tuple[str, ...] = ()  # …and those a plain word would over-match (规模, not 规模以上): regexes
    topic_clause: str = "(?!)"          # a sentence's opening topic ("煤炭……开采方面"): its bare metric's subject
    result_predicates: tuple[str, ...] = ()  # a clause opening on a verb of result has its subject before
    predicate_patterns: tuple[str, ...] = ()  # …or on a standing in a ranking (在“世界500强”排名…): regexes
    count_verbs: tuple[str, ...] = ()   # a verb and its bare count ("交付31.7万套"): its object is before
    breakdown_verbs: tuple[str, ...] = ()  # a 其中 part holding one of these has a verb of its own (其中…增长6.3%)
    complements: tuple[str, ...] = ()   # a clause completing the verb before (在…上作出…): regexes
    adverbial_leads: tuple[str, ...] = ()  # a clause that only says for what or by what (为更好…): regexes
    particle_starts: str = ""
    count_leads: tuple[str, ...] = ()
    funding_leads: tuple[str, ...] = ()
    local_headline: tuple[str, ...] = ()  # a district's headline kinds (棚户区改造, 重点项目 …)  # a clause that is only a sum put in (全年投入14.5亿元): regexes
    not_particles: tuple[str, ...] = ()
    congress_per_theme: int = 6         # a party congress's review bullets per theme (its news)
    congress_plan_per_theme: int = 0    # …and its plan's, when it has as many facts (0: the even share)
    older_congress_per_theme: int = 0   # …in a congress's report before 1978 (four themes)
    older_plan_share: int = 0           # …whose plan themes show this many, facts or not (its tasks are words)
    ratio_before: tuple[str, ...] = ()  # a headline cue after one of these (占) is a ratio's denominator…
    sector_before: tuple[str, ...] = ()  # …and after one of these (设施, 规模以上) a sector's figure, no headline
    ratio_after: tuple[str, ...] = ()   # …and so is one before one of these (比例, 的比率)
    year_bullets: int = 0               # a year's review theme shows this many more than the even share
    long_theme: int = 10**6             # a plan theme of at least this many bullets…
    long_theme_bullets: int = 0         # …shows this many more
    dense_facts: int = 0                # a theme shows one bullet per this many factual bullets (0: off)
    long_theme_text_bullets: int = 0    # a long plan theme lists this many more in the text outputs only
    long_theme_share: float = 0.0       # …and at least this share of its bullets (text outputs, up to max_per_theme)
    long_review: int = 10**6            # a year's review theme of at least this many bullets…
    long_review_share: float = 0.0      # …lists at least this share of its facts (text outputs, up to max_per_theme)
    opening_strong: float = 0.0         # × a fact's nearness to its part's opening, added to its score for the strong count
    plan_fact_only_themes: tuple[str, ...] = ()  # plan themes that show only their facts (党的建设)
    fold_target_repeats: bool = False   # plan bullets that repeat a targets-table row are not listed
    subjectless: tuple[str, ...] = ()   # a clause opening so has no subject: its landmark is no fact
    speech_leads: tuple[str, ...] = ()  # a congress's clause ending so only says who said what follows (明确指出)
    stated_leads: tuple[str, ...] = ()  # …of those, the ones that stress the thesis after them (明确指出): a key thesis
    copula_leads: tuple[str, ...] = ()  # …and one ending so is the subject of the clause after it (基本路线是)
    thesis: tuple[str, ...] = ()        # a congress's thesis, "X是Y" (regexes): a fact there
    key_thesis: tuple[str, ...] = ()    # …and one naming a line's aim, core or key (regexes): ranked first
    goals: tuple[str, ...] = ()         # a congress's plan clause opening on its aim (努力建设…): regexes
    step_labels: tuple[str, ...] = ()   # a congress's clause that only names a step (第三步): regexes, full match
    decisions: tuple[str, ...] = ()     # a congress's decision or turning point in words (设顾问委员会): regexes
    subjectless_count: str = "(?!)"     # a congress's subjectless clause with only such counts (两次) has no figure
    small_count: str = "(?!)"           # a congress's small count in words (两条路线, 十次): no figure outside a formulation
    older_before: int = 0         # …in a report of a year before this one (a district's 两个省级集群 counts things)
    older_lede_lines: tuple[str, ...] = ()  # an older congress's central line (基本路线): regexes (render/lede_congress.py)
    older_lede_task: str = "(?!)"       # …stated as the task (要遵循) before it in its clause: a regex
    older_lede_not: str = "(?!)"        # …never in a clause of its betrayal (背叛, 改变): a regex
    older_titles: tuple[tuple[str, str], ...] = ()  # an older congress's group headings, by group key
    older_themes: tuple[tuple[str, str], ...] = ()  # (theme, regex): an older congress's political narrative's themes
    older_default_theme: str = ""       # …else this theme
    older_goal: str = "(?!)"            # an older congress's goal or decision (data [older_congress_rank]): a regex…
    older_goal_weight: float = 0.0      # …weighted up (render.congress.older_rank)
    older_quotation: str = "(?!)"       # …and its quotation, polemic line or bare ordinal, matched at the start…
    older_quotation_weight: float = 0.0  # …weighted down
    task_openings: tuple[str, ...] = () # a congress's task opening its paragraph (首先，要继续……): regexes
    decision_leads: tuple[str, ...] = ()  # …a clause that only leads into what is decided (中央决定……开始): regexes
    lead_clauses: int = 3               # a speech lead left out stands within the sentence's first this many clauses
    small_count_units: tuple[str, ...] = ()  # a count this small in these units is no card (两个市场)
    small_count_max: int = 0
    label_tail_verbs: tuple[str, ...] = ()   # a card label loses the verb before its level (迈上)…
    comparison_tails: tuple[str, ...] = ()   # …and one ending on a comparison (高于) is no card
    shared_figure: str = "(?!)"   # a figure of several subjects (…分别, …均增长): no card (regex, clause before it)
    label_lead_verbs: tuple[str, ...] = ()   # a card label loses these leading verbs (提出, 实现)
    fragment_label: str = "(?!)"  # a card label that is no subject (十亿人民, …成为…): regex
    congress: tuple[str, ...] = ()      # a party congress's landmarks (data: [congress])…
    formulations: tuple[str, ...] = ()  # …and its plan's key formulations
    political: tuple[str, ...] = ()     # a political line without a figure or first: no bullet (regexes)
    report_framing: tuple[str, ...] = ()  # framing in a work report, not in a party congress's (regexes, any evidence)
    lede_not: tuple[str, ...] = ()      # a lede never comes from a sentence holding one of these
    lede_tail_not: tuple[str, ...] = ()  # …nor ends on a slogan clause matching one of these (regexes)
    lede_modal: tuple[str, ...] = ()    # …nor opens on a modal after a purpose lead (必须)
    lede_task: tuple[str, ...] = ()     # cues naming a task (中心任务): the sentence from its start, plan only
    lede_plan_only: tuple[str, ...] = ()  # …and those of them that count only outside the review
    lede_term_not: tuple[str, ...] = ()  # a cue-less lede's clause never opens on one of these
    lede_term_lead: str = "(?!)"         # …nor is a lead-in (在……下)
    lede_term_min: int = 3              # no cue: the most stressed distinctive term, counted at least this often
    lede_term_keywords: int = 8         # …among this many first keywords
    lede_term_clause_not: str = "(?!)"   # …and its clause matches none of these (坚定信心…, a footnote mark [2])
    lede_period: str = "(?!)"           # a cue under a five-year plan's heading ("十五五"时期) yields to the year's…
    lede_year: str = "(?!)"             # …unless the heading names the year too (2026年, 今年)
    lede_ordinal: str = "(?!)"          # a task lede loses its list ordinal ("二是锚定…" opens on 锚定)
    count_name: str = "(?!)"            # a count in words naming a line's parts (八项, 四个): no figure there
    set_count: str = "(?!)"             # a count in words naming a set (三大攻坚战): no figure anywhere
    meeting_ordinals: tuple[str, ...] = ()  # a meeting's ordinal (十八届三中全会, 十四届九次全委会): no figure anywhere
    count_nouns: tuple[str, ...] = ()   # …and a figure followed by one of these (28条配套规定): none either
    bare_measure_count: str = "(?!)"    # a clause counting unnamed measures (谋划9条技术路径): its figure no fact
    line_openings: tuple[str, ...] = ()  # a fact-less bullet opening like a line: weighted ``line`` (regexes)
    records: tuple[str, ...] = ()       # a record or landmark in words (五连冠, 全国最多, 提前一年): data [records]
    record_weight: float = 0.0
    records_not: tuple[str, ...] = ()   # …no record in a bullet with one of these (余额, 信贷)
    sectors: tuple[str, ...] = ()       # sector figures an editor prints (新能源汽车, 生猪出栏): data [sectors]
    sector_weight: float = 0.0
    whole_leads: tuple[str, ...] = ()   # a figure of the whole (全年, 全国) opens the bullet: data weights.whole_leads
    projects: tuple[str, ...] = ()      # a named project reaching its landmark (中吉乌铁路开工): data [projects]
    project_weight: float = 0.0
    batch_picks: tuple[str, ...] = ()   # a first that is only a pick into a first batch (入选…首批): regexes
    policy_lines: tuple[str, ...] = ()  # the year's named policies and strategies (稳健的货币政策): regexes
    policy_not_leads: tuple[str, ...] = ()  # …no policy set in a clause opening on one of these (按照…的要求)
    headline_patterns: tuple[str, ...] = ()  # headline metrics a word list would over-match or miss (钢由…): regexes
    period_leads: tuple[str, ...] = ()  # framing cues that only name the period (这五年): no framing in a figure's clause

    def opens_with_particle(self, label: str) -> bool:
        """A label that opens with a particle or conjunction is a clause fragment, not a name
        ("的学生人数"); "地区生产总值" only looks like one."""
        return bool(label) and label[0] in self.particle_starts and not label.startswith(self.not_particles)


def _alternation(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """One regex matching any of ``words`` (longest first), for speed over many clauses."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)")


def any_of(regexes: Iterable[str]) -> str:
    """One regex source matching any of ``regexes`` (each a group of its own); none: a regex that never matches."""
    return "|".join(f"(?:{p})" for p in regexes) or "(?!)"


def words_or(words: Iterable[str], regexes: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``words`` (plain, longest first) or of ``regexes`` (each a group of its own)."""
    return re.compile("|".join([_alternation(words).pattern] + [f"(?:{p})" for p in regexes]))


@dataclass(frozen=True, slots=True)
class _Patterns:
    never: re.Pattern[str]
    first: re.Pattern[str]
    rank: re.Pattern[str]
    milestone: re.Pattern[str]
    principle: re.Pattern[str]          # a statement of principle (weighted down)
    no_first: re.Pattern[str]           # …or a "第一" that is no first (第一时间): the first cue does not count
    landmark: re.Pattern[str]           # a qualitative landmark or a dated goal (data: landmark, deadline_patterns)
    headline: re.Pattern[str]
    lead: re.Pattern[str]               # the lead headline metric (GDP), a regex
    multi_year: re.Pattern[str]
    continuation: re.Pattern[str]
    bare_metric: re.Pattern[str]        # used with .match(text, pos)
    never_pattern: AnyOf                # the framing patterns as one test (.search), for a clause's own text
    list_lead: re.Pattern[str]
    report_never: re.Pattern[str] = re.compile("(?!)")  # …and those of a work report only (data report_framing_patterns)
    congress: re.Pattern[str] = re.compile("(?!)")
    topic_clause: re.Pattern[str] = re.compile("(?!)")      # used with .fullmatch(text, pos, end)
    funding_lead: re.Pattern[str] = re.compile("(?!)")  # used with .fullmatch
    local_headline: re.Pattern[str] = re.compile("(?!)")
    formulation: re.Pattern[str] = re.compile("(?!)")
    result_predicate: re.Pattern[str] = re.compile("(?!)")  # used with .match(text, pos)
    count_verb: re.Pattern[str] = re.compile("(?!)")        # used with .fullmatch on the lead
    complement: re.Pattern[str] = re.compile("(?!)")        # used with .match(text, pos, end)
    adverbial_lead: re.Pattern[str] = re.compile("(?!)")    # used with .fullmatch(text, pos, end)
    political: AnyOf = AnyOf(())                            # cues.political as one test (.search)
    lede_tail_not: re.Pattern[str] = re.compile("(?!)")
    count_name: re.Pattern[str] = re.compile("(?!)")        # used with .fullmatch on a figure's span
    set_count: re.Pattern[str] = re.compile("(?!)")         # …and so is this one
    meeting_ordinal: re.Pattern[str] = re.compile("(?!)")   # used with .finditer on the report's text
    line_opening: re.Pattern[str] = re.compile("(?!)")      # used with .search on a bullet's text
    record: re.Pattern[str] = re.compile("(?!)")            # cues.records as one regex
    sector: re.Pattern[str] = re.compile("(?!)")            # cues.sectors
    project: re.Pattern[str] = re.compile("(?!)")           # cues.projects as one regex
    thesis: re.Pattern[str] = re.compile("(?!)")            # a congress's thesis (X是Y), .search on a clause
    key_thesis: re.Pattern[str] = re.compile("(?!)")        # …naming a line's aim, core or key
    step_label: re.Pattern[str] = re.compile("(?!)")        # used with .fullmatch(text, pos, end)
    decision: re.Pattern[str] = re.compile("(?!)")          # a congress's decision or turning point, .search
    decision_lead: re.Pattern[str] = re.compile("(?!)")     # …a clause only leading into it, .search on the clause
    small_count: re.Pattern[str] = re.compile("(?!)")       # used with .fullmatch on a figure's span
    task_opening: re.Pattern[str] = re.compile("(?!)")      # used with .match(text, pos, end) on a paragraph's opening item
    batch_pick: re.Pattern[str] = re.compile("(?!)")        # cues.batch_picks as one regex
    policy_line: re.Pattern[str] = re.compile("(?!)")       # cues.policy_lines as one regex


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    k = cues()
    return _Patterns(never=_alternation(k.never), first=_alternation(k.first), rank=_alternation(k.rank),
                     milestone=_alternation(k.milestone), principle=words_or(k.principles[:k.principle_count], k.principle_patterns),
                     no_first=_alternation(k.principles),
                     landmark=words_or(k.landmark, (p.pattern for p in k.deadline)),
                     headline=words_or(k.headline, k.headline_patterns),
                     lead=re.compile(any_of(k.lead)), multi_year=_alternation(k.multi_year),
                     continuation=_alternation(k.continuations),  # used with .match(text, pos)
                     bare_metric=words_or(k.bare_metrics, k.bare_metric_patterns),
                     topic_clause=re.compile(k.topic_clause),
                     result_predicate=words_or(k.result_predicates, k.predicate_patterns),
                     count_verb=re.compile("(?:" + _alternation(k.count_verbs).pattern + ")了?(?:近|约|超过|超|达)?"),
                     complement=re.compile(any_of(k.complements)),
                     adverbial_lead=re.compile(any_of(k.adverbial_leads)),
                     list_lead=re.compile(any_of(p.pattern for p in k.list_leads)),
                     congress=_alternation(k.congress),
                     local_headline=_alternation(k.local_headline),
                     funding_lead=re.compile(any_of(k.funding_leads)),
                     formulation=re.compile("|".join([_alternation(k.formulations).pattern]
                                                     + [f"(?:{p})" for p in k.goals])),
                     political=AnyOf(k.political),
                     lede_tail_not=re.compile(any_of(k.lede_tail_not)),
                     count_name=re.compile(k.count_name), set_count=re.compile(k.set_count),
                     meeting_ordinal=re.compile(any_of(k.meeting_ordinals)),
                     line_opening=re.compile(any_of(k.line_openings)),
                     record=re.compile(any_of(k.records)),
                     sector=_alternation(k.sectors),
                     project=re.compile(any_of(k.projects)),
                     thesis=re.compile(any_of(k.thesis)),
                     key_thesis=re.compile(any_of(k.key_thesis)),
                     step_label=re.compile(any_of(k.step_labels)),
                     decision=re.compile(any_of(k.decisions)),
                     decision_lead=re.compile(any_of(k.decision_leads)),
                     small_count=re.compile(k.small_count), task_opening=re.compile(any_of(k.task_openings)),
                     batch_pick=re.compile(any_of(k.batch_picks)),
                     policy_line=re.compile(any_of(k.policy_lines) if k.policy_lines else "(?!)"),
                     never_pattern=AnyOf(p.pattern for p in k.never_patterns),
                     report_never=re.compile(any_of(k.report_framing) if k.report_framing else "(?!)"))


def _congress_cues(raw: dict[str, Any]) -> dict[str, Any]:
    """The ``Cues`` fields of news_value.toml [congress]: a party congress's landmarks, formulations and leads."""
    g = raw.get("congress", {})
    return dict(
        congress=tuple(g.get("landmark", ())),
        formulations=tuple(g.get("formulations", ())),
        subjectless=tuple(g.get("subjectless", ())),
        speech_leads=tuple(g.get("speech_leads", ())),
        stated_leads=tuple(g.get("stated_leads", ())),
        copula_leads=tuple(g.get("copula_leads", ())),
        thesis=tuple(g.get("thesis_patterns", ())) + tuple(g.get("institution_patterns", ())),
        key_thesis=tuple(g.get("key_thesis_patterns", ())),
        step_labels=tuple(g.get("step_labels", ())),
        goals=tuple(g.get("goal_patterns", ())),
        decisions=tuple(g.get("decision_patterns", ())),
        decision_leads=tuple(g.get("decision_leads", ())),
        subjectless_count=g.get("subjectless_count", "(?!)"),
        small_count=g.get("small_count", "(?!)"), older_before=int(g.get("older_before", 0)),
        older_lede_lines=tuple(g.get("older_lede_lines", ())), older_lede_task=g.get("older_lede_task", "(?!)"),
        older_lede_not=g.get("older_lede_not", "(?!)"),
        older_titles=tuple(g.get("older_titles", {}).items()),
        older_themes=tuple((t, "|".join(map(re.escape, ws))) for t, ws in g.get("older_themes", {}).items()),
        older_default_theme=g.get("older_default_theme", ""),
        task_openings=tuple(g.get("task_openings", ())),
        lead_clauses=int(g.get("lead_clauses", 3)),
        **_older_rank_fields(raw.get("older_congress_rank", {})),
    )


def _older_rank_fields(rank: dict[str, Any]) -> dict[str, Any]:
    """The ``Cues`` fields of news_value.toml [older_congress_rank]: an older congress's goals up, quotations down."""
    return dict(older_goal=any_of(rank.get("goal", ())), older_goal_weight=float(rank.get("goal_weight", 0.0)),
                older_quotation=any_of(rank.get("quotation", ())),
                older_quotation_weight=float(rank.get("quotation_weight", 0.0)))


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The news-value cues and weights (``data/news_value.toml``), loaded once."""
    raw = load_toml("news_value.toml")
    c = raw["cues"]
    return Cues(
        weights={k: float(v) for k, v in raw["weights"].items() if not isinstance(v, (list, str))},
        strong=float(raw["view"]["strong"]), max_per_theme=int(raw["view"]["max_per_theme"]),
        multi_year=tuple(raw["weights"].get("multi_year_cues", ())),
        multi_year_paragraphs=tuple(raw["weights"].get("multi_year_paragraphs", ())),
        multi_year_not_before=raw["weights"].get("multi_year_not_before", ""),
        multi_year_first_sentence=tuple(raw["weights"].get("multi_year_first_sentence", ())),
        plan_term_parts=tuple(raw["weights"].get("plan_term_parts", ())),
        plan_term_not=raw["weights"].get("plan_term_not", "(?!)"),
        plan_term_review=raw["weights"].get("plan_term_review", "(?!)"),
        headline_not_after=tuple(raw["weights"].get("headline_order_not_after", ())),
        ratio_before=tuple(c.get("ratio_before", ())), ratio_after=tuple(c.get("ratio_after", ())),
        sector_before=tuple(c.get("sector_before", ())), period_leads=tuple(c.get("period_leads", ())),
        headline_patterns=tuple(c.get("headline_patterns", ())),
        year_paragraphs=tuple(raw["weights"].get("year_paragraphs", ())),
        lengths={k: int(v) for k, v in raw["lengths"].items()},
        headline=tuple(c["headline"]), lead=tuple(c.get("lead_patterns", ())), first=tuple(c["first"]), rank=tuple(c["rank"]),
        milestone=tuple(c.get("milestone", ())),
        landmark=tuple(c.get("landmark", ())) + tuple(c.get("landmark_words", ())),
        principles=tuple(c.get("principles", ())) + tuple(c.get("not_firsts", ())),
        principle_count=len(c.get("principles", ())), principle_patterns=tuple(c.get("principle_patterns", ())),
        deadline=tuple(re.compile(p) for p in c.get("deadline_patterns", ())),
        never=tuple(c["framing"] + c["problems"] + c["praise"]),
        never_patterns=tuple(re.compile(p) for p in c["framing_patterns"]),
        list_leads=tuple(re.compile(p) for p in c["list_leads"]),
        continuations=tuple(sorted(c["continuations"], key=len, reverse=True)),
        lede_cues=tuple(raw["lede"]["cues"]), lede_max=int(raw["lede"]["max_chars"]),
        framing=tuple(c["framing"]) + tuple(c["praise"]), problems=tuple(c["problems"]),
        asides=tuple(c.get("asides", ())),
        topic_tails=tuple(c.get("topic_tails", ())),
        bare_metrics=tuple(c.get("bare_metrics", ())), bare_metric_patterns=tuple(c.get("bare_metric_patterns", ())),
        topic_clause=c.get("topic_clause", "(?!)"), result_predicates=tuple(c.get("result_predicates", ())),
        count_verbs=tuple(c.get("count_verbs", ())), complements=tuple(c.get("complements", ())),
        adverbial_leads=tuple(c.get("adverbial_leads", ())),
        predicate_patterns=tuple(c.get("predicate_patterns", ())), count_leads=tuple(c.get("count_leads", ())),
        breakdown_verbs=tuple(c.get("breakdown_verbs", ())),
        funding_leads=tuple(c.get("funding_leads", ())), local_headline=tuple(c.get("local_headline", ())),
        particle_starts=raw["cards"]["particle_starts"], not_particles=tuple(raw["cards"]["not_particles"]),
        label_tail_verbs=tuple(raw["cards"]["label_tail_verbs"]),
        comparison_tails=tuple(raw["cards"]["comparison_tails"]),
        shared_figure=any_of(raw["cards"].get("shared_figure", ())),
        label_lead_verbs=tuple(raw["cards"].get("label_lead_verbs", ())),
        fragment_label=any_of(raw["cards"].get("fragment_labels", ())),
        **_congress_cues(raw),
        small_count_units=tuple(raw["cards"].get("small_count_units", ())),
        small_count_max=int(raw["cards"].get("small_count_max", 0)),
        political=tuple(c.get("political_lines", ())), report_framing=tuple(c.get("report_framing_patterns", ())),
        count_name=c.get("political_count", "(?!)"),
        set_count=c.get("set_count", "(?!)"), meeting_ordinals=tuple(c.get("meeting_ordinals", ())),
        count_nouns=tuple(c.get("political_count_nouns", ())),
        bare_measure_count=any_of(c.get("bare_measure_counts", ())),
        line_openings=tuple(c.get("line_openings", ())),
        batch_picks=tuple(c.get("batch_picks", ())),
        policy_lines=tuple(c.get("policy_lines", ())), policy_not_leads=tuple(c.get("policy_not_leads", ())),
        **_lede_fields(raw["lede"]), **_record_fields(raw), **_view_fields(raw["view"]),
    )


def _lede_fields(lede: dict) -> dict:
    """The [lede] table's fields of :class:`Cues` beyond its cues and length."""
    return dict(
        lede_not=tuple(lede.get("not_in", ())), lede_modal=tuple(lede.get("modal_leads", ())),
        lede_tail_not=tuple(lede.get("tail_not", ())), lede_task=tuple(lede.get("task_cues", ())),
        lede_plan_only=tuple(lede.get("plan_only_cues", ())),
        lede_term_not=tuple(lede.get("term_not_openings", ())),
        lede_term_lead=lede.get("term_not_lead", "(?!)"),
        lede_term_min=int(lede.get("term_min", 3)), lede_term_keywords=int(lede.get("term_keywords", 8)),
        lede_term_clause_not=any_of(lede.get("term_not_clauses", ())),
        lede_period=lede.get("period_heading", "(?!)"), lede_year=lede.get("year_heading", "(?!)"),
        lede_ordinal=lede.get("ordinal_lead", "(?!)"),
    )


def _view_fields(view: dict) -> dict:
    """The [view] table's per-theme counts of :class:`Cues` (besides ``strong`` and ``max_per_theme``)."""
    return dict(
        term_per_theme=int(view.get("term_per_theme", 3)), congress_per_theme=int(view.get("congress_per_theme", 6)),
        congress_plan_per_theme=int(view.get("congress_plan_per_theme", 0)),
        older_congress_per_theme=int(view.get("older_congress_per_theme", 0)),
        older_plan_share=int(view.get("older_plan_share", 0)),
        year_bullets=int(view.get("year_bullets", 0)),
        long_theme=int(view.get("long_theme", 10**6)), long_theme_bullets=int(view.get("long_theme_bullets", 0)),
        dense_facts=int(view.get("dense_facts", 0)), long_theme_text_bullets=int(view.get("long_theme_text_bullets", 0)),
        long_theme_share=float(view.get("long_theme_share", 0.0)),
        long_review=int(view.get("long_review", 10**6)), long_review_share=float(view.get("long_review_share", 0.0)),
        opening_strong=float(view.get("opening_strong", 0.0)),
        plan_fact_only_themes=tuple(view.get("plan_fact_only_themes", ())),
        fold_target_repeats=bool(view.get("fold_target_repeats", False)),
    )


def _record_fields(raw: dict) -> dict:
    """The [records] and [sectors] tables' fields of :class:`Cues`."""
    records, sectors, projects = raw.get("records", {}), raw.get("sectors", {}), raw.get("projects", {})
    return dict(
        projects=tuple(projects.get("patterns", ())), project_weight=float(projects.get("weight", 0.0)),
        records=tuple(records.get("patterns", ())), record_weight=float(records.get("weight", 0.0)),
        records_not=tuple(records.get("not_in", ())), whole_leads=tuple(raw["weights"].get("whole_leads", ())),
        sectors=tuple(sectors.get("metrics", ())), sector_weight=float(sectors.get("weight", 0.0)),
    )


def headline_metric(text: str, not_after: tuple[str, ...] = ()) -> re.Match[str] | None:
    """The first headline metric (``cues.headline``) in ``text`` that is not a ratio's denominator: in
    "国家财政性教育经费占国内生产总值比例……4%以上" or "社会物流总费用与地区生产总值的比率下降至13.8%" the figure is
    the numerator's (data ``ratio_before`` / ``ratio_after``), no GDP figure. ``not_after``: further words
    a headline cue must not follow (the targets' order skips "单位地区生产总值……")."""
    k, p = cues(), patterns()
    before = k.ratio_before + k.sector_before + not_after
    for m in p.headline.finditer(text):
        if not (text[:m.start()].endswith(before) or text.startswith(k.ratio_after, m.end())):
            return m
    return None


def ordinal_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the meetings' ordinals in ``text`` ("十八届三中、四中、五中全会", "十四届九次全委会", "第十四届":
    data ``meeting_ordinals``), in order."""
    return list(_ordinal_spans(text))


@lru_cache(maxsize=8)
def _ordinal_spans(text: str) -> tuple[tuple[int, int], ...]:
    # One search of a report's text however many outputs ask (the view, cards and spans each do).
    return tuple(m.span() for m in patterns().meeting_ordinal.finditer(text))


def no_figures(digest: Digest, *, sets: bool = True) -> frozenset[int]:
    """Indices into ``digest.indicators`` of the figures that measure nothing: a count in words naming a
    set ("三大攻坚战", data ``set_count``) or a figure overlapping a meeting's ordinal ("十八届", "九次" of
    "区委十四届九次全委会", "自治区第十" of "第十四届": data ``meeting_ordinals``). No fact, no bold, no card.
    ``sets=False``: the ordinals only (a set's count stays bold: "**三大**攻坚战").
    In a party congress's report before 1978 (data ``older_before``), also a small count in words (data ``[congress] small_count``: "两条路线斗争", "还会
    出现十次、二十次", "两个超级大国", "两类不同性质的矛盾", 1973) outside a sentence holding a formulation or landmark
    (:func:`_small_count`)."""
    p = patterns()
    text = digest.document.text
    spans = ordinal_spans(text)
    starts = [s for s, _ in spans]
    meta = digest.document.meta
    congress = meta.kind == "party-congress-report" and (meta.year or 9999) < cues().older_before
    out = set()
    for i, ind in enumerate(digest.indicators):
        j = bisect_right(starts, max(ind.start, ind.end - 1)) - 1
        if (sets and p.set_count.fullmatch(ind.text)) or (j >= 0 and spans[j][1] > ind.start and ind.end > spans[j][0]):
            out.add(i)
        elif congress and _small_count(text, ind.start, ind.end, p):
            out.add(i)
    return frozenset(out)


def _small_count(text: str, s: int, e: int, p: _Patterns) -> bool:
    """The figure ``text[s:e]`` is a congress's small count in words whose sentence names no formulation or landmark
    ("以上十四条，构成……基本方略", "兴办深圳、珠海、汕头、厦门四个经济特区" keep theirs; "分两个阶段" is a formulation)."""
    if not p.small_count.fullmatch(text, s, e):
        return False
    a = max(text.rfind(m, 0, s) for m in "。；！？\n") + 1
    b = min((i for i in (text.find(m, e) for m in "。；！？\n") if i >= 0), default=len(text))
    clause = text[a:b]
    return not (p.formulation.search(clause) or p.congress.search(clause) or p.decision.search(clause))


def is_never(text: str) -> bool:
    """Framing, a problem statement, praise or a heading/list lead: never shown as a bullet."""
    k = cues()
    return (any(w in text for w in k.never) or any(p.search(text) for p in k.never_patterns)
            or any(p.search(text) for p in k.list_leads))


def cue_kind(text: str) -> str:
    """'framing', 'problem', 'heading' or '' — which kind of never-bullet ``text`` is (for the eval)."""
    k = cues()
    if any(p.search(text) for p in k.list_leads):
        return "heading"
    if any(w in text for w in k.problems):
        return "problem"
    if any(w in text for w in k.framing) or any(p.search(text) for p in k.never_patterns):
        return "framing"
    return ""


def first_weight(text: str) -> float:
    """The weight of the first cue in ``text`` (which holds one): ``weights.first``, or ``weights.batch_pick`` when every
    first cue stands in a pick into a first batch ("入选全国首批碳达峰试点城市", data ``batch_picks``): a landmark."""
    k, p = cues(), patterns()
    w = k.weights
    if "batch_pick" in w and p.batch_pick.search(text) and not p.first.search(p.batch_pick.sub("", text)):
        return w["batch_pick"]
    return w["first"]

