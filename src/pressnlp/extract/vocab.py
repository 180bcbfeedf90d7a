"""Compiled vocabularies for the extractors: titles, organisations, places, countries, surnames.

:class:`Vocab` is built from a lexicon (``Vocab.from_lexicon(lex)``, once per lexicon through
``lex.grammar(Vocab)``); the extractors' grammars are built on it. :func:`vocab` is the one of
the process-wide lexicon.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from .. import regexcache
from ..lexicon import Lexicon, default_grammar
from ..script import HAN_CHARS as HAN
from ..textutil import longest_first
from .jieba_dict import load_jieba

# Letter classes (stdlib ``re`` has no \p{Lu}): Latin letters incl. diacritics up to U+024F
# and Latin Extended Additional (Vietnamese: Nguyễn, Phạm).
_LATIN = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]
UPPER = "".join(ch for ch in map(chr, _LATIN) if ch.isalpha() and ch.isupper())
LOWER = "".join(ch for ch in map(chr, _LATIN) if ch.isalpha() and ch.islower())


def _char_class(chars: str) -> str:
    """``[…]`` of exactly ``chars``, runs of consecutive code points written as ranges (a
    shorter pattern compiles faster: these classes are in many patterns)."""
    codes = sorted(set(map(ord, chars)))
    runs: list[list[int]] = []
    for c in codes:
        if runs and c == runs[-1][1] + 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                         for a, b in runs) + "]"


UP = _char_class(UPPER)
LO = _char_class(LOWER)


_SEP = r"[\s\-‐–]*"  # what flex() writes between two words
_SEP_CHARS = frozenset("-‐– ")  # " " stands for any white space (\s)
# The same strings as _SEP, compiled several times faster (a class of three characters apart,
# one of them beyond Latin-1, is compiled to a 64K-entry table each time): the trie writes it, where
# a separator is always followed by a word, so only its longest match can go on.
_SEP_FAST = r"[\s\-‐]*(?:–[\s\-‐]*)*"


def flex(phrase: str) -> str:
    """Regex for a phrase whose spaces and hyphens are interchangeable (Director-General) and whose
    apostrophes may be curly (Charge d’Affaires)."""
    parts = re.split(r"[\s\-]+", phrase.strip())
    return _SEP.join(_spelling(re.escape(p)).replace("'", "['’]") for p in parts if p)


def _spelling(word: str) -> str:
    """British/American spelling variants of a title word: Counsel(l)or, Organi[sz]ation."""
    word = re.sub(r"ell?or$", "ell?or", word)
    return re.sub(r"i[sz]ation", "i[sz]ation", word)


def alternation(items: list[str], *, flexible: bool = False) -> str:
    """Regex alternation of the non-empty ``items``, longest first, spelled by :func:`flex`
    when ``flexible``; a never-matching pattern for no items."""
    uniq = longest_first(i for i in items if i)
    return "|".join(flex(i) if flexible else re.escape(i) for i in uniq) or r"(?!x)x"


# The atoms of a regex written by flex() or re.escape(): the separator, a class of letters
# (['’], [sz]), an escaped character, an optional character (ell?or), a character.
_ATOM = re.compile(re.escape(_SEP) + r"|\[[^\]\\]+\]|\\.|.\?|.", re.S)


class _Node:
    __slots__ = ("children", "longest")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.longest = 0  # the length of the longest item ending here (0: none)


def trie_alternation(items: list[str], *, flexible: bool = False, after_first: str = "") -> str:
    """:func:`alternation` of ``items`` written as a trie (``Foreign(?:Affairs|Trade)``): the
    same matches, tried in the same order, in a case-sensitive pattern (not one compiled with
    ``re.I``), with one branch per shared beginning — faster to compile and to match. Falls back to the plain alternation when the lexicon has items the
    trie would try in another order (two branches that can start with one character; an item
    tried before a longer one it is the beginning of). ``after_first``: a zero-width pattern
    written after the first character of every item (literal items only): a look-behind there
    keeps the pattern beginning with the items' characters, which sre skips to fast."""
    if after_first and flexible:
        raise ValueError("after_first is for literal items only")
    root = _exact_trie(items, flexible)
    if root is None:
        return alternation(items, flexible=flexible)
    return "|".join(_branches(root, after_first))  # not grouped: sre skips to the first characters


_WORD_CHAR = re.compile(r"\w")


