"""What a 划重点 shows: fact-sized bullets ranked by news value, decided once for every output.

Each kept sentence (an :class:`~huazhongdian.types.Item`) is cut into clauses at "，" and "；".
A clause carries a fact when it holds a figure (an indicator), a first or record, a rank or
a named project or institution; a clause that opens with a continuation word ("总量达到…",
"分别增长…") belongs to the fact before it, so the subject stays with its figure. Each fact
becomes one bullet: one exact span of ``doc.text``, never rewritten. Framing, headings and
list leads, problem statements and praise are never bullets. A sentence without any fact
keeps its first clauses up to a soft length, scored low.

The score of a bullet adds the weights of ``data/news_value.toml`` (headline metric, first or
record, rank, entity, figures, position in the report); see that file for the reasons. The cues
themselves are loaded by :mod:`huazhongdian.render.news_value` (``cues``, ``is_never`` and
``cue_kind`` are re-exported here).

A clause that opens on a predicate (a verb of result "是…", "交付31.7万套", a standing in a ranking, a second predicate
after 并) takes the clause before it, which holds its subject: it grows leftward, never past ``lengths.hard``.

Long because: the clause rules (facts, continuations, subjects, dates, sums put in) read one
Selector's spans and cues clause by clause; apart they would pass that state around.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from huazhongdian.classify.lens import relevance
from huazhongdian.classify.thesis_heads import thesis_headings
from huazhongdian.read.script import matching_text
from huazhongdian.derive import derived
from huazhongdian.render.discourse import drop_discourse
from huazhongdian.render.congress import after_stated_lead, congress_clauses, names_a_heading, older_rank, whole_decisions
from huazhongdian.render.news_value import Cues, cue_kind, cues, first_weight, headline_metric, is_never, no_figures, patterns
from huazhongdian.render.news_structure import new_measure, structure_weight
from huazhongdian.render.periods import (first_sentence, five_year_paragraphs, multi_year_cue, period_ended_cue,
                                        plan_term_part, review_period, review_sizes, sole_term_review, term_change_cue)
from huazhongdian.render.selection_parts import (Fact, _Spans, _bare_date, _big_figures, _clause_lens,  # noqa: F401
    after_yao, clause_spans, not_only_but_also, past_aside, states_tasks_with_yao, task_clauses, topic_lends_subject,
    yao_states_task, forecast_end, dated_event, measure_lender, subject_across)
from huazhongdian.types import Digest, Item

__all__ = ["Cues", "Fact", "Selector", "cue_kind", "cues", "clause_spans", "first_sentence", "five_year_paragraphs",
           "is_never", "multi_year_cue", "period_ended_cue", "plan_term_part", "review_period", "select_facts"]

class Selector:
    """Cuts a digest's items into scored facts (one instance per digest)."""

    def __init__(self, digest: Digest, five: frozenset[int] | None = None) -> None:
        self.d = digest
        # Cues are written in simplified characters: every clause rule reads the matching text (simplified, same
        # offsets), so a traditional report's "預計將達" continues as "预计将达" (1954); bullets are cut from doc.text.
        self.text = derived(digest.document).matching
        self.k = cues()
        self.p = patterns()
        # A count in words that names a set ("三大攻坚战", "四大主导产业": data ``set_count``) measures nothing: no fact, no figure, no big amount.
        # …and so does a meeting's ordinal ("十八届三中全会", "十四届九次全委会": data ``meeting_ordinals``).
        none = no_figures(digest)
        figures = [ind for i, ind in enumerate(digest.indicators) if ind.end > ind.start and i not in none]
        self.figures = _Spans([(i.start, i.end) for i in figures])
        self.entities = _Spans([(s.start, s.end) for e in digest.entities for s in e.spans])
        self.heads = {s.start for s in digest.document.sections}
        # A party congress's sub-headings that state a thesis (classify.thesis_heads) are its items, no leads.
        self.theses = {s.start for s in thesis_headings(digest.document)}
        self.n = max(1, digest.document.chars)
        self.big = _Spans(_big_figures(figures, self.k.weights))
        self.five_year_paragraphs = five_year_paragraphs(digest) if five is None else five
        self.plan_term = plan_term_part(digest)[0]
        self.lens = _clause_lens(digest.lens)
        self.match = matching_text(digest.document) if self.lens else ""
        # News-value cues match the simplified matching text (same offsets): "工業總産值" is 工业总产值 (national 1954).
        self.cue_text = derived(digest.document).matching
        self.sole = sole_term_review(*review_sizes(digest.items, self.five_year_paragraphs))   # (a term-end report)
        # A party congress's report states its landmarks in words ("全面取消农业税", "社会主义市场经济体制初步
        # 建立") and its plan in formulations ("总的战略安排是分两步走"): there they are facts too.
        self.congress = digest.document.meta.kind == "party-congress-report"
        self.head_texts = frozenset(h.text for h in derived(digest.document).layout.headings) if self.congress \
            else frozenset()
        self.older = self.congress and (digest.document.meta.year or 9999) < self.k.older_before   # pre-1978
        self.mode = ""                     # the mode of the item being cut: landmarks review, formulations plan
        self._seen: dict[tuple[int, int, str], Any] = {}   # _evidence and _never, by span (and mode)
        self._policies: dict[tuple[str, str], int] = {}   # (mode, policy named) → where it was named first
        # An old report states its tasks with 要: there the 要 opening alone makes no line (selection_parts).
        self.yao_tasks = states_tasks_with_yao([i.text for i in digest.items if i.mode == "plan"])

    def _evidence(self, s: int, e: int) -> tuple[int, bool, bool, bool]:
        """(figures, first, rank, entity) found in ``[s, e)``; a qualitative landmark or a dated
        goal ("压倒性态势已经形成", "到二○三五年…") counts as a first: a fact without a figure. (Asked
        several times a span while cutting and scoring: kept.)"""
        key = (s, e, self.mode)
        if key not in self._seen:
            t = self.text[s:e]
            # (in an older congress's report a clause without a subject, "这是刘少奇、陈伯达塞进八大决议中的……主要矛盾……"
            # (1973), reports a landmark word of someone else's: [congress] subjectless)
            landmark = self.p.landmark.search(t) and not (self.older and t.startswith(self.k.subjectless))
            first = not self.p.no_first.search(t) and bool(self.p.first.search(t) or landmark)
            first = first or self._congress(t) or self._record(t) or self._project(t) or self._policy(s, e) \
                or (self.mode == "achievement" and not self.congress and dated_event(t))   # 于2001年12月加入…
            self._seen[key] = (self._figure_count(s, e, t), first,
                               bool(self.p.rank.search(t)), bool(self.entities.within(s, e)))
        return self._seen[key]

    def _figure_count(self, s: int, e: int, t: str) -> int:
        """The figures in ``[s, e)``; none in a congress's clause without a subject whose figures are only small counts in
        words ("在那两次转变中", data ``[congress] subjectless_count``) — but for a formulation's ("从二○二○年到本世纪中叶
        可以分两个阶段来安排": its count is the formulation)."""
        figs = self.figures.within(s, e)
        if figs and re.fullmatch(self.k.bare_measure_count, t):
            return 0      # "谋划9条技术路径": a count of unnamed measures (data bare_measure_counts)
        if self.congress and figs and t.startswith(self.k.subjectless + ("一次", "另一次", "那")) \
                and not self.p.formulation.search(t) and all(
                re.fullmatch(self.k.subjectless_count, self.text[a:b]) for a, b in figs):
            return 0
        return len(figs)

    def _record(self, t: str) -> bool:
        """A record or landmark in words (data [records]: 五连冠, 全国最多, 提前一年) — in a review only:
        a plan's "加快打造6个万亿级产业" is an aim, not a record reached."""
        return (self.mode == "achievement" and bool(self.p.record.search(t))
                and not any(w in t for w in self.k.records_not))

    def _project(self, t: str) -> bool:
        """A named project reaching its landmark (data [projects]: "中吉乌铁路开工") — in a review only."""
        return self.mode == "achievement" and bool(self.p.project.search(t))

    def _policy(self, s: int, e: int) -> bool:
        """A work report's clause naming a policy or strategy of the year (data ``policy_lines``: "要实行稳健的货币政策"),
        the first to name it in its mode's part (a report names its policy again and again: once is news)."""
        t = self.text[s:e]
        if self.congress or t.startswith(self.k.policy_not_leads) or (self.mode == "achievement"
                                                                       and t.endswith(self.k.topic_tails)):
            return False     # "按照……的要求" (for what), "……取得明显成效" (a topic sentence): no policy set
        for m in self.p.policy_line.finditer(self.cue_text, s, e):
            if self._policies.setdefault((self.mode, m.group()), m.start()) == m.start():
                return True
        return False

    def _congress(self, t: str) -> bool:
        """A party congress's landmark or formulation (data: [congress]) in a clause of its report."""
        if self.congress and self.p.decision.search(t):
            return True      # "中央和省一级设顾问委员会": a decision names what it decides, whatever it opens on
        if not self.congress or t.startswith(self.k.subjectless):
            return False     # "证明……是能够成功的", "在拨乱反正基本完成的基础上": no subject, no fact
        # (a congress before 1978 tells its results in its topic chapters, read as plan: "全国各省、市、自治区（除台湾省外）
        # 成立了革命委员会", 1969 — its landmarks count there too)
        landmark = (self.mode == "achievement" or self.older) and self.p.congress.search(t)
        # (…and its review names the line set: "毛主席更加完整地提出了我党在整个社会主义历史阶段的基本路线")
        formulation = (self.mode != "achievement" or self.older) and self.p.formulation.search(t)
        return bool(landmark or formulation or self.p.thesis.search(t))

    def _decision(self, s: int, e: int) -> bool:
        """A congress's decision or turning point in words (data ``[congress] decision_patterns``) in ``[s, e)``."""
        return self.congress and bool(self.p.decision.search(self.text[s:e]))

    def _stated(self, s: int, e: int) -> bool:
        """A congress's key thesis stated after its colon ("……的总任务是：团结全国各族人民，……，把我国建设成为……"):
        the copula lead and the clause after it (render.congress), whose content runs to the sentence's end."""
        t = self.text[s:e]
        return self.congress and "是：" in t and bool(self.p.key_thesis.search(t))

    def _continues(self, s: int, e: int) -> bool:
        """The clause has no subject of its own: it opens with a continuation word and its figure
        (if any) follows within a few characters, or it opens with a bare metric ("增速居全国第3位",
        "增速连续11个季度居全国前10位"), whose subject is always the clause before."""
        if self.p.bare_metric.match(self.text, s, e) or self._result(s, e):
            return True
        m = self.p.continuation.match(self.text, forecast_end(self.text, s, e))
        if m is None or m.end() > e:
            return False
        figs = self.figures.within(s, e)
        return not figs or figs[0][0] - m.end() <= 3

    def _breakdown(self, head: tuple[int, int] | None, s: int, e: int) -> bool:
        """A clause opening on 其中 that breaks down the total of the clause before ("建设1000个农村“水盆子”项目，
        其中小型水库7座、水池等调蓄设施993个"): the parts' verb and whole are there, so it joins them while the
        bullet from ``head`` (the clause before, or the run it closes) stays within ``lengths.hard``."""
        if head is None or not self.text.startswith("其中", s, e) or e - head[0] > self.k.lengths["hard"] \
                or not self.figures.within(*head):
            return False
        pos, parts = s + 2, []
        for part in self.text[s + 2:e].split("、"):
            parts.append((pos, pos + len(part)))
            pos += len(part) + 1
        for a, b in parts:      # each part a noun and its one figure at its end, no verb of its own
            figs = self.figures.within(a, b)
            if len(figs) != 1 or figs[0][1] != b or figs[0][0] == a or any(
                    v in self.text[a:b] for v in self.k.breakdown_verbs):
                return False
        return True

    def _counted_before(self, s: int, e: int) -> bool:
        """A clause that is only a short verb and its count ("交付31.7万套", "新增12家"): what it
        counts is named in the clause before (data: ``count_verbs``)."""
        figs = self.figures.within(s, e)
        if len(figs) != 1 or figs[0][1] != e or figs[0][0] == s:
            return False
        return bool(self.p.count_verb.fullmatch(self.text, s, figs[0][0]))

    def _result(self, s: int, e: int) -> bool:
        """The clause opens on a verb of result ("是…", "再创新高", a standing in a ranking) or is a
        verb and its bare count ("交付31.7万套"): data ``result_predicates``, ``predicate_patterns``,
        ``count_verbs`` (issue 12)."""
        return bool(self.p.result_predicate.match(self.text, s, e)) or self._counted_before(s, e)

    def _predicate(self, s: int, e: int) -> bool:
        """The clause opens on a predicate whatever follows: a verb of result or a bare metric
        ("增速居全国第3位")."""
        return self._result(s, e) or bool(self.p.bare_metric.match(self.text, s, e))

    def _joins_before(self, prev: tuple[int, int] | None, s: int, e: int) -> bool:
        """The clause before lends its subject: it is there (not framing) and, for a verb of
        result, the two adjacent clauses stay within ``lengths.hard`` (longer, the clause stays
        as it was cut); a continuation word or bare metric always takes it."""
        if prev is None:
            return False
        return not self._result(s, e) or e - prev[0] <= self.k.lengths["hard"]

    def _completes(self, start: int, s: int, e: int) -> bool:
        """The clause completes the verb of the bullet opened at ``start`` (where or for what it acts:
        data ``complements``) and the bullet with it stays within ``lengths.hard``."""
        return bool(self.p.complement.match(self.text, s, e)) and e - start <= self.k.lengths["hard"]

    def _lead(self, s: int, e: int) -> bool:
        """The clause only says for what or by what ("为更好解决……问题", "以……为重点"): data ``adverbial_leads``."""
        return bool(self.p.adverbial_lead.fullmatch(self.text, s, e))

    def _topic(self, s: int, e: int) -> bool:
        """A congress's short opening clause that names its sentence's topic ("建设生态文明"): at most
        ``lengths.topic`` characters, no framing, no lead, no fact of its own."""
        return (e - s <= self.k.lengths.get("topic", 0) and not self._never(s, e) and not self._lead(s, e)
                and not _bare_date(self.cue_text[s:e]) and not any(self._evidence(s, e)))

    def _step(self, s: int, e: int) -> bool:
        """A congress's clause that only names a step of its strategy ("第三步": data ``step_labels``)."""
        return self.congress and bool(self.p.step_label.fullmatch(self.text, s, e))

    def _bare_figure(self, s: int, e: int) -> bool:
        """A clause that is a count and a pointer back ("以上十四条", "上述三项"), or only a sum put in
        ("全年投入14.5亿元"): what it counts or pays for follows it."""
        figs = self.figures.within(s, e)
        if len(figs) != 1 or figs[0][1] != e:
            return False
        lead = self.text[s:figs[0][0]]
        return lead in self.k.count_leads or bool(self.p.funding_lead.fullmatch(lead))

    def _never(self, s: int, e: int) -> bool:
        """A framing, problem or praise clause (a cue word, or a framing pattern such as "…方面"); asked
        several times a span while cutting: kept."""
        key = (s, e, "never")
        if key not in self._seen:
            t = self.text[s:e]
            # (a work report's praise of its term, "……取得历史性成就、发生历史性变革", is a party congress's headline)
            self._seen[key] = self._framing(t) and not self._period_fact(s, e, t)
        return self._seen[key]

    def _framing(self, t: str) -> bool:
        """A clause's text holds a framing, problem or praise cue (data [cues] framing …, framing_patterns; a work
        report's report_framing_patterns too)."""
        return bool(self.p.never.search(t) or self.p.never_pattern.search(t)
                    or (not self.congress and self.p.report_never.search(t)))

    def _period_fact(self, s: int, e: int, t: str) -> bool:
        """A clause whose only framing cue names its period (data ``period_leads``: "这五年共取得重要科研成果三万三千项",
        "这五年农民人均纯收入平均每年增长百分之十三点七", national 1986) and that holds a figure after it: a fact."""
        leads = self.k.period_leads
        if not leads or not t.startswith(leads):
            return False
        cut = s + next(len(w) for w in leads if t.startswith(w))
        return bool(self.figures.within(cut, e)) and not self._framing(self.text[cut:e])

    def facts(self, idx: int, item: Item) -> list[Fact]:
        """The bullets of one item: its fact-carrying clause runs, else its opening clauses."""
        if item.start in self.heads or (self._is_lead(item) and item.start not in self.theses):
            return []
        self.mode = item.mode
        # A framing sentence goes whole ("今年是…之年。") — unless it carries figures: "一年来，全省上下
        #牢记嘱托……地区生产总值增长3.7%，……" (Liaoning 2026) loses only its framing clauses below.
        if self.p.never_pattern.search(item.text) and not self.figures.within(item.start, item.end) and not (
                self.congress and item.mode == "plan" and self.p.formulation.search(item.text)):
            # (a congress's closing "只要我们……，就一定能在中国共产党成立一百年时全面建成小康社会" keeps its goals)
            return []
        clauses = clause_spans(self.text, item.start, item.end)
        if self.congress:
            clauses = congress_clauses(self.text, clauses, self.k, lambda s, e: bool(self.figures.within(s, e)))
        limit = self.k.lengths["review_soft" if item.mode == "achievement" else "plan_soft"]
        groups = subject_across(self.text, clauses, self._fact_runs(clauses, limit), self.figures, self.k.lengths["hard"], self.d.items[idx - 1] if idx else None)
        if self.congress:
            groups = whole_decisions(self.text, groups, clauses, lambda s, e: self._decision(s, e) or self._stated(s, e),
                                     lambda s, e: not self._never(s, e),
                                     lambda s, e: self.text.startswith(self.k.subjectless, s, e),
                                     lambda s, e: self.text[e:e + 1] == "：" or self._stated(s, e)
                                     or bool(self.p.decision_lead.search(self.text[s:e])),
                                     lambda s, e: self._lead(s, e) or self.text.startswith("为了", s, e),
                                     self.k.lengths.get("decision_whole", 0))
        if self.congress and groups and len(clauses) > 1 and groups[0][0] == clauses[1] and self._topic(*clauses[0]):
            # "——建设生态文明，基本形成……产业结构、增长方式、消费模式": the short opening clause names the goal's topic
            s0, e0 = clauses[0]
            while s0 < e0 and self.text[s0] in "—―-":
                s0 += 1        # (the list dash is no part of the bullet)
            groups[0].insert(0, (s0, e0))
        if not groups and item.mode == "achievement" and clauses and self._never(*clauses[0]):
            # A review sentence with no fact that opens with framing ("刚刚过去的2025年，面对……困难挑战，
            # 我们坚决落实……，统筹做好改革发展稳定工作。"): what is left after the framing is framing
            # too. (A plan sentence's "我们要……，" leads into the measure itself, so it stays.)
            return []
        if not groups:
            run = self._opening_run(task_clauses(self.text, clauses) if self.yao_tasks and item.mode == "plan"
                                    else clauses, limit, item.mode)
            groups = [run] if run else []
        out = []
        five_year = self._five_year(item) or (item.mode != "achievement" and item.paragraph in self.plan_term)
        for g in groups:
            if all(self._lead(a, b) for a, b in g) or names_a_heading(self.text, g[0][0], g[-1][1], self.head_texts):
                continue    # "围绕……的目标" alone (what follows it is framing): for what, not what is done
            s, e = self._trim(g[0][0]), g[-1][1]
            if e > s and not self._political(s, e, item.mode) and (
                    self.lens is None or relevance(self.lens, self.match[s:e]) >= self.lens.min_own):
                # A congress's thesis heading is its section's own fact (counted as one, scored as any sentence:
                # an extra weight took the 17th congress's poster room from its figures).
                thesis = item.start in self.theses or self._task_opening(item) or new_measure(self.cue_text[s:e], item.mode, self.congress)
                out.append(Fact(s, e, idx, self._score(s, e, item), five_year, thesis or any(self._evidence(s, e))))
        return out

    def _political(self, s: int, e: int, mode: str) -> bool:
        """A political line or slogan without a figure or first ("坚决贯彻习近平强军思想…", "依法接受人大
        及其常委会法律监督", data ``political_lines``), a plan bullet opening like a line (``line_openings``:
        "坚持……相结合", "要……"), or a review topic sentence with none ("乡村振兴扎实
        推进"): no bullet, whatever named thing it holds (issue 12: counted by hand in the first threes) —
        but in a party congress's report, where the lines are the news."""
        if self.congress:
            return False     # a party congress's lines are its plan's formulations (data: [congress])
        _, first, rank, _ = self._evidence(s, e)
        # a count in words that names the parts of a line ("八项规定", "四个方面", "两个市场") is no figure here
        # (…and so is one that counts the rules a line names: "自治区党委28条配套规定")
        figs = [f for f in self.figures.within(s, e) if not self.p.count_name.fullmatch(self.text, *f)
                and not self.text.startswith(self.k.count_nouns, f[1])]
        if figs or first:
            return False
        t = self.text[s:e]
        if mode == "plan" and self.p.line_opening.search(t):
            rest = after_yao(t) if yao_states_task(t, self.yao_tasks) else t
            if rest is t or self.p.line_opening.search(rest) or self.p.political.search(rest):
                return True      # "坚持……相结合", "要……", "以……为基础": a line, not a measure
        return bool(self.p.political.search(t)) or (mode == "achievement" and not rank and t.endswith(self.k.topic_tails))

    def _fact_runs(self, clauses: list[tuple[int, int]], limit: int) -> list[list[tuple[int, int]]]:
        """The sentence's fact-carrying clause runs: a clause with a fact opens a run, one that
        continues it (no subject of its own, an aside) joins it, a framing clause ends it."""
        groups: list[list[tuple[int, int]]] = []
        open_group = False
        pending = False                        # the group so far is a bare date or count ("到本世纪中叶")
        prev: tuple[int, int] | None = None   # the clause before, when it is not framing
        for s, e in clauses:
            if self._never(s, e):
                open_group, prev, pending = False, None, False
                continue
            if pending:
                # "到本世纪中叶，把人民军队全面建成世界一流军队": a date says when, the clause after it what
                # (and "以上十四条，构成……基本方略": a bare count, the clause after it of what).
                figs, first, rank, ent = self._evidence(s, e)
                groups[-1].append((s, e))
                # …and a lead after the date ("在基本实现现代化的基础上") says neither.
                lead = self.text.endswith("基础上", s, e)
                # (after a step's name, "第三步，到下个世纪中叶，……": the date says when, the clause after it what)
                step_date = self._step(*groups[-1][0]) and _bare_date(self.cue_text[s:e])
                pending = (lead or step_date or not (figs or first or rank or ent)) and e - groups[-1][0][0] < limit
                head = next((c for c in groups[-1][:2] if self._bare_figure(*c)), groups[-1][0])   # (after a lender: the sum)
                pending = pending and (_bare_date(self.cue_text[head[0]:head[1]]) or self._bare_figure(*head)
                                       or self._lead(*head) or self._step(*head)) and len(groups[-1]) < 3
                prev = (s, e)
                continue
            if open_group and self.text[s:e] in self.k.asides:
                # "地区生产总值完成192.3亿元，按可比价计算，同比增长6.0%": an aside keeps the fact open.
                groups[-1].append((s, e))
                continue
            figs, first, rank, ent = self._evidence(s, e)
            has = figs or first or rank or ent
            lender = measure_lender(self.text, clauses, prev, s, e, self.figures, self.k.lengths["hard"])  # wt-subj2
            continues = self._continues(s, e) or self._breakdown(groups[-1][0] if open_group else prev, s, e) \
                or lender is not None or topic_lends_subject(self.text, clauses, prev, s, bool(self.figures.within(s, e))) \
                or not_only_but_also(self.text, prev, s) \
                or ((k := past_aside(self.text, s, e, self.k.asides)) > s and self._continues(k, e))
            if open_group and continues:
                if not has and self.p.result_predicate.match(self.text, s, e) and e - groups[-1][0][0] > limit:
                    open_group, prev = False, (s, e)   # "……的重大步骤，是……崭新试验": the bullet has its subject
                    continue
                groups[-1].append((s, e))
            elif has and continues and self._joins_before(prev, s, e):
                # "实施学前一年免费教育政策、惠及1400万儿童": the subject is the clause before.
                groups.append((lender or self._topic_before(clauses, prev, s, e) + self._past_aside(clauses, prev, e))
                              + [prev, (s, e)])
                open_group, pending = True, lender is not None and self._bare_figure(s, e)   # a sum lent its payee
            elif has:
                # "劳动就业，在城镇安排600万人" (national 1980): a locative clause has no subject; the sentence's short
                # opening topic before it names what it counts
                groups.append([prev, (s, e)] if self._topic_of_locative(clauses, prev, s, e) else [(s, e)])
                open_group = True
                pending = _bare_date(self.cue_text[s:e]) or self._bare_figure(s, e) or self._lead(s, e) or self._step(s, e)
            elif open_group and self._completes(groups[-1][0][0], s, e):
                groups[-1].append((s, e))   # "……科技领军企业，在……关键技术突破上作出天津创新贡献"
            else:
                open_group = False
            prev = (s, e)
        return groups

    def _topic_of_locative(self, clauses: list[tuple[int, int]], prev: tuple[int, int] | None, s: int, e: int) -> bool:
        """The clause at ``s`` is the sentence's second, opens on 在 (where, not who), and the first is a short topic
        (at most ``lengths.locative_topic`` characters) with no fact, framing, date or lead of its own."""
        if prev is None or len(clauses) < 2 or prev != clauses[0] or (s, e) != clauses[1] \
                or not self.text.startswith("在", s) or prev[1] - prev[0] > self.k.lengths.get("locative_topic", 0):
            return False
        a, b = prev
        return not (self._never(a, b) or self._lead(a, b) or _bare_date(self.cue_text[a:b]) or any(self._evidence(a, b))
                    or self.text[a:b] in self.k.asides)

    def _past_aside(self, clauses: list[tuple[int, int]], prev: tuple[int, int], e: int) -> list[tuple[int, int]]:
        """The bare subject before an aside ("农村居民人均纯收入，考虑价格下降因素，比上年实际增长4.3%": data ``asides``)
        when the clause borrowing its subject has only the aside before it: that clause, within ``lengths.hard``."""
        i = clauses.index(prev) if prev in clauses else 0
        if i == 0 or self.text[prev[0]:prev[1]] not in self.k.asides:
            return []
        a, b = clauses[i - 1]
        return [] if self._never(a, b) or e - a > self.k.lengths["hard"] else [(a, b)]

    def _topic_before(self, clauses: list[tuple[int, int]], prev: tuple[int, int] | None,
                      s: int, e: int) -> list[tuple[int, int]]:
        """The sentence's opening topic ("煤炭智能绿色安全开采方面", data ``topic_clause``) when a bare metric
        ("产量稳定在13亿吨左右") borrows its subject from the measure right after it ("抓好产能接续"): the topic
        holds the metric's subject, so it opens the bullet (within ``lengths.hard``); else nothing."""
        if len(clauses) < 3 or prev != clauses[1] or not self.p.bare_metric.match(self.text, s, e):
            return []
        t0, t1 = clauses[0]
        if (self.p.topic_clause.fullmatch(self.text, t0, t1) and not self._never(t0, t1)
                and e - t0 <= self.k.lengths["hard"]):
            return [clauses[0]]
        return []

    def _opening_run(self, clauses: list[tuple[int, int]], limit: int, mode: str) -> list[tuple[int, int]]:
        """A sentence without a fact: its opening clauses (after any framing) up to ``limit``
        characters — none for a review topic sentence."""
        run: list[tuple[int, int]] = []
        prev: tuple[int, int] | None = None
        for s, e in clauses:
            if self._never(s, e):
                if run:
                    break
                prev = None
                continue
            if run and e - run[0][0] > limit:
                leads_only = all(self._lead(a, b) for a, b in run)
                if self._completes(run[0][0], s, e) or (leads_only and e - run[0][0] <= self.k.lengths["hard"]):
                    run.append((s, e))   # "坚持……方向，……，在政策支持……等方面精准赋能": not cut off
                break
            if not run and self._predicate(s, e) and self._joins_before(prev, s, e):
                # "今后五年，是我国……关键时期": the run opens on the subject, however short.
                run.append(prev)
            elif not run and e - s < self.k.lengths["min_clause"]:
                prev = (s, e)
                continue
            run.append((s, e))
            prev = (s, e)
        if run and all(self._lead(a, b) for a, b in run):
            return []   # "为更好解决人民群众急难愁盼问题" alone says for what, not what is done
        if run and mode == "achievement" and self.text[run[0][0]:run[-1][1]].endswith(self.k.topic_tails):
            # "现代服务业不断壮大", "……等工作得到加强": a topic sentence says what the facts after it
            # show; with no fact of its own it is not news.
            return []
        return run

    def _headline_order(self, t: str) -> float:
        """``headline_order`` × (1 - i / n) for the headline metric standing first in ``t`` (the
        i-th of the n ``headline`` cues): the year's targets in headline order."""
        skip = tuple(self.k.headline_not_after)
        m = headline_metric(t, skip)
        if m is None:
            return 0.0
        order = self.k.headline
        i = order.index(m.group(0)) if m.group(0) in order else len(order) - 1   # (a headline_patterns match: last)
        return self.k.weights.get("headline_order", 0.0) * (1 - i / len(order))

    def _is_lead(self, item: Item) -> bool:
        """A list lead or heading sentence ("一是实施更加积极有为的宏观政策，…") without a figure."""
        sent_marker = bool(self.p.list_lead.search(item.text))
        marker = self.text[max(0, item.start - 4):item.start]
        after_marker = bool(self.p.list_lead.search(re.split("[\n。；！？]", marker)[-1]))
        # A short marked sentence inside a paragraph is a run-in heading too: "……。一是保持经济平稳运行。"
        short = len(item.text) <= self.k.lengths["run_in_heading"]
        lead = sent_marker or (after_marker and (self._first_of_paragraph(item) or short))
        return lead and not self.figures.within(item.start, item.end)

    def _five_year(self, item: Item) -> bool:
        """The sentence stands in a paragraph that reviews five or ten years ("这五年，…")."""
        return item.mode == "achievement" and item.paragraph in self.five_year_paragraphs

    def _task_opening(self, item: Item) -> bool:
        """A pre-1978 congress's task: the 要 line opening its paragraph ("首先，要继续搞好批林整风", "要进一步加强党的
        一元化领导", 1973: data ``[congress] task_openings``), a fact of the plan like a thesis heading."""
        return self.congress and item.mode == "plan" and self._first_of_paragraph(item) \
            and bool(self.p.task_opening.match(self.text, item.start, item.end))

    def _first_of_paragraph(self, item: Item) -> bool:
        p = self.d.document.paragraphs
        if not p or item.paragraph >= len(p):
            return False
        head = self.text[p[item.paragraph].start:item.start]
        return len(head) <= 4

    def _trim(self, s: int) -> int:
        """Drop a leading 其中 / 同时 (the clause's subject follows it), and a period lead (data ``period_leads``:
        "这五年"), which its group's heading says."""
        for w in ("其中", "同时") + self.k.period_leads:
            if self.text.startswith(w, s):
                return s + len(w)
        return s

    def _score(self, s: int, e: int, item: Item) -> float:
        w = self.k.weights
        t = self.cue_text[s:e]
        figs, first, rank, ent = self._evidence(s, e)
        score = min(figs, int(w["figure_cap"])) * w["figure"]
        if (figs or item.mode == "target") and headline_metric(t):
            score += w["headline"]
            score += w.get("lead", 0.0) if figs and self.p.lead.search(t) else 0.0
        elif figs and self.p.local_headline.search(t):
            score += w.get("local_headline", 0.0)
        elif figs and self.p.sector.search(t):
            score += self.k.sector_weight     # data [sectors]: 新能源汽车年产量, 生猪出栏
        if first:
            bonus = (first_weight(t) if self.p.first.search(t) else w["landmark"] if self.p.landmark.search(t)
                     else w.get("policy_line", 0.0) if self._policy(s, e)
                     else w["formulation"] if self.p.formulation.search(t)
                     else w["congress"] if self.p.congress.search(t) or not self.p.thesis.search(t) else w["thesis"])
            # a record in words (data [records]: 五连冠, 全国最多, 提前一年) is news as a headline figure is;
            # a first's bullet keeps the first's weight ("全球最大、国内首制……海船下水" stays where it ranked)
            record = self._record(t) and not self.p.first.search(t)
            project = not record and self._project(t) and not self.p.first.search(t)
            score += max(bonus, self.k.record_weight) if record else max(bonus, self.k.project_weight) if project \
                else bonus
        # (a congress's "科技是第一生产力、人才是第一资源" is its formulation, not a principle to hide)
        score += w["principle"] if self.p.principle.search(t) and not self._congress(t) else 0.0
        key = self.p.key_thesis.search(t) or (first and after_stated_lead(self.text, s, self.k))
        score += w.get("key_thesis", 0.0) if self.congress and key else 0.0
        score += w.get("decision", 0.0) if self._decision(s, e) else 0.0
        score += w.get("task_opening", 0.0) if self._task_opening(item) else 0.0
        score += older_rank(t, self.k) if self.older else 0.0   # goals up, quotations down (render.congress)
        score += w["rank"] if rank else 0.0
        score += structure_weight(t, figs, bool(figs or first), not self.congress and self._first_of_paragraph(item),
                                  None if self.congress else item.mode)
        score += w["entity"] if ent else 0.0
        score += w["milestone"] if figs and self.p.milestone.search(t) else 0.0
        score += w["big"] if self.big.within(s, e) else 0.0
        if not (figs or first or rank or ent):
            score += w["no_figure"]
        score += w["position"] * (1 - s / self.n)
        score += w["target"] if item.mode == "target" else 0.0
        score += self._headline_order(t) if item.mode == "target" else 0.0
        # A five-year figure is not this year's news in a review; in a plan, a headline metric's
        # five-year goal ("地区生产总值年均增长5%以上", the “十五五” targets) is the plan's headline; in a report's sole
        # five-year review a change over the period (由…增加到…, 是1997年的2.3倍: periods.term_change_cue) is its news.
        plan_goal = item.mode != "achievement" and figs and headline_metric(t)
        term_change = w.get("term_change", 0.0) if figs and self.sole and self._five_year(item) and term_change_cue().search(t) else 0.0
        score += term_change + (w["multi_year"] if (self.p.multi_year.search(t) or self._five_year(item)) and not plan_goal else 0.0)
        score += w.get("relevance", 0.0) * float(item.relevance)
        return score


