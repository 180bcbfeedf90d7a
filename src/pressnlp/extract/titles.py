"""Titles of posts (EN and ZH): where a title from ``titles.tsv`` is written in a text.

A :class:`TitlesGrammar` compiled from a lexicon holds the title patterns that the officials
rules and the organisation rules both read: English titles with their modifiers (hyphen/space,
case and spelling variants matched), Chinese titles with a former-holder prefix, a modifier and
a mission's place (``时任``, ``常务``, ``驻沈阳`` + ``总领事``).

The English pattern is a long case-insensitive alternation, slow to try at a position where no
title begins. The rules read it on a lower-case copy of the text (:func:`fold`, same offsets)
instead, as a case-sensitive pattern of the folded titles (``en_folded``: the same matches, a
quick rejection of each title that does not begin with the letter at hand), tried only where
one of the titles' first two words begins (``en_heads``, a trie).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable, Iterator, Sequence

from .. import regexcache
from .. import textutil
from ..lexicon import Lexicon
from .vocab import HAN, Vocab, alternation, finditer_from, trie_alternation


@dataclass(frozen=True)
class TitlesGrammar:
    en_items: tuple[tuple[str, ...], tuple[str, ...]]  # English (titles, modifiers)
    en_folded: re.Pattern[str]  # ``en`` on a fold()ed text: case-sensitive, the same matches
    en_heads: re.Pattern[str]  # where ``en_folded`` may match: the first words of titles, modifiers
    en_local: re.Pattern[str]  # a local title (Mayor, Councillor) a bare place may precede
    zh: re.Pattern[str]  # a Chinese title (simplified script)
    zh_starts: re.Pattern[str]  # where a Chinese title may begin (a trie; see vocab.finditer_from)
    zh_guard: str  # characters after which a Chinese title is part of a name (总领事 + 馆)

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> TitlesGrammar:
        v = lexicon.grammar(Vocab)
        h = v.honor
        titles = [t for t in v.titles_en if not re.search(r"\b(?:Municipal|Provincial|CPC|Central)\b", t)]
        titles += h.get("en_role_descriptors", [])
        modifiers = h.get("en_title_modifiers", [])
        heads = textutil.trie([_head(t) for t in titles] + [_head(m, _SEPARATOR) for m in modifiers],
                              prefixes=True) or r"(?!x)x"
        return cls(
            en_items=(tuple(titles), tuple(modifiers)),
            en_folded=regexcache.compile(_en_title([fold(t) for t in titles], [fold(m) for m in modifiers],
                                                   trie_alternation)),
            en_heads=regexcache.compile(heads),
            en_local=regexcache.compile(rf"(?:{alternation(h.get('en_local_titles', []), flexible=True)})", re.I),
            zh=regexcache.compile(_zh_title(v)),
            zh_starts=regexcache.compile(textutil.trie([map(re.escape, w) for w in _zh_title_starts(v)],
                                                       prefixes=True) or r"(?!x)x"),
            zh_guard=h.get("zh_title_guard_chars", ""),
        )

    @functools.cached_property
    def en(self) -> re.Pattern[str]:
        """An English title with its modifiers, case-insensitive, on the text as written (the
        rules read ``en_folded``: this one is compiled on first use)."""
        return regexcache.compile(_en_title(*self.en_items), re.I)


def _en_title(titles: Sequence[str], modifiers: Sequence[str],
              alternate: Callable[..., str] = alternation) -> str:
    """``[MODIFIER …] TITLE``, not followed by a letter (hyphen/space and spelling variants);
    ``alternate``: how the lists are written (:func:`trie_alternation` for a case-sensitive
    pattern)."""
    mods = alternate(list(modifiers), flexible=True)
    return rf"(?:(?:{mods})[\s\-]+)*(?:{alternate(list(titles), flexible=True)})(?![\w'’])"


# Characters that ``re.IGNORECASE`` matches to a Latin letter although their lower-case form is
# another one (dotless i, long s) or longer (dotted capital I): fold() writes the letter itself.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    """A lower-case copy of ``text`` in which every character reads as the Latin letter it
    matches case-insensitively, of the same length, keeping what ``\\w`` and ``\\s`` match
    (tests/test_officials_prefilters.py checks it on all of Unicode)."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:  # rare: translate only then
        text = text.translate(_FOLD)
    return text.lower()


