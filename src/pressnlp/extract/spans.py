"""A set of disjoint character spans with logarithmic overlap queries (for long bodies)."""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from typing import Iterable, Iterator, Protocol, TypeVar


_INF = float("inf")


class SpanSet:
    """Disjoint ``(start, end)`` spans; ``add`` merges a span with those it overlaps."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):  # what ``add`` does with spans in this order
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        self._spans = merged

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares a character with a span of the set."""
        i = bisect_right(self._spans, (start, _INF))
        if i and self._spans[i - 1][1] > start:
            return True
        return i < len(self._spans) and self._spans[i][0] < max(end, start + 1)

    def covers(self, pos: int) -> bool:
        """``overlaps(pos, pos + 1)``: a span that begins at or before ``pos`` ends after it."""
        i = bisect_right(self._spans, (pos, _INF))
        return i > 0 and self._spans[i - 1][1] > pos

    def add_if_free(self, start: int, end: int) -> bool:
        """``add`` the span when it ``overlaps`` none of the set; whether it did."""
        spans = self._spans
        i = bisect_right(spans, (start, _INF))
        if (i and spans[i - 1][1] > start) or (i < len(spans) and spans[i][0] < max(end, start + 1)):
            return False
        spans.insert(i, (start, end))
        return True

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
    taken = SpanSet()
    kept = [s for s in sorted(spans, key=lambda s: (s.start - s.end, s.start))
            if taken.add_if_free(s.start, s.end)]
    return sorted(kept, key=lambda s: s.start)


def bare_uses(word: str, text: str, *, not_after: str = "", not_before: str = "") -> Iterator[re.Match[str]]:
    """The matches of ``word`` (an acronym) in ``text`` with no word character (``\\w``) nor one of
    ``not_after`` right before it and none nor one of ``not_before`` right after it, as
    ``re.finditer`` finds them (without ``not_…``: those of ``\\bWORD\\b`` when ``word`` begins and
    ends with a word character). The check before is a look-behind written after the word: a
    pattern that begins with the word is scanned for it fast, not tried at every position."""
    w = re.escape(word)
    before = "[\\w" + re.escape(not_after) + "]"
    after = "[\\w" + re.escape(not_before) + "]"
    return re.finditer(rf"{w}(?<!{before}{w})(?!{after})", text)
