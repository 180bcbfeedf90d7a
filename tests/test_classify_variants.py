"""Variant-tolerant slogan formulas, numbered congresses and plenary sessions, pinyin glosses,
and theme rules that follow the main event (texts written for these tests in the genre's style)."""

import re

from pressnlp.classify.slogans import _en_pattern, _zh_pattern, find_slogans, variant_parts
from pressnlp.classify.themes import ThemeClassifier
from pressnlp.records import Release

XI_FORMULA = "习近平总书记重要讲话重要指示精神"


def canon(text):
    return {s.text: s.canonical for s in find_slogans(text)}


def labels(title, *paragraphs, language="en"):
    rel = Release(title=title, language=language, paragraphs=paragraphs)
    return [t.label for t in ThemeClassifier().themes(rel)]


# ---- the variant syntax of slogans.tsv ---------------------------------------------------------

def test_variant_parts_split_optional_alternative_and_gap():
    parts = variant_parts("[spirit of] important <speech/speeches> … of {X}")
    assert parts == [("opt", ["spirit of"]), ("text", " important "),
                     ("alt", ["speech", "speeches"]), ("gap", None), ("text", " of {X}")]


def test_optional_and_alternative_parts_compile_for_both_languages():
    en = re.compile(_en_pattern("[the spirit of] joint <plan/plans> [and actions]"), re.I)
    for text in ("spirit of joint plans", "joint plan and actions", "joint plan"):
        assert en.search(text).group() == text
    assert en.search("the spirit of joint plans").group() == "spirit of joint plans"  # article
    assert not en.search("joint programme")
    zh = re.compile(_zh_pattern("全面<推进/深化>…改革"))
    assert zh.search("全面深化农村集体产权制度改革")
    assert not zh.search("全面深化。改革")           # a gap never crosses punctuation


# ---- the Xi-formula family and other lexicon variants ----------------------------------------

def test_xi_formula_family_in_chinese():
    text = ("会议传达学习了习近平总书记视察湖南重要讲话重要指示精神，要求认真贯彻习近平总书记"
            "在江西考察时的重要讲话精神，落实习近平总书记关于侨务工作的重要指示精神。")
    found = canon(text)
    assert len(found) == 3 and set(found.values()) == {XI_FORMULA}


def test_xi_formula_family_in_english():
    text = ("Guided by General Secretary Xi Jinping's important instructions, the bureau will "
            "study the important speech delivered by General Secretary Xi Jinping in Fujian and "
            "the spirit of General Secretary Xi Jinping's important speeches and instructions.")
    assert set(canon(text).values()) == {XI_FORMULA} and len(canon(text)) == 3
    assert find_slogans("President Xi Jinping's speech at the summit was broadcast.") == []


def test_generic_formulas_have_english_variants():
    text = ("Both sides will expand people-to-people exchanges for mutual benefit and win-win results, "
            "keep stability on six fronts and ensure security in six areas, "
            "and build a normalized epidemic prevention and control mechanism along the Belt & Road.")
    found = canon(text)
    assert found["people-to-people exchanges"] == "人文交流"
    assert found["mutual benefit and win-win results"] == "互利共赢"
    assert found["stability on six fronts and ensure security in six areas"] == "六稳六保"
    assert found["normalized epidemic prevention and control"] == "常态化疫情防控"
    assert found["Belt & Road"] == "一带一路"


def test_ordinary_prose_about_benefit_and_prevention_is_no_slogan():
    text = ("The two ports signed the deal on the basis of equality and mutual benefit and achieved "
            "win-win outcomes. The county also stepped up routine prevention and control of forest fires.")
    assert canon(text) == {}


def test_short_forms_and_compact_brands():
    found = canon("全市坚持高水平开放，打造“外事+”品牌，推动党业融合。The office promotes Foreign Affairs+ projects.")
    assert found["高水平开放"] == "高水平对外开放"
    assert found["外事+"] == "外事+" and found["Foreign Affairs+"] == "外事+"
    assert found["党业融合"] == "党建业务融合"


# ---- congresses and plenary sessions by number -----------------------------------------------

def test_plenary_sessions_and_congresses_of_any_term():
    text = ("Officials studied the Fourth Plenary Session of the 19th CPC Central Committee and "
            "the guiding principles of the 18th CPC National Congress; the mirror page read "
            "'the spirit of the party's nineteen'.")
    found = canon(text)
    assert found["Fourth Plenary Session of the 19th CPC Central Committee"] == "党的十九届四中全会精神"
    assert found["guiding principles of the 18th CPC National Congress"] == "党的十八大精神"
    assert found["spirit of the party's nineteen"] == "党的十九大精神"
    zh = canon("深入学习贯彻党的十八届五中全会精神和十九大精神。党的二十大召开在即。")
    assert zh == {"党的十八届五中全会精神": "党的十八届五中全会精神", "十九大精神": "党的十九大精神"}


# ---- pinyin glosses and numbered shapes --------------------------------------------------------

def test_pinyin_glosses_do_not_break_matches_and_offsets_point_into_the_text():
    text = "要推動(dòng)高質(zhì)量發(fā)展,講好中國(guó)故事。"
    found = find_slogans(text)
    assert [(s.canonical, text[s.start:s.end]) for s in found] == [
        ("高质量发展", "高質(zhì)量發(fā)展"), ("讲好中国故事", "講好中國(guó)故事")]


def test_holiday_dates_are_not_numbered_formulas():
    found = canon("“七一”前夕，机关打好“三外联动”组合拳，开展“八一”慰问。")
    assert "七一" not in found and "八一" not in found
    assert "三外联动" in found


# ---- themes -------------------------------------------------------------------------------------

