"""Officials: forms seen on real release pages (issue 13), in sentences of our own."""

from __future__ import annotations

import pytest

from pressnlp.extract.officials import find_officials


def _zh(text: str) -> dict:
    return {o.name: o for o in find_officials(text, "zh")}


def _en(text: str) -> dict:
    return {o.name: o for o in find_officials(text, "en")}


# ---- Chinese ---------------------------------------------------------------------------------

def test_pinyin_residue_is_read_through_and_names_are_reported_as_written() -> None:
    text = "市委書(shū)記、市長(zhǎng)王建國(guó)主持會(huì)議,市領(lǐng)導(dǎo)趙德(dé)明、孫麗出席。"
    people = _zh(text)
    assert set(people) == {"王建國", "趙德(dé)明", "孫麗"}  # residue kept inside a span only
    chief = people["王建國"]
    assert [p.title for p in chief.posts] == ["市委書(shū)記", "市長"]
    assert text[chief.start:chief.end] == "王建國"
    assert people["孫麗"].title == "市領(lǐng)導"


def test_pinyin_residue_at_a_name_end_stays_out_of_the_name() -> None:
    people = _zh("副市長(zhǎng)周運(yùn)出席。")
    assert list(people) == ["周運"]


@pytest.mark.parametrize("label", ["市级领导", "办领导", "主要领导", "县级领导"])
def test_leader_labels_before_name_lists(label: str) -> None:
    people = _zh(f"{label}钱立新、孙国庆出席会议。")
    assert set(people) == {"钱立新", "孙国庆"}
    assert people["孙国庆"].title == label


@pytest.mark.parametrize("text, name", [
    ("县商务局局长权晓峰在签约仪式上致辞。", "权晓峰"),
    ("区文旅局副局长连嘉禾带队走访企业。", "连嘉禾"),
    ("副市长阎立军陪同考察。", "阎立军"),
    ("商务及经济发展局局长丘明华出席活动。", "丘明华"),
])
def test_rarer_surnames(text: str, name: str) -> None:
    assert name in _zh(text)


@pytest.mark.parametrize("text", [
    "主任都表示支持。", "副市长力推此项目。", "市长连续三年到访。", "主席连任后发表讲话。",
    "主任权衡利弊后作出决定。", "书记习惯于深入基层。",
])
def test_a_title_before_a_common_word_names_nobody(text: str) -> None:
    assert _zh(text) == {}


@pytest.mark.parametrize("text, name, title, org", [
    ("论坛开幕当天，外交部驻香港特派员公署副特派员郑明宣读了贺信。", "郑明", "副特派员", "外交部驻香港特派员公署"),
    ("军营开放日上，驻香港部队副司令员石宏达为学生代表授旗。", "石宏达", "副司令员", "驻香港部队"),
    ("香港立法会主席梁家明会见了访问团。", "梁家明", "主席", "香港立法会"),
])
def test_commissioner_garrison_and_legislature_titles_with_their_orgs(text: str, name: str, title: str,
                                                                      org: str) -> None:
    o = _zh(text)[name]
    assert (o.title, o.org) == (title, org)


def test_liaison_office_is_org_not_part_of_title() -> None:
    people = _zh("中央政府驻港联络办副主任何志远会见了代表团。")
    assert (people["何志远"].title, people["何志远"].org) == ("副主任", "中央政府驻港联络办")


def test_taiwan_compatriots_federation_short_form_is_an_org() -> None:
    people = _zh("联谊会由厦门市台联会长林雅琴主持，副会长高志远介绍了两岸青年交流计划。")
    assert people["林雅琴"].org == "厦门市台联"
    assert people["高志远"].title == "副会长"


@pytest.mark.parametrize("text, name, title, org", [
    ("大家一致表示，要把习近平总书记的重要指示落到实处。", "习近平", "总书记", None),
    ("市外办主任王晓东和孙海燕副主任向客人介绍了情况。", "孙海燕", "副主任", None),
    ("外交部驻香港特派员公署刘光源特派员出席招待会。", "刘光源", "特派员", "外交部驻香港特派员公署"),
])
def test_name_first_after_a_verb_a_conjunction_or_an_org(text: str, name: str, title: str,
                                                          org: str | None) -> None:
    o = _zh(text)[name]
    assert (o.title, o.org) == (title, org)


