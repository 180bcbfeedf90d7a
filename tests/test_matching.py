"""The one-pass keyword matcher behind the slogan lexicon and the theme cues."""

import re
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from pressnlp.classify.matching import KeywordScanner, PatternSet


def find_all(hay, kw):
    """Reference: repeated str.find from the end of the previous occurrence."""
    out, at = [], hay.find(kw)
    while at >= 0:
        out.append(at)
        at = hay.find(kw, at + len(kw))
    return out


def test_scanner_finds_overlapping_and_nested_keywords():
    keywords = ["一带一路", "一带", "带一路", "一路", "高质量发展", "发展"]
    text = "共建“一带一路”推动高质量发展，一带一路一带一路合作持续发展。"
    found = KeywordScanner(keywords).occurrences(text)
    assert found == {kw: find_all(text, kw) for kw in keywords if kw in text}
    assert found["一带一路"] == [3, 16, 20]
    assert found["一路"] == [5, 18, 22]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text("abc", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text("abcd", max_size=40))
def test_scanner_agrees_with_repeated_find(keywords, text):
    expected = {kw: find_all(text, kw) for kw in keywords if kw in text}
    assert KeywordScanner(keywords).occurrences(text) == expected


def test_scanner_escapes_regex_characters():
    found = KeywordScanner(["1+1", "(一)"]).occurrences("方案(一)提出1+1模式")
    assert found == {"(一)": [2], "1+1": [7]}


def test_plain_phrases_longest_first():
    ps = PatternSet()
    for phrase in ("对外开放", "高水平对外开放", "开放"):
        ps.add(re.escape(phrase), phrase, phrase, len(phrase))
    text = "推进高水平对外开放，扩大开放。"
    assert [(s, e, p) for s, e, p in ps.finditer(text)] == [(2, 9, "高水平对外开放"), (12, 14, "开放")]


def test_overlaps_go_to_the_earlier_match_then_the_earlier_pattern():
    ps = PatternSet(flags=re.IGNORECASE, lower=True)
    first, second, third = {"cue": "trade fair"}, {"cue": "fair trade"}, {"cue": "trade"}
    ps.add(r"\btrade fair\b", "trade", first, 10, {"trade", "fair"})
    ps.add(r"\bfair trade\b", "trade", second, 10, {"trade", "fair"})
    ps.add(r"\btrade\b", "trade", third, 5, {"trade"})
    ps.add(r"\bTRADE\b", "trade", "same span, added later", 5, {"trade"})
    text = "The fair trade fair opened; trade grew."
    assert list(ps.finditer(text)) == [(4, 14, second), (28, 33, third)]


def en_set():
    ps = PatternSet(flags=re.IGNORECASE, lower=True)
    ps.add(r"\bwin-win cooperation\b", "cooperation", "WINWIN", 19, {"win", "cooperation"})
    ps.add(r"\bcooperation\b", "cooperation", "COOP", 11, {"cooperation"})
    ps.add(r"\bsister cit(?:y|ies)\b", "sister", "SISTER", 13, {"sister"})
    return ps


def test_english_patterns_need_all_their_words():
    text = "The two sister cities agreed on practical cooperation and win-win cooperation."
    found = [(text[s:e], p) for s, e, p in en_set().finditer(text)]
    assert found == [("sister cities", "SISTER"), ("cooperation", "COOP"),
                     ("win-win cooperation", "WINWIN")]


def test_english_pattern_without_its_other_word_is_not_matched():
    text = "Both sides praised the cooperation between the Sister Cities."
    found = [p for _, _, p in en_set().finditer(text)]
    assert found == ["COOP", "SISTER"]


