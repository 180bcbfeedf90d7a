"""Lexicon-backed context for identity linking: romanisation folds and syllables, title
concepts (``titles.tsv``), place keys (``places.tsv``, ``countries.tsv``) and the posts of an
officials row. The data is a :class:`CorpusIndex` compiled once per lexicon (and the pinyin
syllables, :class:`Syllables`); results read from it are memoised per index, so a new lexicon
never meets stale ones. A missing file makes that evidence unavailable."""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

import pandas as pd

from ..lexicon import Lexicon, LexiconError, default_grammar
from ..script import to_simplified

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_VOWEL = re.compile(r"[aeiouv]")
MAX_READINGS = 32
TitleIndex = tuple[dict[str, frozenset[str]], dict[str, int], dict[str, str]]


@dataclass(frozen=True, eq=False)  # hashed by identity: it keys the memos of results read from it
class CorpusIndex:
    """The lexicon data the corpus layer reads, compiled once per lexicon: romanisation rules
    (``romanisation.yaml``), title concepts (``titles.tsv``), place names (``places.tsv``,
    ``countries.tsv``) and organisation words (``org_mentions.yaml``, ``org_templates.yaml``)."""

    romanisation: Mapping[str, Any]
    titles: TitleIndex | None
    places: tuple[dict[str, str], dict[str, str]]
    org_words: Mapping[str, list[str]]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> CorpusIndex:
        return cls(_romanisation(lexicon), _title_index(lexicon.tsv("titles.tsv")),
                   _place_index(lexicon), _org_words(lexicon))


def corpus_index() -> CorpusIndex:
    """The corpus data of the process-wide lexicon."""
    return default_grammar(CorpusIndex)


def romanisation_rules() -> Mapping[str, Any]:
    return corpus_index().romanisation


def title_index() -> TitleIndex | None:
    """Normalised title form (EN or ZH) → title concepts (the ZH form); concept → rank and
    concept → level (``titles.tsv`` columns en, zh, level, rank)."""
    return corpus_index().titles


def place_index() -> tuple[dict[str, str], dict[str, str]]:
    """places.tsv and countries.tsv: lowercase EN name (or adjective) → ZH name, ZH → ZH."""
    return corpus_index().places


def _romanisation(lexicon: Lexicon) -> dict[str, Any]:
    data = lexicon.yaml("romanisation.yaml") or {}
    return {
        "fold": [(re.compile(a), b) for a, b in data.get("fold", [])],
        "loose": [(re.compile(a), b) for a, b in data.get("wade_giles_loose", [])],
        "hon_en": {h.lower() for h in data.get("honorifics_en", [])},
        "hon_zh": sorted(data.get("honorifics_zh", []), key=len, reverse=True),
        "seps": "".join(data.get("foreign_separators", ["·"])),
        "host_generic": {h.lower() for h in data.get("host_generic", [])},
        "place_stop": {w.lower() for w in data.get("place_stopwords", [])},
    }


def _org_words(lexicon: Lexicon) -> dict[str, list[str]]:
    """Place units and organisation heads (EN and ZH) for splitting organisation mentions."""
    out: dict[str, list[str]] = {}
    for name, keys in (("org_mentions.yaml", ("place_units_en", "place_units_zh")),
                       ("org_templates.yaml", ("en_heads", "zh_suffixes"))):
        try:
            data = lexicon.yaml(name) or {}
        except LexiconError:
            data = {}
        for key in keys:
            out[key] = [str(v) for v in data.get(key, [])]
    return out


def fold(token: str, rules: Mapping[str, Any] | None = None) -> str:
    """Lowercase, the romanisation folds of ``romanisation.yaml`` (of ``rules``; None: the
    process-wide lexicon's), diacritics removed."""
    t = token.lower()
    for pat, rep in (rules if rules is not None else romanisation_rules())["fold"]:
        t = pat.sub(rep, t)
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if c.isalnum() and not unicodedata.combining(c))


def loose_syllable(syllable: str) -> str:
    for pat, rep in romanisation_rules()["loose"]:
        syllable = pat.sub(rep, syllable)
    return syllable


