"""The editor's desk: an edit file curates a digest view, and every output shows the curated view.

An edit (``huazhongdian.edit/1``, JSON) names the view's bullets and cards by stable ids —
``i-<start>-<end>`` for a bullet, ``f-<start>-<end>`` for a card's figure, both spans of
``doc.text`` — and says which bullets are kept (``keep``), their order (the list's), their theme
(free text: rename a theme by changing it on its items, regroup an item by giving it another),
whether a kept bullet is listed or folded (``shown``), the title, the lede and the cards.

Bullets stay the report's own words: an item's ``text`` must be its span's text (an edit that
rewrites a bullet is refused, naming the item). The title, the lede and theme names are free and
marked as the editor's (:class:`~huazhongdian.render.view.EditMarks`; 编者 in the outputs).

Example::

    view = build_view(digest, card_pool=CARD_POOL)
    template = edit_template(view)            # the default edit, to start from
    curated = apply_edit(view, load_edit("edits.json"))
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from huazhongdian.errors import BadInput
from huazhongdian.render.view import Bullet, Card, DigestView, EditMarks, ModeGroup, ThemeGroup

SCHEMA = "huazhongdian.edit/1"
CARD_POOL = 24      # further figures offered to the editor beside the view's own cards
MAX_CARDS = 12
_ITEM_ID = re.compile(r"^i-\d+-\d+$")
_CARD_ID = re.compile(r"^f-\d+-\d+$")
_MAX_FREE = 400     # characters of a title, lede or theme name
EDITOR_MARK = "〔编者〕"  # after a title, lede or theme name the editor wrote (Markdown, WeChat)
EDITOR_NOTE = "经编者选编：条目均为报告原文，由编者取舍、排序与归类；标“编者”的标题、导语与主题名为编者所拟。"


@dataclass(frozen=True, slots=True)
class EditItem:
    id: str
    keep: bool = True
    theme: str = ""
    text: str | None = None   # when given, must equal the bullet's span
    shown: bool = True        # listed (True) or folded under 展开全部 / 另有 N 条 (False)


@dataclass(frozen=True, slots=True)
class Edit:
    """A validated edit file. ``title``/``lede`` None: the report's own."""

    items: tuple[EditItem, ...]
    cards: tuple[str, ...]
    title: str | None = None
    lede: str | None = None
    sha256: str = ""
    lens: str = ""            # the lens the template was made with ("" unknown)
    source: str = "edit"      # the file it came from, for error messages


def _bullets(view: DigestView) -> list[tuple[ModeGroup, ThemeGroup, int, Bullet]]:
    return [(g, t, rank, b) for g in view.groups for t in g.themes for rank, b in enumerate(t.bullets)]


def default_lede(view: DigestView) -> str:
    return view.editor_lede or "".join(b.text for b in view.lede)


def edit_template(view: DigestView) -> dict[str, Any]:
    """The default edit of ``view``: applying it changes nothing. ``options`` lists the figures
    the editor may pick as cards (ignored when the file is read back)."""
    return {
        "schema": SCHEMA,
        "document": {"sha256": view.sha256, "title": view.title},
        "title": view.title,
        "lede": default_lede(view),
        "items": [{"id": b.id, "keep": True, "theme": t.theme, "shown": rank < t.shown and not b.in_targets,
                   "mode": g.mode,
                   "text": b.text} for g, t, rank, b in _bullets(view)],
        "cards": [c.id for c in view.cards],
        "options": {"cards": [{"id": c.id, "figure": f"{c.prefix}{c.number}{c.unit}", "label": c.label,
                               "period": c.tag} for c in (*view.cards, *view.card_pool)]},
    }


def _fail(source: str, reason: str) -> BadInput:
    return BadInput(source, reason)


