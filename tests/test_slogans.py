"""Slogan lexicon matching and the quoted / numbered detectors, on genre-like sentences."""

from pressnlp.classify import classify
from pressnlp.classify.slogans import CATEGORIES, find_slogans, release_slogans
from pressnlp.lexicon import default_lexicon
from pressnlp.records import Release


def by_text(text, lang=None):
    return {s.text: s for s in find_slogans(text, lang)}


def test_lexicon_has_at_least_80_valid_rows():
    rows = default_lexicon().tsv("slogans.tsv")
    assert len(rows) >= 80
    assert all(r["category"] in CATEGORIES for r in rows)
    assert all(r["numbered"] in ("yes", "no") for r in rows)
    assert all(r["en"] or r["zh"] for r in rows)


def test_english_variants_match_tolerantly():
    text = ('Officials pledged to uphold the "Two Safeguards", to study Xi Jinping\'s Thoughts on '
            "Diplomacy and to promote high level opening up, reform and opening-up and the "
            "Belt and Road initiative, so as to build a community with a shared future for mankind.")
    found = by_text(text)
    assert found["Two Safeguards"].canonical == "两个维护"
    assert found["Two Safeguards"].numbered and found["Two Safeguards"].category == "IDEOLOGY"
    assert found["Xi Jinping's Thoughts on Diplomacy"].canonical == "习近平外交思想"
    assert found["high level opening up"].canonical == "高水平对外开放"
    assert found["reform and opening-up"].canonical == "改革开放"
    assert found["Belt and Road initiative"].category == "DIPLOMACY"
    assert found["community with a shared future for mankind"].canonical == "人类命运共同体"
    for s in found.values():
        assert text[s.start:s.end] == s.text and s.cue == "lexicon" and not s.novel


def test_one_entry_per_distinct_surface_text():
    text = ("The Belt and Road Initiative opens chances. Enterprises joined the Belt and Road "
            "cooperation, and the Belt and Road Initiative was praised again.")
    texts = [s.text for s in find_slogans(text)]
    assert texts == ["Belt and Road Initiative", "Belt and Road"]


def test_chinese_nested_phrases_split_and_numbered_formulas():
    text = ("市外办召开学习贯彻习近平新时代中国特色社会主义思想主题教育动员会，要求深刻领悟“两个确立”的决定性意义，"
            "增强“四个意识”，坚定“四个自信”，做到“两个维护”。")
    found = by_text(text)
    assert found["习近平新时代中国特色社会主义思想"].category == "IDEOLOGY"
    assert "主题教育" in found
    for formula in ("两个确立", "四个意识", "四个自信", "两个维护"):
        assert found[formula].numbered and found[formula].canonical == formula


def test_traditional_script_maps_to_simplified_canonical_with_offsets():
    text = "交流營期間，同學們參加了以「一國兩制」與青年發展為主題的講座，感受粵港澳大灣區建設成就。"
    found = by_text(text)
    s = found["一國兩制"]
    assert (s.canonical, s.category, s.numbered) == ("一国两制", "IDEOLOGY", True)
    assert text[s.start:s.end] == "一國兩制"
    assert found["粵港澳大灣區"].canonical == "粤港澳大湾区"


def test_five_year_plans_are_not_numbered():
    found = by_text("2025年是“十四五”规划收官之年。The city drafted its 15th Five-Year Plan.")
    assert found["十四五"].numbered is False and found["十四五"].category == "DEVELOPMENT"
    assert found["15th Five-Year Plan"].canonical == "十五五"


def test_quoted_campaign_is_a_novel_slogan_but_an_event_theme_is_not():
    text = ('The fair, themed "Green Valleys, Bright Harvests", opened on Monday. '
            'Delegates praised the "Invest in Yanbian" campaign, and in 2023 the city launched '
            'the "Bright Lanterns on the River" activity brand for young visitors. Titled '
            '"Open Hearts: A Week of Rivers", the gala drew 300 guests.')
    found = by_text(text)
    assert "Green Valleys, Bright Harvests" not in found
    assert "Open Hearts: A Week of Rivers" not in found
    campaign = found["Invest in Yanbian"]
    assert campaign.novel and campaign.cue == "quoted" and campaign.category is not None
    assert found["Bright Lanterns on the River"].category == "BRANDING"


def test_the_quoted_name_of_one_programme_is_no_slogan():
    text = ('Students joined the "Study in Dalian" program, and volunteers ran the "Warm Homes" '
            'project in three villages.')
    assert by_text(text) == {}


def test_a_quoted_two_part_document_or_meeting_name_is_no_numbered_formula():
    found = by_text("会议传达了“两办规定”，并部署“三联三促”工作。", "zh")
    assert "两办规定" not in found and found["三联三促"].numbered


