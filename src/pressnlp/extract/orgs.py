"""Organisation mentions (EN and ZH): the lexicon of GENRE.md §3.3, its templates and acronyms.

``find_orgs(text, lang)`` gives non-overlapping ``Mention``s with ``norm`` = the canonical
EN↔ZH name where the lexicon knows it. ``org_at(g, text, pos)`` reads one English
organisation name starting at ``pos`` (used by the officials extractor after ``TITLE of``).
The patterns are an :class:`OrgsGrammar` compiled from a lexicon; this module reads names and
titles (``names``, ``titles``), never the officials rules, which build on it.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator, Mapping, NamedTuple

from .. import regexcache
from ..lexicon import Lexicon, default_grammar
from .names import NamesGrammar, is_name, name_after
from .spans import SpanSet, bare_uses, non_overlapping
from .titles import TitlesGrammar, title_at, zh_titles
from .vocab import (HAN, UP, Vocab, common_word, finditer_from, first_chars, trie_alternation,
                    word_start_alternation)


class Mention(NamedTuple):  # (a named tuple: made for every match, faster than a dataclass)
    start: int
    end: int
    text: str
    label: str
    norm: str | None = None


# The letters of a word after its capital: letters, ' ’ - & and inner full stops (U.S.).
_INNER = r"[\w'’\-&]*(?:\.(?=\w)[\w'’\-&]*)*"
# Python 3.11+: a word is never given back in part (an atomic group). The same matches, faster:
# what follows a word in these patterns (and {X} of a template: whole words) never goes on with a
# word character.
_WORD_BODY = rf"{UP}(?>{_INNER})" if sys.version_info >= (3, 11) else rf"{UP}{_INNER}"
WORD = rf"(?:(?<![\w'’\-&]){_WORD_BODY}|(?<!\d)\d+(?:st|nd|rd|th))"  # starts where a word starts (linear on long runs)
CONNECT = r"(?:of|for|and|on|in|the|of\s+the|for\s+the|and\s+the|on\s+the|in\s+the|&|de|du)"
_PARENTHESISED_ACRONYM = r"\(([A-Z][A-Za-z]*[A-Z]{1,})\)"
ACRONYM = r"\s*" + _PARENTHESISED_ACRONYM  # `` (CCPIT)`` after a name that defines it
# a text has an ACRONYM where it has this (the spaces before may be none): found by a fast
# scan for its "(" rather than tried at every position
_ANY_ACRONYM = re.compile(_PARENTHESISED_ACRONYM)
_THE = re.compile(r"the\s+")
_BLANKS = re.compile(r"[ \t]+")
_SPACES = re.compile(r"[\s\-]+")
_LEADING_THE = re.compile(r"^the\s+", re.I)
_PARENS_AT_END = re.compile(r"\s*\([^)]*\)$")
_PAREN = re.compile(r"\s*\(([^()\n]{2,120})\)")
_ALIAS_IN_PARENS = re.compile(r"[A-Z][A-Za-z&\-]{1,12}")
_COUNTRY_TAIL = re.compile(rf",\s*({UP}[\w'’\-]+(?:\s+{UP}[\w'’\-]+){{0,2}})")
_COUNTRY_END = re.compile(r"[,.;\s]|$")
_PERSON_END = re.compile(r"\s*[,.;]")
_CONNECTORS = ("of", "for", "and", "on", "in", "the", "&", "de", "du")
_UNITS = ("province", "city", "municipality", "prefecture", "district", "county")
# a word of a name read from a given position on (org_at): no look-behind there
_ORG_WORD = re.compile(rf"(?:{_WORD_BODY}|\d+(?:st|nd|rd|th))"
                       rf"|(?:{'|'.join(map(re.escape, _CONNECTORS + _UNITS))})\b")


@dataclass(frozen=True)
class OrgsGrammar:
    """The organisation patterns of a lexicon (EN and ZH), with the names and titles they stop
    at: a person after ``and`` ends an English organisation, a title ends a Chinese one. Each
    language's patterns are compiled on first use (a Chinese-only run never needs the English)."""

    vocab: Vocab
    names: NamesGrammar
    titles: TitlesGrammar
    aliases: Mapping[str, str]  # known EN names and acronyms, spaces/hyphens folded → canonical EN

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> OrgsGrammar:
        v = lexicon.grammar(Vocab)
        return cls(
            vocab=v, names=lexicon.grammar(NamesGrammar), titles=lexicon.grammar(TitlesGrammar),
            aliases={re.sub(r"[\s\-]+", " ", a): c for a, c in v.org_alias.items()},
        )

    @cached_property
    def zh(self) -> dict[str, re.Pattern[str]]:
        """The Chinese patterns: foreign ``mission``s, ``known`` names, ``generic`` PLACE … SUFFIX
        names (tried in this order), and ``suffix_end``."""
        return _zh_patterns(self.vocab)

    @cached_property
    def _en_parts(self) -> dict[str, str]:
        """The pieces of the English patterns: listed names, generic ``… HEAD`` phrases, templates."""
        v = self.vocab
        heads = trie_alternation(v.templates.get("en_heads", []), flexible=True)
        seq = rf"{WORD}(?:\s+{WORD}){{0,7}}"  # bounded: no quadratic backtracking on long runs
        headed = rf"(?:{seq}\s+)?(?:{heads})\b"
        templates = [t.replace("{X}", rf"{WORD}(?:\s+{WORD}){{0,2}}") for t in
                     v.templates.get("en_templates", [])]
        return {
            "heads": heads, "seq": seq,
            "known": trie_alternation(v.org_names_en, flexible=True),
            "generic": (rf"(?:{headed}(?:\s+{CONNECT}\s+{seq})*"
                        rf"|(?:CPC|Communist\s+Party\s+of\s+China)\s+{seq}\s+Committee)"),
            "templates": "|".join(templates) or "(?!x)x",
        }

    @cached_property
    def en_known(self) -> re.Pattern[str]:
        """A listed English name or acronym."""
        return regexcache.compile(rf"\b(?:{self._en_parts['known']})\b")

    @cached_property
    def en_any(self) -> re.Pattern[str]:
        """A listed name, a template or a generic ``… HEAD`` phrase (with an acronym or alias in
        parentheses)."""
        p = self._en_parts
        paren = r"(?:\s*\((?:[A-Z][A-Za-z&\-]{1,12}|" + p["seq"] + r")\))?"
        return regexcache.compile(rf"(?:\b(?:{p['known']})\b|(?:{p['templates']})|{p['generic']}){paren}")

    @cached_property
    def en_any_starts(self) -> re.Pattern[str] | None:  # capitals and digits: skip the rest fast
        return first_chars(self.en_any)

    @cached_property
    def en_known_only(self) -> re.Pattern[str]:
        """``en_any`` where no template or generic phrase can match: a listed name (and its
        parentheses), the first branch of ``en_any`` alone (written to be searched for)."""
        p = self._en_parts
        paren = r"(?:\s*\((?:[A-Z][A-Za-z&\-]{1,12}|" + p["seq"] + r")\))?"
        known = word_start_alternation(self.vocab.org_names_en, flexible=True)  # \b(?:known)
        return regexcache.compile(rf"(?:{known})\b{paren}")

    @cached_property
    def en_keywords(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """(a keyword, a barrier on the reversed text): every template or generic match has a
        keyword — a head, ``CPC``, ``Communist`` or a capitalised word of a template — with no
        barrier between its start and the keyword: a character no such phrase is written with,
        or a word beginning with another letter than a capital (see :func:`_hot_ranges`). None
        when a template is written with regex classes, escapes or ``.`` (its characters are not
        known) or may have a word in lower case before its first capitalised one: then
        ``en_any`` is tried everywhere."""
        templates = self.vocab.templates.get("en_templates", [])
        if any(ch in t for t in templates for ch in "\\.^$*+") or not all(map(_keyword_first, templates)):
            return None
        syntax = set("()?:|[]{}")
        extra = {ch for t in templates for ch in t.replace("{X}", "")
                 if not ch.isalnum() and ch not in syntax and not ch.isspace()}
        chars = "".join(sorted(set("'’-‐–&._") | extra))
        words = {w for t in templates for w in re.findall(r"[A-Z][A-Za-z]*", t.replace("{X}", ""))}
        keywords = "|".join([self._en_parts["heads"], "CPC", "Communist", *sorted(words)])
        # reversed: a lower-case letter (or one no word of a name begins with) not written after
        # a letter of its word
        lower_start = rf"(?!{UP})[^\W\d](?![\w'’\-&.])"
        return regexcache.compile(keywords), regexcache.compile(rf"[^\w\s{re.escape(chars)}]|{lower_start}")

    @cached_property
    def en_acronym_def(self) -> re.Pattern[str]:
        """``NAME (ACRONYM)``."""
        p = self._en_parts
        return regexcache.compile(rf"((?:{p['generic']}|\b(?:{p['known']})\b)){ACRONYM}")

    @property
    def en_acronym_def_starts(self) -> re.Pattern[str] | None:
        """Where ``NAME (ACRONYM)`` may begin: where ``en_any`` may (a name of it, or a generic one)."""
        return self.en_any_starts

    @cached_property
    def en_heads(self) -> re.Pattern[str]:
        """A word ending in a head (Office, Bureau …)."""
        return regexcache.compile(rf"(?:{self._en_parts['heads']})$")


_OPTIONAL_GROUP = re.compile(r"\((?:\?:)?[^()]*\)\?")
_GROUP = re.compile(r"\((?:\?:)?([^()]*)\)")
_CAPITALISED = re.compile(r"[A-Z]")


_LOWER_INITIAL = re.compile(r"(?<![A-Za-z'’])[a-z]")


def _keyword_first(template: str) -> bool:
    """Does every match of ``template`` have one of its capitalised words before any word of it
    in lower case? (:func:`_has_keyword` of the whole groups before its first lower-case word.)"""
    t = template.replace("{X}", "")
    lower = _LOWER_INITIAL.search(t)
    head = t[:lower.start()] if lower else t
    depth, whole = 0, 0
    for i, ch in enumerate(head, 1):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0:
            whole = i
    return _has_keyword(head[:whole])


def _has_keyword(template: str) -> bool:
    """Does every match of ``template`` contain one of its capitalised words? (Yes when one is
    left once its optional groups and the groups with a branch of no capitalised word are gone.)"""
    t, prev = template.replace("{X}", ""), None
    while t != prev:
        prev, t = t, _OPTIONAL_GROUP.sub("", t)
    t = _GROUP.sub(lambda g: g.group() if all(map(_CAPITALISED.search, g.group(1).split("|"))) else "", t)
    return _CAPITALISED.search(t) is not None


def _zh_patterns(v: Vocab) -> dict[str, re.Pattern[str]]:
    t = v.templates
    suffixes = trie_alternation(t.get("zh_suffixes", []))
    places = trie_alternation([p + v.place_suffix.get(p, "") for p in v.places_zh if len(p) > 1]
                              + [p for p in v.places_zh if len(p) > 1 and v.place_kind.get(p) != "district"])
    countries = trie_alternation(list(v.countries_zh))
    known = trie_alternation(v.org_names_zh + t.get("zh_short", []))
    mission = t.get("zh_mission", "").replace("{C}", f"(?:{countries})").replace("{P}", f"(?:{places})")
    stops = "".join(map(re.escape, t.get("zh_org_inner_stop_chars", "")))
    inner = rf"(?:(?![{stops}])[{HAN}])" if stops else f"[{HAN}]"
    generic = rf"(?:(?:{places}|{countries}){inner}{{0,10}}(?:{suffixes}))"
    return {
        "known": regexcache.compile(known),
        "mission": regexcache.compile(mission or r"(?!x)x"),
        "generic": regexcache.compile(generic),
        "suffix_end": regexcache.compile(rf"(?:{suffixes})$"),
    }


def _grammar(grammar: OrgsGrammar | None) -> OrgsGrammar:
    return grammar if grammar is not None else default_grammar(OrgsGrammar)


def is_org_head(word: str, grammar: OrgsGrammar | None = None) -> bool:
    return bool(_grammar(grammar).en_heads.search(word))


def org_norm(name: str, lang: str, grammar: OrgsGrammar | None = None) -> str | None:
    """The canonical name of a known organisation: its Chinese name where the lexicon has one
    (the key shared by EN and ZH mentions), else its canonical English name."""
    g = _grammar(grammar)
    v = g.vocab
    if lang == "zh":
        en = v.org_zh2en.get(name)
        return v.org_en2zh.get(en, name) if en else None
    key = _LEADING_THE.sub("", _SPACES.sub(" ", name.strip())).casefold()
    canon = g.aliases.get(key)
    return v.org_en2zh.get(canon, canon) if canon else None


def org_at(g: OrgsGrammar, text: str, pos: int, *, name_follows: bool = False
           ) -> tuple[int, int] | None:
    """The English organisation (or place) name starting at ``pos`` as ``(start, end)``.

    A capitalised phrase stopped by punctuation, a lowercase word or `` and TITLE``; with
    ``name_follows`` a trailing person name (``… Municipal Government Yi Qingtao``) is left out.
    Includes a parenthetical acronym or alias and a trailing ``, COUNTRY``.
    """
    v = g.vocab
    m = _THE.match(text, pos, pos + 4)
    start = m.end() if m else pos
    words: list[tuple[int, int]] = []
    i = start
    n = len(text)
    while i < n:
        ws = _BLANKS.match(text, i, i + 20)
        j = ws.end() if ws else i
        mm = _ORG_WORD.match(text, j, j + 80)
        if not mm:
            break
        w = mm.group()
        if w in ("and", "&") and (title_at(g.titles, text, j + len(w) + 1, capital=False)
                                  or _person_next(g.names, text, j + len(w))):
            break
        if g.names.honorific.match(text, j):  # an honorific (Ms., H.E.) begins a person
            break
        if w == "in" and (j + 3 < n) and not text[j + 3:j + 4].isupper():
            break
        if w[0].islower() and w not in _CONNECTORS and w not in _UNITS:
            break
        if w in _UNITS:
            words.append((j, j + len(w)))
            i = j + len(w)
            break
        words.append((j, j + len(w)))
        i = j + len(w)
    # trailing connectors are not part of the name
    while words and text[words[-1][0]:words[-1][1]] in _CONNECTORS:
        words.pop()
    if not words:
        return None
    if name_follows and len(words) >= 3:
        for k in (4, 3, 2):
            if len(words) > k:
                cand = text[words[-k][0]:words[-1][1]]
                prev = text[words[-k - 1][0]:words[-k - 1][1]]
                if is_name(g.names, cand) and (is_org_head(prev, g) or prev in v.places_en or prev in v.countries_en
                                      or prev[0].isupper()):
                    words = words[:-k]
                    break
    end = words[-1][1]
    # the whole phrase may be a longer known organisation (commas inside: Culture, Tourism and …)
    km = g.en_known.match(text, start)
    if km and km.end() > end:
        end = km.end()
    pm = _PAREN.match(text, end, end + 130)
    if pm and (_ALIAS_IN_PARENS.fullmatch(pm.group(1)) or
               (pm.group(1)[0].isupper() and any(is_org_head(w, g) for w in pm.group(1).split()))):
        end = pm.end()
    return start, end + _country_tail(v, text, end)


def _country_tail(v: Vocab, text: str, pos: int) -> int:
    """Length of a ``, COUNTRY`` written after an organisation or place at ``pos`` (or 0):
    ``Busan City, South Korea`` (also when a name follows: ``…, South Korea Park Jinho``)."""
    cm = _COUNTRY_TAIL.match(text[pos:pos + 40])
    if not cm:
        return 0
    words = list(re.finditer(r"\S+", cm.group(1)))
    for k in range(len(words), 0, -1):
        end = cm.start(1) + words[k - 1].end()
        if cm.group(1)[:words[k - 1].end()] in v.countries_en and _COUNTRY_END.match(text, pos + end, pos + end + 1):
            return end
    return 0


def _person_next(names: NamesGrammar, text: str, pos: int) -> bool:
    """Does a person's name follow ``pos`` (after ``and``), ended by a comma or a full stop
    (``… Office and Sun Mei, director of …``)?"""
    nm = name_after(names, text, pos + 1) if text[pos:pos + 1] == " " else None
    return bool(nm) and bool(_PERSON_END.match(text, nm[2], nm[2] + 3))


def find_orgs(text: str, lang: str, grammar: OrgsGrammar | None = None) -> list[Mention]:
    """Organisation mentions of ``text`` (simplified copy for Chinese), non-overlapping;
    ``grammar``: the patterns (None: the process-wide lexicon's)."""
    g = _grammar(grammar)
    return _find_orgs_zh(g, text) if lang == "zh" else _find_orgs_en(g, text)


def _find_orgs_en(g: OrgsGrammar, text: str) -> list[Mention]:
    out: list[Mention] = []
    acronyms: dict[str, str] = {}
    defines = _ANY_ACRONYM.search(text) is not None  # most texts define no acronym: skip the scan
    for m in finditer_from(g.en_acronym_def, g.en_acronym_def_starts, text) if defines else ():
        full = m.group(1)
        acronyms[m.group(2)] = org_norm(full, "en", g) or _LEADING_THE.sub("", full)
    for m in _en_matches(g, text):
        s, e = m.start(), m.end()
        t = text[s:e]
        if t.split()[0] in ("The",):
            s += 4
            t = text[s:e]
        if t.count(" ") == 0 and not t.isupper() and not org_norm(t, "en", g):
            continue  # a lone head word (the Foundation) or capitalised word names no body
        base = _PARENS_AT_END.sub("", t)
        norm = org_norm(base, "en", g) or acronyms.get(base)
        out.append(Mention(s, e, t, "ORG", norm))
    if acronyms:  # their later bare uses
        taken = SpanSet((o.start, o.end) for o in out)
        for acr, full in acronyms.items():
            for m in bare_uses(acr, text):
                if not taken.covers(m.start()):
                    out.append(Mention(m.start(), m.end(), acr, "ORG", full))
    return sorted(out, key=lambda o: o.start)


def _en_matches(g: OrgsGrammar, text: str) -> Iterator[re.Match[str]]:
    """The matches of ``finditer_from(g.en_any, g.en_any_starts, text)``, trying the templates and
    generic phrases only where one can begin: before a keyword with no other character than
    theirs in between. Elsewhere ``en_any`` can only match a listed name (its first branch),
    which one search finds."""
    starts = g.en_any_starts
    if g.en_keywords is None or starts is None:
        yield from finditer_from(g.en_any, starts, text)
        return
    keyword, barrier = g.en_keywords
    n = len(text)
    known = g.en_known_only.search(text)  # the next listed name (None: no more)
    pos = 0
    for a, k in [*_hot_ranges(text, keyword, barrier), (n + 1, n + 1)]:
        while known is not None:  # before the range: listed names only
            if known.start() < pos:
                known = g.en_known_only.search(text, pos)
                continue
            if known.start() >= a:
                break
            yield known
            pos = known.end()
        pos = max(pos, a)
        while pos <= k:  # in the range: every pattern
            c = starts.search(text, pos, k + 1)
            if c is None:
                break
            s = c.start()
            m = g.en_any.match(text, s)
            if m is None:
                pos = s + 1
                continue
            yield m
            pos = m.end() if m.end() > s else s + 1


def _hot_ranges(text: str, keyword: re.Pattern[str], barrier: re.Pattern[str]) -> list[tuple[int, int]]:
    """The ranges ``[a, k]`` (both included) where a template or generic phrase may begin: from
    after a barrier (searched for on the reversed text) to the start of a keyword with no barrier
    in between; in text order."""
    keywords = _all_starts(keyword, text)
    if not keywords:
        return []
    n = len(text)
    backwards = text[::-1]  # index r here is n - 1 - r in text
    ranges: list[tuple[int, int]] = []
    prev = 0
    for k in keywords:
        b = barrier.search(backwards, n - k, n - prev)  # the last barrier in text[prev:k]
        a = n - b.start() if b is not None else prev  # (the last range ends at prev)
        if ranges and a <= ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], k)
        else:
            ranges.append((a, k))
        prev = k
    return ranges


