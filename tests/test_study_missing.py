"""Every study call works on a corpus where any column may be missing for some rows (or for all
rows, or be absent): releases without host, date or body, officials without title or posts,
entities without norm, themes without rank, slogans without canonical form …"""

import json

import networkx as nx
import pandas as pd
import pytest

from pressnlp.corpus.tables import SCHEMAS, typed
from study_tables import StudyResult

SY = "wb.shenyang.gov.cn"


def base_tables() -> dict[str, pd.DataFrame]:
    def posts(*pairs):
        return json.dumps([{"title": t, "org": o} for t, o in pairs], ensure_ascii=False)

    releases = [
        {"release_id": "r1", "kind": "release", "language": "zh", "date": "2023-03-02",
         "year": 2023, "host": SY, "url": f"http://{SY}/a.html", "title": "市长会见德国总领事",
         "body": "郝志成会见德国驻沈阳总领事毕满天。"},
        {"release_id": "r2", "kind": "release", "language": "en", "date": "2023-03-05",
         "year": 2023, "host": None, "title": "Mayor meets consul general",
         "body": "Mayor Hao Zhicheng met Consul General Bi Mantian."},
        {"release_id": "r3", "kind": "release", "language": "zh", "date": "2023-04-01",
         "year": 2023, "host": SY, "title": "市外办主任出席活动", "body": "周宏亮主任出席。"},
        {"release_id": "r4", "kind": "release", "language": "en", "date": None, "host": None,
         "title": "Director attends forum", "body": "Director Zhou Hongliang attended.",
         "duplicate_of": None},
    ]
    officials = [
        {"release_id": "r1", "name": "郝志成", "name_norm": "郝志成", "title": "市长", "org": None,
         "posts": posts(("市长", None)), "lang": "zh", "start": 0, "end": 3, "date": "2023-03-02",
         "host": SY, "year": 2023},
        {"release_id": "r1", "name": "毕满天", "name_norm": "毕满天", "title": "总领事",
         "org": "德国驻沈阳总领事馆", "posts": posts(("总领事", "德国驻沈阳总领事馆")), "lang": "zh",
         "start": 10, "end": 13, "date": "2023-03-02", "host": SY, "year": 2023},
        {"release_id": "r2", "name": "Hao Zhicheng", "name_norm": "Hao Zhicheng", "title": "Mayor",
         "org": "Shenyang", "posts": posts(("Mayor", "Shenyang")), "lang": "en", "start": 6,
         "end": 18, "date": "2023-03-05", "host": None, "year": 2023},
        {"release_id": "r2", "name": "Bi Mantian", "name_norm": "Bi Mantian",
         "title": "Consul General", "org": None, "posts": "[]", "lang": "en", "start": 40,
         "end": 50, "date": "2023-03-05", "year": 2023},
        {"release_id": "r3", "name": "周宏亮", "name_norm": "周宏亮", "title": "主任",
         "org": "沈阳市外办", "posts": posts(("主任", "沈阳市外办")), "lang": "zh", "start": 0,
         "end": 3, "date": "2023-04-01", "host": SY, "year": 2023},
        {"release_id": "r4", "name": "Zhou Hongliang", "name_norm": "Zhou Hongliang",
         "title": "Director", "org": "Shenyang Foreign Affairs Office", "posts": None,
         "lang": "en", "start": 9, "end": 23},
    ]
    entities = [
        {"release_id": "r1", "text": "德国驻沈阳总领事馆", "label": "ORG", "norm": None,
         "lang": "zh", "start": 8, "end": 17, "year": 2023},
        {"release_id": "r4", "text": "Shenyang Foreign Affairs Office", "label": "ORG",
         "norm": "Shenyang Foreign Affairs Office", "lang": "en", "start": 0, "end": 31},
    ]
    themes = [
        {"release_id": "r1", "label": "CONSULAR", "score": 0.8, "rank": 1, "year": 2023},
        {"release_id": "r2", "label": "CONSULAR", "score": 0.7, "rank": 1, "year": 2023},
        {"release_id": "r3", "label": "VISIT", "score": 0.6, "rank": 1, "year": 2023},
        {"release_id": "r4", "label": "VISIT", "score": 0.6, "rank": 1},
    ]
    slogans = [
        {"release_id": "r1", "text": "高质量发展", "canonical": "高质量发展",
         "category": "DEVELOPMENT", "year": 2023},
        {"release_id": "r2", "text": "high-quality development", "canonical": "高质量发展",
         "category": "DEVELOPMENT", "year": 2023},
        {"release_id": "r4", "text": "Belt and Road", "canonical": None, "category": None},
    ]
    return {"releases": typed("releases", releases), "officials": typed("officials", officials),
            "entities": typed("entities", entities), "themes": typed("themes", themes),
            "slogans": typed("slogans", slogans)}


