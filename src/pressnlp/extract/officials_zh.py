"""Chinese officials: the patterns Z1–Z8 of GENRE.md §2.2 (on a simplified-script copy).

A person is a name right after a title (``市委副书记、市长郝志成``, ``德国驻沈阳总领事馆总领事毕满天``,
``卡塔尔驻广州总领事曼苏尔·哈吉里(…)``) or after a leader label (``市领导周舟、王涛``). The title
chain is read backwards over ``、`` / ``兼``; the organisation of each post is the run of text
before its title that ends in an organisation suffix, a place or a country (a bare ``市委`` /
``市政府`` stays in the title). Back-references (``周宏亮主任``, ``春艳副局长``) are linked later.
The patterns and word lists are an :class:`OfficialsZhGrammar` compiled from a lexicon, passed to
every rule as ``g``.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from dataclasses import dataclass
from typing import AbstractSet

from .. import regexcache
from .. import textutil
from ..lexicon import Lexicon, default_grammar
from .jieba_dict import load_jieba
from .officials_en import Found
from .titles import TitlesGrammar, zh_titles
from .vocab import HAN, Vocab, alternation, common_word, trie_alternation, word_freq

_PUNCT = set("，。、；：:,;！？!?“”\"'‘’（）()《》〈〉【】[]「」『』 \t\n\r—…·")
_STRONG = set("，。、；：:,;！？!?“”\"（）()《》【】 \t\n\r—…") | {""}
# The fixed patterns of the rules below, compiled once.
_HAN_CHAR = re.compile(f"[{HAN}]")
_HAN_RUN = re.compile(f"[{HAN}]+")
_LAST_SEGMENT = re.compile(r"[·•・‧∙]\s*([^·•・‧∙]*)$")
_PLAQUE = re.compile(rf"[（(][{HAN}]{{2,10}}[)）]$")


@dataclass(frozen=True)
class OfficialsZhGrammar:
    """The Chinese officials patterns of a lexicon (simplified script), on its titles."""

    vocab: Vocab
    titles: TitlesGrammar
    after_re: re.Pattern[str]  # words that end a name (会见, 表示, 一行)
    suffix_re: re.Pattern[str]  # honorifics after a name (先生, 女士)
    org_suffix: re.Pattern[str]
    diplomatic: re.Pattern[str]
    levels: AbstractSet[str]
    bare_prefix: tuple[str, ...]
    name_stop: AbstractSet[str]
    deputy: re.Pattern[str]
    ambiguous: AbstractSet[str]
    known: AbstractSet[str]  # known organisation names and short forms
    boundary: re.Pattern[str]  # a word that ends a name (会见, 陪同, 与)
    facility_ends: AbstractSet[str]  # last characters of facility names (纪念堂, 市长路)
    incumbency: re.Pattern[str]  # 新任, 现任 … before the organisation of a title
    leader: re.Pattern[str]
    country: re.Pattern[str]
    translit: re.Pattern[str]
    translit_chars: AbstractSet[str]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> OfficialsZhGrammar:
        v = lexicon.grammar(Vocab)
        h, t = v.honor, v.templates
        org_suffixes = textutil.alternation(set(t.get("zh_suffixes", [])) | set(t.get("zh_org_unit_ends", [])))
        boundary = "|".join(h.get("zh_name_boundaries", [])) or r"(?!x)x"
        titles = lexicon.grammar(TitlesGrammar)
        mods = alternation(h.get("zh_title_modifiers", []))
        guard = f"(?![{titles.zh_guard}])" if titles.zh_guard else ""
        return cls(
            vocab=v, titles=titles,
            after_re=regexcache.compile(textutil.alternation(h.get("zh_after_name", [])) or r"(?!x)x"),
            suffix_re=regexcache.compile(textutil.alternation(h.get("zh_suffix", [])) or r"(?!x)x"),
            org_suffix=regexcache.compile(rf"(?:{org_suffixes})$"),
            diplomatic=regexcache.compile(alternation(h.get("zh_diplomatic_titles", []))),
            levels=frozenset(h.get("zh_level_prefixes", [])),
            bare_prefix=tuple(t.get("zh_bare_prefixes", [])),
            name_stop=frozenset(h.get("zh_name_stop_chars", "")),
            deputy=regexcache.compile(rf"^(?:{mods})?副"),
            ambiguous=frozenset(h.get("zh_ambiguous_surnames", [])),
            known=frozenset(v.org_names_zh) | frozenset(t.get("zh_short", [])),
            boundary=regexcache.compile(boundary),
            facility_ends=frozenset(h.get("zh_facility_end_chars", "")),
            incumbency=regexcache.compile(textutil.alternation(h.get("zh_incumbency_prefixes", [])) or r"(?!x)x"),
            leader=regexcache.compile(rf"(?:{alternation(h.get('zh_leader_labels', []))}){guard}"),
            country=regexcache.compile(trie_alternation(list(v.countries_zh))),
            translit=regexcache.compile(rf"[{HAN}]{{1,10}}(?:\s*[·•・‧∙]\s*[{HAN}]{{1,12}})+"),
            translit_chars=frozenset(h.get("zh_translit_chars", "")),
        )


def _boundary_score(g: OfficialsZhGrammar, s: str, pos: int) -> int:
    """How strongly the text at ``pos`` ends a preceding name (0 = not at all)."""
    nxt = s[pos:pos + 1]
    if nxt in _STRONG or not _HAN_CHAR.match(nxt):
        return 3
    if g.suffix_re.match(s, pos):
        return 3
    m = g.after_re.match(s, pos)
    if m:
        return 2 if len(m.group()) > 1 else 1
    return 0


def name_at(g: OfficialsZhGrammar, s: str, pos: int) -> tuple[int, int] | None:
    """The Chinese-script person name starting at ``pos`` (Chinese, Japanese or transliterated)."""
    v = g.vocab
    while pos < len(s) and s[pos] in " \t":
        pos += 1
    m = g.translit.match(s, pos)
    if m:
        last = _LAST_SEGMENT.search(m.group())
        head = m.start() + last.start(1)
        chars = set(g.translit_chars)
        run = head
        while run < m.end() and s[run] in chars:
            run += 1
        weak = None
        for end in range(head + 1, min(m.end(), run + 3) + 1):
            if s[end - 1] in g.name_stop:
                continue
            sc = _boundary_score(g, s, end)
            if sc >= 2:
                return pos, end
            if sc == 1 and weak is None:
                weak = end
        end = weak or (run if run > head else None)
        return (pos, end) if end else None
    if not _HAN_CHAR.match(s, pos):
        return None
    cands: list[int] = []
    if s[pos:pos + 2] in v.surnames_zh2:
        cands += [pos + 4, pos + 5, pos + 3]
    if s[pos] in v.surnames_zh and not _common_word_start(g, s[pos:pos + 2]):
        cands += [pos + 3, pos + 2]
    best_end, best_score = None, 0
    for end in cands:
        chunk = s[pos:end]
        if end > len(s) or not _HAN_RUN.fullmatch(chunk) or chunk[-1] in g.name_stop:
            continue
        if g.titles.zh.search(chunk[1:]) or chunk[-1] in g.facility_ends:
            continue
        inner = g.boundary.search(chunk[1:])
        sc = _boundary_score(g, s, end)
        if inner and (len(inner.group()) > 1 or sc < 2):  # 李向阳陪同: 向 is part of the name
            continue
        if sc > best_score:
            best_end, best_score = end, sc
    if best_end is None:  # 孙丽交换意见: no cue word, but a common word starts after the name
        best_freq = 0
        for end in sorted(set(cands), reverse=True):  # 刘强举行会谈: 举行 beats 行会
            chunk = s[pos:end]
            if end <= len(s) and _HAN_RUN.fullmatch(chunk) and chunk[-1] not in g.name_stop \
                    and not g.titles.zh.search(chunk[1:]) and not g.boundary.search(chunk[1:]) \
                    and common_word(s[end:end + 2]) and word_freq(s[end:end + 2]) > best_freq:
                best_end, best_freq = end, word_freq(s[end:end + 2])
    return (pos, best_end) if best_end else None


def _org_before(g: OfficialsZhGrammar, s: str, ts: int, limit: int) -> tuple[int, int] | None:
    """The organisation written right before the title at ``ts`` (not before ``limit``), with the
    second name of its plaque in brackets (``市委外办(市外办)``); a clause ending in ``的`` is no part
    of it (``来访的新西兰奥克兰市``)."""
    v = g.vocab
    lo = max(limit, ts - 30)
    region = s[lo:ts]
    plaque = _PLAQUE.search(region)
    if plaque:
        org = _org_before(g, s, lo + plaque.start(), limit)
        return (org[0], ts) if org else None
    cut = 0
    for i in range(len(region) - 1, -1, -1):
        if region[i] in _PUNCT:
            cut = i + 1
            break
    best_known = None
    for i in range(cut, len(region)):
        if region[i:] in g.known:
            best_known = i
            break
    if best_known is not None:
        head = region[cut:best_known]  # a place written before a short form: 常州 + 市外办, 省 + 政协
        for k in range(len(head), 0, -1):
            if _is_place(g, head[-k:]) or head[-k:] in v.countries_zh or head[-k:] in g.levels:
                best_known -= k
                break
        return lo + best_known, ts
    last = None
    for m in g.boundary.finditer(region, cut):
        last = m
    if last is not None:
        cut = last.end()
    org = region[cut:]
    if "的" in org:
        cut += org.rindex("的") + 1
        org = region[cut:]
    while org and org[0] in "将":
        org, cut = org[1:], cut + 1
    pre = g.incumbency.match(org)
    if pre:
        org, cut = org[pre.end():], cut + pre.end()
    if not org or len(org) > 26:
        return None
    if org in v.countries_zh or org in v.places_zh or g.org_suffix.search(org):
        return lo + cut, ts
    if g.country.match(org) and len(org) <= 12:
        return lo + cut, ts  # a foreign province / prefecture / state: 韩国忠清北道 + 知事
    return None


def _foreign_post(g: OfficialsZhGrammar, s: str, ts: int) -> bool:
    """Is the post at ``ts`` written after a country name (日本静冈县副知事, 泰国驻昆明总领事)?"""
    lo = ts
    while lo > 0 and ts - lo < 20 and s[lo - 1] not in _PUNCT:
        lo -= 1
    return bool(g.country.search(s, lo, ts))


def _bare_name(g: OfficialsZhGrammar, s: str, pos: int, longest: int = 8) -> tuple[int, int] | None:
    """A foreign name in Chinese script without ``·`` (a transliteration of any length, a Japanese
    name): the shortest run of 2–``longest`` characters ended by punctuation or a verb."""
    for end in range(pos + 2, pos + longest + 1):
        if end <= len(s) and _HAN_RUN.fullmatch(s, pos, end) \
                and _boundary_score(g, s, end) >= (2 if end - pos < 3 else 1) \
                and not g.titles.zh.search(s[pos:end]) and not g.boundary.search(s[pos:end]) \
                and not g.name_stop & set(s[pos:end]):
            return pos, end
    return None


def _unlisted_name(g: OfficialsZhGrammar, s: str, pos: int) -> tuple[int, int] | None:
    """A two- or three-character name after a title whose surname is not listed (副市长邝伟出席):
    ended by punctuation or a verb, no word of the dictionary, no place, country or org."""
    nm = _bare_name(g, s, pos, longest=3)
    if not nm:
        return None
    word = s[nm[0]:nm[1]]
    v = g.vocab
    if _in_dictionary(word) or _is_place(g, word) or word in v.countries_zh or g.org_suffix.search(word) \
            or _boundary_score(g, s, nm[1]) < 2 or word[-1] in g.facility_ends:
        return None
    return nm


def _name_before_title(g: OfficialsZhGrammar, s: str, ts: int, te: int) -> tuple[int, int] | None:
    """``NAME`` in ``NAME TITLE`` (a respectful first mention, Z4): after punctuation with a verb or
    punctuation after the title (``，NAME TITLE致辞``), or after a verb, a preposition or an
    organisation when the words around it are whole (``向NAME市长``, ``公署NAME特派员``)."""
    v = g.vocab
    for k in (3, 2, 4):
        b = ts - k
        if b < 0:
            continue
        after_punct = b == 0 or s[b - 1] in _STRONG or s[b - 1] == "、"
        if after_punct and _boundary_score(g, s, te) < 1:
            continue
        chunk = s[b:ts]
        sur = 2 if chunk[:2] in v.surnames_zh2 else \
            1 if chunk[0] in v.surnames_zh and not _common_word_start(g, chunk[:2]) else 0
        if not sur and after_punct and k == 2 and _foreign_surname(g, s, chunk, ts, te):
            sur = 1  # 渡边总领事出席: a foreign envoy named by a surname outside the list
        if not sur or len(chunk) - sur not in (1, 2) or not _HAN_RUN.fullmatch(chunk):
            continue
        if g.titles.zh.search(chunk) or g.boundary.search(chunk[1:]) or chunk[-1] in g.facility_ends \
                or _is_place(g, chunk) or g.org_suffix.search(chunk) or chunk in v.countries_zh:
            continue
        if not after_punct and not _whole_words(s, b, ts, te):
            continue
        return b, ts
    return None


def _foreign_surname(g: OfficialsZhGrammar, s: str, chunk: str, ts: int, te: int) -> bool:
    """Is ``chunk`` before a diplomatic title (总领事, 大使 …) an unlisted foreign surname: no word of
    the dictionary, the title followed by a verb or punctuation?"""
    return bool(g.diplomatic.search(s[ts:te])) and _boundary_score(g, s, te) >= 2 \
        and not _in_dictionary(chunk)


def _common_word_start(g: OfficialsZhGrammar, two: str) -> bool:
    """Do the two characters ``two`` start with an ambiguous surname and make a dictionary word
    (连任, 权衡, 习惯: no name starts there)?"""
    return two[:1] in g.ambiguous and _in_dictionary(two)


def _in_dictionary(word: str) -> bool:
    """Is ``word`` a word of jieba's dictionary (assumed so without jieba)?"""
    if importlib.util.find_spec("jieba") is None:
        return True
    return word_freq(word) > 0


