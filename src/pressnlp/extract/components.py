"""pressnlp's spaCy components, registered as factories for any pipeline::

    nlp = spacy.blank("en")
    nlp.add_pipe("pressnlp_orgs"); nlp.add_pipe("pressnlp_officials")
    doc = nlp(text); doc._.officials; doc.ents; doc.spans["pressnlp"]

Each component reads ``doc.text`` (a simplified copy for Chinese, same offsets), adds its spans
to ``doc.spans["pressnlp"]`` (all, overlaps kept) and to ``doc.ents`` (non-overlapping, longest
first, existing entities kept where they do not clash), and fills a ``Doc._`` extension:
``doc._.officials``, ``doc._.orgs``, ``doc._.places``, ``doc._.dates``, ``doc._.quantities``.
``doc._.pub_date`` (ISO string or ``datetime.date``) is the input for date resolution.
A component that fails raises in strict mode (``pressnlp.problems``); otherwise its result is
empty and the failure is recorded in ``doc._.problems`` (a list of ``Problem`` records).
Span ``kb_id_`` carries the canonical name (``norm``) where the lexicon knows it.
Like a spaCy component owning its patterns, the officials, organisation, place and quantity
components take their grammar when they are made: that of the process-wide lexicon at that time.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lexicon import default_grammar
from ..parse.date_grammar import DateGrammar
from ..problems import Problems
from ..records import Official
from ..script import to_simplified
from .annotate import mentions
from .dates import find_dates
from .names import name_norm
from .officials import OfficialsGrammar, find_officials, link_mentions
from .officials_en import parse_chain
from .orgs import Mention, OrgsGrammar, find_orgs
from .places import PlacesGrammar, find_places
from .quantities import find_quantities
from .quantities_lexicon import QuantityData

SPANS_KEY = "pressnlp"

for _ext in ("officials", "orgs", "places", "dates", "quantities", "pub_date", "problems"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get(("pressnlp", "text"))
    if text is None:
        text = doc.user_data[("pressnlp", "text")] = doc.text
    return text


def _lang(doc: Doc, lang: str | None) -> str:
    return lang or ("zh" if doc.lang_ == "zh" else "en")


def _model_ents(doc: Doc) -> list[Span]:
    """Entities set before the first pressnlp component (a pretrained NER), read once."""
    ents = doc.user_data.get(("pressnlp", "model_ents"))
    if ents is None:
        ents = list(doc.ents) if doc.has_annotation("ENT_IOB") else []
        doc.user_data[("pressnlp", "model_ents")] = ents
    return ents


def add_spans(doc: Doc, items: Iterable[tuple[int, int, str, str | None]]) -> None:
    """Add ``(start, end, label, norm)`` character spans to the span group and to ``doc.ents``."""
    model = _model_ents(doc)
    new: list[Span] = []
    for start, end, label, norm in items:
        span = doc.char_span(start, end, label=label, kb_id=norm or "", alignment_mode="expand")
        if span is not None and len(span):
            new.append(span)
    if not new:
        return
    group = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
    doc.spans[SPANS_KEY] = group + new
    ours = doc.user_data.setdefault(("pressnlp", "ents"), [])
    ours.extend(new)
    try:
        doc.ents = filter_spans(list(model) + ours)
    except ValueError:  # overlapping tokens after expansion: keep what fits
        doc.ents = filter_spans(list(model))


def simple_text(doc: Doc, lang: str) -> str:
    """The text the rules search: a simplified copy for Chinese (same offsets), built once."""
    if lang != "zh":
        return doc_text(doc)
    simple = doc.user_data.get(("pressnlp", "simple"))
    if simple is None:
        simple = doc.user_data[("pressnlp", "simple")] = to_simplified(doc_text(doc))
    return simple


def _mentions(doc: Doc, lang: str, func: Any, grammar: Any) -> list[Mention]:
    return mentions(doc_text(doc), lang, func, simple_text(doc, lang), grammar)


def _guarded(doc: Doc, component: str, func: Any) -> list:
    """``func()``, or nothing with the failure recorded in ``doc._.problems``."""
    if doc._.problems is None:
        doc._.problems = []
    return Problems(doc._.problems).run(component, func, [])


class _Component:
    """A pressnlp component: the rules of ``lang`` (None: the Doc's language)."""

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang


class OrgsComponent(_Component):
    """ORG spans from the organisation lexicon, templates and acronyms."""

    def __init__(self, lang: str | None = None, grammar: OrgsGrammar | None = None) -> None:
        super().__init__(lang)
        self.grammar = grammar if grammar is not None else default_grammar(OrgsGrammar)

    def __call__(self, doc: Doc) -> Doc:
        lang = _lang(doc, self.lang)
        found = _guarded(doc, "extract.orgs", lambda: _mentions(doc, lang, find_orgs, self.grammar))
        doc._.orgs = found
        add_spans(doc, ((m.start, m.end, "ORG", m.norm) for m in found))
        return doc


class PlacesComponent(_Component):
    """GPE spans from the gazetteer of Chinese places and of countries."""

    def __init__(self, lang: str | None = None, grammar: PlacesGrammar | None = None) -> None:
        super().__init__(lang)
        self.grammar = grammar if grammar is not None else default_grammar(PlacesGrammar)

    def __call__(self, doc: Doc) -> Doc:
        lang = _lang(doc, self.lang)
        found = _guarded(doc, "extract.places",
                         lambda: _mentions(doc, lang, find_places, self.grammar))
        doc._.places = found
        add_spans(doc, ((m.start, m.end, "GPE", m.norm) for m in found))
        return doc


class OfficialsComponent(_Component):
    """Officials (``doc._.officials``) and their PERSON spans.

    When the pipeline has a statistical NER (a pretrained pipeline), its PERSON entities right
    after a title (or before ``, TITLE``) that the rules missed are added as officials too.
    """

    def __init__(self, lang: str | None = None, grammar: OfficialsGrammar | None = None) -> None:
        super().__init__(lang)
        self.grammar = grammar if grammar is not None else default_grammar(OfficialsGrammar)

    def __call__(self, doc: Doc) -> Doc:
        lang = _lang(doc, self.lang)
        officials = _guarded(doc, "extract.officials", lambda: _officials(doc, lang, self.grammar))
        doc._.officials = officials
        add_spans(doc, ((o.start, o.end, "PERSON", o.name_norm) for o in officials))
        return doc


def _officials(doc: Doc, lang: str, g: OfficialsGrammar) -> list[Official]:
    """The rules' officials of ``doc``, with those a model's PERSON entities add."""
    text = doc_text(doc)
    officials = find_officials(text, lang, simple=simple_text(doc, lang), grammar=g)
    extra = _from_model_persons(doc, lang, officials, g)
    if extra:
        officials = link_mentions(text, sorted(officials + extra, key=lambda o: o.start), g)
    return officials


def _from_model_persons(doc: Doc, lang: str, officials: list[Official], g: OfficialsGrammar
                        ) -> list[Official]:
    """Officials proposed by a model's PERSON entities next to a title the rules know."""
    persons = [e for e in _model_ents(doc) if e.label_ == "PERSON"]
    if not persons:
        return []
    known = {o.name_norm for o in officials}
    covered = [(o.start, o.end) for o in officials] + [m for o in officials for m in o.mentions]
    text = doc_text(doc)
    simple = simple_text(doc, lang)
    out: list[Official] = []
    for e in persons:
        s, t = e.start_char, e.end_char
        name = text[s:t].strip()
        if not name or any(a < t and s < b for a, b in covered) or name_norm(name, g.names) in known:
            continue
        title = org = None
        if lang == "zh":
            m = None
            for m in g.zh.titles.zh.finditer(simple, max(0, s - 12), s):
                pass
            if m is not None and m.end() == s:
                title = text[m.start():m.end()]
        else:
            before = re.search(r"([A-Z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3})\s+$", text[max(0, s - 60):s])
            if before:
                m = g.en.titles.en.search(before.group(1))
                if m and m.end() == len(before.group(1)):
                    title = m.group()
            after = re.match(r",\s*(?:the\s+)?", text[t:t + 8])
            if title is None and after:
                posts, _ = parse_chain(g.en, text, t + after.end(), capital=False, name_follows=False)
                if posts:
                    (ts, te), o = posts[0]
                    title, org = text[ts:te], (text[o[0]:o[1]] if o else None)
        if title:
            out.append(Official(name=name, title=title, org=org, lang=lang, start=s, end=t,
                                name_norm=name_norm(name, g.names)))
            known.add(name_norm(name, g.names))
    return out


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


class DatesComponent(_Component):
    """DATE spans and ``doc._.dates`` resolved against ``doc._.pub_date`` (see extract.dates)."""

    def __init__(self, lang: str | None = None, grammar: DateGrammar | None = None) -> None:
        super().__init__(lang)
        self.grammar = grammar if grammar is not None else default_grammar(DateGrammar)

    def __call__(self, doc: Doc) -> Doc:
        lang = _lang(doc, self.lang)
        found = _guarded(doc, "extract.dates",
                         lambda: find_dates(doc_text(doc), lang, _as_date(doc._.pub_date),
                                            grammar=self.grammar))
        doc._.dates = found
        add_spans(doc, ((d.start, d.end, "DATE", d.iso) for d in found))
        return doc


class QuantitiesComponent(_Component):
    """QUANTITY spans and ``doc._.quantities`` (see extract.quantities)."""

    def __init__(self, lang: str | None = None, grammar: QuantityData | None = None) -> None:
        super().__init__(lang)
        self.grammar = grammar if grammar is not None else default_grammar(QuantityData)

    def __call__(self, doc: Doc) -> Doc:
        lang = _lang(doc, self.lang)
        found = _guarded(doc, "extract.quantities",
                         lambda: find_quantities(doc_text(doc), lang, self.grammar))
        doc._.quantities = found
        add_spans(doc, ((q.start, q.end, "QUANTITY", None) for q in found))
        return doc


@Language.factory("pressnlp_orgs", default_config={"lang": None})
def make_orgs(nlp: Language, name: str, lang: str | None) -> OrgsComponent:
    return OrgsComponent(lang)


@Language.factory("pressnlp_places", default_config={"lang": None})
def make_places(nlp: Language, name: str, lang: str | None) -> PlacesComponent:
    return PlacesComponent(lang)


@Language.factory("pressnlp_officials", default_config={"lang": None})
def make_officials(nlp: Language, name: str, lang: str | None) -> OfficialsComponent:
    return OfficialsComponent(lang)


@Language.factory("pressnlp_dates", default_config={"lang": None})
def make_dates(nlp: Language, name: str, lang: str | None) -> DatesComponent:
    return DatesComponent(lang)


@Language.factory("pressnlp_quantities", default_config={"lang": None})
def make_quantities(nlp: Language, name: str, lang: str | None) -> QuantitiesComponent:
    return QuantitiesComponent(lang)


COMPONENTS = ("pressnlp_orgs", "pressnlp_places", "pressnlp_dates", "pressnlp_quantities",
              "pressnlp_officials")
