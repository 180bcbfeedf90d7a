"""Held-out date cases: genre forms (GENRE.md §1.3) that the devset does not cover.

Sentences are written for the project in the style of Xinhua, China Daily, PRNewswire and
local foreign-affairs offices. Each case lists every date mention of the text as
(text, iso), following the devset README's "Dates" conventions: date words only, ISO day,
month or day range; a wire dateline without a year (``BEIJING, Nov. 23 (Xinhua) --``,
``新华社北京8月16日电``) is the filing day, not a mention, but weekdays and ZH day-only dates
count from it, else from the publication date; past events roll back a year, announced ones stay or move forward.
"""

import datetime as dt

import pytest

from pressnlp.extract.dates import find_dates, find_dates_in_release
from pressnlp.records import Release

D = dt.date

EN_CASES = [
    # --- datelines of every form, with weekdays resolved against them; a wire dateline
    # without a year is the filing day, not a mention of the body --------------------------
    ("BEIJING, Nov. 23 (Xinhua) -- The State Council Information Office will on Wednesday "
     "hold a press conference on foreign trade.", D(2021, 11, 24),
     [("Wednesday", "2021-11-24")]),
    ("KUNMING, Aug. 16 (Xinhua) -- A delegation of Lao officials arrived in Kunming on Monday "
     "for a week-long study tour.", D(2023, 8, 17),
     [("Monday", "2023-08-14")]),
    ("HARBIN, Dec. 30 (Xinhua) -- The Harbin Ice and Snow World opened to visitors on Sunday.",
     D(2024, 1, 2), [("Sunday", "2023-12-24")]),
    ("HANGZHOU, China, Jan. 5, 2024 /PRNewswire/ -- The Hangzhou Foreign Affairs Office on "
     "Thursday launched an English service guide for expats.", D(2024, 1, 6),
     [("Jan. 5, 2024", "2024-01-05"), ("Thursday", "2024-01-04")]),
    ("WEIFANG, China , May 14, 2020 /CNW/ -- The international kite festival will open on "
     "Saturday with teams from 30 countries.", D(2020, 5, 15),
     [("May 14, 2020", "2020-05-14"), ("Saturday", "2020-05-16")]),
    ("TIANJIN, China, April 17 (Bernama) -- A Malaysian trade mission toured Tianjin Port on "
     "Tuesday.", D(2019, 4, 18), [("Tuesday", "2019-04-16")]),
    ("BEIJING, August 27. /TASS/. Mayors of Russian and Chinese border cities met in Heihe on "
     "Thursday.", D(2021, 8, 28), [("Thursday", "2021-08-26")]),
    ("NANJING -- The Jiangsu Provincial Foreign Affairs Office held a briefing for consuls "
     "general on Friday.", D(2022, 9, 11), [("Friday", "2022-09-09")]),
    # weekday without a dateline, China Daily style
    ("The Dalian municipal government on Tuesday released a guide for foreign investors.",
     D(2023, 4, 6), [("Tuesday", "2023-04-04")]),
    ("Registration for the marathon will close on Sunday.", D(2023, 4, 6),
     [("Sunday", "2023-04-09")]),
    # --- body dates ----------------------------------------------------------------------
    ("On August 31st, the Shenyang Foreign Affairs Office held a seminar for expats.",
     D(2021, 9, 3), [("August 31st", "2021-08-31")]),
    ("The delegation arrived in Tokyo on Sep. 27 local time.", D(2019, 10, 2),
     [("Sep. 27", "2019-09-27")]),
    ("On 7 January 2016, Director Chen received a delegation from Brisbane.", D(2016, 1, 12),
     [("7 January 2016", "2016-01-07")]),
    ("The students returned on 23rd June after the summer camp.", D(2018, 7, 2),
     [("23rd June", "2018-06-23")]),
    ("The consul general visited the high-tech zone on June 23rd (Tuesday) at 10 am.",
     D(2020, 6, 28), [("June 23rd", "2020-06-23")]),
    ("The notice, dated 10/19/2016, was posted on the city portal.", D(2016, 10, 25),
     [("10/19/2016", "2016-10-19")]),
    ("The agreement signed on 05.08.2019 runs for five years.", D(2019, 8, 20),
     [("05.08.2019", "2019-08-05")]),
    # --- ranges --------------------------------------------------------------------------
    ("The friendship week was held from June 20 to 21, 2009 in Qingdao.", D(2015, 3, 1),
     [("June 20 to 21, 2009", "2009-06-20/2009-06-21")]),
    ("The training ran from 5 to 10 March, 2017 at Jilin University.", D(2017, 3, 15),
     [("5 to 10 March, 2017", "2017-03-05/2017-03-10")]),
    ("During November 21 to 30, the exhibition received foreign visitors.", D(2019, 12, 5),
     [("November 21 to 30", "2019-11-21/2019-11-30")]),
    ("From April 19th to 22nd local time, the delegation visited Budapest.", D(2024, 4, 25),
     [("April 19th to 22nd", "2024-04-19/2024-04-22")]),
    ("The China-South Asia Expo will be held in Kunming from Aug 16 to 20.", D(2023, 6, 30),
     [("Aug 16 to 20", "2023-08-16/2023-08-20")]),
    ("From December 28 to January 3, the ice lantern show drew 80,000 visitors.",
     D(2024, 1, 8), [("December 28 to January 3", "2023-12-28/2024-01-03")]),
    ("In May, the youth delegation toured Osaka between the 11th and the 13th.",
     D(2019, 5, 20), [("May", "2019-05"), ("11th and the 13th", "2019-05-11/2019-05-13")]),
    # --- year rollover both ways and future tense ----------------------------------------
    ("On the evening of December 27, the mayor hosted a New Year reception for consuls.",
     D(2024, 1, 4), [("December 27", "2023-12-27")]),
    ("The lantern exhibition will run until January 3.", D(2023, 12, 28),
     [("January 3", "2024-01-03")]),
    ("The second phase of the industrial park is expected to open in March.", D(2023, 10, 10),
     [("March", "2024-03")]),
    ("The consulate was officially opened on November 5.", D(2020, 10, 12),
     [("November 5", "2019-11-05")]),
    ("The forum is scheduled for November 5 in Xiamen.", D(2020, 10, 12),
     [("November 5", "2020-11-05")]),
    ("The expo, which runs from October 10 to 14, is open to the public.", D(2023, 8, 1),
     [("October 10 to 14", "2023-10-10/2023-10-14")]),
    ("The exhibition ran until May 5 and drew 20,000 visitors.", D(2023, 6, 1),
     [("May 5", "2023-05-05")]),
    # month only and month parts
    ("In early March, the office sent a working group to Laos.", D(2021, 4, 2),
     [("early March", "2021-03")]),
    ("Exports picked up again in August this year.", D(2022, 10, 9), [("August this year", "2022-08")]),
    ("The sister-city agreement was signed in February 2018.", D(2022, 10, 9),
     [("February 2018", "2018-02")]),
    # --- not dates -----------------------------------------------------------------------
    ("Since 1997, the two cities have exchanged 40 delegations; on the same day in 2019 they "
     "marked the 14th Five-Year Plan.", D(2021, 6, 1), []),
    ("March forward together, said the mayor, and may the friendship last.", D(2021, 6, 1), []),
]


