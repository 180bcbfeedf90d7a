"""Organisation mentions as a study needs them: one whole organisation a mention.

Extraction sometimes hands the corpus layer a coordination (``Changchun University of Science and
Technology and the Jingyuetan National Forest Park``), a spill-over into a title (``Chengdu
Municipal Party Committee and Mayor Luo Qiang``), a place (``所泽市``, ``Jilin Province``) or an
acronym written with its expansion (``Changchun Foreign Affairs Office (CCFAO)``). ``org_parts``
turns one mention into the organisations it names; ``acronym_definitions`` reads the
``Long Form (ACRONYM)`` pairs a corpus defines, so that a bare ``CCFAO`` links to its expansion.
Data: ``org_mentions.yaml`` (place units) and ``org_templates.yaml`` (organisation heads), read
in the lexicon's :class:`~pressnlp.corpus.context.CorpusIndex`.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable

from ..script import to_simplified
from .context import HAN, CorpusIndex, corpus_index, normalise_title

ACRONYM = re.compile(r"[A-Z][A-Z&]{1,9}")
_DEFINED = re.compile(r"((?:[A-Z][\w'’.&-]*|of|the|and|for|in|on|at|de)"
                      r"(?:[ \t]+(?:[A-Z][\w'’.&-]*|of|the|and|for|in|on|at|de)){0,14})"
                      r"[ \t]*[(（]([A-Z][A-Z&]{1,9})[)）]")


def _has_head(text: str, corpus: CorpusIndex) -> bool:
    low = f" {text.lower()} "
    return any(re.search(rf"(?<![a-z]){re.escape(h.lower())}(?![a-z])", low)
               for h in corpus.org_words["en_heads"])


def ends_with_org_head(text: str) -> bool:
    """``市商务局``, ``Chamber of Commerce``: the text ends in an organisation head."""
    words = corpus_index().org_words
    if HAN.search(text):
        return any(to_simplified(text).endswith(h) for h in words["zh_suffixes"])
    low = text.lower().rstrip(" .")
    return any(low == h.lower() or low.endswith(" " + h.lower()) for h in words["en_heads"])


def is_place(text: str, corpus: CorpusIndex | None = None) -> bool:
    """A place written as an organisation: ``所泽市``, ``Jilin province``, ``Brno, Czech
    Republic`` (a place unit or a country at the end and no organisation head)."""
    corpus = corpus if corpus is not None else corpus_index()
    data = corpus.org_words
    if HAN.search(text):
        s = to_simplified(text)
        if any(s.endswith(suffix) for suffix in data["zh_suffixes"]):
            return False
        return any(s.endswith(unit) and len(s) > len(unit) for unit in data["place_units_zh"])
    if _has_head(text, corpus):
        return False
    words = text.split()
    if len(words) >= 2 and words[-1].lower() in {u.lower() for u in data["place_units_en"]}:
        return True
    head, _, tail = text.rpartition(",")
    return bool(head) and tail.strip().lower() in corpus.places[0]


def _starts_with_title(text: str, corpus: CorpusIndex) -> bool:
    index = corpus.titles
    if index is None:
        return False
    norm = normalise_title(text)
    return any(not HAN.search(f) and (norm == f or norm.startswith(f + " ")) for f in index[0])


def org_parts(text: str) -> list[str]:
    """The organisations one ORG mention names: split at ``and the``, cut before ``and`` +
    title, without a trailing ``(ACRONYM)``; places, a head alone (``Foundation``) and parts
    without an organisation head are dropped (a single part is kept unless it is a place)."""
    return list(_org_parts(corpus_index(), text))


@functools.lru_cache(maxsize=50000)
def _org_parts(corpus: CorpusIndex, text: str) -> tuple[str, ...]:
    text = strip_acronym(text)[0]
    if text.lower() in {h.lower() for h in corpus.org_words["en_heads"]}:
        return ()
    if HAN.search(text):
        return () if is_place(text, corpus) else (text,)
    cut = next((m.start() for m in re.finditer(r"\s+and\s+", text)
                if _starts_with_title(text[m.end():], corpus)), None)
    if cut is not None:
        text = text[:cut]
    parts = [p.strip(" ,;") for p in re.split(r"\s+and\s+the\s+", text) if p.strip(" ,;")]
    if len(parts) > 1:
        parts = [p for p in parts if _has_head(p, corpus)]
    return tuple(p for p in parts if not is_place(p, corpus))


def matches_acronym(acronym: str, long_form: str) -> bool:
    """Whether ``long_form`` can be abbreviated ``acronym`` (Schwartz & Hearst): its letters
    occur in order, each at a word start or inside the word of the previous one, the first at
    the start of the first word (``CCFAO`` = ``ChangChun Foreign Affairs Office``)."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    text = long_form.lower()
    li, ti = len(letters) - 1, len(text) - 1
    while li >= 0:
        while ti >= 0 and (text[ti] != letters[li] or
                           (li == 0 and ti > 0 and text[ti - 1].isalnum())):
            ti -= 1
        if ti < 0:
            return False
        li, ti = li - 1, ti - 1
    return True


def strip_acronym(text: str) -> tuple[str, str | None]:
    """``Changchun Foreign Affairs Office (CCFAO)`` → (the long form, ``CCFAO``)."""
    m = re.fullmatch(r"(.+?)\s*[(（]([A-Z][A-Z&]{1,9})[)）]", text.strip())
    if m and _shortest_long_form(m.group(2), m.group(1)):
        return m.group(1).strip(), m.group(2)
    return text, None


def _shortest_long_form(acronym: str, words: str) -> str | None:
    """The fewest trailing words of ``words`` that ``acronym`` abbreviates, from a capital."""
    tokens = words.split()
    for start in range(len(tokens) - 1, max(-1, len(tokens) - 2 * len(acronym) - 2), -1):
        candidate = " ".join(tokens[start:])
        if tokens[start][:1].isupper() and matches_acronym(acronym, candidate) and \
                tokens[start][0].lower() == acronym[0].lower():
            return candidate
    return None


def acronym_definitions(texts: Iterable[tuple[str, str]]) -> dict[str, dict[str, str]]:
    """``{acronym: {story: long form}}`` from ``Long Form (ACR)`` written in the given
    (story, text) pairs — release bodies and organisation mentions."""
    out: dict[str, dict[str, str]] = {}
    for story, text in texts:
        for m in _DEFINED.finditer(text or ""):
            long_form = _shortest_long_form(m.group(2), m.group(1))
            if long_form:
                out.setdefault(m.group(2), {}).setdefault(story, long_form)
    return out


__all__ = ["org_parts", "is_place", "ends_with_org_head", "strip_acronym", "matches_acronym", "acronym_definitions",
           "ACRONYM"]
