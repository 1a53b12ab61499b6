"""The interval index that keeps milestone finding linear agrees with a plain scan."""

from hypothesis import given
from hypothesis import strategies as st

from plan_analysis.extract.milestones import _SpanIndex

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 40)).map(lambda t: (t[0], t[0] + t[1])), max_size=30)


@given(spans, st.integers(0, 240), st.integers(1, 40))
def test_overlaps_matches_a_scan_of_every_span(items, start, width):
    end = start + width
    expected = any(a < end and start < b for a, b in items)
    assert _SpanIndex(items).overlaps(start, end) is expected


def test_a_span_touching_the_clause_does_not_overlap_it():
    # [0, 5) and [5, 9) share a boundary, not a character.
    index = _SpanIndex([(0, 5), (9, 12)])
    assert not index.overlaps(5, 9)
    assert index.overlaps(4, 9)
    assert index.overlaps(8, 10)


def test_a_long_span_before_short_ones_still_counts():
    # The running maximum of ends: (0, 100) holds (50, 60) though (10, 20) ends earlier.
    assert _SpanIndex([(0, 100), (10, 20)]).overlaps(50, 60)