@pytest.mark.parametrize("text, ref, expected", EN_CASES)
def test_english_heldout(text, ref, expected):
    got = [(m.text, m.iso) for m in find_dates(text, "en", ref)]
    assert got == expected


ZH_CASES = [
    # --- datelines (the filing day: no mention) and day-only dates counted from them -------
    ("新华社昆明8月16日电（记者王晓川）16日上午，中国—南亚商务论坛在昆明开幕。", D(2023, 8, 17),
     [("16日", "2023-08-16")]),
    ("中评社北京12月27日电 海峡两岸经贸交流会26日在厦门闭幕。", D(2022, 12, 28),
     [("26日", "2022-12-26")]),
    ("新华社悉尼8月6日电 澳中友好城市论坛于30日在悉尼闭幕，会期3天。", D(2023, 8, 7),
     [("30日", "2023-07-30")]),
    ("本报北京11月15日电 记者从外交部获悉，第三届中国国际进口博览会将于明日闭幕。", D(2020, 11, 16),
     [("明日", "2020-11-16")]),
    ("国际在线吉林频道消息（姜彦艳）：6月17日，吉林省外办举办外籍人士座谈会。", D(2021, 6, 18),
     [("6月17日", "2021-06-17")]),
    ("记者刘放报道 5月17日，韩国友好城市代表团抵达长春。", D(2019, 5, 20),
     [("5月17日", "2019-05-17")]),
    ("中新网沈阳1月2日电 2023年12月29日，沈阳市外办举行新年招待会。", D(2024, 1, 2),
     [("2023年12月29日", "2023-12-29")]),
    # --- year rollover, future, month parts ----------------------------------------------
    ("12月28日，市外办召开驻沈领事机构新年座谈会。", D(2024, 1, 5), [("12月28日", "2023-12-28")]),
    ("第二届中国—中亚峰会将于明年1月10日在西安举行。", D(2023, 12, 20), [("明年1月10日", "2024-01-10")]),
    ("论坛定于11月5日至7日在海口举行。", D(2023, 10, 20), [("11月5日至7日", "2023-11-05/2023-11-07")]),
    ("1月15日，代表团还将赴大阪参加经贸洽谈会。", D(2023, 12, 20), [("1月15日", "2024-01-15")]),
    ("9月20日至22日，博览会将在南宁举办。", D(2023, 6, 30),
     [("9月20日至22日", "2023-09-20/2023-09-22")]),
    ("3月25日，代表团抵达沈阳并出席了签约仪式。", D(2023, 3, 10), [("3月25日", "2022-03-25")]),
    ("3月上旬，市外办派出工作组赴老挝。", D(2021, 4, 2), [("3月上旬", "2021-03")]),
    ("今年6月中旬，双方签署了合作备忘录。", D(2021, 9, 2), [("今年6月中旬", "2021-06")]),
    ("去年12月下旬，首批外籍专家抵达。", D(2024, 2, 20), [("去年12月下旬", "2023-12")]),
    # --- ranges --------------------------------------------------------------------------
    ("9月28日到10月2日，友城青少年夏令营在大连举行。", D(2019, 10, 8),
     [("9月28日到10月2日", "2019-09-28/2019-10-02")]),
    ("2023年12月30日至2024年1月2日，冰雪节吸引了大批游客。", D(2024, 1, 5),
     [("2023年12月30日至2024年1月2日", "2023-12-30/2024-01-02")]),
    ("6月20日—21日，东北亚地方合作圆桌会议在长春召开。", D(2022, 6, 25),
     [("6月20日—21日", "2022-06-20/2022-06-21")]),
    ("自2019年1月1日起，外国人来华工作许可实行新规。", D(2019, 3, 1), [("2019年1月1日", "2019-01-01")]),
    # --- Chinese numerals ----------------------------------------------------------------
    ("五月十五日下午，市长会见了日本友好城市访问团。", D(2012, 5, 20), [("五月十五日", "2012-05-15")]),
    ("二〇二三年十月八日，双方在青岛签署友好城市协议。", D(2023, 10, 12), [("二〇二三年十月八日", "2023-10-08")]),
    ("十月三日至七日，中外青年文化交流营在杭州举办。", D(2023, 10, 10),
     [("十月三日至七日", "2023-10-03/2023-10-07")]),
    # weekdays with a dateline
    ("新华社北京10月31日电 中国外交部发言人星期二表示，双方将继续加强合作。", D(2023, 11, 1),
     [("星期二", "2023-10-31")]),
    # --- not dates -----------------------------------------------------------------------
    ("1至9月，全市进出口总额同比增长8%，地铁1号线24小时运行，5日游线路和2024年的计划一并发布。",
     D(2024, 10, 20), []),
    ("五四运动以来，每月1日举办一次开放日。", D(2024, 10, 20), []),
]


