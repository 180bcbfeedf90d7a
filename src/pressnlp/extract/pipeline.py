"""``nlp(lang)``: the spaCy pipeline of a language with pressnlp's components, built once.

- ``en``: ``spacy.blank("en")``; ``zh``: ``spacy.blank("zh")`` segmented by jieba, whose user
  dictionary gets the lexicon's titles, organisations, places and countries so they stay whole
  tokens.
- A pretrained pipeline is used as the base (its NER becomes an extra signal for names) when
  one is given — ``nlp("en", model="en_core_web_sm")`` or a path — or named in the environment
  (``PRESSNLP_SPACY_MODEL_EN`` / ``PRESSNLP_SPACY_MODEL_ZH``), or installed under its standard
  name (``en_core_web_sm`` / ``zh_core_web_sm``). ``PRESSNLP_SPACY_MODEL_EN=blank`` forces the
  blank pipeline. Everything works without one.

``extract`` builds a pipeline only when there is a pretrained base: the rules read nothing but
the text, so with the blank base they run on the text directly (``annotate.annotate_text``) and
spaCy is not even imported; :func:`ensure_jieba_words` still loads jieba's user dictionary.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import os
from typing import TYPE_CHECKING

from ..lexicon import Lexicon, default_lexicon, on_lexicon_change
from .jieba_dict import load_jieba
from .vocab import vocab

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)
DEFAULT_MODELS = {"en": "en_core_web_sm", "zh": "zh_core_web_sm"}
_HEAVY = ("parser", "lemmatizer", "tagger", "morphologizer", "attribute_ruler", "senter")


def nlp(lang: str = "en", model: str | os.PathLike[str] | None = None) -> Language:
    """The cached pipeline for ``lang`` (``"en"`` or ``"zh"``) and the process-wide lexicon,
    whose grammars its components own; see the module docstring."""
    lang = "zh" if str(lang).lower().startswith("zh") else "en"
    if model is None:
        model = os.environ.get(f"PRESSNLP_SPACY_MODEL_{lang.upper()}") or None
    return _build(lang, str(model) if model is not None else None, default_lexicon())


def base_model(lang: str = "en") -> str | None:
    """The pretrained pipeline ``nlp(lang)`` would start from (named in the environment or
    installed under its standard name), or None for the blank one — decided without importing
    spaCy."""
    lang = "zh" if str(lang).lower().startswith("zh") else "en"
    name = os.environ.get(f"PRESSNLP_SPACY_MODEL_{lang.upper()}") or None
    if name is None and _installed(DEFAULT_MODELS[lang]):
        name = DEFAULT_MODELS[lang]
    return name if name and name != "blank" else None


@functools.lru_cache(maxsize=None)
def _installed(package: str) -> bool:
    return importlib.util.find_spec(package) is not None


@functools.lru_cache(maxsize=4)  # EN and ZH; a replaced lexicon's pipelines are dropped
def _build(lang: str, model: str | None, lexicon: Lexicon) -> Language:
    """The pipeline of ``lang`` on ``model``; its components take the grammars of ``lexicon``
    (the process-wide one: the key, so another lexicon gets pipelines of its own)."""
    from .components import COMPONENTS  # registers the factories

    base = _base(lang, model)
    for name in COMPONENTS:
        if name not in base.pipe_names:
            base.add_pipe(name, config={"lang": lang})
    return base


def _base(lang: str, model: str | None) -> Language:
    import spacy

    name = model
    if name is None and spacy.util.is_package(DEFAULT_MODELS[lang]):
        name = DEFAULT_MODELS[lang]
    if name and name != "blank":
        try:
            loaded = spacy.load(name, exclude=[p for p in _HEAVY])
            log.info("pressnlp: using %s as the %s base pipeline", name, lang)
            if lang == "zh":
                add_jieba_words()
            return loaded
        except Exception as exc:  # noqa: BLE001 - fall back to the blank pipeline
            log.warning("pressnlp: cannot load spaCy model %r (%s); using a blank pipeline",
                        name, exc)
    if lang == "zh":
        add_jieba_words()
        return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    return spacy.blank("en")


def jieba_words() -> list[str]:
    """Domain terms for jieba's user dictionary: titles, organisations, places, countries."""
    v = vocab()
    words = set(v.titles_zh) | set(v.org_names_zh) | set(v.templates.get("zh_short", []))
    words |= {z + v.place_suffix.get(z, "") for z in v.places_zh}
    words |= set(v.countries_zh)
    return sorted(w for w in words if len(w) > 1)


_JIEBA_DONE: set[str] = set()


def add_jieba_words() -> None:
    """Add the lexicon's terms to jieba's (process-global) dictionary, once per lexicon."""
    jieba = load_jieba()

    jieba.setLogLevel(logging.WARNING)
    for w in jieba_words():
        if w not in _JIEBA_DONE:
            jieba.add_word(w, freq=20000)
            _JIEBA_DONE.add(w)


@functools.lru_cache(maxsize=1)
def ensure_jieba_words() -> None:
    """:func:`add_jieba_words`, once per lexicon (what building the Chinese pipeline does)."""
    add_jieba_words()


on_lexicon_change(ensure_jieba_words.cache_clear)
