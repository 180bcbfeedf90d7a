"""Date mentions resolved against the publication date, on genre-style sentences."""

import datetime as dt

import pytest

from pressnlp.extract.dates import find_dates, find_dates_in_release, find_dateline
from pressnlp.records import Release
from lexicons import lexicon_folder

D = dt.date


def isos(text, lang="en", ref=None, **kw):
    return [(m.text, m.iso) for m in find_dates(text, lang, ref, **kw)]


@pytest.mark.parametrize("text, expected", [
    ("The delegation arrived in Harbin on Sept.5 for talks.", ("Sept.5", "2024-09-05")),
    ("The fair opened on Aug 7 in Changchun.", ("Aug 7", "2024-08-07")),
    ("The consuls met on the morning of May 29th.", ("May 29th", "2024-05-29")),
    ("On 15 February 2019, the office held a reception.", ("15 February 2019", "2019-02-15")),
    ("On the afternoon of 7th April, the students arrived.", ("7th April", "2024-04-07")),
    ("In December 1, 2017 the two cities signed a memorandum.", ("December 1, 2017", "2017-12-01")),
    ("From April 23 to 26, 2024, the expo was held in Kunming.",
     ("April 23 to 26, 2024", "2024-04-23/2024-04-26")),
    ("The training ran from May 19th to 26th.", ("May 19th to 26th", "2024-05-19/2024-05-26")),
    ("On December 15 to 17, the students toured Harbin.",
     ("December 15 to 17", "2023-12-15/2023-12-17")),
    ("The forum took place from December 28-30, 2018.",
     ("December 28-30, 2018", "2018-12-28/2018-12-30")),
    ("The camp ran from 14 to 20 June 2018 in Dalian.",
     ("14 to 20 June 2018", "2018-06-14/2018-06-20")),
    ("The group toured from August 30 to September 2.",
     ("August 30 to September 2", "2024-08-30/2024-09-02")),
    ("On August 23rd and 24th, the delegation visited Sendai.",
     ("August 23rd and 24th", "2024-08-23/2024-08-24")),
])
def test_english_forms(text, expected):
    assert expected in isos(text, ref=D(2024, 9, 20))


def test_year_rollover_for_a_reported_event():
    # a January release reporting a December event: previous year
    assert isos("On December 20th, the mayor met the consuls.", ref=D(2024, 1, 3)) == [
        ("December 20th", "2023-12-20")]


def test_future_tense_keeps_or_advances_the_year():
    text = '"I am looking forward to coming back in January," said the guest.'
    assert isos(text, ref=D(2022, 9, 11)) == [("January", "2023-01")]
    assert isos("展览将持续至11月10日，市民可免费参观。", "zh", D(2019, 11, 2)) == [
        ("11月10日", "2019-11-10")]


def test_explicit_and_historical_years_are_kept():
    found = isos("Since December 17, 2024, the policy has applied; ties began in 1980.",
                 ref=D(2026, 1, 22))
    assert found == [("December 17, 2024", "2024-12-17")]


def test_mt_oddity_of_last_year():
    assert isos("The survey started on March, 5th of last year.", ref=D(2017, 4, 12)) == [
        ("March, 5th of last year", "2016-03-05")]


def test_month_only_needs_a_preposition():
    text = "When the epidemic broke out in February, Sapporo donated 20,000 masks."
    assert isos(text, ref=D(2020, 11, 27)) == [("February", "2020-02")]
    assert isos("May the friendship last forever.", ref=D(2020, 11, 27)) == []


def test_dateline_and_weekday():
    text = "WUHAN, Oct. 31 (Xinhua) -- More than 50 diplomats gathered in Wuhan on Tuesday."
    assert find_dateline(text, "en", D(2023, 11, 1)) == D(2023, 10, 31)
    assert isos(text, ref=D(2023, 11, 1)) == [("Tuesday", "2023-10-31")]


def test_future_weekday_is_the_next_one():
    text = "BEIJING, Nov. 23 (Xinhua) -- China will on Wednesday launch a new service platform."
    assert ("Wednesday", "2021-11-24") in isos(text, ref=D(2021, 11, 24))


