"""Regressions found by reading whole digests as an editor would (QA of issue 4).

Each test names the document the problem was seen in; the text is cut from it (fixtures in
tests/fixtures/classify/qa-*.txt and tests/fixtures/structure/, or quoted verbatim inline).
"""

from __future__ import annotations

from huazhongdian.classify.lens import classify_items, load_lens, score_item
from huazhongdian.classify.mode import classify_mode_at
from huazhongdian.load import read, read_text


def _span(doc, text):
    start = doc.text.index(text)
    return start, start + len(text)


def test_thanks_in_the_middle_of_a_review_paragraph_is_not_an_achievement(fixtures):
    # 河北 2026: the thanks close a paragraph that opens "各位代表！回顾过去的五年…", so the
    # paragraph rule (opening sentence) did not see them; they came out as an achievement.
    doc = read(fixtures / "classify" / "qa-hebei-2026-review-and-thanks.txt")
    thanks = "在此，我代表省人民政府，向全省人民，向所有关心支持河北发展的同志们、朋友们，表示衷心的感谢！"
    assert classify_mode_at(doc, *_span(doc, thanks)) == "other"
    assert thanks not in {i.text for i in classify_items(doc, [], load_lens("general"))}
    # The review around it still reads as achievements.
    assert classify_mode_at(doc, *_span(doc, "过去五年，是极不寻常、极不平凡的五年。")) == "achievement"


def test_a_review_heading_with_three_years_looks_back(fixtures):
    # 1978: "一、三年来的斗争和新时期的总任务" reviews 1975–77 and sets the new task; the review
    # sentences under it were all labelled plan.
    doc = read(fixtures / "classify" / "qa-national-1978-opening.txt")
    sentence = "这个伟大胜利，标志着我国第一次无产阶级文化大革命胜利结束，我国社会主义革命和社会主义建设进入了新的发展时期。"
    assert classify_mode_at(doc, *_span(doc, sentence)) == "achievement"


def test_the_outline_of_parts_is_not_a_list_of_items(fixtures):
    # 1978: "报告分六个部分：一、…；二、…；三、加快社会主义经济建设；…" split at ； gave bullets
    # that are only the report's headings.
    doc = read(fixtures / "classify" / "qa-national-1978-opening.txt")
    texts = [i.text for i in classify_items(doc, [], load_lens("general"))]
    assert texts, "the 1978 opening has items"
    assert not [t for t in texts if t.startswith(("三、加快社会主义经济建设", "五、加强政权建设"))]


def test_plan_outline_reviews_its_last_five_years(fixtures):
    # The 十五五 outline's "第一节 “十四五”时期我国发展取得重大成就" looks back; everything in the
    # outline was labelled plan because its 篇/章/节 headings were invisible to the mode layout.
    doc = read(fixtures / "structure" / "plan-15th-outline-head.txt")
    looked_back = "“十四五”规划主要目标任务胜利完成，我国经济实力、科技实力、国防实力、综合国力跃上新台阶，中国式现代化迈出新的坚实步伐，第二个百年奋斗目标新征程实现良好开局。"
    assert classify_mode_at(doc, *_span(doc, looked_back)) == "achievement"
    goal = "全要素生产率稳步提升，科技进步和制度创新对经济增长的贡献持续加大。"
    assert classify_mode_at(doc, *_span(doc, goal)) == "plan"


def test_science_as_a_manner_word_is_not_science():
    # 福建 2026 (and 安徽): "科学有序推进农业转移人口市民化" was a 成果转化 bullet of the science lens.
    doc = read_text("三、2026年重点工作\n科学有序推进农业转移人口市民化，推动城镇基本公共服务覆盖全部常住人口。\n")
    start, end = _span(doc, "科学有序推进农业转移人口市民化，推动城镇基本公共服务覆盖全部常住人口。")
    assert score_item(doc, start, end, "plan", load_lens("science"))[2] is False


def test_technology_contracts_are_science():
    # 2025 national: "技术合同成交额增长11.2%。" was dropped by the science lens.
    doc = read_text("一、2024年工作回顾\n创新能力有新提升。技术合同成交额增长11.2%。\n")
    start, end = _span(doc, "技术合同成交额增长11.2%。")
    theme, _, kept = score_item(doc, start, end, "achievement", load_lens("science"))
    assert (theme, kept) == ("实力跃升", True)


