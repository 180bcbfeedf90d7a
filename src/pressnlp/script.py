"""Chinese script helpers: traditional → simplified for matching (OpenCC), script detection.

Matching runs on a simplified copy while output keeps the original text and offsets, so
``to_simplified`` guarantees a result of the same length as its input (character-by-character
where OpenCC's phrase conversion would change the length).
"""

from __future__ import annotations

import functools
import re

import opencc

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_SAMPLE = 1500  # Chinese characters enough to tell the script


@functools.lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Simplified-script copy of ``text`` with the same length (offsets stay valid)."""
    if not text or not _CJK.search(text):
        return text
    conv = _converter()
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    return "".join(conv.convert(ch) if _CJK.match(ch) else ch for ch in text)


def cjk_count(text: str) -> int:
    return len(_CJK.findall(text))


def detect_script(text: str) -> str:
    """``latin`` when Chinese characters carry little of the text (a Chinese character counts
    as about three Latin letters); else ``traditional`` when OpenCC's traditional→simplified
    conversion changes a noticeable share of them; else ``simplified``."""
    han = _CJK.findall(text)
    letters = len(_LATIN.findall(text))
    if not han or len(han) < 0.1 * (len(han) + letters / 3):
        return "latin"
    sample = "".join(han[:_SAMPLE])
    changed = sum(a != b for a, b in zip(sample, to_simplified(sample)))
    return "traditional" if changed >= max(2, 0.04 * len(sample)) else "simplified"