def test_prnewswire_dateline():
    text = "SHENYANG, China, June 26, 2023 /PRNewswire/ -- The fair opened on Monday."
    assert find_dateline(text, "en", D(2023, 6, 27)) == D(2023, 6, 26)
    assert ("Monday", "2023-06-26") in isos(text, ref=D(2023, 6, 27))


def test_weekday_next_to_an_explicit_date_is_not_repeated():
    found = isos("The forum opened on Friday afternoon on November 12, 2021.", ref=D(2021, 11, 20))
    assert found == [("November 12, 2021", "2021-11-12")]


def test_yesterday_needs_a_publication_date():
    assert isos("Yesterday, the forum opened in Dalian.", ref=D(2018, 9, 11)) == [
        ("Yesterday", "2018-09-10")]
    assert isos("Yesterday, the forum opened in Dalian.", ref=None) == [("Yesterday", None)]


def test_not_dates():
    text = ("In 2018, this year and last year, during the Spring Festival and at the 2022 "
            "Beijing Winter Olympics, the December 9th Movement was remembered.")
    assert isos(text, ref=D(2024, 3, 1)) == []


@pytest.mark.parametrize("text, ref, expected", [
    ("10月25日，代表团抵达沈阳。", D(2023, 11, 1), ("10月25日", "2023-10-25")),
    ("2010年4月6日至9日，论坛在天津举行。", D(2010, 5, 1), ("2010年4月6日至9日", "2010-04-06/2010-04-09")),
    ("当地时间7月9日至10日，代表团访问新西伯利亚州。", D(2018, 7, 16),
     ("7月9日至10日", "2018-07-09/2018-07-10")),
    ("五月十二日至十五日，代表团访问温州。", D(2012, 5, 20), ("五月十二日至十五日", "2012-05-12/2012-05-15")),
    ("今年4月，市外办组织专题学习。", D(2023, 5, 12), ("今年4月", "2023-04")),
    ("1月下旬，华侨华人捐赠口罩。", D(2020, 3, 14), ("1月下旬", "2020-01")),
    ("昨日（11月1日），摄影展在广州图书馆开幕。", D(2019, 11, 2), ("昨日（11月1日）", "2019-11-01")),
    ("昨天上午，代表团抵达大连。", D(2019, 11, 2), ("昨天", "2019-11-01")),
])
def test_chinese_forms(text, ref, expected):
    assert expected in isos(text, "zh", ref)


def test_chinese_day_only_and_datelines():
    text = "中新网武汉6月29日电 29日下午，中部地区外资企业座谈会在武汉举行。"
    assert isos(text, "zh", D(2022, 6, 30)) == [("29日", "2022-06-29")]
    assert isos("天津北方网讯：10日，夏季达沃斯论坛开幕。", "zh", D(2014, 9, 12)) == [
        ("10日", "2014-09-10")]
    assert find_dateline("新华社北京11月4日电（记者侯丽军）会议于周三举行。", "zh",
                         D(2021, 11, 5)) == D(2021, 11, 4)


def test_chinese_not_dates():
    text = "3个月来，1-9月进出口增长，5日内办结，一日游线路，地铁12号线，2024年。"
    assert isos(text, "zh", D(2024, 10, 1)) == []


def test_traditional_script_reports_original_text():
    assert isos("昨日（11月1日），廣州與世界國際友城攝影展開幕。", "zh", D(2019, 11, 2)) == [
        ("昨日（11月1日）", "2019-11-01")]


def test_release_offsets_and_mixed_paragraphs():
    rel = Release(date="2020-10-16", language="mixed",
                  paragraphs=("采访活动于10月12日至14日举行。",
                              "The tour was held from October 12 to 14."),
                  paragraph_langs=("zh", "en"))
    found = find_dates_in_release(rel)
    assert [(m.text, m.iso, m.grain) for m in found] == [
        ("10月12日至14日", "2020-10-12/2020-10-14", "range"),
        ("October 12 to 14", "2020-10-12/2020-10-14", "range")]
    assert all(rel.body[m.start:m.end] == m.text for m in found)


