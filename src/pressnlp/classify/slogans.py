"""Slogans: the lexicon matcher (``slogans.tsv``, whose variants may carry optional parts,
alternatives and bounded gaps), congresses and plenary sessions by number, and detectors for
quoted campaigns, brands and programmes and numbered formulas (``numbered.yaml``,
``slogan_rules.yaml``).

    find_slogans('… achieve the "Two Safeguards" …')
    → [Slogan(text='Two Safeguards', canonical='两个维护', category='IDEOLOGY', numbered=True, …)]

Matching is tolerant (case, hyphens, quotes, articles, a final plural, commas, "&" for "and";
traditional script through a same-length simplified copy; pinyin glosses inside Chinese words),
so offsets always point into the given text.
One entry per distinct surface text; the longest lexicon match wins where phrases overlap.
The lexicon and rules are a :class:`SlogansGrammar` compiled from a lexicon; each public
function takes one (None: the process-wide lexicon's).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Any, Mapping

from .. import regexcache
from ..lexicon import Lexicon, default_grammar, split_variants
from ..records import Analysis, Release, Slogan
from ..script import to_simplified
from .matching import (PatternSet, folds_apart, holds_pieces, keyword_of, regex_keyword,
                       required_pieces, without_pinyin)

CATEGORIES = ("IDEOLOGY", "DEVELOPMENT", "DIPLOMACY", "GOVERNANCE", "BRANDING")
_CJK = re.compile(r"[\u3400-\u9fff]")
_EN_WORD = re.compile(r"\{X\}(?:['’]s)?|[A-Za-z0-9]+(?:['’][A-Za-z]+)?|[+&]|[,:]")
_EN_SEP = r"\s*,?[\s\-‐–\"“”]+(?:(?:the|an|a)\s+)?"
_EN_SEP_COMMA = r"\s*[,，:]?[\s\-‐–\"“”]+(?:and\s+)?(?:(?:the|an|a)\s+)?"
_EN_SLOT = r"(?-i:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})"
_ZH_SLOT = r"[\u4e00-\u9fff]{2,4}"
_ARTICLES = {"the", "a", "an"}
_QUOTE_EN = re.compile(r"[\"“]([^\"“”\n]{2,150})[\"”]")
_QUOTE_ZH = re.compile(r"[“「『\"]([^”」』\"“\n]{2,40})[”」』\"]")


@dataclass(frozen=True)
class SloganEntry:
    """One lexicon row."""

    canonical: str
    category: str | None
    numbered: bool


@dataclass(frozen=True)
class SlogansGrammar:
    """The slogan lexicon (``slogans.tsv``) and detector rules (``slogan_rules.yaml``,
    ``numbered.yaml``) of one lexicon."""

    en: PatternSet
    zh: PatternSet
    by_text: Mapping[str, SloganEntry]  # normalised variant text → entry (exact lookups)
    rules: Mapping[str, Any]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> SlogansGrammar:
        en, zh, by_text = _compile_lexicon(lexicon)
        return cls(en, zh, by_text, _compile_rules(lexicon))


def _grammar(grammar: SlogansGrammar | None) -> SlogansGrammar:
    return grammar if grammar is not None else default_grammar(SlogansGrammar)


def _has_cjk(text: str) -> bool:
    return not text.isascii() and _CJK.search(text) is not None


def _yes(v: str) -> bool:
    return str(v).strip().lower() in ("yes", "true", "1", "y")


_SYNTAX = re.compile(r"\[[^\[\]]*\]|<[^<>]*>|…")
_EN_GAP_WORDS = 4          # "…" in an EN variant: up to this many words
_ZH_GAP = r"[^，。；：、,.;:！？!?“”\"「」\s]{0,12}?"   # "…" in a ZH variant: up to 12 characters


def variant_parts(variant: str) -> list[tuple[str, Any]]:
    """A variant as ("text", str), ("opt", [alternatives]), ("alt", [alternatives]) and
    ("gap", None) parts: ``[a/b]`` is optional, ``<a/b>`` one of the alternatives, ``…`` a
    bounded gap (inserted qualifiers such as 视察吉林时 or "delivered during his visit")."""
    parts: list[tuple[str, Any]] = []
    pos = 0
    for m in _SYNTAX.finditer(variant):
        if variant[pos:m.start()].strip():
            parts.append(("text", variant[pos:m.start()]))
        tok = m.group()
        if tok == "…":
            parts.append(("gap", None))
        else:
            alts = [a.strip() for a in tok[1:-1].split("/")]
            parts.append(("opt" if tok[0] == "[" else "alt", alts))
        pos = m.end()
    if variant[pos:].strip():
        parts.append(("text", variant[pos:]))
    return parts


def required_literal(variant: str) -> str:
    """The variant without its optional parts, alternatives and gaps (a keyword source)."""
    return " ".join(text for kind, text in variant_parts(variant) if kind == "text")


def _en_words(text: str, plural_last: bool) -> list[tuple[str, str]]:
    """(separator before, regex) of the words of an EN text piece."""
    out: list[tuple[str, str]] = []
    toks = [t for t in _EN_WORD.findall(text) if t.lower() not in _ARTICLES]
    words = [t for t in toks if t not in ",:"]
    last_word = words[-1] if words else ""
    pending = ""
    for tok in toks:
        if tok in ",:":
            pending = _EN_SEP_COMMA
            continue
        if tok.startswith("{X}"):
            pat = _EN_SLOT + ("['’]s" if len(tok) > 3 else "")
        elif tok in "+&":
            out.append((r"\s*", re.escape(tok)))
            pending = ""
            continue
        else:
            pat = "(?:and|&)" if tok.lower() == "and" else re.sub(r"['’]", "['’]", re.escape(tok))
            if plural_last and tok is last_word and tok[-1:].isalpha():
                pat += r"(?:s|es)?"
        out.append((pending or _EN_SEP, pat))
        pending = ""
    return out


def _en_required_words(variant: str) -> set[str]:
    """Lower-case ASCII words that every match of an EN variant contains whole: the words of
    its fixed text, without articles, "and" (may be "&") and slots."""
    if variant.startswith("re:"):
        return set()
    out: set[str] = set()
    for kind, text in variant_parts(variant):
        if kind != "text":
            continue
        for tok in _EN_WORD.findall(text):
            low = tok.lower()
            if low in _ARTICLES or low == "and" or tok.startswith("{X}"):
                continue
            out.update(re.findall(r"[a-z0-9]+", low))
    return out


def _en_sequence(words: list[tuple[str, str]]) -> str:
    return "".join(pat if k == 0 else sep + pat for k, (sep, pat) in enumerate(words))


def _en_pattern(variant: str) -> str:
    if variant.startswith("re:"):
        return variant[3:]
    parts = variant_parts(variant)
    units: list[tuple[str, str, bool]] = []     # (separator before, regex, optional)
    for k, (kind, val) in enumerate(parts):
        final = k == len(parts) - 1
        if kind == "text":
            units += [(sep, pat, False) for sep, pat in _en_words(val, final)]
        elif kind == "gap":
            word = r"[A-Za-z0-9][\w'’\-]*"
            units.append(("", rf"(?:{_EN_SEP}{word}){{0,{_EN_GAP_WORDS}}}?", True))
        else:
            alts = [_en_sequence(_en_words(a, final)) for a in val]
            alts = [a for a in alts if a]
            if alts:
                units.append((_EN_SEP, "(?:" + "|".join(alts) + ")", kind == "opt"))
    out, started = "", False
    for sep, pat, optional in units:
        if not sep:           # a gap carries its own separators
            out += pat if started else ""
        elif not started:
            out += f"(?:{pat}{_EN_SEP})?" if optional else pat
            started = not optional
        else:
            out += f"(?:{sep}{pat})?" if optional else sep + pat
    return rf"(?<![A-Za-z0-9]){out}(?![A-Za-z0-9])" if started else ""


def _zh_literal(v: str) -> str:
    out: list[str] = []
    i = 0
    v = to_simplified(v)
    while i < len(v):
        if v.startswith("{X}", i):
            out.append(_ZH_SLOT)
            i += 3
            continue
        ch = v[i]
        if ch in "、，,·• 　;；":
            out.append(r"[、，,·•\s　;；]?")
        elif ch in "“”\"「」":
            out.append(r"[“”\"「」]?")
        elif ch in "+＋":
            out.append(r"[+＋]")
        elif ch in "()（）":
            out.append(r"[()（）]?")
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out)


def _zh_pattern(variant: str) -> str:
    if variant.startswith("re:"):
        return variant[3:]
    out: list[str] = []
    for kind, val in variant_parts(variant):
        if kind == "text":
            out.append(_zh_literal(val))
        elif kind == "gap":
            out.append(_ZH_GAP)
        else:
            group = "(?:" + "|".join(_zh_literal(a) for a in val) + ")"
            out.append(group + ("?" if kind == "opt" else ""))
    return "".join(out)


_KEY_DROP = re.compile(r"[\s\"“”'‘’「」『』,，、.。:：;；·•\-‐–]+")


@functools.lru_cache(maxsize=4096)  # a release asks it of each slogan found, several times
def norm_key(text: str) -> str:
    """Comparison key of a surface text: simplified, lower-cased, no quotes/punctuation/spaces."""
    return _KEY_DROP.sub("", to_simplified(text).lower())


def _compile_lexicon(lex: Lexicon) -> tuple[PatternSet, PatternSet, dict[str, SloganEntry]]:
    rows = lex.tsv("slogans.tsv")
    by_text: dict[str, SloganEntry] = {}
    sets = {"en": PatternSet(flags=re.IGNORECASE, lower=True), "zh": PatternSet()}
    for n, row in enumerate(rows):
        canon = (row.get("canonical") or "").strip()
        if not canon:
            continue
        cat = (row.get("category") or "").strip().upper() or None
        entry = SloganEntry(canon, cat if cat in CATEGORIES else cat, _yes(row.get("numbered", "")))
        by_text.setdefault(norm_key(canon), entry)
        for lang in ("en", "zh"):
            for k, variant in enumerate(v for v in split_variants(row.get(lang) or "") if v):
                if not variant:
                    continue
                pat = _en_pattern(variant) if lang == "en" else _zh_pattern(variant)
                if not pat:
                    continue
                if variant.startswith("re:"):
                    kw, size = regex_keyword(variant[3:], lang), 0
                else:
                    literal = required_literal(variant).replace("{X}", " ")
                    kw = keyword_of(to_simplified(literal), lang)
                    size = len(variant) + (40 if "{X}" in variant or "…" in variant else 0)
                words = _en_required_words(variant) if lang == "en" else ()
                sets[lang].add(pat, kw, entry, size, words)
                if not variant.startswith("re:") and not re.search(r"\{X\}|[\[<…]", variant):
                    by_text.setdefault(norm_key(variant), entry)

    return sets["en"], sets["zh"], by_text


def _compile_rules(lex: Lexicon) -> dict[str, Any]:
    rules = lex.yaml("slogan_rules.yaml") or {}
    num = lex.yaml("numbered.yaml") or {}
    en_nums = "|".join(num.get("en_numbers") or [])
    zh_nums = str(num.get("zh_numbers") or "")
    en_pats = [regexcache.compile(p.replace("{num}", en_nums), re.IGNORECASE) for p in num.get("en_patterns") or []]
    zh_pats = [regexcache.compile(p.replace("{num}", zh_nums)) for p in num.get("zh_patterns") or []]
    heads = "|".join(map(re.escape, num.get("zh_unquoted_heads") or [])) or "(?!)"
    many = zh_nums.replace("一", "")  # 一个 is mostly the article "a"
    after = re.escape(str(num.get("zh_unquoted_after") or ""))
    end = rf"(?=[{after}]|\s|$)" if after else ""
    # not after 第/a numeral…: tested behind the numeral, so the regex engine jumps to numerals
    unquoted = (regexcache.compile(rf"[{many}](?<![第零〇百千万几这那每{zh_nums}].)个(?:{heads}){end}")
                if many else None)
    return {"quoted": rules.get("quoted") or {}, "categories": rules.get("categories") or {},
            "meetings": _meeting_patterns(rules.get("party_meetings") or {}),
            "name_heads": {lang: tuple(str(h) for h in (rules.get("name_heads") or {}).get(lang) or [])
                           for lang in ("en", "zh")},
            "parallel_leads": str((rules.get("parallel") or {}).get("leads") or ""),
            "en_num": en_pats, "zh_num": zh_pats, "zh_unquoted": unquoted,
            "not_numbered": {norm_key(x) for x in num.get("not_formulas") or []}}


_ZH_DIGITS = "一二三四五六七八九"


def _meeting_patterns(cfg: dict[str, Any]) -> dict[str, Any]:
    """Compiled congress / plenary-session patterns of ``party_meetings`` and the values of
    their English number words."""
    ordinals = [str(w) for w in cfg.get("en_numbers") or []]
    cardinals = [str(w) for w in cfg.get("en_cardinals") or []]
    values = {w: k + 1 for k, w in enumerate(ordinals)}
    values.update({w: k + 1 for k, w in enumerate(cardinals)})
    words = sorted(values, key=len, reverse=True)
    ord_rx = r"\d{1,2}(?:st|nd|rd|th)?" + "".join("|" + re.escape(w) for w in words)
    pats = []
    for kind, rxs in (cfg.get("patterns") or {}).items():
        for rx in rxs or []:
            body = str(rx).replace("{ord}", ord_rx).replace("{zh}", "[一二三四五六七八九十]{1,3}")
            rx = rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])"
            pats.append((str(kind), regexcache.compile(rx, re.IGNORECASE),
                         required_pieces(rx, re.IGNORECASE, lowered=True)))
    return {"patterns": pats, "values": values, "canonical": cfg.get("canonical") or {},
            "keywords": [str(k).lower() for k in cfg.get("keywords") or []]}


def _number_value(token: str, values: dict[str, int]) -> int | None:
    """12 / 12th / twelfth / 十二 → 12."""
    t = token.lower()
    digits = re.match(r"\d+", t)
    if digits:
        return int(digits.group())
    if t in values:
        return values[t]
    if t and all(ch in _ZH_DIGITS + "十" for ch in t):
        tens, _, units = t.rpartition("十")
        if "十" not in t:
            return _ZH_DIGITS.index(t) + 1 if len(t) == 1 else None
        return (_ZH_DIGITS.index(tens) + 1 if tens else 1) * 10 + (
            _ZH_DIGITS.index(units) + 1 if units else 0)
    return None


def _zh_numeral(n: int) -> str:
    """12 → 十二, 20 → 二十, 3 → 三 (1–99)."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _ZH_DIGITS[tens - 1] + "十"
    return head + (_ZH_DIGITS[units - 1] if units else "")


