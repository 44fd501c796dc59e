"""A pre-1978 congress's goals and decisions rank above its quotations, polemic lines and bare ordinals
(render.congress.older_rank, data news_value.toml [older_congress_rank], read by render.news_value.cues); its
industry and agriculture models (大庆, 大寨, 机械化) are themed 经济运行 (render.congress.older_theme)."""

from huazhongdian.render.congress import older_rank, older_theme
from huazhongdian.render.news_value import cues


def test_goals_and_decisions_rank_above_quotations():
    k = cues()
    goals = ["把全国三分之一的企业建成大庆式企业", "农业要基本实现机械化", "中央决定，在适当的时候召开全国科学大会",
             "毛主席一九七四年提出的关于三个世界划分的理论具有重大而深远的意义"]
    narrative = ["第一条", "列宁说过：“要战胜更强大的敌人", "他们拚命喊“裁军”", "“打破‘金要足赤’、‘人要完人’的形而上学错误思想。”"]
    assert all(older_rank(g, k) > 0 for g in goals)
    assert all(older_rank(n, k) < 0 for n in narrative)
    assert min(older_rank(g, k) for g in goals) > max(older_rank(n, k) for n in narrative)


def test_slogan_and_plain_lines_are_left_alone():
    k = cues()
    assert older_rank("把国民经济搞上去，就是要认真贯彻执行鼓足干劲，力争上游", k) == 0.0
    assert older_rank("坚持党的基本路线", k) == 0.0


def test_models_land_in_the_economy_theme():
    k = cues()
    economy = older_theme("生产", "x", k)
    assert economy != k.older_default_theme
    for t in ("把全国三分之一的企业建成大庆式企业", "三分之一的县建成大寨县", "农业要基本实现机械化"):
        assert older_theme(t, "x", k) == economy
