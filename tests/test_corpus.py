"""Corpus runs: accounting on a messy archive, typed tables, Parquet, duplicates, crashes."""

from __future__ import annotations

import io
import json
import os
import tarfile
import zipfile
from pathlib import Path

import duckdb
import pandas as pd
import pytest

import pressnlp as pn
from pressnlp.corpus import Corpus, DocTask
from pressnlp.corpus.tables import SCHEMAS, TABLES
from lexicons import lexicon_installed

CAP = 20_000  # the per-document cap used by these tests

EN_1 = """Shenyang Delegation Visits Sister City Sapporo
时间:2023-05-10 撰稿人: 供稿部门:Shenyang Foreign Affairs Office
On May 8, a delegation led by Liu Donghai, Deputy Director of the Shenyang Foreign Affairs Office, visited Sapporo at the invitation of the Sapporo city government.

During the visit, the two sides reviewed 43 years of sister-city exchanges and agreed to deepen cooperation in education, tourism and the ice-and-snow economy.

The delegation also met more than 30 representatives of local companies and invited them to the China-Japan Economic and Trade Fair in Shenyang in September.
"""
EN_2 = """Changchun Holds Training Course on Foreign Affairs Work
Updated : 2022-11-03Source : CCFAO
From October 31 to November 2, the Changchun Foreign Affairs Office held a training course for more than 50 foreign affairs officials from the counties and districts of the city.

Experts explained consular protection, the management of foreign visits and the rules for receiving overseas guests, and the trainees discussed cases from their daily work.
"""
EN_3 = """Dalian Hosts Forum on the Belt and Road Initiative
Date: 2019-06-18
On June 17, the 2019 Dalian Belt and Road Cooperation Forum opened in Dalian, gathering about 300 guests from 20 countries, including consuls general, entrepreneurs and scholars.

Participants discussed port logistics, cross-border e-commerce and green shipping, and 12 cooperation agreements worth 4.5 billion yuan were signed at the forum.
"""
ZH_1 = """沈阳市外办会见日本札幌市代表团
发布日期:2021-09-15 来源:友城处
9月14日，沈阳市人民政府外事办公室主任会见了札幌市副市长率领的代表团，双方就深化友好城市交流进行了友好交谈。

双方表示，将继续推动教育、旅游和冰雪经济等领域的合作，为两市友好关系注入新的活力。会后双方签署了2022年交流合作备忘录。
"""
ZH_2 = """外国驻沈领事官员参访沈阳自贸试验区
时间:2022-07-21 撰稿人: 供稿部门:沈阳市外办
7月20日，市外办组织12个国家驻沈阳总领事馆的领事官员参访中国（辽宁）自由贸易试验区沈阳片区。

领事官员们听取了片区建设情况介绍，参观了跨境电商产业园，并表示愿为推动本国企业来沈投资发挥桥梁作用。
"""
ZH_TRAD = """瀋陽市外辦會見日本札幌市代表團
發布時間:2021-09-16 來源:中國新聞網
9月14日，瀋陽市人民政府外事辦公室主任會見了札幌市副市長率領的代表團，雙方就深化友好城市交流進行了友好交談。

雙方表示，將繼續推動教育、旅遊和冰雪經濟等領域的合作，為兩市友好關係注入新的活力。會後雙方簽署了2022年交流合作備忘錄。
"""
EN_1_SYNDICATED = EN_1.replace("Shenyang Delegation Visits", "Delegation from Shenyang Visits") \
    .replace("时间:2023-05-10 撰稿人: 供稿部门:Shenyang Foreign Affairs Office",
             "Source: Liaoning Daily  Updated: 2023-05-11") \
    .replace("local companies", "local enterprises")