# Between two words vocab.flex writes [\s\-‐–]*, after a modifier the title pattern [\s\-]+: the
# heads, a filter, read any non-word characters there (a class quick to compile).
_SEPARATOR = r"\W"


def _head(phrase: str, then: str = "") -> list[str]:
    """The regex atoms (a folded letter, a separator) that every match of ``phrase`` spelled by
    :func:`vocab.flex` and followed by ``then`` begins with: its first two words, up to a letter
    with a spelling variant (Counsel(l)or, Organi[sz]ation) or an apostrophe."""
    words = [w for w in re.split(r"[\s\-]+", phrase.strip()) if w]
    atoms: list[str] = []
    for i, word in enumerate(words[:2]):
        variant = re.search(r"(?<=e)ll?or$|(?<=i)[sz]ation|['’]", word)
        literal = fold(word[:variant.start()] if variant else word)
        atoms += ([_SEPARATOR + "*"] if i else []) + [re.escape(ch) for ch in literal]
        if variant:
            return atoms
    return atoms + ([then] if then and len(words) <= 2 else [])


# the rules try titles at many places of one text: it is folded once
_folded = functools.lru_cache(maxsize=8)(fold)


def en_titles(g: TitlesGrammar, text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``g.en.finditer(text)``."""
    folded = _folded(text)
    pos = 0
    while (head := g.en_heads.search(folded, pos)) is not None:
        m = g.en_folded.match(folded, head.start())
        if m is None:
            pos = head.start() + 1
            continue
        yield m.span()
        pos = max(m.end(), head.start() + 1)  # (a lexicon item of hyphens alone matches "")


_last_zh: tuple[TitlesGrammar | None, str, tuple[tuple[int, int], ...]] = (None, "", ())


def zh_titles(g: TitlesGrammar, text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``g.zh.finditer(text)`` (simplified Chinese). The officials and the
    organisation rules both read them on one text: the last text's are kept."""
    global _last_zh
    last_g, last_text, spans = _last_zh
    if last_g is g and last_text == text:
        return spans
    spans = tuple(m.span() for m in finditer_from(g.zh, g.zh_starts, text))
    _last_zh = (g, text, spans)
    return spans


def _zh_title_starts(v: Vocab) -> list[str]:
    """The words a Chinese title (:func:`_zh_title`) may begin with: a former-holder prefix, a
    modifier, the stationed mark or the title itself."""
    h = v.honor
    return [w for w in [*h.get("zh_former_prefixes", []), *h.get("zh_title_modifiers", []),
                        h.get("zh_stationed", ""), *v.titles_zh] if w]


def _zh_title(v: Vocab) -> str:
    """``[former] [modifier] [stationed PLACE] TITLE``, not followed by a guard character."""
    h = v.honor
    former = alternation(h.get("zh_former_prefixes", []))
    mods = alternation(h.get("zh_title_modifiers", []))
    org_end = v.templates.get("zh_org_end_chars", "")
    no_org_end = f"(?![{org_end}])" if org_end else ""
    stationed = re.escape(h.get("zh_stationed", "")) or "(?!x)x"
    mission = textutil.alternation(h.get("zh_mission_title_starts", [])) or "(?!x)x"
    guard = h.get("zh_title_guard_chars", "")
    return (rf"(?:{former})?(?:{mods})?(?:{stationed}(?:(?!{mission}){no_org_end}[{HAN}]){{1,4}}?)?"
            rf"(?:{alternation(v.titles_zh)})" + (rf"(?![{guard}])" if guard else ""))


def title_at(g: TitlesGrammar, text: str, pos: int, *, capital: bool) -> tuple[int, int] | None:
    """The English title (with modifiers) starting exactly at ``pos``; capitalised when asked."""
    folded = _folded(text)
    if not g.en_heads.match(folded, pos):
        return None
    m = g.en_folded.match(folded, pos)
    if not m or (capital and not text[pos].isupper()):
        return None
    return m.start(), m.end()


__all__ = ["TitlesGrammar", "en_titles", "fold", "title_at", "zh_titles"]
