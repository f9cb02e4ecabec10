"""A set of character ranges that do not overlap, with an overlap test in logarithmic time.

The stages pick the best of many overlapping candidates by taking them in order of preference
and keeping each one that overlaps nothing kept so far. Testing a candidate against every
kept range is quadratic, which a long article (10 MB, 100,000 amounts) cannot afford.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable


class DisjointRanges:
    """Ranges ``[start, end)`` that pairwise do not overlap, as :meth:`overlaps` defines it.

    Kept sorted by ``(start, end)``; because no two overlap, their ends are then sorted too,
    so the one range that can overlap a new one is the last that starts before it ends.
    """

    def __init__(self) -> None:
        self._ranges: list[tuple[int, int]] = []
        self._reversed: list[tuple[int, int]] = []  # end < start: rare, checked one by one

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some kept range ``[s, e)`` has ``start < e and s < end``."""
        index = bisect_left(self._ranges, (end, -(2**63)))  # the first starting at ``end``
        if index > 0 and self._ranges[index - 1][1] > start:
            return True
        return any(start < e and s < end for s, e in self._reversed)

    def add(self, start: int, end: int) -> None:
        """Keep ``[start, end)``; the caller checked that it overlaps nothing kept."""
        if end < start:
            self._reversed.append((start, end))
        else:
            insort(self._ranges, (start, end))

    def __len__(self) -> int:
        return len(self._ranges) + len(self._reversed)


class CoveredRanges:
    """The union of ranges ``[start, end)`` (which may overlap), for "is this offset covered?"
    in logarithmic time while ranges keep being added.

    Stored as disjoint, sorted, merged ranges; empty and reversed ranges cover nothing.
    """

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in ranges:
            self.add(start, end)

    def covers(self, offset: int) -> bool:
        """Whether some added range has ``start <= offset < end``."""
        index = bisect_right(self._starts, offset)
        return index > 0 and offset < self._ends[index - 1]

    def add(self, start: int, end: int) -> None:
        if end <= start:
            return
        # Merge with every stored range that overlaps or touches [start, end).
        first = bisect_left(self._ends, start)
        last = bisect_right(self._starts, end)
        if first < last:
            start = min(start, self._starts[first])
            end = max(end, self._ends[last - 1])
        self._starts[first:last] = [start]
        self._ends[first:last] = [end]