STUDY_TABLES = ("releases", "officials", "entities", "themes", "slogans")
HOLES = [(t, c) for t in STUDY_TABLES for c in SCHEMAS[t]]


def make(tables: dict[str, pd.DataFrame]) -> StudyResult:
    return StudyResult(tables["officials"], releases=tables["releases"],
                       entities=tables["entities"], themes=tables["themes"],
                       slogans=tables["slogans"])


def run_every_study_call(res: StudyResult) -> None:
    assert isinstance(res.people, pd.DataFrame)
    assert isinstance(res.orgs, pd.DataFrame)
    careers = res.careers()
    assert isinstance(careers, pd.DataFrame)
    edges = res.edges()
    assert isinstance(edges, pd.DataFrame)
    assert isinstance(res.to_networkx(), nx.Graph)
    assert isinstance(res.theme_timeline(), pd.DataFrame)
    assert isinstance(res.theme_timeline(by=None, top_only=True), pd.DataFrame)
    assert isinstance(res.slogan_timeline(), pd.DataFrame)
    assert isinstance(res.slogan_timeline(by="language"), pd.DataFrame)


def test_complete_corpus_gives_results():
    res = make(base_tables())
    run_every_study_call(res)
    assert len(res.careers()) >= 3
    assert len(res.edges()) >= 1
    assert len(res.theme_timeline(by=None)) >= 2


def test_host_on_some_releases_only():
    """The usual case: a few releases were scraped with their URL, most were not."""
    res = make(base_tables())
    careers = res.careers()
    chen = careers[careers["name"].isin(["Zhou Hongliang", "周宏亮"])]
    assert len(chen) == 1 and chen.iloc[0]["sources"] == [SY]
    timeline = res.theme_timeline()
    assert set(timeline["host"]) == {SY, "(unknown)"}


@pytest.mark.parametrize("table,column", HOLES, ids=[f"{t}.{c}" for t, c in HOLES])
def test_column_missing_for_some_rows(table, column):
    tables = base_tables()
    df = tables[table].copy()
    df.loc[df.index[::2], column] = pd.NA  # every other row
    tables[table] = df
    run_every_study_call(make(tables))


@pytest.mark.parametrize("table,column", HOLES, ids=[f"{t}.{c}" for t, c in HOLES])
def test_column_missing_for_all_rows_or_absent(table, column):
    tables = base_tables()
    blank = tables[table].copy()
    blank[column] = pd.Series([pd.NA] * len(blank), dtype=blank[column].dtype)
    run_every_study_call(make({**tables, table: blank}))
    run_every_study_call(make({**tables, table: tables[table].drop(columns=[column])}))


def test_untyped_frames_with_none_and_nan():
    """Frames built by hand (object columns, None and NaN mixed) work too."""
    tables = {t: df.astype(object).where(df.notna(), None) for t, df in base_tables().items()}
    tables["releases"].loc[1, "host"] = float("nan")
    tables["officials"].loc[0, "title"] = float("nan")
    run_every_study_call(make(tables))


def test_corpus_result_with_hosts_on_some_releases():
    from pressnlp.corpus import CorpusResult

    res = CorpusResult(base_tables())
    run_every_study_call(res)
    assert res.officials["person_id"].notna().all()
    assert res.careers()["sources"].map(lambda s: all(isinstance(h, str) for h in s)).all()
