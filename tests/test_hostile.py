"""Hostile inputs: names and texts that are not valid Unicode, malformed archives, loops.

Every fixture is generated here (no stored binaries). Whatever the input, a run ends with
``n_inputs == releases + errors``, every string in every output format is valid UTF-8, and
``_run.json`` says whether the run completed.
"""

from __future__ import annotations

import io
import time
import json
import os
import tarfile
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import pressnlp as pn
from pressnlp.corpus import Corpus
from pressnlp.corpus.parquet import read_run
from pressnlp.read.archives import iter_sources

GBK_NAME = "新闻稿".encode("gbk")  # a file name as Chinese archives store it: not UTF-8
RELEASE = ("Harbin Delegation Visits Sister City Niigata\n\nOn May 8, 2023, a delegation of the "
           "Harbin Foreign Affairs Office visited Niigata and met 20 guests from local firms.\n")
RELEASE_ZH = "哈尔滨市代表团访问友好城市新潟\n\n2023年5月8日，哈尔滨市外办代表团访问新潟市，会见了20位企业代表。\n"


def _patch_name(zpath: Path, placeholder: bytes, raw: bytes) -> None:
    """Replace a member name's bytes in a zip (local header and central directory alike)."""
    assert len(placeholder) == len(raw)
    data = zpath.read_bytes()
    assert data.count(placeholder) == 2
    zpath.write_bytes(data.replace(placeholder, raw))


def make_unicode_attacks(root: Path) -> Path:
    """A folder of inputs whose names, ids or texts are not valid Unicode (7 documents)."""
    d = root / "unicode"
    d.mkdir()
    folder = os.fsencode(d)
    # 1. a file whose name is GBK bytes
    with open(folder + b"/" + GBK_NAME + b".txt", "wb") as fh:
        fh.write(RELEASE.encode("utf-8"))
    # 2. a tar member whose name is GBK bytes
    with tarfile.open(d / "batch.tar", "w", encoding="utf-8", errors="surrogateescape") as tf:
        info = tarfile.TarInfo((GBK_NAME + b"-2.txt").decode("utf-8", "surrogateescape"))
        data = RELEASE_ZH.encode("utf-8")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    # 3. a zip member whose name is GBK bytes without the UTF-8 flag (as Windows tools write)
    with zipfile.ZipFile(d / "batch.zip", "w") as zf:
        zf.writestr("XXXXXX-3.txt", RELEASE)
    _patch_name(d / "batch.zip", b"XXXXXX-3", GBK_NAME + b"-3")
    # 4–6. JSONL: a lone surrogate in the text, in the id, in the url
    rows = [{"id": "j-4", "text": "Harbin\ud800 Delegation\n\n" + RELEASE},
            {"id": "j-\udc80-5", "text": RELEASE_ZH},
            {"id": "j-6", "url": "http://www.example.gov.cn/\ud800.html", "text": RELEASE}]
    (d / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="ascii")
    # 7. a CSV cell with bytes that are not UTF-8
    (d / "rows.csv").write_bytes(b"id,text\nc-7,\"Harbin \xff\xfe visit\n\nOn May 8, 2023, "
                                 b"the mayor met guests.\"\n")
    return d


def make_structure_attacks(root: Path) -> Path:
    """A folder whose structure attacks the reader (8 inputs, 2 link loops skipped): a zip
    member name flagged UTF-8 holding other bytes, a JSONL line nested 100,000 deep, folder
    links that loop, a FIFO named like a document and one named like an archive, a broken
    link."""
    d = root / "structure"
    d.mkdir()
    with zipfile.ZipFile(d / "flagged.zip", "w") as zf:
        zf.writestr("é-1.txt", RELEASE)  # a non-ASCII name: written with the UTF-8 flag
        zf.writestr("ok-2.txt", RELEASE_ZH)
    _patch_name(d / "flagged.zip", "é-1".encode(), b"\xff\xfe-1")
    (d / "deep.jsonl").write_text(json.dumps({"id": "j-3", "text": RELEASE}) + "\n"
                                  + "[" * 100_000 + "]" * 100_000 + "\n"
                                  + json.dumps({"id": "j-5", "text": RELEASE_ZH}) + "\n")
    (d / "loop" / "sub").mkdir(parents=True)
    (d / "loop" / "sub" / "l-6.txt").write_text(RELEASE, encoding="utf-8")
    os.symlink("..", d / "loop" / "sub" / "up")  # a folder link to its own parent
    os.symlink(".", d / "loop" / "self")
    os.mkfifo(d / "pipe.txt")
    os.mkfifo(d / "pipe.zip")
    os.symlink("nowhere.txt", d / "dangling.txt")
    return d


