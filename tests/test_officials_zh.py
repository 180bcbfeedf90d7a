"""Chinese officials: sentences of our own for every pattern Z1–Z8 of GENRE.md §2.2."""

from __future__ import annotations

import pytest

from pressnlp.extract.officials import find_officials


def _by_name(text: str) -> dict:
    return {o.name: o for o in find_officials(text, "zh")}


@pytest.mark.parametrize("pattern, text, name, title, org", [
    ("Z1", "9月3日，省委常委、市委书记王东会见了来访客人。", "王东", "省委常委", None),
    ("Z1", "常州市外办党组成员、副主任孙丽出席活动。", "孙丽", "党组成员", "常州市外办"),
    ("Z2", "法国驻武汉总领事馆总领事马克·杜邦一行到访。", "马克·杜邦", "总领事", "法国驻武汉总领事馆"),
    ("Z2", "匈牙利驻华大使白思谛参观了展览。", "白思谛", "驻华大使", "匈牙利"),
    ("Z2", "塞尔维亚驻华大使馆公使衔参赞叶琳娜出席。", "叶琳娜", "公使衔参赞", "塞尔维亚驻华大使馆"),
    ("Z3", "意大利驻广州总领事安德烈·罗西(Andrea Rossi)致辞。", "安德烈·罗西", "驻广州总领事", "意大利"),
    ("Z6", "所泽市日中友好协会会长山田惠子女士介绍了情况。", "山田惠子", "会长", "所泽市日中友好协会"),
    ("Z7", "代市长李强会见了客人。", "李强", "代市长", None),
])
def test_patterns(pattern: str, text: str, name: str, title: str, org: str | None) -> None:
    o = _by_name(text)[name]
    assert (o.title, o.org) == (title, org), pattern
    assert text[o.start:o.end] == name


def test_z1_chain_posts_and_org_carry_over() -> None:
    text = "哈尔滨市政府外办党组书记、主任赵明会见了代表团，市对外友协专职副会长钱芳陪同。"
    people = _by_name(text)
    assert [(p.title, p.org) for p in people["赵明"].posts] == [
        ("党组书记", "哈尔滨市政府外办"), ("主任", "哈尔滨市政府外办")]
    assert (people["钱芳"].title, people["钱芳"].org) == ("专职副会长", "市对外友协")


def test_bare_party_prefix_stays_in_title_but_place_prefix_is_org() -> None:
    people = _by_name("市委常委、副市长刘文会见外宾。大连市委常委、宣传部部长陈红出席。")
    assert [(p.title, p.org) for p in people["刘文"].posts] == [("市委常委", None), ("副市长", None)]
    assert [(p.title, p.org) for p in people["陈红"].posts] == [("常委", "大连市委"), ("部长", "宣传部")]


def test_z4_back_references_are_linked_not_listed() -> None:
    text = "市商务局副局长张春燕介绍了项目。春燕副局长表示，张春燕将继续跟进。卡塔尔驻广州总领事曼苏尔·哈吉里出席。曼苏尔总领事致辞。"
    officials = find_officials(text, "zh")
    assert [o.name for o in officials] == ["张春燕", "曼苏尔·哈吉里"]
    assert [text[a:b] for a, b in officials[0].mentions] == ["春燕", "张春燕"]
    assert [text[a:b] for a, b in officials[1].mentions] == ["曼苏尔"]


def test_z5_leader_label_lists() -> None:
    people = _by_name("市领导孙敏、周涛参加会见。")
    assert {n: o.title for n, o in people.items()} == {"孙敏": "市领导", "周涛": "市领导"}


def test_z8_guest_list_after_colon() -> None:
    text = "参加会见的嘉宾有：市政府副秘书长顾立，市外办主任吴敏，市商务局副局长高远。"
    people = _by_name(text)
    assert {n: (o.title, o.org) for n, o in people.items()} == {
        "顾立": ("市政府副秘书长", None), "吴敏": ("主任", "市外办"), "高远": ("副局长", "市商务局")}


def test_traditional_script_is_matched_and_reported_as_written() -> None:
    text = "瀋陽市委常委、統戰部部長高建國會見了台灣客人。"
    o = find_officials(text, "zh")[0]
    assert (o.name, o.title, o.org) == ("高建國", "常委", "瀋陽市委")
    assert o.posts[1].org == "統戰部"


def test_foreign_names_are_cut_at_verbs() -> None:
    people = _by_name("新西伯利亚州副州长谢尔盖·库兹明会见了代表团。副市长劳拉·贝尔蒂尼通过视频致辞。")
    assert set(people) == {"谢尔盖·库兹明", "劳拉·贝尔蒂尼"}
    assert people["谢尔盖·库兹明"].org == "新西伯利亚州"


def test_people_without_posts_are_not_listed() -> None:
    assert find_officials("学生王小明和老师李华参加了活动。彼得·罗德纳斯先生参观了展览。", "zh") == []


def test_a_bare_name_is_the_shortest_run_up_to_the_longest_asked() -> None:
    from pressnlp.extract.officials import OfficialsGrammar
    from pressnlp.extract.officials_zh import _bare_name
    from pressnlp.lexicon import default_grammar

    g = default_grammar(OfficialsGrammar).zh
    s = "总领事阿卜杜拉希姆出席。副市长邝伟出席。"
    foreign, local = s.index("阿"), s.index("邝")
    assert _bare_name(g, s, foreign) == (foreign, foreign + 6)
    assert _bare_name(g, s, foreign, longest=3) is None  # no shorter run ends at a verb
    assert _bare_name(g, s, local, longest=3) == _bare_name(g, s, local) == (local, local + 2)
