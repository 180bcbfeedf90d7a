"""The quick scans of the date and quantity finders find exactly what the full scans find.

``starts`` / ``needs`` / ``gate`` of a date form (dates.yaml), the start scans of the EN number
pattern and the trie-shaped word patterns only spare work: every match of the plain
``finditer`` must still be found, at the same place, and nothing else.
"""

from __future__ import annotations

import re

from pressnlp.extract.numbers import ascii_digits
from pressnlp.extract.quantities_en import _number_matches
from pressnlp.extract.quantities_lexicon import quantity_data
from pressnlp.extract.titles import fold
from pressnlp.parse.date_grammar import matches_at
from pressnlp.textutil import word_trie
from pressnlp.parse.dates import date_grammar

EN_TEXTS = [
    "BEIJING, Oct. 31 (Xinhua) -- The fair, held from August 30 to September 2, drew visitors.",
    "Amid August rains, the delegation arrived in early March 2024 and left at the end of March.",
    "The forum runs between the 11th and the 13th; the talks of 15 February 2019 and the 7th of "
    "April were recalled, as was the meeting of 14 to 20 June 2018.",
    "Updated 16:22, 22-Jun-2024 / 2017-Dec-27 / 05.08.2019 / 10/19/2016 / 2024 年 5 月 10 日",
    "On Tuesday the mayor said that yesterday's visit, on Sept.5, was the first since May 24,2018.",
    "MARCH 3 TO 5, 2023: the Consulate General hosted nearly 300 guests (No. 2024-09-20).",
    "Mayor Li met Marchers in the Market on 1.2024.5.6 and 3/4/5, not a date at all.",
]
ZH_TEXTS = [
    "新华社北京11月4日电 昨天（11月3日），5月15日至16日举行的论坛吸引了300余名嘉宾。",
    "今年4月下旬，七一前夕，18日至22日期间，星期二和周五各举行一次活动，2022年3月25日闭幕。",
    "今天的中国，13日，一日游，每月1日，七一路，8月底，9 月1日。",
]


def _spans(matches) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), tuple(sorted(m.groupdict().items(), key=str))) for m in matches]


def test_date_forms_find_what_their_full_scan_finds():
    g = date_grammar()
    checked = 0
    for texts, forms in ((EN_TEXTS, (*g.en, *g.common)), (ZH_TEXTS, (*g.zh, *g.common))):
        for text in texts:
            for form in forms:
                full = form.pattern.finditer(text) if form.gate in text else iter(())
                assert _spans(form.finditer(text)) == _spans(full), (form.kind, text)
                checked += bool(_spans(form.finditer(text)))
    assert checked >= 15  # the texts exercise the forms


def test_a_form_with_starts_is_tried_only_there():
    g = date_grammar()
    md = next(f for f in g.en if f.kind == "md")
    assert md.starts is not None
    text = "Oct. 31 and Dec 1, 2017"
    assert [m.group() for m in md.finditer(text)] == ["Oct. 31", "Dec 1, 2017"]
    assert list(md.finditer("In 2019 no month word is written, 31 times.")) == []


def test_header_dates_unchanged_by_the_quick_scans():
    g = date_grammar()
    assert g.header_date("发布时间：2023-03-24 10:20 星期五") == ("2023-03-24", 5, 15)
    assert g.header_date("Tuesday, 29 November, 2022") == ("2022-11-29", 9, 26)
    assert g.header_date("Aug 29, 2023, 09:00 ET") == ("2023-08-29", 0, 12)


def test_en_number_starts_find_what_the_number_pattern_finds():
    d = quantity_data()
    texts = EN_TEXTS + [
        "More than fifty-five officials, RMB3.6 billion, US$ 12 million, €40, HK$5 and 4.2 "
        "percent; someone often phoned Seventy Two firms, twenty-one of them, 1,200 visitors.",
        "The 240-hour visa-free transit, COVID-19, item #3, 028-96111 and 3,500 tons.",
    ]
    for text in texts:
        assert _spans(_number_matches(text, fold(text), d)) == _spans(d.en_number_re.finditer(text)), text


def test_word_trie_matches_where_the_alternation_matches():
    words = ["six", "sixty", "sixteen", "seven", "seventy", "the end of", "end of", "mid", "U.S."]
    trie = re.compile(word_trie(words))
    flat = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
    text = "sixteen sixty-six seventy the end of mid-June, U.S. and amid sevens"
    for pos in range(len(text)):
        a, b = trie.match(text, pos), flat.match(text, pos)
        assert (a and a.group()) == (b and b.group()), pos


def test_ascii_digits():
    assert ascii_digits("２０２４年５月１０日，增长８．２％") == "2024年5月10日,增长8.2%"
    plain = "2024年5月10日"
    assert ascii_digits(plain) is plain


def test_zh_number_starts_find_what_the_number_pattern_finds():
    d = quantity_data()
    texts = ZH_TEXTS + [
        "全市一二三产业增加值达1,234.5亿元，近七十万人参与，三百余家企业和5000多名代表出席，统一进一步推进。",
        "二〇二四年，两国签署12项协议，同比增长8.2%，千家万户，第十届，每3天，0.5万元。",
    ]
    for text in texts:
        starts = (hit.start() for hit in d.zh_number_starts.finditer(text))
        assert _spans(matches_at(d.zh_number_re, starts, text)) == \
            _spans(d.zh_number_re.finditer(text)), text


SITE_FOOTERS = [
    "主办单位：临江市人民政府办公室 网站标识码：1234567890 京ICP备12345678号-2",
    "Copyright © Lin City Foreign Affairs Office  E-mail: fao@lincity.gov.cn  Zhe ICP Bei No. 05012345-1",
    "联系我们 | 网站地图 | 邮箱：webmaster@example.org.cn | 浙公网安备 33010002000123号",
    "Sponsored by the Information Office (no filing, no address written here)",
    "网站识别码 LC0000012 | Zhe Gong Wang An Bei 33010002000124 | www.lincity.gov.cn",
    "Visit https://fao.lincity.gov.cn/en/ for the consular calendar; 網站標識碼：2300000099",
]


def test_site_gates_hold_in_every_match_of_their_fact():
    from pressnlp.parse.site import extract_site, site_patterns

    sp = site_patterns()
    patterns = {"icp": sp.icp, "gongan": sp.gongan, "site_code": sp.site_code,
                "email": (sp.email,), "url": (sp.url,)}
    assert set(sp.gates) <= set(patterns)
    for fact, gates in sp.gates.items():
        for footer in SITE_FOOTERS:
            for p in patterns[fact]:
                assert all(any(gate in m.group() for gate in gates) for m in p.finditer(footer))
    site = extract_site(SITE_FOOTERS)
    assert site.icp == "京ICP备12345678号-2"
    assert site.emails == ("fao@lincity.gov.cn", "webmaster@example.org.cn")
    assert extract_site(SITE_FOOTERS[3:]).emails == ()


def test_site_facts_behind_gates_are_found():
    from pressnlp.parse.site import extract_site

    site = extract_site(SITE_FOOTERS[4:])
    assert site.site_code == "LC0000012"
    assert site.gongan == "Zhe Gong Wang An Bei 33010002000124"
    assert site.websites == ("www.lincity.gov.cn", "https://fao.lincity.gov.cn/en")
    assert site.copyright is None
    assert extract_site(SITE_FOOTERS[3:4]).websites == ()
    assert extract_site(SITE_FOOTERS[1:2]).copyright == SITE_FOOTERS[1]
