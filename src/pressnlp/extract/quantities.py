"""Quantity mentions: value, modifier, counted unit and container (GENRE.md §7).

``find_quantities(text, lang)`` runs the EN (:mod:`.quantities_en`) or ZH
(:mod:`.quantities_zh`) grammar over a text, skipping numbers inside date mentions, and
links containers: in ``more than 50 officials from nearly 30 departments`` and
``15个国家的20余名记者`` the officials / journalists point (``container``) at the
departments / countries. ``find_quantities_in_release`` does so paragraph by paragraph in
each paragraph's language, with body offsets and release-wide container indices.
Traditional script is matched on a simplified copy; output keeps the original text. The
grammar is a :class:`~pressnlp.extract.quantities_lexicon.QuantityData` compiled from a lexicon
(``grammar=None``: the process-wide lexicon's).
"""

from __future__ import annotations

import re

from ..records import Quantity, Release
from .dates import scanned
from .quantities_en import find_quantities_en
from .quantities_lexicon import QuantityData, quantity_data
from .quantities_zh import find_quantities_zh

_EN_LINK = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:from|of|in|across|representing)\s+$")
_ZH_LINK = re.compile(r"^的$")


def _containers(text: str, qs: list[Quantity], lang: str) -> list[int | None]:
    """The ``container`` (index into ``qs``) of each quantity: counted things inside another
    amount."""
    out: list[int | None] = [q.container for q in qs]
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        gap = text[a.end:b.start]
        if lang == "zh":
            if _ZH_LINK.match(gap):  # 15个国家的20余名记者: the journalists are in the countries
                out[i + 1] = i
        elif len(gap) <= 40 and _EN_LINK.fullmatch(gap) and b.unit not in ("percent", None):
            out[i] = i + 1
    return out


def _original_unit(q: Quantity, simple: str, text: str) -> str | None:
    """A unit read from the simplified copy, in the script of the original text."""
    if not q.unit:
        return q.unit
    i = simple.find(q.unit, q.start, q.end)
    return text[i:i + len(q.unit)] if i >= 0 else q.unit


def find_quantities(text: str, lang: str, grammar: QuantityData | None = None) -> list[Quantity]:
    """Quantities of ``text`` in ``lang`` (``"en"`` | ``"zh"``), offsets into ``text``."""
    return _find_quantities(text, lang, quantity_data(grammar))


def _find_quantities(text: str, lang: str, grammar: QuantityData, offset: int = 0,
                     first: int = 0) -> list[Quantity]:
    """:func:`find_quantities` with offsets moved by ``offset`` and container indices by
    ``first`` (the paragraph's place in a body and in the body's quantities)."""
    if not text:
        return []
    lang = "zh" if lang == "zh" else "en"
    norm, spans = scanned(text, lang, grammar.dates)  # ZH: simplified
    if lang == "zh":
        found = find_quantities_zh(norm, excluded=spans, data=grammar)
    else:
        found = find_quantities_en(norm, excluded=spans, data=grammar)
    if not found:
        return []
    containers = _containers(text if lang == "zh" else norm, found, lang)
    return [Quantity(text=text[q.start:q.end], value=q.value, modifier=q.modifier,
                     unit=_original_unit(q, norm, text) if lang == "zh" else q.unit,
                     start=q.start + offset, end=q.end + offset,
                     container=None if c is None else c + first)
            for q, c in zip(found, containers)]


def find_quantities_in_release(release: Release, grammar: QuantityData | None = None
                               ) -> list[Quantity]:
    """Quantity mentions of ``release.body`` with body offsets; ``container`` indices refer
    to the returned list."""
    grammar = quantity_data(grammar)
    out: list[Quantity] = []
    for (start, _, lang), paragraph in zip(release.paragraph_spans(), release.paragraphs):
        out += _find_quantities(paragraph, lang, grammar, start, len(out))
    return out


__all__ = ["find_quantities", "find_quantities_in_release"]
