"""Lexicon validation: every data file is checked against ``resources/schema.yaml`` when a
lexicon is loaded or set, and a bad row fails up front with ``file:line``."""

from __future__ import annotations

import json
import shutil

import pytest
import yaml

from pressnlp import lexicon
from pressnlp.cli import main
from pressnlp.lexicon import RESOURCES, SCHEMA, Lexicon, LexiconError, default_lexicon, set_lexicon
from lexicons import lexicon_folder, lexicon_installed

TITLES_HEADER = "en\tzh\tlevel\trank\n"
RELEASE = ("Shenyang Mayor Meets Harbour Delegation\n\n"
           "On May 12, Mayor Wang Xinwei met with Harbour Director Peter Lund of Aarhus.\n")


def problems_of(folder) -> tuple[str, ...]:
    with pytest.raises(LexiconError) as info:
        Lexicon.load([folder])
    return info.value.problems


def test_bundled_lexicon_is_valid():
    Lexicon.load().validate()
    assert lexicon._folder_problems(RESOURCES, bundled=True) == []  # checked, not remembered


def test_a_clean_check_of_the_bundled_files_is_remembered_until_a_file_changes(
        tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    lexicon._bundled_problems.cache_clear()
    try:
        assert lexicon._bundled_problems() == ()
        stamps = list((tmp_path / "cache" / "pressnlp").glob("bundled-ok-*"))
        assert [s.name for s in stamps] == [f"bundled-ok-{lexicon.bundled_key(RESOURCES)}"]
    finally:
        lexicon._bundled_problems.cache_clear()
    copy = tmp_path / "copy"
    shutil.copytree(RESOURCES, copy)
    key = lexicon.bundled_key(copy)
    with open(copy / "titles.tsv", "a", encoding="utf-8") as f:
        f.write("Envoy\t特使\t\n")
    assert lexicon.bundled_key(copy) != key


def test_every_bundled_yaml_key_has_a_schema_line():
    """The schema stays in step with the data: a new key needs a line in schema.yaml."""
    schema = yaml.safe_load(SCHEMA.read_text(encoding="utf-8"))

    def missing(spec, data, where):
        if not isinstance(spec, dict) or not isinstance(data, dict):
            return []
        out = []
        for key, value in data.items():
            inner = spec.get(str(key), spec.get("*"))
            if inner is None:
                out.append(f"{where}.{key}")
            out += missing(inner, value, f"{where}.{key}")
        return out

    gaps = []
    for name, spec in schema.items():
        if name.endswith(".yaml"):
            data = yaml.safe_load((RESOURCES / name).read_text(encoding="utf-8"))
            gaps += missing(spec, data, name)
    assert gaps == [], f"keys without a schema line in resources/schema.yaml: {gaps}"


def test_every_bundled_data_file_has_a_schema_entry():
    schema = yaml.safe_load(SCHEMA.read_text(encoding="utf-8"))
    files = {p.name for p in RESOURCES.iterdir() if p.suffix in (".tsv", ".yaml", ".txt")}
    assert files - {SCHEMA.name} == set(schema), "add an entry to resources/schema.yaml"


def test_bad_titles_row_names_file_and_line(tmp_path):
    folder = lexicon_folder(tmp_path, {"titles.tsv": (
        "# harbour titles\n" + TITLES_HEADER
        + "Harbour Director\t港务局局长\tgovernment\t1\n"
        + "Deputy Harbour Director\t港务局副局长\tgovernment\tsecond\n")})
    problems = problems_of(folder)
    assert len(problems) == 1
    assert problems[0].startswith(f"{folder / 'titles.tsv'}:4: ")
    assert "rank" in problems[0] and "'second'" in problems[0]


def test_titles_row_with_a_tab_too_many_fails(tmp_path):
    folder = lexicon_folder(tmp_path, {"titles.tsv": (
        TITLES_HEADER + "Harbour Director\t港务局局长\tgovernment\t1\textra\n")})
    (problem,) = problems_of(folder)
    assert "titles.tsv:2: " in problem and "5 cells" in problem


def test_bad_yaml_pattern_names_file_and_line(tmp_path):
    folder = lexicon_folder(tmp_path, {"furniture.yaml": (
        "# captions of the harbour portal\n"
        "caption_patterns:\n"
        "  - '^Photo: .+$'\n"
        "  - '^(?:Image|Pic\\s*\\d+: .+$'\n")})
    (problem,) = problems_of(folder)
    assert problem.startswith(f"{folder / 'furniture.yaml'}:4: ")
    assert "does not compile" in problem


@pytest.mark.parametrize("files, line, what", [
    ({"honorifics.yaml": "en_not_name: [Harbour, Yes]\n"}, 1, "read as bool"),
    ({"honorifics.yaml": "en_not_name:\n  - Harbour\n  - ''\n"}, 3, "empty text"),
    ({"furniture.yaml": "nav_pattern: ['^Home$']\n"}, 1, "unknown key 'nav_pattern'"),
    ({"furniture.yaml": "nav_patterns: ['^Home$|']\n"}, 1, "matches the empty string"),
    ({"dates.yaml": "dateline:\n  max_start: sixty\n"}, 2, "expected an integer"),
    ({"orgs.tsv": "en\tzh\tabbr\tkind\nAarhus Port Authority\t\tAPA||Port of Aarhus\tother\n"},
     2, "empty variant"),
    ({"slogans.tsv": "canonical\tcategory\tnumbered\ten\tzh\n"
                     "Blue Harbour\tBRANDING\tno\tre:blue (harbo(u)?r\t\n"}, 2, "does not compile"),
    ({"themes.yaml": "labels:\n  TRADE:\n    en:\n      harbour trade: high\n"}, 4,
     "expected a number"),
    ({"places.tsv": "en\tzh\tsuffix\tkind\tparent\tabbr\nGangcheng\t\t区\tdistrict\t\t\n"},
     2, "column 'zh' is empty"),
    ({"surnames.txt": "# harbour surnames\n港 Gang\nGang Kong\n"}, 3, "does not match"),
])
def test_each_kind_of_problem_is_reported_with_its_line(tmp_path, files, line, what):
    folder = lexicon_folder(tmp_path, files)
    (problem,) = problems_of(folder)
    assert problem.startswith(f"{folder / next(iter(files))}:{line}: "), problem
    assert what in problem, problem


def test_unknown_data_file_in_a_lexicon_folder_fails(tmp_path):
    folder = lexicon_folder(tmp_path, {"title.tsv": TITLES_HEADER})
    (problem,) = problems_of(folder)
    assert "title.tsv" in problem and "not a pressnlp data file" in problem


def test_user_yaml_may_use_keys_the_bundled_file_has(tmp_path):
    folder = lexicon_folder(tmp_path, {
        "dates.yaml": "relative_days:\n  en:\n    the day after tomorrow: 2\n",
        "titles.tsv": TITLES_HEADER + "Harbour Director\t港务局局长\tgovernment\t1\n"})
    lex = Lexicon.load([folder])
    assert lex.yaml("dates.yaml")["relative_days"]["en"]["the day after tomorrow"] == 2
    assert lex.tsv("titles.tsv")[-1]["en"] == "Harbour Director"


def test_set_lexicon_validates_and_keeps_the_old_lexicon_on_error(tmp_path):
    folder = lexicon_folder(tmp_path, {"titles.tsv": TITLES_HEADER + "Harbour Director\t\tport\t1\n"})
    old = default_lexicon()
    with pytest.raises(LexiconError, match=r"titles\.tsv:2: .*'port'"):
        set_lexicon(Lexicon([folder]))
    assert default_lexicon() is old


def test_cli_exits_2_with_file_and_line_before_reading_input(tmp_path, capsys):
    folder = lexicon_folder(tmp_path, {"titles.tsv": (
        TITLES_HEADER + "Harbour Director\t港务局局长\tgovernment\tfirst\n")})
    page = tmp_path / "release.txt"
    page.write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with lexicon_installed():  # the CLI installs the user lexicon
        code = main(["--lexicon", str(folder), "analyze", str(page), "-o", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert len(err.strip().splitlines()) == 1
    assert f"{folder / 'titles.tsv'}:2: " in err and "'first'" in err


def test_cli_runs_with_a_valid_user_lexicon(tmp_path, capsys):
    folder = lexicon_folder(tmp_path, {"titles.tsv": (
        TITLES_HEADER + "Harbour Director\t港务局局长\tgovernment\t1\n")})
    page = tmp_path / "release.txt"
    page.write_text(RELEASE, encoding="utf-8")
    with lexicon_installed():  # the CLI installs the user lexicon
        code = main(["--lexicon", str(folder), "analyze", str(page), "--quiet"])
    (row,) = [json.loads(ln) for ln in capsys.readouterr().out.splitlines()]
    assert code == 0 and row["error"] is None
    assert any(o["title"] == "Harbour Director" for o in row["officials"]), row["officials"]