def _corrupt_member(zpath: Path, member: str) -> None:
    """Flip bytes in the compressed data of one zip member (its CRC check will fail)."""
    with zipfile.ZipFile(zpath) as zf:
        info = zf.getinfo(member)
    raw = bytearray(zpath.read_bytes())
    name_len, extra_len = int.from_bytes(raw[info.header_offset + 26:info.header_offset + 28],
                                         "little"), \
        int.from_bytes(raw[info.header_offset + 28:info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    for i in range(start + 5, start + info.compress_size - 5, 7):
        raw[i] ^= 0x5A
    zpath.write_bytes(bytes(raw))


def _tar_add(tf: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tf.addfile(info, io.BytesIO(data))


def make_mixed_archive(root: Path) -> Path:
    """A folder mixing good releases with every kind of bad input; returns the folder."""
    d = root / "archive"
    (d / "2023" / "05").mkdir(parents=True)
    (d / "2023" / "05" / "sy-0001.txt").write_text(EN_1, encoding="utf-8")
    (d / "cc-0002.txt").write_text(EN_2, encoding="utf-8")
    (d / "sy-zh-0003.txt").write_text(ZH_1, encoding="utf-8")
    (d / "sy-zht-0004.txt").write_text(ZH_TRAD, encoding="utf-8")
    (d / "x-gb-0013.gb18030.txt").write_bytes(ZH_1.replace("札幌", "仙台").encode("gb18030"))
    (d / "latin1-0005.txt").write_bytes(EN_3.replace("Belt", "Belt\u00e9").encode("latin-1"))
    (d / "empty.txt").write_bytes(b"")
    (d / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (d / "huge.txt").write_text(EN_2 * 200, encoding="utf-8")  # oversize under CAP
    (d / "truncated.html").write_bytes(("<html><body><p>" + EN_3[:300]).encode("utf-8"))
    # zip: good members, a syndicated copy, a corrupt member, a bomb
    z = d / "batch.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("dl-0006.txt", EN_3)
        zf.writestr("news/ln-0007.txt", EN_1_SYNDICATED)
        zf.writestr("broken-0008.txt", EN_2 * 3)
        zf.writestr("bomb.txt", b"\x00" * (CAP * 50))
    _corrupt_member(z, "broken-0008.txt")
    # tar.gz: a good member, '../' and absolute names, then a truncated copy of it
    t = d / "more.tar.gz"
    with tarfile.open(t, "w:gz") as tf:
        _tar_add(tf, "sy-0009.txt", EN_2.replace("Changchun", "Shenyang").encode())
        _tar_add(tf, "../escape.txt", EN_3.encode())
        _tar_add(tf, "/etc/absolute.txt", EN_3.encode())
    (d / "cut.tgz").write_bytes(t.read_bytes()[: len(t.read_bytes()) * 2 // 3])
    # JSONL with a bad line, CSV with a text column
    (d / "feed.jsonl").write_text(
        json.dumps({"id": "j-0010", "url": "http://www.example.gov.cn/a.html", "text": EN_2})
        + "\n{not json at all\n"
        + json.dumps({"id": "j-0011", "html": "<p>" + ZH_2.replace("\n", "</p>\n<p>") + "</p>"},
                     ensure_ascii=False) + "\n", encoding="utf-8")
    pd.DataFrame({"id": ["c-0012"], "url": ["http://en.example.gov.cn/c.html"],
                  "text": [EN_1.replace("Sapporo", "Sendai")]}).to_csv(d / "rows.csv", index=False)
    return d


def check_accounting(res: pn.CorpusResult) -> None:
    assert res.n_inputs == len(res.releases) + len(res.errors)
    assert not res.releases["release_id"].isna().any() and not res.errors["path"].isna().any()


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    return make_mixed_archive(tmp_path_factory.mktemp("mixed"))


@pytest.fixture(scope="module")
def serial(mixed) -> pn.CorpusResult:
    return Corpus.from_path(mixed, max_bytes=CAP).analyze(progress=False)


def test_every_input_is_one_release_or_one_error(mixed, serial):
    check_accounting(serial)
    assert serial.n_inputs == len(list(Corpus.from_path(mixed, max_bytes=CAP))) == 24
    errors = dict(zip(serial.errors["path"].map(lambda p: Path(p.split("::")[-1]).name),
                      serial.errors["reason"]))
    assert errors["empty.txt"].startswith("empty")
    assert errors["photo.png"].startswith("binary")
    assert errors["huge.txt"].startswith("oversize")
    assert errors["bomb.txt"].startswith("oversize")
    assert errors["broken-0008.txt"].startswith("corrupt member")
    assert errors["escape.txt"].startswith("unsafe path")
    assert errors["absolute.txt"].startswith("unsafe path")
    assert any(r.startswith("bad JSON") for r in serial.errors["reason"])
    assert any(r.startswith("truncated archive") for r in serial.errors["reason"])
    got = set(serial.releases["release_id"])
    assert {"sy-0001", "cc-0002", "sy-zh-0003", "x-gb-0013.gb18030", "dl-0006", "ln-0007",
            "more.tar.gz/sy-0009", "cut.tgz/sy-0009",
            "j-0010", "j-0011", "c-0012", "truncated"} <= got
    assert set(serial.errors["stage"].astype(str)) == {"read"}


def test_member_paths_and_urls(serial):
    rel = serial.releases.set_index("release_id")
    assert rel.loc["ln-0007", "path"].endswith("batch.zip::news/ln-0007.txt")
    assert rel.loc["j-0010", "url"] == "http://www.example.gov.cn/a.html"
    assert rel.loc["sy-0001", "path"].endswith(os.path.join("2023", "05", "sy-0001.txt"))


def test_tables_have_the_documented_dtypes(serial):
    for name in TABLES:
        df = serial.table(name)
        assert list(df.columns) == list(SCHEMAS[name]), name
        for col, dtype in SCHEMAS[name].items():
            assert str(df[col].dtype).startswith(dtype.split("[")[0]), (name, col, df[col].dtype)
    assert len(serial.themes) > 0
    assert (serial.themes.groupby("release_id")["rank"].min() == 1).all()


def test_duplicates_exact_near_and_traditional(serial):
    dup = serial.releases.set_index("release_id")["duplicate_of"]
    assert dup["ln-0007"] == "sy-0001"  # syndicated English copy
    assert dup["sy-zht-0004"] == "sy-zh-0003"  # traditional copy of a ZH release
    assert pd.isna(dup["sy-0001"]) and pd.isna(dup["dl-0006"])


def test_parquet_round_trip_and_duckdb(serial, tmp_path):
    out = serial.to_parquet(tmp_path / "pq")
    years = serial.releases["year"]
    back = pn.read_parquet(out)
    for name in TABLES:
        a = serial.table(name).sort_values(["release_id"], kind="stable").reset_index(drop=True)
        b = back.table(name).sort_values(["release_id"], kind="stable").reset_index(drop=True)
        assert a.dtypes.to_dict() == b.dtypes.to_dict(), name
        assert sorted(a["release_id"].tolist()) == sorted(b["release_id"].tolist()), name
    check_accounting(back)
    glob = str(out / "releases" / "*.parquet")
    by_year = dict(duckdb.sql(f"select year, count(*) from read_parquet('{glob}') "
                              "group by year").fetchall())
    assert sum(by_year.values()) == len(serial.releases)
    for y, n in by_year.items():
        assert n == (years.isna().sum() if y is None else (years == y).sum())
    themes = str(out / "themes" / "*.parquet")
    n = duckdb.sql(f"select count(distinct release_id) from read_parquet('{themes}')"
                   ).fetchall()[0][0]
    assert n == serial.themes["release_id"].nunique()


def test_streaming_parquet_run_matches_memory_run(mixed, serial, tmp_path, monkeypatch):
    from pressnlp.corpus import sinks

    monkeypatch.setattr(sinks, "PARQUET_FLUSH_DOCS", 6)
    res = Corpus.from_path(mixed, max_bytes=CAP).analyze(
        progress=False, output=tmp_path / "run", format="parquet", chunksize=3)
    assert not list((tmp_path / "run").rglob(".*.tmp"))
    assert len(list((tmp_path / "run" / "releases").glob("*.parquet"))) > 3  # chunk by chunk
    check_accounting(res)
    pd.testing.assert_frame_equal(serial.releases, res.releases)  # in input order
    assert pd.read_parquet(tmp_path / "run" / "releases")["path"].tolist() == \
        serial.releases["path"].tolist()
    assert "errors by reason" in res.summary()


def test_pool_workers_read_files_and_zips_and_write_the_parquet_files(mixed, serial, tmp_path,
                                                                      monkeypatch):
    """With ``--jobs`` the main process lists the inputs and reads only the streams (JSONL,
    CSV, tar); the workers read files and zip members and write the Parquet files, in
    input order, with ``duplicate_of`` filled as by the serial engine."""
    from pressnlp.read import archives

    log = tmp_path / "reads.log"
    read_zip, read_plain = archives._read_zip, archives._read_plain

    def note(path):
        with open(log, "a") as fh:
            fh.write(f"{os.getpid()} {Path(path).name}\n")

    def zip_reader(path, max_bytes, start=0, stop=None, names_only=False):
        if not names_only:
            note(path)
        return read_zip(path, max_bytes, start, stop, names_only)

    def plain_reader(path, max_bytes):
        note(path)
        return read_plain(path, max_bytes)

    monkeypatch.setattr(archives, "_read_zip", zip_reader)
    monkeypatch.setattr(archives, "_read_plain", plain_reader)
    out = tmp_path / "pq"
    res = Corpus.from_path(mixed, max_bytes=CAP).analyze(engine="processes", n_jobs=2,
                                                         chunksize=2, progress=False,
                                                         output=out, format="parquet")
    readers = {line.split()[1]: int(line.split()[0]) for line in log.read_text().splitlines()}
    assert {"batch.zip", "cc-0002.txt", "sy-0001.txt"} <= set(readers)
    assert os.getpid() not in readers.values()
    assert len(list((out / "releases").glob("part-*.parquet"))) > 1
    back = pn.read_parquet(out)
    assert back.n_inputs == res.n_inputs == serial.n_inputs
    pd.testing.assert_frame_equal(back.releases, serial.releases)
    pd.testing.assert_frame_equal(back.entities, serial.entities)
    assert back.releases["duplicate_of"].notna().sum() > 0


def test_a_jsonl_run_counts_the_rows_a_table_run_writes(serial):
    """JSONL output builds no table rows: its counts, errors and problems are the tables'."""
    from dataclasses import replace

    from pressnlp.corpus.tasks import package
    from pressnlp.records import Problem

    analyses = list(serial)
    broken = Problem(stage="extract", component="extract.dates", error="ValueError",
                     message="a date form failed")
    analyses[0] = replace(analyses[0], problems=(broken, broken))
    task = DocTask()
    with_tables = package(analyses, 0, task, tables=True, dedup=False)
    without = package(analyses, 0, task, tables=False, lines=True, dedup=False)
    assert without.frames is None
    assert without.counts == with_tables.counts
    assert without.counts["releases"] > 0 and without.counts["problems"] == 2
    assert sum(without.counts.values()) > 2 * len(analyses)  # mentions of every kind counted
    assert without.errors == with_tables.errors != []
    assert without.problems == with_tables.problems


def test_processes_engine_matches_serial(mixed, serial, tmp_path):
    res = Corpus.from_path(mixed, max_bytes=CAP).analyze(engine="processes", n_jobs=2,
                                                         chunksize=4, progress=False)
    check_accounting(res)
    assert [a.release.id for a in res] == [a.release.id for a in serial]
    pd.testing.assert_frame_equal(res.releases, serial.releases)
    pd.testing.assert_frame_equal(res.themes, serial.themes)


def test_jsonl_output_is_one_record_per_input_in_order(mixed, serial, tmp_path):
    path = tmp_path / "out.jsonl"
    res = Corpus.from_path(mixed, max_bytes=CAP).analyze(progress=False, output=path,
                                                         format="jsonl")
    rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == res.n_inputs == serial.n_inputs
    assert [r["id"] for r in rows] == [a.release.id for a in serial]
    assert {"id", "path", "kind", "body", "officials", "themes", "slogans", "error"} <= set(rows[0])
    assert sum(r["kind"] == "error" for r in rows) == len(serial.errors)
    # syndicated copies carry the id of the first copy, as in the releases table
    copies = {r["id"]: r["duplicate_of"] for r in rows if "duplicate_of" in r}
    expected = serial.releases.dropna(subset=["duplicate_of"])
    assert copies == dict(zip(expected["release_id"], expected["duplicate_of"]))
    assert copies["ln-0007"] == "sy-0001"


class CrashTask(DocTask):
    """Kills its worker process on the document with id ``crash``."""

    def __call__(self, src):
        if src.id == "crash":
            os._exit(3)
        return super().__call__(src)

    def warm_up(self) -> None:
        pass


def test_a_worker_that_dies_is_recorded_not_lost(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i, text in enumerate([EN_1, EN_2, EN_3, ZH_1, EN_2, EN_3]):
        (d / f"r{i}.txt").write_text(text, encoding="utf-8")
    (d / "crash.txt").write_text(EN_1, encoding="utf-8")
    res = Corpus.from_path(d).analyze(engine="processes", n_jobs=2, chunksize=2,
                                      progress=False, task=CrashTask("parse"))
    check_accounting(res)
    assert res.n_inputs == 7 and len(res.releases) == 6
    err = res.errors.iloc[0]
    assert err["release_id"] == "crash" and err["stage"] == "worker"
    assert "worker died" in err["reason"]


class LexiconProbe(DocTask):
    """Reports, as the release title, the user lexicon folders its process sees."""

    def __call__(self, src):
        from pressnlp.lexicon import default_lexicon
        from pressnlp.records import Analysis, Release

        dirs = json.dumps(default_lexicon().user_dirs)
        return Analysis(release=Release(id=src.id, path=src.path, title=dirs, paragraphs=("x",)))


def test_user_lexicon_folders_reach_worker_processes(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(4):
        (d / f"r{i}.txt").write_text(EN_2, encoding="utf-8")
    lex = tmp_path / "lex"
    lex.mkdir()
    with lexicon_installed(pn.Lexicon.load([lex])):
        res = Corpus.from_path(d).analyze(engine="processes", n_jobs=2, chunksize=1,
                                          progress=False, task=LexiconProbe("parse"))
    assert set(res.releases["title"]) == {json.dumps([str(lex)])}
