"""Interrupted, resumed and signalled runs: status in the run record, no row lost or doubled
(issue 10.5), and the progress bar's total (issue 15.8)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

import pressnlp as pn
from pressnlp.corpus import Corpus, DocTask, OutputError
from pressnlp.corpus.parquet import read_run

N_DOCS = 12


@pytest.fixture()
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(N_DOCS):
        (d / f"r-{i:02d}.txt").write_text(
            f"Delegation {i} Visits Harbin\n\nOn May {i + 1}, 2023, delegation number {i} "
            f"from a partner city visited Harbin and met {i + 10} guests.\n", encoding="utf-8")
    return d


class StopAt(DocTask):
    """Parses, but Ctrl-C arrives while document ``n`` is analysed."""

    def __init__(self, n: int) -> None:
        super().__init__("parse")
        self.n, self.seen = n, 0

    def __call__(self, src):
        self.seen += 1
        if self.seen > self.n:
            raise KeyboardInterrupt
        return super().__call__(src)


def _rows(out: Path, fmt: str) -> list[str]:
    if fmt == "jsonl":
        return [json.loads(ln)["path"] for ln in out.read_text().splitlines()]
    if fmt == "csv":
        return pd.read_csv(out / "releases.csv")["path"].tolist()
    return pd.read_parquet(out / "releases")["path"].tolist()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_an_interrupted_run_says_so_and_resume_finishes_it_without_doubles(folder, tmp_path,
                                                                           fmt, monkeypatch):
    from pressnlp.corpus import run, sinks

    monkeypatch.setattr(run, "CHECKPOINT_SECONDS", 0)
    monkeypatch.setattr(sinks, "PARQUET_FLUSH_DOCS", 2)
    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "out")
    corpus = Corpus.from_path(folder)
    with pytest.raises(KeyboardInterrupt):
        corpus.analyze(task=StopAt(5), output=out, format=fmt, chunksize=1, progress=False)
    record = out.with_name("out.jsonl.run.json") if fmt == "jsonl" else out / "_run.json"
    first = json.loads(record.read_text())
    assert first["status"] == "interrupted" and first["n_total"] == N_DOCS
    assert first["n_unreached"] == N_DOCS - first["n_inputs"] > 0
    assert first["unreached"][-1].endswith("r-11.txt")
    if fmt != "jsonl":  # a JSONL file is replaced whole by a new run (see below)
        with pytest.raises(OutputError, match="already holds results"):
            corpus.analyze(stage="parse", output=out, format=fmt, progress=False)
    res = corpus.analyze(stage="parse", output=out, format=fmt, chunksize=3, progress=False,
                         resume=True)
    assert res.stats.status == "complete" and res.stats.n_resumed == first["checkpoint"]["n_done"]
    assert res.n_inputs == N_DOCS == res.stats.rows["releases"]
    paths = _rows(out, fmt)
    assert paths == sorted(paths) and len(paths) == len(set(paths)) == N_DOCS  # in order, once


def test_a_jsonl_file_is_replaced_whole_by_a_rerun(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    for chunksize in (1, 5):
        Corpus.from_path(folder).analyze(stage="parse", output=out, chunksize=chunksize,
                                         progress=False)
    assert len(out.read_text().splitlines()) == N_DOCS
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.jsonl.lock", "in", "out.jsonl",
                                                          "out.jsonl.run.json"]


def test_resume_refuses_other_inputs_and_complete_runs(folder, tmp_path):
    out = tmp_path / "pq"
    corpus = Corpus.from_path(folder)
    with pytest.raises(KeyboardInterrupt):
        corpus.analyze(task=StopAt(3), output=out, chunksize=1, progress=False)
    with pytest.raises(OutputError, match="inputs"):
        Corpus.from_path(folder / "r-01.txt").analyze(stage="parse", output=out,
                                                      progress=False, resume=True)
    corpus.analyze(stage="parse", output=out, progress=False, resume=True)
    with pytest.raises(OutputError, match="complete run"):
        corpus.analyze(stage="parse", output=out, progress=False, resume=True)


SLOW_RUN = textwrap.dedent("""
    import sys, time
    from pressnlp.corpus import Corpus, DocTask

    class Slow(DocTask):
        def __call__(self, src):
            time.sleep(0.3)
            return super().__call__(src)

    print("started", flush=True)
    Corpus.from_path(sys.argv[1]).analyze(task=Slow("parse"), output=sys.argv[2],
                                          chunksize=1, progress=False)
