"""Held-out quantity cases: GENRE.md §7 forms that the devset does not cover.

Sentences are written for the project in the genre's style. Each case lists every quantity
of the text as (text, value, modifier, unit), following the devset README's "Quantities"
conventions: modifier + number + counted noun as written; money in ``yuan`` / ``US dollars``
/ ``euros``; percentages in ``percent``; fractions as their value; no ordinals, years, dates,
phone or hotline numbers, durations or ages, names, policies, numbered formulas or definite references.
"""

import math

import pytest

from pressnlp.extract.quantities import find_quantities



def check(text, lang, expected):
    got = [(q.text, q.value, q.modifier, q.unit) for q in find_quantities(text, lang)]
    assert [(t, m, u) for t, _, m, u in got] == [(t, m, u) for t, _, m, u in expected], got
    assert all(math.isclose(g[1], e[1], rel_tol=1e-9) for g, e in zip(got, expected)), got


EN_CASES = [
    ("More than 60 officials and entrepreneurs from 12 countries and regions attended the forum.",
     [("More than 60 officials and entrepreneurs", 60, "more than", "officials and entrepreneurs"),
      ("12 countries and regions", 12, None, "countries and regions")]),
    ("Bilateral trade reached US$6 billion in 2022, up 8.5 percent year on year.",
     [("US$6 billion", 6_000_000_000, None, "US dollars"), ("8.5 percent", 8.5, None, "percent")]),
    ("The province's foreign trade hit RMB1.39 trillion last year.",
     [("RMB1.39 trillion", 1_390_000_000_000, None, "yuan")]),
    ("A total of 28 projects worth 12.89 billion RMB were signed at the fair.",
     [("28 projects", 28, None, "projects"), ("12.89 billion RMB", 12_890_000_000, None, "yuan")]),
    ("The port handled 30.78 million TEUs in 2023.",
     [("30.78 million TEUs", 30_780_000, None, "TEUs")]),
    ("The new district covers 8,628 square kilometers.",
     [("8,628 square kilometers", 8628, None, "square kilometers")]),
    ("Nearly 12,000 visitors toured the booths on the first day.",
     [("Nearly 12,000 visitors", 12000, "nearly", "visitors")]),
    ("Investment will total 2 trillion yuan ($290.30 billion) by 2025.",
     [("2 trillion yuan", 2_000_000_000_000, None, "yuan"),
      ("$290.30 billion", 290_300_000_000, None, "US dollars")]),
    ("The EU chamber pledged €5 million for the vocational school.",
     [("€5 million", 5_000_000, None, "euros")]),
    ("The terminal can handle 710 million metric tons of cargo a year.",
     [("710 million metric tons", 710_000_000, None, "metric tons")]),
    ("Inbound tourism grew by almost 8.1% in the first half.",
     [("almost 8.1%", 8.1, "nearly", "percent")]),
    ("Ms Tanaka has taught Japanese in Dalian for 15 years.", []),
    ("A 13-member delegation from Osaka paid a two-day visit to Shanghai.",
     [("13-member delegation", 13, None, "members"), ("two-day", 2, None, "days")]),
    ("At least 10 cooperation agreements were signed.",
     [("At least 10 cooperation agreements", 10, "at least", "agreements")]),
    ("Over 270 exhibitors from 22 cities in 17 countries and regions took part.",
     [("Over 270 exhibitors", 270, "more than", "exhibitors"), ("22 cities", 22, None, "cities"),
      ("17 countries and regions", 17, None, "countries and regions")]),
    ("Jiangsu has established 88 pairs of sister cities with 35 countries.",
     [("88 pairs", 88, None, "pairs"), ("35 countries", 35, None, "countries")]),
    ("The greenway along the river is a 7.8-kilometer loop.",
     [("7.8-kilometer", 7.8, None, "kilometers")]),
    ("Some 300 students and teachers joined the cultural exchange camp.",
     [("Some 300 students and teachers", 300, "about", "students and teachers")]),
    ("About half of the exhibitors came from ASEAN countries.", [("About half", 0.5, "about", None)]),
    ("One-third of the projects are in advanced manufacturing.", [("One-third", 1 / 3, None, None)]),
    ("The industrial park has attracted more than 2,000 foreign-invested enterprises.",
     [("more than 2,000 foreign-invested enterprises", 2000, "more than", "enterprises")]),
    # --- not quantities ------------------------------------------------------------------
    ("Foreigners can call the 12345 hotline or +86-24-22728035 for help around the clock.", []),
    ("The 19th Changchun Agriculture Expo marked the 45th anniversary of the partnership.", []),
    ("The two sides agreed that both cities will strengthen COVID-19 prevention.", []),
    ("The 144-hour visa-free transit policy now covers the Dalian airport.", []),
    ("The students of Shenyang No. 20 High School visited Building 5 of the G20 venue.", []),
    ("The 14th Five-Year Plan and One Country, Two Systems were on the agenda.", []),
    ("In 2019, the second online training session covered the Four Confidences.", []),
    ("One of the guests said the three cities of the Greater Bay Area are close partners.", []),
]