def test_name_first_needs_whole_words_around_it() -> None:
    # 常委会 / 研究院 end in organisation suffixes: no name before 副主任 / 院长
    assert _zh("省人大常委会副主任出席会议，研究院院长介绍情况。") == {}


def test_names_listed_under_one_title_share_post_and_org() -> None:
    people = _zh("市商务局局长赵刚和副局长钱伟、孙立、李红梅出席签约仪式。")
    for name in ("钱伟", "孙立", "李红梅"):
        assert (people[name].title, people[name].org) == ("副局长", "市商务局"), name


def test_a_listed_guest_with_an_honorific_takes_no_post() -> None:
    people = _zh("仪式上，省工商联主席赵志成、黄美玲女士先后致辞。")
    assert "赵志成" in people and "黄美玲" not in people


def test_org_carries_over_and_only_to_the_same_kind_of_post() -> None:
    people = _zh("市外办主任李明和副市长张华会见了客人。")
    assert people["张华"].org is None


# ---- English ---------------------------------------------------------------------------------

def test_possessive_after_a_titled_name() -> None:
    people = _en("The meeting studied Party Secretary Wang Ning’s report and President Li Hua's speech.")
    assert set(people) == {"Wang Ning", "Li Hua"}
    assert people["Wang Ning"].title == "Party Secretary"


def test_of_org_stops_before_the_next_persons_name() -> None:
    text = ("Guests included Zhou Lin, deputy director of Wuxi Foreign Affairs Office and Sun Mei, "
            "director of Wuxi Commerce Bureau.")
    people = _en(text)
    assert (people["Zhou Lin"].title, people["Zhou Lin"].org) == ("deputy director", "Wuxi Foreign Affairs Office")
    assert (people["Sun Mei"].title, people["Sun Mei"].org) == ("director", "Wuxi Commerce Bureau")


def test_org_stops_at_an_honorific_and_surname_he_is_no_honorific() -> None:
    people = _en("He met Deputy Director of Xiamen Foreign Affairs Office Ms. He Lan. Deputy Director He Lan said so.")
    assert list(people) == ["He Lan"]
    assert people["He Lan"].org == "Xiamen Foreign Affairs Office"


def test_special_is_a_title_modifier() -> None:
    people = _en("Ota Ken, Special Advisor of the Kobe Chamber of Commerce, attended.")
    assert (people["Ota Ken"].title, people["Ota Ken"].org) == ("Special Advisor", "Kobe Chamber of Commerce")


def test_qualified_title_in_a_chain_keeps_the_chain_and_its_org() -> None:
    people = _zh("座谈由区教育局副局长、机关党支部书记何宁主持。南通市委常委、统战部长邵文斌作总结。")
    assert [(p.title, p.org) for p in people["何宁"].posts] == [("副局长", "区教育局"), ("机关党支部书记", "区教育局")]
    shao = people["邵文斌"]
    assert [p.title for p in shao.posts] == ["常委", "统战部长"]
    assert shao.org == "南通市委"


def test_official_org_is_the_first_org_of_its_posts() -> None:
    people = _zh("代表团团长、泰国驻上海总领馆总领事颂猜表示感谢。")
    assert people["颂猜"].title == "团长"
    assert people["颂猜"].org == "泰国驻上海总领馆"


@pytest.mark.parametrize("text, name", [
    ("哈萨克斯坦驻西安总领事努尔兰别克出席招待会。", "努尔兰别克"),
    ("日本驻重庆总领事渡边直树表示，愿为两地企业牵线搭桥。", "渡边直树"),
])
def test_foreign_names_after_a_title_end_at_the_next_verb(text: str, name: str) -> None:
    assert name in _zh(text)


@pytest.mark.parametrize("text, name, org", [
    ("The talks in Nagoya were attended by Nagoya Mayor Taro Kawa and other guests.", "Taro Kawa", "Nagoya"),
    ("Delegates from Auckland, New Zealand met Auckland Councillor Mary Stone.", "Mary Stone", "Auckland"),
    ("China-Arab States Expo Secretariat (CASES) Secretary-General Ma Lin spoke.", "Ma Lin",
     "China-Arab States Expo Secretariat (CASES)"),
])
def test_org_written_before_a_title(text: str, name: str, org: str) -> None:
    assert _en(text)[name].org == org


