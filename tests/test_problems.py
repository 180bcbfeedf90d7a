"""Failures surface: a component that raises is recorded as a problem (stage, component,
error, message) on the Analysis and in the ``problems`` table, with the release and the
other components' results kept; strict mode raises instead. The suite itself runs strict
(``conftest.py``), so the tests that expect a recorded problem turn strict mode off."""

from __future__ import annotations

import json

import pytest

import pressnlp as pn
from pressnlp.corpus import Corpus, read_parquet
from pressnlp.problems import Problems, is_strict, strict_mode
from pressnlp.records import Problem

PAGE = ("Sister City Delegation Visits Hangzhou\n\n"
        "Hangzhou, October 12, 2023 - Vice Mayor Zhou Ming met a delegation of 15 guests "
        "from Sendai, Japan, at the Hangzhou Foreign Affairs Office.")


def _broken(*args, **kwargs):
    raise RuntimeError("gazetteer row 7 has no name")


@pytest.fixture
def broken_places(monkeypatch):
    monkeypatch.setattr("pressnlp.extract.annotate.find_places", _broken)


def test_the_suite_runs_strict():
    assert is_strict()


def test_a_failing_component_is_a_problem_and_the_release_is_kept(broken_places):
    a = pn.analyze(PAGE, strict=False)
    assert a.release.kind == "release" and a.release.error is None
    assert a.problems == (Problem(stage="extract", component="extract.places",
                                  error="RuntimeError", message="gazetteer row 7 has no name"),)
    assert [o.name for o in a.officials] == ["Zhou Ming"]  # the other components still ran
    assert a.dates and a.quantities
    assert not [e for e in a.entities if e.label == "GPE"]
    assert a.to_dict()["problems"] == [{"stage": "extract", "component": "extract.places",
                                        "error": "RuntimeError",
                                        "message": "gazetteer row 7 has no name"}]


def test_without_a_problem_the_record_has_no_problems_key():
    a = pn.analyze(PAGE)
    assert a.problems == () and "problems" not in a.to_dict()
    assert {e.text for e in a.entities if e.label == "GPE"} >= {"Hangzhou", "Japan"}


def test_strict_mode_raises_the_components_exception(broken_places):
    with pytest.raises(RuntimeError, match="gazetteer row 7"):
        pn.analyze(PAGE, strict=True)
    with pytest.raises(RuntimeError, match="gazetteer row 7"):
        pn.analyze(PAGE)  # the suite's own setting


def test_a_failing_classifier_is_a_problem(monkeypatch):
    monkeypatch.setattr("pressnlp.classify.slogans.release_slogans", _broken)
    a = pn.analyze(PAGE, strict=False)
    assert [(p.stage, p.component) for p in a.problems] == [("classify", "classify.slogans")]
    assert a.slogans == () and a.officials


def test_problems_record_one_failure_once():
    problems = Problems()
    with strict_mode(False):
        for _ in range(3):
            assert problems.run("extract.orgs", lambda: _broken(), []) == []
    assert len(problems) == 1 and next(iter(problems)).component == "extract.orgs"


def test_strict_mode_is_scoped():
    with strict_mode(False):
        assert not is_strict()
        with strict_mode(True):
            assert is_strict()
        with strict_mode(None):
            assert not is_strict()
    assert is_strict()


