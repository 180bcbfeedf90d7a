"""The one-document API: ``parse`` and ``analyze`` — one release through every stage (parse,
extract, classify), or each of several; ``set_lexicon`` — the lexicon they use."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, overload

from . import lexicon as _lexicon
from .parse import parse as _parse
from .parse.grammar import ParseGrammar
from .problems import Problems, strict_mode
from .records import Analysis, Release

Source = str | bytes | os.PathLike[str]

_PATH_LIKE = re.compile(r"[^\s/\\.]\.(?:txt|html?|shtml|xhtml|xml|json|jsonl|csv|md|text)$",
                        re.I)


def looks_like_path(text: str) -> bool:
    """A one-line string that reads as a file path: it ends with a document file name
    (``no/such/file.txt``, ``./page.html``)."""
    return 0 < len(text) < 1024 and "\n" not in text and bool(_PATH_LIKE.search(text.strip()))


def parse(source: Source, *, url: str | None = None, encoding: str | None = None,
          id: str | None = None, path: str | None = None,
          grammar: ParseGrammar | None = None) -> Release:
    """Parse one page — a path (str or PathLike), raw bytes or decoded text — into a Release.

    A string is read as a path when it names a file, and as the page text otherwise. A string
    that looks like a path (``"no/such/file.txt"``) but names no file raises FileNotFoundError
    rather than being parsed as a one-line page. Otherwise never raises: unreadable, empty,
    binary or oversized input — a ``Path`` to a missing file included — gives an error record
    (``kind == "error"``) with the reason. ``grammar``: the parse grammar of another lexicon
    (``ParseGrammar.from_lexicon(lex)``; default: the process-wide lexicon's).
    """
    _check_path(source)
    return _parse(source, url=url, encoding=encoding, id=id, path=path, grammar=grammar)


@overload
def analyze(source: Release | Source, *, url: str | None = None, id: str | None = None,
            strict: bool | None = None) -> Analysis: ...


@overload
def analyze(source: Iterable[Release | Source], *, url: str | None = None,
            id: str | None = None, strict: bool | None = None) -> list[Analysis]: ...


def analyze(source, *, url=None, id=None, strict=None):
    """Parse ``source`` (unless it is a Release already) and analyse it.

    ``source`` is one document (a Release, a path, text or bytes) → one Analysis; or an
    iterable of documents (a list, tuple, generator …) → a list of Analyses in the same order
    (``url`` and ``id`` then do not apply: use ``pn.Corpus.from_records`` for them). A string
    that looks like a path but names no file raises FileNotFoundError (see ``parse``).
    Otherwise never raises on bad input: a document that cannot be read or parsed comes back
    as an Analysis whose release has ``kind == "error"`` and the reason in ``error``.

    A component that fails (a bug, a bad lexicon) leaves its results empty and is recorded in
    ``Analysis.problems`` (stage, component, error); the other components' results are kept.
    ``strict=True`` raises the component's exception instead (None, the default: the
    process-wide setting, off unless ``PRESSNLP_STRICT=1``; see ``pressnlp.problems``).
    """
    if not isinstance(source, (Release, str, bytes, bytearray, os.PathLike)):
        if not isinstance(source, Iterable):
            raise TypeError(f"analyze takes a document or an iterable of documents, "
                            f"not {type(source).__name__}")
        if url is not None or id is not None:
            raise TypeError("url and id apply to one document; use pn.Corpus.from_records "
                            "for several")
        docs = list(source)
        for doc in docs:
            _check_path(doc)
        return [analyze(doc, strict=strict) for doc in docs]
    with strict_mode(strict):
        return _analyze_one(source, url=url, id=id)


def set_lexicon(lexicon: _lexicon.Lexicon) -> None:
    """Validate ``lexicon``, compile its grammars (``pressnlp.grammars.Grammars``) and make it
    the process-wide lexicon. A :class:`~pressnlp.lexicon.LexiconError` (or a failing
    compilation) leaves the old lexicon in place."""
    from .grammars import Grammars

    Grammars.of(lexicon)
    _lexicon.set_lexicon(lexicon)


def _check_path(source: object) -> None:
    """A string that looks like a path must name a file (a PathLike that names none gives an
    error record: it cannot be mistaken for text)."""
    if isinstance(source, str) and looks_like_path(source) and not _is_file(source):
        raise FileNotFoundError(f"no such file: {source!r} (pass the page text itself, or "
                                "an existing path)")


def _is_file(text: str) -> bool:
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def _analyze_one(source: Release | Source, *, url: str | None, id: str | None) -> Analysis:
    _check_path(source)
    from .classify import classify
    from .extract import Extraction, extract
    from .grammars import current

    grammars = current()
    release = source if isinstance(source, Release) else _parse(source, url=url, id=id,
                                                                grammar=grammars.parse)
    if release.kind == "error":
        return Analysis(release=release)
    problems = Problems()  # each component's failure (and the stage's own, as a whole)
    ex = problems.run("extract", lambda: extract(release, problems, grammars.entities),
                      Extraction())
    themes, slogans = problems.run("classify", lambda: classify(release, problems, grammars.classify),
                                   ((), ()))
    return Analysis(release=release, officials=ex.officials, entities=ex.entities,
                    dates=ex.dates, quantities=ex.quantities, themes=themes, slogans=slogans,
                    problems=tuple(problems))


__all__ = ["parse", "analyze", "looks_like_path", "set_lexicon"]
