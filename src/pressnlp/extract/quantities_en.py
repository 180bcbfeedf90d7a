"""English quantity phrases: modifier + number (+ scale) + counted noun / currency / percent.

``more than 50 foreign affairs officials``, ``RMB 3.6 billion``, ``4.2 percent``,
``three-day``; not durations (``over the past 40 years``, ``30 minutes``), parts of a
list (``three aspects``), ordinals, years, labels (``No. 24``),
policy numbers (``240-hour visa-free``), definite references (``the two sides``) or
numbered formulas (``Two Safeguards``).
"""

from __future__ import annotations

import functools
import re
from typing import Iterable

from .. import regexcache
from ..parse.date_grammar import matches_at
from ..records import Quantity
from .numbers import parse_number
from .quantities_lexicon import QuantityData, excluded_set, quantity_data
from .titles import fold

_WORD_ATOM = r"([A-Za-z][A-Za-z'’-]*|[,.;:!?()\"“”])"  # a word or a punctuation mark
_YEARISH = re.compile(r"(?:1[89]|20)\d\d")
_TIME_AFTER = re.compile(r"(?::\d)|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)", re.I)
_PREV_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\s*$")
_RANGE_AFTER = re.compile(r"-\d|\s*[-–]\s*\d")  # phone numbers (028-96111), number ranges
_NOUN_AFTER = re.compile(r"\s+([a-z]+)(?![\w])")


def _is_plural(word: str, d: QuantityData) -> bool:
    w = word.lower()
    if w in d.irregular:
        return True
    if w in d.not_plural or len(w) < 3 or not w.endswith("s"):
        return False
    return not w.endswith(("ss", "us", "is", "ous"))


def _plural_of(word: str, d: QuantityData) -> str:
    w = word.lower()
    if w in d.hyphen_plurals:
        return d.hyphen_plurals[w]
    return w if w.endswith("s") else w + "s"


@functools.lru_cache(maxsize=4)
def _words_re(count: int) -> re.Pattern[str]:
    """Up to ``count`` words (or punctuation marks) in a row, one group each: the first after
    any spaces, each next one after at most one (a wider gap ends the phrase)."""
    tail = ""
    for _ in range(count - 1):
        tail = rf"(?:\s?{_WORD_ATOM}{tail})?"
    return regexcache.compile(rf"\s*{_WORD_ATOM}{tail}")


def counted_noun(text: str, pos: int, d: QuantityData) -> tuple[str | None, int]:
    """The counted noun after ``pos``: (unit, end offset), or (None, pos) when none.

    The head is the first plural word within ``max_words`` words (``12 cooperation
    projects``); ``general`` stays with it (``consulates general``); a coordinated plural
    joins (``officials and medical experts`` → ``officials and experts``)."""
    m = _words_re(d.max_words + 6).match(text, pos)
    words = [(m.group(i), m.start(i), m.end(i)) for i in range(1, m.lastindex + 1)] if m else []
    head_i = people_i = None
    for i, (w, _, _) in enumerate(words[: d.max_words + 1]):
        lw = w.lower()
        if not w[0].isalpha():
            break
        if _is_plural(w, d):
            head_i = i
            break
        if lw in d.people_nouns and people_i is None:
            people_i = i  # "two million Chinese", unless a plural noun follows
        if lw in ("and", "or") and i > 0:
            continue  # adjectives in coordination: "German and European enterprises"
        if lw in d.stop_words and lw not in d.fillers:
            break
    if head_i is None:
        head_i = people_i
    if head_i is None:
        return None, pos
    # noun-noun compounds end at the last plural: "sports teams", "affairs officials"
    while head_i + 1 < len(words) and words[head_i + 1][0][0].islower() \
            and words[head_i + 1][0].lower() not in d.stop_words \
            and _is_plural(words[head_i + 1][0], d):
        head_i += 1
    unit = words[head_i][0]
    end = words[head_i][2]
    if head_i > 0 and words[head_i - 1][0].lower() in d.measure_prefixes:
        unit = f"{words[head_i - 1][0]} {unit}"  # square meters, metric tons
    nxt = head_i + 1
    if nxt < len(words) and words[nxt][0].lower() in d.post_heads:
        unit, end = f"{unit} {words[nxt][0]}", words[nxt][2]
        nxt += 1
    if nxt < len(words) and words[nxt][0].lower() == "and":
        for j in range(nxt + 1, min(nxt + 4, len(words))):
            w = words[j][0]
            if not w[0].isalpha():
                break
            if _is_plural(w, d):
                unit, end = f"{unit} and {w}", words[j][2]
                break
            if w.lower() in d.stop_words and w.lower() not in ("their", "other", "its"):
                break
    if head_i > 0 and words[head_i - 1][0] == "Party":
        unit = "Party " + unit
    return unit, end


