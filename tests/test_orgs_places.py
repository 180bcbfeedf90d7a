"""Organisations (lexicon, templates, acronyms) and places (gazetteer, countries)."""

from __future__ import annotations

from pressnlp.extract import extract
from pressnlp.extract.orgs import find_orgs, org_norm
from pressnlp.extract.places import find_places
from pressnlp.records import Release


def _texts(mentions) -> list[str]:
    return [m.text for m in mentions]


def test_lexicon_orgs_get_the_shared_chinese_norm() -> None:
    en = find_orgs("The Chinese People's Association for Friendship with Foreign Countries "
                   "(CPAFFC) and the Ministry of Foreign Affairs sent officials.", "en")
    assert en[0].norm == "中国人民对外友好协会"
    assert "Ministry of Foreign Affairs" in _texts(en)
    zh = find_orgs("全国友协与沈阳市人民政府外事办公室共同主办。", "zh")
    assert {m.text: m.norm for m in zh} == {"全国友协": "中国人民对外友好协会",
                                            "沈阳市人民政府外事办公室": "沈阳市人民政府外事办公室"}


def test_english_templates_and_heads() -> None:
    text = ("Officials of the Foreign Affairs Office of Nanchang Municipal Government and the "
            "CPC Wuxi Municipal Committee visited the Jiaxing Municipal Bureau of Commerce.")
    assert _texts(find_orgs(text, "en")) == [
        "Foreign Affairs Office of Nanchang Municipal Government", "CPC Wuxi Municipal Committee",
        "Jiaxing Municipal Bureau of Commerce"]


def test_chinese_missions_and_suffix_orgs() -> None:
    text = "日本驻沈阳总领事馆和大连市商务局、温州大学的代表出席。"
    assert _texts(find_orgs(text, "zh")) == ["日本驻沈阳总领事馆", "大连市商务局", "温州大学"]


def test_bare_party_committee_inside_a_title_is_no_org() -> None:
    assert find_orgs("市委副书记、市长出席。", "zh") == []


def test_acronym_defined_once_resolves_later_mentions_across_paragraphs() -> None:
    rel = Release(date="2023-12-19", language="en", paragraphs=(
        "Changchun Foreign Affairs Office (CCFAO) hosted the students.",
        "CCFAO staff guided the tour.",
        "The Nanjing Municipal Tourism Bureau (NMTB) and NMTB partners joined."),
        paragraph_langs=("en", "en", "en"))
    orgs = [e for e in extract(rel).entities if e.label == "ORG"]
    ccfao = [e for e in orgs if e.text == "CCFAO"]
    assert ccfao and ccfao[0].norm == "长春市外事(侨务)办公室"
    assert rel.body[ccfao[0].start:ccfao[0].end] == "CCFAO"
    nmtb = [e for e in orgs if e.text == "NMTB"]
    assert nmtb and nmtb[0].norm == "Nanjing Municipal Tourism Bureau"


def test_org_norm_handles_case_hyphens_and_articles() -> None:
    assert org_norm("the Shenyang foreign affairs office", "en") == "沈阳市人民政府外事办公室"
    assert org_norm("ASEAN China Centre", "en") == "中国—东盟中心"


def test_places_and_country_adjectives() -> None:
    places = find_places("Uruguayan guests toured Shenyang, Liaoning Province and Xi'an.", "en")
    assert {m.text: m.norm for m in places} == {
        "Uruguayan": "乌拉圭", "Shenyang": "沈阳市", "Liaoning Province": "辽宁省", "Xi'an": "西安市"}


def test_chinese_places_need_suffix_for_districts() -> None:
    places = find_places("浑南区和平街道与辽宁省、齐齐哈尔及卡塔尔", "zh")
    assert {m.text: m.norm for m in places} == {
        "浑南区": "浑南区", "辽宁省": "辽宁省", "齐齐哈尔": "齐齐哈尔市", "卡塔尔": "卡塔尔"}


def test_org_fragments_are_not_orgs() -> None:
    from pressnlp.extract.orgs import find_orgs

    assert find_orgs("坚持中国特色社会主义道路，深化务实合作。", "zh") == []
    assert [m.text for m in find_orgs("沈阳市公安局局长出席了仪式。", "zh")] == ["沈阳市公安局"]
    assert find_orgs("The Foundation was set up in 2001 by local families.", "en") == []
