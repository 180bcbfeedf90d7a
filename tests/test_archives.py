"""Archive reading: ids, member paths, refusals, JSONL/CSV rows, planning for Dask."""

from __future__ import annotations

import io
import tarfile
import zipfile

import pytest

from pressnlp.read.archives import doc_id, iter_sources, looks_binary, plan, read_part

RELEASE = ("Foreign Consuls Visit Shenyang Free Trade Zone\n时间:2022-07-21 撰稿人: "
           "供稿部门:Shenyang Foreign Affairs Office\nOn July 20, consular officials from 12 "
           "countries visited the Shenyang area of the Liaoning Pilot Free Trade Zone.\n")


def test_id_is_the_file_name_without_its_last_extension():
    assert doc_id("texts/d45_A_en.gb18030.html") == "d45_A_en.gb18030"
    assert doc_id("sy-0001.txt") == "sy-0001"
    assert doc_id("archive.zip::2023/05/note") == "note"


def test_folder_glob_and_members_keep_paths(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "sy-1.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text(RELEASE, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "a" / "b.zip", "w") as zf:
        zf.writestr("2022/sy-2.html", f"<p>{RELEASE}</p>")
        zf.writestr("__MACOSX/._sy-2.html", b"\x00\x05junk")
    got = [(s.id, s.path, s.ok) for s in iter_sources(str(tmp_path / "a" / "*"))]
    assert got == [("sy-2", f"{tmp_path}/a/b.zip::2022/sy-2.html", True),
                ("sy-1", f"{tmp_path}/a/sy-1.txt", True)]


def test_zip_member_whose_header_lies_about_its_size_is_capped(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"a" * 100_000)
    raw = bytearray(buf.getvalue())
    # rewrite the declared uncompressed size (central directory) to look small
    cd = raw.rfind(b"PK\x01\x02")
    raw[cd + 24:cd + 28] = (1000).to_bytes(4, "little")
    (tmp_path / "lying.zip").write_bytes(bytes(raw))
    [src] = iter_sources(tmp_path / "lying.zip", max_bytes=5000)
    assert not src.ok and ("oversize" in src.error or "corrupt" in src.error)


def test_tar_links_and_escaping_names_are_refused(tmp_path):
    path = tmp_path / "t.tar"
    with tarfile.open(path, "w") as tf:
        info = tarfile.TarInfo("ok.txt")
        info.size = len(RELEASE.encode())
        tf.addfile(info, io.BytesIO(RELEASE.encode()))
        link = tarfile.TarInfo("passwd.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(link)
        up = tarfile.TarInfo("a/../../up.txt")
        up.size = 3
        tf.addfile(up, io.BytesIO(b"abc"))
    srcs = list(iter_sources(path))
    assert [s.id for s in srcs] == ["ok", "passwd", "up"]
    assert srcs[0].ok and srcs[0].data == RELEASE.encode()
    assert srcs[1].error.startswith("unsafe member") and srcs[2].error.startswith("unsafe path")


def test_jsonl_and_csv_rows(tmp_path):
    (tmp_path / "f.jsonl").write_text(
        '{"id": "x1", "url": "http://wb.example.gov.cn/1.html", "text": "%s"}\n\n[1, 2]\n'
        '{"title": "no text"}\n' % RELEASE.replace("\n", "\\n"), encoding="utf-8")
    srcs = list(iter_sources(tmp_path / "f.jsonl"))
    assert [(s.id, s.ok) for s in srcs] == [("x1", True), ("f-3", False), ("f-4", False)]
    assert srcs[0].url == "http://wb.example.gov.cn/1.html" and srcs[0].path.endswith("::1")
    (tmp_path / "g.csv").write_text("Title,Page\nA,B\n", encoding="utf-8")
    [bad] = iter_sources(tmp_path / "g.csv")
    assert bad.error.startswith("bad CSV")


def test_binary_detection_spares_utf16_text():
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert looks_binary(bytes(range(256)))
    assert not looks_binary(RELEASE.encode("utf-16-le"))
    assert not looks_binary(RELEASE.encode("utf-16"))
    assert not looks_binary(RELEASE.encode("gb18030"))


def test_plan_covers_every_source_once(tmp_path):
    for i in range(5):
        (tmp_path / f"r{i}.txt").write_text(RELEASE, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "z.zip", "w") as zf:
        for i in range(7):
            zf.writestr(f"m{i}.txt", RELEASE)
    parts = plan([tmp_path], docs_per_part=3)
    planned = [s.path for p in parts for s in read_part(p)]
    assert planned == [s.path for s in iter_sources(tmp_path)]
    assert len(parts) == 2 + 3  # files in groups of 3 (3 + 2), the zip in 3 member ranges


def test_csv_dialects_semicolon_tab_and_boms_are_read(tmp_path):
    text = RELEASE.replace("\n", " ")
    (tmp_path / "semi.csv").write_bytes(("\ufeffid;url;text\ns-1;http://a.gov.cn/1.html;"
                                         f"\"{text}\"\n").encode("utf-8"))
    (tmp_path / "tabs.csv").write_bytes(f"ID\tText\nt-1\t{text}\n".encode("utf-16"))
    got = {s.id: s for s in iter_sources(tmp_path)}
    assert set(got) == {"s-1", "t-1"}
    assert got["s-1"].url == "http://a.gov.cn/1.html" and got["s-1"].data == text
    assert got["t-1"].data == text


def test_csv_without_a_text_column_is_one_clear_error(tmp_path):
    (tmp_path / "meta.csv").write_text("id,title,url\n1,a,b\n2,c,d\n", encoding="utf-8")
    sources = list(iter_sources(tmp_path / "meta.csv"))
    assert len(sources) == 1 and sources[0].error == (
        "bad CSV: no text, html, body or content column (columns: id, title, url)")


def test_a_zip_is_listed_once_and_its_ranges_read_from_one_open_archive(tmp_path, monkeypatch):
    """Planning and the names pass open a zip a fixed number of times, however many parts
    it is cut into; the parts read from the archive this process keeps open, and a zip
    rewritten in between is opened again."""
    from pressnlp.read import archives
    from pressnlp.read.archives import with_unique_ids

    z = tmp_path / "z.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for i in range(12):
            zf.writestr(f"day{i % 4}/index.txt" if i % 3 == 0 else f"m{i}.txt",
                        RELEASE.replace("12 countries", f"{i + 2} countries"))
    opened = []
    real_open = archives.open_zip
    monkeypatch.setattr(archives, "open_zip", lambda p: opened.append(p) or real_open(p))
    parts, listing = with_unique_ids(plan([z], docs_per_part=2))
    assert len(parts) == 6 and len(opened) == 2  # counted for the plan, listed for the ids
    whole = list(iter_sources(z))
    opened.clear()
    got = [s for p in parts for s in read_part(p)]
    assert [(s.id, s.path, s.data) for s in got] == [(s.id, s.path, s.data) for s in whole]
    assert len(opened) == 1 and len({s.id for s in got}) == 12  # ids made unique
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("other.txt", RELEASE)
    assert [s.path for s in read_part(parts[0])] == [f"{z}::other.txt"] and len(opened) == 2


def test_name_parts_are_the_parts_pathlib_gives():
    from pathlib import PurePosixPath

    from hypothesis import given, strategies as st

    from pressnlp.read.archives import name_parts

    @given(st.text(alphabet="/\\.a_XM通", max_size=14))
    def same(name):
        path = PurePosixPath(name.replace("\\", "/"))
        parts = path.parts[1:] if path.anchor else path.parts
        assert name_parts(name) == list(parts)
        assert doc_id(name) == (path.name.rpartition(".")[0] or path.name
                                if "." in path.name else path.name)

    same()
    assert name_parts("__MACOSX/./a//._b.txt") == ["__MACOSX", "a", "._b.txt"]


def test_members_kept_compactly_read_as_the_archive_does(tmp_path):
    """A worker keeps the members of an open zip as a few fields each (ZipMembers) and lets
    zipfile's lists go; reading a member through the remade ZipInfo gives the same bytes, and a
    damaged member still fails its CRC check."""
    from pressnlp.read.zipmembers import ZipMembers, let_go_of_infos

    z = tmp_path / "odd.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("stored.txt", RELEASE, compress_type=zipfile.ZIP_STORED)
        zf.writestr("deflated.txt", RELEASE * 3, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("新闻/发布.txt", RELEASE.replace("12", "13"))  # flagged UTF-8
        info = zipfile.ZipInfo("caf\u00e9.txt")  # written flagged; read back as written
        zf.writestr(info, RELEASE.replace("12", "14"))
        zf.writestr("empty.txt", b"")
    with zipfile.ZipFile(z) as zf:
        infos = zf.infolist()
        expected = [zf.read(i) for i in infos]
        members = ZipMembers(infos)
        let_go_of_infos(zf)
        assert len(members) == len(infos) and zf.infolist() == []
        assert [m.filename for m in members[1:4]] == [i.filename for i in infos[1:4]]
        assert [zf.open(m).read() for m in members[:]] == expected
        assert zf.open(members[-1]).read() == b"" and members[-1].file_size == 0
    damaged = bytearray(z.read_bytes())
    at = damaged.find(RELEASE.encode()[:40])  # inside the stored member's data
    damaged[at + 5] ^= 0xFF
    z.write_bytes(bytes(damaged))
    with zipfile.ZipFile(z) as zf:
        members = ZipMembers(zf.infolist())
        let_go_of_infos(zf)
        with pytest.raises(zipfile.BadZipFile, match="CRC"):
            zf.open(members[0]).read()
