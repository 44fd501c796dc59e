"""Issue 12, item 4: an old report's lede is the line it states (render/lede_stated.py), never a fragment.
Small made-up reports in the old style; no corpus needed."""

from __future__ import annotations

import huazhongdian as hzd
from huazhongdian.render.lede import lede_spans, lede_term
from huazhongdian.render.lede_stated import fragment, stated_lede
from huazhongdian.render.news_value import cues

REVIEW = ("一、过去一年的工作\n\n去年，国民经济继续增长，粮食产量达到新的水平。实行对外开放，是关系全局的重大问题，"
          "对外开放有了新的进展。\n\n")


def _lede(text: str) -> tuple[str, object]:
    d = hzd.digest(hzd.read_text("政府工作报告\n\n" + text), lens="general")
    spans = lede_spans(d)
    return " / ".join(d.document.text[s:e] for s, e in spans), d


def test_fragment_openings():
    for bad in ("是关系对外开放前途的重大战略问题", "依靠全國人民的支持和全國人民代表大會的監督", "的按时足额发放", "并且要加快建设",
                "而这里最主要的事情"):
        assert fragment(bad), bad
    for good in ("和平统一、一国两制", "加强和改善宏观调控", "继续扩大对外开放", "并购重组稳步推进", "我们要继续贯彻执行"):
        assert not fragment(good), good


def test_the_stated_main_task_leads_with_its_subject():
    lede, d = _lede(REVIEW + "二、明年的工作\n\n明年发展国民经济的主要任务，是继续贯彻执行调整、巩固、充实、提高的方针，"
                    "促进工农业生产和各项事业协调地前进，而且要扩大对外开放。要大力发展农业生产。\n")
    assert lede.startswith("明年发展国民经济的主要任务，是继续贯彻执行")
    assert "协调地前进" in lede and "而且" not in lede and len(lede) <= cues().lede_max
    assert lede_term(d) is None and stated_lede(d)


def test_a_cue_ending_its_sentence_takes_the_first_item_without_its_ordinal():
    lede, _ = _lede(REVIEW + "二、今后五年\n\n根据现实情况，第七个五年计划草案提出的基本任务是：\n\n（一）进一步为经济体制改革创造"
                    "良好的经济环境，使改革更加顺利地展开，力争在五年的时间内。\n\n（二）保持经济的持续稳定增长。\n")
    assert lede.startswith("进一步为经济体制改革创造良好的经济环境") and lede.endswith("顺利地展开")


def test_one_fields_task_is_no_stated_line_and_the_most_named_policy_is():
    body = ("二、今年的工作\n\n当前的主要任务是认真做好科技成果的推广应用。我们必须坚定不移地贯彻执行扩大内需的方针，"
            "保持经济较快增长。要继续贯彻执行扩大内需的方针，扩大投资需求。对外开放要有新的进展，对外开放水平不断提高。\n")
    lede, d = _lede(REVIEW + body)
    assert "扩大内需的方针" in lede and "科技成果" not in lede
    assert not fragment(lede)


def test_without_any_stated_line_the_term_lede_opens_on_no_fragment():
    lede, d = _lede(REVIEW + "二、今年的工作\n\n对外开放，是关系全局的重大问题，是关系对外开放前途的重大战略问题。要继续扩大对外开放，"
                    "提高对外开放水平。对外开放要有新的进展。\n")
    assert lede and not fragment(lede)
    term = lede_term(d)
    assert term is None or term[0] in lede
