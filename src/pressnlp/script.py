"""The text layer: Han characters, Chinese share of a text, script detection, and
traditional → simplified for matching (OpenCC).

One definition of "a Chinese character" for the whole package: ``HAN_CHARS`` (CJK Unified
Ideographs, Extension A and the Compatibility Ideographs), as a character-class body, and ``HAN``,
the compiled class. ``cjk_share`` is the one measure of how Chinese a text is.

Matching runs on a simplified copy while output keeps the original text and offsets, so
``to_simplified`` guarantees a result of the same length as its input (character-by-character
where OpenCC's phrase conversion would change the length).
"""

from __future__ import annotations

import functools
import operator
import re

import opencc

HAN_CHARS = "\u3400-\u9fff\uf900-\ufaff"  # a regex character-class body: f"[{HAN_CHARS}]"
HAN = re.compile(f"[{HAN_CHARS}]")
# runs, not single characters: counting the characters of a few runs is faster than listing
# every character
_HAN_RUN = re.compile(f"[{HAN_CHARS}]+")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_SAMPLE = 1500  # Chinese characters enough to tell the script
_MEMO_CHARS = 5000  # texts up to this length (lines, paragraphs) are memoised


@functools.lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Simplified-script copy of ``text`` with the same length (offsets stay valid). Memoised
    for texts of a paragraph's length: the stages convert each paragraph several times."""
    if not text or not HAN.search(text):
        return text
    return _memo_simplified(text) if len(text) <= _MEMO_CHARS else _simplified(text)


@functools.lru_cache(maxsize=256)  # one document's paragraphs
def _memo_simplified(text: str) -> str:
    return _simplified(text)


def _simplified(text: str) -> str:
    conv = _converter()
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    return "".join(conv.convert(ch) if HAN.match(ch) else ch for ch in text)


def cjk_count(text: str) -> int:
    """Number of Chinese characters in ``text``."""
    return sum(map(len, _HAN_RUN.findall(text)))


def cjk_share(text: str) -> float:
    """Share of Chinese characters among Chinese characters and Latin letters, a Chinese
    character counting as about three Latin letters (0.0 for a text with neither). Memoised
    for texts of a paragraph's length: the parse stage asks it of one line several times."""
    return _memo_share(text) if len(text) <= _MEMO_CHARS else _share(text)


@functools.lru_cache(maxsize=1024)  # one document's lines and paragraphs
def _memo_share(text: str) -> float:
    return _share(text)


def _share(text: str) -> float:
    han = cjk_count(text)
    if not han:
        return 0.0  # whatever the letters (an English text's words need no counting)
    letters = sum(map(len, _LATIN_RUN.findall(text)))
    return han / (han + letters / 3) if han or letters else 0.0


def detect_script(text: str) -> str:
    """``latin`` when Chinese characters carry little of the text (a Chinese character counts
    as about three Latin letters); else ``traditional`` when OpenCC's traditional→simplified
    conversion changes a noticeable share of them; else ``simplified``."""
    if cjk_share(text) < 0.1:
        return "latin"
    sample = "".join(_HAN_RUN.findall(text))[:_SAMPLE]
    simple = to_simplified(sample)
    changed = 0 if simple == sample else sum(map(operator.ne, sample, simple))  # converted
    return "traditional" if changed >= max(2, 0.04 * len(sample)) else "simplified"