def test_bad_input_does_not_raise():
    assert find_dates("", "en", None) == []
    assert find_dates("February 30 and 99月99日", "zh", D(2020, 1, 1)) == []


def test_header_stamp_and_photo_credit_are_no_mentions_but_date_the_page():
    rel = Release(date=None, language="en", paragraphs=(
        "date 2025-01-06 Harbin hosts winter reception for consuls general",
        "The reception, held on December 30, gathered consuls from 12 countries.",
        "Guests watch ice sculptures in Harbin, Dec. 30, 2024. (Xinhua/Wang Lei)"))
    assert [(m.text, m.iso) for m in find_dates_in_release(rel)] == [
        ("December 30", "2024-12-30")]


def test_a_dateline_with_its_year_dates_an_undated_page():
    rel = Release(date=None, language="en", paragraphs=(
        "DALIAN, China, March 3, 2024 /PRNewswire/ -- On February 28, the Dalian Foreign "
        "Affairs Office held a briefing for Japanese enterprises.",))
    assert [(m.text, m.iso) for m in find_dates_in_release(rel)] == [
        ("March 3, 2024", "2024-03-03"), ("February 28", "2024-02-28")]


def test_a_full_date_in_the_title_dates_an_undated_page():
    rel = Release(date=None, language="en", title="Mayor meets Korean delegation 2019.05.14",
                  paragraphs=("The mayor met the delegation on May 13 in the city hall.",))
    assert [(m.text, m.iso, m.inferred) for m in find_dates_in_release(rel)] == [
        ("May 13", "2019-05-13", False)]


def test_year_named_at_the_top_of_an_undated_page_is_inferred():
    rel = Release(date=None, language="zh", paragraphs=(
        "11月8日，2021年中国—东盟友好城市论坛在南宁举行。", "与会代表参观了南宁市规划馆。"))
    found = [(m.text, m.iso, m.inferred) for m in find_dates_in_release(rel)]
    assert found == [("11月8日", "2021-11-08", True)]
    rel = Release(date=None, language="en", paragraphs=(
        "The Dalian 2018 Spring Reception for Foreign Experts was held on January 26th.",))
    assert [(m.iso, m.inferred) for m in find_dates_in_release(rel)] == [("2018-01-26", True)]


def test_anniversary_years_since_and_celebration_forms():
    rel = Release(date=None, language="en", paragraphs=(
        "TIANJIN, Sept. 20 (Bernama) -- An exhibition on the city's growth in the 70 years "
        "since the founding of the People\u2019s Republic of China opened on Friday.",))
    assert [(m.text, m.iso, m.inferred) for m in find_dates_in_release(rel)] == [
        ("Friday", "2019-09-20", True)]
    rel = Release(date=None, language="zh", paragraphs=(
        "为庆祝中国共产党成立100周年，6月28日，市外办举办主题党日活动。",))
    assert [(m.text, m.iso) for m in find_dates_in_release(rel)] == [("6月28日", "2021-06-28")]


@pytest.mark.parametrize("text, ref, expected", [
    ("9 月3日上午，市外办召开涉外安全工作会议。", D(2022, 9, 5), [("9 月3日", "2022-09-03")]),
    ("2024 年 5 月 10 日，友城代表团抵达青岛。", D(2024, 5, 12), [("2024 年 5 月 10 日", "2024-05-10")]),
    ("在“七一”到来之际，市外办党支部开展主题党日活动。", D(2023, 7, 3), [("七一", "2023-07-01")]),
    ("省长今天会见了日本友好代表团。", D(2021, 4, 8), [("今天", "2021-04-08")]),
    ("今天的中国与世界紧密相连，五一广场游人如织。", D(2021, 4, 8), []),
])
def test_chinese_spacing_named_days_and_today(text, ref, expected):
    assert isos(text, "zh", ref) == expected


def test_chinese_day_only_dates_of_one_sentence_continue_the_month():
    text = "中新网北京5月12日电 代表团于10日至14日访问维也纳，随后前往布拉格，至20日结束行程回国。"
    assert isos(text, "zh", D(2024, 5, 12)) == [
        ("10日至14日", "2024-05-10/2024-05-14"), ("20日", "2024-05-20")]