def _valid(value: object) -> bool:
    return not isinstance(value, str) or value.encode("utf-8", "strict") is not None


def _all_strings_valid(df: pd.DataFrame) -> bool:
    return all(_valid(v) for col in df.columns for v in df[col].tolist())


@pytest.fixture(scope="module")
def unicode_dir(tmp_path_factory) -> Path:
    return make_unicode_attacks(tmp_path_factory.mktemp("hostile"))


def test_sources_from_non_utf8_names_and_surrogates_are_valid(unicode_dir):
    sources = list(iter_sources(unicode_dir))
    assert len(sources) == 7
    for s in sources:
        assert all(_valid(v) for v in (s.id, s.path, s.url, s.error, s.data))
    by_id = {s.id: s for s in sources}
    # GBK names are read back as Chinese in the id, the path records the original bytes
    assert "新闻稿" in by_id and "新闻稿-2" in by_id and "新闻稿-3" in by_id
    assert by_id["新闻稿"].path.endswith("/\\xd0\\xc2\\xce\\xc5\\xb8\\xe5.txt")
    assert by_id["新闻稿-2"].path.endswith("batch.tar::\\xd0\\xc2\\xce\\xc5\\xb8\\xe5-2.txt")
    assert by_id["新闻稿-3"].path.endswith("batch.zip::\\xd0\\xc2\\xce\\xc5\\xb8\\xe5-3.txt")
    assert "j-\ufffd-5" in by_id and "\ufffd" in by_id["j-4"].data
    assert by_id["j-6"].url == "http://www.example.gov.cn/\ufffd.html"


@pytest.mark.parametrize("engine", ["serial", "processes"])
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_every_engine_and_format_survives_invalid_unicode(unicode_dir, tmp_path, engine, fmt):
    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "out")
    res = Corpus.from_path(unicode_dir).analyze(stage="parse", engine=engine, n_jobs=2,
                                                progress=False, output=out, format=fmt,
                                                chunksize=3)
    assert res.n_inputs == 7 == res.stats.rows["releases"] + res.stats.rows["errors"]
    assert res.stats.status == "complete"
    if fmt == "jsonl":
        rows = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
        assert len(rows) == 7 and "新闻稿" in {r["id"] for r in rows}
        return
    assert read_run(out)["status"] == "complete" and read_run(out)["n_inputs"] == 7
    if fmt == "csv":
        releases = pd.read_csv(out / "releases.csv", encoding="utf-8")
    else:
        releases = pn.read_parquet(out).releases
    assert len(releases) + len(pd.read_csv(out / "errors.csv") if fmt == "csv" else
                                pn.read_parquet(out).errors) == 7
    assert _all_strings_valid(releases) and "新闻稿" in set(releases["release_id"])


def test_analyze_in_memory_keeps_all_seven(unicode_dir):
    res = Corpus.from_path(unicode_dir).analyze(progress=False)
    assert res.n_inputs == 7 == len(res.releases) + len(res.errors)
    for table in res.tables.values():
        assert _all_strings_valid(table)


def test_cli_run_with_invalid_names_exits_zero(unicode_dir, tmp_path):
    from pressnlp.cli import main

    out = tmp_path / "pq"
    assert main(["parse", str(unicode_dir), "-o", str(out), "--format", "parquet",
                 "--quiet"]) == 0
    run = read_run(out)
    assert run["status"] == "complete" and run["n_inputs"] == 7


def test_a_failed_run_is_recorded_as_failed(unicode_dir, tmp_path):
    class Boom:
        stage = "parse"

        def __call__(self, src):
            raise RuntimeError("disk on fire")

        def warm_up(self):
            pass

    out = tmp_path / "pq"
    with pytest.raises(RuntimeError):
        Corpus.from_path(unicode_dir).analyze(task=Boom(), progress=False, output=out,
                                              format="parquet")
    run = read_run(out)
    assert run["status"] == "failed" and "disk on fire" in run["error"]


@pytest.fixture(scope="module")
def structure_dir(tmp_path_factory) -> Path:
    return make_structure_attacks(tmp_path_factory.mktemp("hostile"))


STRUCTURE_ERRORS = {"flagged.zip::\\xff\\xfe-1.txt": "bad member name",
                    "deep.jsonl::2": "bad JSON line: nested too deeply",
                    "pipe.txt": "not a regular file: FIFO",
                    "pipe.zip": "not a regular file: FIFO",
                    "dangling.txt": "unreadable: broken symbolic link"}


