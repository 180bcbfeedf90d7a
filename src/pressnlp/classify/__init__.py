"""Release → themes (taxonomy classifier) and slogans (lexicon, detectors, discovery).

(Placeholder until the classify stage lands.)
"""

from __future__ import annotations

from ..records import Release, Slogan, Theme


def classify(release: Release) -> tuple[tuple[Theme, ...], tuple[Slogan, ...]]:
    """Themes and slogans of one release."""
    return (), ()
