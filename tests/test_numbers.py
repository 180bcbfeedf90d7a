"""Number parsing: digits, EN words and scales, Chinese numerals and mixed forms."""

import pytest

from pressnlp.extract.numbers import parse_number, parse_zh, scale_value


@pytest.mark.parametrize("text, value", [
    ("1,200", 1200), ("8.5", 8.5), ("8.5 million", 8_500_000), ("2 trillion", 2 * 10**12),
    ("190 thousand", 190_000), ("nine", 9), ("twenty-three", 23), ("two hundred", 200),
    ("１２", 12),
])
def test_en_and_digit_forms(text, value):
    assert parse_number(text) == value


def test_fractions():
    assert parse_number("one-third") == pytest.approx(1 / 3)
    assert parse_number("half") == 0.5


@pytest.mark.parametrize("text, value", [
    ("二十三", 23), ("两", 2), ("百", 100), ("十", 10), ("十五", 15), ("一千五百", 1500),
    ("一百零五", 105), ("两万五千", 25_000), ("一亿二千万", 120_000_000), ("二〇一九", 2019),
    ("3.2亿", 320_000_000), ("70万", 700_000), ("1.5万亿", 1_500_000_000_000),
])
def test_chinese_numerals(text, value):
    assert parse_zh(text) == value


def test_not_numbers_give_none():
    assert parse_number("delegation") is None
    assert parse_number("") is None
    assert parse_zh("代表团") is None


def test_scale_words():
    assert scale_value("billion") == 10**9
    assert scale_value("万") == 10_000
    assert scale_value("亿") == 10**8
