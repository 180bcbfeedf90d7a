"""Names of officials as written → keys for linking: folded pinyin and Wade-Giles of a Chinese
name, folded spellings of an English one, the Latin name paired with a foreign ``·`` name, and
the family name of a Japanese name in kanji or romanised (``japanese_surnames.tsv``)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..lexicon import Lexicon, default_grammar
from ..script import to_simplified
from .context import (HAN, MAX_READINGS, CorpusIndex, loose_syllable, norm_en, pinyin_key,
                      romanisation_rules, title_index, fold, n_syllables)


@dataclass(frozen=True)
class NameInfo:
    """Keys of one written name. ``keys`` are strong (``h:`` Han form, ``r:`` romanised),
    ``loose`` weak (Wade-Giles finals folded), ``japanese`` weak and only across scripts
    (``j:`` the romanised Japanese family name of 中村健一 and of Nakamura Kenichi)."""

    display: str
    keys: frozenset[str]
    loose: frozenset[str] = frozenset()
    han: str | None = None
    chinese: bool = False
    foreign_han: bool = False
    common: bool = False
    japanese: frozenset[str] = frozenset()
    primary: str = ""  # the main key: the standard pinyin of a Han name, the Latin name as written


@dataclass(frozen=True)
class JapaneseSurnames:
    """``japanese_surnames.tsv`` of one lexicon: kanji form (and its simplified form) → romaji,
    and every romanised spelling (long vowels written ``oh``/``ou`` too) → romaji."""

    kanji: dict[str, str]
    latin: dict[str, str]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> JapaneseSurnames:
        rules = lexicon.grammar(CorpusIndex).romanisation
        kanji: dict[str, str] = {}
        latin: dict[str, str] = {}
        for row in lexicon.tsv("japanese_surnames.tsv"):
            romaji = fold(row.get("romaji", ""), rules)
            if not romaji:
                continue
            for form in filter(None, (f.strip() for f in row.get("kanji", "").split("|"))):
                kanji[form] = kanji[to_simplified(form)] = romaji
            for spelling in [romaji, *row.get("alt", "").split("|")]:
                if fold(spelling, rules):
                    latin[fold(spelling, rules)] = romaji
        return cls(kanji, latin)


def _japanese_han(han: str) -> frozenset[str]:
    """``j:nakamura`` for 中村健一: a known family name followed by a given name of 1–2 kanji."""
    kanji = default_grammar(JapaneseSurnames).kanji
    for size in (3, 2):
        if 1 <= len(han) - size <= 2 and han[:size] in kanji:
            return frozenset({"j:" + kanji[han[:size]]})
    return frozenset()


def _japanese_latin(tokens: list[str]) -> frozenset[str]:
    """``j:nakamura`` for Nakamura Kenichi or Kenichi Nakamura (two tokens, one a known family
    name)."""
    latin = default_grammar(JapaneseSurnames).latin
    if len(tokens) != 2:
        return frozenset()
    return frozenset("j:" + latin[t] for t in tokens if t in latin)


def _strip_honorifics(name: str) -> str:
    rules = romanisation_rules()
    name = name.strip()
    for suffix in rules["hon_zh"]:
        if HAN.search(name) and name.endswith(suffix) and len(name) > len(suffix) + 1:
            name = name[: -len(suffix)]
    tokens = name.split()
    while len(tokens) > 1 and tokens[0].lower() in rules["hon_en"]:
        tokens = tokens[1:]
    return " ".join(tokens)


def _strip_zh_title(han: str) -> str:
    """陈双伟主任 → 陈双伟 (a back-reference written name + title), using ``titles.tsv``."""
    index = title_index()
    if index is None:
        return han
    for form in sorted((f for f in index[0] if HAN.match(f) and han.endswith(f)), key=len,
                       reverse=True):
        if len(han) - len(form) >= 2:
            return han[: -len(form)]
    return han


def _strip_en_title(name: str) -> str:
    """Mayor Luo Qiang → Luo Qiang (a title written before the name), using ``titles.tsv``."""
    index = title_index()
    if index is None:
        return name
    low = norm_en(name)
    for form in sorted((f for f in index[0] if not HAN.search(f) and low.startswith(f + " ")),
                       key=len, reverse=True):
        words = len(form.split())
        rest = re.split(r"\s+", name.strip())[words:]
        if len(rest) >= 2:
            return " ".join(rest)
    return name


def _han_readings(han: str) -> tuple[set[str], set[str]]:
    """Folded pinyin keys (all heteronym combinations, capped) and loose Wade-Giles keys."""
    from pypinyin import Style, pinyin  # imported when first needed: keeps CLI start-up short

    readings = pinyin(han, style=Style.NORMAL, heteronym=True, errors="ignore")
    options = [sorted({fold(r) for r in rs if fold(r)}) for rs in readings]
    keys: set[str] = set()
    for combo in itertools.islice(itertools.product(*options), MAX_READINGS):
        keys.add("".join(combo))
    wg = [fold(rs[0]) for rs in pinyin(han, style=Style.WADEGILES, errors="ignore") if rs]
    keys.add("".join(wg))
    loose = {"".join(loose_syllable(s) for s in wg)}
    return keys, loose


def analyse_name(name: str) -> NameInfo:
    """Keys, script and commonness of a person's name as written."""
    name = _strip_honorifics(name or "")
    if not name:
        return NameInfo(display="", keys=frozenset())
    if HAN.search(name):
        han = _strip_zh_title(re.sub(r"\s+", "", to_simplified(name)))
        if any(sep in han for sep in romanisation_rules()["seps"]) or not HAN.fullmatch(han[0]):
            return NameInfo(display=name, keys=frozenset({"h:" + han}), han=han, foreign_han=True,
                            primary="h:" + han)
        strong, loose = _han_readings(han)
        return NameInfo(display=name, keys=frozenset({"h:" + han} | {"r:" + k for k in strong}),
                        loose=frozenset("l:" + k for k in loose), han=han, chinese=True,
                        common=len(han) <= 2, japanese=_japanese_han(han),
                        primary="r:" + pinyin_key(han))
    raw = [t for t in re.split(r"\s+", _strip_en_title(name).replace("’", "'")) if t]
    caps = [t for t in raw if t.isupper() and len(t) > 1]
    marked = bool(caps) and len(caps) < len(raw)
    if marked:  # XIAO Shengfeng / Chengtao JIN: the capitalised token is the surname
        raw = caps[:1] + [t for t in raw if t is not caps[0]]
    pieces = [[fold(p) for p in re.split(r"[-‐]", t) if fold(p)] for t in raw]
    tokens = ["".join(p) for p in pieces if p]
    if not tokens:
        return NameInfo(display=name, keys=frozenset())
    counts = [n_syllables(t) for t in tokens]
    chinese = 2 <= len(tokens) <= 3 and all(c is not None and c <= 3 for c in counts)
    keys = {"r:" + "".join(tokens)}
    if len(tokens) == 2 and not marked:
        keys.add("r:" + tokens[1] + tokens[0])
    loose: set[str] = set()
    flat = [p for ps in pieces for p in ps]
    if chinese and all(n_syllables(p) == 1 for p in flat):
        loose.add("l:" + "".join(loose_syllable(p) for p in flat))
        if len(pieces) == 2 and not marked:
            loose.add("l:" + "".join(loose_syllable(p) for p in pieces[1] + pieces[0]))
    if chinese:
        given = counts[1:]
        if len(tokens) == 2 and not marked and counts[0] >= 2 and counts[1] == 1:
            given = counts[:1]  # Western order: Chengtao Jin
        common = sum(given) <= 1  # type: ignore[arg-type]
    else:
        common = len(tokens) == 1
    return NameInfo(display=name, keys=frozenset(keys), loose=frozenset(loose), chinese=chinese,
                    common=common, japanese=_japanese_latin(tokens), primary="r:" + "".join(tokens))


def paired_latin(body: str | None, end: int) -> str | None:
    """A Latin name in parentheses right after a Chinese name: ``曼苏尔·哈吉里(Mansoor Alhajri)``."""
    if not body or end is None or end < 0:
        return None
    m = re.match(r"\s*[(（]\s*([A-Z][A-Za-z\u00c0-\u024f'’.\- ]{1,60}?)\s*[)）]", body[end:end + 80])
    return m.group(1) if m else None
