"""The shortcuts of the date and quantity finders (issue 16) keep their results."""

from __future__ import annotations

import datetime as dt

import pytest

from pressnlp.extract.dates import _once, find_dates, find_dates_in_release
from pressnlp.extract.numbers import FULLWIDTH, ascii_digits
from pressnlp.extract.quantities import find_quantities
from pressnlp.extract.quantities_en import _number_matches, _phrase_before
from pressnlp.extract.quantities_lexicon import quantity_data
from pressnlp.extract.titles import fold
from pressnlp.parse.dates import date_grammar
from pressnlp.records import Release

D = dt.date


def test_once_calls_its_function_on_first_use_only():
    calls = []

    def find():
        calls.append(1)
        return D(2024, 5, 6)

    first = _once(find)
    assert calls == []
    assert first() == D(2024, 5, 6) and first() == D(2024, 5, 6)
    assert calls == [1]


def test_once_keeps_a_none_result():
    calls = []
    first = _once(lambda: calls.append(1))
    assert first() is None and first() is None
    assert calls == [1]


def test_regular_past_form_rolls_a_near_date_back_a_year():
    ref = D(2024, 3, 1)
    past = find_dates("The city decorated the old harbour hall with lanterns on March 20.", "en", ref)
    assert [d.iso for d in past] == ["2023-03-20"]
    # the same with a non-ASCII character (the case-insensitive cue patterns)
    past = find_dates("The city decorated the \u201cSpring\u201d hall on March 20.", "en", ref)
    assert [d.iso for d in past] == ["2023-03-20"]


def test_participle_after_be_is_no_past_cue():
    ref = D(2024, 3, 1)
    for text in ("The hall is decorated with lanterns from March 20.",
                 "The hall has been decorated with lanterns since March 20.",
                 "The \u201cSpring\u201d hall is decorated with lanterns from March 20."):
        assert [d.iso for d in find_dates(text, "en", ref)] == ["2024-03-20"], text


def _release(paragraphs, date="2024-05-10"):
    return Release(id="t", date=date, paragraphs=tuple(paragraphs),
                   paragraph_langs=("en",) * len(paragraphs))


def test_release_dateline_is_read_only_when_a_weekday_needs_it():
    wire = "NANNING, May 8 (Xinhua) -- The trade fair opened on Tuesday in the city."
    found = find_dates_in_release(_release([wire, "Buyers came from 30 countries on Wednesday."]))
    assert [(d.text, d.iso) for d in found] == [("Tuesday", "2024-05-07"), ("Wednesday", "2024-05-08")]
    # offsets are body offsets
    body = _release([wire, "Buyers came from 30 countries on Wednesday."]).body
    assert [body[d.start:d.end] for d in found] == ["Tuesday", "Wednesday"]


def test_paragraph_dateline_anchors_an_undated_release():
    wire = "NANNING, May 8 (Xinhua) -- The trade fair opened on Tuesday in the city."
    found = find_dates_in_release(_release([wire], date=None))
    assert [(d.text, d.iso) for d in found] == [("Tuesday", None)]


# characters IGNORECASE reads as Latin letters: dotless i, long s, dotted capital I, Kelvin sign
_ODD = ["The mayor \u017figned the deal and v\u0131sited the “Silk Road” fair on March 20.",
        "THE DELEGATION VISITED N\u0130NGBO; it w\u0131ll be held on March 20, the \u212aey day.",
        "Thirty-five delegates from “Belt and Road” countries attended; \u017feven hundred came.",
        "About half of the “green” projects, one-third of the firms and Nine out of 10 buyers."]


@pytest.mark.parametrize("text", _ODD)
def test_folded_cue_patterns_match_where_the_case_insensitive_ones_do(text):
    g = date_grammar()
    folded = fold(text)
    for plain, unfolded in zip((g.future_en, g.ongoing_en, g.past_en), g.folded_cues_en):
        for lo in range(0, len(text), 7):
            assert bool(plain.search(text[lo:])) == bool(unfolded.search(folded[lo:]))