_NOT_FRACTION_BEFORE = re.compile(r"(?i)\b(?:the|first|second|last|latter|former|upper|lower)\s+$")


def _fractions(text: str, folded: str, d: QuantityData) -> list[Quantity]:
    """``about half of the exhibitors`` (0.5), ``one-third of the projects``, ``Nine out of
    10 visitors`` (0.9): a share of a group; the value is the fraction, no unit. ``folded``:
    the folded copy of ``text`` (:func:`~pressnlp.extract.titles.fold`)."""
    out: list[Quantity] = []
    if not d.en_fraction_needs.search(folded):
        return out
    for m in d.en_fraction_re.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if _NOT_FRACTION_BEFORE.search(before):
            continue  # "the second half of the year"
        if m.group("den"):
            num = parse_number(m.group("num"), d.numbers)
            den = parse_number(m.group("den"), d.numbers)
            value = num / den if num is not None and den else None
        else:
            value = parse_number(m.group("frac"), d.numbers)
        if value is None or not 0 < value < 1:
            continue
        start, modifier = m.start(), None
        mod = _phrase_before(d.en_mod_re, before, d.en_mod_reach)
        if mod:
            modifier = d.en_mod[mod.group("mod").lower()]
            start = m.start() - (len(before) - mod.start("mod"))
        out.append(Quantity(text=text[start:m.end()], value=value, modifier=modifier, unit=None,
                            start=start, end=m.end()))
    return out


def find_quantities_en(text: str, *, excluded: list[tuple[int, int]] = (),
                       data: QuantityData | None = None) -> list[Quantity]:
    """Quantities of an English text; ``excluded`` spans (dates) hold none."""
    d = quantity_data(data)
    folded = fold(text)
    out: list[Quantity] = _fractions(text, folded, d)
    skip = excluded_set([*excluded, *((q.start, q.end) for q in out)])
    for m in _number_matches(text, folded, d):
        s, e = m.start("num"), m.end()
        if skip.covers(s):
            continue
        num = m.group("num")
        spelled = num[0].isalpha()
        value = parse_number(num, d.numbers)
        if value is None:
            continue
        if m.group("scale"):
            value = parse_number(f"{num} {m.group('scale')}", d.numbers) if not spelled else value * (
                parse_number(f"1 {m.group('scale')}", d.numbers) or 1)
            if value is None:
                continue
        # what follows is matched in place (no copy of the rest of the text per number)
        if _TIME_AFTER.match(text, e) or _RANGE_AFTER.match(text, e):
            continue  # times (10:30, 10 am), phone numbers (028-96111), number ranges
        before = text[max(0, m.start() - 40):m.start()]
        prev = _PREV_WORD.search(before)
        prev_word = prev.group(1) if prev else ""
        if prev_word in d.en_labels or prev_word.rstrip(".") in d.en_labels or before.endswith("#"):
            continue
        cur = m.group("cur")
        unit: str | None = d.en_cur_prefix[cur] if cur else None
        end = e
        hyphen = d.en_hyphen_re.match(text, e)
        if spelled and (value == 1 or (prev_word.lower() in d.en_definite and not hyphen)):
            continue  # "one place", "the two sides" (but "the three-day visit" counts)
        if hyphen:
            if d.en_policy_re.match(text, hyphen.end()):
                continue  # "240-hour visa-free transit"
            unit, end = _plural_of(hyphen.group("hu"), d), hyphen.end()
            if unit == "members":  # "6-member delegation": the noun after is part of it
                noun = _NOUN_AFTER.match(text, end)
                if noun and noun.group(1) not in d.stop_words:
                    end = noun.end()
        elif text.startswith("-", e):
            continue  # "COVID-19"-like compounds and codes
        else:
            pct = d.en_percent_re.match(text, e)
            suff = d.en_cur_suffix_re.match(text, e)
            if pct:
                unit, end = "percent", pct.end()
            elif suff and not cur:
                unit, end = d.en_cur_suffix[suff.group("cur").lower()], suff.end()
            elif not cur:
                unit, end = counted_noun(text, e, d)
                if unit and unit[0].isupper() and not unit.startswith(("Party", "TEU")) \
                        and unit.lower() not in d.people_nouns:
                    continue  # a capitalised head is a name: "2022 Beijing Winter Olympics"
        if unit is None and not (m.group("scale") and not spelled):
            continue
        if unit and _is_period_or_list_part(unit, d):
            continue  # "over the past 25 years", "30 minutes", "from three aspects"

        # spelled-out numbers: no numbered formula, no slogan in quotes
        if spelled:
            if hyphen and num[0].isupper() and hyphen.group("hu")[0].isupper():
                continue  # "Five-Year Plan"
            if d.en_formula_re.match(text, m.start("num")):
                continue
            if _inside_short_quote(text, s):
                continue
        elif _YEARISH.fullmatch(num) and not (cur or m.group("scale") or hyphen or unit == "percent"):
            if not _phrase_before(d.en_mod_re, before, d.en_mod_reach):
                continue  # a year ("in 2019", "2024 marks"); counts of this size take a comma
        # modifier before (or a temporal frame: "over the past 40 years" has none)
        start, modifier = m.start(), None
        frame = _phrase_before(d.en_frame_re, before, d.en_frame_reach)
        mod = _phrase_before(d.en_mod_re, before, d.en_mod_reach)
        if frame:
            start = m.start() - (len(before) - frame.start("frame"))
        elif mod:
            modifier = d.en_mod[mod.group("mod").lower()]
            start = m.start() - (len(before) - mod.start("mod"))
        out.append(Quantity(text=text[start:end], value=value, modifier=modifier, unit=unit,
                            start=start, end=end))
    out.sort(key=lambda q: q.start)
    return out


