"""Done-means for issue 4: the seed 划重点 article's bullets, shuffled and stripped of their
theme headings, come back under the right theme and mode through the science lens."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from huazhongdian import digest
from huazhongdian.load import read_text
from huazhongdian.types import Item

_BULLET = re.compile(r"^\s*•\s*(.+?)\s*$")
_YEAR = re.compile(r"^(20\d\d)年[:：]\s*$")


def seed_bullets(text: str) -> list[tuple[str, str, str]]:
    """(bullet text, theme label, mode) for every bullet under a theme heading of the article."""
    out, theme, mode = [], "", ""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        year = _YEAR.match(line)
        if year:
            mode = "achievement" if year.group(1) == "2024" else "plan"
            continue
        bullet = _BULLET.match(line)
        if bullet and theme:
            out.append((bullet.group(1), theme, mode))
        elif not bullet and len(line) <= 6 and not line.isdigit():
            theme = line
    return out


@pytest.fixture(scope="module")
def shuffled(seed_path: Path) -> tuple[list[tuple[str, str, str]], str]:
    bullets = seed_bullets(seed_path.read_text("utf-8"))
    rng = random.Random(20250116)
    review = [b for b in bullets if b[2] == "achievement"]
    plan = [b for b in bullets if b[2] == "plan"]
    rng.shuffle(review)
    rng.shuffle(plan)
    text = "\n".join(["2024年工作回顾", *(b[0] for b in review), "2025年工作安排", *(b[0] for b in plan)]) + "\n"
    return review + plan, text


def test_seed_article_has_52_bullets_under_eleven_themes(seed_path):
    bullets = seed_bullets(seed_path.read_text("utf-8"))
    assert len(bullets) == 52
    assert [t for t in dict.fromkeys(b[1] for b in bullets)] == [
        "实力跃升", "平台焕新", "人才云集", "成果出圈", "产业发展", "金融赋能", "开放合作",
        "创新驱动", "企业主导", "成果转化", "人才聚能"]
    assert sum(b[2] == "achievement" for b in bullets) == 27


def _bullet_items(doc_text: str, bullet: str, items: list[Item]) -> list[Item]:
    start = doc_text.index(bullet)
    end = start + len(bullet)
    return [i for i in items if start <= i.start < end]


def test_seed_bullets_come_back_with_their_themes_and_modes(shuffled):
    bullets, text = shuffled
    doc = read_text(text, source="seed-shuffled")
    d = digest(doc, lens="science")
    items = list(d.items)
    theme_hits = mode_hits = 0
    misses = []
    for bullet, theme, mode in bullets:
        found = _bullet_items(doc.text, bullet, items)
        # A bullet of several sentences is several items; the strongest one speaks for it.
        best = max(found, key=lambda i: i.relevance) if found else None
        theme_hits += best is not None and best.theme == theme
        mode_hits += best is not None and best.mode == mode
        if best is None or best.theme != theme:
            misses.append((bullet[:20], theme, best.theme if best else None))
    assert theme_hits / len(bullets) >= 0.90, misses
    assert mode_hits / len(bullets) >= 0.95
