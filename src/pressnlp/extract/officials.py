"""Officials: named people with posts, one entry a person, back-references linked.

``find_officials(text, lang)`` → ``[Official]`` with offsets into ``text``. English follows the
patterns P1–P14, Chinese Z1–Z8 of GENRE.md §2 (see ``officials_en`` / ``officials_zh``).
Conventions: ``name`` is the fullest form as written (honorifics dropped); ``title`` / ``org``
are the first post; ``posts`` lists every (title, org) pair; later mentions (``Mayor Lyu``,
``Chen said``, ``春艳副局长``) go to ``mentions``. Traditional script is matched on a simplified
copy of the same length and reported as written. The patterns of both languages are an
:class:`OfficialsGrammar` compiled from a lexicon.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator

from ..lexicon import Lexicon, default_grammar
from ..records import Official, Post
from ..script import to_simplified
from .names import NamesGrammar, name_norm, name_tokens, simplified_name, strip_honorifics
from .officials_en import Found, OfficialsEnGrammar, find_en
from .officials_zh import OfficialsZhGrammar, find_zh
from .spans import SpanSet

_HAN = re.compile(r"[\u3400-\u9fff]")
# Pinyin a converter wrote after each character (市領(lǐng)導(dǎo)): one toned syllable in brackets.
_PINYIN_RESIDUE = re.compile(r"(?<=[\u3400-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]* ?\)")
_SPACES = re.compile(r"\s+")
_THE = re.compile(r"^the\s+")


@dataclass(frozen=True)
class OfficialsGrammar:
    """The officials patterns of a lexicon, English and Chinese."""

    en: OfficialsEnGrammar
    zh: OfficialsZhGrammar

    @property
    def names(self) -> NamesGrammar:
        return self.en.names

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> OfficialsGrammar:
        return cls(lexicon.grammar(OfficialsEnGrammar), lexicon.grammar(OfficialsZhGrammar))


def _grammar(grammar: OfficialsGrammar | None) -> OfficialsGrammar:
    return grammar if grammar is not None else default_grammar(OfficialsGrammar)


def find_officials(text: str, lang: str, *, simple: str | None = None,
                   grammar: OfficialsGrammar | None = None) -> list[Official]:
    """Officials of ``text`` (a paragraph or a whole body in one language).
    ``simple``: the simplified copy of a Chinese ``text`` when the caller has it already;
    ``grammar``: the patterns (None: the process-wide lexicon's)."""
    g = _grammar(grammar)
    if lang == "zh":
        simple = to_simplified(text) if simple is None else simple
        found = _find_zh_as_written(g.zh, simple)
    else:
        simple = None
        found = find_en(text, g.en)
    if not found:
        return []
    mentions = [_official(g.names, text, f, lang) for f in found]
    return link_mentions(text, merge_officials(mentions, lang, g), g, simple=simple)


def _find_zh_as_written(g: OfficialsZhGrammar, simple: str) -> list[Found]:
    """``find_zh`` on ``simple`` read without its pinyin residue, offsets into ``simple``: a span
    keeps residue inside it (as written) but not at its end."""
    if "(" not in simple or not _PINYIN_RESIDUE.search(simple):  # ( first: a slow scan otherwise
        return find_zh(simple, g)
    kept = list(range(len(simple)))
    for m in reversed(list(_PINYIN_RESIDUE.finditer(simple))):
        del kept[m.start():m.end()]
    found = find_zh("".join(simple[i] for i in kept), g)

    def span(se: tuple[int, int] | None) -> tuple[int, int] | None:
        return (kept[se[0]], kept[se[1] - 1] + 1) if se else None

    return [Found(span(f.name), [(span(t), span(o)) for t, o in f.posts]) for f in found]


def _official(names: NamesGrammar, text: str, f: Found, lang: str) -> Official:
    ns, ne = f.name
    posts = tuple(_post(text[t[0]:t[1]], text[o[0]:o[1]] if o else None) for t, o in f.posts)
    name = strip_honorifics(text[ns:ne], names)
    ns = ns + text[ns:ne].find(name) if name in text[ns:ne] else ns
    first = posts[0] if posts else Post(None, None)
    org = first.org or next((p.org for p in posts if p.org), None)  # 团长、X总领馆总领事: the consulate
    return Official(name=name, title=first.title, org=org,
                    posts=posts if len(posts) > 1 else (), lang=lang, start=ns,
                    end=ns + len(name), name_norm=name_norm(name, names))


@functools.lru_cache(maxsize=4096)  # posts recur: one (immutable) Post a written form
def _post(title: str, org: str | None) -> Post:
    return Post(_clean_title(title), _clean_org(org) if org is not None else None)


def _clean_title(t: str) -> str:
    return _SPACES.sub(" ", t).strip(" ,")


def _clean_org(o: str) -> str | None:
    o = _THE.sub("", _SPACES.sub(" ", o).strip(" ,"))
    return o or None


def merge_officials(mentions: list[Official], lang: str, grammar: OfficialsGrammar | None = None
                    ) -> list[Official]:
    """One Official a person: the mention with most posts gives the posts, the longest the name,
    the first one the offsets; the others become ``mentions``."""
    names = _grammar(grammar).names
    people: dict[str, list[Official]] = {}
    order: list[str] = []
    for o in sorted(mentions, key=lambda o: o.start):
        key = _key(o.name_norm or name_norm(o.name, names), people)
        if key not in people:
            people[key] = []
            order.append(key)
        people[key].append(o)
    out: list[Official] = []
    for key in order:
        group = people[key]
        first = group[0]
        if len(group) == 1:  # (most people) one mention gives everything
            best = name_src = first
        else:
            best = max(group, key=lambda o: (len(o.posts) or (1 if o.title else 0), -o.start))
            name_src = max(group, key=lambda o: (len(o.name), -o.start))
        others = {(o.start, o.end) for o in group[1:]} | {m for o in group for m in o.mentions}
        out.append(Official(name=name_src.name, title=best.title, org=best.org, posts=best.posts,
                            lang=lang, start=first.start, end=first.end,
                            name_norm=name_norm(name_src.name, names), mentions=tuple(sorted(others))))
    return sorted(out, key=lambda o: o.start)


def _key(norm: str, people: dict[str, list[Official]]) -> str:
    """The key of an already seen person whose name contains (or is contained in) ``norm``."""
    if norm in people:
        return norm
    for k in people:
        if len(norm) >= 2 and len(k) >= 2 and (
                (f" {norm} " in f" {k} " or f" {k} " in f" {norm} ") if " " in norm + k else
                (norm in k or k in norm) and min(len(norm), len(k)) >= 2):
            return k
    return norm


def link_mentions(text: str, officials: list[Official], grammar: OfficialsGrammar | None = None,
                  *, simple: str | None = None) -> list[Official]:
    """Add later back-references (surname, given name, `·` segment) of each official.
    ``simple``: the simplified copy of ``text`` when the caller has it already."""
    if not officials:
        return officials
    names = _grammar(grammar).names
    occupied = SpanSet([(o.start, o.end) for o in officials] + [m for o in officials for m in o.mentions])
    out: list[Official] = []
    simple = to_simplified(text) if simple is None else simple
    for o in officials:
        found = set(o.mentions)
        mine = SpanSet(found)
        for part, whole_words in _back_references(o.name, names):
            if simple.find(part, o.end) < 0:
                continue  # (most parts) not written again after the name
            for start, end in _occurrences(part, simple, whole_words=whole_words):
                if start < o.end:
                    continue
                if occupied.covers(start) or mine.covers(start):
                    continue
                found.add((start, end))
                mine.add(start, end)
        mentions = tuple(sorted(found))
        out.append(o if mentions == o.mentions else
                   Official(o.name, o.title, o.org, o.posts, o.lang, o.start, o.end, o.name_norm, mentions))
    return out


@functools.lru_cache(maxsize=8192)
def _back_references(name: str, names: NamesGrammar) -> tuple[tuple[str, bool], ...]:
    """The parts of ``name`` a back-reference may use, longest first, in simplified script, each
    with whether it stands only as a whole word (Latin script)."""
    parts = [simplified_name(p) for p in sorted(set(name_tokens(name, names)), key=len, reverse=True)]
    return tuple((p, not _HAN.search(p)) for p in parts)


def _occurrences(word: str, text: str, *, whole_words: bool) -> Iterator[tuple[int, int]]:
    """The spans of ``word`` in ``text`` from left to right, not overlapping (as ``re.finditer``
    finds them); with ``whole_words`` only those with no word character (``\\w``) right
    before or after."""
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if not whole_words or not (_is_word_char(text, pos - 1) or _is_word_char(text, end)):
            yield pos, end
            pos = text.find(word, end if end > pos else pos + 1)
        else:
            pos = text.find(word, pos + 1)


def _is_word_char(text: str, i: int) -> bool:
    """Is ``text[i]`` a character of ``\\w`` (False outside the text)?"""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


__all__ = ["OfficialsGrammar", "find_officials", "link_mentions", "merge_officials"]
