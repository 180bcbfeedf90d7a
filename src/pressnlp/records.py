"""The record model: frozen dataclasses for a parsed release and everything found in it.

Every record has ``to_dict()`` giving plain JSON-ready data in the shape of the devset
SCHEMA (``id, path, url, kind, language, script, title, date, author, source, body,
paragraphs, site, officials, entities, dates, quantities, themes, slogans, error``).
Offsets (``start``/``end``) are character offsets into ``Release.body``.
"""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass, fields
from typing import Any, Callable

KINDS = ("release", "list", "static", "document", "error")
LANGUAGES = ("en", "zh", "mixed")
SCRIPTS = ("simplified", "traditional", "latin")
PARAGRAPH_SEP = "\n\n"


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """Tuples to lists, records to dicts, recursively."""
    if type(value) in _SCALARS:
        return value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):  # mostly scalars or records: no call for those
        return [v if type(v) in _SCALARS else v.to_dict() if isinstance(v, _Record)
                else _plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Record:
    """Mixin: ``to_dict`` over the dataclass fields."""

    def to_dict(self) -> dict[str, Any]:
        names, values, nested = _layout(type(self))
        d = dict(zip(names, values(self)))
        for name in nested:
            d[name] = _plain(d[name])
        return d


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    """The names of a record class's dataclass fields, in order."""
    return tuple(f.name for f in fields(cls))


_SCALAR_TYPE = re.compile(r"(?:str|int|float|bool|None)(?:\s*\|\s*(?:str|int|float|bool|None))*")


@functools.lru_cache(maxsize=None)
def _layout(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]], tuple[str, ...]]:
    """A record class's field names, a getter of all their values (a tuple), and the fields
    whose declared type is not a scalar (``str | None``, ``int`` …): only their values need
    converting to plain data; a scalar field's value is copied as it is."""
    names = _field_names(cls)
    getter = operator.attrgetter(*names)
    values = getter if len(names) > 1 else (lambda record: (getter(record),))
    nested = tuple(f.name for f in fields(cls) if not _SCALAR_TYPE.fullmatch(str(f.type)))
    return names, values, nested


@dataclass(frozen=True)
class Site(_Record):
    """Facts of the hosting site, taken from the page furniture (footer, header)."""

    host: str | None = None
    organizer: str | None = None
    icp: str | None = None
    gongan: str | None = None
    site_code: str | None = None
    license: str | None = None
    address: str | None = None
    postcode: str | None = None
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    websites: tuple[str, ...] = ()
    copyright: str | None = None
    tech_support: str | None = None

    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in _field_names(type(self)))


@dataclass(frozen=True)
class Release(_Record):
    """A parsed page: header facts, clean body paragraphs, site facts."""

    id: str | None = None
    path: str | None = None
    url: str | None = None
    kind: str = "release"
    language: str | None = None
    script: str | None = None
    title: str | None = None
    date: str | None = None  # ISO day of publication
    author: str | None = None
    source: str | None = None
    editor: str | None = None
    paragraphs: tuple[str, ...] = ()
    paragraph_langs: tuple[str, ...] = ()  # "en" | "zh" per paragraph
    site: Site | None = None
    furniture: tuple[str, ...] = ()  # lines removed from the page as boilerplate
    url_date: str | None = None  # date found in the URL (fallback only)
    encoding: str | None = None
    error: str | None = None
    error_stage: str | None = None

    @property
    def body(self) -> str:
        return PARAGRAPH_SEP.join(self.paragraphs)

    def paragraph_spans(self) -> list[tuple[int, int, str]]:
        """(start, end, lang) of each paragraph inside ``body``."""
        spans, pos = [], 0
        langs = self.paragraph_langs or (self.language or "en",) * len(self.paragraphs)
        for text, lang in zip(self.paragraphs, langs):
            spans.append((pos, pos + len(text), lang))
            pos += len(text) + len(PARAGRAPH_SEP)
        return spans

    @classmethod
    def error_record(cls, reason: str, *, id: str | None = None, path: str | None = None,
                     url: str | None = None, stage: str = "read") -> "Release":
        return cls(id=id, path=path, url=url, kind="error", error=reason, error_stage=stage)

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d["body"] = self.body if self.kind not in ("list", "error") or self.paragraphs else None
        site = self.site
        d["site"] = None if site is None or site.is_empty() else site.to_dict()
        return d


@dataclass(frozen=True)
class Post(_Record):
    """One (title, organisation) pair of an official."""

    title: str | None
    org: str | None = None


@dataclass(frozen=True)
class Official(_Record):
    """A named person with an official post, as first fully mentioned."""

    name: str
    title: str | None = None
    org: str | None = None
    posts: tuple[Post, ...] = ()
    lang: str = "en"
    start: int = 0
    end: int = 0
    name_norm: str | None = None  # normalised name (honorifics dropped, surname case folded)
    mentions: tuple[tuple[int, int], ...] = ()  # later back-references (start, end)


@dataclass(frozen=True)
class EntityMention(_Record):
    """A span of a labelled entity: PERSON, ORG, GPE, DATE, QUANTITY, EVENT."""

    text: str
    label: str
    start: int
    end: int
    norm: str | None = None  # canonical name (e.g. the EN↔ZH lexicon key), when known
    lang: str | None = None


@dataclass(frozen=True)
class DateMention(_Record):
    """A date expression with its ISO value: a day, a month (YYYY-MM) or a range (a/b)."""

    text: str
    iso: str | None
    start: int = 0
    end: int = 0
    grain: str | None = None  # day | month | range | None when unresolved
    inferred: bool = False  # the year comes from the page (an anniversary, a year at the top)


@dataclass(frozen=True)
class Quantity(_Record):
    """A cardinal amount: value, modifier, counted unit and (optionally) its container."""

    text: str
    value: float | int | None
    modifier: str | None = None
    unit: str | None = None
    start: int = 0
    end: int = 0
    container: int | None = None  # index (in the release's quantities) of the "from/of" amount


@dataclass(frozen=True)
class Theme(_Record):
    label: str
    score: float


@dataclass(frozen=True)
class Slogan(_Record):
    """A slogan mention: canonical form and category from the lexicon, or a detected novel one."""

    text: str
    canonical: str | None = None
    category: str | None = None
    numbered: bool = False
    novel: bool = False
    start: int = 0
    end: int = 0
    cue: str | None = None  # lexicon | quoted | numbered | parallel (how it was found)


@dataclass(frozen=True)
class Problem(_Record):
    """A component that failed on a release (the release and the other components' results
    are kept): ``stage`` (extract | classify), ``component`` (``extract.officials``), the
    error's type and message. See :mod:`pressnlp.problems`."""

    stage: str
    component: str
    error: str
    message: str


@dataclass(frozen=True)
class Analysis(_Record):
    """A release with everything pressnlp found in it, and the components that failed on it
    (``problems``; the key is in ``to_dict()`` only when there is one)."""

    release: Release
    officials: tuple[Official, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    themes: tuple[Theme, ...] = ()
    slogans: tuple[Slogan, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def id(self) -> str | None:
        return self.release.id

    def to_dict(self) -> dict[str, Any]:
        d = self.release.to_dict()
        for name in ("officials", "entities", "dates", "quantities", "themes", "slogans"):
            d[name] = _plain(getattr(self, name))
        if self.problems:
            d["problems"] = _plain(self.problems)
        return d


__all__ = ["Site", "Release", "Post", "Official", "EntityMention", "DateMention", "Quantity",
           "Theme", "Slogan", "Problem", "Analysis", "KINDS", "LANGUAGES", "SCRIPTS"]
