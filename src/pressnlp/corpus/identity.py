"""Cross-lingual identity: one ``person_id`` / ``org_id`` for officials and organisations
mentioned in English and Chinese across releases.

People. Each official mention gets name keys: the folded pinyin and Wade-Giles of a Chinese name
(pypinyin; every reading of a heteronym, so 曾 gives zeng and ceng), the folded spelling of an
English name (``Lyu``/``Lü``/``Lv`` → ``lv``; ``XIAO Shengfeng`` → surname first; ``Pin-kung`` =
``Pinkung``; two-part names also reversed for Western order ``Chengtao Jin``), and for a foreign
name written with ``·`` the Latin name the text pairs with it (``曼苏尔·哈吉里(Mansoor Alhajri)``).
Mentions sharing a key are linked when the evidence is enough:

- a *rare* name (three Chinese characters, a two-syllable given name, a two-part foreign name)
  links on the name within a language, and across languages with one piece of context: the same
  release, the same host, an agreeing place, or an equivalent title (``titles.tsv``);
- a *common* name (王伟 / Wang Wei: one-syllable given name, a single-token name, or a key that
  several Chinese spellings share in the corpus) links only when title AND place agree; across
  languages without ``titles.tsv`` it needs the same host instead of the title;
- in one bilingual release, a foreign ``·`` name and an English name with the same (unique)
  title are paired.

Organisations link through ``orgs.tsv`` (EN, ZH and abbreviations of one body) and through
templates derived from its rows (``Foreign Affairs Office of {X} Municipal Government`` ↔
``{X}市人民政府外事办公室`` for any place X, places from ``places.tsv`` or pinyin).
All data is read through the lexicon loader; a missing file makes that evidence unavailable.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable

import pandas as pd

from ..lexicon import LexiconError, default_lexicon, on_lexicon_change
from ..script import to_simplified

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_VOWEL = re.compile(r"[aeiouv]")
_MAX_READINGS = 32

# ---------------------------------------------------------------------------------------------
# data


def _lex_tsv(name: str) -> list[dict[str, str]]:
    try:
        return default_lexicon().tsv(name)
    except LexiconError:
        return []


@functools.lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    try:
        data = default_lexicon().yaml("romanisation.yaml") or {}
    except LexiconError:
        data = {}
    return {
        "fold": [(re.compile(a), b) for a, b in data.get("fold", [])],
        "loose": [(re.compile(a), b) for a, b in data.get("wade_giles_loose", [])],
        "hon_en": {h.lower() for h in data.get("honorifics_en", [])},
        "hon_zh": sorted(data.get("honorifics_zh", []), key=len, reverse=True),
        "seps": "".join(data.get("foreign_separators", ["·"])),
        "host_generic": {h.lower() for h in data.get("host_generic", [])},
        "place_stop": {w.lower() for w in data.get("place_stopwords", [])},
    }


def fold(token: str) -> str:
    """Lowercase, the romanisation folds of ``romanisation.yaml``, diacritics removed."""
    t = token.lower()
    for pat, rep in _rules()["fold"]:
        t = pat.sub(rep, t)
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if c.isalnum() and not unicodedata.combining(c))


def _loose(syllable: str) -> str:
    for pat, rep in _rules()["loose"]:
        syllable = pat.sub(rep, syllable)
    return syllable


@functools.lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every pinyin and Wade-Giles syllable (toneless, folded) that pypinyin knows."""
    from pypinyin import Style
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    toned: set[str] = set()
    for value in pinyin_dict.values():
        toned.update(value.split(","))
    out: set[str] = set()
    for s in toned:
        for style in (Style.NORMAL, Style.WADEGILES):
            f = fold(convert(s, style, strict=True))
            if f and _VOWEL.search(f):
                out.add(f)
    return frozenset(out)


def n_syllables(word: str) -> int | None:
    """Fewest pinyin/Wade-Giles syllables that spell ``word`` (folded), None when none do."""
    sylls, w = _syllables(), fold(word)
    if not w:
        return None
    best: list[int | None] = [0] + [None] * len(w)
    for i in range(1, len(w) + 1):
        for j in range(max(0, i - 6), i):
            if best[j] is not None and w[j:i] in sylls:
                cand = best[j] + 1  # type: ignore[operator]
                if best[i] is None or cand < best[i]:  # type: ignore[operator]
                    best[i] = cand
    return best[len(w)]