class Syllables(frozenset):
    """Every pinyin and Wade-Giles syllable (toneless, folded by a lexicon's rules) that
    pypinyin knows."""

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> Syllables:
        from pypinyin import Style
        from pypinyin.pinyin_dict import pinyin_dict
        from pypinyin.style import convert

        rules = lexicon.grammar(CorpusIndex).romanisation
        toned: set[str] = set()
        for value in pinyin_dict.values():
            toned.update(value.split(","))
        out: set[str] = set()
        for s in toned:
            for style in (Style.NORMAL, Style.WADEGILES):
                f = fold(convert(s, style, strict=True), rules)
                if f and _VOWEL.search(f):
                    out.add(f)
        return cls(out)


def n_syllables(word: str) -> int | None:
    """Fewest pinyin/Wade-Giles syllables that spell ``word`` (folded), None when none do."""
    sylls, w = default_grammar(Syllables), fold(word)
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


def _title_index(rows: list[dict[str, str]]) -> TitleIndex | None:
    if not rows:
        return None
    forms: dict[str, set[str]] = {}
    rank: dict[str, int] = {}
    level: dict[str, str] = {}
    for row in rows:
        en, zh = row.get("en", ""), to_simplified(row.get("zh", ""))
        concept = zh or "en:" + norm_en(en)
        for form in (normalise_title(en) if en else "", normalise_title(zh) if zh else ""):
            if form:
                forms.setdefault(form, set()).add(concept)
        r = (row.get("rank") or "").strip()
        if r.isdigit():
            rank[concept] = min(rank.get(concept, 9), int(r))
        if row.get("level"):
            level.setdefault(concept, row["level"])
    return {k: frozenset(v) for k, v in forms.items()}, rank, level


def _place_index(lexicon: Lexicon) -> tuple[dict[str, str], dict[str, str]]:
    en, zh = {}, {}
    for row in lexicon.tsv("places.tsv") + lexicon.tsv("countries.tsv"):
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


def has_title_data() -> bool:
    return title_index() is not None


def norm_en(text: str) -> str:
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


def normalise_title(title: str) -> str:
    """The form of a title that comparisons use: width and script folded (NFKC, simplified),
    spaces and punctuation dropped in Chinese; lowercase, hyphens and ``the`` dropped,
    punctuation as spaces in English (``Vice-Mayor,`` = ``vice mayor``; ``副 市長`` = ``副市长``)."""
    text = unicodedata.normalize("NFKC", title)
    if HAN.search(text):
        return re.sub(r"[\s\W_]+", "", to_simplified(text))
    return norm_en(re.sub(r"[^\w\s'’-]+", " ", text))


def title_concepts(title: str | None) -> frozenset[str]:
    """Concepts (``titles.tsv`` ZH forms) named in a title; ``raw:…`` when none is known."""
    return _title_concepts(corpus_index(), title)


@functools.lru_cache(maxsize=20000)
def _title_concepts(corpus: CorpusIndex, title: str | None) -> frozenset[str]:
    if not title or not title.strip():
        return frozenset()
    han = bool(HAN.search(title))
    text = normalise_title(title)
    if not text:
        return frozenset()
    index = corpus.titles
    if index is not None:
        forms = index[0]
        cands = [f for f in forms if f in text]
        hits = _greedy_forms(text, cands, word_bounds=not han)
        if hits:
            return frozenset().union(*(forms[h] for h in hits))
    return frozenset({("rawzh:" if han else "rawen:") + text})


def title_rank(concepts: Iterable[str]) -> int | None:
    index = title_index()
    if index is None:
        return None
    ranks = [index[1][c] for c in concepts if c in index[1]]
    return min(ranks) if ranks else None


def title_level(concepts: Iterable[str]) -> str | None:
    index = title_index()
    if index is None:
        return None
    return next((index[2][c] for c in sorted(concepts) if c in index[2]), None)


def place_keys(text: str | None) -> frozenset[str]:
    """Place keys of an organisation or title string: ``p:<ZH place>`` from ``places.tsv``,
    ``y:<pinyin>`` for any place (a ZH ``X市/省/区/县`` prefix, an EN pinyin-like word)."""
    return _place_keys(corpus_index(), text)


