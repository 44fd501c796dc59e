"""docs/notebook.py runs end to end on the corpus (national 2004–2026) and shows what it says it shows."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_runner():
    spec = importlib.util.spec_from_file_location("run_notebook", ROOT / "docs" / "run_notebook.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_task_is_at_most_five_lines() -> None:
    cells = load_runner().split_cells((ROOT / "docs" / "notebook.py").read_text("utf-8"))
    code = [text for kind, text in cells if kind == "code"]
    assert len(code) == 4  # the setup, then targets, trend, scorecard
    assert all(len(c.splitlines()) <= 5 for c in code[1:])


@pytest.mark.corpus
def test_notebook_runs(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HZD_SHARED", str(corpus.parent))
    ns = load_runner().run(ROOT / "docs" / "notebook.py", tmp_path)
    table, trend, sc = ns["table"], ns["trend"], ns["sc"]
    assert list(table.index) == list(range(2004, 2027))
    assert table.loc[2016, "GDP增长"] == 6.75 and table.loc[2019, "GDP增长"] == 6.25
    assert table.loc[2010, "赤字（亿元）"] == 10500 and table.loc[2016, "赤字（亿元）"] == 21800
    debut = trend[(trend.term == "新质生产力") & trend["flags"].str.contains("debut")]
    assert list(debut.year) == [2024]
    gdp_2016 = sc[(sc.year == 2016) & (sc.metric == "gdp_growth")].iloc[0]
    assert (gdp_2016.target, gdp_2016.realised, gdp_2016.status) == ("6.5–7%", "6.7%", "完成")
    md = (tmp_path / "notebook.md").read_text("utf-8")
    assert "![cell 3](img/notebook-3.png)" in md and (tmp_path / "img" / "notebook-3.png").stat().st_size > 10_000
    assert "| 2016 | 6.75 |" in md
    assert os.environ["HZD_SHARED"] == str(corpus.parent)
