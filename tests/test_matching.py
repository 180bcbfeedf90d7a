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
