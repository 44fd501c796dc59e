"""A list of plain dict records that shows itself briefly in a REPL and as a table in a notebook.

The notebook API (:func:`huazhongdian.targets`, :func:`huazhongdian.scorecard`,
:func:`huazhongdian.trend`, :meth:`huazhongdian.Digest.records`) returns :class:`Records`.
It is a ``list`` in every way (index it, slice it, loop over it, ``json.dumps`` it); only its
``repr`` is short and it has ``_repr_html_`` and :meth:`Records.to_pandas`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from huazhongdian.errors import require_extra

HTML_ROWS = 10  # rows a notebook shows; the rest are counted
_CELL_CHARS = 40  # a clause is cut in the HTML table (the record keeps it whole)


class Records(list):
    """Dict records with a short ``repr`` (``<14 targets: year, metric, …>``) and an HTML table."""

    def __init__(self, rows: Iterable[dict[str, Any]] = (), name: str = "records") -> None:
        super().__init__(rows)
        self.name = name

    @property
    def columns(self) -> list[str]:
        """The field names, in the order they first appear."""
        seen: dict[str, None] = {}
        for row in self:
            seen.update(dict.fromkeys(row))
        return list(seen)

    def __repr__(self) -> str:
        cols = self.columns
        shown = ", ".join(cols[:6]) + (", …" if len(cols) > 6 else "")
        return f"<{len(self)} {self.name}: {shown}>" if cols else f"<0 {self.name}>"

    def _repr_html_(self) -> str:
        cols = self.columns
        head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(row.get(c)))}</td>" for c in cols) + "</tr>"
                       for row in self[:HTML_ROWS])
        more = f"<p>… {len(self) - HTML_ROWS} more</p>" if len(self) > HTML_ROWS else ""
        return (f"<p>{len(self)} {html.escape(self.name)}</p><table><thead><tr>{head}</tr></thead>"
                f"<tbody>{body}</tbody></table>{more}")

    def to_pandas(self) -> Any:
        """The records as a pandas DataFrame (needs pandas: ``pip install pandas``)."""
        require_extra("notebook", "Records.to_pandas", "pandas")
        # deferred: pandas loads only for to_pandas()
        import pandas as pd

        return pd.DataFrame(list(self), columns=self.columns or None)


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= _CELL_CHARS else text[: _CELL_CHARS - 1] + "…"


def html_table(rows: Iterable[tuple[str, Any]]) -> str:
    """A two-column HTML table of ``(label, value)`` pairs (the reprs of Document and Digest)."""
    body = "".join(f"<tr><th style='text-align:left'>{html.escape(k)}</th><td>{html.escape(_cell(v))}</td></tr>"
                   for k, v in rows)
    return f"<table>{body}</table>"