@pytest.mark.parametrize("text, name", [
    ("The visit ended. Later Mayor Tom Green thanked the hosts.", "Tom Green"),
    ("Congratulations Mayor Anne Brook on the new friendship park!", "Anne Brook"),
    ("Youth Councillor Amy Chan read the students' letter.", "Amy Chan"),
])
def test_a_word_before_mayor_is_no_place_unless_the_text_names_that_place(text: str, name: str) -> None:
    assert _en(text)[name].org is None


@pytest.mark.parametrize("text, name, title, org", [
    ("座谈会上，前来考察的新西兰奥克兰市议员汤米介绍了港口规划。", "汤米", "议员", "新西兰奥克兰市"),
    ("会上，市委外办(市外办)主任吴立新介绍了情况。", "吴立新", "主任", "市委外办(市外办)"),
])
def test_org_before_a_title_after_a_clause_or_with_its_second_plaque(text: str, name: str, title: str,
                                                                     org: str) -> None:
    o = _zh(text)[name]
    assert (o.title, o.org) == (title, org)


def test_unlisted_foreign_surname_before_a_diplomatic_title() -> None:
    people = _zh("当天下午，桧山总领事参观了展览。")
    assert people["桧山"].title == "总领事"
    assert "双方" not in _zh("会后，双方总领事参观了展览。")


@pytest.mark.parametrize("text, name", [
    ("区侨联秘书长邱芳以案例讲解涉侨政策。", "邱芳"),
    ("县文旅局局长严承志简要通报了项目进展。", "严承志"),
    ("听完汇报，严承志局长随即作出安排。", "严承志"),
])
def test_names_ended_by_a_preposition_or_a_common_word(text: str, name: str) -> None:
    assert name in _zh(text)


def test_list_of_preposed_title_of_org_name_items() -> None:
    text = ("Present were Vice Chairman of Hubei Provincial CPPCC Zhou Ming, Director of Wuhan Foreign "
            "Affairs Office Li Qiang and Secretary General of Wuhan Friendship Association Wang Fang.")
    people = _en(text)
    assert [(n, o.title, o.org) for n, o in people.items()] == [
        ("Zhou Ming", "Vice Chairman", "Hubei Provincial CPPCC"),
        ("Li Qiang", "Director", "Wuhan Foreign Affairs Office"),
        ("Wang Fang", "Secretary General", "Wuhan Friendship Association")]


def test_appositive_does_not_take_the_next_items_post() -> None:
    text = ("Guests included Sun Lei, Vice President of the Hunan Overseas Association, Deputy Mayor of "
            "Busan City, South Korea Park Jinho and others.")
    people = _en(text)
    assert (people["Sun Lei"].title, people["Sun Lei"].org) == ("Vice President", "Hunan Overseas Association")
    assert (people["Park Jinho"].title, people["Park Jinho"].org) == ("Deputy Mayor", "Busan City, South Korea")


@pytest.mark.parametrize("text, name, title, org", [
    ("Zhang Wei, Foreign Affairs Adviser of Qingdao Municipal Government, delivered a speech.",
     "Zhang Wei", "Foreign Affairs Adviser", "Qingdao Municipal Government"),
    ("Liu Fang, Project Director of the Asia Foundation, introduced the programme.",
     "Liu Fang", "Project Director", "Asia Foundation"),
    ("Chen Hong, Europe Division Director of Nanjing Foreign Affairs Office, attended.",
     "Chen Hong", "Europe Division Director", "Nanjing Foreign Affairs Office"),
    ("Zhao Yan, foreign affairs officer of the Student Service Center, spoke.",
     "Zhao Yan", "foreign affairs officer", "Student Service Center"),
    ("We met Mary Lee, Boston City Council Member.", "Mary Lee", "Council Member", "Boston City"),
    ("Ms. Anna Berg, Charge d’Affaires of the Embassy of Sweden, attended the reception.",
     "Anna Berg", "Charge d’Affaires", "Embassy of Sweden"),
    ("Wu Gang, an officer with Nanning Exit-Entry Administration Division, explained the rules.",
     "Wu Gang", "officer", "Nanning Exit-Entry Administration Division"),
])
def test_titles_the_lexicon_lacks_and_curly_apostrophes(text: str, name: str, title: str, org: str) -> None:
    o = _en(text)[name]
    assert (o.title, o.org) == (title, org)


