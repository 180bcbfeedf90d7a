"""Quantity mentions: values, modifiers, units, containers; the genre's non-quantities."""

import pytest

from pressnlp.extract.quantities import find_quantities, find_quantities_in_release
from pressnlp.records import Release


def qs(text, lang="en"):
    return [(q.text, q.value, q.modifier, q.unit) for q in find_quantities(text, lang)]


def test_training_sentence_with_container():
    found = find_quantities(
        "More than 50 foreign affairs officials from nearly 30 departments attended the "
        "training session.", "en")
    assert [(q.text, q.value, q.modifier, q.unit) for q in found] == [
        ("More than 50 foreign affairs officials", 50, "more than", "officials"),
        ("nearly 30 departments", 30, "nearly", "departments")]
    assert found[0].container == 1 and found[1].container is None


@pytest.mark.parametrize("text, expected", [
    ("Over 270 guests attended the reception.", ("Over 270 guests", 270, "more than", "guests")),
    ("Trade exceeded 20 billion yuan last year.",
     ("exceeded 20 billion yuan", 20_000_000_000, "more than", "yuan")),
    ("Around 350 people joined the run.", ("Around 350 people", 350, "about", "people")),
    ("At least 10 companies signed up.", ("At least 10 companies", 10, "at least", "companies")),
    ("The deals are worth RMB 3.6 billion.", ("RMB 3.6 billion", 3_600_000_000, None, "yuan")),
    ("Investment reached US$ 6.2 billion.", ("US$ 6.2 billion", 6_200_000_000, None, "US dollars")),
    ("Exports rose 4.2 percent year on year.", ("4.2 percent", 4.2, None, "percent")),
    ("The park covers 150,000 square meters.",
     ("150,000 square meters", 150_000, None, "square meters")),
    ("The city received 52.3 million domestic and overseas tourists.",
     ("52.3 million domestic and overseas tourists", 52_300_000, None, "tourists")),
    ("A 6-member delegation arrived.", ("6-member delegation", 6, None, "members")),
    ("During the three-day visit, they toured Dalian.", ("three-day", 3, None, "days")),
    ("Some 18 officials and entrepreneurs joined.",
     ("Some 18 officials and entrepreneurs", 18, "about", "officials and entrepreneurs")),
    ("More than 3,000 overseas Chinese live in the city.",
     ("More than 3,000 overseas Chinese", 3000, "more than", "Chinese")),
    ("Some 200 Chinese and Japanese students joined the camp.",
     ("Some 200 Chinese and Japanese students", 200, "about", "students")),
    ("Wuhan is home to 7 foreign consulates general.",
     ("7 foreign consulates general", 7, None, "consulates general")),
])
def test_english_quantities(text, expected):
    assert expected in qs(text)


def test_coordinated_adjectives_keep_one_head():
    assert qs("It has attracted 164 German and European enterprises.") == [
        ("164 German and European enterprises", 164, None, "enterprises")]


