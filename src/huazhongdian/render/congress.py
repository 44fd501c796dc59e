"""A party congress's theses stand after a lead: the clauses a congress report's bullets are cut from.

"……《决定》明确指出，社会主义经济是公有制基础上的有计划的商品经济" (1987): the clauses up to the speech lead
("明确指出", data ``[congress] speech_leads``) only say who said it, and the bullet opens on the thesis.
"我们党的……基本路线是：领导和团结……" : a clause ending on a copula (``copula_leads``) is the subject of the
clause after it, and the two are cut as one clause. Spans only: the text is never rewritten.
"""

from __future__ import annotations

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
