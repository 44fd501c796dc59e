"""The editor's desk (#16): an edit file curates the view, and every output shows the curated view."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

import huazhongdian as hzd
from huazhongdian.errors import BadInput
from huazhongdian.render import render_text
from huazhongdian.render.edit import CARD_POOL, apply_edit, edit_template, load_edit
from huazhongdian.render.json import digest_to_dict
from huazhongdian.render.poster import layout_poster
from huazhongdian.render.view import build_view

EXCERPT = Path(__file__).parent.parent / "fixtures" / "render" / "national-2026-excerpt.txt"


@pytest.fixture(scope="module")
def d():
    return hzd.digest(hzd.read(EXCERPT))


@pytest.fixture(scope="module")
def view(d):
    return build_view(d, card_pool=CARD_POOL)


def curated(view) -> dict:
    """Drop two bullets, move one up, rename a theme, re-title, free lede, six other cards."""
    e = edit_template(view)
    e["title"] = "一图看懂2026年政府工作报告"
    e["lede"] = "编者导语：今年的工作重点。"
    e["items"][0]["keep"] = False
    e["items"][1]["keep"] = False
    e["items"][2], e["items"][3] = e["items"][3], e["items"][2]
    for item in e["items"]:
        if item["theme"] == "产业":
            item["theme"] = "新质生产力"
    e["cards"] = [c["id"] for c in e["options"]["cards"][2:8]]
    return e


def bullets(view) -> list[tuple[str, str]]:
    return [(t.theme, b.text) for g in view.groups for t in g.themes for b in t.top]


def test_ids_are_spans_of_the_report(d, view):
    text = d.document.text
    for g in view.groups:
        for t in g.themes:
            for b in t.bullets:
                start, end = map(int, b.id.split("-")[1:])
                assert text[start:end] == b.text
    for c in (*view.cards, *view.card_pool):
        start, end = map(int, c.id.split("-")[1:])
        assert text[start:end] == d.indicators[c.indicator].text
    # Stable across runs: a second digest gives the same ids.
    again = build_view(hzd.digest(hzd.read(EXCERPT)), card_pool=CARD_POOL)
    assert [i["id"] for i in edit_template(again)["items"]] == [i["id"] for i in edit_template(view)["items"]]


def test_the_default_template_changes_nothing(view):
    e = edit_template(view)
    assert e["schema"] == "huazhongdian.edit/1" and e["cards"] == [c.id for c in view.cards]
    assert len(e["items"]) == sum(len(t.bullets) for g in view.groups for t in g.themes)
    out = apply_edit(view, load_edit(e))
    assert out.groups == view.groups and out.cards == view.cards and out.lede == view.lede
    assert out.title == view.title and out.edit is not None and not any(
        (out.edit.title, out.edit.lede, out.edit.themes, out.edit.items, out.edit.cards))


def test_an_edit_drops_reorders_renames_and_picks_cards(view):
    e = curated(view)
    out = apply_edit(view, load_edit(e))
    kept = [(i["theme"], i["text"]) for i in e["items"] if i["keep"] and i["shown"]]
    assert bullets(out) == kept
    assert e["items"][0]["text"] not in [b for _, b in bullets(out)]
    assert out.title == "一图看懂2026年政府工作报告" and out.edit.title
    assert out.editor_lede == "编者导语：今年的工作重点。" and out.lede == () and out.edit.lede
    assert out.edit.themes == ("新质生产力",)
    assert [t.theme for g in out.groups for t in g.themes if t.edited] == ["新质生产力"]
    assert [c.id for c in out.cards] == e["cards"] and len(out.cards) == 6


def test_every_output_shows_the_same_curated_items_in_the_same_order(d, view):
    out = apply_edit(view, load_edit(curated(view)))
    expected = [b.text for g in out.groups for t in g.themes for b in t.top]
    md = render_text(d, "md", view=out)
    md_items = [re.sub(r"（[^（）]*第\d+段）$", "", line[2:].replace("**", ""))
                for line in md.split("## 主要预期目标")[0].splitlines() if line.startswith("- ") and not line.startswith("- ……")]
    assert md_items == expected
    assert "# 划重点｜一图看懂2026年政府工作报告〔编者〕" in md and "### 新质生产力〔编者〕" in md

    html = render_text(d, "html", view=out)
    body = re.sub(r"<details.*?</details>", "", html.split('id="source"')[0], flags=re.S)
    li = [unescape(re.sub(r"<[^>]+>", "", re.sub(r'<a class="src".*?</a>', "", x))).strip()
          for ul in re.findall(r'<ul class="bullets">(.*?)</ul>', body, flags=re.S)
          for x in re.findall(r"<li>(.*?)</li>", ul, flags=re.S)]
    assert li == expected
    assert "新质生产力<small class=\"ed\"" in html

    j = json.loads(render_text(d, "json", view=out))["view"]
    assert [b["text"] for b in j["bullets"] if b["shown"]] == expected
    assert j["edited"]["themes"] == ["新质生产力"] and j["title_edited"] is True
    assert j["lede"] == [{"text": "编者导语：今年的工作重点。", "edited": True}]
    assert [c["id"] for c in j["cards"]] == [c.id for c in out.cards]

    wechat = render_text(d, "wechat", view=out)
    paras = [unescape(re.sub(r"<[^>]+>", "", p)).lstrip("●")
             for p in re.findall(r'<p style="[^"]*dashed[^"]*">(.*?)</p>', wechat)]
    assert paras == expected

    # The poster: the first themes of the edit, their first bullets, in the edit's order; the edit's cards.
    lay = layout_poster(d, view=out)
    drawn = "".join(op.text for op in lay.ops if hasattr(op, "text"))
    assert all(c.label in drawn or c.label[:6] in drawn for c in out.cards)
    assert e_not_drawn(view, drawn)


def e_not_drawn(view, drawn: str) -> bool:
    e = curated(view)
    return all(i["text"][:10] not in drawn for i in e["items"] if not i["keep"])


def test_unedited_outputs_are_unchanged_by_default(d):
    plain = digest_to_dict(d)["view"]
    assert plain["edited"] is None and plain["title_edited"] is False
    assert "编者" not in render_text(d, "md")


@pytest.mark.parametrize(("change", "message"), [
    (lambda e: e["items"][3].update(text=e["items"][3]["text"] + "！"), "text differs from the report's words"),
    (lambda e: e["items"].append({"id": "i-1-2", "keep": True}), "unknown item ids: i-1-2"),
    (lambda e: e.update(cards=["f-9-9"]), "unknown card ids: f-9-9"),
    (lambda e: e["items"].append(dict(e["items"][0])), "item ids listed twice"),
    (lambda e: e.update(schema="huazhongdian.edit/9"), "schema is"),
    (lambda e: e["document"].update(sha256="0" * 64), "made for another report"),
    (lambda e: e["items"][0].update(keep="no"), "keep must be true or false"),
])
def test_bad_edits_are_one_clear_line(view, change, message):
    e = edit_template(view)
    change(e)
    with pytest.raises(BadInput, match=re.escape(message)):
        apply_edit(view, load_edit(e))


def hzd_main(*args: str) -> int:
    from huazhongdian.cli import main

    try:
        main(list(args))
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def test_cli_edit_template_and_digest_edit(tmp_path, view, capsys):
    assert hzd_main("edit-template", str(EXCERPT), "-o", str(tmp_path / "e.json")) == 0
    template = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert template["items"] == edit_template(view)["items"]
    (tmp_path / "e2.json").write_text(json.dumps(curated(view), ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert hzd_main("digest", str(EXCERPT), "--edit", str(tmp_path / "e2.json")) == 0
    assert "〔编者〕" in capsys.readouterr().out
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    assert hzd_main("digest", str(EXCERPT), "--edit", str(tmp_path / "bad.json"), "-o", str(tmp_path / "out.md")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.json: not JSON" in err and not (tmp_path / "out.md").exists()


def test_the_default_template_keeps_two_groups_of_one_mode_apart(corpus):
    # A term-end report has two achievement groups (the year's review, the five years') and two plan groups (the
    # year's, the new five-year plan's goals): each bullet stays in its own group, none is listed twice.
    d = hzd.digest(hzd.read(corpus / "national-2026-gov-work-report.txt"))
    view = build_view(d, card_pool=CARD_POOL)
    assert [g.mode for g in view.groups].count("achievement") == 2
    out = apply_edit(view, load_edit(edit_template(view)))
    assert out.groups == view.groups
    ids = [b.id for g in out.groups for t in g.themes for b in t.bullets]
    assert len(ids) == len(set(ids))


def test_a_theme_renamed_with_every_bullet_folded_is_kept(view):
    # A new heading whose bullets are all folded (none "shown") has no text-only extra of the view's to keep; it
    # used to look that extra up under the new name and fail (KeyError) instead of applying the edit.
    e = edit_template(view)
    first = e["items"][0]["theme"]
    for item in e["items"]:
        if item["theme"] == first:
            item["theme"], item["shown"] = "编者新主题", False
    out = apply_edit(view, load_edit(e))
    renamed = [t for g in out.groups for t in g.themes if t.theme == "编者新主题"]
    assert renamed and all(t.shown == 0 and t.dense == 0 and t.edited for t in renamed)
    assert sum(len(t.bullets) for t in renamed) == sum(1 for i in e["items"] if i["theme"] == "编者新主题")
