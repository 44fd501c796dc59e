"""`hzd digest FILE --previous OLD`: the 与上年相比 part, its JSON, and its errors (exit 2, one line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


OLD = Path(__file__).resolve().parent / "fixtures" / "across" / "national-2024-gov-work-report.txt"


def test_markdown_gains_the_section_with_target_changes(hzd_run, sample_path: Path) -> None:
    code, out, _ = hzd_run("digest", str(sample_path), "--previous", str(OLD))
    assert code == 0
    assert "## 与上年相比（对照：2024年政府工作报告）" in out
    assert "| 国内生产总值增长 | 5%左右 | 5%左右 | 不变 |" in out
    assert "| 赤字率 | 3% | 4%左右 | 调整 |" in out
    # Everything else is the digest as before.
    _, plain, _ = hzd_run("digest", str(sample_path))
    assert out.replace(out[out.index("## 与上年相比"):out.index("## 重点机构与设施")], "") == plain


def test_json_previous_equals_compare_json_and_is_absent_without_the_flag(hzd_run, sample_path: Path) -> None:
    code, out, _ = hzd_run("digest", str(sample_path), "--previous", str(OLD), "--format", "json")
    with_previous = json.loads(out)
    _, out, _ = hzd_run("compare", str(OLD), str(sample_path), "--format", "json")
    assert code == 0 and with_previous["previous"]["comparison"] == json.loads(out)
    assert with_previous["previous"]["document"]["source"] == str(OLD)
    _, out, _ = hzd_run("digest", str(sample_path), "--format", "json")
    plain = json.loads(out)
    assert "previous" not in plain
    del with_previous["previous"]
    assert with_previous == plain


def test_html_gains_the_section(hzd_run, sample_path: Path, tmp_path: Path) -> None:
    page = tmp_path / "d.html"
    code, _, _ = hzd_run("digest", str(sample_path), "--previous", str(OLD), "--format", "html", "-o", str(page))
    html = page.read_text(encoding="utf-8")
    assert code == 0 and '<section id="previous">' in html
    assert "<h2>与上年相比（对照：2024年政府工作报告）</h2>" in html


def test_previous_may_come_from_stdin(hzd_run, monkeypatch, sample_path: Path) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(OLD.read_bytes()), encoding="utf-8"))
    code, out, _ = hzd_run("digest", str(sample_path), "--previous", "-")
    assert code == 0 and "| 赤字率 | 3% | 4%左右 | 调整 |" in out


@pytest.mark.parametrize("name, content", [("missing.txt", None), ("empty.txt", b""), ("binary.txt", b"\x00\x01\x02PK")])
def test_unreadable_previous_is_exit_2_naming_that_file(hzd_run, sample_path: Path, tmp_path: Path,
                                                        name: str, content: bytes | None) -> None:
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    out = tmp_path / "d.md"
    code, stdout, err = hzd_run("digest", str(sample_path), "--previous", str(bad), "-o", str(out))
    assert code == 2 and stdout == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith(f"hzd: {bad}: ")
    assert not out.exists()


def test_stdin_for_both_reports_is_exit_2(hzd_run) -> None:
    code, _, err = hzd_run("digest", "-", "--previous", "-")
    assert code == 2 and err.strip() == "hzd: --previous: FILE and --previous cannot both be - (stdin)"


@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_poster_with_previous_gains_the_changed_targets(hzd_run, sample_path: Path, tmp_path: Path,
                                                        fmt: str) -> None:
    from huazhongdian.render.poster import Run, layout_poster

    import huazhongdian as hzd
    from huazhongdian.across.compare import compare_digests

    out = tmp_path / f"p.{fmt}"
    code, _, err = hzd_run("digest", str(sample_path), "--previous", str(OLD), "--format", fmt, "-o", str(out))
    assert code == 0 and err == ""
    new = hzd.digest(hzd.read(sample_path))
    lay = layout_poster(new, previous=compare_digests(hzd.digest(hzd.read(OLD)), new))
    if fmt == "svg":
        svg = out.read_text(encoding="utf-8")
        assert ">与上年相比</text>" in svg and ">赤字率</text>" in svg and ">3% → 4%左右</text>" in svg
    else:
        from PIL import Image

        assert Image.open(out).size == (lay.width, lay.height)
    assert "与上年相比" in [op.text for op in lay.ops if isinstance(op, Run)]
