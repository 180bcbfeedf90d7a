"""Place mentions (GPE): Chinese provinces, prefecture-level cities and districts, and countries.

``find_places(text, lang)`` → non-overlapping ``Mention``s labelled ``GPE`` with ``norm`` = the
Chinese name with its suffix (``沈阳市``, ``辽宁省``, ``德国``), the key shared by EN and ZH mentions.
English matches names and adjectival forms (``Uruguayan`` → 乌拉圭); Chinese districts need their
suffix (``浑南区``) so that common words (``和平``) are not taken for places.
"""

from __future__ import annotations

import functools
import re

from ..lexicon import on_lexicon_change
from .orgs import Mention
from .vocab import alternation, finditer_from, first_chars, vocab


@functools.lru_cache(maxsize=1)
def _res() -> dict:
    v = vocab()
    en_norm: dict[str, str] = {}
    for en, zh in v.places_en.items():
        en_norm[en] = zh + v.place_suffix.get(zh, "")
    for form, en in v.countries_en.items():
        en_norm.setdefault(form, v.country_zh.get(en, en))
    zh_norm: dict[str, str] = {}
    for zh, kind in v.place_kind.items():
        full = zh + v.place_suffix.get(zh, "")
        zh_norm[full] = full
        if kind != "district" and len(zh) > 1:
            zh_norm.setdefault(zh, full)
    for form, en in v.countries_zh.items():
        zh_norm.setdefault(form, v.country_zh.get(en, form))
    res = {
        "en": re.compile(rf"(?<![\w'’\-])(?:{alternation(list(en_norm))})"
                         rf"(?:\s+(?:Province|City|Municipality|District|County))?(?![\w'’\-])"),
        "zh": re.compile(alternation(list(zh_norm))),
        "en_norm": en_norm,
        "zh_norm": zh_norm,
    }
    res["en_starts"] = first_chars(res["en"])  # capitals only: skip the rest fast
    return res


on_lexicon_change(_res.cache_clear)


def find_places(text: str, lang: str) -> list[Mention]:
    """GPE mentions of ``text`` (simplified copy for Chinese)."""
    res = _res()
    key = "zh" if lang == "zh" else "en"
    norm = res[key + "_norm"]
    return [Mention(m.start(), m.end(), m.group(), "GPE",
                    norm.get(m.group()) or norm.get(re.sub(r"\s+\w+$", "", m.group())))
            for m in finditer_from(res[key], res.get(key + "_starts"), text)]


__all__ = ["find_places"]
