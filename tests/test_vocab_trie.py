"""vocab.trie_alternation: a trie-shaped alternation must match exactly like the plain
longest-first alternation (same match, same order of the items tried when what follows fails)."""

from __future__ import annotations

import re

import pytest

from pressnlp.extract.vocab import alternation, trie_alternation, word_start_alternation

ORGS = ["Foreign Affairs Office", "Foreign Affairs Office of Shenyang", "Foreign Trade Bureau",
        "Office", "Offices of the Mayor", "Organisation of Friendship", "Counsellor Office", "FAO",
        "FAOs", "People's Government", "Shenyang FAO"]
TEXTS = ["The Foreign-Affairs Office of Shenyang and the Foreign Affairs Office met.",
         "The Organization of Friendship and the Organisation of Friendship wrote to the FAO.",
         "The Offices of the Mayor, the Counselor Office and the People’s Government (PG).",
         "Shenyang FAOs and ForeignAffairs Office staff joined the Foreign  Trade Bureau."]


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


def test_trie_is_shorter_and_matches_as_the_plain_alternation() -> None:
    plain, trie = alternation(ORGS, flexible=True), trie_alternation(ORGS, flexible=True)
    assert plain.count("Affairs") == 2 and trie.count("Affairs") == 1  # a shared beginning, once
    for text in TEXTS:
        for wrap in (r"\b(?:{})\b", r"(?:{})", r"((?:{}))\s*\(([A-Z]+)\)", r"(?:{})(?= [a-z])"):
            assert _spans(wrap.format(trie), text) == _spans(wrap.format(plain), text), (wrap, text)


def test_a_shorter_item_is_tried_when_what_follows_the_longer_fails() -> None:
    trie = trie_alternation(["Shenyang", "Shenyang Foreign Affairs Office"], flexible=True)
    m = re.match(rf"(?:{trie}) Foreign Affairs Office", "Shenyang Foreign Affairs Office")
    assert m is not None and m.end() == len("Shenyang Foreign Affairs Office")


@pytest.mark.parametrize("items", [
    ["沈阳市", "沈阳", "沈阳市人民政府", "大连市", "辽宁省"],  # literal Chinese names
    ["Beijing", "Bei", "Beijing-Tianjin", "B.C.", "St. Petersburg", "a+b", "a?"],  # metacharacters
])
def test_literal_tries_match_as_the_plain_alternation(items: list[str]) -> None:
    text = "沈阳市人民政府和大连市、沈阳与辽宁省 Beijing-Tianjin, Bei, B.C. and St. Petersburg a+b a?"
    assert _spans(trie_alternation(items), text) == _spans(alternation(items), text)


def test_items_the_trie_cannot_order_fall_back_to_the_plain_alternation() -> None:
    # "Foreign Affairs" may match "ForeignAffairs" (spaces are optional), so does "ForeignAffairs":
    # two branches that can start alike
    items = ["Foreign Affairs", "ForeignAffairs Bureau"]
    assert trie_alternation(items, flexible=True) == alternation(items, flexible=True)
    # a curly apostrophe written in one item and the flexible ' of another
    items = ["People’s Bank", "People's Congress"]
    assert trie_alternation(items, flexible=True) == alternation(items, flexible=True)
    # an item of hyphens only: the plain alternation has an empty branch
    items = [" - ", "Office"]
    assert trie_alternation(items, flexible=True) == alternation(items, flexible=True)
    assert trie_alternation([]) == alternation([]) == r"(?!x)x"


def test_a_look_behind_after_the_first_character_matches_as_one_in_front() -> None:
    items = ["Jilin", "Jiangsu", "Ji'an", "Korea", "Korean"]
    text = "Jilin, Jiangsu-Korean trade; NorthKorea, Ji'an and Korea.\nJilin"
    behind = r"(?<![\w'’\-][\s\S])"
    after = trie_alternation(items, after_first=behind)
    assert _spans(rf"(?:{after})(?!\w)", text) == _spans(rf"(?<![\w'’\-])(?:{alternation(items)})(?!\w)", text)
    assert [text[a:b] for a, b in _spans(rf"(?:{after})(?!\w)", text)] == ["Jilin", "Jiangsu", "Ji'an", "Korea", "Jilin"]
    with pytest.raises(ValueError):
        trie_alternation(items, flexible=True, after_first=behind)


@pytest.mark.parametrize("items, flexible", [
    (ORGS, True),
    (["沈阳市", "沈阳", "大连市外办", "FAO", "_x"], False),
    (["(FAO)", "FAO", "Office"], False),  # an item beginning with a non-word character: \b kept
])
def test_a_word_start_trie_matches_as_the_plain_word_start_alternation(items, flexible) -> None:
    fast = word_start_alternation(items, flexible=flexible)
    plain = rf"\b(?:{alternation(items, flexible=flexible)})"
    texts = TEXTS + ["沈阳市人民政府与大连市外办、辽宁FAO；x沈阳 沈阳", "the (FAO), x(FAO), FAO(FAO) xOffice _x"]
    for text in texts:
        for wrap in (r"(?:{})\b", r"(?:{})", r"((?:{}))\s*\(([A-Z]+)\)"):
            assert _spans(wrap.format(fast), text) == _spans(wrap.format(plain), text), (wrap, text)
    assert fast.startswith(r"\b") == (items[0] == "(FAO)")  # the look-behind form when it can
