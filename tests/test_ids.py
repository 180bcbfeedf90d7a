"""Release ids: unique within a run, stable across runs, qualified only on collision."""

from __future__ import annotations

import json
import zipfile

import pytest

from pressnlp.corpus import Corpus
from pressnlp.read.archives import iter_sources, plan, read_part, with_unique_ids
from pressnlp.read.ids import containers, unique_ids

HARBIN = ("Harbin Mayor Meets Niigata Delegation\nDate: 2023-05-09\nOn May 8, Zhang Qingwei, "
          "Mayor of Harbin, met a delegation led by Nakahara Yasushi, Mayor of Niigata, and the "
          "two sides discussed trade and tourism cooperation.\n")
DALIAN = ("Dalian Holds Port Forum\nDate: 2023-06-18\nOn June 17, Chen Shaobo, Vice Mayor of "
          "Dalian, opened the port logistics forum attended by 200 guests from 15 countries.\n")


@pytest.fixture()
def two_index_folders(tmp_path):
    for folder, text in (("harbin", HARBIN), ("dalian", DALIAN)):
        (tmp_path / "site" / folder).mkdir(parents=True)
        (tmp_path / "site" / folder / "index.txt").write_text(text, encoding="utf-8")
    return tmp_path / "site"


def test_two_folders_with_index_txt_give_two_releases_and_no_cross_edges(two_index_folders):
    res = Corpus.from_path(two_index_folders).analyze(progress=False)
    assert sorted(res.releases["release_id"]) == ["dalian/index", "harbin/index"]
    officials = res.officials.groupby("release_id")["name"].apply(set).to_dict()
    assert officials == {"harbin/index": {"Zhang Qingwei", "Nakahara Yasushi"},
                         "dalian/index": {"Chen Shaobo"}}
    edges = res.edges()
    names = set(edges["source_name"]) | set(edges["target_name"])
    assert "Chen Shaobo" not in names  # alone in his release: no edge to the Harbin people
    assert all(ids == ["harbin/index"] for ids in edges["release_ids"])


def test_ids_are_stable_across_runs_and_unique_ids_stay_as_they_are(two_index_folders):
    (two_index_folders / "dl-0001.txt").write_text(DALIAN, encoding="utf-8")
    first = [s.id for s in iter_sources(two_index_folders)]
    assert first == [s.id for s in iter_sources(two_index_folders)]
    assert first == ["dalian/index", "dl-0001", "harbin/index"]


def test_a_folder_beside_its_zip_and_a_file_named_twice(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "index.txt").write_text(HARBIN, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "news.zip", "w") as zf:
        zf.writestr("news/index.txt", HARBIN)
    ids = [s.id for s in iter_sources(tmp_path, tmp_path / "news" / "index.txt")]
    root = tmp_path.name
    assert ids == [f"{root}/news/index", "news.zip/news/index", f"{root}/news/index#2"]


def test_jsonl_ids_kept_when_unique_else_qualified(tmp_path):
    rows = [{"id": "r1", "text": HARBIN}, {"id": "r2", "text": DALIAN},
            {"id": "r2", "text": DALIAN + " Again."}]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (tmp_path / "more.jsonl").write_text(json.dumps({"id": "r1", "text": DALIAN}) + "\n")
    ids = [s.id for s in iter_sources(tmp_path / "feed.jsonl")]
    assert ids == ["r1", "r2#2", "r2#3"]
    ids = [s.id for s in iter_sources(tmp_path)]
    assert ids == ["feed.jsonl/r1", "r2#2", "r2#3", "more.jsonl/r1"]


def test_dask_parts_carry_the_same_ids_as_the_serial_stream(tmp_path, two_index_folders):
    serial = [(s.id, s.path) for s in iter_sources(two_index_folders)]
    parts, listing = with_unique_ids(plan([two_index_folders], docs_per_part=1))
    assert len(listing) == len(serial) == 2
    assert [(s.id, s.path) for p in parts for s in read_part(p)] == serial


def test_unique_ids_rules():
    assert containers("a/b/index.txt") == ["a", "b"]
    assert containers("x/y.zip::dir/index.html") == ["x", "y.zip", "dir"]
    assert containers("x/feed.jsonl::12") == ["x", "feed.jsonl"]
    assert unique_ids([("a", "p/a.txt"), ("b", "p/b.txt")]) == {}
    # a qualified id that equals another source's own id is numbered
    assert unique_ids([("index", "q/index.txt"), ("index", "r/index.txt"),
                       ("q/index", "s/q/index.txt")]) == {0: "q/index", 1: "r/index",
                                                          2: "q/index#2"}


def test_the_listing_reads_names_and_gives_the_ids_and_paths_the_data_pass_gives(
        tmp_path, monkeypatch):
    import io
    import tarfile

    import pressnlp.read.archives as archives

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.txt").write_text(HARBIN, encoding="utf-8")
    (tmp_path / "a" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "a" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    (tmp_path / "b.zip").write_bytes(b"PK\x03\x04 not really a zip")
    with zipfile.ZipFile(tmp_path / "news.zip", "w") as zf:
        zf.writestr("2023/index.txt", HARBIN)
        zf.writestr("2023/../../escape.txt", DALIAN)
        zf.writestr("__MACOSX/._index.txt", b"\x00junk")
        zf.writestr("2024/port.html", f"<p>{DALIAN}</p>")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, text in (("t/index.txt", DALIAN), ("t/port.txt", HARBIN)):
            info = tarfile.TarInfo(name)
            info.size = len(text.encode())
            tf.addfile(info, io.BytesIO(text.encode()))
    (tmp_path / "old.tar.gz").write_bytes(buf.getvalue())
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "index", "text": DALIAN}) +
                                         "\nnot json\n" + json.dumps({"text": HARBIN}) + "\n")
    data_pass = [(s.id, s.path) for s in archives._raw_sources([tmp_path], archives.MAX_BYTES)]

    opened = []
    monkeypatch.setattr(archives, "_read_plain", lambda path, cap: opened.append(path))
    listing = archives.list_sources([tmp_path])
    assert listing.keys == data_pass and len(data_pass) == 12
    assert opened == []  # plain files are listed by name
    monkeypatch.undo()
    ids = [s.id for s in iter_sources(tmp_path, listing=listing)]
    assert len(set(ids)) == len(ids) == 12
