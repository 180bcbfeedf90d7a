"""Number parsing for EN and ZH: ``1,200``, ``8.5 million``, ``nine``, ``one-third``,
``二十三``, ``两``, ``3.2亿``, ``近百`` (the ``近`` is a modifier, the number is ``百``).

The number words, Chinese numerals and scale words are data (``quantities.yaml``,
section ``numbers``), a :class:`NumberData` compiled from a lexicon; each function takes one
(None: the process-wide lexicon's). Every function returns ``None`` for what it cannot read;
none raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import Lexicon, default_grammar

# full-width digits and separators → ASCII; same length, so offsets stay valid
FULLWIDTH = str.maketrans("０１２３４５６７８９．，％－～", "0123456789.,%-~")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_DECIMAL_THEN_REST = re.compile(r"(\d+(?:\.\d+)?)(.*)")  # 3.2亿
_DIGITS_THEN_WORD = re.compile(r"([\d,]+(?:\.\d+)?)\s*([A-Za-z]+)")  # 2 trillion
_LATIN = re.compile(r"[A-Za-z]")
_WORD_SEP = re.compile(r"[\s-]+")
_FULLWIDTH_PAIRS = tuple((chr(wide), chr(narrow)) for wide, narrow in FULLWIDTH.items())
# a "number" written with more characters than this is a code or junk, not an amount: it is
# not read (Python's int() of a long digit string is slow, and refuses one of 4,300 digits)
MAX_NUMBER_CHARS = 40


@dataclass(frozen=True)
class NumberData:
    en_words: dict[str, int]
    en_fractions: dict[str, float]
    en_scales: dict[str, int]
    zh_digits: dict[str, int]
    zh_units: dict[str, int]
    zh_scales: dict[str, int]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> NumberData:
        """The ``numbers`` section of ``quantities.yaml``."""
        d = lexicon.yaml("quantities.yaml")["numbers"]
        lower = lambda m: {str(k).lower(): v for k, v in m.items()}  # noqa: E731
        return cls(lower(d["en_words"]), lower(d["en_fractions"]), lower(d["en_scales"]),
                   {str(k): int(v) for k, v in d["zh_digits"].items()},
                   {str(k): int(v) for k, v in d["zh_units"].items()},
                   {str(k): int(v) for k, v in d["zh_scales"].items()})


def number_data(data: NumberData | None = None) -> NumberData:
    """``data``, or the number data of the process-wide lexicon."""
    return data if data is not None else default_grammar(NumberData)


def ascii_digits(text: str) -> str:
    """``text`` with full-width digits and separators made ASCII (``FULLWIDTH``): each one the
    text holds is replaced in one pass (on Chinese text, several times faster than
    ``str.translate``, which looks every character up in the table)."""
    for wide, narrow in _FULLWIDTH_PAIRS:
        if wide in text:
            text = text.replace(wide, narrow)
    return text


def _int_if_whole(x: float) -> int | float:
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e18:
        return int(x)
    return x


def parse_digits(text: str) -> int | float | None:
    """``"1,200"`` → 1200, ``"8.5"`` → 8.5; None when not a plain decimal number."""
    s = text.translate(FULLWIDTH).replace(",", "").replace(" ", "").strip()
    if len(s) > MAX_NUMBER_CHARS or not _DECIMAL.fullmatch(s):
        return None
    return _int_if_whole(float(s)) if "." in s else int(s)


def parse_en_words(text: str, data: NumberData | None = None) -> int | float | None:
    """``"nine"`` → 9, ``"twenty-three"`` → 23, ``"one-third"`` → 1/3, ``"two hundred"`` → 200."""
    nd = number_data(data)
    words = _WORD_SEP.split(text.lower().strip())
    if not words or not words[0]:
        return None
    # fractions: "one-third", "two thirds", "a quarter", "half"
    if words[-1] in nd.en_fractions and words[-1] != "half" or words == ["half"]:
        head = words[:-1]
        num = 1 if not head or head in (["a"], ["an"]) else parse_en_words(" ".join(head), nd)
        return None if num is None else num * nd.en_fractions[words[-1]]
    total, current = 0, 0
    for w in words:
        if w == "and":
            continue
        if w in nd.en_words and w not in ("hundred", "dozen"):
            current += nd.en_words[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in nd.en_scales:
            total += (current or 1) * nd.en_scales[w]
            current = 0
        else:
            return None
    return total + current


def parse_zh(text: str, data: NumberData | None = None) -> int | float | None:
    """Chinese numerals and mixed forms: ``二十三`` 23, ``两`` 2, ``百`` 100, ``一千五百`` 1500,
    ``3.2亿`` 320000000, ``70万`` 700000, ``1.5万`` 15000, ``十万`` 100000."""
    nd = number_data(data)
    s = text.translate(FULLWIDTH).replace(",", "").strip()
    if not s or len(s) > MAX_NUMBER_CHARS:
        return None
    m = _DECIMAL_THEN_REST.fullmatch(s)
    if m:  # digits followed by scale characters: 3.2亿, 70万, 1万亿
        value: float = float(m.group(1))
        for ch in m.group(2):
            if ch in nd.zh_scales:
                value *= nd.zh_scales[ch]
            elif ch in nd.zh_units:
                value *= nd.zh_units[ch]
            else:
                return None
        return _int_if_whole(value)
    if all(ch in nd.zh_digits for ch in s):  # written digit by digit: 二〇一九, or one digit
        return int("".join(str(nd.zh_digits[ch]) for ch in s))
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in nd.zh_digits:
            digit = nd.zh_digits[ch] or None  # 零 only marks a gap (一百零五)
        elif ch in nd.zh_units:
            section += (1 if digit is None else digit) * nd.zh_units[ch]
            digit = None
        elif ch in nd.zh_scales:
            scale = nd.zh_scales[ch]
            section += digit or 0
            if section == 0:
                section = 1
            if scale > 10000 and total:
                total = (total + section) * scale
            else:
                total += section * scale
            section, digit = 0, None
        else:
            return None
    return _int_if_whole(total + section + (digit or 0))


def parse_number(text: str, data: NumberData | None = None) -> int | float | None:
    """Any one number as written: digits (with an EN scale word: ``2 trillion``), EN words, ZH
    numerals or mixed ZH (``3.2亿``). None when ``text`` is not a number."""
    s = text.translate(FULLWIDTH).strip()
    if not s:
        return None
    value = parse_digits(s)
    if value is not None:
        return value
    m = _DIGITS_THEN_WORD.fullmatch(s)
    if m:
        base = parse_digits(m.group(1))
        scale = number_data(data).en_scales.get(m.group(2).lower())
        return None if base is None or scale is None else _int_if_whole(base * scale)
    if _LATIN.search(s):
        return parse_en_words(s, data)
    return parse_zh(s, data)


def scale_value(word: str, data: NumberData | None = None) -> int | None:
    """The multiplier of an EN or ZH scale word (``million``, ``万``, ``亿``, ``万亿``)."""
    nd = number_data(data)
    if word.lower() in nd.en_scales:
        return nd.en_scales[word.lower()]
    value = 1
    for ch in word:
        if ch not in nd.zh_scales and ch not in nd.zh_units:
            return None
        value *= nd.zh_scales.get(ch) or nd.zh_units[ch]
    return value if word else None


__all__ = ["ascii_digits", "parse_number", "parse_digits", "parse_en_words", "parse_zh", "scale_value",
           "number_data", "NumberData", "FULLWIDTH"]
