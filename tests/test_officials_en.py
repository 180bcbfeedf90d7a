"""English officials: one sentence of our own for every pattern P1–P14 of GENRE.md §2.1."""

from __future__ import annotations

import pytest

from pressnlp.extract.officials import find_officials


def _one(text: str, name: str):
    found = {o.name: o for o in find_officials(text, "en")}
    assert name in found, f"{name!r} not in {list(found)}"
    return found[name]


@pytest.mark.parametrize("pattern, text, name, title, org", [
    ("P1", "Wang Lihua, Deputy Director of Harbin Foreign Affairs Office, chaired the briefing.",
     "Wang Lihua", "Deputy Director", "Harbin Foreign Affairs Office"),
    ("P2", "Zhao Ming, Deputy Secretary of the CPC Dalian Municipal Committee and Mayor, met the guests.",
     "Zhao Ming", "Deputy Secretary", "CPC Dalian Municipal Committee"),
    ("P4", "Vice Mayor Hao Ming welcomed the trade delegation from Osaka.",
     "Hao Ming", "Vice Mayor", None),
    ("P5", "Deputy Secretary of the Kunming Municipal Party Committee and Mayor Liu Jiachen spoke.",
     "Liu Jiachen", "Deputy Secretary", "Kunming Municipal Party Committee"),
    ("P5", "Secretary-General of the Municipal Government, Tang Wei, hosted the dinner.",
     "Tang Wei", "Secretary-General", "Municipal Government"),
    ("P6", "Director-General Zhang Xiaomei of Hubei FAO attended the ceremony.",
     "Zhang Xiaomei", "Director-General", "Hubei FAO"),
    ("P7", "Vietnamese Ambassador to China Pham Sao Mai visited the exhibition.",
     "Pham Sao Mai", "Ambassador to China", "Vietnamese"),
    ("P7", "Royal Thai Consul General in Kunming (Surasak Chaiyo) delivered a speech.",
     "Surasak Chaiyo", "Consul General in Kunming", "Royal Thai"),
    ("P7", "Aichi Prefecture Governor Hideaki Omura signed the memorandum.",
     "Hideaki Omura", "Governor", "Aichi Prefecture"),
    ("P8", "Luan Jianzhang, director of the Harbin Foreign Affairs Office, told reporters.",
     "Luan Jianzhang", "director", "Harbin Foreign Affairs Office"),
    ("P9", "Governor of Canelones, Uruguay, Marcos Silva attended the signing ceremony.",
     "Marcos Silva", "Governor", "Canelones, Uruguay"),
    ("P10", "Ms. Liu Xiaoliu, Vice Mayor of Chengdu, hosted the reception.",
     "Liu Xiaoliu", "Vice Mayor", "Chengdu"),
    ("P12", "Party chief of Hubei province Li Wei inspected the port.",
     "Li Wei", "Party chief", "Hubei province"),
    ("P13", "Deputy Director-General of Harbin Foreign Affairs Office (HFAO) Mr. Gao Feng attended.",
     "Gao Feng", "Deputy Director-General", "Harbin Foreign Affairs Office (HFAO)"),
    ("P14", "Zhou Li, Director of the Office of the Foreign Affairs Committee of the CPC Dalian "
            "Municipal Committee (Foreign Affairs Office of Dalian Municipal Government), spoke.",
     "Zhou Li", "Director", "Office of the Foreign Affairs Committee of the CPC Dalian Municipal "
     "Committee (Foreign Affairs Office of Dalian Municipal Government)"),
])
def test_patterns(pattern: str, text: str, name: str, title: str, org: str | None) -> None:
    o = _one(text, name)
    assert o.title == title, pattern
    assert o.org == org, pattern
    assert text[o.start:o.end] == name


def test_p3_three_stacked_posts() -> None:
    text = ("Ma Jun, Secretary of the CPC Huairou District Committee, Director of the Foreign Affairs "
            "Committee of the CPC Huairou District Committee, and Head of the Huairou District Leading "
            "Group for International Exchanges, addressed the forum.")
    o = _one(text, "Ma Jun")
    assert [p.title for p in o.posts] == ["Secretary", "Director", "Head"]
    assert o.posts[2].org == "Huairou District Leading Group for International Exchanges"


def test_p11_cum_joins_posts() -> None:
    text = ("Mr. Tian Lei, Adviser to the Provincial Government cum Director of China-South Asia "
            "Expo Executive Committee, opened the fair.")
    o = _one(text, "Tian Lei")
    assert [p.title for p in o.posts] == ["Adviser", "Director"]
    assert o.posts[1].org == "China-South Asia Expo Executive Committee"


def test_dual_post_shares_org_and_back_references() -> None:
    text = ("Chen Hao, Party Secretary and Director of Dalian Foreign Affairs Office, met the consuls. "
            "Director Chen said the office would help. Chen also thanked them.")
    officials = find_officials(text, "en")
    assert [o.name for o in officials] == ["Chen Hao"]
    o = officials[0]
    assert [(p.title, p.org) for p in o.posts] == [
        ("Party Secretary", "Dalian Foreign Affairs Office"), ("Director", "Dalian Foreign Affairs Office")]
    assert [text[a:b] for a, b in o.mentions] == ["Chen", "Chen"]


