"""The rules on plain text: what pressnlp's spaCy components put on a Doc, without a Doc.

``annotate_text(text, lang)`` → (officials, orgs, places) with offsets into ``text``. The
components (``components.py``) call the same functions on ``doc.text``; ``extract`` calls
``annotate_text`` directly when the pipeline has no statistical model (the rules read only the
text, so tokenising it would be wasted work), which also keeps spaCy out of the process.
The three rules' grammars travel together as an :class:`EntitiesGrammar`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..lexicon import Lexicon, default_grammar
from ..parse.date_grammar import DateGrammar
from ..problems import Problems, guarded
from ..records import Official
from ..script import to_simplified
from .officials import OfficialsGrammar, find_officials
from .orgs import Mention, OrgsGrammar, find_orgs
from .places import PlacesGrammar, find_places
from .quantities_lexicon import QuantityData


@dataclass(frozen=True, eq=False)  # compared and hashed by identity
class EntitiesGrammar:
    """The grammars of the entity rules of one lexicon: officials, organisations, places
    (``annotate_text``), dates and quantities."""

    officials: OfficialsGrammar
    orgs: OrgsGrammar
    places: PlacesGrammar
    dates: DateGrammar
    quantities: QuantityData

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> EntitiesGrammar:
        return cls(lexicon.grammar(OfficialsGrammar), lexicon.grammar(OrgsGrammar),
                   lexicon.grammar(PlacesGrammar), lexicon.grammar(DateGrammar),
                   lexicon.grammar(QuantityData))


def mentions(text: str, lang: str, func: Any, simple: str | None = None, grammar: Any = None
             ) -> list[Mention]:
    """``func(text, lang, grammar)`` on ``text`` (its simplified copy ``simple`` for Chinese),
    reported as written."""
    if lang == "zh":
        simple = to_simplified(text) if simple is None else simple
    found = func(simple if lang == "zh" else text, lang, grammar)
    out = []
    for m in found:
        written = text[m.start:m.end]
        same = type(m) is Mention and m.text == written  # then the mention is kept as it is
        out.append(m if same else Mention(m.start, m.end, written, m.label, m.norm))
    return out


def annotate_text(text: str, lang: str, problems: Problems | None = None,
                  grammar: EntitiesGrammar | None = None
                  ) -> tuple[list[Official], list[Mention], list[Mention]]:
    """(officials, orgs, places) of ``text`` in ``lang`` (``"en"`` or ``"zh"``). A failing
    rule raises; with ``problems`` it gives nothing and is recorded there instead.
    ``grammar``: the rules' patterns (None: the process-wide lexicon's)."""
    g = grammar if grammar is not None else default_grammar(EntitiesGrammar)
    simple = to_simplified(text) if lang == "zh" else text
    return (guarded(problems, "extract.officials",
                    lambda: find_officials(text, lang, simple=simple, grammar=g.officials), []),
            guarded(problems, "extract.orgs",
                    lambda: mentions(text, lang, find_orgs, simple, g.orgs), []),
            guarded(problems, "extract.places",
                    lambda: mentions(text, lang, find_places, simple, g.places), []))


__all__ = ["EntitiesGrammar", "annotate_text", "mentions"]
