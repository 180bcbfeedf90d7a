"""The rules on plain text: what pressnlp's spaCy components put on a Doc, without a Doc.

``annotate_text(text, lang)`` → (officials, orgs, places) with offsets into ``text``. The
components (``components.py``) call the same functions on ``doc.text``; ``extract`` calls
``annotate_text`` directly when the pipeline has no statistical model (the rules read only the
text, so tokenising it would be wasted work), which also keeps spaCy out of the process.
"""

from __future__ import annotations

from typing import Any

from ..problems import Problems, guarded
from ..records import Official
from ..script import to_simplified
from .officials import find_officials
from .orgs import Mention, find_orgs
from .places import find_places


def mentions(text: str, lang: str, func: Any, simple: str | None = None) -> list[Mention]:
    """``func(text, lang)`` on ``text`` (its simplified copy ``simple`` for Chinese), reported
    as written."""
    if lang == "zh":
        simple = to_simplified(text) if simple is None else simple
    found = func(simple if lang == "zh" else text, lang)
    return [Mention(m.start, m.end, text[m.start:m.end], m.label, m.norm) for m in found]


def annotate_text(text: str, lang: str, problems: Problems | None = None
                  ) -> tuple[list[Official], list[Mention], list[Mention]]:
    """(officials, orgs, places) of ``text`` in ``lang`` (``"en"`` or ``"zh"``). A failing
    rule raises; with ``problems`` it gives nothing and is recorded there instead."""
    simple = to_simplified(text) if lang == "zh" else text
    return (guarded(problems, "extract.officials",
                    lambda: find_officials(text, lang, simple=simple), []),
            guarded(problems, "extract.orgs", lambda: mentions(text, lang, find_orgs, simple), []),
            guarded(problems, "extract.places",
                    lambda: mentions(text, lang, find_places, simple), []))


__all__ = ["annotate_text", "mentions"]