def test_analysis_path_does_not_import_scikit_learn():
    code = ("import sys\n"
            "from pressnlp.classify import classify\n"
            "from pressnlp.records import Release\n"
            "rel = Release(id='t', title='Mayor Meets Consul General', language='en', paragraphs=("
            "'The mayor met the consul general and discussed trade and sister-city exchanges.',))\n"
            "themes, slogans = classify(rel)\n"
            "assert themes\n"
            "print(sorted(m for m in ('sklearn', 'scipy', 'pandas') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- pre-filters: literal pieces of keyword-less patterns, the leading word boundary ------

from pressnlp.classify.matching import (_boundary_after_first_char, folds_apart, holds_pieces,
                                        required_pieces)

CUE_PATTERNS = [
    r"\b(?:municipal|city|provincial) (?:government )?delegation (?:led by|visited)",
    r"\b(?:led|leads|leading) (?:an? |the )?(?:[\w'’\-]+ ){0,6}delegation to (?-i:[A-Z])",
    r"(?<=[\"“])four cent(?:er|re)s(?=[\"”])",
    r"\bconsul[\s\-‐–]+(?:the\s+)?general(?:s|es)?\b",
    r"(?<![A-Za-z0-9])Sister\s*,?[\s\-‐–\"“”]+(?:(?:the|an|a)\s+)?Cities(?![A-Za-z0-9])",
]


def test_required_pieces_of_a_cue_regex():
    needs = required_pieces(CUE_PATTERNS[0], re.IGNORECASE, lowered=True)
    assert ("delegation ",) in needs
    assert ("city", "municipal", "provincial") in needs
    assert not any("government" in p for group in needs for p in group)  # optional part
    zh = required_pieces(r"(?:拜访|走访)[^，。]{0,12}(?:使馆|领事馆)", 0, lowered=False)
    assert sorted(zh) == [("使馆", "领事馆"), ("拜访", "走访")]


def test_keywordless_pattern_is_tried_only_when_its_pieces_occur():
    ps = PatternSet(flags=re.IGNORECASE, lower=True)
    ps.add(CUE_PATTERNS[0], "", "DELEGATION")
    text = "A Municipal Government Delegation visited the port of Osaka on Monday."
    assert [p for _, _, p in ps.finditer(text)] == ["DELEGATION"]
    assert list(ps.finditer("The municipal government met a trade mission.")) == []


CALL_ON = r"\b(?:visited|called on|paid (?:a )?visits? to) the (?:embassy|consulate) of"


def test_pieces_join_an_alternation_to_the_text_beside_it():
    needs = required_pieces(CALL_ON, re.IGNORECASE, lowered=True)
    assert (" to the ", "called on the ", "visited the ") in needs
    assert (" the consulate", " the embassy") in needs
    ps = PatternSet(flags=re.IGNORECASE, lower=True)
    ps.add(CALL_ON, "", "CALL")
    assert [p for _, _, p in ps.finditer("The mayor Called On the Embassy of Peru.")] == ["CALL"]
    assert [p for _, _, p in ps.finditer("They paid a visit to the consulate of Chile.")] == ["CALL"]
    assert list(ps.finditer("He visited the port, then the embassy of Peru.")) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["visited", "Called on", "paid a", "visits", "visit to", "to",
                                 "the", "The", "embassy", "consulate", "of", "city", " ", "\n"]),
                max_size=12))
def test_joined_pieces_keep_every_match(words):
    text = " ".join(words)
    if re.search(CALL_ON, text, re.IGNORECASE):
        assert holds_pieces(text.lower(), required_pieces(CALL_ON, re.IGNORECASE, lowered=True))


@settings(max_examples=300, deadline=None)
@given(st.text("aA sSſıİlednoivcty-‐’\"“””42\n", max_size=60), st.sampled_from(CUE_PATTERNS))
def test_prefilters_keep_every_match(text, pattern):
    """A text a pattern matches holds its pieces (unless it folds apart), and the pattern with
    its leading boundary moved after the first letter matches the same spans."""
    rx = re.compile(pattern, re.IGNORECASE)
    fast = re.compile(_boundary_after_first_char(pattern), re.IGNORECASE)
    for probe in (text, "the delegation " + text, text.replace("a", "Sister cities ")):
        spans = [m.span() for m in rx.finditer(probe)]
        assert [m.span() for m in fast.finditer(probe)] == spans
        for lo in range(0, len(probe), 7):
            assert ([m.span() for m in fast.finditer(probe, lo, len(probe) - 3)]
                    == [m.span() for m in rx.finditer(probe, lo, len(probe) - 3)])
        hay = probe.lower()
        if spans and not folds_apart(hay):
            assert holds_pieces(hay, required_pieces(pattern, re.IGNORECASE, lowered=True))


def test_leading_boundary_moves_after_a_plain_first_letter_only():
    assert _boundary_after_first_char(r"\bsister cit(?:y|ies)\b") == r"s(?<!\w.)ister cit(?:y|ies)\b"
    assert _boundary_after_first_char(r"(?<![A-Za-z0-9])Ice City") == r"I(?<![A-Za-z0-9].)ce City"
    for unchanged in (r"\b(?:and|&) more", r"\bs?ister", r"sister\b"):
        assert _boundary_after_first_char(unchanged) == unchanged
