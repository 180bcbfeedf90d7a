"""Organisation mentions (EN and ZH): the lexicon of GENRE.md §3.3, its templates and acronyms.

``find_orgs(text, lang)`` gives non-overlapping ``Mention``s with ``norm`` = the canonical
EN↔ZH name where the lexicon knows it. ``org_at(g, text, pos)`` reads one English
organisation name starting at ``pos`` (used by the officials extractor after ``TITLE of``).
The patterns are an :class:`OrgsGrammar` compiled from a lexicon; this module reads names and
titles (``names``, ``titles``), never the officials rules, which build on it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Mapping

from ..lexicon import Lexicon, default_grammar
from .names import NamesGrammar, is_name, name_after
from .spans import SpanSet, non_overlapping
from .titles import TitlesGrammar, title_at
from .vocab import HAN, UP, Vocab, alternation, common_word, finditer_from, first_chars


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    norm: str | None = None


# An English "organisation word": capitalised or an acronym, with inner ' - . &.
WORD = rf"(?:(?<![\w'’\-&]){UP}(?:[\w'’\-&]|\.(?=\w))*|(?<!\d)\d+(?:st|nd|rd|th))"  # starts where a word starts (linear on long runs)
CONNECT = r"(?:of|for|and|on|in|the|of\s+the|for\s+the|and\s+the|on\s+the|in\s+the|&|de|du)"


@dataclass(frozen=True)
class OrgsGrammar:
    """The organisation patterns of a lexicon (EN and ZH), with the names and titles they stop
    at: a person after ``and`` ends an English organisation, a title ends a Chinese one."""

    vocab: Vocab
    names: NamesGrammar
    titles: TitlesGrammar
    en_known: re.Pattern[str]  # a listed English name or acronym
    en_any: re.Pattern[str]  # a listed name, a template or a generic ``… HEAD`` phrase
    en_any_starts: re.Pattern[str] | None  # capitals and digits: skip the rest fast
    en_acronym_def: re.Pattern[str]  # ``NAME (ACRONYM)``
    en_acronym_def_starts: re.Pattern[str] | None
    en_heads: re.Pattern[str]  # a word ending in a head (Office, Bureau …)
    aliases: Mapping[str, str]  # known EN names and acronyms, spaces/hyphens folded → canonical EN
    zh_known: re.Pattern[str]
    zh_mission: re.Pattern[str]
    zh_generic: re.Pattern[str]
    zh_suffix_end: re.Pattern[str]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> OrgsGrammar:
        v = lexicon.grammar(Vocab)
        heads = alternation(v.templates.get("en_heads", []), flexible=True)
        known = alternation(v.org_names_en, flexible=True)
        seq = rf"{WORD}(?:\s+{WORD}){{0,7}}"  # bounded: no quadratic backtracking on long runs
        headed = rf"(?:{seq}\s+)?(?:{heads})\b"
        generic = (rf"(?:{headed}(?:\s+{CONNECT}\s+{seq})*"
                   rf"|(?:CPC|Communist\s+Party\s+of\s+China)\s+{seq}\s+Committee)")
        templates = [t.replace("{X}", rf"{WORD}(?:\s+{WORD}){{0,2}}") for t in
                     v.templates.get("en_templates", [])]
        paren = r"(?:\s*\((?:[A-Z][A-Za-z&\-]{1,12}|" + seq + r")\))?"
        en_any = re.compile(rf"(?:\b(?:{known})\b|(?:{'|'.join(templates) or '(?!x)x'})|{generic}){paren}")
        acronym_def = re.compile(rf"((?:{generic}|\b(?:{known})\b))\s*\(([A-Z][A-Za-z]*[A-Z]{{1,}})\)")
        return cls(
            vocab=v, names=lexicon.grammar(NamesGrammar), titles=lexicon.grammar(TitlesGrammar),
            en_known=re.compile(rf"\b(?:{known})\b"),
            en_any=en_any, en_any_starts=first_chars(en_any),
            en_acronym_def=acronym_def, en_acronym_def_starts=first_chars(acronym_def),
            en_heads=re.compile(rf"(?:{heads})$"),
            aliases={re.sub(r"[\s\-]+", " ", a): c for a, c in v.org_alias.items()},
            **_zh_patterns(v),
        )


def _zh_patterns(v: Vocab) -> dict[str, re.Pattern[str]]:
    t = v.templates
    suffixes = alternation(t.get("zh_suffixes", []))
    places = alternation([p + v.place_suffix.get(p, "") for p in v.places_zh if len(p) > 1]
                         + [p for p in v.places_zh if len(p) > 1 and v.place_kind.get(p) != "district"])
    countries = alternation(list(v.countries_zh))
    known = alternation(v.org_names_zh + t.get("zh_short", []))
    mission = t.get("zh_mission", "").replace("{C}", f"(?:{countries})").replace("{P}", f"(?:{places})")
    stops = "".join(map(re.escape, t.get("zh_org_inner_stop_chars", "")))
    inner = rf"(?:(?![{stops}])[{HAN}])" if stops else f"[{HAN}]"
    generic = rf"(?:(?:{places}|{countries}){inner}{{0,10}}(?:{suffixes}))"
    return {
        "zh_known": re.compile(known),
        "zh_mission": re.compile(mission or r"(?!x)x"),
        "zh_generic": re.compile(generic),
        "zh_suffix_end": re.compile(rf"(?:{suffixes})$"),
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
    key = re.sub(r"^the\s+", "", re.sub(r"[\s\-]+", " ", name.strip()), flags=re.I).casefold()
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
    m = re.match(r"the\s+", text[pos:pos + 4])
    start = pos + (m.end() if m else 0)
    words: list[tuple[int, int]] = []
    i = start
    n = len(text)
    while i < n:
        ws = re.match(r"[ \t]+", text[i:i + 20])
        j = i + (ws.end() if ws else 0)
        mm = re.match(rf"{WORD}|(?:of|for|and|on|in|the|&|de|du|province|city|municipality|prefecture"
                      rf"|district|county)\b", text[j:j + 80])
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
        if w[0].islower() and w not in ("of", "for", "and", "on", "in", "the", "de", "du") and \
                w not in ("province", "city", "municipality", "prefecture", "district", "county"):
            break
        if w in ("province", "city", "municipality", "prefecture", "district", "county"):
            words.append((j, j + len(w)))
            i = j + len(w)
            break
        words.append((j, j + len(w)))
        i = j + len(w)
    # trailing connectors are not part of the name
    while words and text[words[-1][0]:words[-1][1]] in ("of", "for", "and", "on", "in", "the", "&", "de", "du"):
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
    pm = re.match(r"\s*\(([^()\n]{2,120})\)", text[end:end + 130])
    if pm and (re.fullmatch(r"[A-Z][A-Za-z&\-]{1,12}", pm.group(1)) or
               (pm.group(1)[0].isupper() and any(is_org_head(w, g) for w in pm.group(1).split()))):
        end += pm.end()
    return start, end + _country_tail(v, text, end)


def _country_tail(v: Vocab, text: str, pos: int) -> int:
    """Length of a ``, COUNTRY`` written after an organisation or place at ``pos`` (or 0):
    ``Busan City, South Korea`` (also when a name follows: ``…, South Korea Park Jinho``)."""
    cm = re.match(rf",\s*({UP}[\w'’\-]+(?:\s+{UP}[\w'’\-]+){{0,2}})", text[pos:pos + 40])
    if not cm:
        return 0
    words = list(re.finditer(r"\S+", cm.group(1)))
    for k in range(len(words), 0, -1):
        end = cm.start(1) + words[k - 1].end()
        if cm.group(1)[:words[k - 1].end()] in v.countries_en and re.match(r"[,.;\s]|$", text[pos + end:pos + end + 1]):
            return end
    return 0


def _person_next(names: NamesGrammar, text: str, pos: int) -> bool:
    """Does a person's name follow ``pos`` (after ``and``), ended by a comma or a full stop
    (``… Office and Sun Mei, director of …``)?"""
    nm = name_after(names, text, pos + 1) if text[pos:pos + 1] == " " else None
    return bool(nm) and bool(re.match(r"\s*[,.;]", text[nm[2]:nm[2] + 3]))


def find_orgs(text: str, lang: str, grammar: OrgsGrammar | None = None) -> list[Mention]:
    """Organisation mentions of ``text`` (simplified copy for Chinese), non-overlapping;
    ``grammar``: the patterns (None: the process-wide lexicon's)."""
    g = _grammar(grammar)
    return _find_orgs_zh(g, text) if lang == "zh" else _find_orgs_en(g, text)


def _find_orgs_en(g: OrgsGrammar, text: str) -> list[Mention]:
    out: list[Mention] = []
    acronyms: dict[str, str] = {}
    for m in finditer_from(g.en_acronym_def, g.en_acronym_def_starts, text):
        full = m.group(1)
        acronyms[m.group(2)] = org_norm(full, "en", g) or re.sub(r"^the\s+", "", full, flags=re.I)
    for m in finditer_from(g.en_any, g.en_any_starts, text):
        s, e = m.start(), m.end()
        t = text[s:e]
        if t.split()[0] in ("The",):
            s += 4
            t = text[s:e]
        if t.count(" ") == 0 and not t.isupper() and not org_norm(t, "en", g):
            continue  # a lone head word (the Foundation) or capitalised word names no body
        base = re.sub(r"\s*\([^)]*\)$", "", t)
        norm = org_norm(base, "en", g) or acronyms.get(base)
        out.append(Mention(s, e, t, "ORG", norm))
    taken = SpanSet((o.start, o.end) for o in out)
    for acr, full in acronyms.items():
        for m in re.finditer(rf"\b{re.escape(acr)}\b", text):
            if not taken.covers(m.start()):
                out.append(Mention(m.start(), m.end(), acr, "ORG", full))
    return sorted(out, key=lambda o: o.start)


def _suffix_starts_word(text: str, end: int, title: re.Pattern[str]) -> bool:
    """Is the one-character suffix ending at ``end`` the first character of a word that goes on
    (中国特色社 + 会主义: 社会), not of a title (公安局 + 局长 is fine)?"""
    pair = text[end - 1:end + 1]
    return len(pair) == 2 and re.fullmatch(f"[{HAN}]{{2}}", pair) is not None \
        and common_word(pair) and not title.match(text, end - 1)


def _find_orgs_zh(g: OrgsGrammar, text: str) -> list[Mention]:
    spans: list[Mention] = []
    titles = [m.span() for m in finditer_from(g.titles.zh, g.titles.zh_starts, text)]
    starts = [a for a, _ in titles]
    patterns = {"mission": g.zh_mission, "known": g.zh_known, "generic": g.zh_generic}
    for key, pattern in patterns.items():
        for m in pattern.finditer(text):
            i = bisect_right(starts, m.start()) - 1
            if i >= 0 and titles[i][1] >= m.end():
                continue  # 市委 inside 市委副书记 is part of the title
            start, end = m.span()
            j = bisect_right(starts, start)
            if j < len(starts) and starts[j] < end:  # 公安局 + 局长: the org ends where a title begins
                end = starts[j]
                if not g.zh_suffix_end.search(text[start:end]) or key == "mission":
                    continue
            if key == "generic" and _suffix_starts_word(text, end, g.titles.zh):
                continue
            spans.append(Mention(start, end, text[start:end], "ORG", org_norm(text[start:end], "zh", g)))
    return non_overlapping(spans)


__all__ = ["Mention", "OrgsGrammar", "find_orgs", "org_at", "org_norm", "is_org_head"]
