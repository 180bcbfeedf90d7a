"""Release → mentions on spaCy: officials, organisations, places, dates, quantities.

    import pressnlp as pn
    from pressnlp.extract import extract
    ex = extract(release)             # Extraction(officials, entities, dates, quantities)
    nlp = pn.nlp("zh")                # spaCy pipeline with the pressnlp components
    doc = nlp("市委副书记、市长吕志成会见了…"); doc._.officials; doc.ents

Each paragraph runs through the rules of its language (``release.paragraph_langs``) — through
``nlp(lang).pipe`` when a pretrained spaCy pipeline is the base, else on the text directly (the
same component functions, no tokenising) — offsets are mapped to ``release.body``; officials
are then merged per language over the whole release (one entry a person) and back-references
linked across paragraphs.

Failures surface: a component (``extract.officials``, ``extract.orgs``, ``extract.places``,
``extract.dates``, ``extract.quantities``) that raises gives nothing and is recorded in the
``problems`` collector passed in (``pressnlp.problems``; strict mode re-raises); without a
collector the exception propagates.

The rules' patterns come in an :class:`~pressnlp.extract.annotate.EntitiesGrammar` compiled
from a lexicon: ``extract(release, grammar=...)`` (``pn.analyze`` passes the one of its
``pressnlp.grammars.Grammars``); None: the process-wide lexicon's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..problems import Problems, guarded
from ..records import DateMention, EntityMention, Official, Problem, Quantity, Release
from ..script import cjk_count
from ..lexicon import default_grammar
from .annotate import EntitiesGrammar, annotate_text
from .officials import link_mentions, merge_officials
from .pipeline import base_model, ensure_jieba_words, nlp
from .spans import SpanSet, bare_uses, non_overlapping

CHUNK = 50_000  # characters a spaCy call gets at most (bodies of 1 MB are cut at spaces)
# jieba's HMM (finalseg.viterbi) copies its path at every character of a run of unknown
# characters, i.e. it is quadratic in the run length: Chinese pieces are cut shorter.
CHUNK_ZH = 3_000
_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z]*[A-Z])\)$")


@dataclass(frozen=True)
class Extraction:
    officials: tuple[Official, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()


def extract(release: Release, problems: Problems | None = None,
            grammar: EntitiesGrammar | None = None) -> Extraction:
    """Everything the entity stage finds in ``release.body``; a component that fails is
    recorded in ``problems`` (when given, else it raises) and the others go on."""
    g = grammar if grammar is not None else default_grammar(EntitiesGrammar)
    officials, entities = _officials_and_entities(release, problems, g)
    dates = guarded(problems, "extract.dates", lambda: _dates(release, g), [])
    quantities = guarded(problems, "extract.quantities", lambda: _quantities(release, g), [])
    entities += [EntityMention(d.text, "DATE", d.start, d.end, d.iso) for d in dates]
    entities += [EntityMention(q.text, "QUANTITY", q.start, q.end) for q in quantities]
    entities.sort(key=lambda e: (e.start, -e.end))
    return Extraction(tuple(officials), tuple(entities), tuple(dates), tuple(quantities))


def _dates(release: Release, g: EntitiesGrammar) -> list[DateMention]:
    from .dates import find_dates_in_release

    return find_dates_in_release(release, g.dates)


def _quantities(release: Release, g: EntitiesGrammar) -> list[Quantity]:
    from .quantities import find_quantities_in_release

    return find_quantities_in_release(release, g.quantities)


def _paragraph_lang(text: str, lang: str | None) -> str:
    if lang in ("en", "zh"):
        return lang
    return "zh" if cjk_count(text) >= 0.3 * max(len(text.strip()), 1) / 2 else "en"


def _pieces(release: Release) -> Iterator[tuple[int, str, str]]:
    """(body offset, text, lang) of every paragraph, long ones cut into CHUNK-sized pieces."""
    body = release.body
    for start, end, lang in release.paragraph_spans():
        text = body[start:end]
        lang = _paragraph_lang(text, lang if lang != "mixed" else None)
        size = CHUNK_ZH if lang == "zh" else CHUNK
        pos = 0
        while pos < len(text):
            stop = min(len(text), pos + size)
            if stop < len(text):
                cut = max(text.rfind(ch, pos + size // 2, stop) for ch in ".。\n ")
                stop = cut + 1 if cut > pos else stop
            yield start + pos, text[pos:stop], lang
            pos = stop


def _officials_and_entities(release: Release, problems: Problems | None, g: EntitiesGrammar
                            ) -> tuple[list[Official], list[EntityMention]]:
    by_lang: dict[str, list[tuple[int, str]]] = {"en": [], "zh": []}
    for off, text, lang in _pieces(release):
        if text.strip():
            by_lang[lang].append((off, text))
    officials: list[Official] = []
    entities: list[EntityMention] = []
    body = release.body
    for lang, items in by_lang.items():
        if not items:
            continue
        found: list[Official] = []
        for (off, _text), (offs, orgs, places) in zip(items, _annotated(items, lang, problems, g)):
            for o in offs:
                found.append(_shift(o, off))
            for m in orgs + places:
                entities.append(EntityMention(m.text, m.label, m.start + off, m.end + off,
                                              m.norm, lang))
        merged = guarded(problems, "extract.officials",
                         lambda: link_mentions(body, merge_officials(found, lang, g.officials),
                                               g.officials), [])
        officials += merged
        for o in merged:
            entities.append(EntityMention(o.name, "PERSON", o.start, o.end, o.name_norm, lang))
    guarded(problems, "extract.orgs", lambda: _resolve_acronyms(body, entities), None)
    officials.sort(key=lambda o: o.start)
    return officials, non_overlapping(entities)


def _annotated(items: list[tuple[int, str]], lang: str, problems: Problems | None,
               g: EntitiesGrammar) -> Iterator[tuple[list, list, list]]:
    """(officials, orgs, places) of each text. The rules read only the text, so with a blank
    base pipeline (no statistical NER to add names) the texts are neither tokenised nor given
    to spaCy at all; with a pretrained base they go through ``nlp.pipe`` (whose components
    record their failures on ``doc._.problems``: they join ``problems``, or are raised)."""
    pipe = None
    # the cached pipeline's components hold the process-wide lexicon's grammars: another
    # grammar runs the rules on the text directly
    if base_model(lang) is not None and g is default_grammar(EntitiesGrammar):
        from .components import COMPONENTS

        pipe = nlp(lang)
        if all(name in COMPONENTS for name in pipe.pipe_names):
            pipe = None  # the model did not load: blank
    if pipe is None:
        if lang == "zh":
            ensure_jieba_words()  # the Chinese rules consult jieba's dictionary
        for _, text in items:
            yield annotate_text(text, lang, problems, g)
        return
    docs = pipe.pipe((t for _, t in items), disable=["pressnlp_dates", "pressnlp_quantities"])
    for doc in docs:
        _collect(doc._.problems, problems)
        yield doc._.officials or [], doc._.orgs or [], doc._.places or []


def _collect(found: list[Problem] | None, problems: Problems | None) -> None:
    """The problems a Doc's components recorded, into ``problems`` (raised without it)."""
    if not found:
        return
    if problems is None:
        first = found[0]
        raise RuntimeError(f"{first.component} failed: {first.error}: {first.message}")
    problems.extend(found)


