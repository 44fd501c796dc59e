"""The lede of a party congress's report before 1978 (data ``news_value.toml [congress] older_before``): the line the
report names as central, as a span (issue 12, item 4).

Such a report states no 主题 or 总体要求; it names the party's 基本路线 ("毛主席更加完整地提出了我党在整个社会主义
历史阶段的基本路线", 1969) and sets it as the task ("我们要遵循党在整个社会主义历史阶段的基本路线和政策，坚持无产阶级
专政下的继续革命", 1973). The first clause naming the line (``[congress] lede_lines``, regexes) as a task
(``lede_task``: 要遵循, 必须坚持 …) is the lede, else the first naming it at all — not one of its betrayal
(``lede_not``: "彻底背叛九大路线，从根本上改变党在……的基本路线"); a lead-in clause ("在国内") is left off and a
short next clause joined within ``[lede] max_chars``.
"""

from __future__ import annotations

import re

from huazhongdian.render.news_value import cues
from huazhongdian.render.selection import clause_spans
from huazhongdian.types import Digest

__all__ = ["older_congress", "older_congress_lede"]


def older_congress(digest: Digest) -> bool:
    """A party congress's report of a year before ``[congress] older_before`` (1978)."""
    meta = digest.document.meta
    return meta.kind == "party-congress-report" and (meta.year or 9999) < cues().older_before


def older_congress_lede(digest: Digest) -> tuple[tuple[int, int], ...]:
    """The clause naming the report's central line, as one span; ``()`` for any other report or none found."""
    k = cues()
    if not older_congress(digest) or not k.older_lede_lines:
        return ()
    text = digest.document.text
    best: tuple[int, int, tuple[int, int]] | None = None
    for line in k.older_lede_lines:
        for m in re.finditer(line, text):
            sent = next((s for s in digest.document.sentences if s.start <= m.start() < s.end), None)
            if sent is None:
                continue
            clauses = clause_spans(text, sent.start, sent.end)
            i = next((j for j, (s, e) in enumerate(clauses) if s <= m.start() < e), None)
            if i is None:
                continue
            s, e = clauses[i]
            if re.search(k.older_lede_not, text[s:e]):
                continue
            if i + 1 < len(clauses) and clauses[i + 1][1] - s <= k.lede_max and not re.search(
                    k.older_lede_not, text[slice(*clauses[i + 1])]):
                e = clauses[i + 1][1]
            if e - s > k.lede_max:
                continue
            rank = 0 if re.search(k.older_lede_task, text[s:m.start()]) else 1
            if best is None or (rank, m.start()) < best[:2]:
                best = (rank, m.start(), (s, e))
    return (best[2],) if best else ()
