"""Co-mention networks of officials and organisations."""

import networkx as nx
import pandas as pd
import pytest

from study_tables import StudyResult, official_row as off


@pytest.fixture(scope="module")
def result():
    officials = pd.DataFrame([
        # r1: the mayor meets the German consul general, the FAO director attends
        off("r1", "吕志成", "zh", "市长", None),
        off("r1", "毕满天", "zh", "总领事", "德国驻沈阳总领事馆"),
        off("r1", "陈双伟", "zh", "主任", "沈阳市外办"),
        # r2 (EN): the mayor meets the consul general again
        off("r2", "Lyu Zhicheng", "en", "Mayor", "Shenyang"),
        off("r2", "Chen Shuangwei", "en", "Director", "Shenyang Foreign Affairs Office"),
        # r3: the director alone at a friendship-association event
        off("r3", "陈双伟", "zh", "主任", "沈阳市外办"),
    ])
    entities = pd.DataFrame([
        {"release_id": "r3", "text": "沈阳市人民对外友好协会", "label": "ORG", "norm": None,
         "lang": "zh", "start": 0, "end": 11},
        {"release_id": "r2", "text": "Shenyang People's Association for Friendship with Foreign "
         "Countries", "label": "ORG", "norm": None, "lang": "en", "start": 0, "end": 10},
        {"release_id": "r2", "text": "Shenyang", "label": "GPE", "norm": None, "lang": "en",
         "start": 0, "end": 8},
    ])
    releases = pd.DataFrame({"release_id": ["r1", "r2", "r3"],
                             "date": pd.to_datetime(["2023-03-02", "2023-03-05", "2023-04-01"]),
                             "host": ["wb.shenyang.gov.cn"] * 3})
    return StudyResult(officials, entities=entities, releases=releases)


def pid(result, zh_name):
    people = result.people
    return people.loc[people["names_zh"].apply(lambda n: zh_name in n), "person_id"].iloc[0]


def test_person_edges_across_languages(result):
    e = result.edges()
    pp = e[e["kind"] == "person-person"]
    mayor, director = pid(result, "吕志成"), pid(result, "陈双伟")
    pair = pp[((pp["source"] == mayor) & (pp["target"] == director)) |
              ((pp["source"] == director) & (pp["target"] == mayor))]
    assert len(pair) == 1
    row = pair.iloc[0]
    assert row["n_releases"] == 2 and sorted(row["release_ids"]) == ["r1", "r2"]
    assert list(e.columns[:6]) == ["source", "target", "kind", "weight", "n_releases",
                                   "release_ids"]


def test_newman_weight_discounts_crowded_releases(result):
    e = result.edges(kinds=("person-person",))
    consul = pid(result, "毕满天")
    row = e[(e["source"] == consul) | (e["target"] == consul)].iloc[0]
    assert row["weight"] == pytest.approx(0.5)  # r1 names three people: 1/(3-1)


def test_person_org_edges_link_en_and_zh_org_names(result):
    e = result.edges()
    po = e[e["kind"] == "person-org"]
    director = pid(result, "陈双伟")
    orgs = result.orgs
    assoc = orgs[orgs["names_zh"].apply(lambda n: "沈阳市人民对外友好协会" in n)]
    assert len(assoc) == 1 and assoc.iloc[0]["names_en"]  # EN and ZH names are one org
    edge = po[(po["source"] == director) & (po["target"] == assoc.iloc[0]["org_id"])]
    assert edge.iloc[0]["n_releases"] == 2 and not edge.iloc[0]["affiliation"]
    own = po[(po["source"] == director) & po["affiliation"]]
    assert len(own) == 1  # the director's own office
    assert "Shenyang" not in set(orgs["name"])  # places are not organisations


def test_to_networkx(result):
    g = result.to_networkx()
    assert isinstance(g, nx.Graph)
    mayor = pid(result, "吕志成")
    assert g.nodes[mayor]["kind"] == "person"
    assert "Lyu Zhicheng" == g.nodes[mayor]["name"]
    assert any(d["kind"] == "org" for _, d in g.nodes(data=True))
    assert g.number_of_edges() == len(result.edges())


def test_empty_result():
    empty = StudyResult(pd.DataFrame(columns=["release_id", "name", "lang"]),
                        entities=pd.DataFrame(columns=["release_id", "text", "label"]),
                        releases=pd.DataFrame(columns=["release_id", "date", "host"]))
    assert len(empty.edges()) == 0
    assert empty.to_networkx().number_of_nodes() == 0
