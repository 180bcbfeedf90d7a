"""End-to-end smoke test: the CLI and the API run on a realistic release."""

import json

import pressnlp as pn
from pressnlp.cli import main

RELEASE = """Changchun Delegation Visits Sister City Sendai
时间:2023-05-10 撰稿人: 供稿部门:Changchun Foreign Affairs Office
On May 8, a delegation of the Changchun Foreign Affairs Office visited Sendai.

The two sides agreed to deepen exchanges in education and tourism.
"""


def test_analyze_returns_record_shape(tmp_path):
    path = tmp_path / "r1.txt"
    path.write_text(RELEASE, encoding="utf-8")
    record = pn.analyze(path).to_dict()
    for key in ("id", "path", "url", "kind", "language", "script", "title", "date", "author",
                "source", "body", "paragraphs", "site", "officials", "entities", "dates",
                "quantities", "themes", "slogans", "error"):
        assert key in record
    assert record["id"] == "r1"
    assert "Sendai" in record["body"]


def test_cli_missing_path_exits_nonzero(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "nope")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_cli_analyze_writes_jsonl(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(tmp_path / "in"), "-o", str(out), "--quiet"]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1 and rows[0]["id"] == "a"
