"""What of the view a poster draws, theme by theme: the groups it shows, the themes that weigh most, their
bullets shared by news value, and the limits a step of the poster's fitting sets (issue 12: the poster
shows fewer of the view's bullets, never others). The poster (:mod:`.poster`) lays them out."""

from __future__ import annotations

from dataclasses import dataclass, replace

from huazhongdian.datafiles import load_toml
from huazhongdian.render.poster_text import _styled, wrap
from huazhongdian.render.style import SPACE, TYPE
from huazhongdian.render.view import DigestView, ModeGroup, ThemeGroup, repeats_target_row


@dataclass(frozen=True, slots=True)
class Limits:
    """How much of the digest fits; lowered step by step until the poster fits its cap."""

    bullets: int = 4
    themes: int = 6
    lines: int = 2
    terms: int = 8
    # Bullets the view's first group (the year's review) shows beyond its share, filling the room the
    # step leaves under the height cap (see poster._filled).
    more: int = 0
    # Themes the view's first group shows beyond its share, when its themes' bullets are all shown.
    more_themes: int = 0


def _pick(theme: ThemeGroup, k: int, fits=lambda b: True) -> list:
    """The first ``k`` bullets the view lists for a theme that ``fit`` their lines whole (the poster
    shows fewer, never others); a bullet that would be cut with "…" gives way to the next one, and
    is shown cut only when none of the theme's fits."""
    whole = [b for b in theme.poster_top if fits(b)][:k]
    return whole or list((theme.poster_top or theme.ranked_top)[:1])


def _themes(group: ModeGroup, k: int, edited: bool = False) -> list[ThemeGroup]:
    """The ``k`` themes whose best bullets weigh most (news value), in the view's order; of an
    edited view, the first ``k`` (the editor's order is the editor's choice)."""
    # (only a theme every output heads: one that lists a bullet, ModeGroup.listed)
    if edited:
        return list(group.listed[:k])
    order = {t.theme: i for i, t in enumerate(group.themes)}
    score = {t.theme: (sum(b.score for b in t.ranked_top[:2]), len(t.bullets)) for t in group.listed}
    ranked = sorted(group.listed, key=lambda t: score[t.theme], reverse=True)[:k]
    return sorted(ranked, key=lambda t: order[t.theme])


def _share(themes: list[ThemeGroup], limits: Limits, edited: bool, fits) -> list[tuple[ThemeGroup, list]]:
    """The chosen themes' bullets: ``themes × bullets`` in all, shared by news value — a theme
    with many headline figures (经济运行) shows more than ``bullets``, up to twice, a weak one fewer,
    each at least one; an edited view keeps ``bullets`` a theme."""
    picks = [(t, _pick(t, limits.bullets * (1 if edited else 2) + limits.more, fits)) for t in themes]
    if edited:
        return picks
    pool = sorted(((b.score, -i, -j) for i, (_, bs) in enumerate(picks) for j, b in enumerate(bs) if j), reverse=True)
    room = max(0, len(picks) * limits.bullets - len(picks))
    keep = {(-i, -j) for _, i, j in pool[:room]}
    # (the room a step leaves goes to short results first: a one-line bullet with a figure, Qinghai's
    # 钾肥产量757.5万吨, says as much as a two-line one in half the height)
    rest = sorted(pool[room:], key=lambda k: short_figure(picks[-k[1]][1][-k[2]]), reverse=True)
    keep |= {(-i, -j) for _, i, j in rest[:limits.more]}
    return [(t, [b for j, b in enumerate(bs) if j == 0 or (i, j) in keep]) for i, (t, bs) in enumerate(picks)]


# A bullet's text box on the poster: its panel's padding each side, and the bullet mark before it.
BULLET_PAD, BULLET_MARK = 30, 28


def bullet_width() -> int:
    """The width a poster bullet's text wraps in."""
    return SPACE.poster_width - 2 * SPACE.poster_margin - 2 * BULLET_PAD - BULLET_MARK


def bullet_lines(bullet, most: int) -> list:
    """A bullet's text wrapped to the poster's bullet width, at most ``most`` lines."""
    return wrap(_styled(bullet.segments), TYPE.poster_body, bullet_width(), most)


