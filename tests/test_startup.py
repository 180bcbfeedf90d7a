"""Start-up and per-run overheads (issue 16): what a JSONL run imports, the MinHash and LSH
bands computed without datasketch, duplicate_of added to a JSONL line without parsing it."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest

from pressnlp.corpus.dedup import (NUM_PERM, SHINGLE, Deduper, fingerprint, lsh_bands, minhash,
                                   normalise, shingle_hashes)
from pressnlp.corpus.sinks import with_duplicate_of

SRC = Path(__file__).resolve().parent.parent / "src"
RELEASE = ("Vice Mayor Meets Business Delegation from Osaka\n2024-04-11 Source: Foreign Affairs "
           "Office\n\nOn April 10, Vice Mayor Liu Jian met a business delegation from Osaka led "
           "by its chamber of commerce, and the two sides discussed logistics and tourism.\n")


def test_a_jsonl_run_imports_no_table_libraries_and_an_english_one_no_jieba(tmp_path):
    doc = tmp_path / "one.txt"
    doc.write_text(RELEASE, encoding="utf-8")
    probe = ("import sys\nfrom pressnlp.cli import main\n"
             f"assert main(['analyze', {str(doc)!r}, '-o', {str(tmp_path / 'x.jsonl')!r}, "
             "'--quiet']) == 0\n"
             "heavy = ('pandas', 'pyarrow', 'scipy', 'sklearn', 'datasketch', 'jieba', 'spacy')\n"
             "print(sorted(m for m in heavy if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin",
                              "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert out.stdout.strip() == "[]"
    record = json.loads((tmp_path / "x.jsonl").read_text(encoding="utf-8"))
    assert record["id"] == "one" and any(o["name"] == "Liu Jian" for o in record["officials"])


def test_minhash_and_lsh_bands_are_datasketchs():
    datasketch = pytest.importorskip("datasketch")
    rng = random.Random(7)
    for _ in range(50):
        shingles = [bytes(rng.getrandbits(8) for _ in range(5)) for _ in range(rng.randint(1, 400))]
        theirs = datasketch.MinHash(num_perm=64, hashfunc=zlib.crc32)
        theirs.update_batch(shingles)
        assert np.array_equal(minhash(shingles), theirs.hashvalues.astype(np.uint32))
    for num_perm in (32, 64, 128):
        for threshold in (0.3, 0.5, 0.6, 0.8, 0.9):
            lsh = datasketch.MinHashLSH(threshold=threshold, num_perm=num_perm)
            assert lsh_bands(threshold, num_perm) == (lsh.b, lsh.r)


def test_fingerprint_minhash_is_the_minhash_of_the_set_of_shingles():
    """The fingerprint hashes the shingles' byte windows (found by UTF-8 offsets, repeats
    kept): the same signature as ``minhash`` of the
    distinct shingles, for English, Chinese and mixed bodies."""
    bodies = [RELEASE * 2,
              "长春市外办代表团于2023年5月8日访问仙台市，双方就友好城市交流、青年互访达成共识。" * 3,
              "Mayor Zoë Müller met the délégation from 長春 (Changchun) on 8 May 2023. " * 4]
    for body in bodies:
        norm = normalise(body)
        distinct = {norm[i:i + SHINGLE].encode("utf-8") for i in range(len(norm) - SHINGLE + 1)}
        fp = fingerprint("x", body)
        assert np.array_equal(fp.minhash, minhash(list(distinct)))
    assert sorted(shingle_hashes("abcdefgh").tolist()) == sorted(
        zlib.crc32(w) for w in (b"abcde", b"bcdef", b"cdefg", b"defgh"))


def test_near_copies_are_found_and_different_releases_are_not():
    body = RELEASE * 3
    copy = body.replace("April 10", "April 10th")
    other = body.replace("Osaka", "Sendai").replace("logistics and tourism", "education")
    dedup = Deduper()
    found = [dedup.check(fingerprint(rid, text)) for rid, text in
             (("a", body), ("b", copy), ("c", other.replace("Liu Jian", "Zhao Ming") * 2))]
    assert found == [None, "a", None]


def test_a_copy_near_several_stored_releases_names_the_earliest():
    """Candidates are compared all at once; the first stored release that is similar enough
    wins, whatever order the band tables give them in."""
    from pressnlp.corpus.dedup import Fingerprint

    a = np.arange(NUM_PERM, dtype=np.uint32)
    b = a.copy()
    b[:16] += 1000  # 48 of 64 values shared with a: 0.75, under the 0.8 threshold
    c = a.copy()
    c[8:16] = b[8:16]  # 56 of 64 shared with a, and 56 with b
    for order in (("a", "b"), ("b", "a")):
        dedup = Deduper()
        sigs = {"a": a, "b": b}
        found = [dedup.check(Fingerprint(rid, None, rid.encode(), sigs[rid])) for rid in order]
        assert found == [None, None]
        assert dedup.check(Fingerprint("c", None, b"c", c)) == order[0]


def test_duplicate_of_is_appended_as_by_parsing_and_dumping_again():
    record = {"id": "zh-7", "title": "市长会见“友好城市”代表团\n", "n": 3, "score": 0.125,
              "officials": [{"name": "王\u00a0明", "posts": []}], "url": None, "bad": "\\\"x"}
    line = json.dumps(record, ensure_ascii=False)
    for first in ("zh-1", "quoted \"id\" 号", "tab\tid"):
        again = dict(json.loads(line), duplicate_of=first)
        assert with_duplicate_of(line, first) == json.dumps(again, ensure_ascii=False)


def test_lsh_bands_find_every_stored_signature_sharing_a_band_before_and_after_merges():
    """The band tables (recent inserts in a dict, older ones in sorted arrays) give as
    candidates exactly the stored signatures that share a whole band with the query."""
    from pressnlp.corpus.dedup import _Bands

    rng = np.random.default_rng(7)
    bands = _Bands(0.6, NUM_PERM)
    bands.MERGE_EVERY = 7  # several merges within the test
    stored: list[np.ndarray] = []
    for key in range(120):
        if stored and key % 3 == 0:  # a near copy of an earlier one: some bands kept
            sig = stored[int(rng.integers(len(stored)))].copy()
            sig[rng.integers(0, NUM_PERM, 20)] = rng.integers(0, 2**32, 20, dtype=np.uint32)
        else:
            sig = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32)
        expected = {k for k, old in enumerate(stored)
                    if any(np.array_equal(old[a:b], sig[a:b]) for a, b in bands.ranges)}
        assert bands.query(sig) == expected
        bands.insert(key, sig)
        stored.append(sig)
    assert len(bands.hashes)  # merged into the arrays