def test_a_past_cue_written_with_a_long_s_is_read():
    found = find_dates("The mayor \u017figned the deal at the “Silk Road” fair on March 20.",
                       "en", D(2024, 3, 1))
    assert [d.iso for d in found] == ["2023-03-20"]


@pytest.mark.parametrize("text", _ODD)
def test_number_starts_find_every_match_of_the_number_pattern(text):
    d = quantity_data()
    assert [m.span() for m in _number_matches(text, fold(text), d)] == \
        [m.span() for m in d.en_number_re.finditer(text)]


def test_counts_and_fractions_in_a_paragraph_with_curly_quotes():
    found = find_quantities(_ODD[2], "en") + find_quantities(_ODD[3], "en")
    assert [(q.value, q.unit) for q in found if q.unit] == [(35, "delegates")]
    assert [q.value for q in find_quantities(_ODD[3], "en")][:2] == [0.5, 1 / 3]


def test_ascii_digits_replaces_as_the_translation_table_does():
    wide = "".join(map(chr, FULLWIDTH))
    text = f"共有{wide}名代表，增长１２．５％，电话０２８－９６１１１～２"
    assert ascii_digits(text) == text.translate(FULLWIDTH)
    assert len(ascii_digits(text)) == len(text)


_BEFORE = ["Visitors numbered more than ", "the hall held over the past\n", "see Art. No. ",
           "a run of letters Abcdefghijklmnopqrstuvwxyz.no ", "", "   ", "ended at 5 ",
           "signed with nearly\t", "MORE THAN  ", "x.y.", "an estimated ", "(about ",
           "pledged\u3000not less than ", "funds of RMB"]


@pytest.mark.parametrize("before", _BEFORE)
def test_phrase_before_finds_the_modifier_and_frame_the_full_search_finds(before):
    d = quantity_data()
    for pattern, reach in ((d.en_mod_re, d.en_mod_reach), (d.en_frame_re, d.en_frame_reach)):
        full, near = pattern.search(before), _phrase_before(pattern, before, reach)
        assert (full and (full.span(), full.groupdict())) == (near and (near.span(), near.groupdict()))


def test_phrase_before_reads_the_modifier_of_a_count():
    d = quantity_data()
    mod = _phrase_before(d.en_mod_re, "a delegation of more than ", d.en_mod_reach)
    assert mod is not None and mod.group("mod") == "more than"
    assert _phrase_before(d.en_mod_re, "a delegation of more than", d.en_mod_reach) is None


def test_a_form_needing_a_month_word_does_not_run_without_one():
    g = date_grammar()
    dm = next(f for f in g.en if f.kind == "dm")
    months = next(f for f in g.en if f.kind == "range_cross").starts
    assert len(dm.needs) == 2 and dm.needs[0] is months  # the shared month scan comes first
    assert [m.group() for m in dm.finditer("Talks held on the 7th of April and 15 May 2019.")] \
        == ["the 7th of April", "15 May 2019"]
    assert list(dm.finditer("On the 7th, 31 delegates from 12 cities met.")) == []


def test_needs_may_be_one_pattern():
    g = date_grammar()
    range_d = next(f for f in g.en if f.kind == "range_d")
    assert len(range_d.needs) == 1
    assert [m.group("t") for m in range_d.finditer("Open between the 11th and the 13th.")] \
        == ["11th and the 13th"]


def test_spelled_numbers_dropped_before_their_noun_is_read():
    text = ("The two sides agreed that one place would host the three-day fair for one million "
            "visitors; nine provinces sent teams.")
    found = [(q.text, q.value, q.unit) for q in find_quantities(text, "en")]
    assert found == [("three-day", 3, "days"), ("one million visitors", 1_000_000, "visitors"),
                     ("nine provinces", 9, "provinces")]