def _number_matches(text: str, folded: str, d: QuantityData) -> Iterable[re.Match[str]]:
    """The matches of ``d.en_number_re.finditer(text)``, the pattern tried only where one can
    start (``d.en_number_starts``) instead of at every character. Number words are looked for
    in ``folded``, the folded copy of the text (:func:`~pressnlp.extract.titles.fold`: same
    length, each character the Latin letter it matches case-insensitively)."""
    digit, currency, word = d.en_number_starts
    starts = sorted({*_positions(digit, text), *_positions(currency, text),
                     *_positions(word, folded)})
    return matches_at(d.en_number_re, starts, text)


def _positions(pattern: re.Pattern[str], text: str) -> list[int]:
    """Every position where ``pattern`` matches in ``text``, overlapping ones too."""
    found = []
    pos = 0
    while (hit := pattern.search(text, pos)) is not None:
        found.append(hit.start())
        pos = hit.start() + 1
    return found


def _phrase_before(pattern: re.Pattern[str], before: str, reach: int) -> re.Match[str] | None:
    """``pattern.search(before)`` for a pattern whose matches are a phrase of at most ``reach``
    characters and the whitespace that ends ``before`` (a modifier, a frame): tried only where
    such a phrase can start, not at every character."""
    trail = len(before) - len(before.rstrip())  # str.rstrip strips what \s matches
    return pattern.search(before, max(0, len(before) - trail - reach)) if trail else None


def _is_period_or_list_part(unit: str, d: QuantityData) -> bool:
    """A duration, age or decade (``years``, ``minutes``) or the parts of an announced list
    (``aspects``): no count of things."""
    head = unit.lower().split()[-1]
    return head in d.en_duration_units or head in d.en_list_nouns


_QUOTES = {"\u201c": "\u201d", '"': '"'}


def _inside_short_quote(text: str, pos: int, limit: int = 80) -> bool:
    """True when ``pos`` sits inside a short quoted phrase (a slogan or campaign title)."""
    left = text[max(0, pos - limit):pos]
    for open_q, close_q in _QUOTES.items():
        i = left.rfind(open_q)
        if i < 0 or (open_q == '"' and left.count('"') % 2 == 0):
            continue
        if close_q not in left[i + 1:]:
            if text.find(close_q, pos, pos + limit) >= 0:
                return True
    return False