@functools.lru_cache(maxsize=1)
def _title_index() -> tuple[dict[str, frozenset[str]], dict[str, int], dict[str, str]] | None:
    """Normalised title form (EN or ZH) → title concepts (the ZH form); concept → rank and
    concept → level (``titles.tsv`` columns en, zh, level, rank)."""
    rows = _lex_tsv("titles.tsv")
    if not rows:
        return None
    forms: dict[str, set[str]] = {}
    rank: dict[str, int] = {}
    level: dict[str, str] = {}
    for row in rows:
        en, zh = row.get("en", ""), to_simplified(row.get("zh", ""))
        concept = zh or "en:" + _norm_en(en)
        for form in (_norm_en(en) if en else "", zh):
            if form:
                forms.setdefault(form, set()).add(concept)
        r = (row.get("rank") or "").strip()
        if r.isdigit():
            rank[concept] = min(rank.get(concept, 9), int(r))
        if row.get("level"):
            level.setdefault(concept, row["level"])
    return {k: frozenset(v) for k, v in forms.items()}, rank, level


@functools.lru_cache(maxsize=1)
def _place_index() -> tuple[dict[str, str], dict[str, str]]:
    """places.tsv and countries.tsv: lowercase EN name (or adjective) → ZH name, ZH → ZH."""
    en, zh = {}, {}
    for row in _lex_tsv("places.tsv") + _lex_tsv("countries.tsv"):
        z = to_simplified(row.get("zh", ""))
        if not z:
            continue
        for form in [z, *re.split(r"[|;]", to_simplified(row.get("zh_alt", "")))]:
            if form.strip():
                zh[form.strip()] = z
        for form in [row.get("en", ""), *re.split(r"[|;]", row.get("adj", ""))]:
            if form.strip():
                en.setdefault(form.strip().lower(), z)
    return en, zh


for _cache in (_rules, _syllables, _title_index, _place_index):
    on_lexicon_change(_cache.cache_clear)


def has_title_data() -> bool:
    return _title_index() is not None


# ---------------------------------------------------------------------------------------------
# names


@dataclass(frozen=True)
class NameInfo:
    """Keys of one written name. ``keys`` are strong (``h:`` Han form, ``r:`` romanised),
    ``loose`` weak (Wade-Giles finals folded)."""

    display: str
    keys: frozenset[str]
    loose: frozenset[str] = frozenset()
    han: str | None = None
    chinese: bool = False
    foreign_han: bool = False
    common: bool = False


def _strip_honorifics(name: str) -> str:
    rules = _rules()
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
    index = _title_index()
    if index is None:
        return han
    for form in sorted((f for f in index[0] if HAN.match(f) and han.endswith(f)), key=len,
                       reverse=True):
        if len(han) - len(form) >= 2:
            return han[: -len(form)]
    return han


def _strip_en_title(name: str) -> str:
    """Mayor Luo Qiang → Luo Qiang (a title written before the name), using ``titles.tsv``."""
    index = _title_index()
    if index is None:
        return name
    low = _norm_en(name)
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
    for combo in itertools.islice(itertools.product(*options), _MAX_READINGS):
        keys.add("".join(combo))
    wg = [fold(rs[0]) for rs in pinyin(han, style=Style.WADEGILES, errors="ignore") if rs]
    keys.add("".join(wg))
    loose = {"".join(_loose(s) for s in wg)}
    return keys, loose


