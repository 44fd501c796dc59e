"""Framing cues of wt-framing7 (issue 12): slogans, praise, context lines are no bullets; facts stay."""

from huazhongdian.render import news_value as nv


def test_slogans_and_work_style_lines_are_political():
    p = nv.patterns()
    for t in ["防范化解重大风险", "繁荣文化体育事业", "提高安全生产和自然灾害防治能力", "进一步提升廉政建设效能",
              "在更高起点上推动长江经济带高质量发展", "严厉打击非法金融活动，有效防范金融风险"]:
        assert p.political.search(t), t


def test_measures_with_their_own_object_are_not_political():
    p = nv.patterns()
    for t in ["进一步发挥“保交房”的白名单制度作用，防范债务违约风险", "加强国防动员和后备力量建设，突出抓好数智动员",
              "抓好中央生态环保督察、长江经济带警示片反馈问题整改"]:
        assert not p.political.search(t), t


def test_praise_and_context_are_never_bullets():
    assert nv.is_never("无愧于人民公仆称号")
    assert nv.is_never("我国有2.9亿在校学生")
    assert nv.is_never("取得了总量向上、动能向新、结构向优的历史性成就")
    assert not nv.is_never("国内生产总值增长5.5%左右")
