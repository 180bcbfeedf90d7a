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