def _whole_words(s: str, b: int, ts: int, te: int) -> bool:
    """Does a word segmentation of the text around put word boundaries at ``b``, ``ts`` and ``te``
    (a name ``s[b:ts]`` that is no common word, then the title ``s[ts:te]``)?"""
    lo = b
    while lo > 0 and b - lo < 8 and s[lo - 1] not in _PUNCT:
        lo -= 1
    cuts = _word_cuts(s[lo:min(len(s), te + 4)])
    return {b - lo, ts - lo, te - lo} <= cuts and not common_word(s[b:ts])


@functools.lru_cache(maxsize=4096)
def _word_cuts(text: str) -> frozenset[int]:
    """Offsets of the word boundaries jieba puts in ``text`` (none without jieba)."""
    jieba = load_jieba()
    if jieba is None:
        return frozenset()
    cuts, pos = {0}, 0
    for word in jieba.cut(text, HMM=True):
        pos += len(word)
        cuts.add(pos)
    return frozenset(cuts)


def _qualified_title(s: str, title: tuple[int, int], by_end: dict[int, tuple[int, int]]
                     ) -> tuple[int, int]:
    """``title`` with the words between it and a preceding ``TITLE、`` of the same chain
    (``副局长、机关党支部书记``, ``常委、统战部长``): a qualifier that is no organisation."""
    ts, te = title
    for k in range(1, 5):
        b = ts - k
        if b < 1 or not _HAN_CHAR.match(s[b]):
            break
        if s[b - 1] == "、" and (b - 1) in by_end:
            return b, te
    return title


