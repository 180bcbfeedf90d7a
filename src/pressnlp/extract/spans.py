"""A set of disjoint character spans with logarithmic overlap queries (for long bodies)."""

from __future__ import annotations

from bisect import bisect_right, insort
from typing import Iterable, Protocol, TypeVar


_INF = float("inf")


class SpanSet:
    """Disjoint ``(start, end)`` spans; ``add`` merges a span with those it overlaps."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            self.add(s, e)

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares a character with a span of the set."""
        i = bisect_right(self._spans, (start, _INF))
        if i and self._spans[i - 1][1] > start:
            return True
        return i < len(self._spans) and self._spans[i][0] < max(end, start + 1)

    def covers(self, pos: int) -> bool:
        return self.overlaps(pos, pos + 1)

    def add(self, start: int, end: int) -> None:
        if self._spans and self._spans[-1][1] <= start:  # the common case: text order
            self._spans.append((start, end))
            return
        if not self.overlaps(start, end):
            insort(self._spans, (start, end))
            return
        keep = [(s, e) for s, e in self._spans if e <= start or s >= end]
        merged = [(s, e) for s, e in self._spans if not (e <= start or s >= end)]
        lo = min([start] + [s for s, _ in merged])
        hi = max([end] + [e for _, e in merged])
        insort(keep, (lo, hi))
        self._spans = keep


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


def non_overlapping(spans: Iterable[S]) -> list[S]:
    """Longest first, then leftmost; drop spans overlapping a kept one. In text order."""
    kept: list[S] = []
    taken = SpanSet()
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not taken.overlaps(s.start, s.end):
            kept.append(s)
            taken.add(s.start, s.end)
    return sorted(kept, key=lambda s: s.start)
