"""Dates and quantities take time linear in the size of a document (issue 10, item 3).

Each case is timed (CPU time of this process, so other load on the machine matters little) on
a document of ``n`` and of ``8 n`` characters: a linear stage takes about 8 times as long, a
quadratic one 64 times. The bounds are generous — the machine is shared — but far below what
the quadratic versions took (``On May 8, `` × 800 alone took about 5 s before, ``× 6,400``
several minutes). The documents are generated here: seeded random genre-like pages and the
adversarial repeats of the hostile-input audit.
"""

from __future__ import annotations

import random
import signal
import time
from typing import Callable

import pytest

import pressnlp as pn
from pressnlp.extract.dates import find_dates_in_release
from pressnlp.extract.numbers import parse_number
from pressnlp.extract.orgs import find_orgs
from pressnlp.extract.quantities import find_quantities, find_quantities_in_release

SMALL = 8_000
RATIO = 20  # time(8 n) / time(n) stays under this (a quadratic stage gives about 64)
FLOOR = 0.02  # seconds: shorter times are noise, not a base for a ratio
SECONDS_PER_MB = 40  # absolute cap on the larger document (the stages take 1-10 s a MB)

EN = [
    "On May 8, the Consul General met 25 entrepreneurs from Liaoning.",
    "SHENYANG, Oct. 31 -- More than 300 guests attended the reception on Tuesday.",
    "The two cities signed 12 agreements worth 3.5 billion yuan during the visit.",
    "From June 3 to 5, 2024, the fair drew nearly 40 countries and regions.",
    "Trade rose 8.2 percent year on year to 120 billion US dollars in the first half.",
    "The mayor said the city would host the expo again next year, in September.",
]
ZH = [
    "5月8日，总领事会见了来访的25名企业家。",
    "10月31日电 300余名嘉宾出席了招待会。",
    "双方签署了12项合作协议，总金额达3.5亿元。",
    "2024年6月3日至5日，展会吸引了近40个国家和地区参展。",
    "上半年，双边贸易额同比增长8.2%，达到1200亿美元。",
]


def _genre(sentences: list[str], seed: int, sep: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        rng = random.Random(seed)
        out, size = [], 0
        while size < n:
            s = rng.choice(sentences)
            out.append(s)
            size += len(s) + len(sep)
        return sep.join(out)
    return make


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: unit * max(1, n // len(unit))


CASES = {
    "en_paragraphs": _genre(EN, 1, "\n\n"),
    "en_one_line": _genre(EN, 2, " "),
    "zh_one_line": _genre(ZH, 3, ""),
    "month_days": _repeat("On May 8, "),
    "zh_month_days": _repeat("5月8日，"),
    "weekdays": _repeat("on Tuesday, "),
    "digits": lambda n: "The total was " + "7" * n + " yuan.",
    "zh_digits": lambda n: "共计" + "7" * n + "人。",
    "zh_numerals": _repeat("一二三四五六七八九十百千万亿"),
    "digit_groups": lambda n: "The total was " + "123," * (n // 4) + "4 yuan.",
    "open_quote": lambda n: "\u201c" + "two officials " * (n // 14),
    "member_units": _repeat("a 6-member "),
    "dates_and_counts": _repeat("On May 8, 25 officials and 3 consuls met. "),
}


def _page(body: str) -> str:
    return "Title: Reception held\nDate: 2024-06-10\n\n" + body + "\n"


class _OverTime(BaseException):
    """CPU time limit of a stage passed (a BaseException: the stages catch Exception)."""


def _stage_seconds(body: str, limit: float) -> float:
    """CPU seconds of the date and quantity stages on a page holding ``body``; a stage still
    running after ``limit`` CPU seconds is stopped and the test fails."""
    release = pn.parse(_page(body))
    assert release.kind != "error", release.error

    def stop(signum: int, frame: object) -> None:
        raise _OverTime

    old = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, limit)
    t0 = time.process_time()
    try:
        find_dates_in_release(release)
        find_quantities_in_release(release)
    except _OverTime:
        pytest.fail(f"dates and quantities still running after {limit:.1f} CPU seconds "
                    f"on {len(body):,} characters")
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)
    return time.process_time() - t0


def _cap(n: int) -> float:
    return max(2.0, SECONDS_PER_MB * n / 1e6)


def _assert_linear(make: Callable[[int], str], small: int) -> None:
    _stage_seconds(make(200), _cap(200))  # warm-up: grammars, lexicons
    # the better of two runs each: one pause of a shared machine is not a slope
    t_small = min(_stage_seconds(make(small), _cap(small)) for _ in range(2))
    t_big = min(_stage_seconds(make(8 * small), _cap(8 * small)) for _ in range(2))
    assert t_big / max(t_small, FLOOR) < RATIO, (t_small, t_big)


@pytest.mark.parametrize("case", sorted(CASES))
def test_dates_and_quantities_are_linear(case: str) -> None:
    _assert_linear(CASES[case], SMALL)


def test_a_page_of_a_megabyte_finishes_in_linear_time() -> None:
    _assert_linear(CASES["en_one_line"], 125_000)


def test_month_days_are_still_found_in_a_long_run() -> None:
    release = pn.parse(_page("On May 8, " * 5_000))
    dates = find_dates_in_release(release)
    assert len(dates) == 5_000
    assert {d.iso for d in dates} == {"2024-05-08"}


def test_a_weekday_next_to_a_date_is_still_not_repeated() -> None:
    release = pn.parse(_page("The talks were held on Friday afternoon on May 10, 2024. " * 50))
    dates = find_dates_in_release(release)
    assert {d.iso for d in dates} == {"2024-05-10"}
    assert len(dates) == 50


def test_overlong_numbers_are_no_amounts() -> None:
    assert parse_number("7" * 5_000) is None
    assert parse_number("一" * 50) is None
    assert parse_number("12,000") == 12000
    # the paragraph keeps its other amounts
    found = find_quantities("The fund holds " + "7" * 5_000 + " yuan; 25 officials attended.",
                            "en")
    assert [(q.value, q.unit) for q in found] == [(25, "officials")]


@pytest.mark.parametrize("unit", ["7", "Q"], ids=["digit-run", "capital-run"])
def test_organisations_are_linear_on_long_runs(unit: str) -> None:
    """An organisation name is tried where a word starts, not inside a run of digits or
    capitals (each try used to read to the end of the run: 8 KB of digits took seconds)."""
    def seconds(n: int) -> float:
        text = "The office of the city received " + unit * n + " guests from Nagoya City Council."
        t0 = time.process_time()
        found = find_orgs(text, "en")
        assert [m.text for m in found] == ["Nagoya City Council"]
        return time.process_time() - t0

    seconds(200)  # warm-up: grammars
    assert seconds(64_000) / max(seconds(8_000), FLOOR) < RATIO
