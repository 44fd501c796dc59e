"""Property: on any mix of real report lines, every span is faithful, ordered and well nested."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from huazhongdian.structure import build_document, paragraph_index_at, section_path, sentence_at

_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# The structure excerpts plus the seed article (kept once, in fixtures/classify/).
_PATHS = [*sorted((_FIXTURES / "structure").glob("*.txt")), _FIXTURES / "classify" / "seed.txt"]
_LINES = sorted({line for path in _PATHS for line in path.read_text("utf-8").split("\n") if line.strip()})

# A line, or a random cut of one (scraped text breaks lines anywhere), with stray indentation.
_piece = st.builds(
    lambda line, a, b, indent: indent + line[min(a, b):max(a, b) + 1],
    st.sampled_from(_LINES), st.integers(0, 400), st.integers(0, 400),
    st.sampled_from(["", "", "  ", "\u3000\u3000", "\t"]),
)
_text = st.builds(
    lambda pieces, seps: "".join(p + s for p, s in zip(pieces, seps)),
    st.lists(_piece, min_size=0, max_size=25),
    st.lists(st.sampled_from(["\n", "\n", "\n\n", "\n \n"]), min_size=25, max_size=25),
)


def _check(text: str) -> None:
    doc = build_document(text)
    for s in doc.sections:
        assert text[s.start:s.end] == s.text and s.text
        assert s.start < s.end <= s.body_end <= len(text)
        if s.parent is not None:
            parent = doc.sections[s.parent]
            assert parent.level < s.level
            assert parent.start < s.start and s.body_end <= parent.body_end
    assert [s.start for s in doc.sections] == sorted(s.start for s in doc.sections)

    prev_end = -1
    for p in doc.paragraphs:
        assert prev_end < p.start < p.end and "\n" not in text[p.start:p.end]
        assert text[p.start:p.end].strip() == text[p.start:p.end]
        prev_end = p.end

    prev_end = 0
    for sent in doc.sentences:
        assert text[sent.start:sent.end] == sent.text and sent.text.strip() == sent.text
        assert prev_end <= sent.start < sent.end
        prev_end = sent.end
        para = doc.paragraphs[sent.paragraph]
        assert para.start <= sent.start and sent.end <= para.end
        if sent.list_marker:
            assert text[para.start:sent.start].rstrip().endswith(sent.list_marker)
        if sent.section is not None:
            sec = doc.sections[sent.section]
            assert sec.start <= sent.start < sec.body_end
            assert section_path(doc, sent.start)[-1] == sec
        else:
            assert section_path(doc, sent.start) == ()
        assert sentence_at(doc, sent.start) == sent
        assert paragraph_index_at(doc, sent.start) == sent.paragraph


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text)
def test_spans_are_faithful_on_mixed_real_lines(text):
    _check(text)


def test_spans_are_faithful_on_whole_fixtures():
    for path in sorted(_FIXTURES.glob("*.txt")):
        _check(path.read_text("utf-8"))