def _all_starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Every position where ``pattern`` matches (also inside another match)."""
    out = []
    m = pattern.search(text)
    while m is not None:
        out.append(m.start())
        m = pattern.search(text, m.start() + 1)
    return out


_TWO_HAN = re.compile(f"[{HAN}]{{2}}")


def _suffix_starts_word(text: str, end: int, title: re.Pattern[str]) -> bool:
    """Is the one-character suffix ending at ``end`` the first character of a word that goes on
    (中国特色社 + 会主义: 社会), not of a title (公安局 + 局长 is fine)?"""
    pair = text[end - 1:end + 1]
    return len(pair) == 2 and _TWO_HAN.fullmatch(pair) is not None \
        and common_word(pair) and not title.match(text, end - 1)


def _find_orgs_zh(g: OrgsGrammar, text: str) -> list[Mention]:
    found = [(key, m) for key in ("mission", "known", "generic") for m in g.zh[key].finditer(text)]
    if not found:
        return []
    spans: list[Mention] = []
    titles = zh_titles(g.titles, text)
    starts = [a for a, _ in titles]
    for key, m in found:
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and titles[i][1] >= m.end():
            continue  # 市委 inside 市委副书记 is part of the title
        start, end = m.span()
        j = bisect_right(starts, start)
        if j < len(starts) and starts[j] < end:  # 公安局 + 局长: the org ends where a title begins
            end = starts[j]
            if not g.zh["suffix_end"].search(text[start:end]) or key == "mission":
                continue
        if key == "generic" and _suffix_starts_word(text, end, g.titles.zh):
            continue
        spans.append(Mention(start, end, text[start:end], "ORG", org_norm(text[start:end], "zh", g)))
    return non_overlapping(spans)


__all__ = ["Mention", "OrgsGrammar", "find_orgs", "org_at", "org_norm", "is_org_head"]
