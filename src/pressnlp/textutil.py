"""Small text helpers shared by the stages."""

from __future__ import annotations

import re
from typing import Iterable

from . import regexcache


def longest_first(words: Iterable[object]) -> list[str]:
    """The distinct ``words`` (as strings), longest first, then in code-point order (the same
    order in every process: a pattern written from them has one text)."""
    return sorted({str(w) for w in words}, key=lambda w: (-len(w), w))


def alternation(words: Iterable[object], *, escape: bool = True) -> str:
    """``a|b|c``: the distinct ``words`` as a regex alternation, longest first (so a word is
    tried before its prefixes); ``escape`` quotes regex metacharacters. ``""`` for no words."""
    return "|".join(re.escape(w) if escape else w for w in longest_first(words))


class AnyOf:
    """Several regular expressions that answer as one: does any of them match?

    Searched one by one they are faster than joined into one alternation, which loses each
    pattern's own quick scan for its first character (a literal-prefix or character-set scan)
    and tries every alternative at every position of the text. ``gated``: pairs of (gate
    strings, patterns) whose patterns run only on a text holding one of the gate strings — a
    string every match holds, found with ``in`` much faster than a regex scans a long line
    (with ``re.I`` a gate must have no case)."""

    def __init__(self, patterns: Iterable[str], flags: int = 0,
                 gated: Iterable[tuple[Iterable[str], Iterable[str]]] = ()) -> None:
        self.patterns = tuple(regexcache.compile(p, flags) for p in patterns)
        self.gated = tuple((tuple(gate), tuple(regexcache.compile(p, flags) for p in pats))
                           for gate, pats in gated)

    def search(self, text: str) -> bool:
        """Whether any of the patterns matches somewhere in ``text``."""
        for p in self.patterns:
            if p.search(text):
                return True
        return any(p.search(text) for p in self._opened(text)) if self.gated else False

    def match(self, text: str) -> bool:
        """Whether any of the patterns matches at the start of ``text``."""
        for p in self.patterns:
            if p.match(text):
                return True
        return any(p.match(text) for p in self._opened(text)) if self.gated else False

    def _opened(self, text: str) -> list[re.Pattern[str]]:
        """The gated patterns whose gate ``text`` holds."""
        opened: list[re.Pattern[str]] = []
        for gate, patterns in self.gated:
            for g in gate:
                if g in text:
                    opened += patterns
                    break
        return opened


def alternation_group(words: Iterable[object], *, escape: bool = True) -> str:
    """:func:`alternation` as a non-capturing group: ``(?:a|b|c)``."""
    return f"(?:{alternation(words, escape=escape)})"


def trie(sequences: Iterable[Iterable[str]], *, prefixes: bool = False) -> str:
    """A regex of ``sequences`` of regex atoms shaped as a trie, one branch a first atom and so
    on (``J(?:an(?:uary)?|u(?:ly?|ne?))``): scanned for much faster than a flat alternation of
    many items sharing their beginnings, and faster to compile. A longer sequence is tried
    before one it begins; with ``prefixes`` a sequence that begins others ends their branch (a
    pattern of where one of them begins: match lengths do not count). ``""`` for none."""
    tree: dict[str, dict] = {}
    for seq in sequences:
        node = tree
        for atom in seq:
            node = node.setdefault(atom, {})
        node[""] = {}  # a sequence ends here
    return _trie_branch(tree, prefixes)


def word_trie(words: Iterable[str]) -> str:
    """:func:`trie` of literal ``words``, one atom a character."""
    return trie(map(re.escape, w) for w in words)


def _trie_branch(node: dict[str, dict], prefixes: bool) -> str:
    if prefixes and "" in node:
        return ""
    alts = [atom + _trie_branch(child, prefixes) for atom, child in sorted(node.items()) if atom]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


__all__ = ["AnyOf", "alternation", "alternation_group", "longest_first", "trie", "word_trie"]
