"""Person names: reading English names in text, and normalising names.

``name_norm("Mr. SUN Hongmei") == name_norm("Sun Hongmei") == "sun hongmei"``;
``name_norm("曼苏尔•哈吉里女士") == "曼苏尔·哈吉里"``.
``is_name`` / ``name_after`` / ``name_before`` read English names (2–5 capitalised name words,
honorifics apart) for the officials and organisation rules. The patterns are a
:class:`NamesGrammar` compiled from a lexicon; each function takes one (``None``: the
process-wide lexicon's).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from .. import regexcache
from ..lexicon import Lexicon, default_grammar
from ..script import to_simplified
from ..textutil import alternation
from .vocab import LO, UP, Vocab

_DOTS = re.compile(r"\s*[·•・‧∙]\s*")
NAMEWORD = rf"(?:{UP}{LO}+(?:['’]{LO}+)?(?:-{UP}?{LO}+)*|{UP}{{2,}}(?:-{UP}{{2,}})?|{UP}\.)"
_NAMEWORD = re.compile(NAMEWORD)
_WORD_OR_LOWER = re.compile(rf"{NAMEWORD}|[a-z]+")  # the words of a run before a name
_SEPARATORS = re.compile(r"[\s\-‐–]+")
_SPACES = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u9fff]")
_POSSESSIVE = re.compile(r"['’]s$")
_WORD = re.compile(r"\S+")
_NEXT_WORD = re.compile(rf"\s+({UP}[\w'’\-]*)")
# A name and its parts are converted again and again (merging, linking, each paragraph).
simplified_name = functools.lru_cache(maxsize=4096)(to_simplified)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity (a key of the caches below)
class NamesGrammar:
    """The name patterns of a lexicon: honorifics, name words and particles, facility heads."""

    vocab: Vocab
    strip_head: re.Pattern[str]  # honorifics before a name, in their case variants
    strip_tail: re.Pattern[str]  # Chinese honorifics after a name (先生, 女士)
    honorific: re.Pattern[str]  # honorifics before a name in running text
    name_seq: re.Pattern[str]  # a run of English name words
    particles: re.Pattern[str]  # one name particle (de, van, bin)
    facility_heads: frozenset[str]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> NamesGrammar:
        v = lexicon.grammar(Vocab)
        prefixes = [p.rstrip(".") for p in v.honor.get("en_prefix", [])]
        # case variants, but a two-letter form keeps its case: "HE" (His Excellency) is not the surname He
        pre = alternation({form for p in prefixes for form in
                           (p, p.upper(), p.lower() if len(p) > 2 else p)})
        suf = alternation(v.honor.get("zh_suffix", []))
        particles = "|".join(map(re.escape, v.honor.get("en_name_particles", [])))
        return cls(
            vocab=v,
            strip_head=regexcache.compile(r"^(?:(?:%s)\.?\s+)+" % pre),
            strip_tail=regexcache.compile(r"(?:%s)$" % suf if suf else r"(?!x)x"),
            honorific=regexcache.compile(rf"(?:(?:{alternation(prefixes)})\.?\s+)+"),
            name_seq=regexcache.compile(rf"{NAMEWORD}(?:\s+(?:(?:{particles})\s+)*{NAMEWORD}){{0,4}}"),
            particles=regexcache.compile(rf"^(?:{particles})$"),
            facility_heads=frozenset(v.honor.get("en_facility_heads", [])),
        )


def _grammar(grammar: NamesGrammar | None) -> NamesGrammar:
    return grammar if grammar is not None else default_grammar(NamesGrammar)


def strip_honorifics(name: str, grammar: NamesGrammar | None = None) -> str:
    """``H.E. Mme. Yang Xiuping`` → ``Yang Xiuping``; ``彼得先生`` → ``彼得``."""
    return _stripped(name, _grammar(grammar))


def name_norm(name: str, grammar: NamesGrammar | None = None) -> str:
    """A key that is equal for the forms of one person's name within a release."""
    return _normed(name, _grammar(grammar))


def name_tokens(name: str, grammar: NamesGrammar | None = None) -> list[str]:
    """Parts of a name that a back-reference may use (surname, given name, `·` segments)."""
    return list(_tokens(name, _grammar(grammar)))


