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
  title are paired.

Organisations link through ``orgs.tsv`` (EN, ZH and abbreviations of one body) and through
templates derived from its rows (``Foreign Affairs Office of {X} Municipal Government`` ↔
``{X}市人民政府外事办公室`` for any place X, places from ``places.tsv`` or pinyin).
All data is read through the lexicon loader; a missing file makes that evidence unavailable.
"""

from __future__ import annotations

from .context import (has_title_data, host_place_keys, place_keys, title_concepts, title_level,
                      title_rank)
from .names import NameInfo, analyse_name, fold, n_syllables, paired_latin
from .orgs import ORG_COLUMNS, link_orgs, norm_org, org_key, org_mentions
from .people import PEOPLE_COLUMNS, PeopleLinks, link_people

__all__ = ["NameInfo", "analyse_name", "fold", "n_syllables", "paired_latin", "title_concepts",
           "title_rank", "title_level", "place_keys", "host_place_keys", "has_title_data",
           "link_people", "PeopleLinks", "PEOPLE_COLUMNS", "norm_org", "org_key", "org_mentions",
           "link_orgs", "ORG_COLUMNS"]
