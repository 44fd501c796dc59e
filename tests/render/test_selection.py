"""Fact-sized bullets, news value, lede and cards on an excerpt of the 2026 national report
(tests/fixtures/render/national-2026-excerpt.txt: its review opening and its 总体要求 and targets)."""

from __future__ import annotations

from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.render import render_digest
from huazhongdian.render.cards import split_figure
from huazhongdian.render.selection import cue_kind, is_never, select_facts
from huazhongdian.render.view import build_view


@pytest.fixture(scope="module")
def d(fixtures):
    return hzd.digest(hzd.read(fixtures / "render" / "national-2026-excerpt.txt"), lens="general")


def _bullets(d):
    text = d.document.text
    return [text[f.start:f.end] for f in select_facts(d)]


def test_a_bullet_is_the_fact_with_its_subject(d):
    bullets = _bullets(d)
    # The continuation clause stays with its subject; the framing clause before it goes.
    assert "国内生产总值增长5%，总量达到140.19万亿元" in bullets
    assert "城镇新增就业1267万人" in bullets and "城镇调查失业率平均为5.2%" in bullets
    # "惠及1400万儿童" has no subject of its own: it takes the clause before.
    assert "实施学前一年免费教育政策、惠及1400万儿童" in bullets


def test_a_sentence_of_several_facts_is_several_bullets(d):
    bullets = _bullets(d)
    for fact in ("天问二号开启“追星”之旅", "首艘国产电磁弹射型航母福建舰正式入列"):
        assert fact in bullets


def test_framing_and_leads_are_never_bullets(d):
    bullets = _bullets(d)
    assert not any(b.startswith(("一年来", "2025年是很不平凡的一年", "做好政府工作", "今年是")) for b in bullets)
    assert not any("坚强领导下" in b for b in bullets)
    assert is_never("一年来，我国经济顶压前行") and cue_kind("六是加快美丽中国建设") == "heading"
    assert cue_kind("存在的困难和问题") == "problem" and cue_kind("城镇新增就业1267万人") == ""


def test_headline_facts_lead_their_theme(d):
    view = build_view(d)
    review = next(g for g in view.groups if g.mode == "achievement")
    economy = next(t for t in review.themes if t.theme == "经济运行")
    assert economy.top[0].text == "国内生产总值增长5%，总量达到140.19万亿元"
    plan = next(g for g in view.groups if g.mode == "plan")
    firsts = [t.top[0].text for t in plan.themes]
    assert "经济增长4.5%—5%" in firsts


def test_the_lede_is_the_core_of_the_general_requirements(d):
    view = build_view(d)
    assert view.lede[0].text.endswith("实现“十五五”良好开局")
    assert len(view.lede[0].text) <= 80


def test_cards_lead_with_targets_then_last_years_results(d):
    cards = build_view(d).cards
    assert [(c.number + c.unit, c.label, c.tag) for c in cards[:2]] == [
        # the target in the report's own words: "经济增长4.5%—5%"
        ("4.5%—5%", "经济增长", "2026年目标"), ("2%左右", "居民消费价格涨幅", "2026年目标")]
    results = [(c.prefix + c.number + c.unit, c.label) for c in cards if c.tag == "2025年"]
    assert ("5%", "国内生产总值增长") in results


def test_figures_keep_the_reports_words():
    assert split_figure("超过1600万辆") == ("超过", "1600", "万辆")
    assert split_figure("翻一番") == ("", "翻一番", "")
    assert split_figure("10.4亿人") == ("", "10.4", "亿人")
    assert split_figure("第9名") == ("第", "9", "名")
    assert split_figure("从五十四万亿元增长到一百一十四万亿元") == ("", "一百一十四万亿元", "")
    assert split_figure("2010年的162.4亿元增加到2015年的287.9亿元") == ("", "287.9", "亿元")


FRAMED = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "framed-results"


def _view_bullets(name: str) -> list[str]:
    from huazhongdian.render.json import digest_to_dict

    return [b["text"] for b in digest_to_dict(hzd.digest(hzd.read(FRAMED / name)))["view"]["bullets"]]


