"""The one-sweep cue matcher, the prefix-tree patterns and the shortcuts built on them agree
with the plain definitions they replace (``cue in text``, a longest-first alternation, a loop
over every theme, ``any`` over every zone)."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from huazhongdian.classify.cues import any_of, matcher, trie_pattern
from huazhongdian.classify.lens import Theme, _ThemeChooser
from huazhongdian.classify.mode import Layout

# A small alphabet, so that cues overlap, nest and share prefixes often.
_CHARS = "科技创新中心研发，。"
words = st.text(alphabet=_CHARS, min_size=1, max_size=5)
texts = st.text(alphabet=_CHARS, max_size=60)


def test_spans_finds_nested_and_overlapping_cues():
    found = matcher(frozenset({"科技", "科技创新中心", "创新中心", "中心", "心研"})).spans(
        "建设科技创新中心研发", [(0, 8), (8, 10)])
    assert found == [{"科技", "科技创新中心", "创新中心", "中心"}, set()]


@given(st.sets(words, max_size=12), texts, st.lists(st.integers(0, 60), max_size=8))
def test_spans_equals_substring_test(cues, text, cuts):
    bounds = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    units = list(zip(bounds, bounds[1:]))
    found = matcher(frozenset(cues)).spans(text, units)
    assert found == [{c for c in cues if c in text[s:e]} for s, e in units]


@given(st.sets(words, min_size=1, max_size=12), texts)
def test_trie_pattern_matches_like_longest_first_alternation(cues, text):
    ordered = sorted(cues, key=len, reverse=True)
    plain = re.compile("|".join(map(re.escape, ordered)))
    trie = re.compile(trie_pattern(cues))
    for pos in range(len(text) + 1):
        a, b = plain.match(text, pos), trie.match(text, pos)
        assert (a and a.group()) == (b and b.group())
    # Repeated and followed by another list, as in "(adverbs)*(verb)": the same backtracking.
    assert [m.span() for m in re.finditer(f"(?:{trie_pattern(cues)})*(?:{trie_pattern(cues)})", text)] == \
        [m.span() for m in re.finditer(f"(?:{plain.pattern})*(?:{plain.pattern})", text)]
    assert bool(any_of(frozenset(cues)).search(text)) == any(c in text for c in cues)


def _reference_choice(themes, in_sums, ctx_sums):
    """The loop over every theme that _ThemeChooser shortens."""
    theme, best, default = "", Decimal(-1), ""
    for t in themes:
        score = in_sums.get(t.label, Decimal(0)) + ctx_sums.get(t.label, Decimal(0)) * Decimal("0.5")
        if score > best:
            theme, best = t.label, score
        if t.default and not default:
            default = t.label
    if best <= 0:
        return default or theme, Decimal(0)
    return theme, best


_LABELS = ["甲", "乙", "丙", "丁"]
weights = st.decimals(min_value=-3, max_value=3, places=1)


@given(st.lists(st.tuples(st.sampled_from(_LABELS), st.booleans()), max_size=6),
       st.dictionaries(st.sampled_from(_LABELS + ["戊"]), weights, max_size=4),
       st.dictionaries(st.sampled_from(_LABELS + ["戊"]), weights, max_size=4))
def test_theme_chooser_equals_the_loop_over_all_themes(spec, in_sums, ctx_sums):
    themes = [Theme(label, ("plan",), (), default) for label, default in spec]
    got = _ThemeChooser.of(themes).choose(in_sums, ctx_sums)
    want = _reference_choice(themes, in_sums, ctx_sums)
    assert got == want and str(got[1]) == str(want[1])


spans = st.tuples(st.integers(0, 50), st.integers(1, 20)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(spans, max_size=6), spans)
def test_target_zone_lookup_equals_overlap_with_any_zone(zones, probe):
    zones = sorted(zones)
    reach, top = [], -1
    for _, e in zones:
        top = max(top, e)
        reach.append(top)
    lay = Layout((), (), (), (), (), (), tuple(zones), (), (), (),
                 zone_starts=tuple(s for s, _ in zones), zone_reach=tuple(reach))
    start, end = probe
    assert lay.in_target_zone(start, end) == any(s < end and start < e for s, e in zones)


@given(st.lists(st.integers(0, 40), max_size=10), st.integers(0, 45))
def test_other_paragraph_lookup_equals_any_line(cuts, offset):
    bounds = sorted(set(cuts))
    lines = tuple((s, e) for s, e in zip(bounds, bounds[1:]))[::2]  # sorted, disjoint, with gaps
    lay = Layout((), (), (), (), (), (), (), lines, (), ())
    assert lay.in_other_paragraph(offset) == any(s <= offset < e for s, e in lines)
