"""``ParseGrammar``: everything the parse stage matches page lines with, compiled once from a
lexicon — furniture markers (``furniture.yaml``), header labels (``labels.yaml``), site facts
(``site.yaml``) and the header and URL modes of the date grammar (``dates.yaml``).

``parse(source, grammar=…)`` passes it down to every reader of lines; without one, the grammar
of the process-wide lexicon is used (``lexicon.grammar(ParseGrammar)``, built once per lexicon).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import Lexicon, default_grammar
from .date_grammar import DateGrammar
from .furniture import Markers
from .header import LabelSet
from .site import SitePatterns


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a cache key
class ParseGrammar:
    """The parse stage's compiled data of one lexicon."""

    markers: Markers
    labels: LabelSet
    site: SitePatterns
    dates: DateGrammar

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> ParseGrammar:
        return cls(lexicon.grammar(Markers), lexicon.grammar(LabelSet),
                   lexicon.grammar(SitePatterns), lexicon.grammar(DateGrammar))


def parse_grammar() -> ParseGrammar:
    """The parse grammar of the process-wide lexicon."""
    return default_grammar(ParseGrammar)
