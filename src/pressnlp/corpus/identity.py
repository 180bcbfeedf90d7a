"""Cross-lingual identity: one ``person_id`` / ``org_id`` for officials and organisations
mentioned in English and Chinese across releases.

People. Each official mention gets name keys: the folded pinyin and Wade-Giles of a Chinese name
(pypinyin; every reading of a heteronym, so 曾 gives zeng and ceng), the folded spelling of an
English name (``Lyu``/``Lü``/``Lv`` → ``lv``; ``XIAO Shengfeng`` → surname first; ``Pin-kung`` =
``Pinkung``; two-part names also reversed for Western order ``Chengtao Jin``), and for a foreign
name written with ``·`` the Latin name the text pairs with it (``曼苏尔·哈吉里(Mansoor Alhajri)``).
Mentions sharing a key are linked when the evidence is enough:

- a *rare* name (three Chinese characters, a two-syllable given name, a two-part foreign name)
  links on the name within a language, and across languages with one piece of context: the same
  release, the same host, an agreeing place, or an equivalent title (``titles.tsv``);
- a *common* name (王伟 / Wang Wei: one-syllable given name, a single-token name, or a key that
  several Chinese spellings share in the corpus) links only when title AND place agree; across
  languages without ``titles.tsv`` it needs the same host instead of the title;
- in one bilingual release, a foreign ``·`` name and an English name with the same (unique)
  title are paired;
- a Japanese name in kanji (中村健一) and a romanised one (Nakamura Kenichi, Kenichi Nakamura)
  share only the family name (``japanese_surnames.tsv``): they link like a common name — in one
  release, or with title AND place agreeing — and never two romanised (or two kanji) names.

Titles are compared in a normal form (``normalise_title``: width, script, case, hyphens,
spaces and punctuation folded) and through their ``titles.tsv`` concepts.

A ``person_id`` (``P`` + 12 hex digits) is a hash of the person's own key — the commonest main
romanised name of its mentions, with title and place for a common name — so it does not change
when unrelated releases are added or removed; an ``org_id`` (``O`` + 12 hex digits) is a hash
of the organisation's key. Syndicated copies (``releases.duplicate_of``) count as the release
they copy (``story_id``).

Organisations link through ``orgs.tsv`` (EN, ZH and abbreviations of one body) and through
templates derived from its rows (``Foreign Affairs Office of {X} Municipal Government`` ↔
``{X}市人民政府外事办公室`` for any place X, places from ``places.tsv`` or pinyin).
All data is read through the lexicon loader; a missing file makes that evidence unavailable.
"""

from __future__ import annotations

from .context import (has_title_data, host_place_keys, normalise_title, place_keys, stable_ids,
                      title_concepts, title_level, title_rank)
from .names import NameInfo, analyse_name, fold, n_syllables, paired_latin
from .orgs import ORG_COLUMNS, link_orgs, norm_org, org_key, org_mentions
from .people import PEOPLE_COLUMNS, PeopleLinks, link_people

__all__ = ["NameInfo", "analyse_name", "fold", "n_syllables", "paired_latin", "title_concepts",
           "title_rank", "title_level", "normalise_title", "stable_ids", "place_keys", "host_place_keys", "has_title_data",
           "link_people", "PeopleLinks", "PEOPLE_COLUMNS", "norm_org", "org_key", "org_mentions",
           "link_orgs", "ORG_COLUMNS"]