""")


def test_sigterm_leaves_an_interrupted_record_that_resume_completes(folder, tmp_path):
    out = tmp_path / "pq"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-c", SLOW_RUN, str(folder), str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout.readline().strip() == b"started"
    deadline = time.monotonic() + 60
    while not (out / "_run.json").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.0)  # the run is warming up or analysing
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    assert proc.returncode != 0
    run = read_run(out)
    assert run["status"] == "interrupted" and "SIGTERM" in run["error"]
    assert run["n_inputs"] < N_DOCS and run["n_unreached"] == N_DOCS - run["n_inputs"]
    assert len(run["unreached"]) == run["n_unreached"]
    res = Corpus.from_path(folder).analyze(stage="parse", output=out, progress=False,
                                           resume=True)
    assert res.stats.status == "complete"
    back = pn.read_parquet(out)
    assert back.n_inputs == N_DOCS == len(back.releases)
    assert back.releases["path"].is_unique


def test_progress_bar_has_the_total(folder, monkeypatch):
    from tqdm import tqdm

    from pressnlp.corpus import run

    bars = []

    def bar(enabled):
        bars.append(tqdm(disable=False, file=open(os.devnull, "w")))
        return bars[-1]

    monkeypatch.setattr(run, "_progress", bar)
    Corpus.from_path(folder).analyze(stage="parse", chunksize=5)
    assert bars[0].total == N_DOCS and bars[0].n == N_DOCS


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_a_killed_run_resumes_from_its_last_checkpoint(folder, tmp_path, fmt, monkeypatch):
    """SIGKILL leaves rows written after the last checkpoint: resume drops them."""
    from pressnlp.corpus import run, sinks

    monkeypatch.setattr(sinks, "PARQUET_FLUSH_DOCS", 2)
    monkeypatch.setattr(run, "CHECKPOINT_SECONDS", 3600)  # only the checkpoint at the start
    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "out")
    corpus = Corpus.from_path(folder)
    with monkeypatch.context() as m:
        m.setattr(run.Runner, "_finish", lambda self: self.sink.close())  # killed: no record
        with pytest.raises(KeyboardInterrupt):
            corpus.analyze(task=StopAt(7), output=out, format=fmt, chunksize=1,
                           progress=False)
    assert len(_rows(out, fmt)) >= 4  # rows the record does not know about
    res = corpus.analyze(stage="parse", output=out, format=fmt, progress=False, resume=True)
    assert res.stats.status == "complete" and res.stats.n_resumed == 0
    assert _rows(out, fmt) == sorted(_rows(out, fmt)) and len(set(_rows(out, fmt))) == N_DOCS
    assert len(_rows(out, fmt)) == N_DOCS


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_a_resumed_run_still_knows_the_copies_it_saw_before(folder, tmp_path, fmt,
                                                            monkeypatch):
    from pressnlp.corpus import run, sinks

    monkeypatch.setattr(run, "CHECKPOINT_SECONDS", 0)
    monkeypatch.setattr(sinks, "PARQUET_FLUSH_DOCS", 1)
    first = (folder / "r-01.txt").read_text(encoding="utf-8")
    (folder / "r-10.txt").write_text(first, encoding="utf-8")  # a copy after the break
    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "out")
    corpus = Corpus.from_path(folder)
    with pytest.raises(KeyboardInterrupt):
        corpus.analyze(task=StopAt(6), output=out, format=fmt, chunksize=1, progress=False)
    res = corpus.analyze(stage="parse", output=out, format=fmt, progress=False, resume=True)
    assert 0 < res.stats.n_resumed < 10 and res.stats.n_duplicates == 1
    if fmt == "jsonl":
        return  # JSONL records carry no duplicate_of column
    releases = (pd.read_csv(out / "releases.csv") if fmt == "csv"
                else pd.read_parquet(out / "releases")).set_index("release_id")
    assert releases.loc["r-10", "duplicate_of"] == "r-01"
