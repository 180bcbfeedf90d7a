"""Release → mentions on spaCy: officials, organisations, places, dates, quantities.

(Placeholder until the extract stage lands.)
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import DateMention, EntityMention, Official, Quantity, Release


@dataclass(frozen=True)
class Extraction:
    officials: tuple[Official, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()


def extract(release: Release) -> Extraction:
    """Everything the entity stage finds in ``release.body``."""
    return Extraction()