@pytest.fixture
def page_dir(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "visit.txt").write_text(PAGE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _check_problem_rows(df):
    assert len(df) == 1
    row = df.iloc[0]
    assert (row["stage"], row["component"], row["error"]) == \
        ("extract", "extract.places", "RuntimeError")
    assert row["message"] == "gazetteer row 7 has no name"
    assert row["path"].endswith("visit.txt")


def test_a_problem_is_a_row_of_the_problems_table_in_memory(broken_places, page_dir):
    res = Corpus.from_path(page_dir).analyze(progress=False, strict=False)
    _check_problem_rows(res.problems)
    assert len(res.releases) == 1 and len(res.errors) == 1  # the empty file
    assert res.n_inputs == len(res.releases) + len(res.errors)  # problems do not count
    assert res.problems.iloc[0]["release_id"] == res.releases.iloc[0]["release_id"]
    assert len(res.officials) == 1
    assert res.stats.components == {"extract.places": 1}
    assert "extract.places" in res.summary()
    assert "WARNING" not in res.summary()


def test_a_problem_is_written_to_parquet_and_jsonl(broken_places, page_dir, tmp_path):
    corpus = Corpus.from_path(page_dir)
    out = tmp_path / "pq"
    corpus.analyze(progress=False, strict=False, output=out, format="parquet")
    res = read_parquet(out)
    _check_problem_rows(res.problems)
    assert len(res.releases) == 1
    run = json.loads((out / "_run.json").read_text(encoding="utf-8"))
    assert run["problems_by_component"] == {"extract.places": 1}
    assert run["rows"]["problems"] == 1 and run["n_inputs"] == 2

    path = tmp_path / "out.jsonl"
    corpus.analyze(progress=False, strict=False, output=path, format="jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    visit = next(r for r in records if r["kind"] == "release")
    assert visit["problems"][0]["component"] == "extract.places"
    assert visit["officials"] and visit["error"] is None


def test_a_strict_corpus_run_stops_at_the_failure(broken_places, page_dir):
    with pytest.raises(RuntimeError, match="gazetteer row 7"):
        Corpus.from_path(page_dir).analyze(progress=False, strict=True)


def test_the_cli_strict_flag(broken_places, page_dir, tmp_path):
    from pressnlp.cli import main

    out = tmp_path / "out.jsonl"
    with strict_mode(False):
        assert main(["analyze", str(page_dir), "-o", str(out), "--quiet"]) == 0
        assert "extract.places" in out.read_text(encoding="utf-8")
        with pytest.raises(RuntimeError, match="gazetteer row 7"):
            main(["analyze", str(page_dir), "-o", str(tmp_path / "s.jsonl"), "--quiet",
                  "--strict"])


def test_a_spacy_component_records_its_failure_on_the_doc(monkeypatch):
    import spacy

    monkeypatch.setattr("pressnlp.extract.components.find_places", _broken)
    nlp = spacy.blank("en")
    nlp.add_pipe("pressnlp_places")
    nlp.add_pipe("pressnlp_dates")
    text = PAGE.split("\n\n")[1]
    with strict_mode(False):
        doc = nlp(text)
    assert doc._.places == [] and [p.component for p in doc._.problems] == ["extract.places"]
    assert [d.iso for d in doc._.dates] == ["2023-10-12"]
    with pytest.raises(RuntimeError, match="gazetteer row 7"):
        nlp(text)


def test_one_place_catches_a_failing_component():
    """No extractor or classifier swallows its own exceptions: ``Problems.run`` is the place.
    The two broad catches left are no component's result: the spaCy model fallback (logged)
    and the regex first-character shortcut (a missing shortcut only costs speed)."""
    from pathlib import Path

    package = Path(pn.__file__).parent
    allowed = {"problems.py": 1, "extract/pipeline.py": 1, "extract/vocab.py": 1}
    files = [package / "problems.py", package / "pipeline.py",
             *(package / "extract").glob("*.py"), *(package / "classify").glob("*.py")]
    found = {str(f.relative_to(package)): f.read_text(encoding="utf-8").count("except Exception")
             for f in files}
    assert {f: n for f, n in found.items() if n} == allowed


def test_the_report_counts_problems_by_component(broken_places, page_dir):
    from pressnlp.corpus.report import report

    res = Corpus.from_path(page_dir).analyze(progress=False, strict=False)
    assert "problems (failed components, releases kept): extract.places 1" in report(res)


def test_a_failure_outside_the_components_is_a_problem_of_the_whole_stage(monkeypatch):
    monkeypatch.setattr("pressnlp.extract.non_overlapping", _broken)
    a = pn.analyze(PAGE, strict=False)
    assert [p.component for p in a.problems] == ["extract"]
    assert a.officials == () and a.entities == () and a.themes  # classify still ran
