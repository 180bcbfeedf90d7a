"""Many phrase patterns over one text, fast: each pattern is tried only when its literal
keyword occurs in the text (a substring test), and overlapping matches are resolved
longest first. Used by the theme taxonomy and the slogan lexicon."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"[A-Za-z0-9]+")
_REGEX_CHARS = re.compile(r"\\[a-zA-Z]|\(\?[^)]*\)|\[[^\]]*\]|[?*+{}|()^$.]")


# pinyin glosses left in the text by some mirror sites: 會(huì)議, 系統(tǒng)
_PINYIN_RESIDUE = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")


def without_pinyin(text: str) -> tuple[str, list[int] | None]:
    """The text without pinyin glosses after Chinese characters, and for each kept character
    its offset in ``text`` (None when there is nothing to remove)."""
    if "(" not in text or not _PINYIN_RESIDUE.search(text):
        return text, None
    pieces, index, pos = [], [], 0
    for m in _PINYIN_RESIDUE.finditer(text):
        pieces.append(text[pos:m.start()])
        index.extend(range(pos, m.start()))
        pos = m.end()
    pieces.append(text[pos:])
    index.extend(range(pos, len(text) + 1))
    return "".join(pieces), index


def keyword_of(literal: str, lang: str) -> str:
    """The longest literal piece of a phrase (lower-cased for EN): a cheap necessary test."""
    pieces = _CJK_RUN.findall(literal) if lang == "zh" else [w.lower() for w in _WORD.findall(literal)]
    return max(pieces, key=len) if pieces else ""


def regex_keyword(pattern: str, lang: str) -> str:
    """A keyword for a raw regular expression: its longest plain piece, if any is safe."""
    plain = _REGEX_CHARS.sub(" ", pattern)
    if lang == "en":
        return ""  # regex variants may be case-folded or optional: no keyword, always tried
    return keyword_of(plain, lang)


@dataclass
class PatternSet:
    """Compiled patterns with keywords and payloads, indexed by keyword (EN: the word; ZH: its
    first character) so that a text only tries the patterns whose keyword it contains."""

    flags: int = 0
    lower: bool = False
    items: list[tuple[str, str, Any]] = field(default_factory=list)  # (keyword, regex, payload)
    compiled: list[re.Pattern[str] | None] = field(default_factory=list)  # on first use
    spans: list[int] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=dict)
    always: list[int] = field(default_factory=list)

    def add(self, pattern: str, keyword: str, payload: Any, length: int = 0) -> None:
        """``length``: the phrase's usual length, bounding the window searched around each
        keyword occurrence (0 = search the whole text). A pattern that is its own keyword
        (a plain Chinese phrase) is found with ``str.find`` alone (span -1)."""
        n = len(self.items)
        self.items.append((keyword, pattern, payload))
        self.compiled.append(None)  # compiled when a text first contains the keyword
        literal = bool(keyword) and not self.lower and pattern == re.escape(keyword)
        self.spans.append(-1 if literal else 2 * length + 24 if keyword and length else 0)
        if not keyword:
            self.always.append(n)
        else:
            self.index.setdefault(keyword if self.lower else keyword[0], []).append(n)

    def _compile(self, n: int) -> re.Pattern[str]:
        rx = self.compiled[n] = re.compile(self.items[n][1], self.flags)
        return rx

    def _candidates(self, hay: str) -> list[int]:
        keys = _word_keys(hay) if self.lower else _gram_keys(hay)
        found = set(self.always)
        for k in keys & self.index.keys():
            found.update(self.index[k])
        return sorted(found)

    def finditer(self, text: str) -> Iterator[tuple[int, int, Any]]:
        """Non-overlapping (start, end, payload), longest match first where matches overlap."""
        hay = text.lower() if self.lower else text
        found: list[tuple[int, int, int, Any]] = []
        for n in self._candidates(hay):
            kw, _, payload = self.items[n]
            at = hay.find(kw) if kw else 0
            if at < 0:
                continue
            span = self.spans[n]
            if span < 0:  # a literal: its occurrences are the matches
                while at >= 0:
                    found.append((at, at + len(kw), n, payload))
                    at = hay.find(kw, at + len(kw))
                continue
            rx = self.compiled[n] or self._compile(n)
            windows = _windows(hay, kw, at, span) if span else [(0, len(text))]
            for lo, hi in windows:
                for m in rx.finditer(text, lo, hi):
                    if m.end() > m.start():
                        found.append((m.start(), m.end(), n, payload))
        if len(found) <= 1:
            return iter([(s, e, p) for s, e, _, p in found])
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0], f[2]))
        taken = bytearray(len(text) + 1)
        kept: list[tuple[int, int, Any]] = []
        for s, e, _, payload in found:
            if taken.find(1, s, e) >= 0:
                continue
            taken[s:e] = b"\x01" * (e - s)
            kept.append((s, e, payload))
        kept.sort(key=lambda k: k[0])
        return iter(kept)


def _windows(hay: str, kw: str, at: int, span: int, limit: int = 4) -> list[tuple[int, int]]:
    """Merged search windows around the first occurrences of ``kw`` (the whole text when it
    occurs more than ``limit`` times)."""
    out: list[tuple[int, int]] = []
    while at >= 0:
        if len(out) >= limit:
            return [(0, len(hay))]
        lo, hi = max(0, at - span), at + len(kw) + span
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
        at = hay.find(kw, at + len(kw))
    return out


@functools.lru_cache(maxsize=16)
def _word_keys(hay: str) -> frozenset[str]:
    """Lower-case words of a text, with plural endings also stripped (cities → city)."""
    words = set(_WORD.findall(hay))
    extra = set()
    for w in words:
        if w.endswith("s"):
            extra.update((w[:-1], w[:-2], w[:-3] + "y"))
    return frozenset(words | extra)


@functools.lru_cache(maxsize=16)
def _gram_keys(hay: str) -> frozenset[str]:
    """The characters of a text."""
    return frozenset(hay)
