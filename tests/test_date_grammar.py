"""One date grammar for header, body and URL dates (issue 11): the same forms of dates.yaml,
compiled once into an immutable DateGrammar; header mode is a flag on them."""

import dataclasses
import datetime as dt
import importlib

import pytest

from pressnlp.extract.dates import find_dates
from pressnlp.lexicon import Lexicon, LexiconError
from pressnlp.parse.date_grammar import DateGrammar, compile_date_grammar
from pressnlp.parse.grammar import parse_grammar
from lexicons import lexicon_folder, lexicon_installed

parse_dates = importlib.import_module("pressnlp.parse.dates")  # pressnlp.parse is also a function
find_date, url_date = parse_dates.find_date, parse_dates.url_date

REF = dt.date(2024, 9, 25)


def body_isos(text, lang="en"):
    return [(m.text, m.iso) for m in find_dates(text, lang, REF)]


# every form that serves header mode, in a body sentence: header and body read the same day
@pytest.mark.parametrize("text, lang, written, iso", [
    ("The memorandum was signed in Shenyang on 2024-09-20.", "en", "2024-09-20", "2024-09-20"),
    ("2024 年 5 月 10 日，市外办主任会见了来访的友城代表团。", "zh", "2024 年 5 月 10 日", "2024-05-10"),
    ("市政府于2024年5月10号召开全市外事工作会议。", "zh", "2024年5月10号", "2024-05-10"),
    ("The visa centre moved to a new address on 22-Jun-2024.", "en", "22-Jun-2024", "2024-06-22"),
    ("The office released the notice on 2017-Dec-27 in Harbin.", "en", "2017-Dec-27", "2017-12-27"),
    ("The mayor met the Consul General on November 1, 2023 in Chengdu.", "en",
     "November 1, 2023", "2023-11-01"),
    ("The delegation returned to Harbin on May 24,2018 after a week in Khabarovsk.", "en",
     "May 24,2018", "2018-05-24"),
    ("The consulate reopened its visa hall on 13th Jul, 2019 in Guangzhou.", "en",
     "13th Jul, 2019", "2019-07-13"),
    ("THE FRIENDSHIP FORUM OPENED ON JUNE 13, 2018 IN DALIAN.", "en", "JUNE 13, 2018", "2018-06-13"),
    ("Applications for the summer camp closed on 05.08.2019 at noon.", "en", "05.08.2019",
     "2019-08-05"),
    ("The student exchange started on 10/19/2016 in Qingdao.", "en", "10/19/2016", "2016-10-19"),
])
def test_header_and_body_read_the_same_full_dates(text, lang, written, iso):
    assert body_isos(text, lang) == [(written, iso)]
    found = find_date(text)
    assert found is not None and found[0] == iso and text[found[1]:found[2]] == written


def test_header_mode_takes_only_full_dates():
    text = "The delegation arrived in Nanning on March 5 for the trade fair."
    assert body_isos(text) == [("March 5", "2024-03-05")]
    assert find_date(text) is None
    assert find_date("编辑：王芳 2024年5月") is None


def test_header_mode_takes_the_first_full_date_of_a_line():
    assert find_date("Updated: 2023-11-02 | First published: November 01, 2023")[0] == "2023-11-02"
    assert find_date("发布时间：2021年3月9日 10:20  阅读次数：2021")[0] == "2021-03-09"


@pytest.mark.parametrize("line", [
    "Mayor 5, 2020 Delegation",  # a word starting with a month abbreviation is no month
    "Version 1.2024.05.06",  # a date inside a longer number
    "2023-02-30",  # no such day
])
def test_header_mode_rejects_what_is_no_date(line):
    assert find_date(line) is None


def test_url_mode_is_part_of_the_same_grammar():
    grammar = compile_date_grammar(Lexicon.load())
    assert grammar.url_date("http://www.example.gov.cn/zwgk/202405/t20240510_118.html") == "2024-05-10"
    assert grammar.url_date("http://example.cn/item/20231301999_1.html") is None
    assert url_date("http://example.cn/news/2022/0315/c1002-77.html") == "2022-03-15"
    assert grammar.crawler_date(" date 2023-11-01 ") == "2023-11-01"
    assert grammar.crawler_prefix_end("date 2024-08-23 Consuls visit Dalian") == len("date 2024-08-23")