def test_name_forms_caps_diacritics_particles() -> None:
    text = ("ZHANG Wenli, Deputy Director General of Xiamen Foreign Affairs Office, welcomed "
            "Mário Škunca, Deputy Mayor of Split, Croatia, and Renato de Almeida Freitas, Consul "
            "General of Brazil in Guangzhou.")
    names = {o.name: o for o in find_officials(text, "en")}
    assert set(names) == {"ZHANG Wenli", "Mário Škunca", "Renato de Almeida Freitas"}
    assert names["Mário Škunca"].org == "Split, Croatia"
    assert names["Renato de Almeida Freitas"].org == "Brazil"
    assert names["ZHANG Wenli"].name_norm == "zhang wenli"


def test_honorifics_are_dropped() -> None:
    text = "H.E. Mme. Yang Xiuping, Secretary-General of ASEAN-China Centre, and Dr. Thomas Wagner, President of the German Chamber of Commerce in China, spoke."
    names = {o.name for o in find_officials(text, "en")}
    assert names == {"Yang Xiuping", "Thomas Wagner"}


def test_people_without_posts_and_unnamed_officials_are_not_listed() -> None:
    text = ("The Sapporo mayor sent a letter. Lucy Brown, a travel blogger from Canada, posted "
            "photos, and student Li Na sang a song. By ZHAO MINGYU")
    assert find_officials(text, "en") == []


def test_full_mention_later_is_merged_into_one_person() -> None:
    text = ("Mayor Sun Wei met the delegation. Sun Wei, Deputy Secretary of the CPC Harbin Municipal "
            "Committee and Mayor, briefed them.")
    officials = find_officials(text, "en")
    assert len(officials) == 1
    assert officials[0].title == "Deputy Secretary"
    assert officials[0].start == text.index("Sun Wei")


@pytest.mark.parametrize("text, name, title, org", [
    # an organisation word that begins with a non-ASCII capital, and a foreign
    # administrative-division word that is never part of the person's name
    ("Vice Mayor Chen Hao met with Marshal of the Łódź Voivodeship Marek Żelazny and his party.",
     "Marek Żelazny", "Marshal", "Łódź Voivodeship"),
    ("Vice Mayor Chen Hao held talks with Marshal Marek Żelazny of Łódź Voivodeship.",
     "Marek Żelazny", "Marshal", "Łódź Voivodeship"),
    ("Governor Jiří Šťastný of Ústí Region visited the Chongqing Foreign Affairs Office.",
     "Jiří Šťastný", "Governor", "Ústí Region"),
    ("Vice Mayor Chen Hao met with Vietnamese Consul General in Kunming Nguyễn Văn Hùng and his party.",
     "Nguyễn Văn Hùng", "Consul General in Kunming", "Vietnamese"),
])
def test_non_ascii_capitals(text, name, title, org):
    o = _one(text, name)
    assert (o.title, o.org) == (title, org)


def test_back_references_are_linked_only_after_the_first_mention() -> None:
    text = ("Visitors to the Lin Garden met Lin Tao, Director of Weihai Foreign Affairs Office, on "
            "Friday. Lin said exchanges would grow; Tao Lin, a student, thanked Director Lin.")
    (o,) = find_officials(text, "en")
    assert o.name == "Lin Tao"
    later = text.index("Lin said")
    assert [(a, text[a:b]) for a, b in o.mentions] == [
        (later, "Lin"), (text.index("Tao Lin"), "Tao"), (text.index("Tao Lin") + 4, "Lin"),
        (text.rindex("Lin"), "Lin")]


def test_diplomatic_posts_are_read_case_insensitively_and_remembered() -> None:
    from pressnlp.extract.officials_en import _DIPLOMATIC, _is_diplomatic

    for title in ("Consul General", "CONSUL-GENERAL", "Chargé d'Affaires", "Deputy Director",
                  "Minister Counsellor", "Vice Mayor", "ambassador"):
        assert _is_diplomatic(title) == bool(_DIPLOMATIC.search(title))
    assert _is_diplomatic("Consul General") and not _is_diplomatic("Vice Mayor")
    hits = _is_diplomatic.cache_info().hits
    _is_diplomatic("Consul General")
    assert _is_diplomatic.cache_info().hits == hits + 1


def test_a_post_is_cleaned_once_and_shared() -> None:
    from pressnlp.extract.officials import _post

    first = _post("Deputy\n Director ,", "the  Jinan Foreign\nAffairs Office")
    assert (first.title, first.org) == ("Deputy Director", "Jinan Foreign Affairs Office")
    assert _post("Deputy\n Director ,", "the  Jinan Foreign\nAffairs Office") is first
    assert _post("Mayor", None).org is None and _post("Mayor", "").org is None
