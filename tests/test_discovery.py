"""Discovery of slogans the lexicon lacks, on a generated corpus of genre-like releases."""

import random

import pandas as pd
import pytest

import pressnlp as pn
from pressnlp.corpus.discovery import discover_slogans, promote
from pressnlp.classify.slogans import find_slogans
from pressnlp.lexicon import Lexicon
from pressnlp.records import Release, Site
from lexicons import lexicon_installed

CITIES = ["Shenyang", "Changchun", "Dalian", "Harbin", "Chengdu", "Wuhan", "Xi'an", "Kunming"]
PARTNERS = [("Sapporo", "Japan"), ("Sendai", "Japan"), ("Oakland", "the United States"),
            ("Nuremberg", "Germany"), ("Daejeon", "the Republic of Korea"), ("Pattaya", "Thailand"),
            ("Turku", "Finland"), ("Florida", "Uruguay"), ("Novosibirsk", "Russia")]
TOPICS = ["advanced manufacturing", "new energy vehicles", "vocational education", "cold-chain logistics",
          "ice and snow tourism", "green agriculture", "biomedicine", "cultural heritage protection"]
OPENERS = [
    "On {day}, Vice Mayor {name} met with a delegation from {partner}, {country}, led by its deputy mayor.",
    "A delegation of {n} entrepreneurs from {partner}, {country} visited {city} on {day}.",
    "From {day}, officials of the {city} Foreign Affairs Office visited {partner} in {country}.",
    "The {city} municipal government held a video meeting with {partner}, {country} on {day}.",
    "Consular officers from {n} consulates general attended a briefing held in {city} on {day}.",
]
MIDDLES = [
    "The two sides exchanged views on cooperation in {topic} and agreed to expand contacts between enterprises.",
    "{name} said that {city} values its ties with {partner} and hopes to deepen exchanges in {topic}.",
    "Guests toured an industrial park and learned about projects in {topic}.",
    "Representatives of {n} companies signed agreements worth RMB {n} million on {topic}.",
    "Students from the two cities will take part in a summer program on {topic} next year.",
]
CLOSERS = [
    "Both sides expressed the hope to hold more activities in the coming year.",
    "The visit further strengthened mutual understanding between the two cities.",
    "Participants also visited a museum and a local university.",
    "It was agreed that working groups will follow up on the projects discussed.",
]
CAMPAIGN = "Digital Silk Road, Shared Future"


def make_corpus(seed: int = 7, n: int = 36) -> list[Release]:
    rng = random.Random(seed)
    hosts = ["wb.shenyang.gov.cn", "en.changchun.gov.cn", "en.dl.gov.cn", "cdfao.chengdu.gov.cn"]
    releases = []
    for i in range(n):
        city, (partner, country) = rng.choice(CITIES), rng.choice(PARTNERS)
        vals = dict(city=city, partner=partner, country=country, topic=rng.choice(TOPICS),
                    name=rng.choice(["Liu Donghai", "Duan Jiyang", "Ou Shuo", "Sun Guangwen"]),
                    n=rng.randint(5, 60), day=f"May {rng.randint(1, 28)}")
        paras = [rng.choice(OPENERS).format(**vals), rng.choice(MIDDLES).format(**vals),
                 rng.choice(CLOSERS).format(**vals)]
        releases.append(Release(id=f"r{i:02d}", title=f"{city} Deepens Exchanges with {partner}",
                                paragraphs=tuple(paras), language="en", date=f"2023-{1 + i % 12:02d}-10",
                                site=Site(host=hosts[i % len(hosts)])))
    # the unseen campaign theme: four releases on two sites, quoted three times
    uses = {3: f'The event was themed "{CAMPAIGN}" and gathered {12} partner cities.',
            8: f'Delegates discussed the "{CAMPAIGN}" campaign launched by the provincial government.',
            14: f"Under the banner of {CAMPAIGN}, the two sides signed a memorandum.",
            19: f'The forum, themed "{CAMPAIGN}", closed on Friday.'}
    for i, sentence in uses.items():
        r = releases[i]
        releases[i] = Release(id=r.id, title=r.title, paragraphs=r.paragraphs + (sentence,),
                              language="en", date=r.date,
                              site=Site(host="en.changchun.gov.cn" if i % 2 else "wb.shenyang.gov.cn"))
    return releases


