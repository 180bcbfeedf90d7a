"""Person-name normalisation: honorifics dropped, surname capitals folded, separators unified.

``name_norm("Mr. SUN Hongmei") == name_norm("Sun Hongmei") == "sun hongmei"``;
``name_norm("曼苏尔•哈吉里女士") == "曼苏尔·哈吉里"``.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..lexicon import on_lexicon_change
from ..script import to_simplified
from ..textutil import alternation
from .vocab import vocab

_DOTS = re.compile(r"\s*[·•・‧∙]\s*")


@functools.lru_cache(maxsize=1)
def _honorific_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    v = vocab()
    # case variants, but a two-letter form keeps its case: "HE" (His Excellency) is not the surname He
    pre = alternation({form for p in v.honor.get("en_prefix", []) for form in
                       (p.rstrip("."), p.rstrip(".").upper(), p.rstrip(".").lower()
                        if len(p.rstrip(".")) > 2 else p.rstrip("."))})
    head = re.compile(r"^(?:(?:%s)\.?\s+)+" % pre)
    suf = alternation(v.honor.get("zh_suffix", []))
    tail = re.compile(r"(?:%s)$" % suf if suf else r"(?!x)x")
    return head, tail


on_lexicon_change(_honorific_re.cache_clear)


def strip_honorifics(name: str) -> str:
    """``H.E. Mme. Yang Xiuping`` → ``Yang Xiuping``; ``彼得先生`` → ``彼得``."""
    head, tail = _honorific_re()
    out = head.sub("", name.strip())
    out = tail.sub("", out)
    return out.strip() or name.strip()


def name_norm(name: str) -> str:
    """A key that is equal for the forms of one person's name within a release."""
    s = unicodedata.normalize("NFKC", strip_honorifics(name))
    s = _DOTS.sub("·", to_simplified(s))
    s = re.sub(r"[\s\-‐–]+", " ", s).strip()
    return s.casefold()


def name_tokens(name: str) -> list[str]:
    """Parts of a name that a back-reference may use (surname, given name, `·` segments)."""
    s = strip_honorifics(name)
    if re.search(r"[\u3400-\u9fff]", s):
        parts = [p for p in _DOTS.split(s) if p]
        if len(parts) > 1:
            return parts + [s]
        v = vocab()
        sur = 2 if s[:2] in v.surnames_zh2 else 1
        return [s, s[sur:]] if len(s) - sur >= 2 else [s]
    return [s] + [p for p in re.split(r"\s+", s) if len(p) > 1]
