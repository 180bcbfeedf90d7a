"""English officials: the name/title patterns P1–P14 of GENRE.md §2.1.

Two anchors find people: ``NAME, [the] TITLE-CHAIN`` (P1–P3, P8, P10, P11) and
``[PREFIX] TITLE-CHAIN[,] NAME [of ORG]`` (P4–P7, P9, P12, P13). A title chain is one or more
posts ``TITLE [to/in PLACE] [of ORG]`` joined by ``and`` / ``,`` / ``cum``. Titles come from
``titles.tsv`` (hyphen/space and case variants matched by code), organisations from
:func:`pressnlp.extract.orgs.org_at`. Back-references (``Mayor Lyu``, ``Chen said``) are linked
to the full mention by :func:`pressnlp.extract.officials.link_mentions`. The patterns are an
:class:`OfficialsEnGrammar` compiled from a lexicon, passed to every rule as ``g``.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .. import regexcache
from ..lexicon import Lexicon, default_grammar
from .names import NAMEWORD, NamesGrammar, name_after, name_before
from .orgs import OrgsGrammar, is_org_head, org_at
from .spans import SpanSet
from .titles import TitlesGrammar, en_titles, fold, title_at
from .vocab import LO, UP, Vocab, alternation, trie_alternation

_DIPLOMATIC = re.compile(r"ambassador|consul|representative|envoy|chargé|charge|counsel|attach|minister",
                         re.I)
# The fixed patterns of the rules below, compiled once (named after the rule that reads them).
_MONONYM = re.compile(rf"(?:^|[.,;:]\s+|\sand\s+|\n)({NAMEWORD})$")
_PREFIX_WORDS = re.compile(
    rf"((?:{UP}[\w'’.\-]*\s(?:(?:and|of|for|&)\s(?={UP}))?)+)(\({UP}[A-Za-z&\-]{{1,11}}\)\s)?$")
_WORD = re.compile(r"\S+")
_PLACE_WORD = re.compile(rf"{UP}{LO}{{2,}}")
_PLACE_TAIL = re.compile(rf"\s+(?:in|to)\s+(?:the\s+)?((?:{UP}[\w'’\-]+\s?){{1,3}})")
_MISSION_PLACE = re.compile(rf"\s+(?:to|in)\s+(?:the\s+)?({UP}[\w'’\-]+(?:\s+{UP}[\w'’\-]+){{0,2}})")
_OF_ORG = re.compile(rf"\s+(?:of|at|for|to|with)\s+(?:both\s+(?=the\s|{UP}))?")
_AND = re.compile(r"\s+and\s+")
_IN_PLACE = re.compile(rf"\s+in\s+{UP}")
_CHAIN_JOINT = re.compile(rf"\s*,?\s*(?:and|cum|&|as well as)\s+(?:the\s+|a\s+)?|\s*,\s*(?:the\s+)?|\s+(?={UP})")
_AND_ONLY = re.compile(r"\s*(?:and|&)\s*")
_QUALIFIER_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
_NAME_GAP = re.compile(r"\s*,?\s*(?:\(\s*)?")
_OF_AFTER_NAME = re.compile(rf"\s+of\s+(?={UP}|the\s+{UP})")


@dataclass
class Found:
    """One mention of a person with posts: offsets into the searched text."""

    name: tuple[int, int]
    posts: list[tuple[tuple[int, int], tuple[int, int] | None]] = field(default_factory=list)


@dataclass(frozen=True)
class OfficialsEnGrammar:
    """The English officials patterns of a lexicon, on its names, titles and organisations."""

    orgs: OrgsGrammar
    country: re.Pattern[str]  # a country name or adjective before a title
    comma_title: re.Pattern[str]  # ``NAME, [the] TITLE``: the comma
    lower_org: re.Pattern[str]  # an organisation in lower case (the foreign affairs office of X)

    @property
    def vocab(self) -> Vocab:
        return self.orgs.vocab

    @property
    def names(self) -> NamesGrammar:
        return self.orgs.names

    @property
    def titles(self) -> TitlesGrammar:
        return self.orgs.titles

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> OfficialsEnGrammar:
        v = lexicon.grammar(Vocab)
        heads = [h.lower() for h in v.templates.get("en_heads", [])]
        return cls(
            orgs=lexicon.grammar(OrgsGrammar),
            country=regexcache.compile(rf"(?:{trie_alternation(list(v.countries_en))})(?=\s)"),
            comma_title=regexcache.compile(r",\s*(?:the\s+|a\s+|an\s+)?(?=[A-Za-z])"),
            lower_org=regexcache.compile(
                rf"(?:the\s+)?((?:[a-z][A-Za-z\-]+\s+(?:[A-Za-z][A-Za-z\-]+\s+){{0,3}})?(?:{alternation(heads + ['city', 'province', 'county', 'municipality'])}))"
                rf"(?![\w\-])(?:\s+(?:of|with|in)\s+(?:the\s+)?{UP}[\w'’\-]+(?:\s+{UP}[\w'’\-]+){{0,3}})?"),
        )


@functools.lru_cache(maxsize=4096)  # a case-insensitive search is slow; titles recur
def _is_diplomatic(title: str) -> bool:
    """Is ``title`` (as written) a diplomatic post?"""
    return _DIPLOMATIC.search(title) is not None


def _mononym_before(g: OfficialsEnGrammar, text: str, end: int) -> tuple[int, int] | None:
    """A single capitalised name word ending at ``end``, after a sentence start, comma or ``and``."""
    m = _MONONYM.search(text[max(0, end - 40):end])
    if not m or m.group(1).isupper() or len(m.group(1)) < 3:
        return None
    word = m.group(1)
    v = g.vocab
    if word in v.not_name or word.endswith("ly"):
        return None
    return end - len(word), end


def _prefix_org(g: OfficialsEnGrammar, text: str, pos: int, title: str = "") -> tuple[int, int] | None:
    """A country adjective, place or organisation written right before a title (P7), also with
    its acronym (``ASEAN-China Centre (ACC) Secretary-General``); a bare capitalised word before a
    local title is a place when the text names it as one elsewhere (``Leeds Mayor``, ``Auckland
    Councillor``)."""
    v = g.vocab
    lo = max(0, pos - 90)
    m = _PREFIX_WORDS.search(text[lo:pos])
    if not m:
        return None
    acronym_end = lo + m.end(2) - 1 if m.group(2) else None
    words = [(lo + m.start(1) + w.start(), lo + m.start(1) + w.end())
             for w in _WORD.finditer(m.group(1))][-7:]
    local = g.titles.en_local.fullmatch(title) if title else None
    for k in range(len(words), 0, -1):
        s, e = words[-k][0], words[-1][1]
        cand = text[s:e]
        first, last = text[slice(*words[-k])], text[slice(*words[-1])]
        if first in ("The", "A", "An", "On", "In", "At", "By", "And", "With") or first[0].islower():
            continue
        if cand in v.countries_en or cand in v.places_en or (
                k >= 2 and (last in ("Prefecture", "Province", "City", "County", "State", "Region",
                                     "Municipality") or is_org_head(last, g.orgs))
                and not any(_is_title_word(g, text[a:b]) for a, b in words[-k:])):
            return s, acronym_end or e
        if k == 1 and local and not acronym_end and _bare_place_word(g, cand) and _named_as_place(text, cand):
            return s, e
    return None


def _named_as_place(text: str, word: str) -> bool:
    """Does the text also write ``word`` as a place (``in WORD``, ``of WORD``, ``WORD City``,
    ``WORD, Japan``)? A capitalised word before a local title is its place only then
    (``Congratulations Mayor X``, ``Youth Councillor X`` name no place)."""
    w = re.escape(word)
    return bool(re.search(rf"\b(?:in|of|from|to|visit|visited|visiting)\s+{w}\b|\b{w}(?:\s+City\b|,\s+{UP})",
                          text))


def _is_title_word(g: OfficialsEnGrammar, word: str) -> bool:
    """Is ``word`` a one-word title or a title modifier (not part of an organisation before a
    title: ``Trade Development Council Chairman`` keeps ``Trade``)?"""
    return bool(g.titles.en_folded.fullmatch(fold(word)))


def _bare_place_word(g: OfficialsEnGrammar, word: str) -> bool:
    """Can the capitalised ``word`` before a local title be a place name (no stop word, adverb or
    title word)?"""
    v = g.vocab
    return word not in v.not_name and not word.endswith("ly") and not _NOT_QUALIFIER.match(word) \
        and bool(_PLACE_WORD.fullmatch(word))


def _place_tail(g: OfficialsEnGrammar, text: str, pos: int) -> int:
    """Length of `` in PLACE`` / `` to PLACE`` at ``pos`` (a gazetteer place or one capitalised
    word), or 0."""
    v = g.vocab
    m = _PLACE_TAIL.match(text[pos:pos + 50])
    if not m:
        return 0
    words = m.group(1).split()
    for k in range(len(words), 0, -1):
        cand = " ".join(words[:k])
        if k == 1 or cand in v.countries_en or cand in v.places_en:
            return m.start(1) + len(cand)
    return 0


def _lower_org(g: OfficialsEnGrammar, text: str, pos: int) -> tuple[int, int] | None:
    """An organisation written in lower case after ``TITLE of`` (``the foreign affairs office of
    Jinan``, ``the city of Perth``, ``foreign affairs office with the Jiangsu Provincial Government``):
    up to five words ending in an organisation head, with an optional capitalised ``of``-tail."""
    m = g.lower_org.match(text, pos)
    if not m or any(_NOT_QUALIFIER.match(w) for w in m.group(1).split()[:-1]):
        return None
    if " " not in m.group(1) and m.end() == m.end(1):
        return None  # a bare "the city" / "the office" refers back, it names nothing
    return m.start(1), m.end()


def parse_chain(g: OfficialsEnGrammar, text: str, pos: int, *, capital: bool, name_follows: bool
                ) -> tuple[list[tuple[tuple[int, int], tuple[int, int] | None]], int]:
    """Posts ``[((title_start, title_end), (org_start, org_end) | None), …]`` from ``pos``."""
    v = g.vocab
    posts: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    p = pos
    while True:
        prefix = None
        cm = g.country.match(text, p)
        if cm and title_at(g.titles, text, cm.end() + 1, capital=False):
            prefix = (cm.start(), cm.end())
            p = cm.end() + 1
        t = title_at(g.titles, text, p, capital=capital)
        if not t:
            break
        ts, te = t
        diplomatic = _is_diplomatic(text[ts:te])
        m = _MISSION_PLACE.match(text[te:te + 60]) if diplomatic else None
        if m:
            place = m.group(1)
            words = place.split()
            for k in range(len(words), 0, -1):
                cand = " ".join(words[:k])
                if cand in v.countries_en or cand in v.places_en or k == 1:
                    te = te + m.start(1) + len(cand)
                    break
        org = prefix
        om = _OF_ORG.match(text[te:te + 20])
        p = te
        if om and text[te + om.end():te + om.end() + 1] not in ("", "a"):
            o = org_at(g.orgs, text, te + om.end(), name_follows=name_follows)
            both = o and "both" in om.group() and _AND.search(text[o[0]:o[1]])
            if both:  # head of both X and the Y: X is the first post's org
                o = (o[0], o[0] + both.start())
            if o and any(c.isupper() for c in text[o[0]:o[1]]):
                if diplomatic:
                    cut = _IN_PLACE.search(text[o[0]:o[1]])
                    o = (o[0], o[0] + cut.start()) if cut else o
                    p = max(p, o[1])
                org = o
                p = max(p, o[1]) if not diplomatic else p
                if diplomatic:
                    p = o[1] + _place_tail(g, text, o[1])
            else:
                low = _lower_org(g, text, te + om.end())
                if low:
                    org, p = low, low[1]
        posts.append(((ts, te), org))
        c = _CHAIN_JOINT.match(text[p:p + 20])
        if c:
            q = p + c.end()
            nxt = g.country.match(text, q)
            q2 = nxt.end() + 1 if nxt else q
            t2 = title_at(g.titles, text, q2, capital=capital)
            if t2 and not (c.group().strip() == "" and text[q2].islower()) and not (
                    not name_follows and name_after(g.names, text, t2[1] + 1)
                    and text[t2[1]:t2[1] + 1] == " "):
                p = q
                continue
        break
    # a post without an organisation takes the one of the next post (Party Secretary and Director of X)
    for i in range(len(posts) - 2, -1, -1):
        if posts[i][1] is None and posts[i + 1][1] is not None:
            nxt_title = posts[i + 1][0]
            gap = text[posts[i][0][1]:nxt_title[0]]
            if _AND_ONLY.fullmatch(gap):
                posts[i] = (posts[i][0], posts[i + 1][1])
    return posts, p


_NOT_QUALIFIER = re.compile(r"(?:the|a|an|of|and|or|who|which|is|was|are|were|has|had|have|also|with|at|in"
                            r"|for|to|from|by|on|as|said|says|his|her|its|their|then|now|former|formerly"
                            r"|currently|newly|recently|staff)$", re.I)  # a staff member holds no post


def _title_within(titles: list[tuple[int, int]], starts: list[int], lo: int, hi: int) -> bool:
    """May a title begin at a position of ``[lo, hi)``, given the spans ``titles`` of
    :func:`en_titles` on the text (``starts``: their starts)? Every title begins inside one of
    them (or at its start, when it matches the empty string): where one was found, or skipped
    for being inside it."""
    i = bisect_left(starts, hi)
    return i > 0 and max(titles[i - 1][1], starts[i - 1] + 1) > lo


def _qualified_head(g: OfficialsEnGrammar, text: str, pos: int) -> int | None:
    """Where the title begins in a post written ``QUALIFIER TITLE`` after ``NAME,`` (``Foreign
    Affairs Adviser``, ``Europe Division Director``, ``foreign affairs officer``): one to three
    words, all capitalised before a capitalised title or all lower-case before a lower-case one."""
    words = _QUALIFIER_WORD.finditer(text, pos, pos + 60)
    qualifiers: list[str] = []
    word = next(words, None)
    while word is not None and len(qualifiers) < 3:
        head = next(words, None)
        if head is None or text[word.end():head.start()] != " " or _NOT_QUALIFIER.match(word.group()):
            return None
        qualifiers.append(word.group())
        if title_at(g.titles, text, head.start(), capital=False):
            upper = text[head.start()].isupper()
            return head.start() if all(w[0].isupper() == upper for w in qualifiers) else None
        word = head
    return None


def _own_posts(g: OfficialsEnGrammar, text: str, pos: int) -> tuple[list, int] | None:
    """When the title chain at ``pos`` (after ``NAME,``) ends in a pre-posed ``TITLE of ORG NAME2``
    item of a list (``…, Director of Wuhan Foreign Affairs Office Li Qiang and …``), the posts
    before that item (NAME's own) and where they end; None when it does not."""
    posts, end = parse_chain(g, text, pos, capital=False, name_follows=True)
    if not posts or posts[-1][1] is None or text[end:end + 1] != " " or name_after(g.names, text, end + 1) is None:
        return None
    own = posts[:-1]
    return own, ((own[-1][1] or own[-1][0])[1] if own else pos)


def _lower_title_before_name(g: OfficialsEnGrammar, text: str, title_end: int) -> bool:
    """A lower-case title ending at ``title_end`` written right before a name (``regional
    investment deputy director Ivan Petrov met …``)."""
    return text[title_end:title_end + 1] == " " and name_after(g.names, text, title_end + 1) is not None \
        and not g.names.honorific.match(text, title_end + 1)


def _bare_generic_title(g: OfficialsEnGrammar, text: str, posts: list) -> bool:
    """Is the only post a generic title (``Member``, ``Officer``) with no organisation? It makes
    no post before a name (``Member Wang Lei``); ``Council Member``, ``officer with ORG`` do."""
    generic = {t.lower() for t in g.vocab.honor.get("en_titles_needing_org", [])}
    return len(posts) == 1 and posts[0][1] is None and text[slice(*posts[0][0])].lower() in generic


def find_en(text: str, grammar: OfficialsEnGrammar | None = None) -> list[Found]:
    """Every person-with-post mention of English ``text``, in text order; ``grammar``: the
    patterns (None: the process-wide lexicon's)."""
    g = grammar if grammar is not None else default_grammar(OfficialsEnGrammar)
    found: list[Found] = []
    taken = SpanSet()

    def free(s: int, e: int) -> bool:
        return not taken.overlaps(s, e)

    titles = list(en_titles(g.titles, text))
    title_starts = [s for s, _ in titles]
    # P1–P3, P8, P10, P11: NAME, [the] TITLE …
    for cm in g.comma_title.finditer(text):
        q = head = cm.end()
        # a title at q, or a qualified one (its head one of the three words after the first)
        title_near = _title_within(titles, title_starts, q, q + 60)
        if not ((title_near and title_at(g.titles, text, q, capital=False)) or g.country.match(text, q)):
            head = _qualified_head(g, text, q) if title_near else None
            if head is None:
                continue
        nm = name_before(g.names, text, cm.start())
        mono = None if nm else _mononym_before(g, text, cm.start())
        if not nm and not mono:
            continue
        posts, end = parse_chain(g, text, head, capital=False, name_follows=False)
        own = _own_posts(g, text, head)
        if own is not None:
            posts, end = own
        if posts and head > q:  # Project Director of X (title as written); Boston City Council Member
            (ts, te), org = posts[0]
            posts[0] = ((q, te), org) if org else ((ts, te), (q, head - 1))
        if mono and posts and posts[0][1] and _is_diplomatic(text[slice(*posts[0][0])]):
            nm = mono  # a mononym before a diplomatic post: Hashmi, Pakistani Consul General in …
        if not nm or not posts or not free(nm[0], end):
            continue
        found.append(Found(nm, posts))
        taken.add(nm[0], end)
    # P4–P7, P9, P12, P13: [PREFIX] TITLE … NAME [of ORG]
    for s, title_end in titles:
        if not free(s, title_end) or (
                not text[s].isupper() and not _lower_title_before_name(g, text, title_end)):
            continue
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-'’"):
            continue
        posts, end = parse_chain(g, text, s, capital=text[s].isupper(), name_follows=True)
        if not posts:
            continue
        gap = _NAME_GAP.match(text[end:end + 6])
        nm = name_after(g.names, text, end + gap.end()) if gap else None
        if not nm:
            taken.add(s, end)
            continue
        _, ns, ne = nm
        if not free(ns, ne):
            continue
        if posts[0][1] is None:
            pre = _prefix_org(g, text, s, text[slice(*posts[0][0])])
            if pre:
                posts[0] = (posts[0][0], pre)
        # P6: TITLE NAME of ORG
        om = _OF_AFTER_NAME.match(text[ne:ne + 10])
        if om and posts[-1][1] is None:
            o = org_at(g.orgs, text, ne + om.end())
            if o:
                posts[-1] = (posts[-1][0], o)
        if _bare_generic_title(g, text, posts):
            continue
        found.append(Found((ns, ne), posts))
        taken.add(s, ne)
    found.sort(key=lambda f: f.name[0])
    return found
