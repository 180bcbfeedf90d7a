"""The shortcuts of the officials rules find exactly what the plain patterns find."""

from __future__ import annotations

import re
import sys

import pytest

from pressnlp.extract.officials import OfficialsGrammar, _is_word_char, _occurrences
from pressnlp.extract.officials_en import _title_within, find_en
from pressnlp.extract.names import _is_name, is_name
from pressnlp.extract.titles import _head, en_titles, fold, title_at, zh_titles
from pressnlp.extract.vocab import finditer_from
from pressnlp.lexicon import default_grammar
from pressnlp.textutil import trie


@pytest.fixture(scope="module")
def titles():
    return default_grammar(OfficialsGrammar).en.titles


_TEXTS = [
    "Vice Mayor Hao Ming met Deputy Director-General Zhang Xiaomei of Hubei FAO.",
    "Luan Jianzhang, director of the Harbin Foreign Affairs Office, told reporters.",
    "Her title was ViceMayor, then co-chair; the Counselor and the counsellor spoke.",
    "Co-operation with Co Chair Wang, the cochair, a co-founder and Executive Vice President Li",
    "the discomayor of the DEPUTY SECRETARY-GENERAL met Chargé d’Affaires Li Wei",
    # characters IGNORECASE reads as Latin letters: dotless i, long s, dotted capital I, Kelvin
    "Dırector Wang, \u017fecretary Li, D\u0130RECTOR Zhao and \u212aey Member Sun",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_en_titles_are_the_matches_of_the_whole_pattern(titles, text):
    assert list(en_titles(titles, text)) == [m.span() for m in titles.en.finditer(text)]


@pytest.mark.parametrize("text", _TEXTS)
def test_title_at_every_position_is_the_plain_match(titles, text):
    for pos in range(len(text) + 1):
        m = titles.en.match(text, pos)
        assert title_at(titles, text, pos, capital=False) == (m.span() if m else None)


@pytest.mark.parametrize("text", _TEXTS + [
    "Zhou Min, Foreign Affairs Adviser to the city, and Li Hua, regional investment officer, spoke.",
    "Chen Jie, deputydirector, met the co-chairs; then, after lunch, the vice mayor left.",
])
def test_a_title_begins_only_where_the_title_scan_says_one_may(titles, text):
    spans = list(en_titles(titles, text))
    starts = [s for s, _ in spans]
    some_false = False
    for lo in range(len(text) + 1):
        for hi in range(lo, min(len(text), lo + 70) + 1):
            within = _title_within(spans, starts, lo, hi)
            if any(title_at(titles, text, p, capital=False) for p in range(lo, hi)):
                assert within, (lo, hi)
            some_false |= not within
    assert some_false or not text


def test_a_qualified_title_after_a_comma_is_still_read():
    g = default_grammar(OfficialsGrammar).en
    text = "The talks were held by Zhou Min, Foreign Affairs Adviser of Qingdao, on Monday."
    (found,) = find_en(text, g)
    assert text[slice(*found.name)] == "Zhou Min"
    assert [text[slice(*t)] for t, _ in found.posts] == ["Foreign Affairs Adviser"]


def test_fold_keeps_length_and_reads_every_character_as_ignorecase_does(titles):
    """On the folded copy, a folded letter of the title patterns matches exactly the characters
    IGNORECASE matches to it, and ``\\w`` / ``\\s`` / the separators match what they matched: the
    case-sensitive folded pattern finds what the case-insensitive one finds."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    folded = fold(every)
    assert len(folded) == len(every)
    for cls in (r"\w", r"\s", "[-‐–'’]"):
        assert [m.start() for m in re.finditer(cls, every)] == [m.start() for m in re.finditer(cls, folded)]
    letters = {ch for ch in titles.en_folded.pattern if ch.isalpha()} | set("abcdefghijklmnopqrstuvwxyz")
    for letter in sorted(letters):
        assert fold(letter) == letter
        assert [m.start() for m in re.finditer(re.escape(letter), every, re.I)] == \
            [m.start() for m in re.finditer(re.escape(letter), folded)], letter


def test_heads_are_two_words_up_to_a_spelling_variant():
    sep = r"\W*"
    assert "".join(_head("Counsellor")) == "counse"
    assert "".join(_head("Organization Director")) == "organi"
    assert "".join(_head("Chargé d'Affaires")) == "chargé" + sep + "d"
    assert "".join(_head("Deputy Director-General")) == "deputy" + sep + "director"
    assert "".join(_head("Co", r"\W")) == r"co\W"
    assert "".join(_head("Executive Vice", r"\W")) == "executive" + sep + r"vice\W"


def test_trie_matches_where_a_head_begins():
    pattern = re.compile(trie([list(w) for w in ["vice", "vic", "deputy", "director"]], prefixes=True))
    assert pattern.pattern == "(?:d(?:eputy|irector)|vic)"
    assert [m.start() for m in pattern.finditer("a victory for the deputy director")] == [2, 18, 25]
    assert trie([], prefixes=True) == ""


@pytest.mark.parametrize("word, text", [
    ("Li", "Li Wei met Li. Lin and Lili were there; Mayor Li_ and 李Li, Li"),
    ("Li Li", "xLi Li Li Li and Li Lina"),
    ("aa", "aaaa aa a aaa"),
    ("", "a b"),
])
def test_occurrences_are_what_finditer_finds(word, text):
    whole = rf"(?<![\w]){re.escape(word)}(?![\w])"
    assert list(_occurrences(word, text, whole_words=True)) == [m.span() for m in re.finditer(whole, text)]
    assert list(_occurrences(word, text, whole_words=False)) == [m.span() for m in re.finditer(re.escape(word), text)]


def test_word_characters_are_those_of_backslash_w():
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    word = {m.start() for m in re.finditer(r"\w", every)}
    assert {i for i in range(len(every)) if _is_word_char(every, i)} == word


@pytest.mark.parametrize("text", [
    "市委副书记、市长郝志成会见了德国驻沈阳总领事馆总领事毕满天一行。",
    "原副市长、时任常务副秘书长王强，新任市外办主任李红出席；执行主席致辞。",
    "泰国驻昆明总领事出席，驻华大使馆参赞陪同。市领导周舟、王涛参加。",
])
def test_chinese_titles_are_tried_where_the_whole_pattern_matches(titles, text):
    assert [m.span() for m in finditer_from(titles.zh, titles.zh_starts, text)] == \
        [m.span() for m in titles.zh.finditer(text)]
    assert all(titles.zh_starts.match(text, m.start()) for m in titles.zh.finditer(text))


def test_chinese_titles_of_the_last_text_are_read_again_not_rescanned(titles):
    first = "外办主任李红会见了日本驻沈阳总领事馆总领事山田一郎。"
    second = "副市长王强出席开幕式并致辞。"
    spans = zh_titles(titles, first)
    assert spans == tuple(m.span() for m in titles.zh.finditer(first))
    assert zh_titles(titles, first) is spans  # the same text: kept
    assert zh_titles(titles, second) == tuple(m.span() for m in titles.zh.finditer(second))
    assert zh_titles(titles, first) == spans


@pytest.mark.parametrize("words", ["Li Qiang", "Foreign Affairs Office", "Maria de Souza", "Mayor Li",
                                   "Wang Xiaomei Director", "AB CD", "Jean-Pierre Dupont"])
def test_is_name_remembers_its_answers(words):
    names = default_grammar(OfficialsGrammar).names
    assert is_name(names, words) == _is_name.__wrapped__(words, names) == is_name(names, words)