def test_quoted_chinese_campaigns_take_the_category_of_their_head_noun():
    text = ("会议要求，持续打造“侨乡会客厅”外事品牌，深入开展“千企走出去”工作，"
            "推进“数字外事”建设等“八大提升工程”，这座城市素有“东方茶港”之称。"
            "各处室要秉持“重协同、抓落实”工作方式，办好“2024海外侨胞看宁德”活动。")
    found = by_text(text)
    assert found["侨乡会客厅"].category == "BRANDING" and found["侨乡会客厅"].novel
    assert found["千企走出去"].category == "GOVERNANCE"
    assert "数字外事" in found and found["八大提升工程"].numbered
    assert found["东方茶港"].category == "BRANDING"
    assert "重协同、抓落实" not in found          # a working method, not a named campaign
    assert "2024海外侨胞看宁德" not in found      # the name of one event


def test_quoted_chinese_theme_with_four_character_units():
    found = by_text("本届博览会以“开放合作、共享未来”为主题，吸引了80余个国家的企业参展。")
    s = found["开放合作、共享未来"]
    assert s.novel and s.canonical == "开放合作、共享未来"


def test_program_names_and_quoted_speech_are_not_slogans():
    text = ('The "Foreign Envoys See Dalian" interview tour ended on Friday. "Dalian is a '
            'beautiful city with a great future," said the consul general. '
            "Ten reporters joined the “外国记者看大连”采访活动.")
    assert find_slogans(text) == []


def test_generic_wording_is_not_a_slogan():
    text = ("双方将深化务实合作，促进民心相通，扩大民间交流。The two sides discussed RCEP and "
            "China-CEEC cooperation and agreed to strengthen practical cooperation.")
    assert find_slogans(text) == []


def test_numbered_detectors():
    found = by_text('The training stressed the "three strategic actions" and 发挥好“三个作用”，'
                    "做到两个坚持。")
    assert found["three strategic actions"].numbered and found["three strategic actions"].novel
    assert found["三个作用"].numbered
    assert found["两个坚持"].numbered and found["两个坚持"].cue == "numbered"


def test_an_unquoted_formula_is_not_an_ordinal_or_a_longer_number():
    found = by_text("会议指出，第二个坚持是立足本职，这两个坚持缺一不可；全体干部要做到三个务必。")
    assert [s.text for s in found.values() if s.cue == "numbered"] == ["三个务必"]
    assert by_text("两个坚持，是全市干部的共同要求。")["两个坚持"].cue == "numbered"


def test_named_strategies_beyond_the_genre_notes():
    found = by_text("天津正处在京津冀协同发展的重要机遇期，长江经济带和粤港澳大湾区建设稳步推进，"
                    "中德全方位战略伙伴关系不断发展，两岸一家亲。")
    assert found["京津冀协同发展"].category == "DEVELOPMENT"
    assert found["长江经济带"].category == "DEVELOPMENT"
    assert found["全方位战略伙伴关系"].category == "DIPLOMACY"
    assert found["两岸一家亲"].category == "IDEOLOGY"


def test_release_offsets_point_into_body():
    rel = Release(title="Shenyang Holds Training", language="en", paragraphs=(
        "On June 8, the office held a training session for 60 officials.",
        "Trainees were asked to serve the country's overall diplomacy and foreign affairs for the people."))
    slogans = release_slogans(rel)
    assert {s.canonical for s in slogans} == {"服务国家总体外交", "外事为民"}
    for s in slogans:
        assert rel.body[s.start:s.end] == s.text
    themes, slogans2 = classify(rel)
    assert tuple(slogans) == slogans2


def test_machine_translated_three_part_opening_up_formula_and_loyalty():
    """FAO English renders 做优开放环境、做强开放平台、做好涉外服务 in shorter word orders."""
    text = ("The office will work to improve opening-up environment, strengthen platforms for "
            "opening-up and enhance foreign related services, and build a team that is loyal "
            "to the Party.")
    found = {s.canonical: s for s in find_slogans(text, "en")}
    assert found["做优开放环境、做强开放平台、做好外事(涉外)服务、做大招商引资"].category == "GOVERNANCE"
    assert found["对党忠诚"].text == "loyal to the Party"


def test_a_parallel_formula_needs_its_last_unit_whole():
    whole = by_text("会议强调，要构建大开放、大通道、大平台，推动口岸经济发展。")
    assert whole["大开放、大通道、大平台"].cue == "parallel"
    assert not [s for s in find_slogans("会议强调，要构建大开放、大通道、大平台等格局，推动口岸经济发展。")
                if s.cue == "parallel"]