def _party_meetings(g: SlogansGrammar, text: str, simp: str) -> list[Slogan]:
    """Congresses and plenary sessions named by number, with a canonical built from them."""
    cfg = g.rules["meetings"]
    out: list[Slogan] = []
    low = simp.lower()
    if not cfg["patterns"] or not any(k in low for k in cfg["keywords"]):
        return out
    whole = folds_apart(low)
    for kind, rx, needs in cfg["patterns"]:
        if not whole and not holds_pieces(low, needs):
            continue
        for m in rx.finditer(simp):
            nums = {k: _number_value(v, cfg["values"]) for k, v in m.groupdict().items() if v}
            if not nums or any(v is None or not 0 < v < 100 for v in nums.values()):
                continue
            canon = str(cfg["canonical"].get(kind, "")).format(
                **{k: _zh_numeral(v) for k, v in nums.items()})
            entry = lexicon_entry(canon, g)
            start, end = _trim(text, m.start(), m.end())
            out.append(Slogan(text=text[start:end], canonical=canon,
                              category=entry.category if entry else "IDEOLOGY", numbered=False,
                              novel=False, start=start, end=end, cue="lexicon"))
    return out


def lexicon_entry(text: str, grammar: SlogansGrammar | None = None) -> SloganEntry | None:
    """The lexicon entry whose canonical form or variant equals ``text`` (normalised)."""
    return _grammar(grammar).by_text.get(norm_key(text))