@pytest.mark.parametrize("text", ["Member Wang Lei spoke first.", "Officer Chen Hui checked the papers."])
def test_a_bare_generic_title_before_a_name_makes_no_post(text: str) -> None:
    assert _en(text) == {}


def test_a_staff_member_holds_no_post() -> None:
    assert _en("Lin Tao, a staff member of the Reception Group of the Games Office, arrived.") == {}


def test_title_modifiers_and_a_level_prefix_before_a_short_org() -> None:
    people = _zh("交流中心执行主任张立群、专职副主任陈冬梅陪同参观，区政协副主席黄伟出席。")
    assert people["张立群"].title == "执行主任"
    assert people["陈冬梅"].title == "专职副主任"
    assert people["黄伟"].org == "区政协"


def test_collective_leader_labels_are_no_names() -> None:
    assert _zh("全市县处级领导干部参加培训，省外办领导出席开班仪式。") == {}


@pytest.mark.parametrize("text, name, org", [
    ("Wang Min, director of the foreign affairs office of Jinan, met the guests.", "Wang Min",
     "foreign affairs office of Jinan"),
    ("Tom Hill, the mayor of the city of Perth, visited Shenzhen.", "Tom Hill", "city of Perth"),
    ("Gao Ling, deputy head of foreign affairs office with the Jiangsu Provincial Government, spoke.",
     "Gao Ling", "foreign affairs office with the Jiangsu Provincial Government"),
    ("They met Li Dong, Mayor of the city, on Monday.", "Li Dong", None),
])
def test_lower_case_orgs_after_a_title(text: str, name: str, org: str | None) -> None:
    assert _en(text)[name].org == org


def test_a_place_opening_a_sentence_before_mayor_and_head_of_both() -> None:
    people = _en("Leeds Mayor Anne Brook proclaimed a friendship day in Leeds.")
    assert people["Anne Brook"].org == "Leeds"
    people = _en("Gu Ming, head of both the Hong Kong Affairs Office and the Macao Affairs Office, spoke.")
    assert people["Gu Ming"].org == "Hong Kong Affairs Office"


def test_transliterated_name_before_a_connector_and_a_name_before_a_verb_word() -> None:
    people = _zh("俄罗斯驻沈阳总领事馆总领事利沃夫与市外办副主任刘强举行会谈。")
    assert set(people) == {"利沃夫", "刘强"}


def test_office_of_the_commissioner_is_the_org_of_its_title() -> None:
    people = _zh("駐港公署特派員劉光源出席酒會並致辭。")
    assert (people["劉光源"].title, people["劉光源"].org) == ("特派員", "駐港公署")


def test_no_name_inside_a_consulate_word() -> None:
    assert "期以来" not in _zh("感谢德国驻沈阳总领事馆长期以来所作的贡献。")


def test_envoy_of_country_to_country_and_an_org_with_a_title_word_before_a_title() -> None:
    people = _en("Ambassador Extraordinary and Plenipotentiary of Hungary to China Zoltan Nagy spoke. "
                 "The group was led by Macao Trade and Investment Promotion Institute President Lau Wai.")
    assert people["Zoltan Nagy"].org == "Hungary"
    assert people["Lau Wai"].org == "Macao Trade and Investment Promotion Institute"


def test_lower_case_title_right_before_a_name() -> None:
    people = _en("In the hall, regional investment deputy director Ivan Petrov met the delegation.")
    assert people["Ivan Petrov"].title == "deputy director"
    assert _en("The deputy director said the plan was ready.") == {}


def test_name_with_an_unlisted_surname_after_a_title() -> None:
    people = _zh("副市长邝伟出席会议。市长表示欢迎，主任助理出席。")
    assert list(people) == ["邝伟"]


def test_consular_corps_title_keeps_its_zhu_prefix() -> None:
    people = _zh("驻穗领团团长、法国驻广州总领事杜邦·马丁致辞。")
    assert people["杜邦·马丁"].title == "驻穗领团团长"
