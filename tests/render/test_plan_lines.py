"""A plan sentence that only carries out a doctrine, a party policy or a named rule is a line, not a
measure, and gets no bullet; a policy measure does ("落实好研发费用加计扣除等政策"); a lead clause (在……
进程中) does not stand alone, and a closing's charge (谱写……篇章, 使命光荣) is no bullet (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.load import read_text
from huazhongdian.render.view import build_view

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "themes" / "lines.txt"


@pytest.fixture(scope="module")
def plan_bullets() -> list[str]:
    view = build_view(hzd.digest(read_text(FIXTURE.read_text("utf-8"), source="lines.txt")))
    return [b.text for g in view.groups if g.mode == "plan" for t in g.themes for b in t.bullets]


@pytest.mark.parametrize("line", ["全面贯彻总体国家安全观", "认真落实“第一议题”制度", "落实党的民族、宗教和侨务政策"])
def test_a_doctrine_line_is_no_bullet(plan_bullets, line):
    assert not any(b.startswith(line) for b in plan_bullets), plan_bullets


def test_a_policy_measure_is_a_bullet(plan_bullets):
    assert any(b.startswith("落实好研发费用加计扣除等政策") for b in plan_bullets), plan_bullets


def test_a_lead_clause_keeps_what_it_leads_to(plan_bullets):
    assert "在服务京津冀协同发展深化进程中" not in plan_bullets
    assert any(b.startswith("在服务京津冀协同发展深化进程中，做实做优") for b in plan_bullets) or not any(
        "深化进程中" in b for b in plan_bullets)


def test_a_closing_charge_is_no_bullet(plan_bullets):
    assert not any("谱写" in b or "使命光荣" in b for b in plan_bullets), plan_bullets