def short_figure(bullet) -> bool:
    """Whether a bullet carries a figure on one poster line."""
    return any(fig for _, fig in bullet.segments) and len(bullet_lines(bullet, 2)) == 1


def poster_groups(view: DigestView) -> list[ModeGroup]:
    """The view's groups a poster draws: the coming plan period's goals are background to the year's
    plan, not on a poster, whose room goes to the year's review and plan (its headline targets are the
    cards and the 主要预期目标 block) — unless the year's plan is thin beside them: a report whose plan part
    is mostly the new five-year plan (national 1986, 关于第七个五年计划的报告: 15 facts in its 1986 plan, 11 in its
    七五 goals) shows them when the year's plan has fewer than ``poster_plan_term_ratio`` times their facts
    (data: news_value.toml [view])."""
    facts = {g.key: sum(1 for t in g.themes for b in t.bullets if b.factual) for g in view.groups}
    ratio = float(load_toml("news_value.toml")["view"].get("poster_plan_term_ratio", 0.0))
    thin = "plan-term" in facts and facts.get("plan", 0) < ratio * facts["plan-term"]
    return [g for g in view.groups if g.key != "plan-term" or thin]


def not_in_targets(view: DigestView, group: ModeGroup):
    """Whether a bullet of ``group`` says more than the poster's 主要预期目标 block: a plan bullet that
    only repeats a row under the same name (it opens with it: "城镇调查失业率5.5%左右") gives its room to
    the next one (issue 12). A row named otherwise ("规上工业增加值增长" for the report's
    规模以上工业增加值…, "一般公共预算收入增长" for 地方一般公共预算收入…) leaves the bullet."""
    rows = view.targets if group.mode == "plan" else ()
    return lambda b: not repeats_target_row(b.text, rows)


def bullet_fits(view: DigestView, group: ModeGroup, limits: Limits):
    """Whether the poster draws a bullet of ``group`` whole: it says more than the targets block
    (:func:`not_in_targets`) and fits its ``limits.lines`` lines."""
    own = not_in_targets(view, group)
    return lambda b: own(b) and len(bullet_lines(b, limits.lines + 1)) <= limits.lines


def group_limits(view: DigestView, group: ModeGroup, limits: Limits) -> Limits:
    """:func:`_group_limits`, and the view's first group's :attr:`Limits.more_themes`."""
    own = _group_limits(view, group, limits)
    if limits.more_themes and view.groups and group.key == view.groups[0].key and not view.edited:
        own = replace(own, themes=own.themes + limits.more_themes)
    return own


def _group_limits(view: DigestView, group: ModeGroup, limits: Limits) -> Limits:
    """A group's own limits on the poster of a year's report (its view opens on the year's review): the
    year's review is most of an editor's 划重点, so it shows ``poster_year_bullets`` more a theme, and a
    five-year review with fewer facts than the year's takes ``poster_term_themes`` of the poster's themes,
    the year's review the themes it leaves (data: news_value.toml [view]). A party congress's view, which
    opens on its five years, and an edited view keep theirs."""
    keys = [g.key for g in view.groups]
    if limits.more and keys and group.key != keys[0]:
        limits = replace(limits, more=0)
    if group.key == "plan" and not view.edited and "plan-term" in [g.key for g in poster_groups(view)]:
        # (when the plan period's goals are drawn, the year's plan is thin beside them: it takes half the themes,
        # the goals the poster's share, and the review keeps its room; national 1986's poster 68% -> 71%)
        return replace(limits, themes=max(1, (limits.themes + 1) // 2))
    if view.edited or not keys or keys[0] != "achievement" or group.key not in ("term", "achievement"):
        return limits
    raw = load_toml("news_value.toml")["view"]
    term = limits.themes
    # (A term-end report that reviews mostly its five years, Gansu 2026, prints their landmarks: even room.)
    facts = {g.key: sum(len(t.bullets) for t in g.themes) for g in view.groups}
    if "term" in facts and facts["term"] < facts["achievement"]:
        term = max(1, round(limits.themes * float(raw.get("poster_term_themes", 1.0))))
    if group.key == "term":
        return replace(limits, themes=term)
    return replace(limits, themes=2 * limits.themes - term if "term" in facts else limits.themes,
                   bullets=limits.bullets + int(raw.get("poster_year_bullets", 0)))