def analyse_name(name: str) -> NameInfo:
    """Keys, script and commonness of a person's name as written."""
    name = _strip_honorifics(name or "")
    if not name:
        return NameInfo(display="", keys=frozenset())
    if HAN.search(name):
        han = _strip_zh_title(re.sub(r"\s+", "", to_simplified(name)))
        if any(sep in han for sep in _rules()["seps"]) or not HAN.fullmatch(han[0]):
            return NameInfo(display=name, keys=frozenset({"h:" + han}), han=han, foreign_han=True)
        strong, loose = _han_readings(han)
        return NameInfo(display=name, keys=frozenset({"h:" + han} | {"r:" + k for k in strong}),
                        loose=frozenset("l:" + k for k in loose), han=han, chinese=True,
                        common=len(han) <= 2)
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
        loose.add("l:" + "".join(_loose(p) for p in flat))
        if len(pieces) == 2 and not marked:
            loose.add("l:" + "".join(_loose(p) for p in pieces[1] + pieces[0]))
    if chinese:
        given = counts[1:]
        if len(tokens) == 2 and not marked and counts[0] >= 2 and counts[1] == 1:
            given = counts[:1]  # Western order: Chengtao Jin
        common = sum(given) <= 1  # type: ignore[arg-type]
    else:
        common = len(tokens) == 1
    return NameInfo(display=name, keys=frozenset(keys), loose=frozenset(loose), chinese=chinese,
                    common=common)


def paired_latin(body: str | None, end: int) -> str | None:
    """A Latin name in parentheses right after a Chinese name: ``曼苏尔·哈吉里(Mansoor Alhajri)``."""
    if not body or end is None or end < 0:
        return None
    m = re.match(r"\s*[(（]\s*([A-Z][A-Za-z\u00c0-\u024f'’.\- ]{1,60}?)\s*[)）]", body[end:end + 80])
    return m.group(1) if m else None


# ---------------------------------------------------------------------------------------------
# titles and places