def word_start_alternation(items: list[str], *, flexible: bool = False) -> str:
    """``\\b(?:`` :func:`trie_alternation` ``)``, the same matches, written (when every item begins
    with a word character, as a literal) with the ``\\b`` as a look-behind after the first
    character — no word character before it — so that the pattern begins with the items'
    characters, which sre skips to fast."""
    root = _exact_trie(items, flexible)
    if root is None or not all(len(a) == 1 and _WORD_CHAR.match(a) for a in root.children):
        return rf"\b(?:{trie_alternation(items, flexible=flexible)})"
    return "|".join(_branches(root, r"(?<!\w[\s\S])"))


def _exact_trie(items: list[str], flexible: bool) -> _Node | None:
    """The trie of ``items`` (their atoms as :func:`flex` or ``re.escape`` writes them), or None
    when it would not try them in the order of :func:`alternation`."""
    root = _Node()
    for item in {i for i in items if i}:
        node = root
        for atom in _ATOM.findall(flex(item)) if flexible else map(re.escape, item):
            child = node.children.get(atom)
            if child is None:
                child = node.children[atom] = _Node()
            node = child
        node.longest = max(node.longest, len(item))
    # literal items always make an exact trie: its branches begin with distinct characters, and
    # an item below another is longer (root.longest: an item of spaces and hyphens, matching "")
    if not root.children or root.longest or (flexible and not _trie_is_exact(root)):
        return None
    return root


def _branches(node: _Node, after_first: str = "") -> list[str]:
    return [(_SEP_FAST if atom == _SEP else atom) + after_first + _trie_regex(child)
            for atom, child in sorted(node.children.items())]


def _trie_regex(node: _Node) -> str:
    branches = _branches(node)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not node.longest else "(?:" + "|".join(branches) + ")"
    return body + "?" if node.longest else body  # an item ends here: tried after its longer ones


def _atom_chars(atom: str) -> tuple[frozenset[str], bool]:
    """The characters an atom of :data:`_ATOM` matches first, and whether it may match nothing."""
    if atom == _SEP:
        return _SEP_CHARS, True
    if atom.startswith("\\") or len(atom) == 1:
        chars, optional = atom[-1], False
    elif atom.startswith("["):
        chars, optional = atom[1:-1], False
    else:  # x?
        chars, optional = atom[0], True
    return frozenset(" " if c.isspace() else c for c in chars), optional


def _trie_is_exact(node: _Node) -> bool:
    """Does the trie below ``node`` try the items matching at any position in the order of the
    plain alternation? Yes when each item matches in one way only, at most one branch of a node
    can go on at a character (the items that match form one path) and an item is tried after
    every longer one below it (longest first, as :func:`alternation` orders them)."""
    return _first_chars(node) is not None and _longer_below(node, 0)


def _first_chars(node: _Node) -> frozenset[str] | None:
    """The characters a match below ``node`` can begin with, or None when the branches of a node
    share one (or an optional atom ends an item or can swallow what follows it)."""
    seen: set[str] = set()
    for atom, child in node.children.items():
        chars, optional = _atom_chars(atom)
        after = _first_chars(child)
        if after is None:
            return None
        if optional:
            if child.longest or chars & after:
                return None
            chars = chars | after
        if seen & chars:
            return None
        seen |= chars
    return frozenset(seen)


def _longer_below(node: _Node, above: int) -> bool:
    """Is every item below ``node`` longer than the items ending above it (``above``: the
    longest of those)?"""
    if node.longest and node.longest <= above:
        return False
    above = max(above, node.longest)
    return all(_longer_below(child, above) for child in node.children.values())


def starts_of(items: list[str], *, ignorecase: bool = False) -> re.Pattern[str]:
    """A cheap regex matching (empty) wherever one of ``items`` (phrases as :func:`flex`
    spells them) may begin: the literal head — up to three characters — of each item's first
    word, case-insensitive when ``ignorecase`` (with ``re``'s own case folding). For
    :func:`finditer_from`, which tries a big alternation only at those positions."""
    heads: set[str] = set()
    for item in items:
        word = re.split(r"[\s\-]+", item.strip())[0] if item.strip() else ""
        if not word:
            return regexcache.compile(r"(?=[\s\S])")  # an item without a literal head: try everywhere
        variant = re.search(r"ell?or$|i[sz]ation", word)  # letters _spelling() makes variable
        heads.add(word[:min(3, variant.start() + 1) if variant else 3])
    by_first: dict[str, set[str]] = {}
    for h in heads:
        by_first.setdefault(h[0], set()).add(re.escape(h[1:]))
    alts = [re.escape(first) + (f"(?:{'|'.join(sorted(rest))})" if "" not in rest else "")
            for first, rest in sorted(by_first.items())]
    return regexcache.compile("(?=" + ("|".join(alts) or r"(?!x)x") + ")", re.I if ignorecase else 0)


