"""Release → themes (taxonomy classifier) and slogans (lexicon, detectors, discovery).

    themes, slogans = classify(release)

The slogan lexicon and the theme taxonomy of one lexicon are a :class:`ClassifyGrammar`
(``classify(release, grammar=...)``; None: the process-wide lexicon's).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..lexicon import Lexicon, default_grammar
from ..problems import Problems, guarded
from ..records import Analysis, Release, Slogan, Theme
from .slogans import SlogansGrammar
from .taxonomy import Taxonomy, lexicon_themes


@dataclass(frozen=True, eq=False)  # compared and hashed by identity
class ClassifyGrammar:
    """The slogan grammar and the theme taxonomy of one lexicon."""

    slogans: SlogansGrammar
    themes: Taxonomy

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> ClassifyGrammar:
        return cls(lexicon.grammar(SlogansGrammar), lexicon.grammar(Taxonomy))


@functools.lru_cache(maxsize=1)
def default_classifier():  # -> ThemeClassifier
    """The process-wide lexicon-mode ThemeClassifier: it reads the taxonomy of the process-wide
    lexicon when it scores. ``classify`` calls the same lexicon scorer directly, so analysis
    never imports scikit-learn."""
    from .themes import ThemeClassifier

    return ThemeClassifier()


def classify(release: Release | Analysis, problems: Problems | None = None,
             grammar: ClassifyGrammar | None = None
             ) -> tuple[tuple[Theme, ...], tuple[Slogan, ...]]:
    """Themes (main topic first; none for list/static/document pages) and slogans of a release.
    A component (``classify.slogans``, ``classify.themes``) that fails gives nothing and is
    recorded in ``problems`` (when given, else it raises; see ``pressnlp.problems``)."""
    from .slogans import release_slogans

    g = grammar if grammar is not None else default_grammar(ClassifyGrammar)
    rel = release.release if isinstance(release, Analysis) else release
    slogans = guarded(problems, "classify.slogans",
                      lambda: tuple(release_slogans(rel, g.slogans)), ())
    themes = guarded(problems, "classify.themes",
                     lambda: tuple(Theme(label=lab, score=s)
                                   for lab, s in lexicon_themes(rel, slogans, taxonomy=g.themes)),
                     ())
    return themes, slogans


__all__ = ["ClassifyGrammar", "classify", "default_classifier"]