def test_results_paragraph_opening_with_difficulties_keeps_its_figures() -> None:
    # Inner Mongolia 2026: "刚刚过去的2025年，面对……等困难挑战，我们坚决落实……" opens the results
    # paragraph; the difficulties are overcome, not stated, so the paragraph is achievements.
    bullets = _view_bullets("neimenggu-2026-review.txt")
    assert "地区生产总值增长4.7%、低于全国0.3个百分点" in bullets
    assert "规上工业增加值增长6.7%、高于全国0.8个百分点" in bullets
    # Neither the framing opener nor the run-in heading 一是保持经济平稳运行。 is a bullet.
    assert not any("刚刚过去" in b or "统筹做好" in b or b == "保持经济平稳运行" for b in bullets)


def test_a_framing_sentence_with_figures_loses_only_its_framing() -> None:
    # Liaoning 2026: one 261-character sentence, "一年来，全省上下牢记嘱托……在省委领导下……地区生产总值
    # 增长3.7%……", carries the year's headline results.
    bullets = _view_bullets("liaoning-2026-review.txt")
    assert {"地区生产总值增长3.7%", "一般公共预算收入增长0.4%", "城镇新增就业48万人"} <= set(bullets)
    assert not any("一年来" in b or "牢记嘱托" in b for b in bullets)


# --- a term-end report: the year and the five years (Sichuan 2026 excerpt) --------------------

@pytest.fixture(scope="module")
def term(fixtures):
    return hzd.digest(hzd.read(fixtures / "render" / "term-end" / "sichuan-2026-excerpt.txt"), lens="general")


def test_the_five_year_review_is_its_own_group_after_the_year(term):
    view = build_view(term)
    titles = [g.title for g in view.groups]
    assert titles == ["2025年工作回顾", "“十四五”时期成就回顾", "2026年工作安排"]
    year, five = view.groups[0], view.groups[1]
    year_text = [b.text for t in year.themes for b in t.bullets]
    five_text = [b.text for t in five.themes for b in t.bullets]
    assert "实现地区生产总值67665亿元，增长5.5%" in year_text
    assert any("超过6万亿元" in b for b in five_text) and not any("超过6万亿元" in b for b in year_text)
    assert (year.key, five.key) == ("achievement", "term") and five.mode == "achievement"
    # The JSON view keeps the bullet's mode; the Markdown shows both headings.
    md = render_digest(term, "md")
    assert md.index("## 2025年工作回顾") < md.index("## “十四五”时期成就回顾") < md.index("## 2026年工作安排")


def test_a_clause_that_only_says_all_of_them_stays_with_its_subject(term):
    bullets = _bullets(term)
    assert "国家高新技术企业达到1.9万家、科技型中小企业达到2.9万家，均实现倍增" in bullets
    assert "均实现倍增" not in bullets


def test_big_amounts_for_the_report_rank_above_small_counts(term):
    # (举办国际赛事50余场 is sport now, under 文化: compare the scores the themes rank by.)
    score = {b.text: b.score for g in build_view(term).groups for t in g.themes for b in t.bullets}
    assert score["810个省重点项目完成投资10428.6亿元"] > score["举办国际赛事50余场"]


def test_an_aside_keeps_the_fact_open():
    d = hzd.digest(hzd.read_text("一、2018年工作回顾\n全年地区生产总值完成192.3亿元，按可比价计算，同比增长6.0%。"
                                 "社会消费品零售总额完成174.2亿元，同比增长6.2%。\n"), lens="general")
    assert "全年地区生产总值完成192.3亿元，按可比价计算，同比增长6.0%" in _bullets(d)


def test_cards_name_the_regional_product_and_streaks_say_what_was_kept_up(term, fixtures):
    cards = build_view(term).cards
    # GDP's growth is its card, not the level beside it ("实现地区生产总值67665亿元，增长5.5%": an editor's read)
    assert any(c.label == "地区生产总值增长" and c.number == "5.5" and c.tag == "2025年" for c in cards)
    seed = hzd.digest(hzd.read(fixtures / "classify" / "seed.txt"), lens="science")
    streak = next(c for c in build_view(seed).cards if c.number == "6")
    assert (streak.prefix, streak.unit, streak.label) == ("连续", "年", "全社会研发投入强度高于全市平均水平")


def test_the_science_lens_keeps_the_science_clause_of_a_mixed_sentence():
    text = ("一、2025年工作回顾\n汽车产业加快发展，构建开放型汽车生态实验室体系，20多项全球首发技术装车应用，"
            "整车出口突破百万辆、稳居全国第1位。\n")
    d = hzd.digest(hzd.read_text(text), lens="science")
    bullets = _bullets(d)
    assert "20多项全球首发技术装车应用" in bullets
    assert not any("整车出口" in b for b in bullets)