def test_body_forms_shared_with_the_header_grammar():
    assert isos("The agreement was signed in Lanzhou on 22-Jun-2024.", ref=D(2024, 6, 25)) == [
        ("22-Jun-2024", "2024-06-22")]
    assert isos("The exhibition closed on 2017-Dec-27.", ref=None) == [("2017-Dec-27", "2017-12-27")]
    assert isos("Time: 2017-Dec-27 16:19", ref=None) == []  # a header stamp


def test_a_date_form_without_a_resolution_rule_is_an_error(tmp_path):
    from pressnlp.lexicon import Lexicon, LexiconError
    from pressnlp.parse.date_grammar import compile_date_grammar

    lex = lexicon_folder(tmp_path, {
        "dates.yaml": "forms:\n  en:\n    - kind: fortnight\n      pattern: 'fortnight'\n",
    })
    with pytest.raises(LexiconError, match=r"dates\.yaml:3: expected one of numeric, .*'fortnight'"):
        Lexicon.load(extra=[lex])  # validated up front: file and line
    assert compile_date_grammar(Lexicon.load()).en


def test_the_schema_lists_exactly_the_form_kinds_that_have_a_resolution_rule():
    import yaml

    from pressnlp.lexicon import SCHEMA
    from pressnlp.parse.date_grammar import FORM_KINDS

    spec = yaml.safe_load(SCHEMA.read_text(encoding="utf-8"))["dates.yaml"]["forms"]["*"][0]["kind"]
    assert set(w.strip() for w in spec.removeprefix("one of:").split(",")) == FORM_KINDS


def test_year_month_folder_of_the_url_gives_an_undated_page_its_year():
    rel = Release(date=None, language="zh", url="http://www.example.gov.cn/wsdt/202206/83512.html",
                  paragraphs=("6月9日，市外办召开外事工作会议。",))
    assert [(m.iso, m.inferred) for m in find_dates_in_release(rel)] == [("2022-06-09", True)]


def test_a_news_site_dateline_ending_in_xun_is_the_filing_day():
    text = "东方网6月3日讯 6月2日，上海市外办举办驻沪领团夏季招待会。"
    assert isos(text, "zh", D(2023, 6, 3)) == [("6月2日", "2023-06-02")]
    text = "本报讯 6月2日，上海市外办举办驻沪领团夏季招待会。"
    assert isos(text, "zh", D(2023, 6, 3)) == [("6月2日", "2023-06-02")]


@pytest.mark.parametrize("text", [
    "Updated 16:22, 22-Jun-2024",
    "(Xinhua) 10:31, November 01, 2023",
    "发布时间：2023-03-24 10:28",
])
def test_header_stamps_with_a_time_are_no_mentions(text):
    lang = "zh" if "发布" in text else "en"
    assert isos(text, lang, ref=None) == []


def test_target_years_and_ranges_do_not_date_an_undated_page():
    rel = Release(date=None, language="zh", paragraphs=(
        "3月5日，2023年对外开放工作会议召开，部署到2035年远景目标和“十四五”（2021-2025）任务。",))
    assert [(m.text, m.iso, m.inferred) for m in find_dates_in_release(rel)] == [
        ("3月5日", "2023-03-05", True)]
    rel = Release(date=None, language="en", paragraphs=(
        "On April 9 the 2022 Harbour Forum set goals to be met by 2030.",))
    assert [m.iso for m in find_dates_in_release(rel)] == ["2022-04-09"]


def test_today_in_quoted_speech_and_holiday_periods_are_not_dates():
    assert isos("他在致辞中说：“今天，这座城市已成为开放的前沿。”", "zh", D(2024, 3, 5)) == []
    assert isos("今天上午，友好代表团抵达市外办。", "zh", D(2024, 3, 5)) == [("今天", "2024-03-05")]
    assert isos("五一期间，外籍游客人数增长，八一路商圈客流回升。", "zh", D(2024, 5, 8)) == []
    assert isos("七一前夕，市外办党支部开展主题党日活动，七一路社区参加。", "zh", D(2024, 7, 2)) == [
        ("七一", "2024-07-01")]
