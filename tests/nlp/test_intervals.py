"""The interval indexes that keep the stages linear agree with the plain scans they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hearsay.nlp.intervals import CoveredRanges, DisjointRanges

RANGES = st.lists(
    st.tuples(st.integers(0, 40), st.integers(-3, 12)).map(lambda r: (r[0], r[0] + r[1])),
    max_size=30,
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(ranges=RANGES)
def test_intervals_covered_ranges_agree_with_a_scan(ranges):
    covered = CoveredRanges()
    added: list[tuple[int, int]] = []
    for start, end in ranges:
        covered.add(start, end)
        added.append((start, end))
        for offset in range(-2, 55):
            assert covered.covers(offset) == any(s <= offset < e for s, e in added)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(ranges=RANGES)
def test_intervals_disjoint_ranges_agree_with_a_scan(ranges):
    # The stages keep a candidate only when it overlaps nothing kept so far.
    kept = DisjointRanges()
    scanned: list[tuple[int, int]] = []
    for start, end in ranges:
        overlaps = any(start < e and s < end for s, e in scanned)
        assert kept.overlaps(start, end) == overlaps
        if not overlaps:
            kept.add(start, end)
            scanned.append((start, end))
    assert len(kept) == len(scanned)


def test_intervals_covered_ranges_merge():
    covered = CoveredRanges([(5, 10), (0, 3), (3, 5), (20, 20), (30, 25)])
    assert [covered.covers(offset) for offset in (0, 4, 9, 10, 20, 27)] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]
