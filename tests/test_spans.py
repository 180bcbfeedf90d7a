"""SpanSet's shortcuts (building from many spans, ``covers``, ``add_if_free``), ``non_overlapping``
and ``bare_uses`` give what their plain definitions give."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import pytest

from pressnlp.extract.spans import SpanSet, bare_uses, non_overlapping


def _random_spans(rng: random.Random, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        s = rng.randrange(0, 60)
        out.append((s, s + rng.choice([0, 0, 1, 2, 3, 5, 8, 13])))  # empty spans too
    return out


def _added_one_by_one(spans: list[tuple[int, int]]) -> SpanSet:
    out = SpanSet()
    for s, e in sorted(spans):
        out.add(s, e)
    return out


@pytest.mark.parametrize("seed", range(200))
def test_a_set_built_at_once_is_the_set_added_span_by_span(seed):
    spans = _random_spans(random.Random(seed), seed % 25)
    assert SpanSet(spans)._spans == _added_one_by_one(spans)._spans


@pytest.mark.parametrize("seed", range(50))
def test_covers_is_an_overlap_of_one_character(seed):
    rng = random.Random(seed)
    spans = SpanSet(_random_spans(rng, 12))
    for pos in range(-2, 80):
        assert spans.covers(pos) == spans.overlaps(pos, pos + 1)


@pytest.mark.parametrize("seed", range(200))
def test_add_if_free_adds_what_a_check_then_add_adds(seed):
    rng = random.Random(seed)
    quick, plain = SpanSet(), SpanSet()
    for s, e in _random_spans(rng, 30):
        free = not plain.overlaps(s, e)
        if free:
            plain.add(s, e)
        assert quick.add_if_free(s, e) == free
        assert quick._spans == plain._spans


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    tag: int


def _plain_non_overlapping(spans: list[_Span]) -> list[_Span]:
    kept, taken = [], SpanSet()
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not taken.overlaps(s.start, s.end):
            kept.append(s)
            taken.add(s.start, s.end)
    return sorted(kept, key=lambda s: s.start)


@pytest.mark.parametrize("seed", range(200))
def test_non_overlapping_keeps_the_longest_then_leftmost(seed):
    rng = random.Random(seed)
    spans = [_Span(s, e, i) for i, (s, e) in enumerate(_random_spans(rng, seed % 30))]
    kept = non_overlapping(spans)
    assert kept == _plain_non_overlapping(spans)
    assert all(a.end <= b.start for a, b in zip(kept, kept[1:]) if a.end > a.start)


@pytest.mark.parametrize("word, text", [
    ("CCPIT", "The CCPIT Qingdao office (CCPIT) met CCPITs, xCCPIT, _CCPIT and CCPIT-Shandong. CCPIT"),
    ("JFAO", "JFAO(JFAO)JFAO (JFAO JFAO) JFAO’s staff; 日本JFAO代表"),
    ("A.B", "A.B AxB A.B. (A.B) A.BC"),
])
def test_bare_uses_are_the_matches_of_the_look_behind_first_pattern(word, text):
    w = re.escape(word)
    assert [m.span() for m in bare_uses(word, text)] == \
        [m.span() for m in re.finditer(rf"(?<!\w){w}(?!\w)", text)]
    assert [m.span() for m in bare_uses(word, text, not_after="(", not_before=")")] == \
        [m.span() for m in re.finditer(rf"(?<![\w(]){w}(?![\w)])", text)]


def test_bare_uses_of_an_acronym_are_its_whole_words():
    text = "The Jinan Foreign Affairs Office (JFAO) said JFAO staff, not JFAOs, would attend."
    assert [m.span() for m in bare_uses("JFAO", text)] == \
        [m.span() for m in re.finditer(r"\bJFAO\b", text)] == [(34, 38), (45, 49)]
