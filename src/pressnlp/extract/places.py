"""Place mentions (GPE): Chinese provinces, prefecture-level cities and districts, and countries.

``find_places(text, lang)`` → non-overlapping ``Mention``s labelled ``GPE`` with ``norm`` = the
Chinese name with its suffix (``沈阳市``, ``辽宁省``, ``德国``), the key shared by EN and ZH mentions.
English matches names and adjectival forms (``Uruguayan`` → 乌拉圭); Chinese districts need their
suffix (``浑南区``) so that common words (``和平``) are not taken for places. The gazetteer is a
:class:`PlacesGrammar` compiled from a lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Mapping

from .. import regexcache
from ..lexicon import Lexicon, default_grammar
from .orgs import Mention
from .vocab import Vocab, trie_alternation


_UNIT_WORD = re.compile(r"\s+\w+$")  # Jilin Province → Jilin


@dataclass(frozen=True)
class PlacesGrammar:
    """The gazetteer of a lexicon; each language's pattern is compiled on first use."""

    en_norm: Mapping[str, str]  # English form → the Chinese name with its suffix
    zh_norm: Mapping[str, str]  # Chinese form → the Chinese name with its suffix

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> PlacesGrammar:
        v = lexicon.grammar(Vocab)
        en_norm: dict[str, str] = {}
        for en, zh in v.places_en.items():
            en_norm[en] = zh + v.place_suffix.get(zh, "")
        for form, en in v.countries_en.items():
            en_norm.setdefault(form, v.country_zh.get(en, en))
        zh_norm: dict[str, str] = {}
        for zh, kind in v.place_kind.items():
            full = zh + v.place_suffix.get(zh, "")
            zh_norm[full] = full
            if kind != "district" and len(zh) > 1:
                zh_norm.setdefault(zh, full)
        for form, en in v.countries_zh.items():
            zh_norm.setdefault(form, v.country_zh.get(en, form))
        return cls(en_norm=en_norm, zh_norm=zh_norm)

    @cached_property
    def en(self) -> re.Pattern[str]:
        """A name or adjective not preceded by a letter (checked after its first character, the
        same as before it, so that sre skips to the names' first characters)."""
        names = trie_alternation(list(self.en_norm), after_first=r"(?<![\w'’\-][\s\S])")
        return regexcache.compile(rf"(?:{names})(?:\s+(?:Province|City|Municipality|District|County))?(?![\w'’\-])")

    @cached_property
    def zh(self) -> re.Pattern[str]:
        return regexcache.compile(trie_alternation(list(self.zh_norm)))


def find_places(text: str, lang: str, grammar: PlacesGrammar | None = None) -> list[Mention]:
    """GPE mentions of ``text`` (simplified copy for Chinese); ``grammar``: the gazetteer
    (None: the process-wide lexicon's)."""
    g = grammar if grammar is not None else default_grammar(PlacesGrammar)
    pattern, norm = (g.zh, g.zh_norm) if lang == "zh" else (g.en, g.en_norm)
    return [Mention(m.start(), m.end(), m.group(), "GPE",
                    norm.get(m.group()) or norm.get(_UNIT_WORD.sub("", m.group())))
            for m in pattern.finditer(text)]


__all__ = ["PlacesGrammar", "find_places"]