@pytest.mark.parametrize("text", [
    "The two sides agreed to deepen cooperation.",
    "In the following two days, the journalists visited Nanshan.",
    "COVID-19 prevention remains a priority.",
    "The 240-hour visa-free transit policy came into effect.",
    "He studied at Dalian No. 24 Middle School.",
    "Call the hotline 12308 or 028-96111 for help.",
    "The Two Safeguards and the Four Consciousnesses were discussed.",
    "In 2018, the 13th Five-Year Plan entered its third year.",
    "The 45th anniversary marks the second phase of the 19th expo.",
    "It provides one-stop services in one place.",
    "It aims at stability on six fronts and security in six areas.",
    # periods of time: durations, ages, decades are not counts
    "Shenzhen has grown over the past 40 years.",
    "The two cities have been partners for three consecutive years.",
    "An interpreter with 20 years of experience joined the team.",
    "Visitors can complete the procedure within 30 minutes at the port.",
    "The training course lasts two weeks.",
    "The old town has a 700-year history.",
    # the parts of an announced list, and rankings
    "The lecturer spoke from three aspects: protocol, etiquette and security.",
    "The plan shows two characteristics.",
    "Delegates from Fortune 500 companies and other world top 500 enterprises attended.",
])
def test_english_non_quantities(text):
    assert qs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("来自当地企业的100余人参加。", ("100余人", 100, "more than", "人")),
    ("近70万温州人在海外创业。", ("近70万温州人", 700_000, "nearly", "温州人")),
    ("涉及金额3.2亿元。", ("3.2亿元", 320_000_000, None, "yuan")),
    ("捐赠价值约80万元的物资。", ("约80万元", 800_000, "about", "yuan")),
    ("捐赠5万只口罩。", ("5万只口罩", 50_000, None, "口罩")),
    ("签约总额约18亿美元。", ("约18亿美元", 1_800_000_000, "about", "US dollars")),
    ("双方签署合作协议5份。", ("合作协议5份", 5, None, "合作协议")),
    ("为期5天的活动圆满结束。", ("5天", 5, None, "天")),
    ("展出近百幅摄影作品。", ("近百幅摄影作品", 100, "nearly", "摄影作品")),
    ("30多个国家和地区的代表出席。", ("30多个国家和地区", 30, "more than", "国家和地区")),
    ("三家企业签约。", ("三家企业", 3, None, "企业")),
    ("600餘家台資企業參展。", ("600餘家台資企業", 600, "more than", "台資企業")),
])
def test_chinese_quantities(text, expected):
    assert expected in qs(text, "zh")


def test_chinese_container_before_the_counted_people():
    found = find_quantities("来自15个国家的20余名外国驻华记者参加采访。", "zh")
    assert [(q.text, q.value) for q in found] == [("15个国家", 15), ("20余名外国驻华记者", 20)]
    assert found[1].container == 0


@pytest.mark.parametrize("text", [
    "第十届论坛在沈阳举行。", "坚决做到“两个确立”“两个维护”。", "“十四五”规划开局良好。",
    "走访了一个城中村改造项目。", "请拨打12308热线。", "2024年是两国建交50周年。", "千家万户喜迎新春。",
    # periods of time: durations, ages, decades are not counts
    "40年来，深圳发展迅速。", "他从事外事工作20多年。", "友好交往走过了三十多年的历程。",
    "为庆祝党的百岁生日和老党员的90岁寿辰。", "手续办理仅需15分钟。", "上世纪80年代两市开始往来。",
    "培训持续三个月。", "三个多月来，两市保持密切沟通。",
    # the parts of an announced list
    "报告从五个方面总结了工作。", "讲座围绕三个关键词展开。",
])
def test_chinese_non_quantities(text):
    assert qs(text, "zh") == []


def test_release_offsets_and_container_indices():
    rel = Release(paragraphs=("来自15个国家的20余名外国驻华记者参加采访。",
                              "More than 20 foreign correspondents from 15 countries took part."),
                  paragraph_langs=("zh", "en"))
    found = find_quantities_in_release(rel)
    assert [q.value for q in found] == [15, 20, 20, 15]
    assert [q.container for q in found] == [None, 0, 3, None]
    assert all(rel.body[q.start:q.end] == q.text for q in found)


def test_bad_input_does_not_raise():
    assert find_quantities("", "zh") == []
    assert find_quantities("1,2,3,,,...--- 99999999999999999999 亿亿亿", "en") is not None


@pytest.mark.parametrize("text, unit", [
    ("截至目前，我省已与五大洲的46个城市建立友好城市关系。", "城市"),
    ("全市共有52个城市结成国际友好城市。", "城市"),
    ("由12个县区负责人组成的考察团赴韩国访问。", "县区负责人"),
    ("约80多万侨胞旅居东南亚各国。", "侨胞"),
])
def test_the_counted_noun_ends_before_the_verb_that_follows_it(text, unit):
    assert [q.unit for q in find_quantities(text, "zh")] == [unit]