def test_verse_lines_of_an_article_are_not_bullets(seed_path):
    # The seed article's closing verse ("2024年的光明区 / 凭借在创新领域的全面突破 / 已然在科技发展的
    # 赛道上 / …") gave the fragment "已然在科技发展的赛道上" as an 实力跃升 bullet.
    doc = read(seed_path)
    texts = {i.text for i in classify_items(doc, [], load_lens("science"))}
    assert "已然在科技发展的赛道上" not in texts
    assert "光明科学城在科技创新的航道上" not in texts
    assert "科技“燃”年,创新能级显著跃升" not in texts
    # Bulleted lines without a full stop are still items.
    assert "合成生物、脑科学产业集群总估值突破430亿元" in texts


def test_a_licence_footer_is_not_an_item():
    # congress-15…18 end with a "Public domain" line, which came out as a plan bullet.
    doc = read_text("二、今后五年的主要任务\n全面建设小康社会。\nPublic domain\n")
    assert [i.text for i in classify_items(doc, [], load_lens("general"))] == ["全面建设小康社会。"]


def test_looking_back_with_digits_and_since_the_congress(fixtures):
    # 2018 rural revitalisation opinions: "党的十八大以来…取得了历史性成就" and "5年来，粮食生产能力
    # 跨上新台阶…" came out as plans (only 五年来 in characters was a cue).
    doc = read(fixtures / "classify" / "qa-rural-2018-significance.txt")
    for opening in ("党的十八大以来，在以习近平同志为核心的党中央坚强领导下", "5年来，粮食生产能力跨上新台阶"):
        sent = next(s for s in doc.sentences if s.text.startswith(opening))
        assert classify_mode_at(doc, sent.start, sent.end) == "achievement", opening


def test_a_plan_chapter_opening_with_a_look_back_is_an_achievement(fixtures):
    # 2004 national: "三、加强政府自身建设" (a plan chapter) opens "一年来，我们按照执政为民的要求…"
    # which reports what was done; it was labelled plan.
    doc = read(fixtures / "classify" / "qa-national-2004-government.txt")
    sent = next(s for s in doc.sentences if s.text.startswith("一年来，我们按照执政为民的要求"))
    assert classify_mode_at(doc, sent.start, sent.end) == "achievement"


def test_the_glossary_after_a_report_is_not_a_plan(fixtures):
    # 广东 2026 ends with 名词解释 ("指建好、管好、护好、运营好农村公路。", "指百校联百县助力…");
    # the definitions came out as 2026 plans (海南 注释 and 四川 名词解释 too).
    doc = read(fixtures / "classify" / "qa-guangdong-2026-glossary.txt")
    items = classify_items(doc, [], load_lens("general"))
    assert not [i.text for i in items if i.text.startswith("指")]
    sent = next(s for s in doc.sentences if s.text.startswith("指建好、管好、护好、运营好农村公路"))
    assert classify_mode_at(doc, sent.start, sent.end) == "other"
    # The plans above the glossary are still plans.
    assert any(i.mode == "plan" and i.text.startswith("实施育儿补贴制度") for i in items)


def test_pediatrics_is_not_science(fixtures):
    # 广东 2026: "推动普通高校开设儿科学本科专业…培养儿科医生" was a 人才聚能 bullet of the science lens.
    doc = read(fixtures / "classify" / "qa-guangdong-2026-glossary.txt")
    sent = next(s for s in doc.sentences if s.text.startswith("推动普通高校开设儿科学本科专业"))
    assert score_item(doc, sent.start, sent.end, "plan", load_lens("science"))[2] is False


def test_continuing_last_years_policy_is_a_plan(fixtures):
    # 2020 national: "继续执行去年出台的下调增值税税率和企业养老保险费率政策，新增减税降费约5000亿元。"
    # is this year's tax cut; 去年 + 新增 made it an achievement in the plan part.
    doc = read(fixtures / "classify" / "qa-national-2020-tax.txt")
    sent = next(s for s in doc.sentences if s.text.startswith("继续执行去年出台的下调增值税税率"))
    assert classify_mode_at(doc, sent.start, sent.end) == "plan"
