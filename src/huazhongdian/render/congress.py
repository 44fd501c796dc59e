"""A party congress's theses stand after a lead: the clauses a congress report's bullets are cut from.

"……《决定》明确指出，社会主义经济是公有制基础上的有计划的商品经济" (1987): the clauses up to the speech lead
("明确指出", data ``[congress] speech_leads``) only say who said it, and the bullet opens on the thesis.
"我们党的……基本路线是：领导和团结……" : a clause ending on a copula (``copula_leads``) is the subject of the
clause after it, and the two are cut as one clause. Spans only: the text is never rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from huazhongdian.render.news_value import Cues

Span = tuple[int, int]


def congress_clauses(text: str, clauses: list[Span], cues: Cues, has_figure: Callable[[int, int], bool]) -> list[Span]:
    """``clauses`` of one sentence with a leading speech lead left out and each copula lead joined to
    the clause after it. ``has_figure(s, e)``: whether a figure stands in ``[s, e)`` (a lead carrying
    one is kept)."""
    out = list(clauses)
    for i, (s, e) in enumerate(out[:cues.lead_clauses]):
        if i + 1 < len(out) and text.endswith(cues.speech_leads, s, e) and not has_figure(out[0][0], e):
            out = out[i + 1:]
            break
    joined: list[Span] = []
    for s, e in out:
        if joined and text.endswith(cues.copula_leads, *joined[-1]) and joined[-1][1] - joined[-1][0] > 1:
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    return joined


def after_stated_lead(text: str, s: int, cues: Cues) -> bool:
    """The clause at ``s`` follows a stressed speech lead and its mark ("……《决定》明确指出，社会主义经济是……",
    "……有了明确的回答：我国正处在……": data ``[congress] stated_leads``): the thesis the congress puts first."""
    if s < 1 or text[s - 1] not in "，：":
        return False
    return bool(cues.stated_leads) and text.endswith(cues.stated_leads, 0, s - 1)


def whole_decisions(text: str, groups: list[list[Span]], clauses: list[Span], decision: Callable[[int, int], bool],
                    usable: Callable[[int, int], bool], subjectless: Callable[[int, int], bool],
                    lead: Callable[[int, int], bool], leads_in: Callable[[int, int], bool],
                    whole: int) -> list[list[Span]]:
    """A congress's decision or turning point kept whole (data ``[congress] decision_patterns``): its bullet runs
    from its clause to the sentence's end ("中央决定从明年下半年开始，用三年时间……进行一次全面整顿", "在战略部署上
    要分两步走：前十年……，后十年……") when its clause only leads into what is decided (``lead``: it ends on a colon
    or names the decision, data ``decision_leads``) and that stays within ``whole`` characters, and a decision clause without a
    subject of its own ("把它们作为经济发展的战略重点") opens on the clause before it, which names what — unless that
    one only says for what (``leads_in``: "为了实现二十年的奋斗目标，在战略部署上要分两步走"). ``usable``:
    the clause is no framing. The groups after it in the sentence are taken into it."""
    if not groups or not clauses:
        return groups
    end = clauses[-1][1]
    out: list[list[Span]] = []
    for g in groups:
        if out and g[0][0] < out[-1][-1][1]:
            continue            # inside the decision's bullet already
        s, e = g[0]
        if not decision(s, e):
            out.append(g)
            continue
        i = clauses.index((s, e)) if (s, e) in clauses else -1
        if i > 0 and subjectless(s, e) and usable(*clauses[i - 1]) and not leads_in(*clauses[i - 1]) \
                and e - clauses[i - 1][0] <= whole:
            prev = clauses[i - 1]
            if out and out[-1][-1] == prev:
                out.pop()
            g = [prev] + g
        rest = [c for c in clauses[i + 1:]] if i >= 0 else []
        # (not when the item ends on "；": "总的战略安排是分两步走：从……；从……。" lists its steps as items of their own)
        if rest and lead(s, e) and end - g[0][0] <= whole and text[end:end + 1] != "；" and all(usable(*c) for c in rest):
            g = [c for c in g if c[1] <= e] + rest
        out.append(g)
    return out


def names_a_heading(text: str, s: int, e: int, headings: frozenset[str]) -> bool:
    """The bullet ``text[s:e]`` only names one of the report's own part headings, after its colon ("主要内容是：关于九大
    路线", the 10th congress's table of contents, 1973): a heading, no fact."""
    t = text[s:e]
    return bool(headings) and t[t.rfind("：") + 1:] in headings



def older_title(mode: str, term: bool, cues: Cues) -> str:
    """The heading of a group of a party congress's report before 1978 (data ``[congress] older_titles``: "报告回顾",
    "历史回顾", "今后的任务"), which names no year nor five years to look back on; "" for a group it does not name.
    ``mode``: achievement, plan, or achievement-history (a year review beside a term review)."""
    key = f"{mode}-term" if term else mode
    return dict(cues.older_titles).get(key, "")


def older_theme(text: str, theme: str, cues: Cues) -> str:
    """The theme of a clause ``text`` of a party congress's report before 1978 under the general lens: the first of
    data ``[congress] older_themes`` (国防外交, 经济运行, 文化) whose words it holds, else ``older_default_theme`` (党的建设);
    ``theme`` (the lens's own) when no such data is given. Its political narrative is no economy, 科技创新 or 生态."""
    for label, pattern in cues.older_themes:
        if re.search(pattern, text):
            return label
    return cues.older_default_theme or theme


def older_rank(text: str, cues: Cues) -> float:
    """The weight a bullet ``text`` of a party congress's report before 1978 adds to its score (data
    ``[older_congress_rank]``): a goal, decision or thing of great significance ("把全国三分之一的企业建成大庆式企业",
    "中央决定……") up, a quotation, polemic line or bare ordinal opening it ("列宁说过：……", "他们拚命喊“裁军”",
    "第一条") down — its narrative fragments outranked its goals (the 11th congress, 1977)."""
    return ((cues.older_goal_weight if re.search(cues.older_goal, text) else 0.0)
            + (cues.older_quotation_weight if re.match(cues.older_quotation, text) else 0.0))
