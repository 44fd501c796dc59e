"""What an editor found reading a provincial 2026 digest, on a hand-written fixture (issue #12):
GDP leads its theme, no bullet loses its subject, source notes have one pair of brackets, the
distinctive words hold no fragments, the poster steps down instead of cutting, and the digest
eval matches figures as whole numbers."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.extract.keywords import is_fragment
from huazhongdian.load import read_text
from huazhongdian.render.markdown import render_markdown
from huazhongdian.render.poster import _pick
from huazhongdian.render.view import ThemeGroup, build_view

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "editor" / "province.txt"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def digest():
    return hzd.digest(read_text(FIXTURE.read_text("utf-8"), source="province.txt"))


def _theme(digest, mode: str, theme: str) -> ThemeGroup:
    view = build_view(digest)
    return next(t for g in view.groups if g.mode == mode and not g.term for t in g.themes if t.theme == theme)


def test_gdp_leads_its_theme_over_a_bullet_with_more_figures(digest):
    # The investment sentence stands first and carries four figures; GDP still leads 经济运行.
    top = _theme(digest, "achievement", "经济运行").bullets
    assert top[0].text == "全省地区生产总值增长5.1%"
    assert "分别增长52.3%" in " ".join(b.text for b in top[1:])


def test_a_subjectless_predicate_stays_with_its_subject(digest):
    texts = [b.text for g in build_view(digest).groups for t in g.themes for b in t.bullets]
    assert not any(t.startswith("首次实现") for t in texts)
    assert any(t.startswith("全省进出口总额") and t.endswith("首次实现“双过五千”") for t in texts)
    doc = digest.document
    for g in build_view(digest).groups:
        for t in g.themes:
            for b in t.bullets:
                assert doc.text[b.start:b.end] == b.text


def test_source_notes_hold_one_pair_of_brackets(digest):
    md = render_markdown(digest)
    assert "（经济运行稳中向好，第4段）" in md
    assert "（（" not in md


@pytest.mark.parametrize("word, text", [
    ("万辆", "新能源汽车产量150万辆，出口30万辆。"),          # a number's unit
    ("化硅", "建设碳化硅衬底基地，碳化硅器件量产。"),          # always after the same character
    ("董家", "董家口港扩建，董家口港区吞吐量提升。"),          # always before the same character
])
def test_fragments_are_not_keywords(word, text):
    assert is_fragment(word, text)


def test_a_word_with_varied_neighbours_is_kept():
    assert not is_fragment("航线", "新开国际航线6条，加密国内航线，航线网络更密。")
    assert not is_fragment("外贸企业", "外贸企业达到8031家。")   # once, not after a number


def test_the_poster_skips_a_bullet_that_would_be_cut(digest):
    theme = _theme(digest, "achievement", "经济运行")
    long_first = theme.bullets[0]
    picked = _pick(theme, 2, fits=lambda b: b is not long_first)
    assert long_first not in picked and len(picked) == 2
    # …but a theme none of whose bullets fits still shows its first one (cut).
    assert _pick(theme, 2, fits=lambda b: False) == [long_first]


def test_the_poster_steps_down_before_cutting_lines(digest, monkeypatch):
    from dataclasses import replace

    from huazhongdian.render import poster

    full = poster.layout_poster(digest).height
    # Too little room for every bullet: fewer bullets and themes, never a bullet cut to one line.
    monkeypatch.setattr(poster, "SPACE", replace(poster.SPACE, poster_max_height=full - 1))
    lay = poster.layout_poster(digest)
    assert lay.height < full
    assert not any(getattr(op, "text", "").endswith(poster.ELLIPSIS) for op in lay.ops)


def _eval_digest():
    spec = importlib.util.spec_from_file_location("eval_digest", ROOT / "bench" / "eval_digest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_eval_matches_figures_as_whole_numbers():
    ev = _eval_digest()
    assert not ev.has_figure("4.9%", "14.9%")
    assert not ev.has_figure("4.9%", "增长4.95%")
    assert ev.has_figure("4.9%", "增长4.9%，")
    assert ev.has_figure("1200万人", "超过1200万人")
    fact = {"figure": "4.9%", "subject": "城镇居民收入", "period": "2025", "mode": "achievement"}
    assert ev.card_ok(fact, {"number": "14.9%", "label": "城镇居民收入", "period": "2025年"}) == (False, False)
    assert ev.card_ok(fact, {"number": "4.9%", "label": "城镇居民收入", "period": "2025年"})[0]


def test_the_poster_shares_its_bullets_by_news_value(digest):
    from huazhongdian.render.poster import Limits, _share

    view = build_view(digest)
    review = next(g for g in view.groups if g.mode == "achievement" and not g.term)
    themes = [t for t in review.themes if t.top]
    shared = _share(themes, Limits(bullets=2, themes=2), False, lambda b: True)
    # Two themes × two bullets: 经济运行's headline figures take the room 改革开放's second bullet leaves.
    counts = {t.theme: len(bs) for t, bs in shared}
    assert sum(counts.values()) == 2 * len(themes)
    assert counts["经济运行"] > counts["改革开放"] >= 1


CARDS_FIXTURE = FIXTURE.parent.parent / "cards" / "province-term-end.txt"


@pytest.fixture(scope="module")
def term_end():
    return hzd.digest(read_text(CARDS_FIXTURE.read_text("utf-8"), source="province-term-end.txt"))


def test_last_years_results_come_before_the_five_year_reviews(term_end):
    cards = build_view(term_end).cards
    tags = [c.tag for c in cards]
    assert tags[:3] == ["2026年目标"] * 3
    # The five-year review stands first in the text; the year's GDP growth still takes the next card.
    assert (cards[3].number, cards[3].tag) == ("5.5", "2025年")
    assert all(t == "2025年" for t in tags[3:])


def test_a_card_label_has_no_verb_tail_and_no_half_comparison(term_end):
    labels = {c.label for c in build_view(term_end, cards=12).cards}
    assert not any(label.endswith(("迈上", "继续保持", "稳定在", "增至")) for label in labels)
    assert not any(label.endswith("高于") for label in labels)
    # A label of one character is no name.
    assert all(len(label) >= 2 for label in labels)


@pytest.mark.parametrize("text, lead", [
    ("全年GDP增长4%", True),                  # GDP as the reports also write it leads its theme
    ("人均GDP从5.2万元提高到7.4万元", False),   # per head: no headline GDP
    ("单位GDP能耗下降3%", False),              # an intensity: no headline GDP
])
def test_gdp_in_latin_letters_is_the_lead_headline(text, lead):
    from huazhongdian.render.news_value import patterns
    assert bool(patterns().lead.search(text)) is lead


def test_hospitals_and_the_elderly_are_livelihood_not_the_default_theme():
    from huazhongdian.classify.lens import load_lens, score_theme
    lens = load_lens("general")
    for text in ("三级公立医院绩效监测居全国第11位。", "为87万名80岁以上老年人发放高龄津贴。"):
        assert score_theme(lens, "achievement", text)[0] == "民生"


@pytest.mark.parametrize("sentence, bullet", [
    ("全年GDP增长4%，快于2024年1.8个百分点，投资增速快于全国3.4个百分点。", "全年GDP增长4%，快于2024年1.8个百分点"),
    ("进一步规范和提升12345热线服务，满意率95.4%。", "进一步规范和提升12345热线服务，满意率95.4%"),
])
def test_a_comparison_or_a_rate_in_words_keeps_the_clause_with_its_subject(sentence, bullet):
    text = "一、2025年工作回顾\n过去一年，我们主要做了以下工作。\n" + sentence + "\n"
    digest = hzd.digest(read_text(text, source="s.txt"))
    texts = [b.text for g in build_view(digest).groups for t in g.themes for b in t.bullets]
    assert bullet in texts
    assert not any(t.startswith(("快于", "满意率")) for t in texts)


@pytest.mark.parametrize("text, theme", [
    ("13个重点园区2025年营业收入突破2.5万亿元。", "产业"),        # a business's turnover, not incomes
    ("落地首单保税维修业务，首艘享受“零关税”光船租赁进口政策船舶。", "改革开放"),
])
def test_turnover_is_industry_and_bonded_trade_is_opening_up(text, theme):
    from huazhongdian.classify.lens import load_lens, score_theme
    assert score_theme(load_lens("general"), "achievement", text)[0] == theme