def _norm_en(text: str) -> str:
    t = re.sub(r"[-‐–_]", " ", (text or "").lower())
    t = re.sub(r"\bthe\b", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def _greedy_forms(text: str, forms: Iterable[str], word_bounds: bool) -> list[str]:
    """Longest-first non-overlapping occurrences of ``forms`` in ``text``."""
    taken = [False] * len(text)
    found: list[str] = []
    for form in sorted(forms, key=len, reverse=True):
        pat = (r"(?<![a-z])" + re.escape(form) + r"(?![a-z])") if word_bounds else re.escape(form)
        for m in re.finditer(pat, text):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = [True] * (m.end() - m.start())
                found.append(form)
    return found


@functools.lru_cache(maxsize=20000)
def title_concepts(title: str | None) -> frozenset[str]:
    """Concepts (``titles.tsv`` ZH forms) named in a title; ``raw:…`` when none is known."""
    if not title or not title.strip():
        return frozenset()
    han = bool(HAN.search(title))
    text = to_simplified(title) if han else _norm_en(title)
    index = _title_index()
    if index is not None:
        forms = index[0]
        cands = [f for f in forms if f in text] if han else [f for f in forms if f in text]
        hits = _greedy_forms(text, cands, word_bounds=not han)
        if hits:
            return frozenset().union(*(forms[h] for h in hits))
    return frozenset({("rawzh:" if han else "rawen:") + text})


def title_rank(concepts: Iterable[str]) -> int | None:
    index = _title_index()
    if index is None:
        return None
    ranks = [index[1][c] for c in concepts if c in index[1]]
    return min(ranks) if ranks else None


def title_level(concepts: Iterable[str]) -> str | None:
    index = _title_index()
    if index is None:
        return None
    return next((index[2][c] for c in sorted(concepts) if c in index[2]), None)


@functools.lru_cache(maxsize=20000)
def place_keys(text: str | None) -> frozenset[str]:
    """Place keys of an organisation or title string: ``p:<ZH place>`` from ``places.tsv``,
    ``y:<pinyin>`` for any place (a ZH ``X市/省/区/县`` prefix, an EN pinyin-like word)."""
    if not text:
        return frozenset()
    en_idx, zh_idx = _place_index()
    keys: set[str] = set()
    if HAN.search(text):
        s = to_simplified(text)
        stop = _rules()["place_stop"]
        for z in _greedy_forms(s, [z for z in zh_idx if z in s], word_bounds=False):
            if zh_idx[z] not in stop:
                keys |= {"p:" + zh_idx[z], "y:" + _pinyin_key(zh_idx[z])}
        for m in re.finditer(r"(?:^|驻)([\u4e00-\u9fff]{2,4}?)(?:市|省|区|县|州)", s):
            keys.add("y:" + _pinyin_key(m.group(1)))
        return frozenset(keys)
    low = text.lower()
    for e in _greedy_forms(low, [e for e in en_idx if e in low], word_bounds=True):
        if en_idx[e] not in _rules()["place_stop"]:
            keys |= {"p:" + en_idx[e], "y:" + fold(e)}
    admin = r"(?=\s+(?:Municipal|Provincial|City|District|County|Province|Prefecture|" \
        r"Municipality|Foreign|FAO|People's|Party|Government)\b)"
    for word in re.findall(r"\b[A-Z][a-z']{3,}\b" + admin, text):
        w = fold(word)
        count = n_syllables(w)
        if count is not None and count <= 3 and w not in _rules()["place_stop"]:
            keys.add("y:" + w)
    return frozenset(keys)


def host_place_keys(host: str | None) -> frozenset[str]:
    if not host or not isinstance(host, str):
        return frozenset()
    en_idx, _ = _place_index()
    keys: set[str] = set()
    for label in host.lower().split(".")[:-1]:
        if len(label) >= 4 and label not in _rules()["host_generic"] and label.isalpha():
            keys.add("y:" + label)
            if label in en_idx:
                keys.add("p:" + en_idx[label])
    return frozenset(keys)


def _pinyin_key(han: str) -> str:
    from pypinyin import Style, pinyin

    return "".join(fold(r[0]) for r in pinyin(han, style=Style.NORMAL, errors="ignore") if r)


# ---------------------------------------------------------------------------------------------
# people


@dataclass
class _Profile:
    """Mentions of one written name with one (title, org, host) context."""

    idx: int
    lang: str
    name: NameInfo
    titles: frozenset[str]
    org_places: frozenset[str]
    host_places: frozenset[str]
    hosts: set[str] = field(default_factory=set)
    releases: set[str] = field(default_factory=set)
    rows: list[int] = field(default_factory=list)
    extra_keys: set[str] = field(default_factory=set)
    org_keys: frozenset[str] = frozenset()

    @property
    def keys(self) -> frozenset[str]:
        return self.name.keys | self.extra_keys


def _posts(row: Any) -> list[tuple[str | None, str | None]]:
    out: list[tuple[str | None, str | None]] = []
    raw = row.get("posts")
    if isinstance(raw, str) and raw.strip():
        try:
            out = [(p.get("title"), p.get("org")) for p in json.loads(raw) if isinstance(p, dict)]
        except (ValueError, TypeError, AttributeError):
            out = []
    elif isinstance(raw, (list, tuple)):
        out = [(p.get("title"), p.get("org")) for p in raw if isinstance(p, dict)]
    out = [(_str(t), _str(o)) for t, o in out if _str(t) or _str(o)]
    if out:  # posts list every (title, org) pair, the first one included
        return out
    title, org = _str(row.get("title")), _str(row.get("org"))
    return [(title, org)] if title or org else []


def _str(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    s = str(value).strip()
    return s or None


def _place_relation(a: _Profile, b: _Profile) -> str:
    """Same organisation or place (org places first, the host's place as a fallback)."""
    if a.org_keys & b.org_keys:
        return "agree"
    if a.org_places and b.org_places:
        return "agree" if a.org_places & b.org_places else "conflict"
    pa, pb = a.org_places or a.host_places, b.org_places or b.host_places
    if pa and pb and pa & pb:
        return "agree"
    return "unknown"


def _title_relation(a: _Profile, b: _Profile) -> str:
    """Equivalent titles: a shared concept, or one ending with the other at the same rank
    (市委书记 / 书记, 党组书记、主任 / 主任; not 副主任 / 主任)."""
    if not a.titles or not b.titles:
        return "unknown"
    if a.titles & b.titles:
        return "agree"
    for x in a.titles:
        for y in b.titles:
            short, long_ = sorted((x, y), key=len)
            if not short.startswith("raw") and long_.endswith(short) and \
                    title_rank([short]) == title_rank([long_]) is not None:
                return "agree"
    raw_a = all(t.startswith("raw") for t in a.titles)
    raw_b = all(t.startswith("raw") for t in b.titles)
    if (raw_a or raw_b) and a.lang != b.lang:
        return "unknown"
    return "conflict"


def _decide(a: _Profile, b: _Profile, strong: bool, ambiguous: bool) -> bool:
    """Whether two profiles sharing a name key are one person (see the module doc)."""
    same_lang = a.lang == b.lang
    exact = same_lang and bool(a.name.keys & b.name.keys)
    common = a.name.common or b.name.common or ambiguous or not strong
    titles, place = _title_relation(a, b), _place_relation(a, b)
    if (a.extra_keys & b.keys) or (b.extra_keys & a.keys):  # 鲁彦(Jan Rudolph) ↔ Jan Rudolph
        return not (place == "conflict" and titles == "conflict")
    if a.releases & b.releases:
        return not (common and titles == "conflict")
    if not common:
        if exact:
            return True
        return (place == "agree" or titles == "agree" or bool(a.hosts & b.hosts)) and not (
            place == "conflict" and titles == "conflict")
    if same_lang or has_title_data():
        return titles == "agree" and place == "agree"
    return bool(a.hosts & b.hosts) and place != "conflict"


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


@dataclass
class PeopleLinks:
    """Result of person linking: ``person_id`` per officials row and the alias table."""

    person_ids: pd.Series
    people: pd.DataFrame


PEOPLE_COLUMNS = ["person_id", "name", "names_en", "names_zh", "titles", "n_releases",
                  "first_seen", "last_seen"]


def link_people(officials: pd.DataFrame, releases: pd.DataFrame | None = None) -> PeopleLinks:
    """Link official mentions across releases and languages into people."""
    if officials is None or len(officials) == 0 or "name" not in officials:
        return PeopleLinks(pd.Series([], dtype="string"), _empty(PEOPLE_COLUMNS))
    off = officials.reset_index(drop=True)
    bodies = _bodies(releases)
    profiles = _profiles(off, bodies)
    n = len(profiles)
    uf = _UnionFind(n)
    block: dict[str, list[int]] = {}
    for p in profiles:
        for k in p.keys | p.name.loose:
            block.setdefault(k, []).append(p.idx)
    han_by_key: dict[str, set[str]] = {}
    for p in profiles:
        if p.name.han and p.name.chinese:
            for k in p.name.keys:
                if k.startswith("r:"):
                    han_by_key.setdefault(k, set()).add(p.name.han)
    checked: set[tuple[int, int]] = set()
    for key, members in sorted(block.items(), key=lambda kv: (kv[0][0] != "h", kv[0])):
        if len(members) < 2 or len(members) > 400:
            continue
        strong = not key.startswith("l:")
        for i, j in itertools.combinations(members, 2):
            if (i, j) in checked:
                continue
            a, b = profiles[i], profiles[j]
            shared = (a.keys & b.keys) - {key} if not strong else set()
            if not strong and shared:
                continue  # a strong key links them (checked under that key)
            checked.add((i, j))
            ambiguous = any(len(han_by_key.get(k, ())) > 1 for k in (a.keys & b.keys)
                            if k.startswith("r:"))
            if _decide(a, b, strong, ambiguous):
                uf.union(i, j)
    _pair_in_release(profiles, uf)
    return _assemble(off, profiles, uf)


def _bodies(releases: pd.DataFrame | None) -> dict[str, str]:
    if releases is None or len(releases) == 0 or "body" not in releases:
        return {}
    return {str(r): b for r, b in zip(releases["release_id"], releases["body"])
            if _str(r) and isinstance(b, str)}


def _profiles(off: pd.DataFrame, bodies: dict[str, str]) -> list[_Profile]:
    by_key: dict[tuple, _Profile] = {}
    out: list[_Profile] = []
    for i, row in enumerate(off.to_dict("records")):
        name = _str(row.get("name")) or _str(row.get("name_norm")) or ""
        info = analyse_name(name)
        if not info.keys:
            continue  # no name, no person
        lang = _str(row.get("lang")) or ("zh" if HAN.search(name) else "en")
        posts = _posts(row)
        titles = frozenset().union(*(title_concepts(t) for t, _ in posts)) if posts else frozenset()
        places = frozenset().union(*(place_keys(o) for _, o in posts)) if posts else frozenset()
        places |= frozenset().union(*(place_keys(t) for t, _ in posts)) if posts else frozenset()
        host = _str(row.get("host"))
        rid = _str(row.get("release_id")) or f"row{i}"
        extra: set[str] = set()
        latin = paired_latin(bodies.get(rid), _int(row.get("end")))
        if info.han and latin:
            extra |= analyse_name(latin).keys
        key = (lang, info.display, titles, places, host, frozenset(extra))
        prof = by_key.get(key)
        if prof is None:
            hosts = host_place_keys(host)
            hp = min(hosts) if hosts else ""
            orgs = frozenset(k for _, o in posts if o for k in [org_key(o, hp)]
                             if k and not k.startswith("txt:"))
            prof = _Profile(len(out), lang, info, titles, places, hosts, org_keys=orgs)
            prof.extra_keys = extra
            by_key[key] = prof
            out.append(prof)
        prof.rows.append(i)
        prof.releases.add(rid)
        if host:
            prof.hosts.add(host)
    return out


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def _pair_in_release(profiles: list[_Profile], uf: _UnionFind) -> None:
    """In one bilingual release, pair a lone foreign ``·`` name with the English name that has
    the same title, when each is the only one with that title (needs ``titles.tsv``)."""
    if not has_title_data():
        return
    by_release: dict[str, list[_Profile]] = {}
    for p in profiles:
        for r in p.releases:
            by_release.setdefault(r, []).append(p)
    for members in by_release.values():
        zh = [p for p in members if p.name.foreign_han and not p.extra_keys]
        en = [p for p in members if p.lang == "en" and not p.name.han and not p.name.chinese]
        for z in zh:
            known = {t for t in z.titles if not t.startswith("raw")}
            if not known:
                continue
            match = [e for e in en if e.titles & known]
            rivals = [o for o in zh if o.titles & known]
            if len(match) == 1 and len(rivals) == 1 and not any(
                    uf.find(match[0].idx) == uf.find(o.idx) for o in profiles
                    if o.name.foreign_han and o is not z and o.releases & z.releases):
                uf.union(z.idx, match[0].idx)


def _assemble(off: pd.DataFrame, profiles: list[_Profile], uf: _UnionFind) -> PeopleLinks:
    groups: dict[int, list[_Profile]] = {}
    for p in profiles:
        groups.setdefault(uf.find(p.idx), []).append(p)
    dates = pd.to_datetime(off["date"], errors="coerce") if "date" in off else pd.Series(
        pd.NaT, index=off.index)
    records = []
    for members in groups.values():
        rows = sorted(r for p in members for r in p.rows)
        sub = off.loc[rows]
        d = dates.loc[rows].dropna()
        names_en = _ranked([p.name.display for p in members for _ in p.rows if p.lang != "zh"])
        names_zh = _ranked([p.name.display for p in members for _ in p.rows if p.lang == "zh"])
        titles = _ranked([t for _, r in sub.iterrows() for t, _o in _posts(r) if t])
        rel = {x for p in members for x in p.releases}
        records.append({
            "rows": rows, "name": (names_en or names_zh or [""])[0],
            "names_en": names_en, "names_zh": names_zh, "titles": titles,
            "n_releases": len(rel),
            "first_seen": d.min() if len(d) else pd.NaT, "last_seen": d.max() if len(d) else pd.NaT,
        })
    records.sort(key=lambda r: (pd.Timestamp.max if pd.isna(r["first_seen"]) else r["first_seen"],
                                r["name"]))
    pid = pd.Series(pd.NA, index=off.index, dtype="string")
    for k, rec in enumerate(records, 1):
        rec["person_id"] = f"P{k:05d}"
        pid.loc[rec.pop("rows")] = rec["person_id"]
    people = pd.DataFrame(records, columns=PEOPLE_COLUMNS)
    people["person_id"] = people["person_id"].astype("string")
    people["name"] = people["name"].astype("string")
    people["n_releases"] = people["n_releases"].astype("Int64")
    for col in ("first_seen", "last_seen"):
        people[col] = pd.to_datetime(people[col])
    return PeopleLinks(pid, people)


def _ranked(values: list[str]) -> list[str]:
    """Distinct values, most frequent first (ties in order of appearance)."""
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return sorted(counts, key=lambda v: -counts[v])


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype="object") for c in columns})


