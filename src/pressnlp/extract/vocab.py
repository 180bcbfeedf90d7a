"""Compiled vocabularies for the extractors: titles, organisations, places, countries, surnames.

Everything is read through :func:`pressnlp.lexicon.default_lexicon` and cached; the caches are
cleared when the process-wide lexicon changes (``pn.set_lexicon``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..lexicon import default_lexicon, on_lexicon_change

# Letter classes (stdlib ``re`` has no \p{Lu}): Latin letters incl. diacritics up to U+024F.
UPPER = "".join(ch for ch in map(chr, range(0x41, 0x250)) if ch.isalpha() and ch.isupper())
LOWER = "".join(ch for ch in map(chr, range(0x61, 0x250)) if ch.isalpha() and ch.islower())
UP = f"[{re.escape(UPPER)}]"
LO = f"[{re.escape(LOWER)}]"
HAN = "\u3400-\u9fff\uf900-\ufaff"


def flex(phrase: str) -> str:
    """Regex for a phrase whose spaces and hyphens are interchangeable (Director-General)."""
    parts = re.split(r"[\s\-]+", phrase.strip())
    return r"[\s\-‐–]*".join(_spelling(re.escape(p)) for p in parts if p)


def _spelling(word: str) -> str:
    """British/American spelling variants of a title word: Counsel(l)or, Organi[sz]ation."""
    word = re.sub(r"ell?or$", "ell?or", word)
    return re.sub(r"i[sz]ation", "i[sz]ation", word)


def alternation(items: list[str], *, flexible: bool = False) -> str:
    uniq = sorted({i for i in items if i}, key=len, reverse=True)
    return "|".join(flex(i) if flexible else re.escape(i) for i in uniq) or r"(?!x)x"


@dataclass
class Vocab:
    """Everything the extractors look up, built once from the lexicon."""

    titles_en: list[str] = field(default_factory=list)
    titles_zh: list[str] = field(default_factory=list)
    title_en2zh: dict[str, str] = field(default_factory=dict)
    title_zh2en: dict[str, str] = field(default_factory=dict)
    title_words: set[str] = field(default_factory=set)
    org_en2zh: dict[str, str] = field(default_factory=dict)
    org_zh2en: dict[str, str] = field(default_factory=dict)
    org_alias: dict[str, str] = field(default_factory=dict)  # alias (casefolded) → canonical EN
    org_names_en: list[str] = field(default_factory=list)
    org_names_zh: list[str] = field(default_factory=list)
    places_en: dict[str, str] = field(default_factory=dict)  # EN → ZH
    places_zh: dict[str, str] = field(default_factory=dict)  # ZH (no suffix) → EN
    place_suffix: dict[str, str] = field(default_factory=dict)  # ZH base → suffix (市/省 …)
    place_kind: dict[str, str] = field(default_factory=dict)  # ZH base → kind
    countries_en: dict[str, str] = field(default_factory=dict)  # EN name/adjective → EN name
    country_zh: dict[str, str] = field(default_factory=dict)  # EN name → ZH
    countries_zh: dict[str, str] = field(default_factory=dict)  # ZH name → EN name
    surnames_zh: set[str] = field(default_factory=set)
    surnames_zh2: set[str] = field(default_factory=set)  # two-character surnames
    surnames_en: set[str] = field(default_factory=set)
    honor: dict = field(default_factory=dict)
    templates: dict = field(default_factory=dict)
    not_name: set[str] = field(default_factory=set)


def _split(cell: str) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


@functools.lru_cache(maxsize=1)
def vocab() -> Vocab:
    """The compiled vocabulary of the current lexicon."""
    lex = default_lexicon()
    v = Vocab()
    for row in lex.tsv("titles.tsv"):
        en, zh = row.get("en", ""), row.get("zh", "")
        if en:
            v.titles_en.append(en)
            v.title_en2zh.setdefault(en.casefold(), zh)
            v.title_words.update(w for w in re.split(r"[\s\-]+", en) if w[:1].isupper())
        if zh:
            v.titles_zh.append(zh)
            if en:
                v.title_zh2en.setdefault(zh, en)
    for row in lex.tsv("orgs.tsv"):
        en, zh = row.get("en", ""), row.get("zh", "")
        canon = v.org_zh2en.setdefault(zh, en) if zh else en
        if en:
            v.org_names_en.append(en)
            v.org_alias[en.casefold()] = canon
            if zh:
                v.org_en2zh[en] = zh
        if zh:
            v.org_names_zh.append(zh)
        for a in _split(row.get("abbr", "")):
            if re.search(f"[{HAN}]", a):
                v.org_names_zh.append(a)
                v.org_zh2en.setdefault(a, canon)
            else:
                v.org_names_en.append(a)
                v.org_alias[a.casefold()] = canon
    for row in lex.tsv("places.tsv"):
        en, zh = row.get("en", ""), row.get("zh", "")
        if not en or not zh:
            continue
        v.places_en.setdefault(en, zh)
        v.places_zh.setdefault(zh, en)
        v.place_suffix.setdefault(zh, row.get("suffix", ""))
        v.place_kind.setdefault(zh, row.get("kind", ""))
    for row in lex.tsv("countries.tsv"):
        en, zh = row.get("en", ""), row.get("zh", "")
        for form in [en, *_split(row.get("adj", ""))]:
            v.countries_en.setdefault(form, en)
        if zh:
            v.country_zh[en] = zh
            for form in [zh, *_split(row.get("zh_alt", ""))]:
                if len(form) > 1:
                    v.countries_zh.setdefault(form, en)
    for line in lex.lines("surnames.txt"):
        han, *roman = line.split()
        if han != "-":
            (v.surnames_zh2 if len(han) == 2 else v.surnames_zh).add(han)
        v.surnames_en.update(r for r in roman if r != "-")
    v.honor = lex.yaml("honorifics.yaml") or {}
    v.templates = lex.yaml("org_templates.yaml") or {}
    v.not_name = set(v.honor.get("en_not_name", [])) | v.title_words
    v.not_name |= {p for p in v.places_en if " " not in p}
    v.not_name |= {c for c in v.countries_en if " " not in c}
    v.not_name |= {"Office", "Bureau", "Committee"} | set(v.templates.get("en_heads", []))
    return v


on_lexicon_change(vocab.cache_clear)
