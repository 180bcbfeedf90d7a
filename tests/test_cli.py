"""The ``pressnlp parse|analyze`` run path: formats, jobs, summary."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import pressnlp as pn
from pressnlp.cli import main
from test_corpus import EN_1, EN_2, ZH_1


@pytest.fixture()
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "sy-1.txt").write_text(EN_1, encoding="utf-8")
    (d / "cc-2.txt").write_text(EN_2, encoding="utf-8")
    (d / "sy-3.txt").write_text(ZH_1, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    return d


def test_analyze_to_parquet_prints_summary(folder, tmp_path, capsys):
    out = tmp_path / "pq"
    assert main(["analyze", str(folder), "-o", str(out), "--format", "parquet"]) == 0
    err = capsys.readouterr().err
    assert "4 inputs" in err and "releases 3" in err and "errors 1" in err and "empty" in err
    res = pn.read_parquet(out)
    assert res.n_inputs == 4 == len(res.releases) + len(res.errors)


def test_parse_to_csv_with_two_jobs(folder, tmp_path, capsys):
    out = tmp_path / "csv"
    assert main(["parse", str(folder), "-o", str(out), "--format", "csv", "--jobs", "2",
                 "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    releases = pd.read_csv(out / "releases.csv")
    errors = pd.read_csv(out / "errors.csv")
    assert sorted(releases["release_id"]) == ["cc-2", "sy-1", "sy-3"]
    assert errors["release_id"].tolist() == ["empty"]
    assert {f"{t}.csv" for t in ("officials", "themes", "slogans")} <= {p.name for p in out.iterdir()}


def test_jsonl_to_stdout_in_input_order(folder, capsys):
    assert main(["analyze", str(folder), "--quiet"]) == 0
    rows = [json.loads(ln) for ln in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["cc-2", "empty", "sy-1", "sy-3"]
    assert rows[1]["kind"] == "error" and rows[1]["error"].startswith("empty")


def test_non_jsonl_format_needs_output(folder, capsys):
    assert main(["analyze", str(folder), "--format", "parquet"]) == 2
    assert "needs -o" in capsys.readouterr().err


def test_report_prints_releases_and_top_findings(tmp_path, capsys):
    """`pressnlp report` reads an analysed Parquet dataset and prints one line a release."""
    from pathlib import Path

    samples = Path(__file__).resolve().parents[1] / "data" / "samples"
    out = tmp_path / "pq"
    assert main(["analyze", str(samples), "--format", "parquet", "-o", str(out), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["report", str(out)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("19 releases, 0 errors")
    assert "Lyu Zhicheng Meets with New Korean Consul General" in text
    assert "themes: " in text and "slogans: " in text and "一带一路" in text


def test_report_on_missing_dataset_fails_clearly(tmp_path, capsys):
    assert main(["report", str(tmp_path / "nothing")]) == 2
    assert "nothing" in capsys.readouterr().err


# -- output formats, checks, locks, reruns (issues 15.8, 10.6, 10.7) -------------------------

def test_format_follows_the_output_suffix_or_folder(folder, tmp_path, capsys):
    assert main(["parse", str(folder), "-o", str(tmp_path / "out") + "/", "--quiet"]) == 0
    assert pn.read_parquet(tmp_path / "out").n_inputs == 4  # a folder: Parquet
    assert main(["parse", str(folder), "-o", str(tmp_path / "t.csv"), "--quiet"]) == 0
    assert len(pd.read_csv(tmp_path / "t.csv" / "releases.csv")) == 3
    assert main(["parse", str(folder), "-o", str(tmp_path / "r.jsonl"), "--quiet"]) == 0
    assert len((tmp_path / "r.jsonl").read_text().splitlines()) == 4
    run = json.loads((tmp_path / "r.jsonl.run.json").read_text())
    assert run["status"] == "complete" and run["format"] == "jsonl"


@pytest.mark.parametrize("args, message", [
    (["-o", "{tmp}/x.jsonl", "--format", "csv"], "names a jsonl output but --format is csv"),
    (["-o", "{tmp}/dir/", "--format", "jsonl"], "is a folder"),
    (["-o", "{tmp}/no/such/parent/out"], "does not exist"),
    (["-o", "{tmp}/file.txt/"], "is a file"),
    (["-o", "{tmp}/ro/out"], "not writable"),
])
def test_impossible_outputs_fail_before_any_analysis(folder, tmp_path, capsys, monkeypatch,
                                                     args, message):
    import os

    from pressnlp.corpus import tasks

    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "ro").mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p).endswith("/ro")
                        else real_access(p, mode))  # root writes anywhere: deny this one
    monkeypatch.setattr(tasks.DocTask, "__call__", lambda *a: pytest.fail("analysis ran"))
    argv = ["parse", str(folder)] + [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_unreachable_dask_scheduler_is_one_line_quickly(folder, capsys):
    import socket
    import time

    pytest.importorskip("distributed")
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t0 = time.perf_counter()
    assert main(["parse", str(folder), "--dask", f"tcp://127.0.0.1:{port}", "--quiet"]) == 2
    assert time.perf_counter() - t0 < 20
    err = capsys.readouterr().err.strip()
    assert err.startswith("pressnlp: cannot reach the Dask scheduler") and "\n" not in err


def test_run_record_names_version_lexicons_engine_and_counts(folder, tmp_path):
    lex = tmp_path / "lex"
    lex.mkdir()
    out = tmp_path / "pq"
    assert main(["--lexicon", str(lex), "parse", str(folder), "-o", str(out), "--quiet"]) == 0
    run = json.loads((out / "_run.json").read_text())
    assert run["version"] == pn.__version__ and run["engine"] == "serial"
    assert run["lexicons"] == [str(lex)] and run["inputs"] == [str(folder)]
    assert run["n_total"] == run["n_inputs"] == 4 and run["n_unreached"] == 0
    assert run["rows"]["releases"] == 3 and run["rows"]["errors"] == 1


def test_a_used_output_is_refused_unless_overwrite(folder, tmp_path, capsys):
    out = tmp_path / "pq"
    assert main(["parse", str(folder), "-o", str(out), "--quiet", "--chunksize", "1"]) == 0
    assert main(["parse", str(folder), "-o", str(out), "--quiet", "--chunksize", "3"]) == 2
    assert "--overwrite" in capsys.readouterr().err
    assert main(["parse", str(folder), "-o", str(out), "--quiet", "--chunksize", "3",
                 "--overwrite"]) == 0
    res = pn.read_parquet(out)
    assert res.n_inputs == 4 == len(res.releases) + len(res.errors)  # not 8
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".pq.")] == [".pq.lock"]


def test_a_locked_output_is_refused(folder, tmp_path, capsys):
    from pressnlp.corpus.run import output_lock

    out = tmp_path / "pq"
    with output_lock(out):  # another run holds it
        assert main(["parse", str(folder), "-o", str(out), "--quiet"]) == 2
    assert "in use by another pressnlp run" in capsys.readouterr().err
    assert not out.exists()
