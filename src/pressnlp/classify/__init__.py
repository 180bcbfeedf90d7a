"""Release → themes (taxonomy classifier) and slogans (lexicon, detectors, discovery).

    themes, slogans = classify(release)
"""

from __future__ import annotations

import functools

from ..lexicon import on_lexicon_change
from ..problems import Problems, guarded
from ..records import Analysis, Release, Slogan, Theme
from .taxonomy import lexicon_themes


@functools.lru_cache(maxsize=1)
def default_classifier():  # -> ThemeClassifier
    """The process-wide lexicon-mode ThemeClassifier (rebuilt when the lexicon changes).
    ``classify`` calls the same lexicon scorer directly, so analysis never imports scikit-learn."""
    from .themes import ThemeClassifier

    return ThemeClassifier()


on_lexicon_change(default_classifier.cache_clear)


def classify(release: Release | Analysis, problems: Problems | None = None
             ) -> tuple[tuple[Theme, ...], tuple[Slogan, ...]]:
    """Themes (main topic first; none for list/static/document pages) and slogans of a release.
    A component (``classify.slogans``, ``classify.themes``) that fails gives nothing and is
    recorded in ``problems`` (when given, else it raises; see ``pressnlp.problems``)."""
    from .slogans import release_slogans

    rel = release.release if isinstance(release, Analysis) else release
    slogans = guarded(problems, "classify.slogans", lambda: tuple(release_slogans(rel)), ())
    themes = guarded(problems, "classify.themes",
                     lambda: tuple(Theme(label=lab, score=s)
                                   for lab, s in lexicon_themes(rel, slogans)), ())
    return themes, slogans


__all__ = ["classify", "default_classifier"]
