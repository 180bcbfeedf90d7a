"""Property tests: parse never raises on any bytes or text; records keep their shape."""

import random

import pytest

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import pressnlp as pn
from pressnlp.pipeline import looks_like_path
from pressnlp.records import KINDS
from parse_pages import ALL_PAGES, PAGE_HTML

SAMPLES = [p.encode("utf-8") for p in ALL_PAGES.values()] + [PAGE_HTML.encode("gb18030")]
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(r: pn.Release) -> None:
    assert r.kind in KINDS
    if r.kind == "error":
        assert r.error
        # an error record is for bad input, never for an exception inside the parser
        assert r.error_stage == "read" or r.error == "empty document", r.error
    else:
        assert r.error is None
        assert all(isinstance(p, str) and p for p in r.paragraphs)
        d = r.to_dict()
        assert d["date"] is None or len(d["date"]) == 10


@FAST
@given(st.binary(max_size=3000))
def test_random_bytes_never_raise(data):
    _check(pn.parse(data))


@FAST
@given(st.text(max_size=2000))
def test_random_text_never_raises(text):
    # a one-line text ending in a file name ("0.CSV") is read as a path, and raises when it names
    # no file (pipeline.parse; tested with the other path inputs)
    assume(not looks_like_path(text))
    _check(pn.parse(text))


@FAST
@given(st.sampled_from(SAMPLES), st.integers(0, 2**32 - 1), st.integers(1, 40))
def test_mutated_samples_never_raise(sample, seed, n):
    rnd = random.Random(seed)
    data = bytearray(sample)
    for _ in range(n):
        op = rnd.randrange(3)
        pos = rnd.randrange(len(data) or 1)
        if op == 0 and data:
            data[pos] = rnd.randrange(256)
        elif op == 1:
            del data[pos:pos + rnd.randrange(1, 50)]
        else:
            data[pos:pos] = bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 8)))
    _check(pn.parse(bytes(data)))


@FAST
@given(st.sampled_from(list(ALL_PAGES.values())), st.integers(0, 2**32 - 1))
def test_shuffled_lines_never_raise(page, seed):
    lines = page.splitlines()
    random.Random(seed).shuffle(lines)
    _check(pn.parse("\n".join(lines)))


def test_bad_inputs_give_error_records(tmp_path):
    assert pn.parse(b"").kind == "error"
    assert pn.parse("   \n\n ").kind == "error"
    assert pn.parse(b"\x00\x01\x02\x03" * 500).error.startswith("binary")
    missing = pn.parse(tmp_path / "nope.txt")
    assert missing.kind == "error" and missing.error_stage == "read"
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: rejected by size, not read
    r = pn.parse(big)
    assert r.kind == "error" and "too large" in r.error and r.id == "big"


def test_page_without_title_or_date_gives_nulls():
    r = pn.parse("On Monday, the delegation visited the port and met the mayor.\n")
    assert r.kind == "release" and r.title is None and r.date is None
    assert r.paragraphs == ("On Monday, the delegation visited the port and met the mayor.",)


def test_path_inputs_set_id_and_path(tmp_path):
    f = tmp_path / "d99_A_en.gb18030.html"
    f.write_bytes(PAGE_HTML.encode("gb18030"))
    for src in (f, str(f)):
        r = pn.parse(src)
        assert r.id == "d99_A_en.gb18030" and r.path == str(f) and r.title


# Pathological pages: each must parse in linear time (a few seconds on one core; the timeout
# is a generous guard so a return of catastrophic backtracking or per-character rescans shows).
_BODY = "市外办副主任会见来访代表团，双方就友好城市交流合作交换了意见。The delegation met the mayor. "


@pytest.mark.timeout(20)
@pytest.mark.parametrize("text", [
    pytest.param("副市长" * 30000, id="repeated-title-word"),
    pytest.param("·" * 100000 + "阿" * 100000, id="dots-then-han"),
    pytest.param((_BODY * 20000)[:1_000_000], id="one-1MB-line"),
    pytest.param("阿" * 1_000_000, id="one-repeated-han"),
    pytest.param("a" * 1_000_000, id="one-repeated-letter"),
    pytest.param("\n".join(f"第{i}条 通知公告" for i in range(100_000)), id="100k-distinct-lines"),
    pytest.param("\n".join(["首页 | 外事动态", "2024-05-10", "打印"] * 70_000), id="200k-menu-lines"),
    pytest.param("。，、；：？！…—·|>《》()（）【】<>\n" * 40_000, id="only-punctuation"),
    pytest.param("Photo by " * 100_000, id="repeated-caption-cue"),
    pytest.param("1" * 1_000_000, id="one-digit-run"),
])
def test_pathological_pages_parse_in_linear_time(text):
    r = pn.parse(text)
    assert r.kind in KINDS and r.kind != "error"
