"""Titles of posts (EN and ZH): where a title from ``titles.tsv`` is written in a text.

A :class:`TitlesGrammar` compiled from a lexicon holds the title patterns that the officials
rules and the organisation rules both read: English titles with their modifiers (hyphen/space,
case and spelling variants matched), Chinese titles with a former-holder prefix, a modifier and
a mission's place (``时任``, ``常务``, ``驻沈阳`` + ``总领事``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import textutil
from ..lexicon import Lexicon
from .vocab import HAN, Vocab, alternation, first_chars, starts_of


@dataclass(frozen=True)
class TitlesGrammar:
    en: re.Pattern[str]  # an English title with its modifiers (case-insensitive)
    en_starts: re.Pattern[str]  # where an English title may begin (see vocab.finditer_from)
    en_local: re.Pattern[str]  # a local title (Mayor, Councillor) a bare place may precede
    zh: re.Pattern[str]  # a Chinese title (simplified script)
    zh_starts: re.Pattern[str] | None
    zh_guard: str  # characters after which a Chinese title is part of a name (总领事 + 馆)

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> TitlesGrammar:
        v = lexicon.grammar(Vocab)
        h = v.honor
        titles = [t for t in v.titles_en if not re.search(r"\b(?:Municipal|Provincial|CPC|Central)\b", t)]
        titles += h.get("en_role_descriptors", [])
        mods = alternation(h.get("en_title_modifiers", []), flexible=True)
        en = re.compile(rf"(?:(?:{mods})[\s\-]+)*(?:{alternation(titles, flexible=True)})(?![\w'’])", re.I)
        zh = re.compile(_zh_title(v))
        return cls(
            en=en,
            en_starts=starts_of(titles + h.get("en_title_modifiers", []), ignorecase=True),
            en_local=re.compile(rf"(?:{alternation(h.get('en_local_titles', []), flexible=True)})", re.I),
            zh=zh,
            zh_starts=first_chars(zh),
            zh_guard=h.get("zh_title_guard_chars", ""),
        )


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
    m = g.en.match(text, pos)
    if not m or (capital and not text[pos].isupper()):
        return None
    return m.start(), m.end()


__all__ = ["TitlesGrammar", "title_at"]