@pytest.mark.parametrize("engine", ["serial", "processes"])
def test_malformed_structures_are_error_rows_and_loops_are_skipped(structure_dir, engine):
    res = Corpus.from_path(structure_dir).analyze(stage="parse", engine=engine, n_jobs=2,
                                                  progress=False, chunksize=2)
    assert res.n_inputs == 9 == len(res.releases) + len(res.errors)
    assert sorted(res.releases["release_id"]) == ["j-3", "j-5", "l-6", "ok-2"]
    errors = {p.split("/structure/", 1)[1]: r for p, r in zip(res.errors["path"],
                                                              res.errors["reason"])}
    assert errors.keys() == STRUCTURE_ERRORS.keys()
    for path, reason in STRUCTURE_ERRORS.items():
        assert errors[path].startswith(reason)
    assert res.stats.skipped == {"symlink to a folder already read (loop or repeat)": 2}
    assert "skipped (warning): 2" in res.summary()


def test_an_unreadable_sub_folder_is_an_error_row(tmp_path, monkeypatch):
    from pressnlp.read import walk

    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "open.txt").write_text(RELEASE, encoding="utf-8")
    entries = walk._entries

    def denied(folder):  # root reads any folder: refuse this one as a locked folder would be
        if folder.name == "locked":
            raise PermissionError(13, "Permission denied")
        return entries(folder)

    monkeypatch.setattr(walk, "_entries", denied)
    monkeypatch.setattr(walk.os, "listdir", lambda p: denied(Path(p)))
    res = Corpus.from_path(tmp_path).analyze(stage="parse", progress=False)
    assert res.n_inputs == 2 and list(res.releases["release_id"]) == ["open"]
    assert res.errors["reason"].tolist() == ["unreadable folder: Permission denied"]


# -- the per-document time budget (issue 10.3) -----------------------------------------------

class BusyOn(pn.corpus.DocTask):
    """Parses, but spins (pure Python, 20 s at most) on a document that says SPIN."""

    def _run(self, src):
        if "SPIN" in str(src.data):
            end = time.perf_counter() + 20
            while time.perf_counter() < end:
                pass
        return super()._run(src)


def make_spinning(root: Path) -> Path:
    d = root / "spin"
    d.mkdir()
    (d / "a-1.txt").write_text(RELEASE, encoding="utf-8")
    (d / "b-2.txt").write_text("SPIN\n\n" + RELEASE, encoding="utf-8")
    (d / "c-3.txt").write_text(RELEASE_ZH, encoding="utf-8")
    return d


def check_timeout_row(res) -> None:
    assert res.n_inputs == 3 == len(res.releases) + len(res.errors)
    assert list(res.releases["release_id"]) == ["a-1", "c-3"]
    row = res.errors.iloc[0]
    assert row["release_id"] == "b-2" and row["stage"] == "timeout"
    assert row["reason"].startswith("timeout: the document took longer than 0.5 s")


@pytest.mark.parametrize("engine", ["serial", "processes"])
def test_a_document_over_its_time_budget_is_a_timeout_row(tmp_path, engine):
    t0 = time.perf_counter()
    res = Corpus.from_path(make_spinning(tmp_path)).analyze(
        task=BusyOn("parse", timeout=0.5), engine=engine, n_jobs=2, chunksize=1,
        progress=False)
    assert time.perf_counter() - t0 < 15
    check_timeout_row(res)


def test_the_budget_stops_a_spinning_thread():
    import threading

    from pressnlp.corpus.tasks import DocTimeout, time_budget

    outcome = []

    def spin():
        try:
            with time_budget(0.3):
                end = time.perf_counter() + 20
                while time.perf_counter() < end:
                    pass
            outcome.append("finished")
        except DocTimeout:
            outcome.append("timeout")

    t0 = time.perf_counter()
    worker = threading.Thread(target=spin)
    worker.start()
    worker.join(10)
    assert outcome == ["timeout"] and time.perf_counter() - t0 < 5


def test_cli_timeout_option_reaches_the_run(tmp_path, capsys):
    from pressnlp.cli import build_parser

    args = build_parser().parse_args(["analyze", str(tmp_path), "--timeout", "2.5"])
    assert args.timeout == 2.5
    assert build_parser().parse_args(["analyze", str(tmp_path)]).timeout == 30


def test_a_fifo_named_on_the_command_line_or_by_a_glob_never_blocks(tmp_path):
    from pressnlp.cli import main

    os.mkfifo(tmp_path / "named.txt")
    os.mkfifo(tmp_path / "globbed.jsonl")
    (tmp_path / "ok.txt").write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(tmp_path / "named.txt"), str(tmp_path / "*.jsonl"),
                 str(tmp_path / "ok.txt"), "-o", str(out), "--quiet"]) == 0
    rows = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["error"]) for r in rows] == [
        ("named", "not a regular file: FIFO"), ("globbed", "not a regular file: FIFO"),
        ("ok", None)]
