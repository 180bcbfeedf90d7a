"""The bundled sample archive ``data/samples``: every file decodes in its declared encoding,
``expected.json`` covers every file, every fact it records is true to the text, and
``pn.analyze`` of every sample gives those facts.

``expected.json`` is regenerated with ``python tests/regen_samples.py`` when a change to
pressnlp changes a sample on purpose; read its diff before committing it."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import pytest
from regen_samples import FIELDS, observed

from pressnlp.records import KINDS, LANGUAGES, SCRIPTS

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
META_FILES = {"README.md", "expected.json"}
THEMES = {"SISTER", "CONSULAR", "TRADE", "BRI", "VISIT", "PARTY", "FORUM", "TOURISM", "OUTBOUND",
          "CULTURE", "COVID", "MEDIA", "EDU", "EXPAT", "TWHKM", "TRAINING"}
# charset a page declares (<meta charset> / http-equiv) → codecs that may truly be in the bytes
DECLARED = {"utf-8": {"utf-8"}, "gb18030": {"gb2312", "gbk", "gb18030"}, "big5": {"big5"}}

EXPECTED: list[dict] = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
BY_FILE = {row["file"]: row for row in EXPECTED}


def encoding_of(name: str) -> str:
    """The encoding a sample's file name announces (``x.gb18030.html``); UTF-8 otherwise."""
    for enc in ("gb18030", "big5"):
        if f".{enc}." in name:
            return enc
    return "utf-8"


def sample_files() -> list[str]:
    return sorted(p.name for p in SAMPLES.iterdir() if p.is_file() and p.name not in META_FILES)


def decoded(name: str) -> str:
    """The page text as a reader sees it (HTML entities resolved)."""
    text = (SAMPLES / name).read_bytes().decode(encoding_of(name))  # strict: raises on bad bytes
    return html.unescape(text) if name.endswith(".html") else text


def parse_iso(value: str) -> None:
    """Raise unless ``value`` is a day, a month or a day range in ISO form."""
    for part in value.split("/"):
        if re.fullmatch(r"\d{4}-\d{2}", part):
            date.fromisoformat(part + "-01")
        else:
            date.fromisoformat(part)


def test_expected_covers_every_file_exactly_once():
    assert len(EXPECTED) == len(BY_FILE), "duplicate file entries in expected.json"
    assert sorted(BY_FILE) == sample_files()
    assert len(EXPECTED) >= 16


def test_archive_mixes_kinds_layouts_and_encodings():
    kinds = {row["kind"] for row in EXPECTED}
    assert {"release", "list", "static"} <= kinds
    assert {row["encoding"] for row in EXPECTED} == {"utf-8", "gb18030", "big5"}
    assert {row["script"] for row in EXPECTED} == {"latin", "simplified", "traditional"}
    en_a = [r for r in EXPECTED if r["layout"] == "A" and r["language"] == "en"]
    assert len(en_a) >= 5
    assert len({r["date"][:4] for r in en_a}) >= 4  # spread over years


def test_readme_lists_every_sample():
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    for name in sample_files():
        assert f"`{name}`" in readme, name


@pytest.mark.parametrize("name", sample_files())
def test_sample_decodes_in_declared_encoding(name):
    raw = (SAMPLES / name).read_bytes()
    enc = encoding_of(name)
    text = raw.decode(enc)
    assert BY_FILE[name]["encoding"] == enc
    if enc != "utf-8":
        with pytest.raises(UnicodeDecodeError):  # really legacy bytes, not UTF-8 in disguise
            raw.decode("utf-8")
    if name.endswith(".html"):
        declared = re.findall(r"charset=[\"']?([\w-]+)", text, flags=re.I)
        assert declared, "HTML sample declares no charset"
        assert {d.lower() for d in declared} <= DECLARED[enc]
        assert re.search(r'<meta name="ArticleTitle"', text)
        assert re.search(r'<meta name="PubDate"', text)


@pytest.mark.parametrize("name", sample_files())
def test_expected_record_is_true_to_text(name):
    row, text = BY_FILE[name], decoded(name)
    assert row["id"] == Path(name).stem
    assert row["kind"] in KINDS and row["language"] in LANGUAGES and row["script"] in SCRIPTS
    for key in ("title", "source", "author"):
        if row[key] is not None:
            assert row[key] in text, (key, row[key])
    if row["date"] is not None:
        date.fromisoformat(row["date"])
        assert row["date"] in text
    for key, value in (row["site"] or {}).items():
        if value is not None:
            assert value in text, (key, value)
    for off in row["officials"]:
        for key in ("name", "title", "org"):
            if off.get(key):
                assert off[key] in text, (key, off[key])
    for mention in row["dates"]:
        assert mention["text"] in text, mention
        parse_iso(mention["iso"])
    assert set(row["themes"]) <= THEMES


@pytest.mark.parametrize("name", sample_files())
def test_expected_record_has_the_briefed_shape(name):
    row = BY_FILE[name]
    if row["kind"] == "release":
        assert len(row["officials"]) >= 2 and row["dates"] and row["themes"]
        assert row["title"] and row["date"]
    else:
        assert row["officials"] == [] and row["dates"] == [] and row["themes"] == []


@pytest.mark.parametrize("name", sample_files())
def test_analyze_gives_the_expected_record(name):
    """Field by field, so that a failure names what changed (regenerate on purpose only)."""
    got, row = observed(name), BY_FILE[name]
    for field in FIELDS:
        assert got[field] == row[field], (field, got[field], row[field])


@pytest.mark.parametrize("name", [r["file"] for r in EXPECTED if r["date"]])
def test_body_dates_fall_near_publication(name):
    """Resolved body dates lie within a year of the page date (historical years excepted)."""
    row = BY_FILE[name]
    published = date.fromisoformat(row["date"])
    for mention in row["dates"]:
        first = mention["iso"].split("/")[0]
        if not re.search(r"\b(19|20)\d{2}\b", mention["text"]):  # no explicit year in the text
            day = date.fromisoformat(first if len(first) == 10 else first + "-01")
            assert abs((day - published).days) <= 366, mention