def guess_category(text: str, default: str | None = None,
                   grammar: SlogansGrammar | None = None) -> str:
    """Category of a slogan the lexicon lacks, from keyword cues; when none matches, GOVERNANCE
    for a numbered formula (a local work formula such as 三个作用), else DIPLOMACY."""
    g = _grammar(grammar)
    low = to_simplified(text).lower()
    best = default or ("GOVERNANCE" if is_numbered(text, g) else "DIPLOMACY")
    best_score = 0.0
    for cat, cues in g.rules["categories"].items():
        s = sum(float(w) for cue, w in (cues or {}).items() if str(cue).lower() in low)
        if s > best_score:
            best, best_score = cat, s
    return best


def is_numbered(text: str, grammar: SlogansGrammar | None = None) -> bool:
    """True when ``text`` has the shape of a numbered formula (两个确立, "Two Safeguards" …)."""
    r = _grammar(grammar).rules
    t = text.strip()
    if norm_key(t) in r["not_numbered"]:
        return False
    pats = r["zh_num"] if _CJK.search(t) else r["en_num"]
    return any(p.match(to_simplified(t)) for p in pats)


# ---- detectors ------------------------------------------------------------------------------

def _lexicon_matches(g: SlogansGrammar, text: str, simp: str, lang: str | None) -> list[Slogan]:
    out: list[Slogan] = []
    for ps, src, ps_lang in ((g.en, text, "en"), (g.zh, simp, "zh")):
        if lang is not None and lang != ps_lang and lang != "mixed":
            continue
        if ps_lang == "zh" and not _has_cjk(simp):
            continue
        for m_start, m_end, entry in ps.finditer(src):
            start, end = _trim(text, m_start, m_end)
            if end > start and not _in_a_name(g, text, simp, start, end):
                out.append(Slogan(text=text[start:end], canonical=entry.canonical,
                                  category=entry.category, numbered=entry.numbered, novel=False,
                                  start=start, end=end, cue="lexicon"))
    return out


