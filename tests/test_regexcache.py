"""Compiled patterns kept between processes (``pressnlp.regexcache``)."""

from __future__ import annotations

import marshal
import multiprocessing
import os
import re
import sqlite3
import subprocess
import sys

import pytest

from pressnlp import regexcache

pytestmark = pytest.mark.skipif(regexcache._KEY is None, reason="no cacheable regex engine")

# grammar-like patterns: named groups, flags, look-arounds, wide classes, a trie of names
PATTERNS = [
    (r"(?P<label>发布时间|來源|Source)\s*[:：]\s*(?P<value>[^|｜]{1,40})", 0),
    (r"(?<![A-Za-z0-9])Xi\s*,?[\s\-‐–\"“”]+(?:(?:the|an|a)\s+)?Jinping(?![A-Za-z0-9])", re.I),
    (r"(?:Municipal (?:Bureau of (?:Commerce|Ecology and Environment)|People's Government))\b", 0),
    (r"[\u4e00-\u9fff]{2,4}(?:市|省|区)(?:人民政府|发展和改革委员会)", 0),
    (r"(?i)\b(?:Jan|Feb|Mar)\.?\s+(\d{1,2}),\s+(\d{4})", 0),
]
TEXT = ("来源：成都市人民政府 | Source: Municipal Bureau of Commerce. On Jan. 5, 2024 the "
        "spirit of General Secretary Xi Jinping's instructions was studied; "
        "成都市发展和改革委员会 and the Municipal People's Government met.")


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A process's first sight of the cache, in an empty cache folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(regexcache, "_db", None)
    monkeypatch.setattr(regexcache, "_pruned", False)
    return tmp_path


def _restart(monkeypatch) -> None:
    """Open the cache again, as a new process would."""
    monkeypatch.setattr(regexcache, "_db", None)
    monkeypatch.setattr(regexcache, "_pruned", False)


def _rows() -> dict[tuple[str, int], bytes]:
    with sqlite3.connect(regexcache.cache_file()) as db:
        rows = db.execute("SELECT pattern, flags, engine FROM patterns").fetchall()
    return {(p, f): e for p, f, e in rows}


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a == b  # same pattern, flags and engine code
    assert a.groupindex == b.groupindex and a.groups == b.groups
    assert [m.groups() for m in a.finditer(TEXT)] == [m.groups() for m in b.finditer(TEXT)]
    assert [m.span() for m in a.finditer(TEXT)] == [m.span() for m in b.finditer(TEXT)]


def _no_parsing(monkeypatch) -> None:
    def parse(*args, **kwargs):
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(regexcache._parser, "parse", parse)


def test_compiled_patterns_equal_re_compile(fresh):
    for pattern, flags in PATTERNS:
        _same(regexcache.compile(pattern, flags), re.compile(pattern, flags))
    assert all(re.search(p, TEXT, f) for p, f in PATTERNS)  # the text exercises them all
    assert set(_rows()) == set(PATTERNS)


def test_a_later_process_builds_patterns_from_the_cache_without_parsing(fresh, monkeypatch):
    for pattern, flags in PATTERNS:
        regexcache.compile(pattern, flags)
    _restart(monkeypatch)
    _no_parsing(monkeypatch)
    for pattern, flags in PATTERNS:
        _same(regexcache.compile(pattern, flags), re.compile(pattern, flags))


def test_a_damaged_cache_costs_time_not_results(fresh, monkeypatch):
    path = regexcache.cache_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not an SQLite file " * 100)
    pattern, flags = PATTERNS[0]
    _same(regexcache.compile(pattern, flags), re.compile(pattern, flags))
    assert (pattern, flags) in _rows()  # the file was made anew

    # a row whose code the engine refuses is compiled anew and replaced
    with sqlite3.connect(path) as db:
        db.execute("UPDATE patterns SET engine = ?", (marshal.dumps((flags, [999999], 0, {}, ())),))
    _restart(monkeypatch)
    _same(regexcache.compile(pattern, flags), re.compile(pattern, flags))
    _restart(monkeypatch)
    _no_parsing(monkeypatch)
    _same(regexcache.compile(pattern, flags), re.compile(pattern, flags))


def test_an_unwritable_cache_folder_is_no_error(fresh):
    (fresh / "pressnlp").write_text("a file where the folder should be")
    for pattern, flags in PATTERNS:
        _same(regexcache.compile(pattern, flags), re.compile(pattern, flags))
    assert (fresh / "pressnlp").is_file()


def test_the_oldest_rows_go_beyond_the_limit(fresh, monkeypatch):
    monkeypatch.setattr(regexcache, "MAX_ENTRIES", 3)
    for pattern, flags in PATTERNS:  # a process adds five: the first time it adds, it prunes
        regexcache.compile(pattern, flags)
    assert len(_rows()) == 5
    _restart(monkeypatch)
    regexcache.compile(r"\d{6}(?!\d)")
    assert set(_rows()) == {PATTERNS[3], PATTERNS[4], (r"\d{6}(?!\d)", 0)}


def _child_compiles(pattern: str) -> bool:
    return regexcache.compile(pattern).search("postcode 610041") is not None


def test_a_forked_worker_uses_a_connection_of_its_own(fresh):
    regexcache.compile(*PATTERNS[0])  # the parent's connection is open
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_child_compiles, (r"\d{6}(?!\d)",))
    assert (r"\d{6}(?!\d)", 0) in _rows()
    _same(regexcache.compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))  # the parent's still works


def test_processes_reuse_what_earlier_ones_compiled(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    script = ("import re, sys\nfrom re import _parser\nparsed = []\norig = _parser.parse\n"
              "_parser.parse = lambda *a, **k: parsed.append(a[0]) or orig(*a, **k)\n"
              "from pressnlp import regexcache\n"
              "p = regexcache.compile(sys.argv[1], re.I)\n"
              "print(sys.argv[1] in parsed, p.search('the Municipal Bureau of Commerce') is not None)")
    pattern = r"municipal\s+bureau\s+of\s+\w+"
    runs = [subprocess.run([sys.executable, "-c", script, pattern], env=env, check=True,
                           capture_output=True, text=True).stdout.split() for _ in range(2)]
    assert runs == [["True", "True"], ["False", "True"]]  # compiled, then read back


def test_grammar_patterns_are_the_same_text_in_every_process(tmp_path):
    """A pattern written from a set of words has one text whatever the process's string hash
    seed (else no later process would find it in the cache)."""
    script = ("import hashlib, sys\nfrom pressnlp import regexcache\nseen = []\n"
              "orig = regexcache.compile\n"
              "regexcache.compile = lambda p, f=0: seen.append(f'{f}:{p}') or orig(p, f)\n"
              "import pressnlp as pn\n"
              "pn.analyze('Vice Mayor Wang Lin met the Consul General of Korea on March 18.\\n'"
              " '副市长王林3月18日会见韩国驻沈阳总领事。')\n"
              "print(len(seen), hashlib.sha1('\\n'.join(sorted(seen)).encode()).hexdigest())")
    runs = [subprocess.run([sys.executable, "-c", script], check=True, capture_output=True,
                           text=True, env={**os.environ, "PYTHONHASHSEED": seed,
                                           "XDG_CACHE_HOME": str(tmp_path)}).stdout.split()
            for seed in ("1", "2")]
    assert int(runs[0][0]) > 100 and runs[0] == runs[1]