# ---------------------------------------------------------------------------------------------
# organisations


def norm_org(text: str) -> str:
    """Comparable form of an organisation name (case, ``the``, hyphens, script folded)."""
    if HAN.search(text):
        return re.sub(r"[\s()（）]", "", to_simplified(text))
    t = _norm_en(text.replace("&", " and ").replace("’", "'"))
    return re.sub(r"[^a-z0-9' ]", "", t).strip()


@functools.lru_cache(maxsize=1)
def _org_index() -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]], dict[str, str]]:
    """orgs.tsv → (normalised form → canonical id, [(template regex, template id)], id → display)."""
    en_idx, zh_idx = _place_index()
    forms: dict[str, set[str]] = {}
    display: dict[str, str] = {}
    templates: dict[str, str] = {}
    places_longest_first = sorted(zh_idx, key=len, reverse=True)
    for row in _lex_tsv("orgs.tsv"):
        en, zh = row.get("en", ""), to_simplified(row.get("zh", ""))
        variants = [v for v in [en, zh, *re.split(r"[|;]", row.get("abbr", ""))] if v.strip()]
        place = next((z for z in places_longest_first if zh and z in zh), None)
        tid = "tpl:" + norm_org(zh).replace(place, "{X}", 1) if place else ""
        canon = f"{tid}@{place}" if place else "lex:" + (norm_org(zh) if zh else norm_org(en))
        display.setdefault(canon, en or zh)
        for v in variants:
            forms.setdefault(norm_org(v), set()).add(canon)
        if not place:
            continue
        place_en = next((e for e, z in en_idx.items() if z == place), None)
        for v in variants:
            nv = norm_org(v)
            if HAN.search(v) and place in nv:
                pat = re.escape(nv).replace(re.escape(place), r"(?P<x>[\u4e00-\u9fff]{2,4}?)", 1)
            elif place_en and re.search(rf"\b{re.escape(place_en)}\b", nv):
                pat = re.sub(rf"\b{re.escape(re.escape(place_en))}\b",
                             lambda _m: r"(?P<x>[a-z][a-z']{2,20}(?: [a-z][a-z']{2,20})?)",
                             re.escape(nv), count=1)
            else:
                continue
            templates.setdefault(pat, tid)
    unique = {k: next(iter(v)) for k, v in forms.items() if len(v) == 1}
    compiled = [(re.compile(p), t) for p, t in templates.items()]
    return unique, compiled, display