_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)")


def _in_a_name(g: SlogansGrammar, text: str, simp: str, start: int, end: int) -> bool:
    """A lexicon phrase that is part of an organisation's name ("China Public Diplomacy
    Association", 一带一路研究院) is not a slogan use: ``name_heads`` of slogan_rules.yaml."""
    heads = g.rules["name_heads"]
    if _CJK.search(text[start:end]):
        return any(simp.startswith(h, end) for h in heads["zh"])
    nxt = _NEXT_WORD.match(text, end, end + 20)
    return bool(nxt and text[start].isupper() and nxt.group(1) in heads["en"])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, quotes and trailing punctuation from a span."""
    strip = " \t\n\"“”'‘’「」『』,，、.。:：;；"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


def _title_cased(words: list[str], small: set[str]) -> bool:
    content = [w for w in words if w.lower() not in small]
    if len(words) < 2 or not content:
        return False
    caps = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return caps / len(content) >= 0.75 and words[0][:1].isupper()


_NO_CATEGORY = ""    # a detected slogan whose category comes from keyword cues


def _quoted_en(g: SlogansGrammar, text: str, m: re.Match[str], q: dict[str, Any]) -> str | None:
    """The head-noun category ("" for none) when a quoted EN phrase is a campaign, brand,
    programme or numbered formula; None when it is not a slogan."""
    inner = m.group(1).strip()
    if not inner or inner[-1] in ".!?" or len(inner.split()) > 14:
        return None
    if norm_key(inner) in g.rules["not_numbered"]:
        return None
    words = re.findall(r"[A-Za-z][\w'’\-]*|\d+\w*", inner)
    if not _title_cased(words, set(q.get("en_small_words") or [])):
        return _NO_CATEGORY if is_numbered(inner, g) else None
    before = text[max(0, m.start() - 40):m.start()].lower().rstrip(" ,:")
    clause_after = re.split(r"[.,;:!?()\n]", text[m.end():m.end() + 30], maxsplit=1)[0]
    after = re.findall(r"[a-z][a-z\-]*", clause_after.lower())[:2]
    if any(before.endswith(c) for c in q.get("en_event_before") or []):
        return None       # the theme or title of one event
    if is_numbered(inner, g):
        return _NO_CATEGORY
    if any(before.endswith(c) for c in q.get("en_theme_before") or []):
        return _NO_CATEGORY
    if (after and after[0] in (q.get("en_name_after") or [])) or re.match(
            r"\s*(?:said|says|added)\b", text[m.end():]):
        return None
    heads = q.get("en_heads") or {}
    found = None
    for word in after:      # the last noun of "activity brand" is the head
        if word not in heads:
            break
        found = heads[word] or found or _NO_CATEGORY
    if found is not None:
        return found
    if ":" not in inner and re.search(r",\s+\w", inner):
        return _NO_CATEGORY   # a parallel formula ("Study in Changchun, Love Ice and Snow")
    return None


_ONE_EVENT = re.compile(r"[0-9０-９第届年]")


def _quoted_zh(g: SlogansGrammar, simp: str, m: re.Match[str], q: dict[str, Any]) -> str | None:
    """The head-noun category ("" for none) when a quoted ZH phrase is a campaign, brand,
    programme, epithet or numbered formula; None when it is not a slogan."""
    inner = m.group(1).strip()
    if any(ch in inner for ch in str(q.get("zh_speech_chars") or "")):
        return None
    if len(_CJK.findall(inner)) < max(2, len(inner) * 0.6):
        return None
    if is_numbered(inner, g):
        return _NO_CATEGORY
    if _ONE_EVENT.search(inner):
        return None
    before = simp[max(0, m.start() - 6):m.start()]
    after = simp[m.end():m.end() + 10]
    if any(after.startswith(c) for c in q.get("zh_name_after") or []):
        return None
    themed = any(before.endswith(c) for c in q.get("zh_theme_before") or []) and any(
        after.startswith(c) for c in q.get("zh_theme_after") or [])
    if themed and len(inner) >= 4:
        return _NO_CATEGORY
    whole, ends = q.get("zh_heads_whole") or [], str(q.get("zh_head_end") or "")
    joiners = ["", *(q.get("zh_head_joiners") or []), *(q.get("zh_head_modifiers") or [])]
    for joiner in joiners:
        if not after.startswith(joiner):
            continue
        rest = after[len(joiner):]
        for head, cat in (q.get("zh_heads") or {}).items():
            if not rest.startswith(head):
                continue
            if head in whole and rest[len(head):len(head) + 1] not in ends:
                continue      # “X”工作方式 is not “X”工作
            return cat or _NO_CATEGORY
    return None


def _quoted(g: SlogansGrammar, text: str, simp: str, lang: str | None) -> list[Slogan]:
    q = g.rules["quoted"]
    out: list[Slogan] = []
    if lang != "zh":
        for m in _QUOTE_EN.finditer(text):
            if not _CJK.search(m.group(1)):
                cat = _quoted_en(g, text, m, q)
                if cat is not None:
                    out.append(_novel(g, text, m.start(1), m.end(1), "quoted", cat or None))
    if lang != "en" and _has_cjk(simp):
        for m in _QUOTE_ZH.finditer(simp):
            if _CJK.search(m.group(1)):
                cat = _quoted_zh(g, simp, m, q)
                if cat is not None:
                    out.append(_novel(g, text, m.start(1), m.end(1), "quoted", cat or None))
    return out


def _novel(g: SlogansGrammar, text: str, start: int, end: int, cue: str,
           category: str | None = None) -> Slogan:
    start, end = _trim(text, start, end)
    surface = text[start:end]
    entry = lexicon_entry(surface, g)
    if entry is not None:
        return Slogan(text=surface, canonical=entry.canonical, category=entry.category,
                      numbered=entry.numbered, novel=False, start=start, end=end, cue="lexicon")
    canon = to_simplified(surface) if _CJK.search(surface) else re.sub(r"\s+", " ", surface)
    return Slogan(text=surface, canonical=canon, category=category or guess_category(surface, grammar=g),
                  numbered=is_numbered(surface, g), novel=True, start=start, end=end, cue=cue)


def _unquoted_numbered(g: SlogansGrammar, text: str, simp: str) -> list[Slogan]:
    rx = g.rules["zh_unquoted"]
    if rx is None or not _has_cjk(simp):
        return []
    return [_novel(g, text, m.start(), m.end(), "numbered") for m in rx.finditer(simp)]


_PARALLEL = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]{3,4}){1,4}、[\u4e00-\u9fff]+")


def _unquoted_parallel(g: SlogansGrammar, text: str, simp: str) -> list[Slogan]:
    """Unquoted 、-lists of 3–4-character units sharing a first character that builds policy
    formulas (``parallel.leads`` of slogan_rules.yaml: 大开放、大通道、大平台), not a list of fields
    (新能源、新材料 …). The last unit must stand whole, so a list running on into 等/领域 … is
    no formula."""
    leads = g.rules["parallel_leads"]
    out: list[Slogan] = []
    if not leads or not any(f"、{ch}" in simp for ch in leads):
        return out
    for m in _PARALLEL.finditer(simp):
        units = m.group().split("、")
        mid = units[1:-1]
        lead = mid[0][0]
        if lead not in leads:
            continue  # 新能源、新材料、新医药 and 智能制造、智能网联 … are lists of industries
        size = len(mid[0])
        if any(u[0] != lead or len(u) != size for u in mid):
            continue
        first, last = units[0][-size:], units[-1][:size]
        if first[0] != lead or last[0] != lead or len(units[-1]) != size:
            continue  # the last unit must stand whole (大连港、大连湾、大连理工大学 is a list)
        if len({u[:2] for u in [first, *mid, last]}) == 1:
            continue  # a shared two-character stem marks names (大连港、大连湾), not a formula
        start = m.start() + len(units[0]) - size
        end = m.end() - len(units[-1]) + size
        if start > 0 and simp[start - 1] in "“「":
            continue
        out.append(_novel(g, text, start, end, "parallel"))
    return out


def _select(lexical: list[Slogan], detected: list[Slogan]) -> list[Slogan]:
    """Longest lexicon matches first; a detected phrase is kept unless a lexicon match covers
    it (a quoted theme that merely contains a lexicon phrase keeps both)."""
    kept: list[Slogan] = []
    for s in sorted(lexical, key=lambda s: (-(s.end - s.start), s.start)):
        if not any(k.start <= s.start and s.end <= k.end for k in kept):
            kept.append(s)
    for s in detected:
        if any(k.start <= s.start and s.end <= k.end for k in kept):
            continue
        kept.append(s)
    return sorted(kept, key=lambda s: (s.start, -s.end))


def find_slogans(text: str, lang: str | None = None, grammar: SlogansGrammar | None = None
                 ) -> list[Slogan]:
    """Slogan mentions in ``text`` (offsets into it), one per distinct surface text, in order.

    ``lang`` ("en" / "zh") restricts matching to one language's forms; None matches both.
    Pinyin glosses left inside Chinese words (會(huì)議) do not break a match.
    """
    if not text:
        return []
    g = _grammar(grammar)
    clean, index = without_pinyin(text)
    if index is None:
        return _find_slogans(g, text, lang)
    out = []
    for s in _find_slogans(g, clean, lang):
        start, end = index[s.start], index[s.end - 1] + 1
        out.append(dataclasses.replace(s, text=text[start:end], start=start, end=end))
    return out


def _find_slogans(g: SlogansGrammar, text: str, lang: str | None) -> list[Slogan]:
    simp = to_simplified(text)
    lexical = _lexicon_matches(g, text, simp, lang) + _party_meetings(g, text, simp)
    detected = _quoted(g, text, simp, lang)
    if lang != "en":
        detected += _unquoted_numbered(g, text, simp) + _unquoted_parallel(g, text, simp)
    seen: set[str] = set()
    out: list[Slogan] = []
    for s in _select(lexical, detected):
        key = norm_key(s.text)
        if key and key not in seen:
            seen.add(key)
            out.append(s)
    return out


def release_slogans(release: Release | Analysis, grammar: SlogansGrammar | None = None
                    ) -> list[Slogan]:
    """Slogans of a release's body (offsets into ``Release.body``); none for list/error pages."""
    rel = release.release if isinstance(release, Analysis) else release
    if rel.kind in ("list", "error") and not rel.paragraphs:
        return []
    lang = rel.language if rel.language in ("en", "zh") else None
    body = rel.body
    return find_slogans(body, None if lang == "en" and _has_cjk(body) else lang, grammar)


__all__ = ["SlogansGrammar", "find_slogans", "release_slogans", "lexicon_entry", "guess_category", "is_numbered",
           "norm_key", "SloganEntry", "CATEGORIES"]