def test_friendly_cooperation_city_agreement_is_sister():
    assert labels("Linyi and Tarragona Sign Friendly Cooperation City Agreement",
                  "The two cities signed a friendly exchange agreement online on Tuesday.")[0] == "SISTER"
    assert labels("我市与意大利某市建立友好合作关系", "双方签署建立友好合作关系意向书。",
                  language="zh")[0] == "SISTER"


def test_delegation_sent_abroad_is_outbound_not_visit():
    found = labels("Mayor Led a Delegation to Germany and France",
                   "From May 8 to 14, the delegation led by the mayor met with the mayor of "
                   "Mannheim and held talks with local enterprises.")
    assert "OUTBOUND" in found and "VISIT" not in found


def test_a_delegation_welcomed_to_visit_the_city_is_no_trip_abroad():
    found = labels("Vice Mayor Meets Osaka Business Delegation",
                   "The Osaka business delegation came to visit Harbin at the invitation of the municipal "
                   "government. The vice mayor welcomed the delegation to visit local enterprises and the "
                   "new trade zone.")
    assert "OUTBOUND" not in found and found[0] == "VISIT"


def test_consul_courtesy_call_is_consular_not_visit():
    found = labels("Director Meets New Consul General of Singapore in Guangzhou",
                   "The director met with the consul general and his party and extended a warm "
                   "welcome. The consul general briefed on the work of the consulate general.")
    assert found[0] == "CONSULAR" and "VISIT" not in found


def test_office_names_are_not_culture_cues():
    found = labels("Deputy Director of the Foreign and Overseas Chinese Affairs Office Meets Guests",
                   "The deputy director of the Foreign and Overseas Chinese Affairs Office met with "
                   "a delegation from Laos led by the vice governor and extended a warm welcome.")
    assert "CULTURE" not in found and found[0] == "VISIT"


def test_party_study_lecture_and_committee_plenary():
    assert labels("区委党校为机关党员干部作专题辅导报告",
                  "全体党员干部参加学习，深入学习贯彻党的二十大精神。", language="zh")[:2] == ["PARTY", "TRAINING"]
    assert "TRAINING" not in labels("县里召开经济形势报告会", "会议通报了上半年经济运行情况。", language="zh")
    assert labels("市委外事工作委员会召开第二次全体会议",
                  "会议传达学习中央外事工作会议精神。", language="zh")[0] == "PARTY"


def test_a_single_weak_label_is_not_given_alone():
    assert labels("Notice", "The office will be closed for the holiday; visitors are welcome next week.") == []


def test_chinese_mission_abroad_meeting_a_home_delegation_is_outbound():
    found = labels("Consul General Meets Hunan Delegation",
                   "Ms. Li, Consul General of the People's Republic of China in Osaka, met with the "
                   "delegation of Hunan Provincial Government and extended a warm welcome.",
                   "The consul general said the consulate would support trade and investment.")
    assert found[0] == "OUTBOUND" and "VISIT" not in found
    hosted = labels("Perm and Xi'an: partners in culture",
                    "Last Monday the mayor of Perm met with the Xi'an Municipal People's Government "
                    "official delegation and discussed exchanges.")
    assert "OUTBOUND" in hosted and "VISIT" not in hosted


def test_one_passing_mention_of_hong_kong_and_macao_is_not_twhkm():
    found = labels("City Opens Service Center for Foreign Residents",
                   "The one-stop service center for foreign residents opened on Friday, offering "
                   "residence permit, visa and entry-exit services to foreigners in the city.",
                   "Staff speak six languages. Since its trial run the center has served more "
                   "than 3,000 foreign nationals, including residents from Hong Kong and Macao.")
    assert "TWHKM" not in found
    assert "TWHKM" in labels("中联办主任会见重庆市代表团", "双方就深化渝港经贸合作交换意见。",
                             language="zh")


def test_lexicon_phrase_inside_an_organisation_name_is_not_a_slogan():
    found = canon("Wang Lei, Vice President of the Hunan Public Diplomacy Association, said public "
                  "diplomacy helps cities make friends. 一带一路研究院院长出席并致辞。")
    assert "Public Diplomacy" not in found and found["public diplomacy"] == "公共外交"
    assert "一带一路" not in found


def test_calls_at_embassies_and_consulates_in_china_are_outbound():
    zh = labels("市外办主任赴京拜访芬兰驻华大使馆", "3月12日，市外办主任一行赴北京拜访芬兰驻华大使馆，"
                "与大使就深化友好城市交往交换意见。", language="zh")
    assert "OUTBOUND" in zh and "VISIT" not in zh
    en = labels("FAO Director Calls on Consulates in Shanghai",
                "On June 3, the director visited the Consulate General of Denmark in Shanghai and "
                "paid a visit to the Consulate General of Norway.")
    assert "OUTBOUND" in en and "VISIT" not in en


def test_headline_in_present_tense_leading_a_delegation_abroad_is_outbound():
    found = labels("Vice Mayor Leads Harbin Friendly Economic and Trade Delegation to Visit Korea",
                   "From June 3 to 7, the delegation met with the mayor of Busan and held talks "
                   "with Korean enterprises on trade and investment.")
    assert found[0] == "OUTBOUND" and "VISIT" not in found and "TRADE" in found


def test_an_expo_is_a_trade_fair_as_well_as_a_forum():
    en = labels("Northeast Asia Expo Opens in Changchun",
                "The five-day expo has 1,800 exhibitors from 30 countries and regions, and "
                "its opening forum discussed regional supply chains.")
    assert {"FORUM", "TRADE"} <= set(en)
    zh = labels("第十四届中国—东北亚博览会在长春开幕", "本届博览会设六个展馆，参展企业一千余家。",
                language="zh")
    assert {"FORUM", "TRADE"} <= set(zh)