on_lexicon_change(_org_index.cache_clear)


@functools.lru_cache(maxsize=50000)
def org_key(text: str, host_place: str = "") -> str:
    """A canonical key of an organisation name: the lexicon entry, a template filled with a
    place, or the normalised text (qualified by the host's place when it names no place)."""
    norm = norm_org(text)
    if not norm:
        return ""
    forms, templates, _ = _org_index()
    if norm in forms:
        return forms[norm]
    en_idx, zh_idx = _place_index()
    for pat, tid in templates:
        m = pat.fullmatch(norm)
        if m:
            x = m.group("x")
            if HAN.search(x):
                place = zh_idx.get(x) or "y:" + _pinyin_key(x)
            else:
                place = en_idx.get(x) or "y:" + fold(x)
            return f"{tid}@{place}"
    lang = "zh" if HAN.search(text) else "en"
    if not place_keys(text) and host_place:
        return f"txt:{lang}:{norm}@{host_place}"
    return f"txt:{lang}:{norm}"


for _cache in (title_concepts, place_keys, org_key):  # results read the lexicon indexes
    on_lexicon_change(_cache.cache_clear)


ORG_COLUMNS = ["org_id", "name", "names_en", "names_zh", "n_releases", "first_seen", "last_seen"]


def org_mentions(officials: pd.DataFrame | None, entities: pd.DataFrame | None,
                 releases: pd.DataFrame | None) -> pd.DataFrame:
    """Every organisation mention: from officials' posts (with the official's ``person_id``
    when linked) and from ORG entities, with its ``org_key``."""
    rel_info: dict[str, tuple[Any, str | None]] = {}
    if releases is not None and len(releases) and "release_id" in releases:
        dates = pd.to_datetime(releases.get("date"), errors="coerce") if "date" in releases else None
        hosts = releases["host"] if "host" in releases else [None] * len(releases)
        for k, (rid, host) in enumerate(zip(releases["release_id"], hosts)):
            if _str(rid):
                rel_info[str(rid)] = (dates.iloc[k] if dates is not None else pd.NaT, _str(host))
    _, zh_places = _place_index()
    en_places, _ = _place_index()
    rows: list[dict[str, Any]] = []

    def add(rid: Any, text: Any, lang: Any, date: Any, host: Any, source: str,
            norm: Any = None, person_id: Any = None) -> None:
        text = _str(text)
        if not text:
            return
        simple = to_simplified(text)
        if simple in zh_places or text.lower() in en_places:
            return  # a place or country, not an organisation
        rid = _str(rid)
        rdate, rhost = rel_info.get(rid, (pd.NaT, None)) if rid else (pd.NaT, None)
        host = _str(host) or rhost
        hp = sorted(host_place_keys(host))
        # a bare 市外办 is one city's office: without the host's place, the release's
        qualifier = hp[0] if hp else "release:" + (rid or f"?{len(rows)}")
        key = org_key(text, qualifier)
        n = _str(norm)
        if key.startswith("txt:") and n and n != text:
            alt = org_key(n, qualifier)
            key = alt if not alt.startswith("txt:") else key
        rows.append({"release_id": rid, "text": text, "lang": _str(lang) or (
            "zh" if HAN.search(text) else "en"), "date": date if date is not None else rdate,
            "host": host, "source": source, "org_key": key, "person_id": _str(person_id)})

    if officials is not None and len(officials):
        for row in officials.to_dict("records"):
            for _t, org in _posts(row):
                add(row.get("release_id"), org, row.get("lang"), row.get("date"), row.get("host"),
                    "official", person_id=row.get("person_id"))
    if entities is not None and len(entities) and "label" in entities:
        ents = entities[entities["label"] == "ORG"]
        for row in ents.to_dict("records"):
            add(row.get("release_id"), row.get("text"), row.get("lang"), None, None, "entity",
                row.get("norm"))
    out = pd.DataFrame(rows, columns=["release_id", "text", "lang", "date", "host", "source",
                                      "org_key", "person_id"])
    out["date"] = pd.to_datetime(out["date"], errors="coerce")
    return out