def _shift(o: Official, off: int) -> Official:
    if off == 0:  # the first paragraph's
        return o
    return Official(o.name, o.title, o.org, o.posts, o.lang, o.start + off, o.end + off,
                    o.name_norm, tuple((a + off, b + off) for a, b in o.mentions))


def _resolve_acronyms(body: str, entities: list[EntityMention]) -> None:
    """``Changchun Foreign Affairs Office (CCFAO)`` → later bare ``CCFAO`` gets its norm."""
    defined: dict[str, str] = {}
    for e in entities:
        m = _ACRONYM_DEF.search(e.text) if e.label == "ORG" else None
        if m:
            full = re.sub(r"^[Tt]he\s+", "", e.text[:m.start()].strip())
            defined.setdefault(m.group(1), e.norm or full)
    if not defined:
        return
    for i, e in enumerate(entities):
        if e.label == "ORG" and e.text in defined and not e.norm:
            entities[i] = EntityMention(e.text, e.label, e.start, e.end, defined[e.text], e.lang)
    covered = SpanSet((e.start, e.end) for e in entities)
    for acr, norm in defined.items():
        for m in bare_uses(acr, body, not_after="(", not_before=")"):
            if not covered.covers(m.start()):
                entities.append(EntityMention(acr, "ORG", m.start(), m.end(), norm, "en"))


__all__ = ["Extraction", "extract", "nlp"]
