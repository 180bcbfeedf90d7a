"""pressnlp — NLP analysis of official bilingual (English/Chinese) government press releases.

    import pressnlp as pn
    rel = pn.parse("release.txt")             # → Release (header, body, site facts)
    a = pn.analyze(rel)                        # → Analysis (officials, dates, themes, slogans …)
    many = pn.analyze([text1, text2])          # → [Analysis, Analysis]
    pn.parse("no/such/file.txt")               # FileNotFoundError: a path-like string must exist
    res = pn.Corpus.from_path("archive/").analyze(engine="processes", n_jobs=2)
    res.releases, res.officials, res.slogans   # pandas DataFrames
    res = pn.Corpus.from_dataframe(df).analyze()  # df: text (or html) [, id, url] columns
"""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon, default_lexicon
from .pipeline import analyze, parse, set_lexicon
from .records import (Analysis, DateMention, EntityMention, Official, Post, Quantity, Release,
                      Site, Slogan, Theme)
from .version import __version__

_LAZY = {
    "nlp": ("pressnlp.extract", "nlp"),
    "ThemeClassifier": ("pressnlp.classify.themes", "ThemeClassifier"),
    "find_slogans": ("pressnlp.classify.slogans", "find_slogans"),
    "discover_slogans": ("pressnlp.classify.discovery", "discover_slogans"),
    "Corpus": ("pressnlp.corpus", "Corpus"),
    "CorpusResult": ("pressnlp.corpus", "CorpusResult"),
    "read_parquet": ("pressnlp.corpus", "read_parquet"),
}


def __getattr__(name: str) -> Any:
    """Import the heavier parts (spaCy, scikit-learn, pandas) only when first used."""
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'pressnlp' has no attribute {name!r}")


__all__ = ["parse", "analyze", "Lexicon", "default_lexicon", "set_lexicon", "Analysis",
           "DateMention", "EntityMention", "Official", "Post", "Quantity", "Release", "Site",
           "Slogan", "Theme", "__version__", *_LAZY]
