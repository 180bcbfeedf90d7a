"""Organisation mentions (EN and ZH): the lexicon of GENRE.md §3.3, its templates and acronyms.

``find_orgs(text, lang)`` gives non-overlapping ``Mention``s with ``norm`` = the canonical
EN↔ZH name where the lexicon knows it. ``org_at(text, pos)`` reads one English organisation
name starting at ``pos`` (used by the officials extractor after ``TITLE of``).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass

from ..lexicon import on_lexicon_change
from .spans import SpanSet, non_overlapping
from .vocab import HAN, UP, alternation, finditer_from, first_chars, vocab


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


@functools.lru_cache(maxsize=1)
def _en_res() -> dict[str, re.Pattern[str]]:
    v = vocab()
    heads = alternation(v.templates.get("en_heads", []), flexible=True)
    known = alternation(v.org_names_en, flexible=True)
    seq = rf"{WORD}(?:\s+{WORD}){{0,7}}"  # bounded: no quadratic backtracking on long runs
    headed = rf"(?:{seq}\s+)?(?:{heads})\b"
    generic = (rf"(?:{headed}(?:\s+{CONNECT}\s+{seq})*"
               rf"|(?:CPC|Communist\s+Party\s+of\s+China)\s+{seq}\s+Committee)")
    templates = [t.replace("{X}", rf"{WORD}(?:\s+{WORD}){{0,2}}") for t in
                 v.templates.get("en_templates", [])]
    paren = r"(?:\s*\((?:[A-Z][A-Za-z&\-]{1,12}|" + seq + r")\))?"
    res = {
        "known": re.compile(rf"\b(?:{known})\b"),
        "any": re.compile(rf"(?:\b(?:{known})\b|(?:{'|'.join(templates) or '(?!x)x'})|{generic}){paren}"),
        "acronym_def": re.compile(rf"((?:{generic}|\b(?:{known})\b))\s*\(([A-Z][A-Za-z]*[A-Z]{{1,}})\)"),
        "heads": re.compile(rf"(?:{heads})$"),
        "word": re.compile(rf"{WORD}|\(|\)|,|{CONNECT}\b|'s\b"),
    }
    res["any_starts"] = first_chars(res["any"])  # capitals and digits: skip the rest fast
    res["acronym_def_starts"] = first_chars(res["acronym_def"])
    return res


@functools.lru_cache(maxsize=1)
def _zh_res() -> dict[str, re.Pattern[str]]:
    v = vocab()
    t = v.templates
    suffixes = alternation(t.get("zh_suffixes", []))
    places = alternation([p + v.place_suffix.get(p, "") for p in v.places_zh if len(p) > 1]
                         + [p for p in v.places_zh if len(p) > 1 and v.place_kind.get(p) != "district"])
    countries = alternation(list(v.countries_zh))
    known = alternation(v.org_names_zh + t.get("zh_short", []))
    mission = t.get("zh_mission", "").replace("{C}", f"(?:{countries})").replace("{P}", f"(?:{places})")
    inner = rf"(?:(?!和|与|及|的|在|为|是|对|向|了)[{HAN}])"
    generic = rf"(?:(?:{places}|{countries}){inner}{{0,10}}(?:{suffixes}))"
    return {
        "known": re.compile(known),
        "mission": re.compile(mission or r"(?!x)x"),
        "generic": re.compile(generic),
        "suffix_end": re.compile(rf"(?:{suffixes})$"),
        "places": re.compile(places),
        "countries": re.compile(countries),
    }


def _clear() -> None:
    _en_res.cache_clear()
    _zh_res.cache_clear()


on_lexicon_change(_clear)


def is_org_head(word: str) -> bool:
    return bool(_en_res()["heads"].search(word))


def org_norm(name: str, lang: str) -> str | None:
    """The canonical name of a known organisation: its Chinese name where the lexicon has one
    (the key shared by EN and ZH mentions), else its canonical English name."""
    v = vocab()
    if lang == "zh":
        en = v.org_zh2en.get(name)
        return v.org_en2zh.get(en, name) if en else None
    key = re.sub(r"^the\s+", "", re.sub(r"[\s\-]+", " ", name.strip()), flags=re.I).casefold()
    canon = _aliases().get(key)
    return v.org_en2zh.get(canon, canon) if canon else None


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Known English names and acronyms, spaces/hyphens folded and casefolded → canonical EN."""
    return {re.sub(r"[\s\-]+", " ", a): c for a, c in vocab().org_alias.items()}


on_lexicon_change(_aliases.cache_clear)


