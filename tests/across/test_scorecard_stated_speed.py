"""The shortcuts that keep ``hzd scorecard --db`` fast with the stated rows (scorecard_stated,
scorecard_data): each gives what the plain loop it replaces gives."""

import random

from huazhongdian.across.scorecard_data import _data, _metric_keys
from huazhongdian.across.scorecard_stated import _overlaps, stated_rows
from test_scorecard_stated import EXCERPT


def _plain_keys(words):
    """_metric_keys as a loop over every rule (the definition the index shortcuts)."""
    if any(w in words for w in _data().compare):
        return ()
    best, best_len = [], 0
    for key, rule in _data().rules.items():
        if key != rule.key or any(w in words for w in rule.not_words):
            continue
        size = max((len(w) for w in rule.words if 0 <= words.find(w) <= 2), default=0)
        if size and size > best_len:
            best, best_len = [key], size
        elif size and size == best_len:
            best.append(key)
    return tuple(best)


def test_overlaps_agrees_with_the_pairwise_test():
    rng = random.Random(13)
    for _ in range(200):
        taken = [(a, a + rng.randint(1, 30)) for a in (rng.randint(0, 300) for _ in range(rng.randint(0, 12)))]
        hit = _overlaps(taken)
        for _ in range(20):
            start = rng.randint(0, 330)
            end = start + rng.randint(1, 20)
            assert hit(start, end) == any(a < end and start < b for a, b in taken)


def test_metric_keys_agrees_with_the_loop_over_every_rule():
    words = sorted({w for rule in _data().rules.values() for w in rule.words})
    texts = [w + "增长" for w in words] + ["今年" + w for w in words] + ["要继续" + w for w in words]
    texts += [EXCERPT[i:i + 12] for i in range(0, len(EXCERPT), 5)]
    assert any(_plain_keys(t) for t in texts)
    for t in texts:
        assert _metric_keys(t) == _plain_keys(t), t


def test_stated_rows_hold_no_taken_span():
    rows = stated_rows(EXCERPT, (0, len(EXCERPT)), [], 1987, lambda _pos: "theme")
    taken = [(rows[0].target.start, rows[0].target.end)]
    again = stated_rows(EXCERPT, (0, len(EXCERPT)), taken, 1987, lambda _pos: "theme")
    assert rows and all(not (r.target.start < taken[0][1] and taken[0][0] < r.target.end) for r in again)