def select_facts(digest: Digest, five: frozenset[int] | None = None) -> list[Fact]:
    """Every bullet of the digest, in report order (ranking per theme is the view's); ``five``:
    the :func:`five_year_paragraphs`, when the caller has them already. The last few digests' bullets are
    kept (a digest is immutable, and Markdown, the view and the poster each ask for them)."""
    key = (id(digest), five)
    kept = _KEPT.get(key)
    if kept is not None and kept[0] is digest:
        return list(kept[1])
    out = _select(digest, five)
    if len(_KEPT) >= 4:
        _KEPT.pop(next(iter(_KEPT)))
    _KEPT[key] = (digest, tuple(out))
    return out


_KEPT: dict[tuple[int, frozenset[int] | None], tuple[Digest, tuple[Fact, ...]]] = {}


def _select(digest: Digest, five: frozenset[int] | None) -> list[Fact]:
    sel = Selector(digest, five)
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    text = digest.document.text
    for idx, item in enumerate(digest.items):
        for fact in sel.facts(idx, item):
            # A target restated in its explanation ("居民消费价格涨幅2%左右，考虑了…") is shown once.
            key = (item.mode, text[fact.start:fact.end])
            if key not in seen:
                seen.add(key)
                out.append(fact)
    out = [f for k, f in enumerate(out) if not (k + 1 < len(out) and out[k + 1].start <= f.start and f.end <= out[k + 1].end)]  # (wt-subj2: "；")
    return drop_discourse(digest, out)   # whole sentences of a discourse kind (render/discourse.py)