def test_a_results_paragraph_under_difficult_circumstances_is_results() -> None:
    # Hailar 2018: "2017年，在……困难挑战增多的形势下，我们……悉心破解资金短缺难题，全力以赴整治环境突出问题，……"
    # names difficulties only to say they were met; its figures are the year's results.
    bullets = _view_bullets("hailar-2018-review.txt")
    assert "社会消费品零售总额完成159.5亿元，同比增长6.9%" in bullets
    assert not any("形势下" in b for b in bullets)


def test_topic_sentences_and_study_framing_are_not_review_bullets() -> None:
    # Hailar 2018, real sentences: a topic sentence with no fact, and political framing.
    text = ("一、2017年工作回顾\n现代服务业不断壮大。全年实施重点项目47个，完成投资46.9亿元。"
            "认真学习宣传贯彻党的十九大精神，常态化开展“两学一做”学习教育，狠抓政风建设，政府的公信力和执行力不断提升。\n")
    bullets = _bullets(hzd.digest(hzd.read_text(text), lens="general"))
    assert "全年实施重点项目47个，完成投资46.9亿元" in bullets
    assert not any("不断壮大" in b or "学习宣传贯彻" in b for b in bullets)


@pytest.fixture(scope="module")
def zhejiang(fixtures):
    return hzd.digest(hzd.read(fixtures / "render" / "term-end" / "zhejiang-2026-excerpt.txt"), lens="general")


def _group_texts(view, title: str) -> list[str]:
    group = next(g for g in view.groups if g.title == title)
    return [b.text for t in group.themes for b in t.bullets]


def test_a_year_is_not_five_years_and_dash_paragraphs_continue_the_five_year_review(zhejiang):
    view = build_view(zhejiang)
    year, five = _group_texts(view, "2025年工作回顾"), _group_texts(view, "“十四五”时期成就回顾")
    # "2025年是极不平凡的一年" has "5年" in it, but it is the year's summary.
    assert "全省生产总值增长5.5%" in year
    # "——发展质效不断提高，……" and "——创新动能显著增强，……" follow "五年来，……"; "各位代表！……标志着
    # “十四五”胜利收官。" opens the five-year review.
    assert any("年均增长5.9%" in b for b in five) and any("从2.77%提高到3.3%左右" in b for b in five)
    assert not any("十四五" in b or "亚运会" in b for b in year)


def test_a_headline_clause_takes_the_theme_that_names_its_metric(zhejiang):
    import dataclasses

    # In the whole report the summary sentence is 民生 (its incomes and 民生实事); its GDP clause is 经济运行.
    items = tuple(dataclasses.replace(i, theme="民生") if "全省生产总值增长5.5%" in i.text else i for i in zhejiang.items)
    view = build_view(dataclasses.replace(zhejiang, items=items))
    themes = {b.text: t.theme for g in view.groups for t in g.themes for b in t.bullets}
    assert themes["全省生产总值增长5.5%"] == "经济运行"
    assert themes["城镇和农村居民人均可支配收入分别增长4.3%、5.5%"] == "民生"


def test_the_sub_sections_of_a_five_year_review_stay_in_it():
    # Guizhou 2026's shape: the part's heading names both periods; the year first, then a lead
    # paragraph on the five years and its own （一）…（二）… sub-sections.
    text = ("一、2025年和“十四五”时期工作回顾\n全年地区生产总值增长4.9%，一般公共预算收入增长2.5%。\n"
            "“十四五”时期，我们团结奋斗，全省经济社会发展取得新的重大成就。\n"
            "（一）全面转向高质量发展新阶段。\n全省地区生产总值突破2万亿元、达到23562亿元。\n"
            "（二）坚定不移大抓产业主攻工业。\n工业投资占固定资产投资比重从17.9%提升到35.5%。\n"
            "二、2026年工作安排\n地区生产总值增长5%左右。\n")
    view = build_view(hzd.digest(hzd.read_text(text), lens="general"))
    year, five = _group_texts(view, "2025年工作回顾"), _group_texts(view, "“十四五”时期成就回顾")
    assert "全年地区生产总值增长4.9%" in year
    assert any("23562亿元" in b for b in five) and any("35.5%" in b for b in five)
    assert not any("23562亿元" in b or "35.5%" in b for b in year)