def _same_body(g: OfficialsZhGrammar, s: str, prev: Found, title: tuple[int, int]) -> bool:
    """Does the post ``title`` (with no organisation of its own) belong to the organisation of the
    person just before it: ``外办党组书记X、主任Y`` or ``联络办主任X和副主任Y`` (same office)?"""
    ts, te = title
    if ts == 0 or prev.posts[0][1] is None or s[ts:te].startswith(g.bare_prefix):
        return False
    joint = s[ts - 1]
    if prev.name[1] != ts - 1 or joint not in "、和及":
        return False
    if joint == "、":
        return True
    head = g.deputy
    pt = prev.posts[0][0]
    return head.sub("", s[ts:te]) == head.sub("", s[pt[0]:pt[1]])


def _listed_names(g: OfficialsZhGrammar, s: str, pos: int) -> list[tuple[int, int]]:
    """Names listed after the name ending at ``pos`` under the same title (``、NAME、NAME``), each
    ended by punctuation or a verb, not by a title of its own or an honorific (``、黄美玲女士``
    names a guest without the post)."""
    v = g.vocab
    out: list[tuple[int, int]] = []
    while s[pos:pos + 1] == "、":
        nm = name_at(g, s, pos + 1)
        if not nm or _boundary_score(g, s, nm[1]) < 2 or g.titles.zh.match(s, nm[1]) \
                or g.suffix_re.match(s, nm[1]):
            break
        word = s[nm[0]:nm[1]]
        if _is_place(g, word) or word in v.countries_zh or g.org_suffix.search(word):
            break
        out.append(nm)
        pos = nm[1]
    return out


