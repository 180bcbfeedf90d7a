"""The shortcuts of the date and quantity finders (issue 16) keep their results."""

from __future__ import annotations

import datetime as dt

from pressnlp.extract.dates import _once, find_dates
from pressnlp.records import Release
from pressnlp.extract.dates import find_dates_in_release

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
