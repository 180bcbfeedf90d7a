"""Small text helpers shared by the stages."""

from __future__ import annotations

import re
from typing import Iterable


def longest_first(words: Iterable[object]) -> list[str]:
    """The distinct ``words`` (as strings), longest first."""
    return sorted({str(w) for w in words}, key=len, reverse=True)


def alternation(words: Iterable[object], *, escape: bool = True) -> str:
    """``a|b|c``: the distinct ``words`` as a regex alternation, longest first (so a word is
    tried before its prefixes); ``escape`` quotes regex metacharacters. ``""`` for no words."""
    return "|".join(re.escape(w) if escape else w for w in longest_first(words))


def alternation_group(words: Iterable[object], *, escape: bool = True) -> str:
    """:func:`alternation` as a non-capturing group: ``(?:a|b|c)``."""
    return f"(?:{alternation(words, escape=escape)})"


__all__ = ["alternation", "alternation_group", "longest_first"]
