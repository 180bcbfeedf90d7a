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


class AnyOf:
    """Several regular expressions that answer as one: does any of them match?

    Searched one by one they are faster than joined into one alternation, which loses each
    pattern's own quick scan for its first character (a literal-prefix or character-set scan)
    and tries every alternative at every position of the text."""

    def __init__(self, patterns: Iterable[str], flags: int = 0) -> None:
        self.patterns = tuple(re.compile(p, flags) for p in patterns)

    def search(self, text: str) -> bool:
        """Whether any of the patterns matches somewhere in ``text``."""
        return any(p.search(text) for p in self.patterns)

    def match(self, text: str) -> bool:
        """Whether any of the patterns matches at the start of ``text``."""
        return any(p.match(text) for p in self.patterns)


def alternation_group(words: Iterable[object], *, escape: bool = True) -> str:
    """:func:`alternation` as a non-capturing group: ``(?:a|b|c)``."""
    return f"(?:{alternation(words, escape=escape)})"


__all__ = ["AnyOf", "alternation", "alternation_group", "longest_first"]