def link_orgs(mentions: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    """``org_id`` per org mention and the alias table ``orgs``."""
    if mentions is None or len(mentions) == 0:
        return pd.Series([], dtype="string"), _empty(ORG_COLUMNS)
    _, _, display = _org_index()
    records = []
    for key, sub in mentions.groupby("org_key", sort=False):
        en = _ranked([t for t, lang in zip(sub["text"], sub["lang"]) if lang != "zh"])
        zh = _ranked([t for t, lang in zip(sub["text"], sub["lang"]) if lang == "zh"])
        d = sub["date"].dropna()
        records.append({"org_key": key, "name": display.get(key) or (en or zh or [""])[0],
                        "names_en": en, "names_zh": zh, "n_releases": sub["release_id"].nunique(),
                        "first_seen": d.min() if len(d) else pd.NaT,
                        "last_seen": d.max() if len(d) else pd.NaT})
    records.sort(key=lambda r: (-r["n_releases"], r["name"]))
    ids = {}
    for k, rec in enumerate(records, 1):
        rec["org_id"] = f"O{k:05d}"
        ids[rec.pop("org_key")] = rec["org_id"]
    orgs = pd.DataFrame(records, columns=ORG_COLUMNS)
    orgs["org_id"] = orgs["org_id"].astype("string")
    orgs["n_releases"] = orgs["n_releases"].astype("Int64")
    for col in ("first_seen", "last_seen"):
        orgs[col] = pd.to_datetime(orgs[col])
    return mentions["org_key"].map(ids).astype("string"), orgs


__all__ = ["NameInfo", "analyse_name", "fold", "n_syllables", "paired_latin", "title_concepts",
           "title_rank", "title_level", "place_keys", "host_place_keys", "has_title_data", "link_people",
           "PeopleLinks", "norm_org", "org_key", "org_mentions", "link_orgs"]