# A name is stripped, normalised and cut again and again (each mention, merging, linking): the
# results are remembered, by the name and the grammar.
@functools.lru_cache(maxsize=8192)
def _stripped(name: str, g: NamesGrammar) -> str:
    out = g.strip_head.sub("", name.strip())
    out = g.strip_tail.sub("", out)
    return out.strip() or name.strip()


@functools.lru_cache(maxsize=8192)
def _normed(name: str, g: NamesGrammar) -> str:
    s = unicodedata.normalize("NFKC", _stripped(name, g))
    s = _DOTS.sub("·", simplified_name(s))
    s = _SEPARATORS.sub(" ", s).strip()
    return s.casefold()


@functools.lru_cache(maxsize=8192)
def _tokens(name: str, g: NamesGrammar) -> tuple[str, ...]:
    s = _stripped(name, g)
    if _HAN.search(s):
        parts = [p for p in _DOTS.split(s) if p]
        if len(parts) > 1:
            return (*parts, s)
        sur = 2 if s[:2] in g.vocab.surnames_zh2 else 1
        return (s, s[sur:]) if len(s) - sur >= 2 else (s,)
    return (s, *[p for p in _SPACES.split(s) if len(p) > 1])


def is_name(g: NamesGrammar, s: str) -> bool:
    """A plausible person name: 2–5 name words, none a title, place, month or other stop word."""
    return _is_name(s, g)


@functools.lru_cache(maxsize=8192)  # the rules ask again about the same words (k words back …)
def _is_name(s: str, g: NamesGrammar) -> bool:
    v = g.vocab
    words = s.split()
    core = [w for w in words if not g.particles.match(w)]
    if not 2 <= len(core) <= 4 or not _NAMEWORD.fullmatch(core[-1]):
        return False
    for i, w in enumerate(core):
        base = w.rstrip(".")
        if i == 0 and base.capitalize() in v.surnames_en and len(core) > 1 and _NAMEWORD.fullmatch(w):
            continue
        if base in v.not_name or base.capitalize() in v.not_name or not _NAMEWORD.fullmatch(w):
            return False
        if w.endswith("'s") or w.endswith("’s"):
            return False
    if all(len(w) <= 2 for w in core) and core[0].capitalize() not in v.surnames_en:
        return False
    return not all(w.isupper() for w in core) or all(len(w) >= 3 for w in core)


def name_after(g: NamesGrammar, text: str, pos: int) -> tuple[int, int, int] | None:
    """``(honorific_start, name_start, name_end)`` of a name starting at ``pos``."""
    h = g.honorific.match(text, pos)
    start = h.end() if h else pos
    m = g.name_seq.match(text, start)
    if not m or _before_facility(g, text, m):
        return None
    seq = _POSSESSIVE.sub("", m.group())  # a possessive: General Secretary Xi Jinping's …
    spans = [w.span() for w in _WORD.finditer(seq)]
    for k in range(len(spans), 1, -1):
        end = start + spans[k - 1][1]
        if is_name(g, text[start:end]):
            return pos, start, end
    return None


def _before_facility(g: NamesGrammar, text: str, m: re.Match[str]) -> bool:
    """Is the capitalised run ``m`` (or the word after it) a facility head (`Mao Memorial Hall`)?"""
    nxt = _NEXT_WORD.match(text[m.end():m.end() + 30])
    words = m.group().split() + ([nxt.group(1)] if nxt else [])
    return any(w in g.facility_heads for w in words[1:])


def name_before(g: NamesGrammar, text: str, end: int) -> tuple[int, int] | None:
    """``(name_start, name_end)`` of a name ending at ``end`` (honorifics excluded)."""
    lo = max(0, end - 90)
    window = text[lo:end]
    words = list(_WORD_OR_LOWER.finditer(window))
    if not words or words[-1].end() != len(window):
        return None
    # contiguous run of words separated only by single spaces
    run = [words[-1]]
    for w in reversed(words[:-1]):
        if window[w.end():run[0].start()] != " ":
            break
        run.insert(0, w)
    for k in range(min(len(run), 5), 1, -1):
        s = lo + run[-k].start()
        cand = text[s:end]
        if is_name(g, cand):
            if s > 0 and text[s - 1] == "-":
                return None
            return s, end
    return None


__all__ = ["NamesGrammar", "is_name", "name_after", "name_before", "name_norm", "name_tokens",
           "simplified_name", "strip_honorifics"]