def test_the_year_after_the_five_years_is_the_year_again():
    # Hubei 2026's order: the five years first (a lead paragraph and its —— list), then
    # "刚刚过去的2025年，是“十四五”收官之年。一年来，……" — which names the period but reviews the year.
    text = ("一、“十四五”时期和2025年工作回顾\n“十四五”时期是湖北发展史上极不寻常、极不平凡的五年。\n"
            "——经济实力实现整体跃升。地区生产总值迈上6万亿元台阶，达到62661亿元。\n"
            "刚刚过去的2025年，是“十四五”收官之年。一年来，省十四届人大三次会议确定的主要目标顺利实现。\n"
            "经济运行稳中有进。地区生产总值增长5.5%、居经济大省和中部地区前列。全省各类贷款余额达到9.38万亿元，居中部第1位。\n"
            "二、2026年工作安排\n地区生产总值增长5%左右。\n")
    view = build_view(hzd.digest(hzd.read_text(text), lens="general"))
    year, five = _group_texts(view, "2025年工作回顾"), _group_texts(view, "“十四五”时期成就回顾")
    assert any("62661亿元" in b for b in five)
    assert any("增长5.5%" in b for b in year) and not any("增长5.5%" in b for b in five)
    # 居中部第1位 has no subject of its own: it stays with the loans.
    assert "全省各类贷款余额达到9.38万亿元，居中部第1位" in year


def test_a_card_keeps_the_reports_word_before_its_figure(term):
    # Sichuan 2026: "人均地区生产总值突破1万美元" — the card reads 突破 1 万美元, as the report does.
    cards = build_view(term, cards=24).cards
    assert ("突破", "1", "万美元", "人均地区生产总值") in [(c.prefix, c.number, c.unit, c.label) for c in cards]
    # …and, standing in the five-year review, its period is the plan period, not 2025.
    assert next(c.tag for c in cards if c.unit == "万美元") == "“十四五”时期"


def test_a_bullet_under_its_group_cites_its_paragraph_without_repeating_the_part(term):
    md = render_digest(term, "md")
    assert "- 实现地区生产总值**67665亿元**，**增长5.5%**（第8段）" in md
    assert "（一、2025年工作回顾和“十四五”发展主要成绩，第8段）" not in md


def test_a_review_bullet_without_a_fact_is_folded_not_shown():
    text = ("一、2025年工作回顾\n全省地区生产总值增长5.5%。深入开展网络生态治理，着力营造风清气正的网络空间。\n"
            "二、2026年工作安排\n地区生产总值增长5%左右。\n")
    d = hzd.digest(hzd.read_text(text), lens="general")
    view = build_view(d)
    year = next(g for g in view.groups if g.mode == "achievement")
    shown = [b.text for t in year.themes for b in t.top]
    folded = [b.text for t in year.themes for b in t.more]
    assert "全省地区生产总值增长5.5%" in shown
    assert not any("网络生态" in b for b in shown) and any("网络生态" in b for b in folded)
    md = render_digest(d, "md")
    assert "条未列出（没有数字、首次、排名或具名项目）" in md and "只列前 0 条" not in md


def test_under_the_general_lens_a_clause_with_none_of_its_sentence_theme_moves(zhejiang):
    import dataclasses

    items = tuple(dataclasses.replace(i, theme="三农") if "养老服务机构" in i.text else i for i in zhejiang.items)
    view = build_view(dataclasses.replace(zhejiang, items=items))
    themes = {b.text: t.theme for g in view.groups for t in g.themes for b in t.bullets}
    assert themes["建成养老服务机构1596个、床位23.1万张"] == "民生"


def test_a_growth_card_of_an_added_value_says_growth():
    # Jiangxi 2026: "规模以上工业增加值增长7.5%" — 增加值 is a level, so the card must say 增长.
    text = "一、2025年工作回顾\n地区生产总值增长5.2%，规模以上工业增加值增长7.5%，固定资产投资增长1.6%。\n"
    cards = build_view(hzd.digest(hzd.read_text(text), lens="general")).cards
    assert ("7.5", "规模以上工业增加值增长") in [(c.number, c.label) for c in cards]


