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
    """``latin`` when the text has (almost) no Chinese characters; else ``traditional`` when
    converting to simplified changes a noticeable share of them; else ``simplified``."""
    han = _CJK.findall(text)
    letters = len(re.findall(r"[A-Za-z]", text))
    if len(han) < 0.1 * max(letters, 1) / 4 or not han:
        return "latin"
    sample = "".join(han[:4000])
    changed = sum(a != b for a, b in zip(sample, to_simplified(sample)))
    return "traditional" if changed >= max(2, 0.03 * len(sample)) else "simplified"
