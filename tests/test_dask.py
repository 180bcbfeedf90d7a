"""The Dask engine on a shared LocalCluster: same tables as the serial engine."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pandas as pd
import pytest

import pressnlp as pn
from pressnlp.corpus import Corpus
from test_corpus import CAP, check_accounting, make_mixed_archive

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    return make_mixed_archive(tmp_path_factory.mktemp("dask"))


@pytest.fixture(scope="module")
def serial(mixed):
    return Corpus.from_path(mixed, max_bytes=CAP).analyze(progress=False)


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    return df.sort_values(["release_id", "path"] if "path" in df else list(df.columns[:3])) \
        .reset_index(drop=True)


def test_dask_in_memory_equals_serial(client, mixed, serial):
    res = Corpus.from_path(mixed, max_bytes=CAP).analyze(engine="dask", client=client,
                                                         chunksize=4, progress=False)
    check_accounting(res)
    assert res.stats.engine == "dask"
    assert [a.release.path for a in res] == [a.release.path for a in serial]
    pd.testing.assert_frame_equal(res.releases, serial.releases)
    pd.testing.assert_frame_equal(res.errors, serial.errors)
    pd.testing.assert_frame_equal(res.themes, serial.themes)


def test_dask_writes_parquet_from_workers(client, mixed, serial, tmp_path):
    out = tmp_path / "pq"
    res = Corpus.from_path(mixed, max_bytes=CAP).analyze(
        engine="dask", client=client, chunksize=4, progress=False, output=out, format="parquet")
    assert len(list((out / "releases").rglob("part-*.parquet"))) >= 3
    back = pn.read_parquet(out)
    check_accounting(back)
    assert back.n_inputs == res.n_inputs == serial.n_inputs
    pd.testing.assert_frame_equal(_sorted(back.releases), _sorted(serial.releases))
    pd.testing.assert_frame_equal(_sorted(back.errors), _sorted(serial.errors))
    assert back.releases["duplicate_of"].notna().sum() == \
        serial.releases["duplicate_of"].notna().sum() > 0


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_dask_survives_invalid_unicode_names_and_texts(client, tmp_path, fmt):
    from pressnlp.corpus.parquet import read_run
    from test_hostile import make_unicode_attacks

    src = make_unicode_attacks(tmp_path)
    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "pq")
    res = Corpus.from_path(src).analyze(stage="parse", engine="dask", client=client,
                                        chunksize=2, progress=False, output=out, format=fmt)
    assert res.n_inputs == 7 == res.stats.rows["releases"] + res.stats.rows["errors"]
    assert res.stats.status == "complete"
    if fmt == "parquet":
        back = pn.read_parquet(out)
        assert read_run(out)["status"] == "complete"
        assert len(back.releases) + len(back.errors) == 7
        assert "新闻稿" in set(back.releases["release_id"])
    else:
        assert len(out.read_text(encoding="utf-8").splitlines()) == 7


def test_dask_turns_malformed_structures_into_error_rows(client, tmp_path):
    from test_hostile import STRUCTURE_ERRORS, make_structure_attacks

    src = make_structure_attacks(tmp_path)
    res = Corpus.from_path(src).analyze(stage="parse", engine="dask", client=client,
                                        chunksize=2, progress=False)
    check_accounting(res)
    assert res.n_inputs == 9 and len(res.errors) == len(STRUCTURE_ERRORS)
    assert res.stats.skipped == {"symlink to a folder already read (loop or repeat)": 2}


def test_dask_turns_an_overrun_into_a_timeout_row(client, tmp_path):
    from test_hostile import BusyOn, check_timeout_row, make_spinning

    res = Corpus.from_path(make_spinning(tmp_path)).analyze(
        task=BusyOn("parse", timeout=0.5), engine="dask", client=client, chunksize=1,
        progress=False)
    check_timeout_row(res)


def test_dask_resumes_a_run_interrupted_elsewhere_without_doubles(client, tmp_path,
                                                                  monkeypatch):
    from pressnlp.corpus import run, sinks
    from test_runs import N_DOCS, StopAt

    monkeypatch.setattr(run, "CHECKPOINT_SECONDS", 0)
    monkeypatch.setattr(sinks, "PARQUET_FLUSH_DOCS", 2)
    src = tmp_path / "in"
    src.mkdir()
    for i in range(N_DOCS):
        (src / f"r-{i:02d}.txt").write_text(f"Visit {i}\n\nOn May {i + 1}, 2023, guests met.\n")
    out = tmp_path / "pq"
    corpus = Corpus.from_path(src)
    with pytest.raises(KeyboardInterrupt):
        corpus.analyze(task=StopAt(5), output=out, chunksize=1, progress=False)
    res = corpus.analyze(stage="parse", engine="dask", client=client, output=out,
                         chunksize=2, progress=False, resume=True)
    assert res.stats.status == "complete" and res.stats.n_resumed > 0
    back = pn.read_parquet(out)
    assert back.n_inputs == N_DOCS == len(back.releases)
    assert back.releases["path"].tolist() == sorted(back.releases["path"])


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc")
def test_the_cli_leaves_no_dask_process_running(tmp_path):
    """``--dask local:N`` starts a cluster for the run and closes it: when the command has
    exited, no process it started (marked through an environment variable every child inherits)
    is still alive."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(4):
        (docs / f"r{i}.txt").write_text(f"Mayor Meets Delegation {i}\n\nOn May {i + 1}, the mayor "
                                        "met a delegation from Osaka.\n", encoding="utf-8")
    mark = f"PRESSNLP_TEST_RUN={uuid.uuid4().hex}"
    env = dict(os.environ, **dict([mark.split("=")]))
    subprocess.run([sys.executable, "-m", "pressnlp.cli", "analyze", str(docs), "--dask", "local:2",
                    "-o", str(tmp_path / "out"), "--format", "parquet", "--quiet"],
                   env=env, check=True, timeout=240)
    time.sleep(1)
    assert not [p for p in Path("/proc").iterdir() if p.name.isdigit() and _environ_has(p, mark)]


def _environ_has(proc: Path, mark: str) -> bool:
    try:
        return mark.encode() in (proc / "environ").read_bytes().split(b"\0")
    except OSError:  # gone meanwhile, or not ours to read
        return False