@pytest.mark.parametrize("text, ref, expected", ZH_CASES)
def test_chinese_heldout(text, ref, expected):
    got = [(m.text, m.iso) for m in find_dates(text, "zh", ref)]
    assert got == expected


ZHT_CASES = [
    ("新華社北京10月8日電 8日上午，兩岸青年交流活動在北京舉行。", D(2022, 10, 9),
     [("8日", "2022-10-08")]),
    ("昨日（10月7日），廈門市政府與金門縣舉辦經貿座談會。", D(2022, 10, 8), [("昨日（10月7日）", "2022-10-07")]),
    ("展覽將持續至明年1月5日，市民可免費參觀。", D(2022, 12, 20), [("明年1月5日", "2023-01-05")]),
    ("台灣網6月28日瀋陽消息 27日，遼台經貿合作洽談會在瀋陽舉行。", D(2022, 6, 30),
     [("27日", "2022-06-27")]),
    ("11月下旬，港澳青年參訪團抵達福州。", D(2023, 12, 4), [("11月下旬", "2023-11")]),
]


@pytest.mark.parametrize("text, ref, expected", ZHT_CASES)
def test_traditional_heldout(text, ref, expected):
    got = [(m.text, m.iso) for m in find_dates(text, "zh", ref)]
    assert got == expected


def test_anniversary_clause_fixes_the_year_of_an_undated_page():
    rel = Release(date=None, language="en", paragraphs=(
        "This year marks the 45th anniversary of the normalization of China-Japan relations.",
        "On September 20, the Sapporo delegation arrived in Shenyang."))
    assert [(m.text, m.iso) for m in find_dates_in_release(rel)] == [
        ("September 20", "2017-09-20")]


def test_release_dateline_anchors_weekdays_in_later_paragraphs():
    rel = Release(date="2023-11-01", language="en", paragraphs=(
        "WUHAN, Oct. 31 (Xinhua) -- A forum for foreign-invested enterprises opened here.",
        "Consuls general from 12 countries toured the Optics Valley on Monday."))
    assert [(m.text, m.iso) for m in find_dates_in_release(rel)] == [
        ("Monday", "2023-10-30")]