@pytest.mark.parametrize("text, expected", EN_CASES)
def test_english_heldout(text, expected):
    check(text, "en", expected)


ZH_CASES = [
    ("来自40多个国家和地区的300余名嘉宾出席开幕式。",
     [("40多个国家和地区", 40, "more than", "国家和地区"), ("300余名嘉宾", 300, "more than", "嘉宾")]),
    ("全年进出口总额达3.2亿美元，同比增长12.5%。",
     [("3.2亿美元", 320_000_000, None, "US dollars"), ("12.5%", 12.5, None, "percent")]),
    ("现场签约项目18个，总投资约56亿元。",
     [("签约项目18个", 18, None, "签约项目"), ("约56亿元", 5_600_000_000, "about", "yuan")]),
    ("研修班为期8天，共有96人参加。", [("8天", 8, None, "天"), ("96人", 96, None, "人")]),
    ("近百家企业参展，展位面积超过2万平方米。",
     [("近百家企业", 100, "nearly", "企业"), ("超过2万平方米", 20000, "more than", "平方米")]),
    ("全市已与56个国家的3046对城市开展交流。",
     [("56个国家", 56, None, "国家"), ("3046对城市", 3046, None, "城市")]),
    ("活动期间共发放50万只口罩和1.2万份防疫手册。",
     [("50万只口罩", 500000, None, "口罩"), ("1.2万份防疫手册", 12000, None, "防疫手册")]),
    ("德国企业在华投资超过1.5亿欧元。", [("超过1.5亿欧元", 150_000_000, "more than", "euros")]),
    ("双方约三分之一的项目已经投产，外资占比达百分之十五。",
     [("约三分之一", 1 / 3, "about", None), ("百分之十五", 15, None, "percent")]),
    ("该市已连续3届承办博览会，累计接待游客约1.5万人次。",
     [("3届", 3, None, "届"), ("约1.5万人次", 15000, "about", "人次")]),
    ("40年来，两市互派留学生7000多名。", [("7000多名", 7000, "more than", "名")]),
    ("五省市75人参加了培训。", [("五省市", 5, None, "省市"), ("75人", 75, None, "人")]),
    ("人民币3000万元的援助资金已拨付到位。", [("3000万元", 30_000_000, None, "yuan")]),
    ("15个国家的20余名记者参加采访活动。",
     [("15个国家", 15, None, "国家"), ("20余名记者", 20, "more than", "记者")]),
    # --- not quantities ------------------------------------------------------------------
    ("学习贯彻党的二十届三中全会精神和十四届全国人大二次会议精神。", []),
    ("坚持“两个确立”，做到“两个维护”，践行“三个代表”重要思想。", []),
    ("中日两国和两市人民友谊深厚，双方表示将千方百计推进合作。", []),
    ("外籍人士可拨打12345热线或0411-82345678咨询，第十届论坛在三亚举行。", []),
    ("一带一路倡议提出以来，该市一个中心城市的地位十分突出。", []),
]


@pytest.mark.parametrize("text, expected", ZH_CASES)
def test_chinese_heldout(text, expected):
    check(text, "zh", expected)


ZHT_CASES = [
    ("共有800餘名師生參加開幕式。", [("800餘名師生", 800, "more than", "師生")]),
    ("逾百名港澳青年參加交流營，為期5天。",
     [("逾百名港澳青年", 100, "more than", "港澳青年"), ("5天", 5, None, "天")]),
    ("兩岸貿易額達2.5億美元。", [("2.5億美元", 250_000_000, None, "US dollars")]),
]


@pytest.mark.parametrize("text, expected", ZHT_CASES)
def test_traditional_heldout(text, expected):
    check(text, "zh", expected)