def test_the_grammar_is_immutable_and_built_from_a_lexicon():
    grammar = compile_date_grammar(Lexicon.load())
    assert isinstance(grammar, DateGrammar)
    with pytest.raises(dataclasses.FrozenInstanceError):
        grammar.dl_max_start = 0
    with pytest.raises(TypeError):
        grammar.month_of["sept"] = 10
    assert {f.kind for f in grammar.header} == {"md", "dm", "numeric", "numeric_mon"}
    assert all(f.header for f in grammar.header)


def test_a_user_form_flagged_header_serves_header_and_body(tmp_path):
    lex = lexicon_folder(tmp_path, {
        "dates.yaml": ("forms:\n  common:\n    - kind: numeric\n      gate: 'dated '\n      header: true\n"
                       "      pattern: '(?<=dated )(?P<y>20\\d\\d)(?P<m1>[01]\\d)(?P<d1>[0-3]\\d)(?!\\d)'\n"),
    })
    text = "The consulate letter dated 20240510 invited alumni to a reception."
    assert find_date(text) is None
    with lexicon_installed(Lexicon.load(extra=[lex])):
        assert find_date(text)[0] == "2024-05-10"
        assert body_isos(text) == [("20240510", "2024-05-10")]
    assert find_date(text) is None


def test_the_header_flag_must_be_true_or_false(tmp_path):
    lex = lexicon_folder(tmp_path, {
        "dates.yaml": ("forms:\n  common:\n    - kind: numeric\n      header: 'often'\n"
                       "      pattern: '(?P<y>20\\d\\d)(?P<m1>[01]\\d)(?P<d1>[0-3]\\d)'\n"),
    })
    with pytest.raises(LexiconError, match=r"dates\.yaml:4: expected true or false"):
        Lexicon.load(extra=[lex])


@pytest.mark.parametrize("line, iso", [
    ("发布时间：2023-03-24 10:20 星期五", "2023-03-24"),
    ("Posted: Aug 29, 2023, 09:00 ET", "2023-08-29"),
    ("更新时间：2024年5月10号 北京时间 08:30", "2024-05-10"),  # 号 from the body forms
    ("2023-03-24 市外办召开友城工作会议", None),  # a headline after the date
])
def test_a_bare_date_line_allows_the_header_line_words_of_the_grammar(line, iso):
    header = importlib.import_module("pressnlp.parse.header")
    assert header.date_only(line, parse_grammar()) == iso


@pytest.mark.parametrize("title", [
    "Friendship Week opens in Harbin, 15 February 2019",  # day-first: a header form
    "Friendship Week opens in Harbin (2019-02-15)",
])
def test_an_undated_page_is_dated_by_the_full_date_of_its_title(title):
    from pressnlp.extract.dates import find_dates_in_release
    from pressnlp.records import Release

    rel = Release(date=None, language="en", title=title,
                  paragraphs=("The mayor met the visiting delegation from Niigata on Tuesday.",))
    assert [(m.text, m.iso, m.inferred) for m in find_dates_in_release(rel)] == [
        ("Tuesday", "2019-02-12", False)]


def test_a_closing_date_line_in_any_header_form_stays_in_the_body():
    import pressnlp as pn

    page = ("Notice on the Summer Visa Service Hours\n"
            "Date: 2023-06-05  Source: Consulate General\n"
            "From June 12 to August 25, the visa section of the Consulate General will receive "
            "applications from 9:00 to 11:30 on weekdays.\n"
            "Applicants are asked to book an appointment online in advance and to bring the "
            "original documents.\n"
            "Consulate General of the Republic of Korea in Shenyang\n"
            "June 5, 2023\n"
            "Home\n")
    assert pn.parse(page).paragraphs[-2:] == (
        "Consulate General of the Republic of Korea in Shenyang", "June 5, 2023")


def test_two_compilations_are_two_grammars_each_usable_as_a_cache_key():
    a, b = compile_date_grammar(Lexicon.load()), compile_date_grammar(Lexicon.load())
    assert a is not b and len({a, b}) == 2
    assert a.header_date("Date: 2024-01-03") == b.header_date("Date: 2024-01-03")