def first_chars(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A regex matching (empty) before every character a match of ``pattern`` can begin with,
    read off the parsed pattern; None when that set is not a simple class (case-insensitive,
    ``.``, negated classes, a pattern that can match the empty string …)."""
    try:
        from re import _constants as c, _parser
    except ImportError:  # the parser's layout of another Python version: no shortcut
        return None
    cats = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_WORD: r"\w", c.CATEGORY_SPACE: r"\s"}
    zero_width = (c.AT, c.ASSERT, c.ASSERT_NOT)
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))

    def seq(items: Any) -> tuple[set[str], bool]:  # (class parts, can be empty)
        out: set[str] = set()
        for op, av in items:
            if op in zero_width:
                continue
            if op is c.LITERAL:
                return out | {re.escape(chr(av))}, False
            if op is c.IN:
                for kind, x in av:
                    if kind is c.LITERAL:
                        out.add(re.escape(chr(x)))
                    elif kind is c.RANGE:
                        out.add(f"{re.escape(chr(x[0]))}-{re.escape(chr(x[1]))}")
                    elif kind is c.CATEGORY and x in cats:
                        out.add(cats[x])
                    else:
                        raise ValueError(kind)
                return out, False
            if op is c.SUBPATTERN:
                if av[1] & re.IGNORECASE:
                    raise ValueError(op)
                part, empty = seq(av[-1])
            elif op is c.BRANCH:
                parts = [seq(b) for b in av[1]]
                part, empty = set().union(*(p for p, _ in parts)), any(e for _, e in parts)
            elif op in repeats:
                part, empty = seq(av[2])
                empty = empty or av[0] == 0
            elif op is getattr(c, "ATOMIC_GROUP", None):
                part, empty = seq(av)
            else:
                raise ValueError(op)
            out |= part
            if not empty:
                return out, False
        return out, True

    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parts, empty = seq(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - unknown construct: no shortcut
        return None
    return None if empty or not parts else regexcache.compile(f"(?=[{''.join(sorted(parts))}])")


def finditer_from(pattern: re.Pattern[str], starts: re.Pattern[str] | None, text: str
                  ) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, trying ``pattern`` only where ``starts``
    matches (which must be everywhere a match of ``pattern`` can begin; ``pattern`` must not
    match the empty string): the same matches, without running a large alternation at every
    character. ``starts=None``: plain finditer."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    pos, n = 0, len(text)
    while pos <= n:
        c = starts.search(text, pos)
        if c is None:
            return
        s = c.start()
        m = pattern.match(text, s)
        if m is None:
            pos = s + 1
            continue
        yield m
        pos = m.end() if m.end() > s else s + 1


@dataclass(frozen=True)
class Vocab:
    """Everything the extractors look up, built once from a lexicon (not to be changed)."""

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

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> "Vocab":
        """The vocabulary of ``lex``."""
        v = cls()
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
        honor = lex.yaml("honorifics.yaml") or {}
        templates = lex.yaml("org_templates.yaml") or {}
        not_name = set(honor.get("en_not_name", [])) | v.title_words
        not_name |= {p for p in v.places_en if " " not in p}
        not_name |= {c for c in v.countries_en if " " not in c}
        not_name |= {"Office", "Bureau", "Committee"} | set(templates.get("en_heads", []))
        return dataclasses.replace(v, honor=honor, templates=templates, not_name=not_name)


def _split(cell: str) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def vocab() -> Vocab:
    """The vocabulary of the process-wide lexicon."""
    return default_grammar(Vocab)


def common_word(w: str) -> bool:
    """Is ``w`` a frequent two-character word (a likely start of what follows a name)?"""
    return len(w) == 2 and word_freq(w) >= 100


def word_freq(w: str) -> int:
    """The frequency of ``w`` in jieba's dictionary (0 without jieba)."""
    jieba = load_jieba()
    if jieba is None:
        return 0
    return jieba.dt.FREQ.get(w, 0)
