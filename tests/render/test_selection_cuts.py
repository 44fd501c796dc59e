"""Issue 12, no bullet cut before its verb is complete: a clause that says where or for what the verb
before acts (在…上作出…, 在…方面赋能, 为…提供…) stays in the bullet; a lead-in (以…为战略牵引) or a
purpose phrase alone (为更好解决…问题) is no bullet; 五大道 is a place name, not a count. Fixture
sentences are exact excerpts of Tianjin, Hebei and national 2026 (tests/fixtures/render/cuts/)."""

from __future__ import annotations

import pytest

from huazhongdian.render.selection import select_facts


@pytest.fixture(scope="module")
def digest(excerpt_digest):
    return excerpt_digest("cuts")


@pytest.fixture(scope="module")
def bullets(digest):
    text = digest.document.text
    return [text[f.start:f.end] for f in select_facts(digest)]


def test_a_complement_stays_with_its_verb(bullets):
    assert ("积极引导高校院所、全国重点实验室、科技领军企业，在智算芯片、超算智算互联、脑机接口、细胞与基因治疗等"
            "关键技术突破上作出天津创新贡献") in bullets
    assert "积极引导高校院所、全国重点实验室、科技领军企业" not in bullets
    assert "推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接，在国家考核评估中连获“好”的等次" in bullets


def test_a_fact_less_run_is_never_cut_before_the_clause_that_completes_it(bullets):
    # The whole run opens like a line (坚持…方向, news_value.toml line_openings), so since the framing rules it
    # is no bullet at all; what must never happen is the cut that stops before 在…方面精准赋能.
    assert "坚持智能化、绿色化、融合化方向，坚定不移、突出重点" not in bullets
    assert not any(b.endswith("突出重点") for b in bullets)


def test_a_lead_in_or_purpose_alone_is_no_bullet(bullets):
    assert "以推进京津冀协同发展为战略牵引" not in bullets
    assert "为更好解决人民群众急难愁盼问题" not in bullets
    assert not any(b.endswith(("战略牵引", "急难愁盼问题")) for b in bullets)


def test_five_avenues_is_a_name_not_a_count(digest):
    text = digest.document.text
    figures = {text[i.start:i.end] for i in digest.indicators}
    assert not any(f.startswith("五大") for f in figures)
    assert any("85个" in f for f in figures)


def test_a_fact_after_its_lead_keeps_what_is_done(bullets):
    # Hubei 2026: "围绕……三大核心诉求" says for what; the reform it names follows.
    assert any(b.startswith("围绕“激发创新活力、促进创新协同和维护公平竞争”三大核心诉求，重点推进") for b in bullets)
    assert "围绕“激发创新活力、促进创新协同和维护公平竞争”三大核心诉求" not in bullets
    assert "通过推进金融创新与科技创新、产业创新深度融合发展，加快构建体现湖北优势的现代化产业体系" in bullets


def test_a_goal_lead_followed_by_framing_is_no_bullet(bullets):
    # Beijing 2026: "围绕……的目标，聚焦……短板弱项，……": the lead alone is no fact.
    assert not any(b.startswith("围绕“十五五”时期") for b in bullets)


def test_a_focus_lead_takes_its_measure(bullets):
    # Shaanxi 2026: "聚焦……等重点领域" names where; the measure is the clause after it.
    assert "聚焦煤矿、危化品、道路交通、高层建筑消防等重点领域，全面完成安全生产治本攻坚三年行动任务" in bullets
    assert "聚焦煤矿、危化品、道路交通、高层建筑消防等重点领域" not in bullets