def _is_place(g: OfficialsZhGrammar, t: str) -> bool:
    v = g.vocab
    return t in v.places_zh or any(t == p + v.place_suffix.get(p, "") for p in (t[:-1], t[:-2]) if p)


def find_zh(s: str, grammar: OfficialsZhGrammar | None = None) -> list[Found]:
    """Every person-with-post mention of simplified Chinese ``s``, in text order; ``grammar``:
    the patterns (None: the process-wide lexicon's)."""
    g = grammar if grammar is not None else default_grammar(OfficialsZhGrammar)
    titles = zh_titles(g.titles, s)
    by_end = {e: (st, e) for st, e in titles}
    found: list[Found] = []
    taken_names: set[int] = set()
    for ts, te in titles:
        nm = name_at(g, s, te)
        if not nm and _foreign_post(g, s, ts):
            nm = _bare_name(g, s, te)
        if not nm:
            nm = _unlisted_name(g, s, te)
        if not nm or nm[0] in taken_names:
            continue
        posts: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
        cur_ts, cur_te = ts, te
        limit = 0
        while True:
            org = _org_before(g, s, cur_ts, limit)
            title = (cur_ts, cur_te)
            if org and s[cur_ts:cur_te].startswith(g.bare_prefix) and _is_place(g, s[org[0]:org[1]]):
                pre = next(p for p in g.bare_prefix if s[cur_ts:cur_te].startswith(p))
                org, title = (org[0], cur_ts + len(pre)), (cur_ts + len(pre), cur_te)
            elif org and s[org[0]:org[1]] in g.bare_prefix:
                title, org = (org[0], cur_te), None
            elif not org:
                title = _qualified_title(s, title, by_end)
            posts.insert(0, (title, org))
            b = org[0] if org else title[0]
            if b > 0 and s[b - 1] in "、兼" and (b - 1) in by_end \
                    and not _name_before_title(g, s, *by_end[b - 1]):  # 郑明特派员、副司令员石宏达
                cur_ts, cur_te = by_end[b - 1]
                continue
            break
        for i in range(1, len(posts)):  # 外办党组书记、主任: the organisation carries over
            if posts[i][1] is None and posts[i - 1][1] is not None and \
                    not s[posts[i][0][0]:posts[i][0][1]].startswith(g.bare_prefix):
                posts[i] = (posts[i][0], posts[i - 1][1])
        if posts[0][1] is None and found and _same_body(g, s, found[-1], posts[0][0]):
            posts[0] = (posts[0][0], found[-1].posts[0][1])
        found.append(Found(nm, posts))
        taken_names.add(nm[0])
        for listed in _listed_names(g, s, nm[1]):  # 副局长钱伟、孙立、李红梅
            if listed[0] not in taken_names:
                found.append(Found(listed, posts))
                taken_names.add(listed[0])
    # Z4 as a first mention: 欧阳明辉副市长致欢迎辞 (a name between punctuation and a title)
    for ts, te in titles:
        nm = _name_before_title(g, s, ts, te)
        if nm and nm[0] not in taken_names and not any(f.name[0] <= nm[0] < f.name[1] for f in found):
            org = _org_before(g, s, nm[0], 0) if nm[0] > 0 and s[nm[0] - 1] not in _PUNCT else None
            found.append(Found(nm, [((ts, te), org)]))
            taken_names.add(nm[0])
    # Z5: 市领导周舟、王涛
    for m in g.leader.finditer(s):
        p = m.end()
        while True:
            nm = name_at(g, s, p)
            if not nm:
                break
            if nm[0] not in taken_names:
                found.append(Found(nm, [((m.start(), m.end()), None)]))
                taken_names.add(nm[0])
            p = nm[1]
            if s[p:p + 1] in ("、", "，", ","):
                p += 1
            elif s[p:p + 1] in ("和", "及"):
                p += 1
            else:
                break
    found.sort(key=lambda f: f.name[0])
    return found