def _free_text(value: Any, field: str, source: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(source, f"{field} must be a string")
    value = value.strip()
    if len(value) > _MAX_FREE:
        raise _fail(source, f"{field} is longer than {_MAX_FREE} characters")
    return value


def _item(raw: Any, n: int, source: str) -> EditItem:
    if not isinstance(raw, dict):
        raise _fail(source, f"items[{n}] must be an object with an id")
    rid = raw.get("id")
    if not isinstance(rid, str) or not _ITEM_ID.match(rid):
        raise _fail(source, f"items[{n}]: id must look like i-<start>-<end>, not {rid!r}")
    for key in ("keep", "shown"):
        if key in raw and not isinstance(raw[key], bool):
            raise _fail(source, f"item {rid}: {key} must be true or false")
    theme = _free_text(raw.get("theme"), f"item {rid}: theme", source)
    text = raw.get("text")
    if text is not None and not isinstance(text, str):
        raise _fail(source, f"item {rid}: text must be a string")
    return EditItem(id=rid, keep=raw.get("keep", True), theme=theme or "", text=text, shown=raw.get("shown", True))


def load_edit(edit: str | Path | dict[str, Any]) -> Edit:
    """An edit from a JSON file (path) or an already parsed object, validated.

    Raises:
        BadInput: one line naming the file and the problem (not JSON, a wrong schema, a bad or
            repeated id, more than ``MAX_CARDS`` cards …). Ids are checked against a view only by
            :func:`apply_edit`.
    """
    if isinstance(edit, dict):
        source, raw = "edit", edit
    else:
        source = str(edit)
        try:
            data = Path(edit).read_bytes()
        except OSError as exc:
            raise _fail(source, f"cannot read the edit file: {exc.strerror or exc}") from None
        if len(data) > 4_000_000:
            raise _fail(source, "edit file is larger than 4 MB")
        try:
            raw = json.loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise _fail(source, "edit file is not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise _fail(source, f"not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if not isinstance(raw, dict):
        raise _fail(source, "an edit must be a JSON object")
    schema = raw.get("schema", SCHEMA)
    if schema != SCHEMA:
        raise _fail(source, f"schema is {schema!r}; this version reads {SCHEMA!r}")
    items_raw = raw.get("items", [])
    if not isinstance(items_raw, list):
        raise _fail(source, "items must be a list")
    items = tuple(_item(x, n, source) for n, x in enumerate(items_raw))
    seen: set[str] = set()
    twice = sorted({i.id for i in items if i.id in seen or seen.add(i.id)})  # type: ignore[func-returns-value]
    if twice:
        raise _fail(source, f"item ids listed twice: {', '.join(twice)}")
    cards = raw.get("cards", [])
    if not isinstance(cards, list) or not all(isinstance(c, str) and _CARD_ID.match(c) for c in cards):
        raise _fail(source, "cards must be a list of figure ids like f-<start>-<end>")
    if len(set(cards)) != len(cards):
        raise _fail(source, "a card id is listed twice")
    if len(cards) > MAX_CARDS:
        raise _fail(source, f"{len(cards)} cards; at most {MAX_CARDS}")
    document = raw.get("document") or {}
    sha = document.get("sha256", "") if isinstance(document, dict) else ""
    lens = document.get("lens", "") if isinstance(document, dict) else ""
    return Edit(items=items, cards=tuple(cards), title=_free_text(raw.get("title"), "title", source),
                lede=_free_text(raw.get("lede"), "lede", source), sha256=sha if isinstance(sha, str) else "",
                lens=lens if isinstance(lens, str) else "", source=source)


def _short(text: str, n: int = 24) -> str:
    return text if len(text) <= n else text[:n] + "…"


def _curated_groups(view: DigestView, edit: Edit) -> tuple[tuple[ModeGroup, ...], tuple[str, ...]]:
    known = {b.id: (g, t, b) for g, t, _, b in _bullets(view)}
    unknown = [i.id for i in edit.items if i.id not in known]
    if unknown:
        more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
        raise _fail(edit.source, f"unknown item ids: {', '.join(unknown[:5])}{more} "
                                 "(not bullets of this digest; make a new template with hzd edit-template)")
    for i in edit.items:
        b = known[i.id][2]
        if i.text is not None and i.text != b.text:
            raise _fail(edit.source, f"item {i.id}: text differs from the report's words "
                                     f"(“{_short(i.text)}” ≠ “{_short(b.text)}”); an edit may drop, reorder "
                                     "or regroup a bullet, not rewrite it")
    report_themes = {t.theme for g in view.groups for t in g.themes}
    # group → theme → ([shown], [folded]), in the order the edit lists them. (By group, not by mode: the year's
    # review and the five years' are both achievement groups, and a bullet stays in its own.)
    by_group: dict[int, dict[str, tuple[list[Bullet], list[Bullet]]]] = {id(g): {} for g in view.groups}
    for i in edit.items:
        if not i.keep:
            continue
        group, theme, bullet = known[i.id]
        name = i.theme or theme.theme
        shown, folded = by_group[id(group)].setdefault(name, ([], []))
        # (a bullet the targets table shows keeps its rank among the listed ones, unlisted: ThemeGroup.top)
        in_top = i.shown or (bullet.in_targets and theme.bullets.index(bullet) < theme.shown)
        (shown if in_top else folded).append(bullet)
    groups = []
    for g in view.groups:
        # (a theme listed as the view listed it keeps its text-only extra, ThemeGroup.dense; an edited one has none)
        listed = {t.theme: t for t in g.themes}

        def dense(name: str, shown: list[Bullet]) -> int:
            t = listed.get(name)
            return t.dense if t is not None and t.bullets[:t.shown] == tuple(shown) else 0

        themes = tuple(ThemeGroup(name, tuple(shown + folded), len(shown), edited=name not in report_themes,
                                  dense=dense(name, shown))
                       for name, (shown, folded) in by_group[id(g)].items())
        if themes:
            groups.append(dataclasses.replace(g, themes=themes))
    edited = tuple(dict.fromkeys(t.theme for g in groups for t in g.themes if t.edited))
    return tuple(groups), edited


def _curated_cards(view: DigestView, edit: Edit) -> tuple[Card, ...]:
    pool = {c.id: c for c in (*view.cards, *view.card_pool)}
    unknown = [c for c in edit.cards if c not in pool]
    if unknown:
        raise _fail(edit.source, f"unknown card ids: {', '.join(unknown)} (not among this digest's figures; "
                                 "see options.cards in hzd edit-template)")
    return tuple(pool[c] for c in edit.cards)


def apply_edit(view: DigestView, edit: Edit) -> DigestView:
    """``view`` as the editor curated it: the kept bullets in the edit's order and themes, the
    chosen cards, the title and lede; :attr:`DigestView.edit` says what was changed.

    Bullets the edit does not list are dropped (the edit lists what is published).

    Raises:
        BadInput: the edit was made for another report (``document.sha256``), names ids the view
            does not have, or rewrites a bullet's text.
    """
    if edit.sha256 and view.sha256 and edit.sha256 != view.sha256:
        raise _fail(edit.source, f"made for another report (sha256 {edit.sha256[:12]}…, this one is "
                                 f"{view.sha256[:12]}…)")
    groups, edited_themes = _curated_groups(view, edit)
    cards = _curated_cards(view, edit)
    title = edit.title if edit.title else view.title
    lede, editor_lede = view.lede, view.editor_lede
    lede_edited = False
    if edit.lede is not None and edit.lede != default_lede(view).strip():
        lede, editor_lede, lede_edited = (), edit.lede, bool(edit.lede)
    def listing(v: DigestView) -> list[tuple[str, bool]]:
        return [(b.id, rank < t.shown) for _, t, rank, b in _bullets(v)]

    curated = dataclasses.replace(view, groups=groups)
    marks = EditMarks(title=title != view.title, lede=lede_edited, themes=edited_themes,
                      items=listing(curated) != listing(view),
                      cards=[c.id for c in cards] != [c.id for c in view.cards])
    # (the poster's further headline results were chosen beside the view's cards: none beside curated ones)
    return dataclasses.replace(view, title=title, lede=lede, editor_lede=editor_lede, groups=groups, cards=cards,
                               poster_cards=() if marks.cards else view.poster_cards, edit=marks)
