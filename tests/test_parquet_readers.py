"""Parquet datasets that pandas, pyarrow and DuckDB read as they come (issue 15.6)."""

from __future__ import annotations

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

import pressnlp as pn
from pressnlp.corpus import Corpus
from pressnlp.corpus.tables import TABLES

DATED = ("Harbin Mayor Meets Niigata Delegation\nDate: 2023-05-09\nOn May 8, Zhang Qingwei, "
         "Mayor of Harbin, met a delegation from Niigata and 20 guests from local firms.\n")
UNDATED = ("Dalian Holds Port Forum\nThe port logistics forum opened in Dalian, attended by "
           "200 guests from 15 countries.\n")


def _run(folder, out, stage="analyze"):
    return Corpus.from_path(folder).analyze(stage=stage, progress=False, output=out,
                                            format="parquet", chunksize=1)


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    d = tmp_path_factory.mktemp("pq")
    (d / "in").mkdir()
    for i, text in enumerate([DATED, UNDATED, DATED.replace("2023", "2021"), UNDATED]):
        (d / "in" / f"r-{i}.txt").write_text(text.replace("Harbin", f"Harbin{i}"), "utf-8")
    _run(d / "in", d / "out")
    return d / "out"


@pytest.mark.parametrize("table", TABLES)
def test_every_table_reads_with_pandas_pyarrow_and_duckdb(dataset, table):
    ours = pn.read_parquet(dataset).table(table)
    by_pandas = pd.read_parquet(dataset / table)
    by_arrow = pq.read_table(dataset / table)
    n_duck = duckdb.sql(f"select count(*) from read_parquet('{dataset / table}/*.parquet')"
                        ).fetchall()[0][0]
    assert len(by_pandas) == by_arrow.num_rows == n_duck == len(ours)
    assert list(by_pandas.columns) == list(ours.columns)


def test_null_years_and_input_order(dataset):
    releases = pd.read_parquet(dataset / "releases")
    assert releases["release_id"].tolist() == ["r-0", "r-1", "r-2", "r-3"]
    assert releases["year"].isna().tolist() == [False, True, False, True]
    years = dict(duckdb.sql(f"select release_id, year from read_parquet("
                            f"'{dataset}/releases/*.parquet')").fetchall())
    assert years == {"r-0": 2023, "r-1": None, "r-2": 2021, "r-3": None}


def test_empty_tables_and_an_all_undated_run_still_read(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "u.txt").write_text(UNDATED, encoding="utf-8")
    out = tmp_path / "out"
    _run(tmp_path / "in", out, stage="parse")
    for table in TABLES:
        assert len(pd.read_parquet(out / table)) == (1 if table == "releases" else 0)
        assert duckdb.sql(f"select count(*) from read_parquet('{out / table}/*.parquet')"
                          ).fetchall()[0][0] == (1 if table == "releases" else 0)
    assert pd.read_parquet(out / "releases")["year"].isna().all()
    res = pn.read_parquet(out)
    assert res.n_inputs == 1 == len(res.releases) + len(res.errors)
