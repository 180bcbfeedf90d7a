"""The shortcut of the English organisation scan (keywords before which a template or generic
phrase may begin) finds exactly what the whole pattern finds at every start."""

from __future__ import annotations

import dataclasses
import re

import pytest

from pressnlp.extract.orgs import ACRONYM, _ANY_ACRONYM, OrgsGrammar, _en_matches, _has_keyword, _hot_ranges, _keyword_first
from pressnlp.extract.vocab import Vocab, finditer_from
from pressnlp.lexicon import default_grammar, default_lexicon

_TEXTS = [
    "Wang Hong, director of the Qingdao Municipal Foreign Affairs Office, met the Consul General.",
    "The Embassy of the Republic of Korea in China and the CPC Yantai Municipal Committee agreed; "
    "then SubOffice of Weifang staff (WFO) visited.",
    "Guests: Busan City, Incheon; Chamber of Commerce & Industry of Osaka (COCIO) - Mr. Sato.",
    "Communist Party of China Jinan Committee, People's Government of Zibo City and Zibo Daily",
    "No organisation here, only Spring Festival greetings in Harbin, Heilongjiang.",
    "officials of the Jiangsu Provincial Government and élus of Lyon Métropole Council met; "
    "Mayor Li Wei hosted Director-General Tanaka of the Japan Foundation Beijing Office.",
    "Kyrgyz–Chinese Youth Union, O’Neill & Partners Group and the U.S. Trade Office.",
    "",
]


@pytest.fixture(scope="module")
def orgs() -> OrgsGrammar:
    return default_grammar(OrgsGrammar)


@pytest.mark.parametrize("text", _TEXTS)
def test_the_english_scan_is_the_plain_scan(orgs, text):
    assert orgs.en_keywords is not None
    plain = [m.span() for m in finditer_from(orgs.en_any, orgs.en_any_starts, text)]
    assert [m.span() for m in _en_matches(orgs, text)] == plain


@pytest.mark.parametrize("text", _TEXTS + ["Delegates of the Zibo Trade Council  (ZTC) and ( ZTC)."])
def test_an_acronym_is_found_by_its_parenthesis_where_the_spaces_before_it_are(text):
    assert (_ANY_ACRONYM.search(text) is None) == (re.search(ACRONYM, text) is None)


def test_every_template_of_the_lexicon_has_a_required_capitalised_word():
    assert all(map(_has_keyword, default_grammar(Vocab).templates["en_templates"]))
    assert not _has_keyword("{X} (?:Municipal )?government")  # only an optional capital
    assert not _has_keyword("(?:Embassy|office) of {X}")  # a branch without one
    assert _has_keyword("(?:Consulate[- ]General|Embassy) of (?:the )?{X}")


def test_a_keyword_comes_before_any_lower_case_word_of_a_template():
    assert all(map(_keyword_first, default_grammar(Vocab).templates["en_templates"]))
    assert _keyword_first("Office of (?:the )?{X}")
    assert _keyword_first("{X} (?:Consulate[- ]General|Embassy)(?: in {X})?")
    assert not _keyword_first("(?:the )?Office of {X}")
    assert not _keyword_first("(?:Ministry |the )?Bureau of {X}")


def test_hot_ranges_run_from_a_barrier_to_a_keyword(orgs):
    keyword, barrier = orgs.en_keywords
    text = "Wang said the Harbin Foreign Affairs Office, and Qingdao City staff"
    ranges = _hot_ranges(text, keyword, barrier)
    # from after the first letter of a word in lower case to the last keyword of a run
    assert [text[a:k] for a, k in ranges] == ["he Harbin Foreign Affairs ", "nd Qingdao "]


def test_a_template_of_unknown_characters_turns_the_shortcut_off():
    v = Vocab.from_lexicon(default_lexicon())
    templates = {**v.templates, "en_templates": [r"{X}\s+Trade Office"]}
    g = dataclasses.replace(OrgsGrammar.from_lexicon(default_lexicon()),
                            vocab=dataclasses.replace(v, templates=templates))
    assert g.en_keywords is None
    text = "Mr. Li met the Ningbo  Trade Office team."
    assert [m.group() for m in _en_matches(g, text)] == ["Ningbo  Trade Office"]