def test_unseen_campaign_phrase_ranks_in_top5():
    table = discover_slogans(make_corpus(), min_releases=3)
    assert list(table.columns[:8]) == ["candidate", "score", "n_releases", "n_sites", "first_seen",
                                       "last_seen", "quoted_share", "examples"]
    top = [str(c) for c in table["candidate"].head(5)]
    assert CAMPAIGN in top, top
    row = table[table["candidate"] == CAMPAIGN].iloc[0]
    assert row["n_releases"] == 4 and row["n_sites"] == 2
    assert row["quoted_share"] == pytest.approx(0.75)
    assert row["first_seen"] <= row["last_seen"]
    assert any(CAMPAIGN in ex for ex in row["examples"])


def test_known_slogans_are_not_candidates():
    corpus = make_corpus()
    extra = [Release(id=f"k{i}", paragraphs=(
        "The city will pursue high-quality development and the Belt and Road Initiative, "
        f"said the mayor at meeting number {i}.",), language="en") for i in range(5)]
    table = discover_slogans(corpus + extra, min_releases=3)
    joined = " ".join(map(str, table["candidate"])).lower()
    assert "high-quality development" not in joined
    assert "belt and road" not in joined


def test_chinese_quoted_theme_is_found_in_analyses():
    base = "{}月{}日，市外办举办外籍人士联谊活动，来自{}个国家的{}余名外籍人士参加。"
    theme = "“共享春光·相约冰城”"
    records = []
    for i in range(30):
        paras = [base.format(1 + i % 12, 1 + i % 27, 5 + i % 9, 40 + i)]
        if i in (2, 9, 17):
            paras.append(f"活动以{theme}为主题，设置了民俗体验和文艺演出环节。")
        rel = Release(id=f"z{i}", paragraphs=tuple(paras), language="zh",
                      site=Site(host="a.gov.cn" if i < 10 else "b.gov.cn"))
        records.append(pn.Analysis(release=rel))
    table = discover_slogans(records, min_releases=3)
    assert "共享春光·相约冰城" in [str(c) for c in table["candidate"].head(5)]


def test_empty_input_gives_empty_table():
    table = discover_slogans([], min_releases=3)
    assert isinstance(table, pd.DataFrame) and len(table) == 0


def test_promote_makes_candidate_known(tmp_path):
    table = discover_slogans(make_corpus(), min_releases=3)
    chosen = table[table["candidate"] == CAMPAIGN]
    path = promote(chosen, tmp_path / "lex", category="DIPLOMACY")
    assert path.name == "slogans.tsv"
    with lexicon_installed(Lexicon.load(extra=[tmp_path / "lex"])):
        found = find_slogans(f"Under the banner of {CAMPAIGN}, the two cities met.")
        assert [(s.text, s.category, s.novel) for s in found] == [(CAMPAIGN, "DIPLOMACY", False)]


def test_counts_names_places_posts_and_orgs_are_not_candidates():
    """Recurring across sites is not enough: 余人参加, 市商务局, 外办主任, place names and
    Chinese personal names are not formulations; a quoted theme and a numbered formula are."""
    hosts = ["wb.shenyang.gov.cn", "fao.wenzhou.gov.cn", "www.czfao.gov.cn", "en.dl.gov.cn"]
    cities = ["沈阳", "温州", "常州", "大连"]
    records = []
    for i in range(24):
        city = cities[i % 4]
        paras = [f"{1 + i % 12}月{3 + i % 20}日，{city}市外办主任王海峰会见了来访的代表团，"
                 f"市商务局负责人参加会见，来自{5 + i}个国家的{30 + i}余人参加活动。",
                 f"On May {1 + i % 28}, Director Wang Haifeng of the {city} Foreign Affairs "
                 f"Office met the delegation in Northeast Liaoning Province."]
        if i % 6 == 0:
            paras.append("双方表示，将围绕“携手同行·共创未来”主题，落实“三个一批”工作要求。")
        rel = Release(id=f"c{i}", paragraphs=tuple(paras), language="zh",
                      site=Site(host=hosts[i % 4]))
        officials = (pn.Official(name="王海峰", title="主任", lang="zh"),
                     pn.Official(name="Wang Haifeng", title="Director", lang="en"))
        records.append(pn.Analysis(release=rel, officials=officials))
    table = discover_slogans(records, min_releases=3, max_share=1.0)
    found = [str(c) for c in table["candidate"]]
    assert "携手同行·共创未来" in found and "三个一批" in found
    joined = " | ".join(found)
    for noise in ("余人参加", "个国家", "市商务局", "外办主任", "Wang Haifeng", "Liaoning",
                  "王海峰"):
        assert noise not in joined, (noise, found)
