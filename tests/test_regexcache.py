"""Compiled patterns kept between processes (``pressnlp.regexcache``)."""

from __future__ import annotations

import marshal
import os
import re
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
    monkeypatch.setattr(regexcache, "_stored", None)
    monkeypatch.setattr(regexcache, "_new", {})
    monkeypatch.setattr(regexcache, "_used", set())
    monkeypatch.setattr(regexcache, "_at_exit", True)  # tests save by hand
    return tmp_path


def _restart(monkeypatch) -> None:
    """Forget what this process read and compiled, as a new process would."""
    monkeypatch.setattr(regexcache, "_stored", None)
    monkeypatch.setattr(regexcache, "_new", {})
    monkeypatch.setattr(regexcache, "_used", set())


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a == b  # same pattern, flags and engine code
    assert a.groupindex == b.groupindex and a.groups == b.groups
    assert [m.groups() for m in a.finditer(TEXT)] == [m.groups() for m in b.finditer(TEXT)]
    assert [m.span() for m in a.finditer(TEXT)] == [m.span() for m in b.finditer(TEXT)]


def test_compiled_patterns_equal_re_compile(fresh):
    for pattern, flags in PATTERNS:
        _same(regexcache.compile(pattern, flags), re.compile(pattern, flags))
    assert any(m for p, f in PATTERNS for m in re.finditer(p, TEXT, f))  # the text exercises them


def test_a_later_process_builds_patterns_from_the_cache_without_parsing(fresh, monkeypatch):
    for pattern, flags in PATTERNS:
        regexcache.compile(pattern, flags)
    regexcache.save()
    assert regexcache.cache_file().exists()
    _restart(monkeypatch)

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(regexcache._parser, "parse", no_parsing)
    for pattern, flags in PATTERNS:
        _same(regexcache.compile(pattern, flags), re.compile(pattern, flags))
    assert not regexcache._new  # nothing new to save


def test_a_damaged_cache_costs_time_not_results(fresh, monkeypatch):
    path = regexcache.cache_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00 not a marshalled dict")
    pattern, flags = PATTERNS[0]
    _same(regexcache.compile(pattern, flags), re.compile(pattern, flags))
    regexcache.save()  # rewrites the file whole
    assert (pattern, flags) in marshal.loads(path.read_bytes())

    # an entry whose code the engine refuses is compiled anew
    path.write_bytes(marshal.dumps({(pattern, flags): marshal.dumps((flags, [999999], 0, {}, ()))}))
    _restart(monkeypatch)
    _same(regexcache.compile(pattern, flags), re.compile(pattern, flags))
    assert (pattern, flags) in regexcache._new


def test_an_unwritable_cache_folder_is_no_error(fresh, monkeypatch):
    (fresh / "pressnlp").write_text("a file where the folder should be")
    pattern, flags = PATTERNS[1]
    _same(regexcache.compile(pattern, flags), re.compile(pattern, flags))
    regexcache.save()  # nothing written, nothing raised
    assert (fresh / "pressnlp").is_file()


def test_save_merges_what_other_processes_wrote(fresh, monkeypatch):
    regexcache.compile(*PATTERNS[0])
    regexcache.save()
    _restart(monkeypatch)
    monkeypatch.setattr(regexcache, "_stored", {})  # this process read the file before it was written
    regexcache.compile(*PATTERNS[1])
    regexcache.save()
    saved = marshal.loads(regexcache.cache_file().read_bytes())
    assert {PATTERNS[0], PATTERNS[1]} <= set(saved)


def test_processes_save_at_exit_and_reuse(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    script = ("import re, sys\nfrom pressnlp import regexcache\n"
              "p = regexcache.compile(sys.argv[1], re.I)\n"
              "print(len(regexcache._new), p.search('the Municipal Bureau of Commerce') is not None)")
    pattern = r"municipal\s+bureau\s+of\s+\w+"
    runs = [subprocess.run([sys.executable, "-c", script, pattern], env=env, check=True,
                           capture_output=True, text=True).stdout.split() for _ in range(2)]
    assert runs == [["1", "True"], ["0", "True"]]  # compiled and saved, then read back