def org_at(text: str, pos: int, *, name_follows: bool = False) -> tuple[int, int] | None:
    """The English organisation (or place) name starting at ``pos`` as ``(start, end)``.

    A capitalised phrase stopped by punctuation, a lowercase word or `` and TITLE``; with
    ``name_follows`` a trailing person name (``… Municipal Government Yi Qingtao``) is left out.
    Includes a parenthetical acronym or alias and a trailing ``, COUNTRY``.
    """
    from .officials_en import is_name, title_at  # local import: the two modules use each other

    v = vocab()
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
        if w in ("and", "&") and (title_at(text, j + len(w) + 1, capital=False)
                                  or _person_next(text, j + len(w))):
            break
        if _honorific_next(text, j):
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
                if is_name(cand) and (is_org_head(prev) or prev in v.places_en or prev in v.countries_en
                                      or prev[0].isupper()):
                    words = words[:-k]
                    break
    end = words[-1][1]
    # the whole phrase may be a longer known organisation (commas inside: Culture, Tourism and …)
    km = _en_res()["known"].match(text, start)
    if km and km.end() > end:
        end = km.end()
    pm = re.match(r"\s*\(([^()\n]{2,120})\)", text[end:end + 130])
    if pm and (re.fullmatch(r"[A-Z][A-Za-z&\-]{1,12}", pm.group(1)) or
               (pm.group(1)[0].isupper() and any(is_org_head(w) for w in pm.group(1).split()))):
        end += pm.end()
    return start, end + _country_tail(text, end)


def _country_tail(text: str, pos: int) -> int:
    """Length of a ``, COUNTRY`` written after an organisation or place at ``pos`` (or 0):
    ``Busan City, South Korea`` (also when a name follows: ``…, South Korea Park Jinho``)."""
    v = vocab()
    cm = re.match(rf",\s*({UP}[\w'’\-]+(?:\s+{UP}[\w'’\-]+){{0,2}})", text[pos:pos + 40])
    if not cm:
        return 0
    words = list(re.finditer(r"\S+", cm.group(1)))
    for k in range(len(words), 0, -1):
        end = cm.start(1) + words[k - 1].end()
        if cm.group(1)[:words[k - 1].end()] in v.countries_en and re.match(r"[,.;\s]|$", text[pos + end:pos + end + 1]):
            return end
    return 0


def _person_next(text: str, pos: int) -> bool:
    """Does a person's name follow ``pos`` (after ``and``), ended by a comma or a full stop
    (``… Office and Sun Mei, director of …``)?"""
    from .officials_en import name_after

    nm = name_after(text, pos + 1) if text[pos:pos + 1] == " " else None
    return bool(nm) and bool(re.match(r"\s*[,.;]", text[nm[2]:nm[2] + 3]))


def _honorific_next(text: str, pos: int) -> bool:
    """Does an honorific (``Ms.``, ``Mr``, ``H.E.``) start at ``pos``? It begins a person, not an org."""
    from .officials_en import _res as en_res

    return bool(en_res()["honorific"].match(text, pos))


def find_orgs(text: str, lang: str) -> list[Mention]:
    """Organisation mentions of ``text`` (simplified copy for Chinese), non-overlapping."""
    return _find_orgs_zh(text) if lang == "zh" else _find_orgs_en(text)


def _find_orgs_en(text: str) -> list[Mention]:
    res = _en_res()
    out: list[Mention] = []
    acronyms: dict[str, str] = {}
    for m in finditer_from(res["acronym_def"], res["acronym_def_starts"], text):
        full = m.group(1)
        acronyms[m.group(2)] = org_norm(full, "en") or re.sub(r"^the\s+", "", full, flags=re.I)
    for m in finditer_from(res["any"], res["any_starts"], text):
        s, e = m.start(), m.end()
        t = text[s:e]
        if t.split()[0] in ("The",):
            s += 4
            t = text[s:e]
        if t.count(" ") == 0 and not t.isupper() and not org_norm(t, "en"):
            continue  # a lone head word (the Foundation) or capitalised word names no body
        base = re.sub(r"\s*\([^)]*\)$", "", t)
        norm = org_norm(base, "en") or acronyms.get(base)
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
    from .vocab import common_word

    pair = text[end - 1:end + 1]
    return len(pair) == 2 and re.fullmatch(f"[{HAN}]{{2}}", pair) is not None \
        and common_word(pair) and not title.match(text, end - 1)


def _find_orgs_zh(text: str) -> list[Mention]:
    res = _zh_res()
    spans: list[Mention] = []
    from .officials_zh import _res as title_res

    tres = title_res()
    titles = [m.span() for m in finditer_from(tres["title"], tres["title_starts"], text)]
    starts = [a for a, _ in titles]
    for key in ("mission", "known", "generic"):
        for m in res[key].finditer(text):
            i = bisect_right(starts, m.start()) - 1
            if i >= 0 and titles[i][1] >= m.end():
                continue  # 市委 inside 市委副书记 is part of the title
            start, end = m.span()
            j = bisect_right(starts, start)
            if j < len(starts) and starts[j] < end:  # 公安局 + 局长: the org ends where a title begins
                end = starts[j]
                if not res["suffix_end"].search(text[start:end]) or key == "mission":
                    continue
            if key == "generic" and _suffix_starts_word(text, end, tres["title"]):
                continue
            spans.append(Mention(start, end, text[start:end], "ORG", org_norm(text[start:end], "zh")))
    return non_overlapping(spans)


__all__ = ["Mention", "find_orgs", "org_at", "org_norm", "is_org_head"]
