"""Hand-built digests for the render tests: real text, facts placed by hand with true offsets.

The 2025 national report ships in ``examples/`` (so this runs on a fresh clone); the
hostile excerpt is a real paragraph of that report with markup spliced in, kept in
``tests/fixtures/render/hostile.txt``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import huazhongdian as hzd
from huazhongdian.extract.terms import extract_terms
from huazhongdian.types import (Digest, Document, DocumentMeta, Entity, Indicator, Item, Keyword, Span,
                                Target, Term)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "national-2025-gov-work-report.txt"
HOSTILE = ROOT / "tests" / "fixtures" / "render" / "hostile.txt"


def selected_texts(report: str, source: str) -> list[str]:
    """The texts of the facts the selection keeps from a made-up ``report`` (general lens), in their order."""
    from huazhongdian.load import read_text
    from huazhongdian.render.selection import select_facts

    digest = hzd.digest(read_text(report, source=source), lens="general")
    text = digest.document.text
    return [text[f.start:f.end] for f in select_facts(digest)]


def shown_in(bullets: list[str], words: str) -> bool:
    """Whether one of the shown ``bullets`` (their texts) holds ``words`` (the framing tests' check)."""
    return any(words in b for b in bullets)


def _sentence_of(doc: Document, start: int) -> tuple[str, int, int]:
    for sent in doc.sentences:
        if sent.start <= start < sent.end:
            return sent.text, sent.start, sent.end
    raise AssertionError(f"no sentence holds offset {start}")


def indicator(doc: Document, text: str, metric: str, value: str, unit: str, *, kind: str = "level",
              mode: str = "achievement", base: str | None = None, qualifier: str | None = None,
              after: str = "", period: int | None = 2024) -> Indicator:
    start = doc.text.index(text, doc.text.index(after) if after else 0)
    sent, s_start, s_end = _sentence_of(doc, start)
    return Indicator(text=text, start=start, end=start + len(text), sentence=sent, sentence_start=s_start,
                     sentence_end=s_end, metric=metric, value=Decimal(value), unit=unit,
                     base_value=Decimal(base) if base else None, base_unit="", qualifier=qualifier,
                     low=None, high=None, from_value=None, direction=None, kind=kind, mode=mode,
                     period=period)


def item(doc: Document, text: str, mode: str, theme: str, indicators: list[Indicator],
         relevance: str = "1") -> Item:
    start = doc.text.index(text)
    ids = tuple(i for i, ind in enumerate(indicators) if start <= ind.start and ind.end <= start + len(text))
    return Item(text=text, start=start, end=start + len(text), mode=mode, theme=theme, section="",
                indicator_ids=ids, relevance=Decimal(relevance))


def target(doc: Document, text: str, metric: str, value: str | None, unit: str,
           qualifier: str | None = "approx") -> Target:
    start = doc.text.index(text)
    return Target(metric=metric, year=2025, value=Decimal(value) if value else None, low=None, high=None,
                  unit=unit, qualifier=qualifier, absent=value is None, text=text, start=start,
                  end=start + len(text))


def entity(doc: Document, name: str, kind: str) -> Entity:
    spans, pos = [], doc.text.find(name)
    while pos >= 0:
        spans.append(Span(pos, pos + len(name)))
        pos = doc.text.find(name, pos + len(name))
    return Entity(name=name, type=kind, count=len(spans), spans=tuple(spans))


def national_digest() -> Digest:
    """The 2025 report with a hand-made science-lens digest (what the pipeline will produce)."""
    raw = hzd.read(SAMPLE)
    meta = DocumentMeta(title="2025年政府工作报告", kind="gov-work-report", level="national", region="",
                        date="2025-03-05", meeting="第十四届全国人民代表大会第三次会议", year=2025,
                        review_year=2024, plan_year=2025)
    doc = Document(text=raw.text, meta=meta, source="examples/national-2025-gov-work-report.txt",
                   sha256=raw.sha256, sections=raw.sections, paragraphs=raw.paragraphs,
                   sentences=raw.sentences)
    inds = [
        indicator(doc, "134.9万亿元", "国内生产总值", "134.9", "万亿元", base="134900000000000"),
        indicator(doc, "1256万人", "城镇新增就业", "1256", "万人", base="12560000"),
        indicator(doc, "1.4万亿斤", "粮食产量", "1.4", "万亿斤", kind="first", base="1400000000000"),
        indicator(doc, "8.9%", "高技术制造业增加值增长", "8.9", "%", kind="change"),
        indicator(doc, "1300万辆", "新能源汽车年产量", "1300", "万辆", base="13000000", qualifier="more_than"),
        indicator(doc, "11.2%", "技术合同成交额增长", "11.2", "%", kind="change"),
        indicator(doc, "5%左右", "国内生产总值增长", "5", "%", kind="change", mode="target",
                  qualifier="approx", after="今年发展主要预期目标是", period=2025),
        indicator(doc, "1200万人以上", "城镇新增就业目标", "1200", "万人", mode="target",
                  qualifier="at_least", after="今年发展主要预期目标是", base="12000000", period=2025),
    ]
    tech = "产业升级有新进展，粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤；高技术制造业、装备制造业增加值分别增长8.9%、7.7%，新能源汽车年产量突破1300万辆"
    items = [
        item(doc, "经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%", "achievement", "经济运行", inds),
        item(doc, "城镇新增就业1256万人、城镇调查失业率平均为5.1%，居民消费价格上涨0.2%", "achievement", "经济运行", inds),
        item(doc, tech, "achievement", "产业升级", inds, "2"),
        item(doc, "“嫦娥六号”实现人类首次月球背面采样返回，“梦想”号大洋钻探船建成入列；技术合同成交额增长11.2%",
             "achievement", "科技创新", inds, "3"),
        item(doc, "全面启动实施国家科技重大专项，加快完善重大科技基础设施体系，加强拔尖创新人才培养", "achievement", "科技创新", inds),
        item(doc, "持续推进“人工智能+”行动，将数字技术与制造优势、市场优势更好结合起来", "plan", "数字经济", inds, "3"),
        item(doc, "强化关键核心技术攻关和前沿性、颠覆性技术研发，加快组织实施和超前布局重大科技项目", "plan", "科技创新", inds, "2"),
        item(doc, "推动商业航天、低空经济、深海科技等新兴产业安全健康发展", "plan", "新兴产业", inds),
        item(doc, "加快建设国家战略人才力量，加强拔尖创新人才、重点领域急需紧缺人才和高技能人才培养", "plan", "人才", inds),
    ]
    targets = [
        target(doc, "国内生产总值增长5%左右", "gdp_growth", "5", "%"),
        target(doc, "城镇调查失业率5.5%左右", "surveyed_unemployment", "5.5", "%"),
        target(doc, "城镇新增就业1200万人以上", "urban_new_jobs", "1200", "万人", "at_least"),
        target(doc, "居民消费价格涨幅2%左右", "cpi", "2", "%"),
    ]
    terms = extract_terms(doc, ["科技创新", "人工智能", "新质生产力", "高质量发展", "基础研究", "人才"])
    terms = sorted(terms, key=lambda t: -t.count)
    keywords = [Keyword("新质生产力", Decimal("3.1"), 3), Keyword("人工智能+", Decimal("2.4"), 1)]
    entities = [entity(doc, "国家实验室", "institution"), entity(doc, "嫦娥六号", "facility")]
    return Digest(document=doc, lens="science", terms=tuple(terms), keywords=tuple(keywords),
                  indicators=tuple(inds), targets=tuple(targets), items=tuple(items),
                  entities=tuple(entities))


def hostile_digest() -> Digest:
    """A real paragraph with markup spliced in, with an item, a target and a term over the markup."""
    doc = hzd.read(HOSTILE)
    script = doc.text.index("<script>")
    img = doc.text.index("<img")
    sent = next(s for s in doc.sentences if s.start <= script < s.end)
    inds = [indicator(doc, "134.9万亿元", "国内生产总值<b>", "134.9", "万亿元", base="134900000000000")]
    # A second sentence in the same hostile theme, whose clauses no theme claims outright: the
    # first's only bullet is a GDP clause, which the view shows under 经济运行 whatever its item's theme.
    other = doc.text.index("民生保障扎实稳固")
    other_sent = next(s for s in doc.sentences if s.start <= other < s.end)
    items = tuple(Item(text=s.text, start=s.start, end=s.end, mode="achievement", theme="<i>主题</i>",
                       section="", indicator_ids=()) for s in (sent, other_sent))
    img_end = doc.text.index(">", img) + 1
    targets = (Target(metric="gdp_growth", year=2025, value=None, low=None, high=None, unit="",
                      qualifier=None, absent=True, text=doc.text[img:img_end], start=img, end=img_end),)
    terms = tuple(extract_terms(doc, ["<script>", "国内生产总值"]))
    return Digest(document=doc, lens="general", terms=terms, indicators=tuple(inds), items=items,
                  targets=targets)


def empty_digest() -> Digest:
    """Only a document: every section is omitted, the page still renders."""
    return Digest(document=hzd.read_text("各位代表：现在，我代表国务院，向大会报告政府工作。", source="tiny.txt"))


__all__ = ["national_digest", "hostile_digest", "empty_digest", "Term"]
