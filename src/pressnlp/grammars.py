"""The grammars of one lexicon, compiled once: what the analysis stages match text with.

Each component module has a frozen grammar type built from a validated lexicon
(``PlacesGrammar.from_lexicon(lex)``, ``OfficialsGrammar.from_lexicon(lex)`` …), the way a spaCy
component owns its patterns. :class:`Grammars` holds them all, built eagerly from one lexicon
(``Grammars.from_lexicon(lex)``; ``Grammars.of(lex)`` builds it once per lexicon).
``pn.analyze`` takes the container of the process-wide lexicon once per document and passes
parse, extract and classify their grammars; ``pn.set_lexicon`` compiles the new lexicon's
container before installing it — nothing compiled from the old one needs clearing.

Compiled once per lexicon but read as the process-wide lexicon's rather than passed: the corpus
layer's ``CorpusIndex``. Only jieba's user dictionary, which is jieba's global state, is reloaded
through a reset hook (``pressnlp.lexicon.on_lexicon_change``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .classify import ClassifyGrammar
from .classify.slogans import SlogansGrammar
from .classify.taxonomy import Taxonomy
from .extract.annotate import EntitiesGrammar
from .extract.officials import OfficialsGrammar
from .extract.orgs import OrgsGrammar
from .extract.places import PlacesGrammar
from .extract.quantities_lexicon import QuantityData
from .lexicon import Lexicon, default_lexicon
from .parse.grammar import ParseGrammar


@dataclass(frozen=True, eq=False)  # compared and hashed by identity
class Grammars:
    """Every compiled grammar of one lexicon."""

    lexicon: Lexicon
    parse: ParseGrammar  # furniture markers, header labels, site facts, dates (``pressnlp.parse``)
    entities: EntitiesGrammar  # officials, organisations, places, quantities (``pressnlp.extract``)
    classify: ClassifyGrammar  # slogans and the theme taxonomy (``pressnlp.classify``)

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> Grammars:
        """Compile every grammar of ``lexicon`` (validated first)."""
        lexicon.validate()
        return cls(lexicon=lexicon, parse=lexicon.grammar(ParseGrammar),
                   entities=lexicon.grammar(EntitiesGrammar),
                   classify=lexicon.grammar(ClassifyGrammar))

    @classmethod
    def of(cls, lexicon: Lexicon) -> Grammars:
        """The grammars of ``lexicon``, compiled on the first call for it."""
        return lexicon.grammar(cls)

    @property
    def officials(self) -> OfficialsGrammar:
        return self.entities.officials

    @property
    def orgs(self) -> OrgsGrammar:
        return self.entities.orgs

    @property
    def places(self) -> PlacesGrammar:
        return self.entities.places

    @property
    def quantities(self) -> QuantityData:
        return self.entities.quantities

    @property
    def slogans(self) -> SlogansGrammar:
        return self.classify.slogans

    @property
    def themes(self) -> Taxonomy:
        return self.classify.themes


def current() -> Grammars:
    """The grammars of the process-wide lexicon (``pn.set_lexicon`` changes it)."""
    return Grammars.of(default_lexicon())


__all__ = ["Grammars", "ParseGrammar", "current"]
