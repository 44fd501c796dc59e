"""track, second pass: framing is no plan, lead-ins are no evidence, related words meet, done is read again."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.across.track import PlanUnit, is_framing, plan_units, review_sentences, tokens, track_units


@pytest.fixture(scope="module")
def national(sample_path: Path, fixtures: Path):
    return hzd.read(fixtures / "across" / "national-2024-gov-work-report.txt"), hzd.read(sample_path)


def _unit(doc, text: str) -> PlanUnit:
    start = doc.text.index(text)
    return PlanUnit(text, start, start + len(text))


@pytest.mark.parametrize("text", [
    # the year's general requirement, outlook, comment on the targets, closing (national 2024)
    "完成今年发展目标任务，必须深入贯彻习近平经济思想，集中精力推动高质量发展。",
    "提出上述预期目标，综合考虑了国内外形势和各方面因素，兼顾了需要和可能。",
    "党中央对今年工作作出了全面部署，我们要深入贯彻落实，紧紧抓住主要矛盾，着力突破瓶颈制约，扎实做好各项工作。",
    "使命重在担当，奋斗创造未来。",
    # nothing left once the formula is blanked
    "深入学习贯彻习近平文化思想。",
    # a list lead-in and an appeal (Hailar 2016)
    "实现上述目标，要突出抓好以下八个方面的工作：",
    "让我们在区委的坚强领导下，以更加坚定的决心，更加昂扬的斗志，更加务实的作风，凝心聚力，砥砺前行，"
    "为建设和谐美好幸福海拉尔而努力奋斗！",
    # the year's general requirement and its weight, as a district words them (Hailar 2018)
    "做好今年政府工作责任重大，意义深远。",
    "今年政府工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面学习宣传贯彻党的十九大精神，"
    "深入落实中央经济工作会议和自治区、呼伦贝尔市系列会议精神，按照区委十五届五次全会的总体部署，"
    "坚持稳中求进工作总基调，践行新发展理念，坚决打好“三大攻坚战”，重点发展“四大经济”、推动改革创新、"
    "补齐民生短板、争创全国文明城市，加快打造国际化的草原音乐名城、冰雪运动名城、生态旅游名城步伐，"
    "奋力开创我区决胜全面建成小康社会的新局面。",
])
def test_framing_sentences(text: str) -> None:
    assert is_framing(text)


@pytest.mark.parametrize("text", [
    # the lead-in carries the first target: a target, not framing
    "今年发展主要预期目标是：国内生产总值增长5%左右；",
    # 做好这项工作，要… names its measure (成立专项推进组), unlike 做好今年政府工作，要…
    "做好这项工作，要切实加强重点项目的调度、督查工作，成立专项推进组，专人负责，重点推进。",
    "推动外贸质升量稳。",
    "弘扬工匠精神。",
])
def test_measures_are_not_framing(text: str) -> None:
    assert not is_framing(text)


def test_framing_is_out_of_the_default_units_and_not_mentioned_when_passed(national) -> None:
    plan, review = national
    texts = {u.text for u in plan_units(hzd.digest(plan))}
    opener = next(s.text for s in plan.sentences if s.text.startswith("做好政府工作，要在以习近平同志为核心的党中央"))
    assert opener not in texts
    assert "提出上述预期目标，综合考虑了国内外形势和各方面因素，兼顾了需要和可能。" not in texts
    assert "全面实施跨境服务贸易负面清单。" in texts
    # passed explicitly: not_mentioned, no evidence (the first pass gave `progress` with the
    # review's 一年来，我们深入学习贯彻习近平新时代中国特色社会主义思想… as evidence)
    (result,) = track_units([_unit(plan, opener)], review)
    assert (result.status, result.evidence, result.score) == ("not_mentioned", None, 0)


def test_review_lead_ins_and_the_late_shortcomings_opener_are_no_evidence(fixtures: Path) -> None:
    doc = hzd.read(fixtures / "across" / "national-2019-gov-work-report.txt")
    texts = [s.text for s in review_sentences(doc)]
    assert not any(t.endswith("主要做了以下工作。") for t in texts)
    assert not any("表示诚挚感谢" in t for t in texts)
    # 2019's shortcomings paragraph opens with 思危方能居安。 and only then 在充分肯定成绩的同时:
    # the opener sentence and everything after it in the paragraph are out, the first sentence stays.
    assert "思危方能居安。" in texts
    assert not any(t.startswith("在充分肯定成绩的同时") for t in texts)
    assert not any(t.startswith("实体经济困难较多") for t in texts)
    assert "市场准入负面清单制度全面实行" in "".join(texts)


def test_related_words_share_a_concept_token() -> None:
    assert "#外贸" in tokens("推动外贸质升量稳。") & tokens("对外贸易规模创历史新高")
    assert "#外贸" in tokens("货物进出口总额超过30万亿元")
    assert "#居民收入" in tokens("居民收入增长和经济增长同步；") & tokens("居民人均可支配收入实际增长5.1%")
    # the names keep their own bigrams: 居民消费价格 still matches 居民消费价格 letter by letter
    assert {"#物价", "消费", "价格"} <= tokens("居民消费价格涨幅3%左右；")
    # formulas give nothing
    assert tokens("以习近平同志为核心的党中央") == frozenset()


@pytest.mark.parametrize(("plan_text", "status", "evidence_has"), [
    # related words: 居民收入 ↔ 居民人均可支配收入 (first pass: not_mentioned, 0.815)
    ("居民收入增长和经济增长同步；", "done", "居民人均可支配收入实际增长5.1%"),
    # done recall, read in the matched clause and the next (first pass: progress)
    ("优化房地产政策，对不同所有制房地产企业合理融资需求要一视同仁给予支持，促进房地产市场平稳健康发展。",
     "done", "下调住房贷款利率和首付比例"),
    ("预计今年高校毕业生超过1170万人，要强化促进青年就业政策举措，优化就业创业指导服务。",
     "done", "重点群体就业保持稳定"),
    ("做好2024年奥运会、残奥会备战参赛工作。", "done", "取得境外参赛最好成绩"),
    # the progress the first pass gained stays
    ("保持工业经济平稳运行。", "progress", "稳定工业经济运行"),
    ("稳妥推进一些地方的中小金融机构风险处置。", "progress", "稳妥推进地方中小金融机构改革化险"),
])
def test_second_pass_cases(national, plan_text: str, status: str, evidence_has: str) -> None:
    plan, review = national
    (result,) = track_units([_unit(plan, plan_text)], review)
    assert result.status == status
    assert evidence_has in result.evidence.text
    assert review.text[result.evidence.start:result.evidence.end] == result.evidence.text


@pytest.mark.parametrize("plan_text", [
    # 中国特色 is a framing qualifier: blanked, it no longer pulls in 中国特色大国外交开创新局面
    "完善中国特色现代企业制度，打造更多世界一流企业。",
    # 巩固拓展 is a generic policy verb (stop word), not a match for 脱贫攻坚成果持续巩固拓展
    "巩固拓展主题教育成果，大兴调查研究，落实“四下基层”制度。",
])
def test_framing_words_do_not_make_a_mention(national, plan_text: str) -> None:
    plan, review = national
    (result,) = track_units([_unit(plan, plan_text)], review)
    assert (result.status, result.evidence) == ("not_mentioned", None)


def test_the_review_summary_crediting_the_leadership_is_no_evidence(national) -> None:
    _, review = national
    texts = [s.text for s in review_sentences(review)]
    assert not any("坚强领导" in t for t in texts)
    assert any(t.startswith("过去一年，中国特色大国外交开创新局面") for t in texts)


def test_taking_new_steps_is_progress_and_outstanding_results_are_done(national, fixtures: Path) -> None:
    # 取得 alone is no completion: 区域融合发展取得新进展 reports work under way (first pass: done).
    plan, review = national
    (result,) = track_units([_unit(plan, "制定主体功能区优化实施规划，完善配套政策。")], review)
    assert result.status == "progress"
    assert "健全主体功能区制度政策" in result.evidence.text
    # …while 成果突出 reports a result. Hailar 2018 → 2019 (first pass: progress).
    plan = hzd.read(fixtures / "across" / "neimenggu-hulunbuir-hailar-district-2018-gov-work-report.txt")
    review = hzd.read(fixtures / "across" / "neimenggu-hulunbuir-hailar-district-2019-gov-work-report.txt")
    (result,) = track_units([_unit(plan, "全面启动扫黑除恶专项斗争，在全区迅速形成打击黑恶势力犯罪的压倒性态势。")], review)
    assert result.status == "done"
    assert "“扫黑除恶”专项斗争工作成果突出" in result.evidence.text


def test_tokens_fold_traditional_characters() -> None:
    # 1954 writes 農業生産 and 發展; a plan in it must meet its review in simplified characters.
    assert tokens("積極地發展農村互助合作運動") == tokens("积极地发展农村互助合作运动")
    assert "农村" in tokens("發展農村互助合作")