def test_a_bare_metric_clause_stays_with_the_clause_that_names_its_subject():
    # Gansu 2026: "增速居全国第3位" and "增速连续11个季度居全国前10位" have no subject of their own.
    d = hzd.digest(hzd.read_text("一、2025年工作回顾\n地区生产总值增长5.8%，增速居全国第2位；规模以上工业增加值增长9.5%，"
                                 "增速居全国第3位。全体居民人均可支配收入年均增长6.8%，增速连续11个季度居全国前10位，"
                                 "城乡居民收入比值由3.27缩小至2.93。\n"), lens="general")
    bullets = _bullets(d)
    assert "地区生产总值增长5.8%，增速居全国第2位" in bullets
    assert "规模以上工业增加值增长9.5%，增速居全国第3位" in bullets
    assert "全体居民人均可支配收入年均增长6.8%，增速连续11个季度居全国前10位" in bullets
    assert not any(b.startswith("增速") for b in bullets)


def test_a_landmark_in_words_is_a_fact_and_a_date_keeps_its_goal():
    # The 19th congress report: facts without a figure, and a date clause that says only when.
    text = ("一、过去五年的工作和历史性变革\n巡视利剑作用彰显，实现中央和省级党委巡视全覆盖。"
            "反腐败斗争压倒性态势已经形成并巩固发展。\n二、新时代的目标\n"
            "同国家现代化进程相一致，力争到本世纪中叶，把人民军队全面建成世界一流军队。\n")
    d = hzd.digest(hzd.read_text(text), lens="general")
    facts = {d.document.text[f.start:f.end]: f for f in select_facts(d)}
    assert facts["巡视利剑作用彰显，实现中央和省级党委巡视全覆盖"].factual
    assert facts["反腐败斗争压倒性态势已经形成并巩固发展"].factual
    assert "力争到本世纪中叶，把人民军队全面建成世界一流军队" in facts
    assert "力争到本世纪中叶" not in facts
    d = hzd.digest(hzd.read_text("二、新时代的方略\n以上十四条，构成新时代坚持和发展中国特色社会主义的基本方略。\n"), lens="general")
    assert [d.document.text[f.start:f.end] for f in select_facts(d)] == ["以上十四条，构成新时代坚持和发展中国特色社会主义的基本方略"]


def test_the_closing_address_and_statements_of_principle_do_not_lead():
    text = ("二、2026年工作安排\n必须坚持科技是第一生产力、人才是第一资源、创新是第一动力。"
            "建设国家实验室3个，新增高新技术企业500家。扎实做好科技成果转化工作。"
            "我代表省人民政府，向大会报告工作，请予审议。\n")
    d = hzd.digest(hzd.read_text(text), lens="general")
    text = d.document.text
    ranked = sorted(select_facts(d), key=lambda f: -f.score)
    shown = [text[f.start:f.end] for f in ranked]
    assert not any("我代表" in b for b in shown)
    # (a figure leads: 新增高新技术企业500家 is a sector figure, data [sectors], and outranks the count before it)
    assert shown[0] == "新增高新技术企业500家" and "建设国家实验室3个" in shown[1]
    principle = next(f for f in ranked if "第一生产力" in text[f.start:f.end])
    assert not principle.factual and principle.score < ranked[0].score


def test_a_review_figure_that_names_its_year_is_that_years_card():
    # Hailar 2016's “十二五” review: the level reached in 2015 is 2015's, the average the period's.
    text = ("一、“十二五”时期工作回顾\n五年来，地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元，年均增长12.1%。"
            "2015年城镇常住居民人均可支配收入完成30788元，比2010年增加13480元。\n")
    cards = {(c.prefix + c.number + c.unit, c.label): c.tag
             for c in build_view(hzd.digest(hzd.read_text(text), lens="general")).cards}
    assert cards[("287.9亿元", "地区生产总值")] == "2015年"
    assert cards[("30788元", "城镇常住居民人均可支配收入")] == "2015年"
    assert cards[("12.1%", "地区生产总值年均增长")] == "“十二五”时期"  # a 年均 figure says so


def test_a_comparison_clause_keeps_its_subject_and_a_five_year_goal_leads_the_plan():
    # Gansu 2026: "较“十三五”末的…" has no subject of its own, however far its figure.
    text = ("一、2025年工作回顾\n全省地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%。\n"
            "二、“十五五”时期的主要目标任务\n建设新能源基地10个。全省地区生产总值年均增长5%以上。\n")
    d = hzd.digest(hzd.read_text(text), lens="general")
    facts = {d.document.text[f.start:f.end]: f for f in select_facts(d)}
    assert "全省地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%" in facts
    assert facts["全省地区生产总值年均增长5%以上"].score > facts["建设新能源基地10个"].score