@functools.lru_cache(maxsize=20000)
def _place_keys(corpus: CorpusIndex, text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    en_idx, zh_idx = corpus.places
    stop = corpus.romanisation["place_stop"]
    keys: set[str] = set()
    if HAN.search(text):
        s = to_simplified(text)
        for z in _greedy_forms(s, [z for z in zh_idx if z in s], word_bounds=False):
            if zh_idx[z] not in stop:
                keys |= {"p:" + zh_idx[z], "y:" + pinyin_key(zh_idx[z])}
        for m in re.finditer(r"(?:^|驻)([\u4e00-\u9fff]{2,4}?)(?:市|省|区|县|州)", s):
            keys.add("y:" + pinyin_key(m.group(1)))
        return frozenset(keys)
    low = text.lower()
    for e in _greedy_forms(low, [e for e in en_idx if e in low], word_bounds=True):
        if en_idx[e] not in stop:
            keys |= {"p:" + en_idx[e], "y:" + fold(e)}
    admin = r"(?=\s+(?:Municipal|Provincial|City|District|County|Province|Prefecture|" \
        r"Municipality|Foreign|FAO|People's|Party|Government)\b)"
    for word in re.findall(r"\b[A-Z][a-z']{3,}\b" + admin, text):
        w = fold(word)
        count = n_syllables(w)
        if count is not None and count <= 3 and w not in stop:
            keys.add("y:" + w)
    return frozenset(keys)


def host_place_keys(host: str | None) -> frozenset[str]:
    if not host or not isinstance(host, str):
        return frozenset()
    en_idx, _ = place_index()
    keys: set[str] = set()
    for label in host.lower().split(".")[:-1]:
        if len(label) >= 4 and label not in romanisation_rules()["host_generic"] and label.isalpha():
            keys.add("y:" + label)
            if label in en_idx:
                keys.add("p:" + en_idx[label])
    return frozenset(keys)


def pinyin_key(han: str) -> str:
    from pypinyin import Style, pinyin

    return "".join(fold(r[0]) for r in pinyin(han, style=Style.NORMAL, errors="ignore") if r)


def posts_of(row: Any) -> list[tuple[str | None, str | None]]:
    out: list[tuple[str | None, str | None]] = []
    raw = row.get("posts")
    if isinstance(raw, str) and raw.strip():
        try:
            out = [(p.get("title"), p.get("org")) for p in json.loads(raw) if isinstance(p, dict)]
        except (ValueError, TypeError, AttributeError):
            out = []
    elif isinstance(raw, (list, tuple)):
        out = [(p.get("title"), p.get("org")) for p in raw if isinstance(p, dict)]
    out = [(text_or_none(t), text_or_none(o)) for t, o in out if text_or_none(t) or text_or_none(o)]
    if out:  # posts list every (title, org) pair, the first one included
        return out
    title, org = text_or_none(row.get("title")), text_or_none(row.get("org"))
    return [(title, org)] if title or org else []


def text_or_none(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    s = str(value).strip()
    return s or None


def ranked_distinct(values: list[str]) -> list[str]:
    """Distinct values, most frequent first (ties in order of appearance)."""
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return sorted(counts, key=lambda v: -counts[v])


def stable_ids(prefix: str, keys: list[str]) -> list[str]:
    """An id per key derived from the key alone (``P`` + 12 hex digits of its hash), so that an
    entity keeps its id when other releases are added or removed; distinct keys get distinct
    ids (a hash clash lengthens the digest of the later key in sorted order)."""
    taken: dict[str, str] = {}
    for key in sorted(set(keys)):
        for size in range(6, 33):
            ident = prefix + hashlib.blake2b(key.encode("utf-8"), digest_size=size).hexdigest()
            if taken.setdefault(ident, key) == key:
                break
    by_key = {k: i for i, k in taken.items()}
    return [by_key[k] for k in keys]


def empty_frame(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype="object") for c in columns})
