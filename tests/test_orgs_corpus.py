"""Organisations at corpus level: one org_id for an acronym and its expansion, whole names only
(no places, spill-overs or coordinations), syndicated copies not counted as more releases."""

import pandas as pd
import pytest

from pressnlp.corpus.orgtext import acronym_definitions, matches_acronym, org_parts
from pressnlp.corpus.tables import typed
from study_tables import StudyResult, official_row
from lexicons import lexicon_folder, lexicon_installed

HOST = "www.jms.gov.cn"


def entity(rid, text, lang="en"):
    return {"release_id": rid, "text": text, "label": "ORG", "norm": None, "lang": lang,
            "start": 0, "end": len(text)}


def release(rid, body, date, duplicate_of=None, host=None):
    return {"release_id": rid, "kind": "release", "language": "en", "body": body, "date": date,
            "host": host, "duplicate_of": duplicate_of}


BODY = ("Zhao Hongmei, Director of Jiamusi Foreign Affairs Office (JMSFAO), met a delegation of "
        "the Khabarovsk Krai Chamber of Commerce.")


@pytest.fixture
def corpus():
    releases = [release("r1", BODY, "2024-03-01"),
                release("r2", "The JMSFAO hosted a reception for consular officials.",
                        "2024-04-02"),
                release("r3", BODY, "2024-03-02", duplicate_of="r1"),  # a syndicated copy
                release("r4", BODY, "2024-03-02", duplicate_of="r1")]
    officials = [official_row(rid, "Zhao Hongmei", "en", "Director",
                              "Jiamusi Foreign Affairs Office (JMSFAO)", date=day)
                 for rid, day in (("r1", "2024-03-01"), ("r3", "2024-03-02"),
                                  ("r4", "2024-03-02"))]
    officials.append(official_row("r2", "Zhao Hongmei", "en", "Director", "JMSFAO",
                                  date="2024-04-02"))
    officials += [official_row(rid, "Ivan Petrov", "en", "Chairman",
                               "Khabarovsk Krai Chamber of Commerce", date="2024-03-01")
                  for rid in ("r1", "r3", "r4")]
    entities = [entity(rid, "Jiamusi Foreign Affairs Office") for rid in ("r1", "r3", "r4")]
    entities += [entity("r2", "JMSFAO"), entity("r2", "Foundation"),
                 entity("r2", "Heilongjiang Province"), entity("r2", "所泽市", "zh"),
                 entity("r2", "Jiamusi Municipal Party Committee and Mayor Li Qiang")]
    return StudyResult(typed("officials", officials), releases=typed("releases", releases),
                       entities=typed("entities", entities))


def org_row(res, name):
    orgs = res.orgs
    hit = orgs[orgs["names_en"].apply(lambda names: name in names)]
    assert len(hit) == 1, (name, list(orgs["name"]))
    return hit.iloc[0]


def test_acronym_and_expansion_are_one_org(corpus):
    fao = org_row(corpus, "Jiamusi Foreign Affairs Office")
    assert "JMSFAO" in fao["names_en"]
    assert not any("(" in n for names in corpus.orgs["names_en"] for n in names)
    assert fao["n_releases"] == 2  # r1 and r2; r3, r4 copy r1


def test_copies_do_not_count_as_more_releases(corpus):
    people = corpus.people.set_index("name")
    assert people.loc["Zhao Hongmei", "n_releases"] == 2
    assert people.loc["Ivan Petrov", "n_releases"] == 1
    assert org_row(corpus, "Khabarovsk Krai Chamber of Commerce")["n_releases"] == 1
    careers = corpus.careers().set_index("name")
    assert careers.loc["Zhao Hongmei", "n_releases"] == 2
    edge = corpus.edges(kinds=("person-person",)).iloc[0]
    assert edge["n_releases"] == 1 and edge["release_ids"] == ["r1"]


def test_places_heads_and_spill_overs_are_not_orgs(corpus):
    names = {n for names in corpus.orgs["names_en"] for n in names} | \
        {n for names in corpus.orgs["names_zh"] for n in names}
    assert "Jiamusi Municipal Party Committee" in names
    assert not names & {"Foundation", "Heilongjiang Province", "所泽市",
                        "Jiamusi Municipal Party Committee and Mayor Li Qiang"}


@pytest.mark.parametrize("text,parts", [
    ("Harbin Institute of Technology and the Sun Island Scenic Area Administration",
     ["Harbin Institute of Technology", "Sun Island Scenic Area Administration"]),
    ("Standing Committee of the CPC Jiamusi Municipal Committee and Executive Vice Mayor",
     ["Standing Committee of the CPC Jiamusi Municipal Committee"]),
    ("Chamber of Commerce and Industry", ["Chamber of Commerce and Industry"]),
    ("International Affairs Bureau of Niigata City", ["International Affairs Bureau of Niigata City"]),
    ("Niigata City", []), ("Almaty, Kazakhstan", []), ("哈巴罗夫斯克边疆区政府", ["哈巴罗夫斯克边疆区政府"]),
    ("新潟县", []), ("佳木斯市人民政府外事办公室", ["佳木斯市人民政府外事办公室"]),
])
def test_org_parts(text, parts):
    assert org_parts(text) == parts


def test_acronym_matching():
    assert matches_acronym("JMSFAO", "Jiamusi Foreign Affairs Office")
    assert matches_acronym("ASEAN", "Association of Southeast Asian Nations")
    assert not matches_acronym("WHO", "Jiamusi Foreign Affairs Office")
    defs = acronym_definitions([("r1", "He visited the Harbin Institute of Technology (HIT) "
                                       "and the Jiamusi Foreign Affairs Office (JMSFAO).")])
    assert defs == {"HIT": {"r1": "Harbin Institute of Technology"},
                    "JMSFAO": {"r1": "Jiamusi Foreign Affairs Office"}}


def test_org_ids_follow_the_org(corpus):
    before = corpus.orgs.set_index("name")["org_id"]
    smaller = StudyResult(corpus.officials[corpus.officials["release_id"] != "r2"].copy(),
                          releases=corpus.releases, entities=corpus.entities[
                              corpus.entities["release_id"] != "r2"].copy())
    after = smaller.orgs.set_index("name")["org_id"]
    assert (after == before.loc[after.index]).all()
    assert pd.Series(before).str.fullmatch(r"O[0-9a-f]{12}").all()


def test_org_links_follow_the_lexicon_in_use(tmp_path):
    """A row of a user orgs.tsv joins an English and a Chinese name into one org; the study
    tables of a result are recomputed when the process-wide lexicon changes."""
    import pressnlp as pn

    officials = [official_row("r1", "Ivan Petrov", "en", "Chairman",
                              "Khabarovsk Krai Chamber of Commerce", date="2024-03-01"),
                 official_row("r2", "伊万·彼得罗夫", "zh", "会长", "哈巴罗夫斯克边疆区工商会",
                              date="2024-03-05")]
    res = StudyResult(typed("officials", officials))
    assert len(res.orgs) == 2
    folder = lexicon_folder(tmp_path, {
        "orgs.tsv": ("en\tzh\tabbr\tkind\n"
                     "Khabarovsk Krai Chamber of Commerce\t哈巴罗夫斯克边疆区工商会\t\tchamber\n"),
    })
    with lexicon_installed(pn.Lexicon.load([folder])):
        (row,) = res.orgs.to_dict("records")
        assert row["n_releases"] == 2 and "哈巴罗夫斯克边疆区工商会" in row["names_zh"]
    assert len(res.orgs) == 2
